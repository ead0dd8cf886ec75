"""An outlet is not the company that publishes it.

A company's legal name carries its legal form ("ООО «<X> Медиа»", "<X> Media sp. z o.o."); a
news outlet is named by its title, which the texts call a teller of the news ("the daily <X>",
"издание <X>", ``names.media.outlet_context``). The learned name table may file a publisher and a
title under one id (a site's footer names its publisher, another text cites a title of the same
word), and spellings may find one from the other; to a reader they are two things, and the
publisher of one title is often not the publisher of a namesake title in another country. So a
name its text calls an outlet does not join an entity that goes only by legal names, and a legal
name does not join an entity that texts call an outlet and that goes by no legal name.
"""

from __future__ import annotations

from collections import Counter

from storyline.names.concepts import company_forms


def legal_name(name: str, lang: str | None) -> bool:
    """A company's name with its legal form ("ООО «<X>»"), not the bare form alone."""
    forms, other = company_forms(name, lang)
    return bool(forms) and other


def publisher_apart(
    name: str, lang: str | None, called_outlet: bool, names: dict[str, Counter[str]], outlet_uses: int
) -> bool:
    """Whether a mention (``name``; ``called_outlet``: its text calls it an outlet) and an entity
    (its ``names`` by language; ``outlet_uses``: how many of its mentions texts called outlets)
    are a title and a publisher."""
    theirs = [legal_name(n, other) for other, counted in names.items() for n in counted]
    if not theirs:
        return False
    if legal_name(name, lang):
        return outlet_uses > 0 and not any(theirs)
    return called_outlet and all(theirs)
