"""The story index as plain data: ``snapshot`` what changed (or everything), ``restore`` an index
from rows. Rows are dicts of JSON-able values; where they are kept is not this module's concern.

The posting lists, document frequencies and centroids are not in the rows: ``restore`` rebuilds
them from the signals — cheaper than keeping them in sync row by row.
"""

from __future__ import annotations

import base64
from collections import Counter
from collections.abc import Iterable
from typing import Any

import numpy as np

from storyline.feature_keys import entity_of
from storyline.link.story_features import DocSignals, MainEvent
from storyline.link.story_index import Join, StoryIndex
from storyline.link.story_summary import StorySummary, stale
from storyline.link.story_vectors import Centroid


def restore(docs: Iterable[dict[str, Any]], groups: Iterable[dict[str, Any]],
            links: Iterable[dict[str, Any]], topics: Iterable[dict[str, Any]] = (),
            summaries: Iterable[dict[str, Any]] = ()) -> StoryIndex:  # fmt: skip
    """An index from its rows (``docs`` in the order the documents entered it). ``topics``: the
    stored topic centroids, taken as they are (a topic without one sums its documents' vectors);
    ``summaries``: the stored story summaries, likewise (a story without one, or whose centroid
    is stale — ``StorySummary.stale`` — is summed from its documents, their vectors with the
    document frequencies of now, and written when the story next changes)."""
    stored = {row["story"]: row for row in summaries}
    index = StoryIndex()
    for row in topics:
        index.topic_centroids[row["topic"]] = centroid_of(row)
    kept = set(index.topic_centroids)
    for row in docs:
        doc = row["doc_id"]
        sig = signals_of(doc, row["signals"])
        index.signals[doc] = sig
        index.seq[doc] = row["seq"]
        index._count(sig)
        index.dense.add(doc, sig.embedding, sig.lang)
        for f in sig.features:
            index.postings[f].append(doc)
        index.story_of[doc] = row["story"]
        index.members.setdefault(row["story"], []).append(doc)
        if row.get("joined"):
            index.joins[doc] = join_of(row["joined"])
    index.next_seq = max(index.seq.values(), default=0)
    for row in groups:
        story = row["story"]
        if story not in index.members:
            continue  # a story row whose documents are gone: ignore it
        index.topic_of[story] = row["topic"]
        index.topic_stories.setdefault(row["topic"], set()).add(story)
        if row.get("why") is not None:
            index.why[story] = row["why"]
    for row in links:
        index.topic_links[row["topic_a"]][row["topic_b"]] = row["links"]
        index.topic_links[row["topic_b"]][row["topic_a"]] = row["links"]
    for story, members in index.members.items():
        if story not in index.topic_of:  # a store written half-way: never leave a story topicless
            index.topic_of[story] = "t-" + story[2:]
            index.topic_stories.setdefault(index.topic_of[story], set()).add(story)
            index.changed_stories.add(story)
        members.sort(key=index.seq.__getitem__)
        topic = index.topic_of[story]
        row = stored.get(story)
        summed = row is not None and not stale(row["data"], len(index))
        if summed:
            install_summary(index, story, row)
        else:
            index.story_centroids[story] = Centroid()
            index.summaries[story] = StorySummary(len(index))
        topic_centroid = None if topic in kept else index.topic_centroids.setdefault(topic, Centroid())
        for doc in members:
            sig = index.signals[doc]
            lang = sig.lang or "?"
            vec = index.vector(doc)  # with the document frequencies of now, as a partial index's
            if not summed:
                index._stretch(story, sig.anchor)
                index.story_centroids[story].add(vec, lang)
                index.summaries[story].add(sig, index.seq[doc])
                index.dense.join(story, doc)
            if topic_centroid is not None:
                topic_centroid.add(vec, lang)
            index.dense.join(topic, doc)
        index.topic_size[topic] += len(members)
    for topic in kept - index.topic_stories.keys():  # a centroid row whose topic is gone
        del index.topic_centroids[topic]
    index.changed_topics = set(index.topic_centroids) - kept  # summed here: not as stored
    index.changed_features.clear()  # counted while restoring: nothing to write back
    return index


def centroid_of(row: dict[str, Any]) -> Centroid:
    """A stored topic centroid, exactly as it was kept (its squared norm included)."""
    centroid = Centroid()
    vec = row["vec"]
    # decoded JSON: the keys are strings, and the values floats as written (a float is written
    # with its point): copied in C, the big topic centroids of a merge-heavy batch taking long
    floats = set(map(type, vec.values())) <= {float}
    centroid.vec = dict(vec) if floats else {str(f): float(v) for f, v in vec.items()}
    centroid.norm2 = float(row["norm2"])
    centroid.langs = Counter({str(k): int(n) for k, n in row["langs"].items()})
    return centroid


