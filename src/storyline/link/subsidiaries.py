"""A company's name with a country and more words is another company.

The learned name table (``ner.aliases``) takes a name's cross-lingual id from the annotators, who
sometimes gave a national subsidiary its parent's id ("<Brand> Nederland Transport and Trading
B.V." as "<Brand>"). To a reader the subsidiary is another company: its own registration, its own
deals. So a name that holds the alias's own name, a country's name and further words of its own
does not go by that alias. A name with the country alone ("<Brand> UK") may be the company said
with its market and keeps it.
"""

from __future__ import annotations

from storyline.names import match_key
from storyline.names.gazetteers import countries
from storyline.names.gazetteers import fold as fold_name
from storyline.ner.aliases import display_name

MIN_WORDS = 3  # the alias's name, a country and at least one more word


def another_company(base: str, lang: str | None, alias: str) -> bool:
    """Whether ``base`` names a subsidiary of the company ``alias`` stands for."""
    if not alias.startswith("ORG-"):
        return False
    words = base.split()
    if len(words) < MIN_WORDS:
        return False
    own = [match_key(w) for w in display_name(alias).split()]
    if any(_country(w) for w in display_name(alias).split()):
        return False  # the alias itself names a country: the name may be it in full
    keys = [match_key(w, lang) for w in words]
    if not own or not all(k in keys for k in own):
        return False
    country = {i for i, w in enumerate(words) if _country(w)}
    country |= {
        j for i in range(len(words) - 1) if _country(f"{words[i]} {words[i + 1]}") for j in (i, i + 1)
    }
    rest = [w for i, (w, k) in enumerate(zip(words, keys, strict=True)) if i not in country and k not in own]
    return bool(country) and any(any(c.isalpha() for c in w) for w in rest)


def _country(word: str) -> bool:
    return fold_name(word) in countries()
