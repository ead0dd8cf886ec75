"""Abbreviations that fit a name only in part: evidence for one document, not for the entities.

``acronym_fit.plain_fit`` lets a word give its initial and the letters after it or one later
consonant (AZAL = AZerbaijan AirLines). Two such words in one fit leave half the letters or more
to chance: "F-O M-C" of a two-word name is as likely a four-word body's initials (a committee's
"F… O… M… C…") as those two words. Such a spread fit (``spread_fit``) joins an abbreviation and a
long name only where one document writes both, as a fit that is no plain one does.

A name in brackets after another (``bracketed_pairs``) that its abbreviation spells but for one
inner letter, or but for one inner word of the name (``nearly_spells``: "National Institute of Health (NIPH)"
for the "National Institute of Public Health") is the source's slip or shorthand: its document
means the body of the abbreviation, so the mention joins that body; but the name is another
body's elsewhere (another country's institute of health), so the two entities stay two.
"""

from __future__ import annotations

from functools import cache, lru_cache

from storyline.link.acronym_fit import MIN_WORD, _gives, _parts, plain_fit
from storyline.names.concepts import fold

SPREAD_WORDS = 2  # words giving more than their initial that make a fit a spread one


@lru_cache(maxsize=50_000)
def spread_fit(abbreviation: str, name: str) -> bool:
    """Whether the abbreviation fits the name plainly only with ``SPREAD_WORDS`` words or more
    each giving it more than its initial."""
    target = fold(abbreviation)
    parts = _parts(name)
    never = len(parts) + 1

    @cache
    def fewest(pos: int, w: int) -> int:  # the fewest words giving more than an initial, from w on
        if w == len(parts):
            return 0 if pos == len(target) else never
        word, needed = parts[w]
        best = fewest(pos, w + 1) if not needed else never
        for piece in _gives(word) if needed else {word[0]}:
            if target.startswith(piece, pos):
                best = min(best, fewest(pos + len(piece), w + 1) + (len(piece) > 1))
        return best

    found = fewest(0, 0)
    return SPREAD_WORDS <= found < never


MIN_NEAR_LETTERS = 3  # an abbreviation this long still tells a name with a letter left out


def nearly_spells(abbreviation: str, name: str) -> bool:
    """Whether the abbreviation does not fit the name plainly, but does with one of its inner
    letters left out ("NIJZ" of "N… I… za Z…") or one of the name's inner long words left out.
    A first or last word the name leaves out makes it the body's short name, no other one's
    ("<X>-e-<Y>" for the "<X>-e-<Y> <Country>" of "XYC")."""
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
