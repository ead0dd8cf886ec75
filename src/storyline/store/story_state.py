"""The story index in the store: loaded whole or in part, saved by what changed, in one transaction.

Rows: one per indexed document (its signals, story and why it joined), one per story (its topic
and cached reasons), one per pair of linked topics (how many links join them); and, so that an
incremental ingest reads only what its documents touch (``open_index``, a ``PartialStoryIndex``),
one per feature (document frequency, languages), one per feature and document (the posting
lists) and one per document with a lead vector. ``load_index`` reads everything (a full relink,
tests, benchmarks); both kinds save the same way.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, or_, select

from storyline.link.story_embeddings import SCAN
from storyline.link.story_features import DocSignals, MainEvent
from storyline.link.story_index import Join, StoryIndex
from storyline.link.story_partial import PartialStoryIndex
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
    index.changed_features.clear()
    return index


def open_index(store: Any) -> PartialStoryIndex:
    """The stored index, to be loaded as far as the documents added to it reach."""
    return PartialStoryIndex(StoreLoader(store.engine), SCAN)


def save_index(store: Any, index: StoryIndex) -> None:
    """Write what changed since the index was loaded (or last saved), then forget the changes."""
    docs = sorted(index.changed_docs & index.signals.keys())
    stories = sorted(index.changed_stories & index.members.keys())
    links = sorted(index.changed_links)
    retired = sorted(index.retired_stories - index.members.keys())
    d, g, t = schema.story_docs, schema.story_groups, schema.story_topic_links
    features = sorted(index.changed_features)
    p, v, f = schema.story_postings, schema.story_vectors, schema.story_features
    with store.engine.begin() as conn:
        for chunk in _chunks(docs):
            conn.execute(delete(d).where(d.c.doc_id.in_(chunk)))
            conn.execute(insert(d), [_doc_row(index, doc) for doc in chunk])
            conn.execute(delete(p).where(p.c.doc_id.in_(chunk)))
            conn.execute(delete(v).where(v.c.doc_id.in_(chunk)))
            _insert(conn, p, [{"feature": feat, "doc_id": doc, "seq": index.seq[doc]}
                              for doc in chunk for feat in index.signals[doc].features])  # fmt: skip
            _insert(conn, v, [{"doc_id": doc, "seq": index.seq[doc], "lang": sig.lang, "vec": sig.embedding}
                              for doc in chunk if (sig := index.signals[doc]).embedding])  # fmt: skip
        for chunk in _chunks(features):
            conn.execute(delete(f).where(f.c.feature.in_(chunk)))
            _insert(conn, f, [_feature_row(feat, index.df[feat], index.lang_counts.get(feat, Counter()))
                              for feat in chunk if index.df.get(feat, 0) > 0])  # fmt: skip
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
    index.changed_features.clear()


def clear_index(store: Any) -> None:
    """Forget the stored index (a full rebuild follows)."""
    with store.engine.begin() as conn:
        for table in (schema.story_docs, schema.story_groups, schema.story_topic_links, *DERIVED):
            conn.execute(delete(table))


def save_new_index(store: Any, index: StoryIndex) -> None:
    """Replace the stored index by one built in memory (a batch regrouping)."""
    clear_index(store)
    index.changed_docs |= set(index.signals)
    index.changed_stories |= set(index.members)
    index.changed_links |= {(min(a, b), max(a, b)) for a, others in index.topic_links.items() for b in others}
    index.changed_features |= set(index.df)
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


# ---------------------------------------------------------------- the rows partial loading reads

DERIVED = (schema.story_features, schema.story_postings, schema.story_vectors)


def _insert(conn: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    for i in range(0, len(rows), SAVE_CHUNK):
        conn.execute(insert(table), rows[i : i + SAVE_CHUNK])


def _entity_of(feature: str) -> str | None:
    """The entity a feature names, as ``StoryIndex.rename_entities`` finds it."""
    if feature.startswith("e:"):
        return feature[2:]
    return feature.rsplit("@", 1)[1] if "@" in feature else None


def _feature_row(feature: str, df: int, langs: Counter[str]) -> dict[str, Any]:
    counts = {lang: n for lang, n in sorted(langs.items()) if n > 0}
    return {"feature": feature, "df": df, "langs": json.dumps(counts), "entity": _entity_of(feature)}


def backfill(conn: Any) -> None:
    """Fill the feature, posting and vector rows from story_docs (a store of schema 5 had none)."""
    for table in DERIVED:
        conn.execute(delete(table))
    d = schema.story_docs.c
    df: Counter[str] = Counter()
    langs: dict[str, Counter[str]] = defaultdict(Counter)
    postings: list[dict[str, Any]] = []
    vectors: list[dict[str, Any]] = []
    for row in conn.execute(select(d.doc_id, d.seq, d.signals).order_by(d.seq)):
        data = json.loads(row.signals)
        lang = data.get("lang") or "?"
        for feat in data.get("features", {}):
            df[feat] += 1
            langs[feat][lang] += 1
            postings.append({"feature": feat, "doc_id": row.doc_id, "seq": row.seq})
        if data.get("embedding"):
            vectors.append({"doc_id": row.doc_id, "seq": row.seq, "lang": data.get("lang"),
                            "vec": data["embedding"]})  # fmt: skip
        if len(postings) >= 50 * SAVE_CHUNK:
            _insert(conn, schema.story_postings, postings)
            _insert(conn, schema.story_vectors, vectors)
            postings, vectors = [], []
    _insert(conn, schema.story_postings, postings)
    _insert(conn, schema.story_vectors, vectors)
    _insert(conn, schema.story_features, [_feature_row(f, n, langs[f]) for f, n in sorted(df.items())])


@dataclass
class StoredDoc:
    doc_id: str
    seq: int
    story: str
    topic: str
    signals: DocSignals
    joined: Join | None


class StoreLoader:
    """The reads a ``PartialStoryIndex`` makes, each bounded by what it asks for."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine

    def _rows(self, query: Any) -> list[Any]:
        with self.engine.connect() as conn:
            return list(conn.execute(query))

    def count(self) -> int:
        return int(self._rows(select(func.count()).select_from(schema.story_docs))[0][0])

    def max_seq(self) -> int:
        return int(self._rows(select(func.max(schema.story_docs.c.seq)))[0][0] or 0)

    def recent_vectors(self, limit: int) -> list[tuple[str, str | None, str]]:
        v = schema.story_vectors.c
        rows = self._rows(select(v.doc_id, v.lang, v.vec).order_by(v.seq.desc()).limit(limit))
        return [(r.doc_id, r.lang, r.vec) for r in reversed(rows)]

    def features(self, features: list[str]) -> dict[str, tuple[int, dict[str, int]]]:
        f = schema.story_features.c
        out = {}
        for chunk in _chunks(features):
            for r in self._rows(select(f.feature, f.df, f.langs).where(f.feature.in_(chunk))):
                out[r.feature] = (int(r.df), {str(k): int(n) for k, n in json.loads(r.langs).items()})
        return out

    def posting_tail(self, feature: str, limit: int) -> list[str]:
        p = schema.story_postings.c
        query = select(p.doc_id).where(p.feature == feature).order_by(p.seq.desc()).limit(limit)
        return [r.doc_id for r in reversed(self._rows(query))]

    def posting_all(self, feature: str) -> list[str]:
        p = schema.story_postings.c
        return [r.doc_id for r in self._rows(select(p.doc_id).where(p.feature == feature).order_by(p.seq))]

    def entity_features(self, entity: str) -> list[str]:
        """Features naming the entity, in the order a whole load meets them (first holder first)."""
        f, p = schema.story_features.c, schema.story_postings.c
        names = [r.feature for r in self._rows(select(f.feature).where(f.entity == entity))]
        first = {}
        for chunk in _chunks(names):
            query = select(p.feature, func.min(p.seq).label("first")).where(p.feature.in_(chunk))
            first.update({r.feature: r.first for r in self._rows(query.group_by(p.feature))})
        return sorted((n for n in names if n in first), key=lambda n: (first[n], n))

    def _stored_docs(self, where: Any) -> list[StoredDoc]:
        d, g = schema.story_docs.c, schema.story_groups.c
        query = select(d.doc_id, d.seq, d.story, g.topic, d.signals, d.joined).join_from(
            schema.story_docs, schema.story_groups, d.story == g.story, isouter=True
        )
        return [
            StoredDoc(r.doc_id, r.seq, r.story, r.topic or "t-" + r.story[2:],  # topic-less: see load_index
                      _signals(r.doc_id, json.loads(r.signals)), _join(json.loads(r.joined)) if r.joined else None)
            for r in sorted(self._rows(query.where(where)), key=lambda r: r.seq)
        ]  # fmt: skip

    def docs(self, docs: list[str]) -> list[StoredDoc]:
        out = [
            row for chunk in _chunks(docs) for row in self._stored_docs(schema.story_docs.c.doc_id.in_(chunk))
        ]
        return sorted(out, key=lambda r: r.seq)

    def topic(self, topic: str) -> tuple[dict[str, Any], list[StoredDoc]]:
        """The topic's stories' cached reasons, and their documents oldest first."""
        g = schema.story_groups.c
        whys = {r.story: json.loads(r.why) if r.why else None
                for r in self._rows(select(g.story, g.why).where(g.topic == topic))}  # fmt: skip
        stories = list(whys)
        if topic.startswith("t-"):  # the story a topic-less story's made-up topic stands for
            stories.append("s-" + topic[2:])
        rows: list[StoredDoc] = []
        for chunk in _chunks(sorted(set(stories))):
            rows += self._stored_docs(schema.story_docs.c.story.in_(chunk))
        # a made-up topic holds only its topic-less story; a story with a row is in its own topic
        rows = [r for r in rows if r.topic == topic]
        rows.sort(key=lambda r: r.seq)
        return whys, rows

    def topic_size(self, topic: str) -> int:
        d, g = schema.story_docs.c, schema.story_groups.c
        query = (
            select(func.count()).select_from(schema.story_docs).join(schema.story_groups, d.story == g.story)
        )
        size = int(self._rows(query.where(g.topic == topic))[0][0])
        if not size and topic.startswith("t-"):  # a topic-less story's made-up topic
            size = len(self.topic(topic)[1])
        return size

    def topic_links(self, topic: str) -> dict[str, int]:
        t = schema.story_topic_links.c
        query = select(t.topic_a, t.topic_b, t.links).where(or_(t.topic_a == topic, t.topic_b == topic))
        return {(r.topic_b if r.topic_a == topic else r.topic_a): r.links for r in self._rows(query)}

    def existing(self, docs: list[str]) -> set[str]:
        d = schema.story_docs.c
        return {
            r.doc_id
            for chunk in _chunks(docs)
            for r in self._rows(select(d.doc_id).where(d.doc_id.in_(chunk)))
        }


