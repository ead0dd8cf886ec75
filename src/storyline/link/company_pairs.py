"""A pair of two companies written as one name is neither of them.

"<Maker>-<Partner>", "<Maker>/<Partner>", "<Maker> & <Partner>": the two companies' joint product
or partnership. The learned name table (``ner.aliases``) may file such a pair under one of the two
(the annotators read "the <Maker>-<Partner> vaccine" as the partner's vaccine), and the pair then
becomes another name of that company. To a reader it is not: it names the other company too.
So a pair loses a learned id that one of its two names has alone, where the other name is known
by an id of its own. A double name whose second half the table does not know alone
("<Brand>-<Founder>", a merged company's one name) keeps its id.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

PAIR_TYPES = ("ORG", "PRO")
_NAME = r"\p{Lu}[\p{L}\p{N}.]*"
_PAIR = regex.compile(rf"^\s*({_NAME})\s*(?:-|/|&|\+)\s*({_NAME})\s*$")


def pair_halves(base: str) -> tuple[str, str] | None:
    """The two capitalised names of a pair ("<Maker>-<Partner>" → both), else None."""
    found = _PAIR.match(base)
    return (found.group(1), found.group(2)) if found else None


def one_of_a_pair(
    base: str,
    etype: str,
    lang: str | None,
    alias: str,
    aliases: Callable[[str, str, str], str | None],
) -> bool:
    """Whether ``base`` pairs two names the table knows apart, and ``alias`` is one of theirs."""
    if etype not in PAIR_TYPES or (halves := pair_halves(base)) is None:
        return False
    own = [_known(half, etype, lang or "", aliases) for half in halves]
    return None not in own and own[0] != own[1] and alias in own


def _known(name: str, etype: str, lang: str, aliases: Callable[[str, str, str], str | None]) -> str | None:
    """A name's learned id as the mention's type, else as a company (a product's maker)."""
    langs = (lang, "ru") if lang == "uk" else (lang,)  # as ``key_mention`` reads the table
    return next(
        (a for t in dict.fromkeys((etype, "ORG")) for lg in langs if (a := aliases(t, name, lg))), None
    )
