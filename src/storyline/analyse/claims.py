"""Claims: what a speaker or outlet says caused an event ("shot down", "bird strike", "fog").

Causal vocabulary per language (``lang/findings/claims.<lang>.toml``) maps phrases to a short
English value. Vague causes that news also states as plain facts ("fog over the bay") count only
in a sentence that speaks of a cause ("because of", "версия", "caused"). The stance comes from the
sentence: denies ("dismissed … as absurd", "отрицает") over hedges ("possibly", "did not
confirm") over reports (an outlet relaying others: "reports from Russia claimed") over asserts.
A denial that points back ("he dismissed these explanations") takes the causes of the sentence
before. The speaker is the speaker of the quote the claim stands in, else the name next to a
speech or stance verb in the sentence; None rather than a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import NamedTuple

from storyline.analyse import speakers
from storyline.analyse.figures import nearest_event
from storyline.analyse.offsets import OffsetIndex, memo
from storyline.analyse.phrases import PhraseList, Token, data, tokens
from storyline.analyse.quotes import cues as speech_cues
from storyline.analyse.text import lang_at
from storyline.model import Analysis, ClaimMention, QuoteMention


@dataclass(frozen=True)
class Lexicon:
    causes: PhraseList
    stance: PhraseList
    causal: PhraseList
    anaphora: PhraseList
    joints: PhraseList
    modal: PhraseList
    needs_cue: frozenset[str]
    event_types: tuple[str, ...]


@cache
def lexicon(lang: str | None) -> Lexicon | None:
    raw = data("claims", lang) if lang else {}
    if not raw:
        return None
    common = data("claims")
    words = raw.get("words", {})
    return Lexicon(
        PhraseList.build(raw.get("causes")),
        PhraseList.build(raw.get("stance")),
        PhraseList.build(words.get("causal", []), "causal"),
        PhraseList.build(words.get("anaphora", []), "anaphora"),
        PhraseList.build(words.get("joints", []), "joint"),
        PhraseList.build(words.get("modal", []), "modal"),
        frozenset(common["needs_cue"]),
        tuple(common["event_types"]),
    )


STANCE_ORDER = ("denies", "hedges", "reports")
_EXPLAINED = frozenset(data("claims").get("event_types", []))


def find_claims(text: str, analysis: Analysis, published: date | None) -> list[ClaimMention]:
    if not any(e.type in _EXPLAINED for e in analysis.events):
        # a cause needs a happening to explain: "may be brought down from office" in a story
        # with no crash, attack or fire is no account of a cause
        return []
    found: list[ClaimMention] = []
    previous: list[ClaimMention] = []
    for s, e in analysis.sentences:
        lang = lang_at(analysis, s)
        lex = lexicon(lang)
        if lex is None:
            previous = []
            continue
        toks = tokens(text, s, e)
        claims = _sentence(text, analysis, lex, lang, toks, s, e, previous)
        found += claims
        previous = claims
    return found


def _sentence(
    text: str,
    analysis: Analysis,
    lex: Lexicon,
    lang: str | None,
    toks: list[Token],
    s: int,
    e: int,
    previous: list[ClaimMention],
) -> list[ClaimMention]:
    causal = bool(lex.causal.find(toks))
    stance_hits = lex.stance.find(toks)
    out: list[ClaimMention] = []
    seen: set[str] = set()
    inherited = "asserts", None
    for lo, hi in _segments(toks, lex):
        # each clause has its own stance: "denied that it was overloaded and blamed the weather"
        own = [(a, b, label) for a, b, label in stance_hits if lo <= a < hi]
        cues = {label: (a, b) for a, b, label in reversed(own)}  # the first cue of each stance
        if cues:
            stance = next((st for st in STANCE_ORDER if st in cues), "asserts")
            current = stance, cues.get(stance)
        elif lex.causal.find(toks, lo, hi) and lo > 0:
            current = "asserts", None  # "… and blamed bad weather": a clause of its own
        else:
            current = inherited
        inherited = current
        stance, cue = current
        hits = []
        for a, b, value in lex.causes.find(toks, lo, hi):
            if value in seen or (value in lex.needs_cue and not causal):
                continue
            seen.add(value)
            hits.append((a, b, value))
        if not hits and stance == "denies" and lex.anaphora.find(toks, lo, hi):
            # "He dismissed these explanations as absurd": the causes of the sentence before
            out += _denied_again(text, analysis, lang, toks, cue, s, e, previous)
            continue
        for a, b, value in hits:
            claim = _claim(text, analysis, lex, lang, toks, (a, b, value), stance, cue, s, e)
            if claim.speaker_text is None and stance != "reports" and out:
                # "… отверг эту версию и назвал причиной отказ двигателя": the same subject
                claim.speaker, claim.speaker_text = out[-1].speaker, out[-1].speaker_text
            out.append(claim)
    return out


def _segments(toks: list[Token], lex: Lexicon) -> list[tuple[int, int]]:
    """Token ranges of the sentence's clauses, split at "and", "but", "и", "но" …"""
    cuts = [a for a, _b, _ in lex.joints.find(toks) if a > 0]
    bounds = [0, *cuts, len(toks)]
    return [(lo, hi) for lo, hi in zip(bounds, bounds[1:], strict=False) if hi > lo]


