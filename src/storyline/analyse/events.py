"""Event triggers: typed mentions of happenings, with their time, place and participants.

The trigger vocabulary is data, one file per language (``lang/events/<lang>.toml``): patterns of
one or more words, where ``stem*`` matches any ending — the inflection of Slavic nouns and verbs
is handled by stems, not by a lemmatiser, which keeps this analyser fast and dependency-free.
At one position the longest pattern wins ("аварийной посадки" is a landing, not an accident).
One mention per type and sentence: a sentence that says "crash" twice reports one crash.

Arguments come from what earlier analysers found: ``time`` is the nearest time expression in the
sentence that is not cut off from the trigger, else the nearest earlier one in the paragraph; ``place`` a LOC mention in the sentence introduced by a place cue ("near", "в
районе", "край"), strong cues before plain prepositions; ``participants`` the PER/ORG mentions
of the sentence.

A date is cut off from a trigger by another trigger between them (unless the date opens the
sentence and so sets the scene for all of it), by a relative pronoun between them ("On Saturday
he expressed condolences over the flight, *which* crashed …"), and — when the date comes first —
by a reference cue that makes the trigger a mere mention of a known happening ("Today we mourn
*over* the crash", "по поводу крушения", "the victims *of* the crash"): such a ``reference`` takes
a date only from words after it ("after the crash on Wednesday") and never from its paragraph.
Nor does a trigger in a subordinate or reported clause ("confirmed *that* the plane was shot down",
"*according to* Putin, missiles exploded") take a date from the sentences before it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from storyline.analyse.text import WORD_RE, split_sentences
from storyline.model import Analysis, EventMention, Mention, TimeExpr

Pattern = tuple[tuple[str, bool], ...]  # (word, is_prefix) per token


@dataclass(frozen=True)
class Lexicon:
    exact: dict[str, list[tuple[Pattern, str]]]  # first word → patterns starting with it
    prefix: dict[str, list[tuple[Pattern, str]]]  # first stem → patterns starting with it
    prefix_lengths: tuple[int, ...]
    place_strong: tuple[tuple[str, ...], ...]
    place_weak: tuple[tuple[str, ...], ...]
    place_fillers: frozenset[str]
    reference_cues: tuple[tuple[str, ...], ...] = ()
    determiners: frozenset[str] = frozenset()
    clause_words: frozenset[str] = frozenset()
    hearsay_cues: tuple[tuple[str, ...], ...] = ()
    complementizers: frozenset[str] = frozenset()
    clause_joiners: frozenset[str] = frozenset()


@cache
def lexicon(lang: str | None) -> Lexicon | None:
    if not lang:
        return None
    path = resources.files("storyline") / "lang" / "events" / f"{lang}.toml"
    if not path.is_file():
        return None
    data = tomllib.loads(path.read_text("utf-8"))
    exact: dict[str, list[tuple[Pattern, str]]] = {}
    prefix: dict[str, list[tuple[Pattern, str]]] = {}
    for kind, patterns in data["triggers"].items():
        for raw in patterns:
            pattern = tuple((w.lower().rstrip("*"), w.endswith("*")) for w in raw.split())
            first, is_prefix = pattern[0]
            (prefix if is_prefix else exact).setdefault(first, []).append((pattern, kind))
    for table in (exact, prefix):  # longest pattern first
        for entries in table.values():
            entries.sort(key=lambda e: -len(e[0]))

    def cues(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(c.split()) for c in data.get(key, "").split("|") if c.strip())

    return Lexicon(
        exact,
        prefix,
        tuple(sorted({len(k) for k in prefix}, reverse=True)),
        cues("place_strong"),
        cues("place_weak"),
        frozenset(data.get("place_fillers", "").split()),
        cues("reference_cues"),
        frozenset(data.get("determiners", "").split()),
        frozenset(data.get("clause_words", "").split()),
        cues("hearsay_cues"),
        frozenset(data.get("complementizers", "").split()),
        frozenset(data.get("clause_joiners", "").split()),
    )


def find_events(text: str, analysis: Analysis, published: date | None) -> list[EventMention]:
    sentences = analysis.sentences or split_sentences(text)
    found: list[EventMention] = []
    for sent_start, sent_end in sentences:
        lex = lexicon_at(analysis, sent_start)
        triggers = _triggers(text, lex, sent_start, sent_end)
        for kind, start, end in triggers:
            found.append(
                EventMention(
                    type=kind,
                    start=start,
                    end=end,
                    text=text[start:end],
                    sent_start=sent_start,
                    sent_end=sent_end,
                    time=_time_of(text, lex, analysis.timexes, triggers, start, sent_start, sent_end),
                    place=_place_of(text, lex, analysis.mentions, start, sent_start, sent_end),
                    participants=[
                        k
                        for k, m in enumerate(analysis.mentions)
                        if m.type in ("PER", "ORG") and sent_start <= m.start and m.end <= sent_end
                    ],
                )
            )
    return found


def is_subordinate(text: str, analysis: Analysis, mention: EventMention) -> bool:
    """Is the trigger inside a relative or complement clause ("…, which crashed", "said that the
    plane was shot down") or reported ("according to Putin, two missiles exploded")? Such a
    mention is not the article's own news and takes no date from the sentences before it."""
    return _subordinate(text, lexicon_at(analysis, mention.sent_start), mention.sent_start, mention.start)


def _subordinate(text: str, lex: Lexicon, sent_start: int, at: int) -> bool:
    before = text[sent_start:at]
    if sum(before.count(q) for q in '"«»“”„') % 2:
        return True  # inside a direct quote
    words = [w.lower() for w in re.findall(r"\w+", before)]
    if set(words) & (lex.clause_words | lex.complementizers):
        return True
    return any(
        tuple(words[i : i + len(c)]) == c for c in lex.hearsay_cues for i in range(len(words) - len(c) + 1)
    )


def is_reference(text: str, analysis: Analysis, mention: EventMention) -> bool:
    """Is this trigger a mention of a known happening ("over the crash", "по поводу крушения")
    rather than the report of one? Linking treats such mentions as background."""
    return _governed(text, lexicon_at(analysis, mention.sent_start), mention.sent_start, mention.start)


def _triggers(text: str, lex: Lexicon, sent_start: int, sent_end: int) -> list[tuple[str, int, int]]:
    """(type, start, end) of the first trigger of each type in the sentence."""
    tokens = [(m.group().lower(), m.start(), m.end()) for m in WORD_RE.finditer(text, sent_start, sent_end)]
    out: list[tuple[str, int, int]] = []
    seen: set[str] = set()
    i = 0
    while i < len(tokens):
        hit = _match_at(lex, tokens, i)
        if hit is None:
            i += 1
            continue
        length, kind = hit
        if kind not in seen:
            seen.add(kind)
            out.append((kind, tokens[i][1], tokens[i + length - 1][2]))
        i += length
    return out


def lexicon_at(analysis: Analysis, offset: int) -> Lexicon:
    """The trigger list of the passage's language (an English tweet in a Bulgarian article),
    English rules where a language has none."""
    lang = next((p.lang for p in analysis.passages if p.start <= offset < p.end and p.lang), analysis.lang)
    lex = lexicon(lang) or lexicon("en")
    assert lex is not None
    return lex


def _match_at(lex: Lexicon, tokens: list[tuple[str, int, int]], i: int) -> tuple[int, str] | None:
    word = tokens[i][0]
    candidates = list(lex.exact.get(word, []))
    for n in lex.prefix_lengths:
        if n <= len(word):
            candidates.extend(lex.prefix.get(word[:n], []))
    best: tuple[int, str] | None = None
    for pattern, kind in candidates:
        if (best is None or len(pattern) > best[0]) and _matches(pattern, tokens, i):
            best = (len(pattern), kind)
    return best


def _matches(pattern: Pattern, tokens: list[tuple[str, int, int]], i: int) -> bool:
    if i + len(pattern) > len(tokens):
        return False
    for (word, is_prefix), (token, _s, _e) in zip(pattern, tokens[i:], strict=False):
        if not (token.startswith(word) if is_prefix else token == word):
            return False
    return True


def _time_of(
    text: str,
    lex: Lexicon,
    timexes: list[TimeExpr],
    triggers: list[tuple[str, int, int]],
    at: int,
    sent_start: int,
    sent_end: int,
) -> int | None:
    governed = _governed(text, lex, sent_start, at)
    in_sentence = [k for k, t in enumerate(timexes) if sent_start <= t.start and t.end <= sent_end]
    if in_sentence:
        first = min(s for _k, s, _e in triggers)
        free = [
            k
            for k in in_sentence
            if not _cut_off(text, lex, timexes[k], at, first, triggers, governed, sent_start)
        ]
        return min(free, key=lambda k: abs(timexes[k].start - at)) if free else None
    if governed or _subordinate(text, lex, sent_start, at):
        return None
    para_start = text.rfind("\n", 0, sent_start) + 1
    para_end = text.find("\n", sent_end)
    para_end = len(text) if para_end < 0 else para_end
    # an earlier date in the paragraph sets the scene for what follows; a later one does not
    earlier = [k for k, t in enumerate(timexes) if para_start <= t.start and t.end <= sent_start]
    return max(earlier, key=lambda k: timexes[k].start) if earlier else None


def _cut_off(
    text: str,
    lex: Lexicon,
    t: TimeExpr,
    at: int,
    first: int,
    triggers: list[tuple[str, int, int]],
    governed: bool,
    sent_start: int,
) -> bool:
    lo, hi = (t.end, at) if t.start < at else (at, t.start)
    if t.start < at and governed:
        return True
    if _other_clause(text, lex, lo, hi):
        return True
    # "said that the ship passed inspection in January and that the fire…": a date inside one
    # complement clause does not reach into the next (a date in the main clause still does)
    words = lambda a, b: {w.lower() for w in re.findall(r"\w+", text[a:b])}  # noqa: E731
    if words(lo, hi) & lex.complementizers and words(sent_start, min(lo, t.start)) & lex.complementizers:
        return True
    opens_sentence = t.start < first
    return not opens_sentence and any(lo < s < hi for _k, s, _e in triggers)


def _other_clause(text: str, lex: Lexicon, lo: int, hi: int) -> bool:
    """A relative pronoun, or a comma and a conjunction ("…закрыть X, а в июне задержали Y"),
    between two offsets: what lies beyond belongs to another clause."""
    between = {w.lower() for w in re.findall(r"\w+", text[lo:hi])}
    if between & lex.clause_words:
        return True
    return any(w.lower() in lex.clause_joiners for w in re.findall(r"[,;]\s*(\w+)", text[lo:hi]))


def _governed(text: str, lex: Lexicon, sent_start: int, at: int) -> bool:
    """A reference cue right before the trigger, with at most determiners between."""
    before = [w.lower() for w in re.findall(r"\w+", text[max(sent_start, at - 60) : at])]
    while before and before[-1] in lex.determiners:
        before.pop()
    return any(tuple(before[-len(c) :]) == c for c in lex.reference_cues if len(c) <= len(before))


def _place_of(
    text: str, lex: Lexicon, mentions: list[Mention], at: int, sent_start: int, sent_end: int
) -> int | None:
    best: tuple[int, int, int] | None = None  # (-strength, distance, index)
    for k, m in enumerate(mentions):
        if m.type != "LOC" or m.kind or not (sent_start <= m.start and m.end <= sent_end):
            continue
        if _other_clause(text, lex, min(at, m.start), max(at, m.start)):
            continue
        strength = _cue_strength(text, lex, sent_start, m.start)
        if strength:
            key = (-strength, abs(m.start - at), k)
            best = key if best is None or key < best else best
    return best[2] if best else None


def _cue_strength(text: str, lex: Lexicon, sent_start: int, at: int) -> int:
    """2 after a strong place cue ("near", "в районе города"), 1 after a plain preposition."""
    before = [w.lower() for w in re.findall(r"\w+", text[max(sent_start, at - 60) : at])]
    while before and before[-1] in lex.place_fillers:
        before.pop()
    for strength, cues in ((2, lex.place_strong), (1, lex.place_weak)):
        if any(tuple(before[-len(c) :]) == c for c in cues if len(c) <= len(before)):
            return strength
    return 0
