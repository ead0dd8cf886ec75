"""Wrong merges and display names of audit round 25 and web pages round 2 (invented names and
sentences; issue 16): a subsidiary shown by its parent's name; a Greek display read with the
digraphs' standard values (in test_names); bare surnames joined to other people's full names."""

from __future__ import annotations

from collections import Counter

import pytest

from storyline.link import entities as linking
from storyline.link.entities import record_name
from storyline.link.entity_index import EntityRecord


def test_a_subsidiary_is_not_shown_by_its_parents_learned_name(monkeypatch: pytest.MonkeyPatch) -> None:
    def table(_etype: str, name: str, _lang: str) -> str | None:
        return "ORG-Baltoria" if name.startswith(("Baltoria", "Балтория")) else None

    monkeypatch.setattr(linking.ner, "alias_table", lambda: table)

    def shown(name: str) -> str:
        record = EntityRecord("e-1", 0, Counter({"ORG": 3}), {"ru": Counter({name: 3})})
        return record_name(record)

    assert shown("Балтория Газ Трейдинг энд Финанс Б.В.").startswith("Baltoriya Gaz")
    assert shown("Балтория") == "Baltoria"  # the parent's own name goes by its id
