"""A body's name goes on over its matter after a preposition (issue 16, the demo's emergency
service): "… служба <Country> по чрезвычайным ситуациям" is one name, its key holds the matter, and
"situations" is left out of every key, so the Russian, Ukrainian, Bulgarian and English names of one
emergency service are one key. Sentences and countries invented (not the demo's)."""

from __future__ import annotations

from entity_support import found, mention_at
from storyline.analyse.entities_matter import with_matter
from storyline.names.concepts import concept_key


def _extended(text: str, surface: str, lang: str) -> tuple[str, str]:
    m = mention_at(text, surface, "ORG", lang)
    m.base = surface
    (out,) = with_matter(text, [m], lang)
    return out.text, out.base or ""


def test_a_bodys_matter_after_the_preposition_is_its_name() -> None:
    text = "Об этом сообщили в Государственной службе Молдовы по чрезвычайным ситуациям. Позже …"
    assert _extended(text, "Государственной службе Молдовы", "ru") == (
        "Государственной службе Молдовы по чрезвычайным ситуациям",
        "Государственной службе Молдовы по чрезвычайным ситуациям",
    )
    text = "Про це повідомили в Державній службі Грузії з надзвичайних ситуацій (ДСНС)."
    assert (
        _extended(text, "Державній службі Грузії", "uk")[0]
        == "Державній службі Грузії з надзвичайних ситуацій"
    )


def test_words_after_the_preposition_that_are_no_matter_stay_out() -> None:
    # "по данным" (according to) holds no concept; "with civic organisations" only a kind of body
    text = "Министерство обороны Молдовы по данным на утро. Никто не пострадал."
    assert _extended(text, "Министерство обороны Молдовы", "ru")[0] == "Министерство обороны Молдовы"
    text = "Співпраця Міністерства охорони здоров'я з громадськими організаціями."
    assert _extended(text, "Міністерства охорони здоров'я", "uk")[0] == "Міністерства охорони здоров'я"
    # a long run of words or one that does not end at a punctuation mark is a sentence going on
    text = "Государственная служба Молдовы по чрезвычайным ситуациям сообщила о пожаре."
    assert _extended(text, "Государственная служба Молдовы", "ru")[0] == "Государственная служба Молдовы"
    # a person is no body
    text = "Его встретил Ион Попеску по чрезвычайным ситуациям."
    m = mention_at(text, "Ион Попеску", "PER", "ru")
    assert with_matter(text, [m], "ru")[0].text == "Ион Попеску"


def test_only_a_bodys_name_takes_a_matter_and_no_reason_is_one() -> None:
    # a pipeline's head ("stream") is a head of a concept key but names no body
    text = "Будівництво зупинили: Каспійський потік 3 з міркувань безпеки."
    assert _extended(text, "Каспійський потік 3", "uk")[0] == "Каспійський потік 3"
    text = "Строительство остановили: Каспийский поток 3 по соображениям безопасности."
    assert _extended(text, "Каспийский поток 3", "ru")[0] == "Каспийский поток 3"
    # a body's name before a reason ("for reasons of security") does not take the reason
    text = "Рішення ухвалило Міністерство оборони Молдови з міркувань безпеки."
    assert _extended(text, "Міністерство оборони Молдови", "uk")[0] == "Міністерство оборони Молдови"
    text = "Решение приняла Государственная служба Молдовы по соображениям безопасности."
    assert _extended(text, "Государственная служба Молдовы", "ru")[0] == "Государственная служба Молдовы"


def test_an_emergency_services_names_in_four_languages_are_one_key() -> None:
    keys = {
        concept_key(name, lang)
        for name, lang in [
            ("Moldova's State Emergency Service", "en"),
            ("Государственная служба Молдовы по чрезвычайным ситуациям", "ru"),
            ("Державна служба Молдови з надзвичайних ситуацій", "uk"),
        ]
    }
    assert len(keys) == 1
    # "situations" is left out however it is inflected: the ministry is one key in two languages
    assert concept_key("Ministry of Emergency Situations", "en") == concept_key(
        "Министерством по чрезвычайным ситуациям", "ru"
    )
    assert concept_key("Държавна служба за извънредни ситуации", "bg") == concept_key(
        "State Emergency Service", "en"
    )


def test_the_recogniser_keeps_the_matter_in_the_name() -> None:
    text = "Спасатели прибыли на место. Об этом сообщили в Государственной службе Молдовы по чрезвычайным ситуациям."
    names = [surface for surface, etype in found(text, "ru") if etype == "ORG"]
    assert "Государственной службе Молдовы по чрезвычайным ситуациям" in names