def resum_stale(index: StoryIndex) -> None:
    """Sum again, from its documents' vectors of now, every story whose centroid is stale (an
    index built in memory sums its documents as they joined, the first ones with the weights of
    a small index): what is stored is then what a whole load would compute."""
    n = len(index)
    for story, summary in index.summaries.items():
        if summary.stale(n):
            centroid = index.story_centroids[story] = Centroid()
            for doc in index.members[story]:
                centroid.add(index.vector(doc), index.signals[doc].lang or "?")
            summary.fresh = n


def summary_row(index: StoryIndex, story: str) -> dict[str, Any]:
    """A story's sums as one row: size and age, and (``data``) its centroid, span, features held,
    main events and the sum of its leads' vectors — all an index needs to compare a new document
    with the story, and to merge it with another."""
    summary = index.summaries[story]
    centroid = index.story_centroids[story]
    lead = index.dense.sums.get(story)
    data = {
        **summary.to_data(),
        "vec": centroid.vec,
        "norm2": centroid.norm2,
        "langs": dict(sorted(centroid.langs.items())),
        "span": list(index.span[story]) if story in index.span else None,
        "lead": None
        if lead is None
        else base64.b64encode(np.asarray(lead, dtype=np.float32).tobytes()).decode(),
        "lead_langs": dict(sorted(index.dense.group_langs.get(story, Counter()).items())),
    }
    return {"story": story, "size": summary.size, "first_seq": summary.first, "data": data}


def install_summary(index: StoryIndex, story: str, row: dict[str, Any]) -> None:
    """A stored story's sums into the index, exactly as they were kept."""
    data = row["data"]
    index.summaries[story] = StorySummary.from_data(row["size"], row["first_seq"], data)
    index.story_centroids[story] = centroid_of(data)
    if data.get("span"):
        first, last = data["span"]
        index.span[story] = (int(first), int(last))
    if data.get("lead"):
        index.dense.sums[story] = np.frombuffer(base64.b64decode(data["lead"]), dtype=np.float32).copy()
        index.dense.group_langs[story] = Counter({str(k): int(n) for k, n in data["lead_langs"].items()})


def centroid_row(topic: str, centroid: Centroid) -> dict[str, Any]:
    return {
        "topic": topic,
        "vec": centroid.vec,
        "norm2": centroid.norm2,
        "langs": dict(sorted(centroid.langs.items())),
    }


