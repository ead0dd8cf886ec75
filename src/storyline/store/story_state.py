"""The story index's tables as plain rows: read whole, written by what changed, in one transaction.

Rows: one per indexed document (its signals, story and why it joined), one per story (its topic
and cached reasons), one per pair of linked topics (how many links join them). The JSON columns
are decoded here, so callers see dicts and lists only; what the rows mean is the index's
business (``link.story_snapshot``), and moving them between the two is the workflow's.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, bindparam, case, delete, func, insert, select, update

from storyline.feature_keys import entity_of
from storyline.store import fastjson, schema
from storyline.store.fastjson import loads
from storyline.story_tally import apply_changes, ranked

SAVE_CHUNK = 500


@dataclass
class StoryRows:
    """The stored index, or the changes to write. ``docs``: doc_id, seq, story, signals (dict),
    joined (dict or None); ``groups``: story, topic, why (list or None); ``links``: topic_a,
    topic_b, links (0: the pair is no longer linked). ``retired``: stories whose rows go."""

    docs: list[dict[str, Any]] = field(default_factory=list)
    # documents that only changed story (doc_id, story), and topics merged in order (gone, keep):
    # relabelled in place, so a merge rewrites no signals, postings or vectors
    moved: list[dict[str, Any]] = field(default_factory=list)
    topic_moves: list[dict[str, Any]] = field(default_factory=list)
    # stories merged in order (gone, keep): their stored documents' story column is relabelled
    story_moves: list[dict[str, Any]] = field(default_factory=list)
    groups: list[dict[str, Any]] = field(default_factory=list)
    # the changed stories' sums (story, size, first_seq, data dict), written whole
    summaries: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    # what a partial load reads: the changed documents' postings (feature, doc_id, seq) and lead
    # vectors (doc_id, seq, lang, vec), and the rows of the features whose counts changed
    # (feature, df, langs, entity; a changed feature without a row is deleted)
    postings: list[dict[str, Any]] = field(default_factory=list)
    # the changed documents' stored posting rows to delete: by key (feature, doc_id) where the
    # index knows them, else every row of the document (``postings_unknown``: a scan of the table)
    postings_gone: list[dict[str, Any]] = field(default_factory=list)
    postings_unknown: list[str] | None = None  # None: every changed document's
    vectors: list[dict[str, Any]] = field(default_factory=list)
    features: list[dict[str, Any]] = field(default_factory=list)
    features_changed: list[str] = field(default_factory=list)
    # topic centroids (topic, vec dict, norm2, langs dict) written whole, and topics whose row goes
    topics: list[dict[str, Any]] = field(default_factory=list)
    topics_retired: list[str] = field(default_factory=list)
    # stories whose counts only were refreshed (their summary not read): story, why (their
    # reasons now), ranked and changes (``story_tally``), written into their groups and tally rows
    tallies: list[dict[str, Any]] = field(default_factory=list)


def read_rows(engine: Engine) -> StoryRows:
    """Every row of the index, documents in the order they entered it."""
    out = StoryRows()
    d, g, t = schema.story_docs.c, schema.story_groups.c, schema.story_topic_links.c
    with engine.connect() as conn:
        for row in conn.execute(select(d.doc_id, d.seq, d.story, d.signals, d.joined).order_by(d.seq)):
            out.docs.append({"doc_id": row.doc_id, "seq": row.seq, "story": row.story,
                             "signals": loads(row.signals),
                             "joined": loads(row.joined) if row.joined else None})  # fmt: skip
        for row in conn.execute(select(g.story, g.topic, g.why)):
            out.groups.append({"story": row.story, "topic": row.topic,
                               "why": loads(row.why) if row.why else None})  # fmt: skip
        for row in conn.execute(select(t.topic_a, t.topic_b, t.links)):
            out.links.append({"topic_a": row.topic_a, "topic_b": row.topic_b, "links": row.links})
        c = schema.story_topic_centroids.c
        for row in conn.execute(select(c.topic, c.vec, c.norm2, c.langs)):
            out.topics.append(_centroid_of(row))
        s, k = schema.story_summaries.c, schema.story_tallies.c
        changes = {
            r.story: loads(r.changes)
            for r in conn.execute(select(k.story, k.changes).where(k.changes.is_not(None)))
        }
        for row in conn.execute(select(s.story, s.size, s.first_seq, s.data)):
            out.summaries.append(_summary_of(row, changes.get(row.story)))
    return out


def _summary_of(row: Any, changes: dict[str, Any] | None = None) -> dict[str, Any]:
    """A stored summary row (story, size, first_seq, data, in that order) decoded, with the
    changes its tally holds (refreshes since it was written) applied."""
    story, size, first_seq, data = row[:4]
    return {
        "story": story,
        "size": int(size),
        "first_seq": first_seq,
        "data": apply_changes(loads(data), changes),
    }


def _tally_row(story: str, size: int, data: dict[str, Any]) -> dict[str, Any]:
    """The tally a summary row is written with: its heaviest centroid features with their counts
    (``story_tally.ranked``), no changes since."""
    vec = data.get("vec", {})
    return {"story": story, "size": size, "fresh": int(data.get("fresh", 0)), "features": len(vec),
            "ranked": json.dumps(ranked(vec, data.get("held", {}), size), ensure_ascii=False), "changes": None}  # fmt: skip


def _write_summaries(conn: Any, summaries: list[dict[str, Any]]) -> None:
    """Summary rows (decoded) and their tallies, into tables cleared of them."""
    rows = sorted(summaries, key=lambda r: r["story"])
    _insert(conn, schema.story_summaries, [
        {"story": r["story"], "size": r["size"], "first_seq": r["first_seq"],
         "data": summary_text(r["data"])} for r in rows
    ])  # fmt: skip
    _insert(conn, schema.story_tallies, [_tally_row(r["story"], r["size"], r["data"]) for r in rows])


def _centroid_of(row: Any) -> dict[str, Any]:
    """A stored centroid row (topic, vec, norm2, langs, in that order) decoded."""
    topic, vec, norm2, langs = row
    return {"topic": topic, "vec": loads(vec), "norm2": float(norm2), "langs": loads(langs)}


def write_changes(engine: Engine, changes: StoryRows) -> None:
    """Replace the rows of the changed documents, stories and topic pairs in one transaction."""
    d, g, t = schema.story_docs, schema.story_groups, schema.story_topic_links
    docs = sorted(changes.docs, key=lambda r: r["doc_id"])
    groups = sorted(changes.groups, key=lambda r: r["story"])
    with engine.begin() as conn:
        for chunk in _chunks(docs):
            ids = [r["doc_id"] for r in chunk]
            conn.execute(delete(d).where(d.c.doc_id.in_(ids)))
            conn.execute(insert(d), [_doc_row(r) for r in chunk])
            conn.execute(delete(schema.story_vectors).where(schema.story_vectors.c.doc_id.in_(ids)))
        p = schema.story_postings
        unknown = (
            [r["doc_id"] for r in docs]
            if changes.postings_unknown is None
            else sorted(changes.postings_unknown)
        )
        for ids in _chunks(unknown):
            conn.execute(delete(p).where(p.c.doc_id.in_(ids)))
        gone = sorted(changes.postings_gone, key=lambda r: (r["feature"], r["doc_id"]))
        if gone:  # by the primary key, one statement run for each row
            key = delete(p).where(p.c.feature == bindparam("f"), p.c.doc_id == bindparam("d"))
            conn.execute(key, [{"f": r["feature"], "d": r["doc_id"]} for r in gone])
        # in key order: the rows of one feature land on the same pages of both of the table's
        # B-trees (7 million rows at 100k documents), where document order touched each page anew
        _insert(
            conn, schema.story_postings, sorted(changes.postings, key=lambda r: (r["feature"], r["doc_id"]))
        )
        _insert(conn, schema.story_vectors, changes.vectors)
        by_story: dict[str, list[str]] = defaultdict(list)
        for r in changes.moved:
            by_story[r["story"]].append(r["doc_id"])
        for story, ids in sorted(by_story.items()):
            for chunk in _chunks(sorted(ids)):
                conn.execute(update(d).where(d.c.doc_id.in_(chunk)).values(story=story))
        # one statement run for each merge, in the order they merged (a → b, then b → c): a batch
        # at 100k documents merges some 250 topics and 100 stories
        if changes.story_moves:
            relabel = update(d).where(d.c.story == bindparam("gone")).values(story=bindparam("keep"))
            conn.execute(relabel, [{"gone": m["gone"], "keep": m["keep"]} for m in changes.story_moves])
        _relabel_topics(conn, changes.topic_moves)
        f = schema.story_features
        for names in _chunks(sorted(changes.features_changed)):
            conn.execute(delete(f).where(f.c.feature.in_(names)))
        _insert(conn, f, [{**r, "langs": json.dumps(r["langs"])} for r in changes.features])
        summaries = sorted(changes.summaries, key=lambda r: r["story"])
        s = schema.story_summaries
        for names in _chunks(sorted(changes.retired) + [r["story"] for r in groups]):
            conn.execute(delete(g).where(g.c.story.in_(names)))
        for names in _chunks(sorted(changes.retired) + [r["story"] for r in summaries]):
            conn.execute(delete(s).where(s.c.story.in_(names)))
            conn.execute(delete(schema.story_tallies).where(schema.story_tallies.c.story.in_(names)))
        _write_summaries(conn, summaries)
        for chunk in _chunks(groups):
            conn.execute(insert(g), [
                {"story": r["story"], "topic": r["topic"], "why": json.dumps(r["why"], ensure_ascii=False)}
                for r in chunk
            ])  # fmt: skip
        # a merge changes every pair its topics had: deleted by their key, one statement run for
        # all (``(topic_a, topic_b) IN (VALUES …)`` scanned the table once per chunk)
        pairs = sorted({(r["topic_a"], r["topic_b"]) for r in changes.links})
        if pairs:
            key = delete(t).where(t.c.topic_a == bindparam("a"), t.c.topic_b == bindparam("b"))
            conn.execute(key, [{"a": a, "b": b} for a, b in pairs])
        last = {(r["topic_a"], r["topic_b"]): r["links"] for r in changes.links}
        _insert(
            conn, t, [{"topic_a": a, "topic_b": b, "links": n} for (a, b), n in sorted(last.items()) if n]
        )
        _write_centroids(conn, changes.topics, changes.topics_retired)
        _write_tallies(conn, changes.tallies)


def _write_tallies(conn: Any, tallies: list[dict[str, Any]]) -> None:
    """Stories whose counts only were refreshed: their reasons and tally, each row by its key
    (the topic a story is filed under is relabelled apart, by ``_relabel_topics``)."""
    rows = sorted(tallies, key=lambda r: r["story"])
    if not rows:
        return
    g, k = schema.story_groups, schema.story_tallies
    why = update(g).where(g.c.story == bindparam("s")).values(why=bindparam("w"))
    conn.execute(why, [{"s": r["story"], "w": json.dumps(r["why"], ensure_ascii=False)} for r in rows])
    tally = update(k).where(k.c.story == bindparam("s")).values(ranked=bindparam("r"), changes=bindparam("c"))
    conn.execute(tally, [
        {"s": r["story"], "r": json.dumps(r["ranked"], ensure_ascii=False),
         "c": json.dumps(r["changes"], ensure_ascii=False)} for r in rows
    ])  # fmt: skip


def summary_text(data: dict[str, Any]) -> str:
    """A story summary's ``data`` as stored: by orjson (``fastjson.dumps``: the values
    ``json.dumps`` writes, not its bytes), which at 100k documents took the encoding of the
    batch's 909 summaries from 2.4 s to a tenth of it — most of them stories whose documents only
    had an entity renamed, rewritten for their features held. A centroid with a value NaN or
    infinite (never made on purpose) is written as the standard library writes it."""
    if fastjson.finite(data.get("vec", {}).values()):
        return fastjson.dumps(data)
    return json.dumps(data, ensure_ascii=False)


RELABEL_AT_ONCE = 2000  # topics relabelled by one statement (two parameters each)


def final_topics(moves: list[dict[str, Any]]) -> dict[str, str]:
    """Stored topic → the topic its stories bear after the merges (gone → keep) in order, for
    the topics that change: what relabelling after each merge in turn leaves (a → b then b → c
    takes a's stories to c; a → b then b → a leaves them at a)."""
    now: dict[str, str] = {}
    held: dict[str, set[str]] = defaultdict(set)  # topic → the stored topics whose stories it holds
    for m in moves:
        gone, keep = m["gone"], m["keep"]
        if gone == keep:
            continue
        moving = held.pop(gone, set()) | ({gone} if gone not in now else set())
        for origin in moving:
            now[origin] = keep
        held[keep] |= moving
    return {origin: topic for origin, topic in now.items() if origin != topic}


def _relabel_topics(conn: Any, moves: list[dict[str, Any]]) -> None:
    """Relabel the stored stories of merged topics, each story once, to the topic it ends in.
    Relabelling after each merge in turn moved a story once per merge down a chain: 27,025 row
    updates for 1,062 stories at 100k documents (255 merges, the `same` copies merging into
    ever bigger topics), each also moving an entry of the topic index."""
    final = final_topics(moves)
    if not final:
        return
    g = schema.story_groups
    if len(final) <= RELABEL_AT_ONCE:
        # one statement: every row is relabelled from its stored topic (a story relabelled into a
        # topic that is itself relabelled is not moved again)
        conn.execute(update(g).where(g.c.topic.in_(sorted(final))).values(topic=case(final, value=g.c.topic)))
        return
    relabel = update(g).where(g.c.topic == bindparam("gone")).values(topic=bindparam("keep"))
    conn.execute(relabel, [{"gone": m["gone"], "keep": m["keep"]} for m in moves])


def _write_centroids(conn: Any, topics: list[dict[str, Any]], retired: Iterable[str] = ()) -> None:
    c = schema.story_topic_centroids
    rows = sorted(topics, key=lambda r: r["topic"])
    for names in _chunks(sorted({*retired, *(r["topic"] for r in rows)})):
        conn.execute(delete(c).where(c.c.topic.in_(names)))
    _insert(conn, c, [
        {"topic": r["topic"], "vec": json.dumps(r["vec"], ensure_ascii=False), "norm2": r["norm2"],
         "langs": json.dumps(r["langs"], ensure_ascii=False)} for r in rows
    ])  # fmt: skip


# ---------------------------------------------------------------- topic centroids owed

CENTROIDS_OWED = "story_centroids_owed"  # meta key: the stored index's topic centroids are not written
SUMMARIES_OWED = "story_summaries_owed"  # meta key: … nor its story summaries


def owe_centroids(conn: Any) -> None:
    """Mark the topic centroids as owed (a store from before schema 7, or derived rows rebuilt
    from story_docs): the first incremental link computes them all (``workflow.stories``)."""
    conn.execute(delete(schema.story_topic_centroids))
    conn.execute(delete(schema.meta).where(schema.meta.c.key == CENTROIDS_OWED))
    if conn.execute(select(schema.story_docs.c.doc_id).limit(1)).first() is not None:
        conn.execute(insert(schema.meta).values(key=CENTROIDS_OWED, value="1"))


def owe_summaries(conn: Any) -> None:
    """Mark the story summaries as owed (a store from before schema 8, or derived rows rebuilt):
    like the topic centroids, the first incremental link computes them all."""
    conn.execute(delete(schema.story_summaries))
    conn.execute(delete(schema.story_tallies))
    conn.execute(delete(schema.meta).where(schema.meta.c.key == SUMMARIES_OWED))
    if conn.execute(select(schema.story_docs.c.doc_id).limit(1)).first() is not None:
        conn.execute(insert(schema.meta).values(key=SUMMARIES_OWED, value="1"))


def backfill_tallies(conn: Any) -> None:
    """A tally for every stored summary (a store from before schema 11): read in turn, their
    changes none (about ten seconds per 10,000 summaries of merged stories)."""
    s = schema.story_summaries.c
    conn.execute(delete(schema.story_tallies))
    stories = [r.story for r in conn.execute(select(s.story).order_by(s.story))]
    for chunk in _chunks(stories):
        rows = conn.execute(select(s.story, s.size, s.data).where(s.story.in_(chunk))).all()
        _insert(conn, schema.story_tallies, [_tally_row(r.story, int(r.size), loads(r.data)) for r in rows])


def centroids_owed(engine: Engine) -> bool:
    """Does the store owe its topic centroids or its story summaries?"""
    m = schema.meta.c
    with engine.connect() as conn:
        query = select(m.value).where(m.key.in_([CENTROIDS_OWED, SUMMARIES_OWED]))
        return conn.execute(query).first() is not None


def pay_centroids(engine: Engine, topics: list[dict[str, Any]], summaries: list[dict[str, Any]]) -> None:
    """Write every topic's centroid and every story's summary (those owed; those stored again as
    they were read) and clear the marks, in one transaction."""
    with engine.begin() as conn:
        conn.execute(delete(schema.story_topic_centroids))
        _write_centroids(conn, topics)
        conn.execute(delete(schema.story_summaries))
        conn.execute(delete(schema.story_tallies))
        _write_summaries(conn, summaries)
        conn.execute(delete(schema.meta).where(schema.meta.c.key.in_([CENTROIDS_OWED, SUMMARIES_OWED])))


def clear(engine: Engine) -> None:
    """Forget the stored index (a full rebuild follows)."""
    with engine.begin() as conn:
        for table in (schema.story_docs, schema.story_groups, schema.story_topic_links, *DERIVED,
                      schema.story_topic_centroids, schema.story_summaries, schema.story_tallies):  # fmt: skip
            conn.execute(delete(table))
        conn.execute(delete(schema.meta).where(schema.meta.c.key.in_([CENTROIDS_OWED, SUMMARIES_OWED])))


def _doc_row(r: dict[str, Any]) -> dict[str, Any]:
    return {"doc_id": r["doc_id"], "seq": r["seq"], "story": r["story"],
            "signals": json.dumps(r["signals"], ensure_ascii=False),
            "joined": json.dumps(r["joined"], ensure_ascii=False) if r["joined"] else None}  # fmt: skip


def _chunks(items: list[Any]) -> Iterator[list[Any]]:
    for i in range(0, len(items), SAVE_CHUNK):
        yield items[i : i + SAVE_CHUNK]


# ---------------------------------------------------------------- the rows partial loading reads

DERIVED = (schema.story_features, schema.story_postings, schema.story_vectors)


def _insert(conn: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    for chunk in _chunks(rows):
        conn.execute(insert(table), chunk)


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
    rows = [{"feature": f, "df": n, "entity": entity_of(f),
             "langs": json.dumps({k: c for k, c in sorted(langs[f].items()) if c > 0})}
            for f, n in sorted(df.items())]  # fmt: skip
    _insert(conn, schema.story_features, rows)
    owe_centroids(conn)  # sums over the documents' vectors: the index's arithmetic computes them
    owe_summaries(conn)


# a topic's stored documents: what its size and age are counted over
_TOPIC_DOCS = (
    "FROM story_docs JOIN story_groups ON story_docs.story = story_groups.story WHERE story_groups.topic = {}"
)


class RowReader:
    """The reads a partial story index makes, each bounded by what it asks for; documents come
    back as plain rows (doc_id, seq, story, topic, signals dict, joined dict or None)."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine

    def _rows(self, query: Any) -> list[Any]:
        with self.engine.connect() as conn:
            # ``all``: one fetchall, where iterating fetches the rows one by one
            return list(conn.execute(query).all())

    def _driver_rows(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        """One small statement through the driver's own cursor (``{}``: its placeholder): a
        topic merge asks a handful of one-row questions of each topic (its size, age, links,
        story ids, centroid) — some 2,500 statements a batch at 100k documents — and SQLAlchemy's
        execution cost three times the SQL itself per statement."""
        mark = "?" if self.engine.dialect.paramstyle == "qmark" else "%s"
        with self.engine.connect() as conn:
            cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
            try:
                cursor.execute(sql.replace("{}", mark), params)
                return list(cursor.fetchall())
            finally:
                cursor.close()

    def _driver_in(self, sql: str, keys: Iterable[str]) -> list[tuple[Any, ...]]:
        """``sql`` with ``IN ({})`` run over the keys in chunks, through the driver's cursor: a
        batch at 100k documents asks some 23,000 features, 6,000 documents and 700 summaries by
        key, and SQLAlchemy's coercion of each IN list cost more than the SQL (0.43 s of the
        feature reads alone)."""
        rows: list[tuple[Any, ...]] = []
        for chunk in _chunks(list(keys)):
            rows += self._driver_rows(sql.replace("{}", ", ".join("{}" for _ in chunk)), tuple(chunk))
        return rows

    def count(self) -> int:
        return int(self._rows(select(func.count()).select_from(schema.story_docs))[0][0])

    def max_seq(self) -> int:
        return int(self._rows(select(func.max(schema.story_docs.c.seq)))[0][0] or 0)

    def recent_vectors(self, limit: int) -> list[tuple[str, str | None, str]]:
        v = schema.story_vectors.c
        rows = self._rows(select(v.doc_id, v.lang, v.vec).order_by(v.seq.desc()).limit(limit))
        return [(r.doc_id, r.lang, r.vec) for r in reversed(rows)]

    def features(self, features: list[str]) -> dict[str, tuple[int, dict[str, int]]]:
        sql = "SELECT feature, df, langs FROM story_features WHERE feature IN ({})"
        return {
            feature: (int(df), {str(k): int(n) for k, n in loads(langs).items()})
            for feature, df, langs in self._driver_in(sql, features)
        }

    def posting_tail(self, feature: str, limit: int) -> list[str]:
        """The ``limit`` most recent documents holding the feature, oldest first."""
        return self.posting_tails([feature], limit)[feature]

    def posting_tails(self, features: list[str], limit: int) -> dict[str, list[str]]:
        """``posting_tail`` of each feature, through one connection and the driver's own cursor: a
        batch reads some 1,500 tails of up to 350 rows at 100k documents, and a SQLAlchemy row
        per posting cost twice the CPU of the read itself (the statement is the same on both
        backends but for the driver's placeholder)."""
        p = schema.story_postings
        mark = "?" if self.engine.dialect.paramstyle == "qmark" else "%s"
        sql = (f"SELECT {p.c.doc_id.name} FROM {p.name} WHERE {p.c.feature.name} = {mark} "
               f"ORDER BY {p.c.seq.name} DESC LIMIT {int(limit)}")  # fmt: skip
        with self.engine.connect() as conn:
            cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
            try:
                found = {}
                for f in features:
                    cursor.execute(sql, (f,))
                    found[f] = [d for (d,) in cursor.fetchall()][::-1]
                return found
            finally:
                cursor.close()

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

    def entity_feature_names(self) -> list[str]:
        """Every stored feature that is an entity itself ("e:ID")."""
        f = schema.story_features.c
        return [r.feature for r in self._rows(select(f.feature).where(f.feature.startswith("e:")))]

    def _stored_docs(self, column: str, keys: Iterable[str]) -> list[dict[str, Any]]:
        """The stored documents whose ``column`` (doc_id or story) is one of the keys, oldest first."""
        sql = (
            "SELECT story_docs.doc_id, story_docs.seq, story_docs.story, story_groups.topic, "
            "story_docs.signals, story_docs.joined FROM story_docs LEFT OUTER JOIN story_groups "
            f"ON story_docs.story = story_groups.story WHERE story_docs.{column} IN ({{}})"
        )
        return [
            {"doc_id": doc, "seq": seq, "story": story,
             "topic": topic or "t-" + story[2:],  # a topic-less story: as a whole load makes it
             "signals": loads(signals), "joined": loads(joined) if joined else None}
            for doc, seq, story, topic, signals, joined in sorted(self._driver_in(sql, keys), key=lambda r: r[1])
        ]  # fmt: skip

    def doc_rows(self, docs: list[str]) -> list[dict[str, Any]]:
        return self._stored_docs("doc_id", docs)

    def topic_rows(self, topic: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """The topic's stories' cached reasons, and their documents oldest first."""
        g = schema.story_groups.c
        whys = {r.story: loads(r.why) if r.why else None
                for r in self._rows(select(g.story, g.why).where(g.topic == topic))}  # fmt: skip
        stories = list(whys)
        if topic.startswith("t-"):  # the story a topic-less story's made-up topic stands for
            stories.append("s-" + topic[2:])
        rows = self._stored_docs("story", sorted(set(stories)))
        # a made-up topic holds only its topic-less story; a story with a row is in its own topic
        rows = sorted((r for r in rows if r["topic"] == topic), key=lambda r: r["seq"])
        return whys, rows

    def centroids(self, topics: list[str]) -> dict[str, dict[str, Any]]:
        """The stored centroids of these topics (topic → vec, norm2, langs), those that have one."""
        out = {}
        for chunk in _chunks(sorted(set(topics))):
            marks = ", ".join("{}" for _ in chunk)
            sql = f"SELECT topic, vec, norm2, langs FROM story_topic_centroids WHERE topic IN ({marks})"
            for row in self._driver_rows(sql, tuple(chunk)):
                out[row[0]] = _centroid_of(row)
        return out

    def topic_stories(self, topic: str) -> list[str]:
        """The stories of a topic (their ids only)."""
        return sorted(
            r[0] for r in self._driver_rows("SELECT story FROM story_groups WHERE topic = {}", (topic,))
        )

    def summaries(self, stories: list[str]) -> dict[str, dict[str, Any]]:
        """These stories' stored sums with their topic and cached reasons (story → size,
        first_seq, data, topic, why), those that have them."""
        sql = (
            "SELECT story_summaries.story, story_summaries.size, story_summaries.first_seq, "
            "story_summaries.data, story_groups.topic, story_groups.why, story_tallies.changes "
            "FROM story_summaries "
            "LEFT OUTER JOIN story_groups ON story_summaries.story = story_groups.story "
            "LEFT OUTER JOIN story_tallies ON story_summaries.story = story_tallies.story "
            "WHERE story_summaries.story IN ({})"
        )
        out = {}
        for story, size, first_seq, data, topic, why, changes in self._driver_in(sql, sorted(set(stories))):
            summary = _summary_of((story, size, first_seq, data), loads(changes) if changes else None)
            out[story] = {**summary, "topic": topic or "t-" + story[2:],
                          "why": loads(why) if why else None}  # fmt: skip
        return out

    def tallies(self, stories: list[str]) -> dict[str, dict[str, Any]]:
        """These stories' tallies (story → size, fresh, features, ranked, changes), those that
        have one: what refreshing their counts reads instead of their summaries."""
        sql = "SELECT story, size, fresh, features, ranked, changes FROM story_tallies WHERE story IN ({})"
        return {
            story: {"size": int(size), "fresh": int(fresh), "features": int(features), "ranked": loads(ranked),
                    "changes": loads(changes) if changes else None}
            for story, size, fresh, features, ranked, changes in self._driver_in(sql, sorted(set(stories)))
        }  # fmt: skip

    def story_members(self, stories: list[str]) -> dict[str, list[tuple[str, dict[str, Any] | None]]]:
        """Each story's documents, oldest first, with why each joined: what finishing a story and
        explaining it read, without the documents' signals."""
        d = schema.story_docs.c
        found: dict[str, list[tuple[int, str, Any]]] = {}
        for chunk in _chunks(sorted(set(stories))):
            for r in self._rows(select(d.story, d.seq, d.doc_id, d.joined).where(d.story.in_(chunk))):
                found.setdefault(r.story, []).append((r.seq, r.doc_id, r.joined))
        return {
            story: [(doc, loads(joined) if joined else None) for _seq, doc, joined in sorted(rows)]
            for story, rows in found.items()
        }

    def story_rows(self, story: str) -> tuple[Any, list[dict[str, Any]]]:
        """A story's cached reasons and its documents, oldest first."""
        g = schema.story_groups.c
        found = self._rows(select(g.why).where(g.story == story))
        why = loads(found[0].why) if found and found[0].why else None
        return why, self._stored_docs("story", [story])

    def topic_size(self, topic: str) -> int:
        size = int(self._driver_rows(f"SELECT count(*) {_TOPIC_DOCS}", (topic,))[0][0])
        if not size and topic.startswith("t-"):  # a topic-less story's made-up topic
            size = len(self.topic_rows(topic)[1])
        return size

    def topic_first_seq(self, topic: str) -> int | None:
        """Where the topic's oldest stored document entered the index (its age)."""
        found = self._driver_rows(f"SELECT min(story_docs.seq) {_TOPIC_DOCS}", (topic,))[0][0]
        if found is None and topic.startswith("t-"):  # a topic-less story's made-up topic
            rows = self.topic_rows(topic)[1]
            return rows[0]["seq"] if rows else None
        return None if found is None else int(found)

    def topic_links(self, topic: str) -> dict[str, int]:
        sql = "SELECT topic_a, topic_b, links FROM story_topic_links WHERE topic_a = {} OR topic_b = {}"
        return {(b if a == topic else a): int(n) for a, b, n in self._driver_rows(sql, (topic, topic))}

    def existing(self, docs: list[str]) -> set[str]:
        return {doc for (doc,) in self._driver_in("SELECT doc_id FROM story_docs WHERE doc_id IN ({})", docs)}


# ---------------------------------------------------------------- documents around a batch


def analysed_among(engine: Any, ids: Iterable[str]) -> list[str]:
    """Which of these documents have an analysis, in ingestion order."""
    d, a = schema.documents.c, schema.analyses.c
    found: list[tuple[int, str]] = []
    with engine.connect() as conn:
        for chunk in _chunks(sorted(set(ids))):
            query = select(d.id, d.seq).join_from(schema.documents, schema.analyses, d.id == a.doc_id)
            found += [(r.seq, r.id) for r in conn.execute(query.where(d.id.in_(chunk)))]
    return [doc for _seq, doc in sorted(found)]


def originals_of(engine: Any, ids: Iterable[str]) -> dict[str, str]:
    """Each of these documents that is a duplicate → the document it finally repeats (a store
    written before chains were resolved at ingest may hold a copy of a copy)."""
    d = schema.documents.c
    of: dict[str, str] = {}
    ask = sorted(set(ids))
    with engine.connect() as conn:
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


def duplicates_of(engine: Any, ids: Iterable[str]) -> dict[str, list[str]]:
    """Document → the duplicates that finally repeat it, copies of copies included."""
    d = schema.documents.c
    root = {doc: doc for doc in ids}
    found: dict[str, list[tuple[int, str]]] = {}
    ask = sorted(root)
    with engine.connect() as conn:
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
