"""The story index in the store: loaded whole, saved by what changed, in one transaction.

Rows: one per indexed document (its signals, story and why it joined), one per story (its topic
and cached reasons), one per pair of linked topics (how many links join them). The posting
lists and document frequencies are rebuilt on load from the signals — cheaper than keeping
them in sync row by row.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, insert, select

from storyline.link.story_features import DocSignals, MainEvent
from storyline.link.story_index import Join, StoryIndex
from storyline.link.story_vectors import Centroid
from storyline.store import schema

SAVE_CHUNK = 500


def load_index(store: Any) -> StoryIndex:
    index = StoryIndex()
    d, g, t = schema.story_docs.c, schema.story_groups.c, schema.story_topic_links.c
    with store.engine.connect() as conn:
        for row in conn.execute(select(d.doc_id, d.seq, d.story, d.signals, d.joined).order_by(d.seq)):
            sig = _signals(row.doc_id, json.loads(row.signals))
            index.signals[row.doc_id] = sig
            index.seq[row.doc_id] = row.seq
            index._count(sig)
            index.dense.add(row.doc_id, sig.embedding, sig.lang)
            for f in sig.features:
                index.postings[f].append(row.doc_id)
            index.story_of[row.doc_id] = row.story
            index.members.setdefault(row.story, []).append(row.doc_id)
            if row.joined:
                index.joins[row.doc_id] = _join(json.loads(row.joined))
        index.next_seq = max(index.seq.values(), default=0)
        for row in conn.execute(select(g.story, g.topic, g.why)):
            if row.story not in index.members:
                continue  # a story row whose documents are gone: ignore it
            index.topic_of[row.story] = row.topic
            index.topic_stories.setdefault(row.topic, set()).add(row.story)
            if row.why:
                index.why[row.story] = json.loads(row.why)
        for row in conn.execute(select(t.topic_a, t.topic_b, t.links)):
            index.topic_links[row.topic_a][row.topic_b] = row.links
            index.topic_links[row.topic_b][row.topic_a] = row.links
    for story, docs in index.members.items():
        if story not in index.topic_of:  # a store written half-way: never leave a story topicless
            index.topic_of[story] = "t-" + story[2:]
            index.topic_stories.setdefault(index.topic_of[story], set()).add(story)
            index.changed_stories.add(story)
        docs.sort(key=index.seq.__getitem__)
        topic = index.topic_of[story]
        story_centroid = index.story_centroids[story] = Centroid()
        topic_centroid = index.topic_centroids.setdefault(topic, Centroid())
        for doc in docs:
            index._stretch(story, index.signals[doc].anchor)
            vec = index.vector(doc)
            lang = index.signals[doc].lang or "?"
            story_centroid.add(vec, lang)
            topic_centroid.add(vec, lang)
            index.dense.join(story, doc)
            index.dense.join(topic, doc)
        index.topic_size[topic] += len(docs)
    return index


def save_index(store: Any, index: StoryIndex) -> None:
    """Write what changed since the index was loaded (or last saved), then forget the changes."""
    docs = sorted(index.changed_docs & index.signals.keys())
    stories = sorted(index.changed_stories & index.members.keys())
    links = sorted(index.changed_links)
    retired = sorted(index.retired_stories - index.members.keys())
    d, g, t = schema.story_docs, schema.story_groups, schema.story_topic_links
    with store.engine.begin() as conn:
        for chunk in _chunks(docs):
            conn.execute(delete(d).where(d.c.doc_id.in_(chunk)))
            conn.execute(insert(d), [_doc_row(index, doc) for doc in chunk])
        for chunk in _chunks(retired + stories):
            conn.execute(delete(g).where(g.c.story.in_(chunk)))
        for chunk in _chunks(stories):
            conn.execute(insert(g), [
                {"story": s, "topic": index.topic_of[s], "why": json.dumps(index.reasons(s), ensure_ascii=False)}
                for s in chunk
            ])  # fmt: skip
        for a, b in links:
            conn.execute(delete(t).where(t.c.topic_a == a, t.c.topic_b == b))
            n = index.topic_links.get(a, {}).get(b, 0)
            if n:
                conn.execute(insert(t).values(topic_a=a, topic_b=b, links=n))
    index.changed_docs.clear()
    index.changed_stories.clear()
    index.changed_links.clear()
    index.retired_stories.clear()


def clear_index(store: Any) -> None:
    """Forget the stored index (a full rebuild follows)."""
    with store.engine.begin() as conn:
        for table in (schema.story_docs, schema.story_groups, schema.story_topic_links):
            conn.execute(delete(table))


def save_new_index(store: Any, index: StoryIndex) -> None:
    """Replace the stored index by one built in memory (a batch regrouping)."""
    clear_index(store)
    index.changed_docs |= set(index.signals)
    index.changed_stories |= set(index.members)
    index.changed_links |= {(min(a, b), max(a, b)) for a, others in index.topic_links.items() for b in others}
    save_index(store, index)


def _doc_row(index: StoryIndex, doc: str) -> dict[str, Any]:
    sig = index.signals[doc]
    join = index.joins.get(doc)
    signals = {
        "lang": sig.lang,
        "features": sig.features,
        "days": sig.days,
        "main": None
        if sig.main is None
        else [sig.main.type, sig.main.place, sig.main.day, sig.main.month_day],
        "anchor": sig.anchor,
        "embedding": sig.embedding,
    }
    joined = (
        None
        if join is None
        else {"via": join.via, "score": join.score, "shared": join.shared, "opened": join.opened}
    )
    return {
        "doc_id": doc,
        "seq": index.seq[doc],
        "story": index.story_of[doc],
        "signals": json.dumps(signals, ensure_ascii=False),
        "joined": json.dumps(joined, ensure_ascii=False) if joined else None,
    }


def _signals(doc: str, data: dict[str, Any]) -> DocSignals:
    main = data.get("main")
    return DocSignals(
        doc,
        data.get("lang"),
        {str(f): float(w) for f, w in data.get("features", {}).items()},
        [(int(a), int(b)) for a, b in data.get("days", [])],
        MainEvent(main[0], main[1], main[2], tuple(main[3]) if len(main) > 3 and main[3] else None)
        if main
        else None,
        data.get("anchor"),
        data.get("embedding"),
    )


def _join(data: dict[str, Any]) -> Join:
    return Join(data.get("via"), float(data.get("score", 0.0)), [(f, float(w)) for f, w in data.get("shared", [])],
                bool(data.get("opened")))  # fmt: skip


def _chunks(items: list[str]) -> list[list[str]]:
    return [items[i : i + SAVE_CHUNK] for i in range(0, len(items), SAVE_CHUNK)]
