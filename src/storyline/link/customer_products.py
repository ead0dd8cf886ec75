"""A company's customer account, portal or app named "My <Company>": "Moj Telekomar", "Mój Bankol".

Such a name sits where an outlet's would ("na portalu Moj X", "through the My X portal"), so the
words around it made the product an outlet, shown as an organisation (audit round 34: a
insurer's customer portal and app shown ORG; BSNLP's gold types it PRO). A name that opens with
the first person's possessive ("my": ``customer_possessives`` of the language) is the customer's
view of a company, a product: no outlet names itself "my".
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from storyline.names import fold
from storyline.names.parts import data_words


@cache
def _possessives(lang: str | None) -> frozenset[str]:
    """The language's first-person possessives and English's, folded."""
    return frozenset(
        fold(w)
        for w in (*data_words(lang, "customer_possessives"), *data_words("en", "customer_possessives"))
    )


def customer_product(name: str, lang: str | None) -> bool:
    """``name`` is "<my> <Name>": two words or more, the first a possessive of the first person."""
    words = name.split()
    return len(words) >= 2 and words[1][:1].isupper() and fold(words[0]) in _possessives(lang)


def customer_products(names: Iterable[tuple[str, str | None]]) -> bool:
    """Every (name, language) of an entity is such a product."""
    pairs = list(names)
    return bool(pairs) and all(customer_product(n, lang) for n, lang in pairs)
