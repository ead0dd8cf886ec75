"""Claims: causes normalised to English, with stance and speaker."""

from __future__ import annotations

import re

from storyline.analyse.claims import find_claims
from storyline.analyse.quotes import find_quotes
from storyline.analyse.text import split_sentences
from storyline.model import Analysis, ClaimMention, EventMention, Mention


def claims(
    text: str, lang: str, names: tuple[tuple[str, str], ...] = (), events: tuple[str, ...] = ()
) -> list[ClaimMention]:
    mentions = sorted(
        (
            Mention(m.start(), m.end(), name, kind)
            for name, kind in names
            for m in re.finditer(re.escape(name), text)
        ),
        key=lambda m: m.start,
    )
    sentences = split_sentences(text)
    evs = []
    for word in events:
        at = text.index(word)
        s, e = next((s, e) for s, e in sentences if s <= at < e)
        evs.append(EventMention("crash", at, at + len(word), word, s, e))
    analysis = Analysis(lang=lang, sentences=sentences, mentions=mentions, events=evs)
    analysis.quotes = find_quotes(text, analysis, None)
    return find_claims(text, analysis, None)


def test_english_assert_report_deny_hedge() -> None:
    text = (
        'The helicopter crashed near the lake. "It was shot down," said Anna Berg. '
        "Reports from the ministry claimed the crash was caused by a bird strike. "
        "Tom Hale dismissed these explanations as absurd. "
        "Officials said the crash was possibly caused by fog."
    )
    found = claims(text, "en", (("Anna Berg", "PER"), ("Tom Hale", "PER")), events=("crashed",))
    got = [(c.value, c.stance, c.speaker) for c in found]
    assert got == [
        ("shot down", "asserts", 0),
        ("bird strike", "reports", None),
        ("bird strike", "denies", 1),
        ("fog", "hedges", None),
    ]
    assert all(c.event == 0 for c in found[:1])
    assert all(c.attribute == "cause" for c in found)


def test_fog_without_a_causal_word_is_no_claim() -> None:
    assert claims("Dense fog covered the valley on Monday.", "en") == []


def test_russian_bulgarian_ukrainian_causes() -> None:
    ru = claims(
        "Петр Смирнов заявил, что вертолет был сбит. Следствие отрицает версию о технической неисправности.",
        "ru",
        (("Петр Смирнов", "PER"),),
        events=("сбит",),
    )
    assert [(c.value, c.stance) for c in ru] == [("shot down", "asserts"), ("technical failure", "denies")]
    assert ru[0].speaker == 0
    bg = claims("Според полицията взривът е причинен от газова бутилка.", "bg", events=("взривът",))
    assert [(c.value, c.stance) for c in bg] == [("gas cylinder explosion", "asserts")]
    uk = claims("Імовірно, причиною аварії стала помилка пілота.", "uk", events=("аварії",))
    assert [(c.value, c.stance) for c in uk] == [("pilot error", "hedges")]


def test_each_clause_keeps_its_own_stance() -> None:
    ru = claims(
        "Вертолет разбился в горах. Глава МЧС Андрей Сомов заявил, что причиной крушения стал туман. "
        "Владелец компании Игорь Лис отверг эту версию и назвал причиной отказ двигателя.",
        "ru",
        (("Андрей Сомов", "PER"), ("Игорь Лис", "PER")),
        events=("разбился",),
    )
    assert [(c.value, c.stance, c.speaker) for c in ru] == [
        ("fog", "asserts", 0),
        ("fog", "denies", 1),
        ("technical failure", "asserts", 1),
    ]
    en = claims(
        "The ferry sank off Crete. The owner, Nikos Pappas, denied that the ship was overloaded and blamed bad weather.",
        "en",
        (("Nikos Pappas", "PER"),),
        events=("sank",),
    )
    assert [(c.value, c.stance, c.speaker) for c in en] == [
        ("overloading", "denies", 0),
        ("bad weather", "asserts", 0),
    ]


def test_hedges_and_according_to() -> None:
    en = claims(
        "The plane crashed near Lyon. Investigators have not ruled out a bird strike.",
        "en",
        events=("crashed",),
    )
    assert [(c.value, c.stance, c.speaker_text) for c in en] == [("bird strike", "hedges", "Investigators")]
    uk = claims(
        "Літак розбився під Львовом. Міністр Олег Бондар припустив, що причиною катастрофи могла стати технічна несправність.",
        "uk",
        (("Олег Бондар", "PER"),),
        events=("розбився",),
    )
    assert [(c.value, c.stance, c.speaker) for c in uk] == [("technical failure", "hedges", 0)]
    bg = claims(
        "Самолетът се разби край Бургас. Според прокуратурата причината е грешка на пилота.",
        "bg",
        events=("разби",),
    )
    assert [(c.value, c.stance, c.speaker_text) for c in bg] == [("pilot error", "asserts", "прокуратурата")]


def test_a_cause_word_in_a_document_with_no_happening_to_explain_is_no_claim() -> None:
    text = "Премиерката Анна Дренска може да бъде свалена от поста, ако коалицията се разпадне."
    assert claims(text, "bg", (("Анна Дренска", "PER"),)) == []
    found = claims("Самолетът падна. " + text, "bg", (("Анна Дренска", "PER"),), events=("падна",))
    assert [c.value for c in found] == ["shot down"]  # the vocabulary still reads it where a crash is told


def test_a_modal_hedge_names_no_speaker() -> None:
    text = "Самолетът падна. Министър Иво Ралев може да бъде свален от поста заради катастрофата."
    found = claims(text, "bg", (("Иво Ралев", "PER"),), events=("падна",))
    assert [(c.value, c.stance, c.speaker) for c in found] == [("shot down", "hedges", None)]
    said = claims(
        "Самолетът падна. Министър Иво Ралев допусна, че самолетът е бил свален.", "bg",
        (("Иво Ралев", "PER"),), events=("падна",),
    )  # fmt: skip
    assert [(c.value, c.stance, c.speaker) for c in said] == [("shot down", "hedges", 0)]
