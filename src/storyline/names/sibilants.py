"""The hissing and hushing sounds of a surname as written (s, z against š, ž), which the phonetic
keys read as one ("sh", "sz", "z" all become "s": Shukov, Żukow, Zhukov are one name).

Every spelling keeps them apart: Cyrillic ш, ж, щ; Latin š, ž, ş, ș; the digraphs sh, zh, sch;
Polish sz and ż. So two surnames of one skeleton whose sibilants are of the other kind in the same
places are two names, however alike their letters (Polish "Puszkow", Pushkov, is no "Peskov"):
a bare surname has no given names to tell them apart otherwise. Affricates (c, č, cz, ch, ц, ч)
and the Polish "rz" are left out: their spellings cross the line between languages (German "z"
is Russian "ц", French "ch" Russian "ш").
"""

from __future__ import annotations

import re
from functools import lru_cache

HUSHING, HISSING = "H", "S"
# longest first; a unit mapped to "" is read and left out
_LATIN_UNITS = {
    "sch": HUSHING, "tsch": "", "sh": HUSHING, "zh": HUSHING, "sz": HUSHING, "rz": "", "cz": "", "ch": "",
    "š": HUSHING, "ž": HUSHING, "ş": HUSHING, "ș": HUSHING, "ż": HUSHING, "s": HISSING, "z": HISSING,
    "ś": HISSING, "ź": HISSING,
}  # fmt: skip
_CYRILLIC = {"ш": HUSHING, "ж": HUSHING, "щ": HUSHING, "с": HISSING, "з": HISSING}
_UNIT = re.compile("|".join(sorted(_LATIN_UNITS, key=len, reverse=True)))
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=100_000)
def sibilants(word: str) -> str:
    """The sibilants of a written word in order, "H" for hushing, "S" for hissing (a doubled
    letter once): "Puszkow" is "H", "Peskov" "S", "Sosnowski" "SS"."""
    low = _DOUBLED.sub(r"\1", word.lower())
    if any(ch in _CYRILLIC or "а" <= ch <= "я" for ch in low):
        return "".join(_CYRILLIC.get(ch, "") for ch in low)
    return "".join(_LATIN_UNITS[m.group()] for m in _UNIT.finditer(low))


def sibilants_apart(a: str, b: str) -> bool:
    """Two readings of sibilants (``sibilants``) as many, of another kind in some place."""
    return bool(a) and len(a) == len(b) and a != b
