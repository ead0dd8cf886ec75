"""Story grouping: documents that tell the same story, across languages — in batch or incrementally.

Both paths run one algorithm, ``StoryIndex.add`` (see ``story_index``): ``group_stories`` adds
every analysed document of a linking run to an empty index in ``story_order`` (by date);
``update_stories`` adds new documents to the index kept in the store. Then ``describe_stories``
(once events are linked) gives every story a short English title and a date range.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from storyline.link.context import LinkContext
from storyline.link.places import area_of
from storyline.link.story_features import WEAK_EVENTS, DocSignals, doc_signals
from storyline.link.story_index import LEAD_FEATURE, StoryIndex
from storyline.model import Event, Story
from storyline.titles import main_event, unique_titles

FEATURE_KINDS = {
    "e": "entity",
    "v": "event_type",
    "x": "event_place",
    "d": "date",
    "f": "figure",
    "w": "keyword",
    "p": "stem",
    "n": "name",
}
WHY_FEATURES = 8  # the story's strongest shared features
WHY_SHARED = 3  # features named for each document's link
STORY_ENTITIES = 10


def signals(ctx: LinkContext, doc_id: str) -> DocSignals | None:
    """The index's view of one analysed document (None for a duplicate, which is not analysed)."""
    analysis = ctx.analyses.get(doc_id)
    if analysis is None:
        return None
    entity_of = {
        i: eid for i in range(len(analysis.mentions)) if (eid := ctx.mention_entity.get((doc_id, i)))
    }
    doc = ctx.documents.get(doc_id)
    published = ctx.published.get(doc_id) or (doc.published if doc else None) or analysis.dateline
    if published is not None and published.basis == "none":
        published = analysis.dateline
    return doc_signals(
        doc_id, analysis, entity_of, published, doc.lang if doc else None, doc.text if doc else None
    )


def group_stories(ctx: LinkContext) -> StoryIndex:
    """Batch grouping: every analysed document into an empty index, in story order."""
    index = StoryIndex()
    for sig in story_order(s for d in _ingestion_order(ctx) if (s := signals(ctx, d)) is not None):
        index.add(sig)
    fill_context(ctx, index)
    return index


def story_order(batch: Iterable[DocSignals]) -> list[DocSignals]:
    """The order a batch of documents enters the index: by the day each speaks from, undated ones
    last, ties by id — the order the news unfolded in, and one that does not depend on the order
    the files were given in. (Across batches, the order of arrival still counts a little.)"""
    return sorted(batch, key=lambda s: (s.anchor is None, s.anchor or 0, s.doc))


def update_stories(
    index: StoryIndex,
    ctx: LinkContext,
    new_doc_ids: list[str] | None = None,
    renamed: dict[str, str] | None = None,
) -> set[str]:
    """Incremental grouping: place new documents into a story index (``workflow.stories`` loads
    the stored one and saves the changes back in one transaction). ``ctx`` must hold the analyses and the linked
    entities (``mention_entity``, ``entities``) of at least the new documents — entity linking
    runs first. Steps:
    1. entity ids that changed are carried over into the stored documents' features: those in
       ``renamed`` (old id → new id, when linking knows the mapping, e.g. after a merge) directly;
       then any id linking no longer knows (not in ``ctx.entities``, taken as the complete list of
       entities; leave it empty to skip this check) by recomputing the features of the documents
       that use it from ``ctx`` (a document missing from ``ctx.analyses`` keeps its old ones). No
       story is re-clustered: later documents simply meet the new ids;
    2. every analysed document of ``ctx`` not yet in the index is added — any older ones first (a
       store from before the index existed catches up here), then the new ones, each batch in
       ``story_order`` (by date, then id); a document already indexed is never moved;
    3. ``ctx.stories`` / ``ctx.doc_story`` are filled for the whole index (titles are left to
       ``describe_stories``).
    Returns the ids of the stories whose membership changed: opened, grown, or merged away (a
    merged-away id is no longer in ``ctx.stories``; its documents are in the story that took it).
    """
    touched = update_index(index, ctx, new_doc_ids, renamed)
    fill_context(ctx, index)
    return touched


