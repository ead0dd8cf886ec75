"""Audit round 32's span and type classes, with invented names: a one-word name run into the
city it stands in ("<Airport> w <City>"), a company joined by sound to a place of another script, a
topic word and a spaced dash run into a bill's name, a foreign term the text translates."""

from __future__ import annotations

from entity_support import as_written, linked
from entity_support import mention_at as at
from storyline.analyse.entities_dashed import split_dashed
from storyline.analyse.entities_seat import split_seats
from storyline.model import Mention


def _place(etype: str, base: str) -> bool:
    """The learned table knows the invented towns as places, and nothing else."""
    return etype == "LOC" and base in {"Valdorze", "Valdora", "Валдоре"}


def _spans(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in mentions]


def test_pl_a_one_word_name_and_the_city_after_w_are_two_names() -> None:
    text = "Rząd zapowiedział testy na lotnisku Vendraholm w Valdorze, gdzie do tej pory ich nie było."
    got = split_seats(text, [at(text, "Vendraholm w Valdorze", "LOC", "pl")], "pl", as_written, _place)
    assert _spans(got) == [("Vendraholm", "LOC"), ("Valdorze", "LOC")]
    assert got[1].start == text.index("Valdorze")
    text = "Pracuje w firmie Kwintrex w Valdorze od roku."
    got = split_seats(text, [at(text, "Kwintrex w Valdorze", "ORG", "pl")], "pl", as_written, _place)
    assert _spans(got) == [("Kwintrex", "ORG"), ("Valdorze", "LOC")]


def test_pl_a_kind_noun_before_w_keeps_the_name_whole() -> None:
    # BSNLP's gold: "Uniwersytetu w <City>", "Lotnisko w <City>" are one name each
    for name, etype in (("Uniwersytetu w Valdorze", "ORG"), ("Lotnisko w Valdorze", "LOC")):
        text = f"Wykład odbył się na {name} wczoraj."
        whole = [at(text, name, etype, "pl")]
        assert split_seats(text, whole, "pl", as_written, _place) == whole, name
    # a rare name whose whole the learned table knows, or no place after the preposition
    text = "Testy na lotnisku Vendraholm w Valdorze."
    whole = [at(text, "Vendraholm w Valdorze", "LOC", "pl")]
    assert (
        split_seats(text, whole, "pl", as_written, lambda t, b: _place(t, b) or b == whole[0].text) == whole
    )
    assert split_seats(text, whole, "pl", as_written, lambda t, b: False) == whole


def _linked_pair(first: tuple[str, str, str, str], second: tuple[str, str, str, str]) -> bool:
    """Whether two one-mention documents ((text, surface, type, base) each) link one entity."""
    docs = {}
    for doc, (text, surface, etype, base) in (("d1", first), ("d2", second)):
        m = at(text, surface, etype, "ru")
        docs[doc] = (text, [Mention(m.start, m.end, m.text, etype, base, "ru")])
    got = linked(docs)
    return got[("d1", 0)] == got[("d2", 0)]


def test_ru_a_company_does_not_join_a_place_of_another_script_by_sound() -> None:
    # audit round 32: a misspelt maker's Latin name in a list of makers sounded like the
    # Cyrillic surname a hospital is named after, typed a place; the merged entity was shown a place
    hospital = ("Прививки делают в больнице имени Фальдера, в городе.", "Фальдера", "LOC", "Фальдер")
    maker = ("Переговоры ведутся с производителями, включая Phalder (США).", "Phalder", "ORG", "Phalder")
    assert not _linked_pair(hospital, maker)
    assert not _linked_pair(maker, hospital)  # whichever came first


def test_ru_a_sound_alike_joins_within_a_script_and_within_a_type() -> None:
    maker = ("Переговоры ведутся с производителями, включая Phalder (США).", "Phalder", "ORG", "Phalder")
    # the same body typed a place by another source, in the same script
    assert _linked_pair(("Вакцину поставит Falder в марте.", "Falder", "LOC", "Falder"), maker)
    # a body in two scripts, typed a body in both
    assert _linked_pair(("Вакцину поставит компания Фальдер.", "Фальдер", "ORG", "Фальдер"), maker)


