"""The families of event types that are facets of one happening (``lang/events/families.toml``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Protocol


@dataclass(frozen=True)
class Family:
    types: tuple[str, ...]  # the head first, then facets in the order they name a happening

    @property
    def head(self) -> str:
        return self.types[0]

    def rank(self, kind: str) -> int:
        return self.types.index(kind) if kind in self.types else len(self.types)


@cache
def families() -> tuple[Family, ...]:
    path = resources.files("storyline") / "lang" / "events" / "families.toml"
    data = tomllib.loads(path.read_text("utf-8"))
    return tuple(Family(tuple(f["types"])) for f in data.get("family", []) if f.get("types"))


def facets(a: str, b: str) -> bool:
    """Are two kinds of happening facets of one (two of one family, or one kind of a family): a
    dam's breach and its flood, a plane's shoot-down and its crash may be one happening told two
    ways. A kind of no family (an election, a statement) has no facets."""
    return any(a in f.types and b in f.types for f in families())


class _Told(Protocol):
    """A cluster of event mentions as ``link.events`` keeps it."""

    items: list[Any]

    def docs(self) -> set[str]: ...

    def participants(self) -> set[str]: ...

    def places(self) -> set[str]: ...


def told_apart(host: _Told, other: _Told) -> bool:
    """Does the text keep two kinds of happening of one family apart? An article that tells a
    crash with no place, and also a fire it places ("6 dead as a seaplane crashes into a river …
    in the city today also a fire and explosions on a fireworks barge"), never naming the two in one
    sentence ("crashed and burst into flames", "the explosion started a fire") nor giving them a
    party in common, tells two happenings, however close their days. Reports from different
    articles are not told apart by that (each may tell one facet), nor is a facet with no place of
    its own, or one at the host's place."""
    places = other.places()
    if not places or host.places() & places or not host.docs() & other.docs():
        return False
    if host.participants() & other.participants():
        return False
    sentences = {(i.doc, i.mention.sent_start) for i in host.items}
    return not any((i.doc, i.mention.sent_start) in sentences for i in other.items)
