"""The names of one list are of one kind (issue 12, rec49).

News lists names of one kind: the partners of a project ("<Firm>, <Firm>, <Firm> и <Firm>"), the
airlines a strike hit, the countries against a pipeline. A tagger types each name on its own, and
a name it never saw gets the type its letters suggest: a Latin firm's name in a Cyrillic text is
often a product to it, a country's a person's. Where three names or more stand in a row with
only commas or one of the language's conjunctions (``conjunctions``) between them (quotation
marks around a name allowed), and every other name of the row has one type, a name typed
otherwise takes it — but only the turns that the BSNLP gold bears out over all five topics and
six languages (main's spans: a product among firms is a firm 37 times of 40, a person among
places a place 22 of 28 or among firms a firm 10 of 12, a place among firms a firm 16 of 16, a
place among people a person 8 of 10). A body among places stays a body: "<Country>, <Country> и
<Union>" lists a union beside its members (a body turned place 14 times against 46 right).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from storyline.model import Mention
from storyline.names.parts import conjunctions

Rebase = Callable[[str, str], str]  # (surface, type) → base form

# the type a name has → the types of the others that turn it
_TURNS = {"PRO": {"ORG"}, "PER": {"LOC", "ORG"}, "LOC": {"ORG", "PER"}}
_QUOTES = '«»"„“”'
MIN_ROW = 3  # names in a row: two are a pair, no list to go by


def list_types(text: str, mentions: list[Mention], lang: str | None, rebase: Rebase) -> list[Mention]:
    """``mentions`` (sorted) with each name typed as the other names of its list."""
    joining = conjunctions(lang)
    out = list(mentions)
    row: list[int] = []
    for k, m in enumerate(out):
        if row and _joined(text[out[row[-1]].end : m.start], joining):
            row.append(k)
            continue
        _settle(out, row, rebase)
        row = [k]
    _settle(out, row, rebase)
    return out


def _joined(between: str, joining: frozenset[str]) -> bool:
    """Only a comma, a conjunction or both (and quotation marks) between two names."""
    cleaned = between.translate({ord(q): " " for q in _QUOTES})
    words = cleaned.replace(",", " , ").split()
    if len(words) == 1 and words[0] == ",":
        return True
    if len(words) == 1 and words[0] in joining:
        return cleaned[:1].isspace() and cleaned[-1:].isspace()
    return len(words) == 2 and words[0] == "," and words[1] in joining and cleaned[-1:].isspace()


def _settle(mentions: list[Mention], row: list[int], rebase: Rebase) -> None:
    if len(row) < MIN_ROW:
        return
    types = {k: mentions[k].type for k in row}  # as found: a name turned does not turn the next
    for k in row:
        m = mentions[k]
        others = {types[j] for j in row if j != k}
        if m.kind or len(others) != 1:
            continue
        kind = next(iter(others))
        if kind in _TURNS.get(m.type, ()):
            mentions[k] = replace(m, type=kind, base=rebase(m.text, kind))