def update_index(
    index: StoryIndex,
    ctx: LinkContext,
    new_doc_ids: list[str] | None = None,
    renamed: dict[str, str] | None = None,
) -> set[str]:
    """Steps 1 and 2 of ``update_stories`` on an index at hand (``ctx`` left as it is): the
    stories opened, grown or merged away."""
    if renamed:
        index.rename_entities(renamed)
    known = {e.id for e in ctx.entities}
    if known:
        for doc_id in sorted(index.stale_entity_docs(known), key=index.seq.__getitem__):
            sig = signals(ctx, doc_id)
            if sig is not None:
                index.refresh(sig)
    touched: set[str] = set()
    retired_before = set(index.retired_stories)
    new = [d for d in (new_doc_ids or []) if d in ctx.analyses]
    fresh = set(new)
    older = [d for d in _ingestion_order(ctx) if d not in index and d not in fresh]
    for batch in (older, new):
        for sig in story_order(s for d in batch if d not in index and (s := signals(ctx, d)) is not None):
            touched |= index.add(sig)
    touched |= index.retired_stories - retired_before
    return touched


def _ingestion_order(ctx: LinkContext) -> list[str]:
    """``ctx.documents`` is filled from the store in ingestion order; analyses not among them last."""
    order = [d for d in ctx.documents if d in ctx.analyses]
    seen = set(order)
    return order + sorted(d for d in ctx.analyses if d not in seen)


def fill_context(ctx: LinkContext, index: StoryIndex) -> None:
    """Stories of the whole index onto the context; a duplicate joins the story of what it repeats."""
    stories: list[Story] = []
    by_id: dict[str, Story] = {}
    for sid, docs in index.stories():
        story = make_story(index, sid, docs)
        stories.append(story)
        by_id[sid] = story
    ctx.doc_story = {d: sid for sid, s in by_id.items() for d in s.documents}
    for doc in ctx.documents.values():
        if doc.id not in ctx.doc_story and doc.duplicate_of in ctx.doc_story:
            sid = ctx.doc_story[doc.duplicate_of]
            ctx.doc_story[doc.id] = sid
            by_id[sid].documents.append(doc.id)
    ctx.stories = stories


def make_story(index: StoryIndex, sid: str, docs: Iterable[str]) -> Story:
    """One story of the index (untitled: ``describe_stories`` titles it once events are known)."""
    entities = [str(r["feature"])[2:] for r in index.reasons(sid) if str(r["feature"]).startswith("e:")]
    return Story(sid, "", list(docs), topic=index.topic_of[sid], entities=entities[:STORY_ENTITIES],
                 why=story_why(index, sid))  # fmt: skip


def story_why(index: StoryIndex, story: str) -> list[dict[str, Any]]:
    """The strongest shared features of the story, then for each document the link that put it
    there: the document it linked to, the cosine, and the features they share most."""
    why: list[dict[str, Any]] = []
    for r in index.reasons(story)[:WHY_FEATURES]:
        kind, ident = _feature(str(r["feature"]))
        why.append({"kind": kind, "id": ident, "weight": r["weight"], "documents": r["documents"]})
    for doc in index.members[story]:
        join = index.joins.get(doc)
        if join is None:
            continue
        # a document that opened the story names the nearest document it did not join, if any
        why.append({
            "kind": "document", "id": doc, "via": None if join.opened else join.via,
            "nearest": join.via if join.opened else None, "weight": join.score,
            "shared": [dict(zip(("kind", "id"), _feature(f), strict=True)) for f, _w in join.shared[:WHY_SHARED]],
        })  # fmt: skip
    return why


def _feature(feature: str) -> tuple[str, str]:
    if feature == LEAD_FEATURE:  # the leads' multilingual vectors were alike
        return "lead_similarity", "lead"
    return FEATURE_KINDS.get(feature[:1], "feature"), feature[2:]


# ---------------------------------------------------------------- titles and dates

NEAR_TYPES = {"crash", "shootdown", "emergency_landing", "explosion", "attack", "fire"}
OPERATED_TYPES = {"crash", "emergency_landing"}  # titled by who operated it (the airline)
MEETING_TYPES = {"meeting", "phone_call", "summit", "visit", "agreement"}
SUBJECT_TYPES = {"ORG", "PER", "PRO", "EVT"}


def describe_stories(ctx: LinkContext) -> None:
    """Titles and date ranges, once events are linked: "<who> <event> near <place>" from the event
    most documents of the story report (e.g. "Azerbaijan Airlines crash near Aktau"), else the two
    most prominent entities."""
    entities = {e.id: e for e in ctx.entities}
    events_of: dict[str | None, list[Event]] = {}
    for ev in ctx.events:
        events_of.setdefault(ev.story, []).append(ev)
    for story in ctx.stories:
        events = events_of.get(story.id, [])
        # "crash" said in two of forty reports is not what the story is about
        main = main_event(events, WEAK_EVENTS, lambda ev, story=story: _reported_widely(story, ev))
        story.title = _title(story, main, entities)
        dates = [
            v
            for d in story.documents
            if d in ctx.published and (v := ctx.published[d].value) and ctx.published[d].precision != "year"
        ]
        if main is not None and main.date.value and main.date.precision == "day":
            dates.append(main.date.value)
        # a month ("2024-12", an undated report) says less than a day inside it (the crash's)
        days = [d for d in dates if len(d) == 10]
        dates = [d for d in dates if len(d) == 10 or not any(day.startswith(d) for day in days)]
        if dates:
            story.start, story.end = min(dates), max(dates)
    _unique_titles(ctx.stories)


