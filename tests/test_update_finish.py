"""Finishing after an incremental ingest: the touched stories are finished again from their
documents, and what the store then holds for each story is what a full relink of the same
documents holds (the same events, figures, quotes, claims and conflicts, the same title)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from storyline.api import Store
from storyline.serde import to_dict
from test_stories import ARTICLES, MURMANSK, THEATRE

KINDS = ("events", "figures", "claims", "quotes", "conflicts")


def _by_story(store: Store) -> dict[frozenset[str], dict[str, Any]]:
    """Each story's items, keyed by its documents (story ids may differ between the two paths)."""
    dossier = store.load_dossier()
    docs_of = {s.id: frozenset(s.documents) for s in dossier.stories}
    out: dict[frozenset[str], dict[str, Any]] = {
        docs: {"title": s.title, **{k: [] for k in KINDS}}
        for s in dossier.stories
        for docs in [docs_of[s.id]]
    }
    for kind in KINDS:
        for item in getattr(dossier, kind):
            data = to_dict(item)
            story = data.pop("story", None)
            docs = (
                docs_of.get(story)
                if story
                else next(
                    (d for d in docs_of.values() if any(sp.get("doc") in d for sp in _spans(data))), None
                )
            )
            if docs is not None:
                out[docs][kind].append(data)
    for items in out.values():
        for kind in KINDS:
            items[kind].sort(key=lambda d: str(d.get("id")))
    return out


def _spans(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, dict):
        here = [data] if {"doc", "start", "end"} <= data.keys() else []
        return here + [s for v in data.values() for s in _spans(v)]
    if isinstance(data, list):
        return [s for v in data for s in _spans(v)]
    return []


def test_an_incremental_ingest_finishes_stories_as_a_full_relink(tmp_path: Path) -> None:
    first, late = tmp_path / "first", tmp_path / "late"
    first.mkdir()
    late.mkdir()
    for name, text in ARTICLES.items():
        early = name in THEATRE or name == "yerevan_en.txt" or name == "murmansk_en.txt"
        (first if early else late).joinpath(name).write_text(text, "utf-8")
    store = Store(tmp_path / "inc.db")
    store.ingest([first])
    before = _by_story(store)
    store.ingest([late])  # grows the Yerevan and Murmansk stories: they are finished again
    incremental = _by_story(store)
    store.link()  # the same store relinked: every story regrouped and finished from scratch
    full = _by_story(store)
    assert incremental.keys() == full.keys()
    assert incremental == full
    grown = [docs for docs in incremental if docs not in before]
    assert len(grown) >= 2 and any(len(docs) >= len(MURMANSK) for docs in grown)
    assert any(items["events"] and items["figures"] for items in incremental.values())