def snapshot(index: StoryIndex, whole: bool = False) -> dict[str, list[Any]]:
    """The rows that changed since the index was restored or last snapshot (``whole``: all of
    them), then forgets the changes. Keys: docs, groups, links (links 0: the pair is gone),
    retired (story ids whose rows go), moved (documents a story merge moved: their new story
    only), topic_moves (topics merged, in order: the stored stories of ``gone`` go to ``keep``); and what a partial load reads (``story_partial``): the
    changed documents' postings and lead vectors, and the rows of the features whose counts
    changed (``features_changed``; a feature no document holds any more has no row); the centroids
    of the topics of the changed stories (``topics``: a topic's centroid changes only with its
    stories) and the topics merged away (``topics_retired``)."""
    # first: a story whose refreshed counts cannot tell its reasons is read whole (changed) here
    tallies = [] if whole else index.tally_changes()
    if whole:
        index.story_moves.clear()  # every document is written with its story
        index.changed_features |= set(index.df)
        index.changed_docs |= set(index.signals)
        index.changed_stories |= set(index.members)
        index.changed_links |= {
            (min(a, b), max(a, b)) for a, others in index.topic_links.items() for b in others
        }
    docs = sorted(index.changed_docs & index.signals.keys())
    moved = sorted((index.moved_docs - index.changed_docs) & index.signals.keys())
    stories = sorted(index.changed_stories & index.summaries.keys())
    features = sorted(index.changed_features)
    # a topic that took another's stories has a new centroid, whether or not a story of it changed
    took = {keep for _gone, keep in index.topic_moves if keep not in index.retired_topics}
    touched = {index.topic_of[s] for s in stories} | took | (set(index.topic_stories) if whole else set())
    # of those, the centroids that are not as read (whole: every one): the others would be
    # written again to the same bytes
    topics = sorted(touched if whole else touched & index.changed_topics)
    # a stored document's posting rows (feature, doc, seq) for the features it still holds are as
    # stored — its seq never changes — so only the features it lost are deleted and only those it
    # gained written: a refresh renames one entity of some 400 features (96 documents a batch at
    # 100k, every one rewritten whole before). A whole save writes into cleared tables: every row.
    stored = {} if whole else {d: set(index.stored_postings[d]) for d in docs if d in index.stored_postings}
    out = {
        "docs": [_doc_row(index, d) for d in docs],
        "moved": [{"doc_id": d, "story": index.story_of[d]} for d in moved],
        "topic_moves": [] if whole else [{"gone": g, "keep": k} for g, k in index.topic_moves],
        "story_moves": [{"gone": g, "keep": k} for g, k in index.story_moves],
        "groups": [{"story": s, "topic": index.topic_of[s], "why": index.reasons(s)} for s in stories],
        "summaries": [summary_row(index, s) for s in stories],
        "links": [
            {"topic_a": a, "topic_b": b, "links": index.topic_links.get(a, {}).get(b, 0)}
            for a, b in sorted(index.changed_links)
        ],
        "retired": sorted(index.retired_stories - index.summaries.keys()),
        "postings": [
            {"feature": f, "doc_id": d, "seq": index.seq[d]}
            for d in docs
            for f in index.signals[d].features
            if f not in stored.get(d, ())
        ],
        # the changed documents' stored posting rows, by key where the index knows them
        "postings_gone": [
            {"feature": f, "doc_id": d}
            for d in docs
            if d in index.stored_postings
            for f in index.stored_postings[d]
            if whole or f not in index.signals[d].features
        ],
        "postings_unknown": [d for d in docs if d not in index.stored_postings],
        "vectors": [
            {"doc_id": d, "seq": index.seq[d], "lang": sig.lang, "vec": sig.embedding}
            for d in docs
            if (sig := index.signals[d]).embedding
        ],  # fmt: skip
        "features_changed": features,
        "features": [
            _feature_row(f, index.df[f], index.lang_counts.get(f, Counter()))
            for f in features
            if index.df.get(f, 0) > 0
        ],  # fmt: skip
        "topics": [centroid_row(t, index.topic_centroids[t]) for t in topics],
        "topics_retired": sorted(index.retired_topics - touched),
        "tallies": tallies,
    }
    for d in docs:  # what is stored now
        if d in index.stored_postings:
            index.stored_postings[d] = tuple(index.signals[d].features)
    index.retired_topics.clear()
    index.changed_topics.clear()
    index.changed_features.clear()
    index.changed_docs.clear()
    index.moved_docs.clear()
    index.topic_moves.clear()
    index.story_moves.clear()
    index.changed_stories.clear()
    index.changed_links.clear()
    index.retired_stories.clear()
    return out


def _feature_row(feature: str, df: int, langs: Counter[str]) -> dict[str, Any]:
    counts = {lang: n for lang, n in sorted(langs.items()) if n > 0}
    return {"feature": feature, "df": df, "langs": counts, "entity": entity_of(feature)}


def _doc_row(index: StoryIndex, doc: str) -> dict[str, Any]:
    sig = index.signals[doc]
    join = index.joins.get(doc)
    signals = {
        "lang": sig.lang,
        "features": sig.features,
        "days": sig.days,
        "main": None
        if sig.main is None
        else [sig.main.type, sig.main.place, sig.main.day, sig.main.month_day, sig.main.named],
        "anchor": sig.anchor,
        "embedding": sig.embedding,
        "broad": sorted(sig.broad),
    }
    joined = (
        None
        if join is None
        else {"via": join.via, "score": join.score, "shared": join.shared, "opened": join.opened}
    )
    return {"doc_id": doc, "seq": index.seq[doc], "story": index.story_of[doc], "signals": signals,
            "joined": joined}  # fmt: skip


def signals_of(doc: str, data: dict[str, Any]) -> DocSignals:
    main = data.get("main")
    features = data.get("features", {})
    # decoded JSON: string keys, and weights that are floats as written (with their point):
    # copied in C (a batch at 100k documents decodes some 7,000 candidates' signals)
    plain = set(map(type, features.values())) <= {float} and set(map(type, features)) <= {str}
    return DocSignals(
        doc,
        data.get("lang"),
        dict(features) if plain else {str(f): float(w) for f, w in features.items()},
        [(int(a), int(b)) for a, b in data.get("days", [])],
        MainEvent(
            main[0],
            main[1],
            main[2],
            tuple(main[3]) if len(main) > 3 and main[3] else None,
            main[4] if len(main) > 4 else None,
        )  # fmt: skip
        if main
        else None,
        data.get("anchor"),
        data.get("embedding"),
        # a row stored before documents marked their country-level features marks none: the
        # document it is compared with marks the features they share
        frozenset(str(f) for f in data.get("broad", ())),
    )


def join_of(data: dict[str, Any]) -> Join:
    return Join(data.get("via"), float(data.get("score", 0.0)), [(f, float(w)) for f, w in data.get("shared", [])],
                bool(data.get("opened")))  # fmt: skip
