"""Quotes: direct speech in any quotation style and reported speech ("заявил, что …").

Direct quotes are found by pairing marks (``lang/findings/quotes.toml``), nested marks kept inside
the outer quote, across sentences and paragraphs. A quote counts when a speech verb or a speaker
stands next to it ("…», - написал X"; "X said: "…""), or when it is a sentence of its own after
a colon; short quoted names and scare quotes ("абсурдные версии") are not speech. A quote split
by its attribution ("Our plane", he said, "was shot down"; «А, — сказал он, — Б») is one quote
with two spans.

Reported speech is a speech verb followed by a complementizer ("said that", "каза, че") or an
"according to" phrase; its content runs to the end of the sentence.

The speaker is a PER/ORG mention next to the cue; else a title ("президентът") or a pronoun
("he") resolved to the most recent PER mention before it (of matching gender for pronouns where
the name shows it); else None — no guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from storyline.analyse.phrases import PhraseList, Token, data, tokens
from storyline.analyse.text import lang_at
from storyline.model import Analysis, Mention, QuoteMention

MAX_QUOTE = 2500


@dataclass(frozen=True)
class Cues:
    cues: PhraseList
    complementizers: PhraseList
    according: PhraseList
    pronouns: PhraseList  # label m / f
    titles: PhraseList
    addressed: PhraseList  # cues whose next name is the addressee ("told Reuters that")


@cache
def cues(lang: str | None) -> Cues | None:
    raw = data("quotes", lang) if lang else {}
    if not raw:
        return None
    return Cues(
        PhraseList.build(raw.get("cues", []), "cue"),
        PhraseList.build(raw.get("complementizers", []), "that"),
        PhraseList.build(raw.get("according", []), "according"),
        PhraseList.build({"m": raw.get("pronouns_m", []), "f": raw.get("pronouns_f", [])}),
        PhraseList.build(raw.get("titles", []), "title"),
        PhraseList.build(raw.get("addressed", []), "addressed"),
    )


def find_quotes(text: str, analysis: Analysis, published: date | None) -> list[QuoteMention]:
    direct = _direct(text, analysis)
    covered = [sp for q in direct for sp in q.spans]
    return sorted(direct + _reported(text, analysis, covered), key=lambda q: q.spans[0][0])


# ---------------------------------------------------------------- direct speech


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Outermost quoted stretches (start, end of the words inside the marks)."""
    marks: dict[str, list[str]] = data("quotes")["marks"]
    out: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if stack and ch in marks[stack[-1][0]] and _may_close(text, i, ch):
            opener, start = stack.pop()
            if not stack:
                out.append((start + 1, i))
            continue
        if ch in marks and _may_open(text, i, ch):
            if stack and i - stack[0][1] > MAX_QUOTE:
                stack.clear()  # an unclosed mark: forget it
            stack.append((ch, i))
    return out


def _may_open(text: str, i: int, ch: str) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev = text[i - 1] if i else " "
    if ch in '‘‚"':
        return not prev.isalnum() and not nxt.isspace()
    return not nxt.isspace() or ch == "«"


def _may_close(text: str, i: int, ch: str) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in "’‘":
        return not nxt.isalnum()  # "don’t" is an apostrophe
    return True


def _direct(text: str, analysis: Analysis) -> list[QuoteMention]:
    conf = data("quotes")
    found: list[QuoteMention] = []
    spans = quote_spans(text)
    k = 0
    while k < len(spans):
        qs, qe = spans[k]
        lex = cues(lang_at(analysis, qs)) or cues("en")
        assert lex is not None
        inner = _inner_attribution(text, analysis, lex, qs, qe)
        after = inner[1] if inner else _after(text, analysis, lex, qe + 1)
        before = _before(text, analysis, lex, qs - 1)
        quote = QuoteMention(spans=inner[0] if inner else [(qs, qe)], direct=True)
        if after and after.continues and k + 1 < len(spans) and spans[k + 1][0] - 1 == after.next_open:
            quote.spans.append(spans[k + 1])  # "Our plane", he said, "was shot down"
            k += 1
        attr = after if after and after.found else before if before and before.found else after or before
        if attr:
            quote.cue, quote.speaker = attr.cue, attr.speaker
            quote.speaker_text, quote.speaker_start, quote.speaker_end = attr.speaker_span
        n_words = len(re.findall(r"\w+", text[qs:qe]))
        bare_ok = n_words >= conf["min_words_bare"] and _after_colon(text, qs - 1)
        if (attr and attr.found and n_words >= conf["min_words"]) or bare_ok:
            quote.spans = [_trim(text, s, e) for s, e in quote.spans]
            quote.confidence = 0.8 if quote.speaker is not None else 0.6
            found.append(quote)
        k += 1
    return found


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1] in " \n,—–-":
        e -= 1
    return s, e


