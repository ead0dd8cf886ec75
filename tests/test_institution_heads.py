"""A name that opens with a state body's noun (ministry, service, agency …) is an organisation,
whatever the tagger made of it; a broadcaster's service in a language and a person whose surname
begins as the noun does keep theirs (invented names and sentences)."""

from __future__ import annotations

from entity_support import as_written as _as_written
from entity_support import mention_at as _at
from storyline.analyse.entities_heads import read_heads


def _typed(text: str, surface: str, etype: str, lang: str) -> str:
    return read_heads(text, [_at(text, surface, etype, lang)], lang, _as_written)[0].type


def test_a_state_service_named_after_an_adjective_is_an_organisation() -> None:
    text = "Говорител на Държавна служба за горски пожари потвърди броя на евакуираните."
    assert _typed(text, "Държавна служба за горски пожари", "PRO", "bg") == "ORG"
    text = "Об этом сообщили в Государственной службе по ледовой обстановке."
    assert _typed(text, "Государственной службе по ледовой обстановке", "LOC", "ru") == "ORG"


def test_a_ministry_or_an_agency_opening_a_name_is_an_organisation() -> None:
    text = "Министерството на водите на Нордвалия отказа коментар."
    assert _typed(text, "Министерството на водите на Нордвалия", "PRO", "bg") == "ORG"
    text = "Агентство по морским делам Кирании опубликовало отчёт."
    assert _typed(text, "Агентство по морским делам Кирании", "PER", "ru") == "ORG"
    text = "Комітет з питань рибальства Нордвалії зібрався вчора."
    assert _typed(text, "Комітет з питань рибальства Нордвалії", "LOC", "uk") == "ORG"


def test_a_broadcaster_s_service_in_a_language_keeps_its_type() -> None:
    # "<People's> service of <Broadcaster>" is the outlet's service in a language
    text = "Об этом сообщила Французская служба Радио Нордвал."
    assert _typed(text, "Французская служба Радио Нордвал", "PRO", "ru") == "PRO"


def test_a_person_whose_surname_begins_as_the_noun_does_stays_a_person() -> None:
    text = "Заявление сделал Игорь Комитетов, глава делегации."
    assert _typed(text, "Игорь Комитетов", "PER", "ru") == "PER"


def test_a_single_word_or_a_lower_case_start_leaves_the_type() -> None:
    text = "Представитель Службы заявил, что министерство транспорта не ответило."
    assert _typed(text, "Службы", "PRO", "ru") == "PRO"
