"""The story index's tables as plain rows: read whole, written by what changed, in one transaction.

Rows: one per indexed document (its signals, story and why it joined), one per story (its topic
and cached reasons), one per pair of linked topics (how many links join them). The JSON columns
are decoded here, so callers see dicts and lists only; what the rows mean is the index's
business (``link.story_snapshot``), and moving them between the two is the workflow's.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, delete, insert, select

from storyline.store import schema

SAVE_CHUNK = 500


@dataclass
class StoryRows:
    """The stored index, or the changes to write. ``docs``: doc_id, seq, story, signals (dict),
    joined (dict or None); ``groups``: story, topic, why (list or None); ``links``: topic_a,
    topic_b, links (0: the pair is no longer linked). ``retired``: stories whose rows go."""

    docs: list[dict[str, Any]] = field(default_factory=list)
    groups: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)


def read_rows(engine: Engine) -> StoryRows:
    """Every row of the index, documents in the order they entered it."""
    out = StoryRows()
    d, g, t = schema.story_docs.c, schema.story_groups.c, schema.story_topic_links.c
    with engine.connect() as conn:
        for row in conn.execute(select(d.doc_id, d.seq, d.story, d.signals, d.joined).order_by(d.seq)):
            out.docs.append({"doc_id": row.doc_id, "seq": row.seq, "story": row.story,
                             "signals": json.loads(row.signals),
                             "joined": json.loads(row.joined) if row.joined else None})  # fmt: skip
        for row in conn.execute(select(g.story, g.topic, g.why)):
            out.groups.append({"story": row.story, "topic": row.topic,
                               "why": json.loads(row.why) if row.why else None})  # fmt: skip
        for row in conn.execute(select(t.topic_a, t.topic_b, t.links)):
            out.links.append({"topic_a": row.topic_a, "topic_b": row.topic_b, "links": row.links})
    return out


def write_changes(engine: Engine, changes: StoryRows) -> None:
    """Replace the rows of the changed documents, stories and topic pairs in one transaction."""
    d, g, t = schema.story_docs, schema.story_groups, schema.story_topic_links
    docs = sorted(changes.docs, key=lambda r: r["doc_id"])
    groups = sorted(changes.groups, key=lambda r: r["story"])
    with engine.begin() as conn:
        for chunk in _chunks(docs):
            conn.execute(delete(d).where(d.c.doc_id.in_([r["doc_id"] for r in chunk])))
            conn.execute(insert(d), [_doc_row(r) for r in chunk])
        for names in _chunks(sorted(changes.retired) + [r["story"] for r in groups]):
            conn.execute(delete(g).where(g.c.story.in_(names)))
        for chunk in _chunks(groups):
            conn.execute(insert(g), [
                {"story": r["story"], "topic": r["topic"], "why": json.dumps(r["why"], ensure_ascii=False)}
                for r in chunk
            ])  # fmt: skip
        for r in changes.links:
            conn.execute(delete(t).where(t.c.topic_a == r["topic_a"], t.c.topic_b == r["topic_b"]))
            if r["links"]:
                conn.execute(insert(t).values(topic_a=r["topic_a"], topic_b=r["topic_b"], links=r["links"]))


def clear(engine: Engine) -> None:
    """Forget the stored index (a full rebuild follows)."""
    with engine.begin() as conn:
        for table in (schema.story_docs, schema.story_groups, schema.story_topic_links):
            conn.execute(delete(table))


def _doc_row(r: dict[str, Any]) -> dict[str, Any]:
    return {"doc_id": r["doc_id"], "seq": r["seq"], "story": r["story"],
            "signals": json.dumps(r["signals"], ensure_ascii=False),
            "joined": json.dumps(r["joined"], ensure_ascii=False) if r["joined"] else None}  # fmt: skip


def _chunks(items: list[Any]) -> Iterator[list[Any]]:
    for i in range(0, len(items), SAVE_CHUNK):
        yield items[i : i + SAVE_CHUNK]