def _mention(text: str, surface: str, etype: str, lang: str, after: int = 0) -> Mention:
    start = text.index(surface, after)
    return Mention(start, start + len(surface), surface, etype, surface, lang)


def test_ru_a_topic_word_and_a_dash_before_a_bill_are_two_names() -> None:
    text = "Король подписал билль о Marbrex - Harbour (Closure) Bill 2031. Время Marbrex-а назначено."
    fused = _mention(text, "Marbrex - Harbour (Closure) Bill 2031", "PRO", "ru")
    elsewhere = _mention(text, "Marbrex-а", "EVT", "ru")
    got = split_dashed(text, [fused, elsewhere], as_written, _place)
    assert _spans(got) == [("Marbrex", "EVT"), ("Harbour (Closure) Bill 2031", "PRO"), ("Marbrex-а", "EVT")]
    assert got[1].start == text.index("Harbour")
    # an abbreviation after the dash (a news agency's credit) is a name too, typed as the learned
    # table knows it; the first part takes the type most of its other mentions have
    text = "Marbrex - ИЛК. Сроки Marbrex обсуждаются, Marbrex-а ждут, о Marbrex спорят."
    others = [_mention(text, "Marbrex", "LOC", "ru", 5), _mention(text, "Marbrex-а", "EVT", "ru")]
    others.append(_mention(text, "Marbrex", "EVT", "ru", others[1].end))
    agency = lambda etype, base: etype == "ORG" and base == "ИЛК"  # noqa: E731
    got = split_dashed(text, [_mention(text, "Marbrex - ИЛК", "EVT", "ru"), *others], as_written, agency)
    assert _spans(got)[:2] == [("Marbrex", "EVT"), ("ИЛК", "ORG")]


def test_ru_a_dash_inside_one_name_stays() -> None:
    cases = [
        # the first word named nowhere else in the document
        (
            "Король подписал билль о Marbrex - Harbour (Closure) Bill 2031.",
            "Marbrex - Harbour (Closure) Bill 2031",
            "PRO",
        ),
        # a series number, a route ending in a place, a name of two words before the dash
        ("Газопровод «Велмор - 2» и Велмор.", "Велмор - 2", "PRO"),
        ("Газопровод Велмор – Польша построен, Велмор рад.", "Велмор – Польша", "PRO"),
        ("Агентство Велмор Пресс – Инфо и Велмор.", "Велмор Пресс – Инфо", "ORG"),
    ]
    for text, name, etype in cases:
        whole = [_mention(text, name, etype, "ru")]
        if "и Велмор" in text or "Велмор рад" in text:
            whole.append(_mention(text, "Велмор", "ORG", "ru", text.index(name) + len(name)))
        assert split_dashed(text, whole, as_written, _place) == whole, name


def test_ru_a_foreign_word_the_text_translates_is_a_term_folded_from_the_list() -> None:
    from storyline.analyse.entity_confidence import GLOSSED_TERM, is_listed
    from storyline.analyse.glossed_terms import terms_marked
    from storyline.model import Entity, EntityMention

    text = "Закон содержит новый вариант политики «Outreach» (Ивана Петрова), то есть сокращения."
    term = _mention(text, "Outreach", "PRO", "ru")
    got = terms_marked(text, [term])
    assert got[0].kind == GLOSSED_TERM
    entity = Entity(
        "e1",
        "PRO",
        "Outreach",
        {},
        [EntityMention("d1", term.start, term.end, term.text, None, "ru", GLOSSED_TERM)],
    )
    assert not is_listed(entity)
    # a coined name (no English word), a Cyrillic word, or no translation after it: a name
    for text, name in (
        ("Вакцину «Vortaxin», то есть препарат компании, уже закупили.", "Vortaxin"),
        ("Политика «Сдерживание», то есть давления на соседей.", "Сдерживание"),
        ("Закон содержит новый вариант политики «Outreach» и санкции.", "Outreach"),
        ("Проект «Outreach», то есть Outreach Holdings, закрыт.", "Outreach"),
    ):
        m = _mention(text, name, "PRO", "ru")
        assert terms_marked(text, [m]) == [m], text
