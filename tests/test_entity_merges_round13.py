"""Wrong merges of audit round 13 (invented names and sentences; issue 16): a generic body listed
after another named by its country's adjective ("the Chilean Government, Congress and Senate") is
that country's body, not the one of the country the rest of the document is about."""

from __future__ import annotations

import re

from entity_support import linked as _linked
from storyline.link.coordination import listed_countries
from storyline.model import Mention


def _mentions(text: str, names: list[tuple[str, str, str]]) -> list[Mention]:
    """Each (surface, base, type) found in order in ``text``."""
    out, pos = [], 0
    for surface, base, etype in names:
        start = text.index(surface, pos)
        out.append(Mention(start, start + len(surface), surface, etype, base, "pl"))
        pos = start + len(surface)
    return out


TEXT = (
    "Kenia zaostrzyła prawo. Kenia i jej sąd. Ustawę przyjął kenijski Senat. "
    "Petycję wysłano do Chilijskiego Rządu, Kongresu i Senatu w Santiago."
)
NAMES = [
    ("Kenia", "Kenia", "LOC"),
    ("Kenia", "Kenia", "LOC"),
    ("kenijski Senat", "kenijski Senat", "ORG"),
    ("Chilijskiego Rządu", "Chilijski Rząd", "ORG"),
    ("Kongresu", "Kongres", "ORG"),
    ("Senatu", "Senat", "ORG"),
]


def test_a_generic_body_listed_after_a_countrys_body_is_that_countrys() -> None:
    kenyan, chilean = "Obrady otworzył kenijski Senat.", "Obrady otworzył chilijski Senat."
    got = _linked(
        {
            "a": (TEXT, _mentions(TEXT, NAMES)),
            "b": (kenyan, _mentions(kenyan, [("kenijski Senat", "kenijski Senat", "ORG")])),
            "c": (chilean, _mentions(chilean, [("chilijski Senat", "chilijski Senat", "ORG")])),
        }
    )
    assert got[("a", 5)] != got[("a", 2)]  # Chile's Senate is not Kenya's
    assert got[("c", 0)] == got[("a", 5)]  # and joins Chile's Senate named in full
    assert got[("b", 0)] == got[("a", 2)]  # Kenya's Senate still joins Kenya's


def test_only_a_list_carries_the_country() -> None:
    mentions = _mentions(TEXT, NAMES)
    assert listed_countries(mentions, TEXT, _own) == {4: "CL", 5: "CL"}
    # a sentence between them ends the list: the Senate is the document's again
    apart = TEXT.replace("Rządu, Kongresu i Senatu", "Rządu. Potem Kongresu. Potem Senatu")
    assert listed_countries(_mentions(apart, NAMES), apart, _own) == {}


def _own(m: Mention) -> frozenset[str]:
    found = re.match(r"(?i)(kenijski|chilijski)", m.base or m.text)
    return frozenset({"@KE" if found.group(1).lower() == "kenijski" else "@CL"}) if found else frozenset()
