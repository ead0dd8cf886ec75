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
    )
    assert [(c.value, c.stance) for c in ru] == [("shot down", "asserts"), ("technical failure", "denies")]
    assert ru[0].speaker == 0
    bg = claims("Според полицията взривът е причинен от газова бутилка.", "bg")
    assert [(c.value, c.stance) for c in bg] == [("gas cylinder explosion", "asserts")]
    uk = claims("Імовірно, причиною аварії стала помилка пілота.", "uk")
    assert [(c.value, c.stance) for c in uk] == [("pilot error", "hedges")]