MAIN_EVENT_SHARE = 0.25  # of a story's documents that must report its main event (from 4 documents)


def _reported_widely(story: Story, main: Event) -> bool:
    docs = len(story.documents)
    return docs < 4 or len({s.doc for s in main.evidence}) >= MAIN_EVENT_SHARE * docs


def _unique_titles(stories: list[Story]) -> None:
    titles = unique_titles((s.id, s.title, s.start) for s in stories)
    for story in stories:
        story.title = titles[story.id]


def _title(story: Story, main: Event | None, entities: dict[str, Any]) -> str:
    def name(eid: str | None) -> str:
        return entities[eid].name if eid in entities else ""

    def short(eid: str) -> str:  # a person by surname in a title
        return name(eid).split()[-1] if entities[eid].type == "PER" else name(eid)

    ranked = [e for e in story.entities if e in entities]
    if main is not None and not main.place and not main.participants:
        # a bare "Disruption": the story's own place says where, else its main entity what
        where = next((e for e in ranked if entities[e].type == "LOC"), None)
        if where is not None:
            main = replace(main, place=where)
        elif ranked:
            return _cap(f"{main.type.replace('_', ' ')}: {name(ranked[0])}")
    if main is None:
        top = [name(e) for e in ranked[:2]]
        return " and ".join(top) if top else "Untitled story"
    noun = main.type.replace("_", " ")
    finer = _finer_place(main.place, ranked, entities)
    place = name(finer)
    known = [p for p in dict.fromkeys(main.participants) if p in entities]
    reach = _documents_naming(story, known, entities)
    named = _mentions_in(story, known, entities)
    known.sort(key=lambda p: (-reach[p], -named[p]))
    if main.type in MEETING_TYPES:
        # full names only: a one-word "person" is as often a misread word as a surname
        people = [p for p in known if entities[p].type == "PER" and len(name(p).split()) >= 2]
        if len(people) >= 2:
            return _cap(f"{short(people[0])}–{short(people[1])} {noun}" + (f" in {place}" if place else ""))
    # who did or suffered it: the participant most documents name; for a crash the organisation
    # or product (the airline, the aircraft); for an attack or a fire nobody, since the names near
    # it are mostly those who comment on it; never a name said once (a stray recognition)
    kinds = (
        ("ORG", "PRO") if main.type in OPERATED_TYPES else () if main.type in NEAR_TYPES else SUBJECT_TYPES
    )
    subjects = [p for p in known if entities[p].type in kinds and p != main.place and named[p] >= 2]
    title = f"{name(subjects[0])} {noun}" if subjects else noun
    if place:
        title += f" near {place}" if _near(main, finer) else f" in {place}"
    return _cap(title)


def _near(main: Event, place: str | None) -> bool:
    """Does the title put the happening near its place rather than in it: as the main event's own
    title does where the place is the event's (its mentions tell, ``link.events``); a town the
    story names inside the event's country (``_finer_place``) only near, for a physical happening
    — no mention said it happened there. Round 20 found "near X" where the text says "in X"."""
    if place is not None and place == main.place:
        return " near " in (main.label or "")
    return main.type in NEAR_TYPES and place is not None


def _finer_place(place: str | None, ranked: list[str], entities: dict[str, Any]) -> str | None:
    """A country says little where the story names a town in it: "attack near <town>" rather than
    "attack in <country>" (the story's most prominent town inside that country)."""
    if place is None or place not in entities:
        return place
    area = area_of(entities[place])
    if area is None or any(not key.startswith("country:") for key in area):
        return place
    for e in ranked:
        if e != place and entities[e].type == "LOC" and (inner := area_of(entities[e])) and inner > area:
            return e
    return place


def _documents_naming(story: Story, ids: list[str], entities: dict[str, Any]) -> dict[str, int]:
    """In how many of the story's documents each entity is named."""
    docs = set(story.documents)
    return {e: len({m.doc for m in entities[e].mentions} & docs) for e in ids}


def _mentions_in(story: Story, ids: list[str], entities: dict[str, Any]) -> dict[str, int]:
    docs = set(story.documents)
    return {e: sum(m.doc in docs for m in entities[e].mentions) for e in ids}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
