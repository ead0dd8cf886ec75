"""Words that tell a happening as before the article's news: "earlier", "last month", "ранее".

"The man was arrested earlier", "ранее его задержали", "last month the plant closed": the clause
itself says the happening lies before the article, without saying when. The article's date (or
the day before it) is then no date for it, and a date the sentence gives the report ("on Monday
it was reported that guards had earlier arrested two men") is the report's, not the happening's.
The cue words are per language (``anterior_cues`` in the events packs); a cue inside a time
expression that fixes its own day ("earlier today", "a day earlier" from another date) belongs to
that expression and is no cue.
"""

from __future__ import annotations

from storyline.analyse.text import WORD_RE
from storyline.model import TimeExpr

Span = tuple[int, int]
# a cue inside one of these is part of a date the expression resolves by itself
OWN_DATE_KINDS = {"same_day", "next_day_of"}


def cue_spans(
    text: str, cues: tuple[tuple[str, ...], ...], timexes: list[TimeExpr], lo: int, hi: int
) -> list[Span]:
    """Where an anterior cue occurs between two offsets (outside same-day time expressions)."""
    if not cues:
        return []
    words = [(m.group().lower(), m.start(), m.end()) for m in WORD_RE.finditer(text, lo, hi)]
    tokens = [w for w, _s, _e in words]
    out: list[Span] = []
    for i in range(len(words)):
        for cue in cues:
            if tuple(tokens[i : i + len(cue)]) == cue:
                span = (words[i][1], words[i + len(cue) - 1][2])
                if not _in_own_date(timexes, span):
                    out.append(span)
                break
    return out


def _in_own_date(timexes: list[TimeExpr], span: Span) -> bool:
    return any(
        t.start <= span[0]
        and span[1] <= t.end
        and (t.anchor or (t.rel is not None and t.rel.get("kind") in OWN_DATE_KINDS))
        for t in timexes
    )