def _denied_again(
    text: str,
    analysis: Analysis,
    lang: str | None,
    toks: list[Token],
    cue: tuple[int, int] | None,
    s: int,
    e: int,
    previous: list[ClaimMention],
) -> list[ClaimMention]:
    span = (toks[0].start, toks[-1].end) if toks else (s, e)
    speaker, stext = _speaker(text, analysis, lang, toks, cue, s, e, span[0])
    return [
        ClaimMention(
            p.attribute,
            p.value,
            "denies",
            span[0],
            span[1],
            text[span[0] : span[1]],
            speaker,
            stext,
            p.event,
            0.5,
        )
        for p in previous
    ]


def _claim(
    text: str,
    analysis: Analysis,
    lex: Lexicon,
    lang: str | None,
    toks: list[Token],
    hit: tuple[int, int, str],
    stance: str,
    cue: tuple[int, int] | None,
    s: int,
    e: int,
) -> ClaimMention:
    a, b, value = hit
    start, end = toks[a].start, toks[b - 1].end
    # a modal or an adverb hedges without saying who hedges: the name before "may be" is the
    # clause's subject, not a speaker ("the premier may be brought down …")
    modal = cue is not None and any(a == cue[0] for a, _b, _ in lex.modal.find(toks, cue[0], cue[1]))
    speaker, stext = _speaker(text, analysis, lang, toks, None if modal else cue, s, e, start)
    if stance == "reports" and not _in_quote(analysis, start):
        speaker, stext = None, None  # whoever relays a report is not who claims it
    lo, hi = start, end
    if cue:  # the evidence holds the stance words too ("dismissed … as absurd")
        lo, hi = min(start, toks[cue[0]].start), max(end, toks[cue[1] - 1].end)
    return ClaimMention(
        attribute="cause",
        value=value,
        stance=stance,
        start=lo,
        end=hi,
        text=text[lo:hi],
        speaker=speaker,
        speaker_text=stext,
        event=_event(analysis, lex, start, s),
        confidence=0.6 if speaker is not None else 0.5,
    )


def _speaker(
    text: str,
    analysis: Analysis,
    lang: str | None,
    toks: list[Token],
    stance_cue: tuple[int, int] | None,
    s: int,
    e: int,
    offset: int,
) -> tuple[int | None, str | None]:
    if (q := _quote_at(analysis, offset)) is not None:
        return q.speaker, q.speaker_text
    speech = speech_cues(lang)
    if speech is None:
        return None, None
    cue = stance_cue or next(iter(speech.find(toks)), None)
    if cue is None:
        # "Според прокуратурата причината е …": the one the sentence is attributed to
        for _a, b, _ in speech.according.find(toks):
            phrase = speakers.phrase_after(text, toks[: _clause_end(toks, b)], speech.speaker, b)
            if phrase:
                phrase = speakers.head_only(text, toks, speech.speaker, phrase)
                discourse = memo("discourse", _discourse, analysis.quotes)
                who = speakers.resolve(text, analysis, speech.speaker, toks, phrase, discourse)
                return who, text[toks[phrase[0]].start : toks[phrase[1] - 1].end]
        return None, None
    # the speaker stands before the cue ("Berg dismissed …", "X заяви, че …"), else after it
    phrase = speakers.phrase_before(text, toks, speech.speaker, cue[0]) or speakers.phrase_after(
        text, toks[: _clause_end(toks, cue[1])], speech.speaker, cue[1]
    )
    if phrase is None:
        return None, None
    discourse = memo("discourse", _discourse, analysis.quotes)
    speaker = speakers.resolve(text, analysis, speech.speaker, toks, phrase, discourse)
    return speaker, text[toks[phrase[0]].start : toks[phrase[1] - 1].end]


def _clause_end(toks: list[Token], k: int) -> int:
    while k < len(toks) and toks[k].low not in (",", ";", ".", ":"):
        k += 1
    return k


def _discourse(quotes: list[QuoteMention]) -> speakers.Discourse:
    """The document's speakers, once for all its claims (resolving a speaker only reads it)."""
    discourse = speakers.Discourse()
    for q in quotes:
        discourse.add(q.spans[0][0], q.speaker)
    return discourse


class _Span(NamedTuple):
    start: int
    end: int
    quote: int


def _quote_spans(quotes: list[QuoteMention]) -> OffsetIndex:
    return OffsetIndex([_Span(qs, qe, n) for n, q in enumerate(quotes) for qs, qe in q.spans])


def _quote_at(analysis: Analysis, offset: int) -> QuoteMention | None:
    """The first quote (in the document's list) with a span that holds the offset."""
    spans = memo("quote spans", _quote_spans, analysis.quotes)
    hits = [spans.items[n].quote for n in spans.overlapping(offset, offset + 1)]
    return analysis.quotes[min(hits)] if hits else None


def _in_quote(analysis: Analysis, offset: int) -> bool:
    return _quote_at(analysis, offset) is not None


def _event(analysis: Analysis, lex: Lexicon, offset: int, s: int) -> int | None:
    """The event the cause explains: the happening itself, in the sentence or the two before."""
    secondary = frozenset(data("figures").get("secondary_events", []))
    return nearest_event(analysis, lex.event_types, secondary, offset, s)
