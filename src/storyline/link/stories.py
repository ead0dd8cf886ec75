"""Story grouping: documents that tell the same story, across languages.

Each document becomes a sparse tf-idf vector over language-independent features: linked
entities (the strongest cross-lingual signal), event types, and transliterated base-form
keywords (weaker). Candidate pairs come from an inverted index over each document's rarest
features, so the work grows with the number of documents, not its square. Pairs at or above
``STORY_THRESHOLD`` are joined (single link, which does not depend on the order documents
arrived in); topics are the same construction at the lower ``TOPIC_THRESHOLD``.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from storyline.link.context import LinkContext
from storyline.model import Story
from storyline.serde import stable_id
from storyline.unionfind import UnionFind

STORY_THRESHOLD = 0.2
TOPIC_THRESHOLD = 0.14
ENTITY_WEIGHT = 1.0
EVENT_WEIGHT = 0.6
KEYWORD_WEIGHT = 0.1  # language-bound: it must not drown the cross-lingual signal
CANDIDATE_FEATURES = 12  # the rarest features of a document used to find its neighbours
MAX_POSTING = 400  # a feature in more documents than this is too common to propose pairs


def _features(ctx: LinkContext, doc_id: str) -> Counter[str]:
    analysis = ctx.analyses[doc_id]
    feats: Counter[str] = Counter()
    for i, _m in enumerate(analysis.mentions):
        eid = ctx.mention_entity.get((doc_id, i))
        if eid:
            feats["e:" + eid] += ENTITY_WEIGHT
    for ev in analysis.events:
        feats["v:" + ev.type] += EVENT_WEIGHT
    for rank, word in enumerate(analysis.keywords):
        feats["w:" + word] += KEYWORD_WEIGHT * (1.0 - rank / (2 * len(analysis.keywords)))
    return feats


def _vectors(ctx: LinkContext, docs: list[str]) -> dict[str, dict[str, float]]:
    raw = {d: _features(ctx, d) for d in docs}
    df: Counter[str] = Counter()
    for feats in raw.values():
        df.update(feats.keys())
    n = len(docs)
    vectors: dict[str, dict[str, float]] = {}
    for d, feats in raw.items():
        # sublinear tf, smoothed idf (a feature in every document still counts a little)
        vec = {
            f: (1 + math.log(c) if c >= 1 else c) * (1 + math.log((n + 1) / (df[f] + 1)))
            for f, c in feats.items()
        }
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors[d] = {f: v / norm for f, v in vec.items() if v > 0}
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(f, 0.0) for f, v in a.items())


def similar_pairs(vectors: dict[str, dict[str, float]], threshold: float) -> list[tuple[float, str, str]]:
    """Pairs of documents with cosine ≥ threshold, proposed by shared rare features."""
    postings: dict[str, list[str]] = defaultdict(list)
    for d, vec in vectors.items():
        for f in sorted(vec, key=lambda f: -vec[f])[:CANDIDATE_FEATURES]:
            postings[f].append(d)
    pairs: set[tuple[str, str]] = set()
    for docs in postings.values():
        if len(docs) <= MAX_POSTING:
            for i, a in enumerate(docs):
                for b in docs[i + 1 :]:
                    pairs.add((min(a, b), max(a, b)))
    scored = [(_cosine(vectors[a], vectors[b]), a, b) for a, b in pairs]
    return sorted((s, a, b) for s, a, b in scored if s >= threshold)


def _components(docs: list[str], pairs: list[tuple[float, str, str]]) -> list[list[str]]:
    sets = UnionFind(docs)
    for _s, a, b in pairs:
        sets.union(a, b)
    return sets.groups()


def group_stories(ctx: LinkContext) -> None:
    docs = sorted(ctx.analyses)
    vectors = _vectors(ctx, docs)
    pairs = similar_pairs(vectors, TOPIC_THRESHOLD)
    story_groups = _components(docs, [p for p in pairs if p[0] >= STORY_THRESHOLD])
    topic_of_doc: dict[str, str] = {}
    for group in _components(docs, pairs):
        tid = stable_id("t-", group[0])
        for d in group:
            topic_of_doc[d] = tid
    stories: list[Story] = []
    for group in story_groups:
        sid = stable_id("s-", group[0])
        why = _why(vectors, group)
        entity_ids = [w["id"] for w in why if w["kind"] == "entity"]
        stories.append(
            Story(sid, "", list(group), topic=topic_of_doc[group[0]], entities=entity_ids, why=why)
        )
        for d in group:
            ctx.doc_story[d] = sid
    # a duplicate belongs to the story of the document it repeats
    for doc in ctx.documents.values():
        if doc.id not in ctx.doc_story and doc.duplicate_of in ctx.doc_story:
            sid = ctx.doc_story[doc.duplicate_of]
            ctx.doc_story[doc.id] = sid
            next(s for s in stories if s.id == sid).documents.append(doc.id)
    ctx.stories = stories


def _why(vectors: dict[str, dict[str, float]], group: list[str], top: int = 8) -> list[dict[str, object]]:
    """The features that most hold the group together: summed weight over its documents,
    counting only features shared by at least two of them (all of them for a single doc)."""
    total: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for d in group:
        for f, v in vectors[d].items():
            total[f] += v
            seen[f] += 1
    need = 2 if len(group) > 1 else 1
    kinds = {"e": "entity", "v": "event_type", "w": "keyword"}
    best = [(f, w) for f, w in total.most_common() if seen[f] >= need][:top]
    norm = sum(w for _, w in best) or 1.0
    return [
        {"kind": kinds[f[0]], "id": f[2:], "weight": round(w / norm, 3), "documents": seen[f]}
        for f, w in best
    ]


def describe_stories(ctx: LinkContext) -> None:
    """Titles and date ranges, once events are linked: "Crash near Aktau" from the event most
    documents of the story report, else the two most prominent entities."""
    names = {e.id: e.name for e in ctx.entities}
    for story in ctx.stories:
        events = [ev for ev in ctx.events if ev.story == story.id]
        if events:
            main = max(events, key=lambda ev: (len({s.doc for s in ev.evidence}), ev.type != "statement"))
            title = main.type.replace("_", " ").capitalize()
            if main.place in names:
                title += (
                    f" near {names[main.place]}" if main.type in NEAR_TYPES else f" in {names[main.place]}"
                )
            elif main.participants:
                title += ": " + ", ".join(names[p] for p in main.participants[:2] if p in names)
            story.title = title
        else:
            top = [names[e] for e in story.entities[:2] if e in names]
            story.title = " – ".join(top) if top else "Untitled story"
        dates = [
            ctx.published[d].value for d in story.documents if d in ctx.published and ctx.published[d].value
        ]
        dates += [ev.date.value for ev in events if ev.date.value]
        if dates:
            story.start, story.end = min(dates), max(dates)


NEAR_TYPES = {"crash", "shootdown", "emergency_landing", "explosion", "attack"}
