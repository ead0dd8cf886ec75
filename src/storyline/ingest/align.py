"""Carry character offsets from an input text over to its canonical text.

Inputs that come with their own annotations (the BSNLP mentions of a .jsonl record) point into
the text as given; cleaning removes lines and characters, so their offsets are re-aligned here.
Cleaning only deletes text or swaps one code point for one (NFC may merge two), so a diff is an
alignment: lines first (cheap: lines hash), then characters only inside the lines that differ,
because a character diff of whole articles is quadratic.
"""

from __future__ import annotations

from bisect import bisect_right
from difflib import SequenceMatcher
from typing import Any

Block = tuple[int, int, int, bool]  # source start, source end, target start, same length


class OffsetMap:
    def __init__(self, source: str, target: str) -> None:
        self.identity = source == target
        self.blocks: list[Block] = []
        if not self.identity:
            self._diff(source, target)
            self.blocks.sort(key=lambda block: (block[0], block[1]))
        self._starts = [block[0] for block in self.blocks]

    def _diff(self, a: str, b: str) -> None:
        a_lines = a.splitlines(keepends=True)
        b_lines = b.splitlines(keepends=True)
        a_at = _starts(a_lines)
        b_at = _starts(b_lines)
        matcher = SequenceMatcher(None, a_lines, b_lines, autojunk=False)
        # consecutive non-equal opcodes form one changed region between two equal stretches
        region: list[int] | None = None
        for tag, i1, i2, j1, j2 in [*matcher.get_opcodes(), ("end", len(a_lines), 0, len(b_lines), 0)]:
            if tag != "equal" and tag != "end":
                region = [i1, i2, j1, j2] if region is None else [region[0], i2, region[2], j2]
                continue
            if region is not None:
                self._region(a_lines, b_lines, a_at, b_at, *region)
                region = None
            if tag == "equal":
                self.blocks.append((a_at[i1], a_at[i2], b_at[j1], True))

    def _region(
        self,
        a_lines: list[str],
        b_lines: list[str],
        a_at: list[int],
        b_at: list[int],
        i1: int,
        i2: int,
        j1: int,
        j2: int,
    ) -> None:
        if i2 - i1 == j2 - j1:  # the usual case: the same lines, each edited in place
            pairs = [(i, j1 + (i - i1), 1) for i in range(i1, i2)]
        else:
            pairs = [(i1, j1, 0)]
        for i, j, one in pairs:
            a_text = a_lines[i] if one else "".join(a_lines[i1:i2])
            b_text = b_lines[j] if one else "".join(b_lines[j1:j2])
            self._chars(a_text, b_text, a_at[i], b_at[j])

    def _chars(self, a: str, b: str, a0: int, b0: int) -> None:
        if len(a) == len(b):  # look-alike repair swaps code points one for one
            self.blocks.append((a0, a0 + len(a), b0, True))
            return
        # edits are usually one point in a long line (a trailing space): diff only the middle
        head = 0
        limit = min(len(a), len(b))
        while head < limit and a[head] == b[head]:
            head += 1
        tail = 0
        while tail < limit - head and a[-1 - tail] == b[-1 - tail]:
            tail += 1
        self.blocks.append((a0, a0 + head, b0, True))
        chars = SequenceMatcher(None, a[head : len(a) - tail], b[head : len(b) - tail], autojunk=False)
        for tag, c1, c2, d1, d2 in chars.get_opcodes():
            same = tag == "equal" or (tag == "replace" and c2 - c1 == d2 - d1)
            self.blocks.append((a0 + head + c1, a0 + head + c2, b0 + head + d1, same))
        self.blocks.append((a0 + len(a) - tail, a0 + len(a), b0 + len(b) - tail, True))

    def map(self, pos: int) -> int:
        if self.identity:
            return pos
        i = max(0, bisect_right(self._starts, pos) - 1)
        a1, _, b1, same = self.blocks[i]
        # inside a deleted stretch every position collapses onto the point of deletion
        return b1 + (pos - a1) if same else b1


def _starts(lines: list[str]) -> list[int]:
    out = [0]
    for line in lines:
        out.append(out[-1] + len(line))
    return out


def remap_mentions(mentions: list[Any], source: str, target: str) -> tuple[list[Any], int]:
    """BSNLP-style mentions ``[start, end, surface, ...]`` re-pointed into ``target``; a mention
    whose text was removed is dropped (the count is returned)."""
    omap = OffsetMap(source, target)
    if omap.identity:
        return mentions, 0
    kept: list[Any] = []
    dropped = 0
    for mention in mentions:
        if not (
            isinstance(mention, list) and len(mention) >= 2 and all(isinstance(x, int) for x in mention[:2])
        ):
            kept.append(mention)
            continue
        start, end = omap.map(mention[0]), omap.map(mention[1])
        if end <= start:
            dropped += 1
            continue
        moved = [start, end, *mention[2:]]
        if len(moved) > 2 and isinstance(moved[2], str):
            moved[2] = target[start:end]
        kept.append(moved)
    return kept, dropped
