"""Audit round 31 and web pages round 8: an application withdrawn or considered is no statement
(E2); a meeting named in what someone hopes will be managed is no meeting (E2); a trend followed for
years and "most attacks" sum up many attacks (E1); a sentence does not end at an abbreviation of
its language ("Komisja ds. X") — the entity tagger still reads razdel's sentences, which it was
trained on —, and a sentence a few words longer than the evidence window is shown whole or opens on a
clause."""

from __future__ import annotations

import pytest

from helpers import realis_why
from storyline.analyse import shared
from storyline.analyse.text import razdel_sentences, split_sentences
from storyline.link.events import MAX_EVIDENCE_CHARS
from test_link_events import crash_evidence


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        (
            "Тогава фирмите оттеглиха заявлението си, а банката остана единствен собственик.",
            "bg",
            "заявлението",
        ),
        ("Комисията разгледа заявлението на дружеството в четвъртък.", "bg", "заявлението"),
        ("Общество отозвало заявление о регистрации сделки.", "ru", "заявление"),
        ("Компанія відкликала заяву до регулятора.", "uk", "заяву"),
    ],
)
def test_an_application_withdrawn_or_considered_is_no_statement(text: str, lang: str, trigger: str) -> None:
    assert realis_why(text, lang, "statement", trigger) == "sense"


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("Министърът направи заявление пред журналистите в Плевен.", "bg", "заявление"),
        ("Министр сделал заявление для журналистов в Твери.", "ru", "заявление"),
    ],
)
def test_a_statement_made_stays_a_statement(text: str, lang: str, trigger: str) -> None:
    assert realis_why(text, lang, "statement", trigger) is None


def test_a_meeting_someone_hopes_will_be_managed_is_no_meeting() -> None:
    text = "Министър Дамянова изрази днес очакването страните да съумеят да запазят доверието си в преговорите с Ловеч."
    assert realis_why(text, "bg", "meeting", "преговорите") == "irrealis"
    # "успя да" (managed to) tells what happened
    done = "Министър Дамянова успя да проведе преговорите с Ловеч днес."
    assert realis_why(done, "bg", "meeting", "преговорите") is None


@pytest.mark.parametrize(
    "text",
    [
        "Gre za trend, ki ga na področju napadov na banke spremljamo že vrsto let.",
        "Največ napadov poteka prek elektronske pošte.",
        "Med vsemi grožnjami so bili najbolj pogosti napadi na spletne trgovine.",
    ],
)
def test_a_trend_or_most_attacks_sum_up_many_attacks(text: str) -> None:
    trigger = "napadov" if "napadov" in text else "napadi"
    assert realis_why(text, "sl", "attack", trigger) == "habitual"


def test_one_attack_stays_an_attack() -> None:
    text = "Napad na policijsko postajo v Kranju se je zgodil včeraj."
    assert realis_why(text, "sl", "attack", "Napad") is None


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Delegacja Komisji ds. Rybołówstwa Sejmu odwiedziła Gdynię. Potem wróciła.",
            "Delegacja Komisji ds. Rybołówstwa Sejmu odwiedziła Gdynię.",
        ),
        (
            "Spotkał prof. Nowackiego w Szkole im. Jana Wrony. Potem wrócił.",
            "Spotkał prof. Nowackiego w Szkole im. Jana Wrony.",
        ),
        ("Byl to tzv. Velký plán, např. Kolín. Potom odjel.", "Byl to tzv. Velký plán, např. Kolín."),
        ("Bil je t. i. Veliki načrt, npr. Kranj. Nato je odšel.", "Bil je t. i. Veliki načrt, npr. Kranj."),
        (
            "Това е т.нар. Голям план на ул. Витошка. После си тръгна.",
            "Това е т.нар. Голям план на ул. Витошка.",
        ),
    ],
)
def test_a_sentence_does_not_end_at_an_abbreviation_of_its_language(text: str, first: str) -> None:
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [first, text[len(first) + 1 :]]


def test_a_sentence_still_ends_at_a_full_stop_after_a_word_or_a_line_break() -> None:
    text = "Wyniki opisali Kowal et al. Następny raport ukaże się jutro.\nKomisja ds.\nRybołówstwa"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Wyniki opisali Kowal et al.",
        "Następny raport ukaże się jutro.",
        "Komisja ds.",
        "Rybołówstwa",
    ]


def test_the_entity_tagger_reads_the_sentences_it_was_trained_on() -> None:
    text = "Delegacja Komisji ds. Rybołówstwa odwiedziła Gdynię."
    cut = text.index("Rybołówstwa")
    assert [text[s:e] for s, e in razdel_sentences(text)] == [text[: cut - 1], text[cut:]]
    assert shared.of(text).tagger_sentences == razdel_sentences(text)
    assert shared.of(text).sentences == split_sentences(text) == [(0, len(text))]


def test_a_sentence_a_few_words_over_the_window_is_shown_whole() -> None:
    lead = " ".join(f"слово{k:02d}" for k in range(32))
    text = f"Сначала {lead}, а затем вертолёт потерпел крушение в районе города Ухта."
    assert MAX_EVIDENCE_CHARS < len(text) < MAX_EVIDENCE_CHARS + 40
    assert crash_evidence(text).text == text


def test_a_trigger_near_the_end_of_a_long_sentence_gets_the_whole_window() -> None:
    lead = " ".join(f"слово{k:02d}" for k in range(80))
    text = f"Сначала {lead}, а затем вертолёт потерпел крушение в районе города Ухта."
    shown = crash_evidence(text).text
    assert text.endswith(shown) and "крушение" in shown
    # the window the sentence's end leaves unused goes to the words before the trigger
    assert MAX_EVIDENCE_CHARS - 10 <= len(shown) <= MAX_EVIDENCE_CHARS


def test_a_window_cut_into_a_long_sentence_opens_on_the_next_clause() -> None:
    lead = " ".join(f"слово{k:02d}" for k in range(30))
    tail = " ".join(f"дело{k:02d}" for k in range(14))
    text = f"Сначала {lead} – сказал пилот, когда {tail} вертолёт потерпел крушение в районе города Ухта."
    shown = crash_evidence(text).text
    assert shown.startswith("сказал пилот, когда") and text.endswith(shown)


def test_a_cut_window_never_opens_or_ends_on_a_space() -> None:
    for shift in range(8):
        lead = " ".join(f"слово{k:02d}" for k in range(30))
        tail = " ".join(f"дело{k:02d}" for k in range(30))
        word = "я" * (shift + 1)  # moves the words either side against the window's cuts
        text = f"Я {lead} {word} вертолёт потерпел крушение в районе города Ухта {word} {tail}."
        shown = crash_evidence(text).text
        assert "крушение" in shown and len(shown) < len(text)
        assert not shown[0].isspace() and not shown[-1].isspace()
