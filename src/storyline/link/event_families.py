"""The families of event types that are facets of one happening (``lang/events/families.toml``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


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