# ---------------------------------------------------------------- documents around a batch


def analysed_among(store: Any, ids: Iterable[str]) -> list[str]:
    """Which of these documents have an analysis, in ingestion order."""
    d, a = schema.documents.c, schema.analyses.c
    found: list[tuple[int, str]] = []
    with store.engine.connect() as conn:
        for chunk in _chunks(sorted(set(ids))):
            query = select(d.id, d.seq).join_from(schema.documents, schema.analyses, d.id == a.doc_id)
            found += [(r.seq, r.id) for r in conn.execute(query.where(d.id.in_(chunk)))]
    return [doc for _seq, doc in sorted(found)]


def originals_of(store: Any, ids: Iterable[str]) -> dict[str, str]:
    """Each of these documents that is a duplicate → the document it finally repeats (a store
    written before chains were resolved at ingest may hold a copy of a copy)."""
    d = schema.documents.c
    of: dict[str, str] = {}
    ask = sorted(set(ids))
    with store.engine.connect() as conn:
        while ask:
            found = {r.id: r.duplicate_of for chunk in _chunks(ask)
                     for r in conn.execute(select(d.id, d.duplicate_of).where(d.id.in_(chunk)))
                     if r.duplicate_of}  # fmt: skip
            of.update(found)
            ask = sorted({o for o in found.values() if o not in of})
    out = {}
    for doc in set(ids) & of.keys():
        root, seen = of[doc], {doc}
        while root in of and root not in seen:
            seen.add(root)
            root = of[root]
        out[doc] = root
    return out


def duplicates_of(store: Any, ids: Iterable[str]) -> dict[str, list[str]]:
    """Document → the duplicates that finally repeat it, copies of copies included."""
    d = schema.documents.c
    root = {doc: doc for doc in ids}
    found: dict[str, list[tuple[int, str]]] = {}
    ask = sorted(root)
    with store.engine.connect() as conn:
        while ask:
            query = select(d.seq, d.id, d.duplicate_of)
            rows = [(r.seq, r.id, r.duplicate_of) for chunk in _chunks(ask)
                    for r in conn.execute(query.where(d.duplicate_of.in_(chunk)))]  # fmt: skip
            ask = []
            for seq, dup, of in sorted(rows):
                if dup in root:
                    continue
                root[dup] = root[of]
                found.setdefault(root[of], []).append((seq, dup))
                ask.append(dup)
    return {doc: [dup for _seq, dup in sorted(dups)] for doc, dups in found.items()}  # in ingestion order
