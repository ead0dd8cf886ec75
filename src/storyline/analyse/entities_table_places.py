"""Places that label a table's rows: "<Town> 12 340 0,5 <Town of two words> 8 95 1,2 …".

News sets statistics by town, region or country as a table, which reaches us as one run of text:
each row a label and its cells of figures, one row after another with nothing but spaces between
("<Town> 181 5601 3194 1,086 <Town> <Word> 68 1647 1093 1,927 …"). A tagger trained on sentences
reads such a run badly: it takes a cell into the name ("<Town> 10", then typed a product by the
number), cuts a town of two or three words ("<Name> ob <River>", "<Saint> <Name>") to one, or
misses the label. The annotated news marks every label a place where the rows are places.

So: a run of at least ``MIN_ROWS`` rows, each a label of at most ``MAX_LABEL`` words (the first
capitalised; small linking words, a spaced dash and short abbreviations with their full stop
inside, as in "<Name> pri <Town>", "<Name> - <Name>", "Sv. <Name>") followed by at least
``MIN_CELLS`` cells of figures, is a table. Each label votes for what it is: a place where a gazetteer
(as written or in its base form) or the learned name table knows it so, else the type of a
mention the tagger found inside it (one run on into the cells says nothing), else nothing. Where
``MIN_ROWS`` labels or more vote place, and two thirds of the votes are, each label written as a
name is one place, and the mentions inside its row are dropped (a gazetteer of large towns knows
few of a country's municipalities, so the votes, not the gazetteer alone, decide). A label in small letters (a row of "foreign
citizens") or in capitals that is no known place (a "TOTAL" row) is no name. A table of parties,
clubs or people (its labels no places) is left to the tagger.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import regex

from storyline.model import Mention
from storyline.names import is_place

MIN_ROWS = 4  # rows in a run before it is read as a table (a sentence rarely gives four "<Name> 3 4")
MIN_CELLS = 2  # cells of figures after a label: one number after a name is a date, a count, a model
MAX_LABEL = 6  # words of a label: more is a sentence before the table
MAX_ABBREVIATION = 3  # letters of a short word a label may write with its full stop ("Sv.", "Sl.")
PLACE_SHARE = 2 / 3  # of the labels anything knows, the share that must be places
PLACE = "LOC"

_TOKEN = regex.compile(r"\S+")
_FIGURE = regex.compile(r"[-+]?\d+(?:[.,]\d+)*%?")
_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*\.?")
_DASH = regex.compile(r"[-–—]")


def table_places(
    text: str,
    mentions: list[Mention],
    lang: str | None,
    rebase: Callable[[str, str], str],
    known: Callable[[str, str], bool],
    bounds: tuple[int, int],
) -> list[Mention]:
    """``mentions`` of ``text[bounds]`` with the labels of each table of places (the module's doc)
    as places, and what the tagger found inside those rows dropped."""
    labels: list[tuple[int, int]] = []  # (start, end) of each label written as a name
    rows: list[tuple[int, int]] = []  # (start, end) of each such row, label and cells
    for table in _tables(text, bounds):
        names = [(s, e, row_end) for s, e, row_end in table if _written_as_name(text[s:e])]
        votes = Counter(
            vote for s, e, _ in names if (vote := _vote(text, s, e, mentions, rebase, known)) is not None
        )
        if votes[PLACE] < MIN_ROWS or votes[PLACE] < PLACE_SHARE * sum(votes.values()):
            continue
        for s, e, row_end in names:
            if not text[s:e].isupper() or _known_place(text[s:e], rebase):  # "TOTAL": no place
                labels.append((s, e))
                rows.append((s, row_end))
    if not labels:
        return mentions
    kept = [m for m in mentions if not any(m.start < e and s < m.end for s, e in rows)]
    found = [Mention(s, e, text[s:e], PLACE, rebase(text[s:e], PLACE), lang) for s, e in labels]
    return sorted(kept + found, key=lambda m: (m.start, -m.end))


def _vote(
    text: str,
    start: int,
    end: int,
    mentions: list[Mention],
    rebase: Callable[[str, str], str],
    known: Callable[[str, str], bool],
) -> str | None:
    """What a label is by the gazetteer, the learned name table or the tagger (a mention inside the
    label; one run on into the cells says nothing); None where none of them knows."""
    label = text[start:end]
    if _known_place(label, rebase) or known(PLACE, rebase(label, PLACE)):
        return PLACE
    inside = [m.type for m in mentions if start <= m.start and m.end <= end]
    return Counter(inside).most_common(1)[0][0] if inside else None


def _tables(text: str, bounds: tuple[int, int]) -> list[list[tuple[int, int, int]]]:
    """Each run of ``MIN_ROWS`` rows or more: (label start, label end, row end) of every row."""
    tables: list[list[tuple[int, int, int]]] = []
    run: list[tuple[int, int, int]] = []
    label: list[regex.Match] = []
    cells: list[regex.Match] = []

    def close_row() -> None:
        nonlocal run
        if label and len(cells) >= MIN_CELLS and _label_shape(label):
            run.append((label[0].start(), label[-1].end(), cells[-1].end()))
        else:
            if len(run) >= MIN_ROWS:
                tables.append(run)
            run = []

    for token in _TOKEN.finditer(text, *bounds):
        word = token.group()
        if _FIGURE.fullmatch(word):
            if label:
                cells.append(token)
            continue
        if cells:  # a label after cells: the row before is complete
            close_row()
            label, cells = [], []
        if _WORD.fullmatch(word) or _DASH.fullmatch(word):
            label.append(token)
        else:  # a rule of dashes, a bracket: no row goes across
            close_row()
            label = []
    close_row()
    if len(run) >= MIN_ROWS:
        tables.append(run)
    return tables


def _label_shape(words: list[regex.Match]) -> bool:
    """A row's label: a few words, the first starting with a letter, no dash at either end, full
    stops only after short words."""
    if len(words) > MAX_LABEL or _DASH.fullmatch(words[0].group()) or _DASH.fullmatch(words[-1].group()):
        return False
    return (
        all(not w.group().endswith(".") or len(w.group()) - 1 <= MAX_ABBREVIATION for w in words)
        and words[0].group()[:1].isalpha()
    )


def _written_as_name(label: str) -> bool:
    return label[:1].isupper()


def _known_place(label: str, rebase: Callable[[str, str], str]) -> bool:
    return is_place(label) or is_place(rebase(label, PLACE))
