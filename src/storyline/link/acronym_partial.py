"""A name in brackets that its abbreviation spells but for an inner letter or word.

A name in brackets after another (``bracketed_pairs``) that its abbreviation spells but for one
inner letter, or but for one inner word of the name (``nearly_spells``: "National Institute of
Health (NIPH)" for the "National Institute of Public Health") is the source's slip or shorthand:
its document means the body of the abbreviation, so the mention joins that body; but the name is
another body's elsewhere (another country's institute of health), so the two entities stay two.
A name without its first or last word is the body's short name and joins it whole.
"""

from __future__ import annotations

import re

from storyline.link.acronym_fit import MIN_WORD, plain_fit
from storyline.names.concepts import fold

_SIGN_INSIDE = re.compile(r"(?<=\w)['\"’ʼ]+(?=\w)")
MIN_NEAR_LETTERS = 3  # an abbreviation this long still tells a name with a letter left out


def nearly_spells(abbreviation: str, name: str) -> bool:
    """Whether the abbreviation does not fit the name plainly, but does with one of its inner
    letters left out ("NIJZ" of "N… I… za Z…") or one of the name's inner long words left out.
    A first or last word the name leaves out makes it the body's short name, no other one's
    ("<X>-e-<Y>" for the "<X>-e-<Y> <Country>" of "XYC")."""
    # a romanised soft or hard sign inside a word ("Vsesvitn'oyi") splits no word
    name = _SIGN_INSIDE.sub("", name)
    if plain_fit(abbreviation, name):
        return False
    target = fold(abbreviation)
    if len(target) >= MIN_NEAR_LETTERS and any(
        plain_fit(target[:k] + target[k + 1 :], name) for k in range(1, len(target) - 1)
    ):
        return True
    words = name.split()
    inner = [k for k, w in enumerate(words) if len(fold(w)) >= MIN_WORD][1:-1]
    return any(plain_fit(target, " ".join(words[:k] + words[k + 1 :])) for k in inner)
