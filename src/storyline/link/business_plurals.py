"""A name of words ending in the plural of a kind of shop or works is a company's (a chain's):
Russian «<Adjective> аптеки» (pharmacies), «<Adjective> заводы» (works).

Russian and Bulgarian news quote products' names as they quote companies', so a quoted name of
words is typed a product (BSNLP's gold types some such chains PRO too: recognition keeps the
type). A product is one thing; a name whose head is the plural of a shop's or a plant's word is
a business of many (audit round 34: a regional pharmacy chain that supplies vaccines, shown as a
product). The entity list shows such a product entity as an organisation. The words are
``business_plurals`` of ``lang/entities/<lang>.toml``.
"""

from __future__ import annotations

from collections.abc import Iterable

from storyline.names import fold
from storyline.names.parts import data_words


def business_plural(name: str, lang: str | None) -> bool:
    """``name`` is two words or more, its last one of the language's ``business_plurals``."""
    words = name.strip("«»„“”\"' ").split()
    return len(words) >= 2 and fold(words[-1]) in {fold(w) for w in data_words(lang, "business_plurals")}


def business_plurals(names: Iterable[tuple[str, str | None]]) -> bool:
    """Every (name, language) of an entity is such a name."""
    pairs = list(names)
    return bool(pairs) and all(business_plural(n, lang) for n, lang in pairs)