def _after_colon(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j >= 0 and text[j] == ":"


@dataclass
class Attribution:
    found: bool  # a cue or a speaker
    cue: str | None
    speaker: int | None
    speaker_span: tuple[str | None, int | None, int | None]
    continues: bool = False  # the attribution ends in a comma: the quote goes on
    next_open: int = -1


def _inner_attribution(
    text: str, analysis: Analysis, lex: Cues, qs: int, qe: int
) -> tuple[list[tuple[int, int]], Attribution] | None:
    """«А, — сказал он. — Б»: the attribution sits inside one pair of marks."""
    for m in re.finditer(r"[,.!?…]?\s+[—–-]\s+([^—–«»\"]{2,80}?)[,.:]\s+[—–-]\s+", text[qs:qe]):
        s, e = qs + m.start(1), qs + m.end(1)
        toks = tokens(text, s, e)
        hit = next(((a, b) for a, b, _ in lex.cues.find(toks)), None)
        if hit:
            attr = _attribute(text, analysis, lex, toks, hit, s, e)
            return [(qs, qs + m.start()), (qs + m.end(), qe)], attr
    return None


def _after(text: str, analysis: Analysis, lex: Cues, i: int) -> Attribution | None:
    """ "…», - написал X." / "…", he said, "…" — the words right after the closing mark."""
    # a comma or a dash goes on to the attribution; a full stop ends the quote's sentence
    m = re.match(r"[ \t]*(?:,|[!?…]?[ \t]*[-—–])?[ \t]*([^\n«»„“”\"]{0,120})", text[i:])
    if not m or not m.group(1):
        return None
    seg_start = i + m.start(1)
    seg = m.group(1)
    stop = re.search(r"[.!?;:]|,\s*(?=[«„“\"])", seg)
    seg_end = seg_start + (stop.start() if stop else len(seg))
    toks = tokens(text, seg_start, seg_end)
    hit = next(((a, b) for a, b, _ in lex.cues.find(toks[:6])), None)
    if hit is None:
        return None
    attr = _attribute(text, analysis, lex, toks, hit, seg_start, seg_end)
    rest = text[seg_end : seg_end + 6]
    nxt = re.match(r",?\s*[-—–]?\s*([«„“\"])", rest)
    if nxt:
        attr.continues = True
        attr.next_open = seg_end + nxt.start(1)
    return attr


def _before(text: str, analysis: Analysis, lex: Cues, i: int) -> Attribution | None:
    """ "X said: "…"" / "По словам X, «…»" — the clause right before the opening mark."""
    line_start = text.rfind("\n", 0, i) + 1
    seg_start = max(line_start, i - 200)
    for m in re.finditer(r"[.!?»”“\"]\s", text[seg_start:i]):
        seg_start = seg_start + m.end()
    seg = text[seg_start:i].rstrip()
    if not seg or seg[-1] not in ":,":
        return None
    toks = tokens(text, seg_start, seg_start + len(seg) - 1)
    hit = next(((a, b) for a, b, _ in reversed(lex.cues.find(toks) + lex.according.find(toks))), None)
    if hit is None:
        return None
    return _attribute(text, analysis, lex, toks, hit, seg_start, seg_start + len(seg))


def _attribute(
    text: str, analysis: Analysis, lex: Cues, toks: list[Token], hit: tuple[int, int], s: int, e: int
) -> Attribution:
    a, b = hit
    cue = text[toks[a].start : toks[b - 1].end]
    speaker = resolve_speaker(text, analysis, lex, toks, a, b, s, e)
    return Attribution(True, cue, *speaker)


def resolve_speaker(
    text: str, analysis: Analysis, lex: Cues, toks: list[Token], a: int, b: int, s: int, e: int
) -> tuple[int | None, tuple[str | None, int | None, int | None]]:
    """(mention index, (words, start, end)) of who speaks through the cue toks[a:b] in text[s:e]:
    a name in the clause, nearest the cue; else a title or pronoun resolved backwards."""
    cue_at = toks[a].start
    named = [
        (k, m)
        for k, m in enumerate(analysis.mentions)
        if m.type in ("PER", "ORG") and s <= m.start and m.end <= e
    ]
    if named:
        k, m = min(named, key=lambda km: (km[1].type != "PER", abs(km[1].start - cue_at)))
        return k, (m.text, m.start, m.end)
    window = range(max(0, a - 4), min(len(toks), b + 4))
    for j in sorted(window, key=lambda j: abs(j - a)):
        hit = lex.pronouns.match(toks, j)
        if hit:
            t = toks[j]
            k = _last_person(analysis, t.start, hit[1])
            return k, (text[t.start : t.end], t.start, t.end)
        hit = lex.titles.match(toks, j)
        if hit:
            t0, t1 = toks[j], toks[j + hit[0] - 1]
            k = _titled_person(text, analysis, lex, t0.start, t0.low)
            return k, (text[t0.start : t1.end], t0.start, t1.end)
    return None, (None, None, None)


def _last_person(analysis: Analysis, before: int, gender: str | None) -> int | None:
    for k in range(len(analysis.mentions) - 1, -1, -1):
        m = analysis.mentions[k]
        if m.type == "PER" and m.end <= before and (gender is None or gender_of(m) in (gender, None)):
            return k
    return None


def _titled_person(text: str, analysis: Analysis, lex: Cues, before: int, title: str) -> int | None:
    """The most recent PER mention that the document introduced with the same title
    ("президент Олена Коваль" … "президентката"); None when no one was."""
    stem = title[: max(4, len(title) - 3)]
    for k in range(len(analysis.mentions) - 1, -1, -1):
        m = analysis.mentions[k]
        if m.type != "PER" or m.end > before:
            continue
        near = text[max(0, m.start - 40) : m.start].lower()
        near = re.split(r"[.!?]\s", near)[-1]  # the title before the name, in its sentence
        if stem in near:
            return k
    return None


def gender_of(m: Mention) -> str | None:
    """Gender where the name shows it: Slavic surnames (Алиева, Aliyeva, Петров), else a first
    name ending in -a (Maria, Олена); None when it cannot be told."""
    words = [w.lower() for w in re.findall(r"\w+", m.base or m.text)]
    if not words:
        return None
    last = words[-1]
    if last.endswith(("ova", "eva", "ina", "ová", "ska", "ská", "ова", "ева", "ина", "ая", "ська", "ская")):
        return "f"
    if last.endswith(("ov", "ev", "in", "ski", "sky", "ов", "ев", "ин", "ий", "ой", "ський", "ский")):
        return "m"
    if len(words) > 1:
        return "f" if words[0].endswith(("a", "а", "я")) else "m"
    return None


# ---------------------------------------------------------------- reported speech


def _reported(text: str, analysis: Analysis, covered: list[tuple[int, int]]) -> list[QuoteMention]:
    found: list[QuoteMention] = []
    for s, e in analysis.sentences:
        lex = cues(lang_at(analysis, s))
        if lex is None:
            continue
        toks = tokens(text, s, e)
        q = _reported_in(text, analysis, lex, toks, s, e)
        if q and not any(cs <= q.spans[0][0] < ce for cs, ce in covered):
            found.append(q)
    return found


def _reported_in(
    text: str, analysis: Analysis, lex: Cues, toks: list[Token], s: int, e: int
) -> QuoteMention | None:
    for a, b, _ in lex.cues.find(toks):
        # the complementizer follows the cue, perhaps after a comma or an addressee/name
        for j in range(b, min(b + 6, len(toks))):
            if lex.complementizers.match(toks, j):
                if j + 1 >= len(toks):
                    break
                span = _trim(text, toks[j + 1].start, _sentence_end(text, s, e))
                # the subject before the cue first; "заявил глава МИД X, что" after it
                speaker, (stext, ss, se) = resolve_speaker(text, analysis, lex, toks, a, b, s, toks[a].start)
                if stext is None and not lex.addressed.match(toks, a):
                    speaker, (stext, ss, se) = resolve_speaker(
                        text, analysis, lex, toks, a, b, toks[b - 1].end, toks[j].start
                    )
                return QuoteMention(
                    [span],
                    False,
                    text[toks[a].start : toks[b - 1].end],
                    speaker,
                    stext,
                    ss,
                    se,
                    confidence=0.7 if speaker is not None else 0.5,
                )
            if toks[j].low in (".", ";", "«", '"', "“", "„") or lex.cues.match(toks, j):
                break
    for a, b, _ in lex.according.find(toks):
        comma = next((j for j in range(b, min(b + 8, len(toks))) if toks[j].low == ","), None)
        if comma is None or comma + 1 >= len(toks):
            continue
        speaker, (stext, ss, se) = resolve_speaker(
            text, analysis, lex, toks, a, b, toks[b].start, toks[comma].start
        )
        if speaker is None:
            continue  # "according to reports": no one in particular
        span = _trim(text, toks[comma + 1].start, _sentence_end(text, s, e))
        cue = text[toks[a].start : toks[b - 1].end]
        return QuoteMention([span], False, cue, speaker, stext, ss, se, confidence=0.6)
    return None


def _sentence_end(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1] in " .!?…\n":
        e -= 1
    return e
