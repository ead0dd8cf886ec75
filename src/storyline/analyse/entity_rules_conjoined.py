"""An official name with a conjunction inside is one name, not two cut pieces.

Bodies are named after two matters joined by "and": "Agencia de Seguridad Alimentaria y Nutrición",
"Serviço de Investigação e Prevenção de Acidentes", "the Transport and Logistics Safety Agency".
The rules' runs of capitalised words stop at the lower-case conjunction, so the name came out cut
("… Safety Agency" without "Transport and"), its other half dropped or kept as a junk name. Two
runs with one conjunction between them are one name when a word for a body heads them — first in
the Romance order ("Agencia … y …"), last in the English one ("… and … Agency") — and every other
capitalised word on both sides is an everyday word of the language (or of English, which names
bodies in every page): a first name, a place or a second body's head word means two names, as in
"Banco X y BBVA", "the Ministry of Defence and the Foreign Office", "Bank of Spain and Portugal".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from storyline.names import given_name, is_place

Candidate = tuple[int, int, str, bool, bool]  # start, end, surface, titled, sentence-initial
EVERYDAY_ZIPF = 2.0  # wordfreq: a word of the language at all, not a far place or a surname
HEAD_AT_MOST = 1  # the head word may follow one ordinal or adjective ("Quarto Serviço …")
_BETWEEN = re.compile(r" (\w+) ")


def _content(surface: str) -> list[str]:
    return [w for w in surface.split() if w[:1].isupper()]


def join_conjoined(
    text: str,
    candidates: list[Candidate],
    conjunctions: frozenset[str],
    heads: frozenset[str],
    zipf: Callable[[str], float],
) -> list[Candidate]:
    """The candidates with each pair that reads as one conjoined official name joined."""

    def everyday(word: str) -> bool:
        w = word.lower()
        return w not in heads and zipf(w) >= EVERYDAY_ZIPF and not given_name(word) and not is_place(word)

    def one_name(first: list[str], second: list[str]) -> bool:
        if not first or not second:
            return False
        head_first = next((k for k, w in enumerate(first) if w.lower() in heads), None)
        if head_first is not None and head_first <= HEAD_AT_MOST and len(first) >= 2:
            rest = first[:head_first] + first[head_first + 1 :]
            return all(map(everyday, rest)) and all(map(everyday, second))
        if len(second) >= 2 and second[-1].lower() in heads:
            return all(map(everyday, first)) and all(map(everyday, second[:-1]))
        return False

    out: list[Candidate] = []
    for c in sorted(candidates):
        if out:
            prev = out[-1]
            between = _BETWEEN.fullmatch(text[prev[1] : c[0]])
            if between and between.group(1) in conjunctions and one_name(_content(prev[2]), _content(c[2])):
                out[-1] = (prev[0], c[1], text[prev[0] : c[1]], prev[3], prev[4])
                continue
        out.append(c)
    return out
