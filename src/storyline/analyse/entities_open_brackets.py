"""A name with an opening bracket inside and no closing one is two names, or one without the mark.

A tagger that reads the bracket as a token of the name runs "<Name> (<Original>" together — a
translated name and its original spelling in brackets, "<Council> (<Its German name>", "<Given>
<Surname> (<Latin spelling>" — or keeps the mark at a name's start ("(<Vaccine>"). A name holds
a bracket only with its closing mark ("<Company> (LXXI) B.V."), so a mention with "(" and no ")"
ends before the mark; the words after it, up to a closing mark right after the mention, are a
name of their own of the same type (the original spelling); a mark at the start is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from storyline.model import Mention

Rebase = Callable[[str, str], str]
_ROMAN = regex.compile(r"[IVXLCDM]+")


def without_open_brackets(text: str, mentions: list[Mention], rebase: Rebase) -> list[Mention]:
    """``mentions`` with each unclosed "(" inside a name cut out, as described above."""
    out: list[Mention] = []
    for m in mentions:
        unclosed = "(" in m.text and ")" not in m.text and not m.kind
        out += _parts(text, m, rebase) if unclosed and not _numbered(m.text) else [m]
    return out


def _numbered(surface: str) -> bool:
    """ "<Company> (LXXI": a series' number in Roman letters, which the name goes on past."""
    return bool(_ROMAN.fullmatch(surface[surface.index("(") + 1 :].strip()))


def _parts(text: str, m: Mention, rebase: Rebase) -> list[Mention]:
    cut = m.text.index("(")
    parts = []
    head = m.text[:cut].rstrip()
    if any(ch.isalpha() for ch in head):
        parts.append(_part(m, m.start, m.start + len(head), rebase))
    tail_start = m.start + cut + 1
    while tail_start < m.end and text[tail_start].isspace():
        tail_start += 1
    tail = text[tail_start : m.end]
    closed = text[m.end : m.end + 1] == ")"
    if tail[:1].isalpha() and tail[:1].isupper() and (closed or not head):
        parts.append(_part(m, tail_start, m.end, rebase))
    return parts


def _part(m: Mention, start: int, end: int, rebase: Rebase) -> Mention:
    surface = m.text[start - m.start : end - m.start]
    return replace(m, start=start, end=end, text=surface, base=rebase(surface, m.type))
