"""Finishing after an incremental ingest: the touched stories are finished again from their
documents, and what the store then holds for each story is what a full relink of the same
documents holds (the same events, figures, quotes, claims and conflicts, the same title)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from storyline.api import Store
from storyline.link.entities import build_entities
from storyline.serde import to_dict
from storyline.store import entity_state, schema
from storyline.workflow import entities as entity_flow
from storyline.workflow import stories as story_flow
from storyline.workflow import update
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


def _linked_rows(store: Store) -> list[tuple[str, str, str | None, int, str]]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(schema.linked.c.kind, schema.linked.c.id, schema.linked.c.story,
                                   schema.linked.c.pos, schema.linked.c.data))  # fmt: skip
        return sorted(tuple(r) for r in rows)


def test_finishing_document_by_document_stores_what_a_whole_finish_stores(tmp_path: Path) -> None:
    """Each article an ingest of its own: every story is finished again as it grows and only the
    rows that changed are written. The linked rows left behind are, to the byte (story, position,
    data), those of finishing every story once into an empty table."""
    store = Store(tmp_path / "one.db")
    for n, (name, text) in enumerate(sorted(ARTICLES.items())):
        folder = tmp_path / f"batch{n}"
        folder.mkdir()
        (folder / name).write_text(text, "utf-8")
        store.ingest([folder])
    incremental = _linked_rows(store)
    assert {r[0] for r in incremental} >= {"stories", "events", "figures", "published"}
    with store.engine.begin() as conn:
        conn.execute(delete(schema.linked))
    sids = sorted(r[1] for r in incremental if r[0] == "stories")
    assert len(sids) >= 3
    index = story_flow.open_index(store)
    index.need_summaries(sids)
    update._finish(store, index, set(sids), store.corrections(), None)
    assert _linked_rows(store) == incremental


def test_kept_entity_names_name_entities_as_the_name_tables_do(tmp_path: Path) -> None:
    """Finishing names a story's entities by the names kept beside their records; building them
    without those names gives the same entities."""
    store = Store(tmp_path / "names.db")
    folder = tmp_path / "all"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, "utf-8")
    store.ingest([folder])
    docs = [d.id for d in store.documents()]
    ctx = update._context(store, docs, store.corrections())
    records = entity_flow.records(store, set(ctx.mention_entity.values()))
    mentions = {k: ctx.analyses[k[0]].mentions[k[1]] for k in ctx.mention_entity}
    named = build_entities(ctx.mention_entity, mentions, records, lambda k: ctx.documents[k[0]].text)
    assert len(ctx.entities) >= 5
    assert [to_dict(e) for e in ctx.entities] == [to_dict(e) for e in named]
    kept = update._kept_names(entity_state.read_records(store.engine, set(records)), records)
    assert len(kept) >= len(records) // 2  # the kept names were used, not just computed again
