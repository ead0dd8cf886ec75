"""A story index that holds only what a batch of new documents touches.

Loading the whole stored index costs time in proportion to the store (every document's signals,
vectors and centroids). ``PartialStoryIndex`` starts from the stored aggregates instead — how many
documents there are, and the lead vectors of the most recent ones (the neighbour search reads no
further back) — and loads the rest when ``StoryIndex.add`` first reaches for it:
- a feature's document frequency and languages, when a document holding it is added or loaded;
- a posting list, from its most recent end, when it is probed;
- a document, when it turns up as a candidate: its signals, story and topic's id — enough to score
  it, which is all most candidates need;
- a story, by its stored summary (one row: its centroid, span, size and age, the features its
  documents hold, their main events, the sum of their leads), when the new document may join it
  or bridge it to another: none of its documents is read, and a story merge relabels the stored
  documents of the story merged away when the index is saved (``story_moves``), unread;
- a topic's size (counted), centroid (one stored row: the sum kept as documents joined), links to
  other topics and story ids, each when first asked for: choosing the topic of a new story,
  counting links and testing merges read no documents;
- a topic, whole (every story of it and every document of those stories), only where a store
  lacks its stored centroid or story ids; a topic merge moves ids, sizes, centroids and links,
  and the stories it moves are relabelled in the store when the index is saved, unread.
Every value is what a whole load holds (``workflow.stories.load_index``: a loaded document's vector
with the document frequencies of when the index was opened, a story's and a topic's sums as
stored), so documents land where they would with the whole index in memory. ``members`` holds only
the documents in memory (a stored story's are read when it is finished: ``story_members``).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain, repeat
from operator import mul, truediv
from typing import Any, Protocol

from storyline.link.story_features import DocSignals
from storyline.link.story_index import (
    CROSS_LINGUAL_LANGS,
    LANGUAGE_BOUND_WEIGHT,
    LANGUAGE_EVIDENCE,
    POSTING_TAIL,
    PROBE_FEATURES,
    Join,
    StoryIndex,
)
from storyline.link.story_snapshot import centroid_of, install_summary, join_of
from storyline.link.story_summary import MainKey, StorySummary, changes_of, stale
from storyline.link.story_vectors import Centroid
from storyline.story_tally import merge_changes, reasons_from

POSTING_SLACK = 50  # read beyond the tail: a refresh may take entries out of it


@dataclass
class StoredDoc:
    """One stored document of the index, as a loader hands it over."""

    doc_id: str
    seq: int
    story: str
    topic: str
    signals: DocSignals
    joined: Join | None


class StoryLoader(Protocol):
    """Reads of the stored index (``storyline.store.story_state.StoreLoader``)."""

    def count(self) -> int: ...
    def max_seq(self) -> int: ...
    def recent_vectors(self, limit: int) -> list[tuple[str, str | None, str]]: ...
    def features(self, features: list[str]) -> dict[str, tuple[int, dict[str, int]]]: ...
    def posting_tail(self, feature: str, limit: int) -> list[str]: ...
    def posting_tails(self, features: list[str], limit: int) -> dict[str, list[str]]: ...
    def posting_all(self, feature: str) -> list[str]: ...
    def entity_features(self, entity: str) -> list[str]: ...
    def entity_feature_names(self) -> list[str]: ...
    def docs(self, docs: list[str]) -> list[StoredDoc]: ...
    def topic(self, topic: str) -> tuple[dict[str, Any], list[StoredDoc]]: ...
    def story(self, story: str) -> tuple[Any, list[StoredDoc]]: ...
    def summaries(self, stories: list[str]) -> dict[str, dict[str, Any]]: ...
    def tallies(self, stories: list[str]) -> dict[str, dict[str, Any]]: ...
    def story_members(self, stories: list[str]) -> dict[str, list[tuple[str, dict[str, Any] | None]]]: ...
    def topic_stories(self, topic: str) -> list[str]: ...
    def centroids(self, topics: list[str]) -> dict[str, dict[str, Any]]: ...
    def topic_links(self, topic: str) -> dict[str, int]: ...
    def topic_first_seq(self, topic: str) -> int | None: ...
    def topic_size(self, topic: str) -> int: ...
    def existing(self, docs: list[str]) -> set[str]: ...


class _Postings(dict[str, list[str]]):
    """feature → documents holding it, oldest first; a stored list is read on first use."""

    def __init__(self, index: PartialStoryIndex) -> None:
        super().__init__()
        self._index = index
        self.later: dict[str, list[str]] = {}  # appended before the stored list was read

    def __missing__(self, feature: str) -> list[str]:
        return self.install(feature, self._index.loader.posting_tail(feature, POSTING_TAIL + POSTING_SLACK))

    def install(self, feature: str, tail: list[str]) -> list[str]:
        """The stored tail as read, less documents a refresh has taken the feature from, then
        what was appended before it was read."""
        signals = self._index.signals
        posting = [d for d in tail if d not in signals or feature in signals[d].features]
        posting += self.later.pop(feature, [])
        dict.__setitem__(self, feature, posting)
        return posting

    def prefetch(self, features: list[str]) -> None:
        """Read the stored tails of these features (those not read yet) at once."""
        missing = [f for f in dict.fromkeys(features) if not dict.__contains__(self, f)]
        if missing:
            for f, tail in self._index.loader.posting_tails(missing, POSTING_TAIL + POSTING_SLACK).items():
                self.install(f, tail)

    def get(self, feature: str, default: Any = None) -> Any:  # type: ignore[override]
        return self[feature]


class _Topics(dict[str, set[str]]):
    """topic → its stories; a stored topic's story ids are read when first asked for (its
    documents only when it is loaded whole: ``pop`` is a merge)."""

    def __init__(self, index: PartialStoryIndex) -> None:
        super().__init__()
        self._index = index

    def _ensure(self, topic: object) -> None:
        if isinstance(topic, str) and not dict.__contains__(self, topic):
            self._index.need_stories(topic)

    def __contains__(self, topic: object) -> bool:
        # whether it exists is all a link asks: a stored topic is read when more is asked
        if (
            isinstance(topic, str)
            and not dict.__contains__(self, topic)
            and topic not in self._index._topics_read
        ):
            return self._index._stored_size(topic) > 0
        return dict.__contains__(self, topic)

    def __missing__(self, topic: str) -> set[str]:
        self._ensure(topic)
        if dict.__contains__(self, topic):
            return dict.__getitem__(self, topic)
        raise KeyError(topic)

    def get(self, topic: str, default: Any = None) -> Any:  # type: ignore[override]
        self._ensure(topic)
        return dict.get(self, topic, default)

    def setdefault(self, topic: str, default: Any = None) -> Any:  # type: ignore[override]
        self._ensure(topic)
        return dict.setdefault(self, topic, default)

    def pop(self, topic: str, *default: Any) -> Any:  # type: ignore[override]
        if isinstance(topic, str):
            self._index.need_stories(topic)  # a merge moves the ids; the stories stay unread
        return dict.pop(self, topic, *default)


class _Sizes(Counter[str]):
    """topic → documents; a stored topic not read yet is counted in the store."""

    def __init__(self, index: PartialStoryIndex) -> None:
        super().__init__()
        self._index = index

    def __missing__(self, topic: str) -> int:
        return self._index._stored_size(topic)


class _Centroids(dict[str, Centroid]):
    """topic → centroid; a stored topic's is one row, read when first asked for (summed from its
    documents only if the store has none for it)."""

    def __init__(self, index: PartialStoryIndex) -> None:
        super().__init__()
        self._index = index

    def _ensure(self, topic: object) -> None:
        if isinstance(topic, str) and not dict.__contains__(self, topic):
            self._index.need_centroid(topic)

    def __missing__(self, topic: str) -> Centroid:
        self._ensure(topic)
        if dict.__contains__(self, topic):
            return dict.__getitem__(self, topic)
        raise KeyError(topic)

    def __contains__(self, topic: object) -> bool:
        self._ensure(topic)
        return dict.__contains__(self, topic)

    def setdefault(self, topic: str, default: Any = None) -> Any:  # type: ignore[override]
        self._ensure(topic)
        return dict.setdefault(self, topic, default)


class _Links(dict[str, Counter[str]]):
    """topic → linked topic → links; a stored topic's links are read when first asked for."""

    def __init__(self, index: PartialStoryIndex) -> None:
        super().__init__()
        self._index = index

    def __missing__(self, topic: str) -> Counter[str]:
        gone = self._index.retired_topics
        links: Counter[str] = Counter()
        if topic not in gone:
            links.update({t: n for t, n in self._index.loader.topic_links(topic).items() if t not in gone})
        dict.__setitem__(self, topic, links)
        return links

    def pop(self, topic: str, *default: Any) -> Any:  # type: ignore[override]
        if isinstance(topic, str) and not dict.__contains__(self, topic):
            self[topic]  # a merge moves the stored links too
        return dict.pop(self, topic, *default)


class PartialStoryIndex(StoryIndex):
    def __init__(self, loader: StoryLoader, scan: int) -> None:
        super().__init__()
        self.loader = loader
        self.postings = _Postings(self)
        self.topic_stories = _Topics(self)
        self.topic_size = _Sizes(self)
        self.topic_centroids = _Centroids(self)
        self.topic_links = _Links(self)
        self._sizes: dict[str, int] = {}  # stored topics not read: their size, once asked
        self._stored = loader.count()
        self._added = 0
        self.next_seq = loader.max_seq()
        self._df0: dict[str, int] = {}  # as stored when opened: what loaded documents' vectors use
        self._langs0: dict[str, set[str]] = {}
        self._weights0: dict[str, float] = {}  # feature → its weight when opened, once computed
        self._features_read: set[str] = set()
        self._topics_read: set[str] = set()  # loaded, found absent, or merged away since
        self._stored_ids: set[str] = set()
        self._opened: dict[str, dict[str, float]] = {}  # loaded documents' vectors when opened
        # topics merged away in this batch → the topic that took them: stored rows still name
        # the old topic until the index is saved
        self._merged_into: dict[str, str] = {}
        # topic → the topics merged into it in this batch, directly or down a chain (those whose
        # ``_topic_now`` is it): its age asks their stored ages without going over every merge
        self._took: dict[str, set[str]] = {}
        self._first_seq: dict[str, int | None] = {}  # stored topics' oldest document, once asked
        # stories merged away in this batch → the story that took them (as ``_merged_into``)
        self._story_merged: dict[str, str] = {}
        # stories whose documents were refreshed, their summaries unread (``story_tally``): the
        # stored tally (None: the story has none, or its centroid is stale — read it whole), and
        # what the refreshes changed in its counts (features held, country-level, main events)
        self._tallies: dict[str, dict[str, Any] | None] = {}
        self._tallied: dict[str, tuple[Counter[str], Counter[str], Counter[MainKey]]] = {}
        for doc, lang, packed in loader.recent_vectors(scan):
            self.dense.add(doc, packed, lang)

    # ------------------------------------------------------------ what the index asks for

    def __len__(self) -> int:
        return self._stored + self._added

    def __contains__(self, doc: object) -> bool:
        if doc in self.signals or doc in self._stored_ids:
            return True
        if not isinstance(doc, str):
            return False
        found = self.loader.existing([doc])
        self._stored_ids |= found
        return doc in found

    def add(self, sig: DocSignals) -> set[str]:
        if sig.doc in self:
            return set()
        self._need_features(sig.features)
        self._added += 1
        self.stored_postings[sig.doc] = ()  # new to the store: no posting rows to delete
        return super().add(sig)

    def _candidates(self, vec: dict[str, float]) -> list[str]:
        # the first PROBE_FEATURES features in probe order are looked up whatever they hold: read
        # their posting tails in one go (the base class reads any further ones one by one)
        self.postings.prefetch(sorted(vec, key=lambda f: (-vec[f], f))[:PROBE_FEATURES])
        found = super()._candidates(vec)
        self.need_docs(found)
        return found

    def _neighbours(self, lead: Any, doc: str) -> list[tuple[float, str]]:
        found = super()._neighbours(lead, doc)
        self.need_docs(c for _s, c in found)
        return found

    def _post(self, feature: str, doc: str) -> None:
        # most features of a new document are never probed in this batch: read none for them
        if dict.__contains__(self.postings, feature):
            dict.__getitem__(self.postings, feature).append(doc)
        else:
            self.postings.later.setdefault(feature, []).append(doc)

    def refresh(self, sig: DocSignals) -> None:
        self.need_docs([sig.doc])
        old = self.signals.get(sig.doc)
        self._need_features([*sig.features, *(old.features if old else ())])
        story = self.story_of.get(sig.doc)
        tallied = False
        if story is not None:  # its story's counts change with it: by its tally, or its summary
            self._need_tallies([story])
            tallied = story not in self.summaries and self._tallies.get(story) is not None
            if not tallied:
                self.need_summaries([story])
        super().refresh(sig)
        if tallied and old is not None and story is not None:
            held, broad, mains = self._tallied.setdefault(story, (Counter(), Counter(), Counter()))
            more = changes_of(old, sig)
            held.update(more[0])
            broad.update(more[1])
            mains.update(more[2])

    def _before_refresh(self, docs: list[str]) -> None:
        # the holders of a renamed entity (``_holders`` has loaded them) are refreshed one by one,
        # each changing its story's counts: an entity of every copy of the news reaches some 900
        # stories at 100k documents, of thousands of features each. Their tallies are read in one
        # go (a few features and counts each), and only stories without one read their summaries.
        stories = [self.story_of[d] for d in docs if d in self.story_of]
        self._need_tallies(stories)
        self.need_summaries(s for s in stories if self._tallies.get(s) is None)

    def _need_tallies(self, stories: Iterable[str]) -> None:
        """The stored tallies of these stories (those not read, not loaded by their summaries);
        a story whose centroid is stale has none here: it is read whole, as its summary says."""
        missing = sorted({s for s in stories if s not in self._tallies and s not in self.summaries})
        if not missing:
            return
        rows = self.loader.tallies(missing)
        for story in missing:
            row = rows.get(story)
            fresh = row is not None and not stale({"fresh": row["fresh"]}, self._stored)
            self._tallies[story] = row if fresh and story not in self.retired_stories else None

    def tally_changes(self) -> list[dict[str, Any]]:
        out = []
        for story, (held, broad, mains) in sorted(self._tallied.items()):
            tally = self._tallies[story]
            assert tally is not None and story not in self.summaries
            rows = [[f, w, n + held.get(f, 0)] for f, w, n in tally["ranked"]]
            why = reasons_from(rows, tally["size"], tally["features"])
            if why is None:  # fewer features held than reasons to give: the summary tells
                self._tallies[story] = None
                self.need_summaries([story])
                continue
            self.why[story] = why
            out.append({"story": story, "why": why, "ranked": rows,
                        "changes": merge_changes(tally["changes"], held, broad, mains)})  # fmt: skip
            tally["ranked"], tally["changes"] = rows, out[-1]["changes"]
        self._tallied.clear()
        return out

    def _entity_features(self, entity: str) -> list[str]:
        stored = self.loader.entity_features(entity)
        known = set(stored)
        held = [*self.postings, *(f for f in self.postings.later if not dict.__contains__(self.postings, f))]
        fresh = [f for f in held if (f == "e:" + entity or f.endswith("@" + entity)) and f not in known]
        return stored + fresh

    def _holders(self, feature: str) -> list[str]:
        stored = self.loader.posting_all(feature)
        self.need_docs(stored)
        self._need_features([feature])
        holders = [d for d in stored if feature in self.signals[d].features]
        seen = set(stored)
        held = dict.get(self.postings, feature) or self.postings.later.pop(feature, [])
        holders += [d for d in held if d not in seen]
        dict.__setitem__(self.postings, feature, holders)
        return list(holders)

    def stale_entity_docs(self, known: set[str]) -> set[str]:
        """As the whole index answers: the stored entity features are named by one read, and only
        the holders of those whose entity is gone are loaded."""
        names = set(self.loader.entity_feature_names())
        names |= {f for f in [*self.postings, *self.postings.later] if f.startswith("e:")}
        return {d for f in sorted(names) if f[2:] not in known for d in self._holders(f)}

    # ------------------------------------------------------------ loading

    def need_docs(self, docs: Iterable[str]) -> None:
        """Load these documents (those not loaded yet): their signals, story and topic's id."""
        missing = sorted({d for d in docs if d not in self.signals})
        if missing:
            self._load_docs(self.loader.docs(missing))

    def _load_docs(self, rows: list[StoredDoc]) -> None:
        rows = [r for r in rows if r.doc_id not in self.signals]
        self._need_features(chain.from_iterable(r.signals.features for r in rows))
        for r in rows:
            sig = r.signals
            story = self._story_now(r.story)
            self.signals[r.doc_id] = sig
            self.stored_postings[r.doc_id] = tuple(sig.features)  # its posting rows, as stored
            self.seq[r.doc_id] = r.seq
            self.story_of[r.doc_id] = story
            self.topic_of.setdefault(story, self._topic_now(r.topic))
            if r.joined is not None:
                self.joins[r.doc_id] = r.joined
            if r.doc_id not in self.dense:
                self.dense.put(r.doc_id, sig.embedding, sig.lang)
            self._opened[r.doc_id] = self._vector_when_opened(r.doc_id)
            self._vectors[r.doc_id] = (self._stored, self._opened[r.doc_id])

    def _place_in_story(
        self, sig: DocSignals, vec: dict[str, float], links: list[tuple[float, str]]
    ) -> set[str]:
        # the stories it may join or bridge are compared by their sums: one row each, read
        # together (their topics are loaded only if a merge moves them)
        self.need_summaries(self.story_of[c] for _s, c in links)
        return super()._place_in_story(sig, vec, links)

    def _topic_mates(self, topic: str) -> list[str]:
        # facets of one happening are looked for among the topic's stories: their summaries (one
        # row each, read together) hold the main events and places the test asks about
        mates = super()._topic_mates(topic)
        self.need_summaries(mates)
        return mates

    def _merge_stories(self, keep: str, gone: str) -> None:
        # the two topics' story ids (not their documents): the story merged away is dropped from
        # its topic's ids, which are read first so that the stored ones cannot bring it back
        self.need_stories(self.topic_of[keep])
        self.need_stories(self.topic_of[gone])
        super()._merge_stories(keep, gone)
        self._story_merged[gone] = keep
        # the documents in memory that are not members here (candidates read alone) follow too;
        # the stored ones are relabelled at save
        for doc, story in self.story_of.items():
            if story == gone:
                self.story_of[doc] = keep

    def _story_now(self, story: str) -> str:
        """The story a stored story id stands for now (merged in this batch: the one that took it)."""
        return _followed(self._story_merged, story)

    def _topic_age(self, topic: str) -> int:
        # its oldest stored document (under its own id or a topic it took over in this batch),
        # or a story of it this batch holds
        held = [self._story_age(s) for s in dict.get(self.topic_stories, topic, ()) if s in self.summaries]
        family = [topic, *self._took.get(topic, ())]
        stored = [seq for t in family if (seq := self._stored_first_seq(t)) is not None]
        return min([*held, *stored])

    def _stored_first_seq(self, topic: str) -> int | None:
        if topic not in self._first_seq:
            self._first_seq[topic] = self.loader.topic_first_seq(topic)
        return self._first_seq[topic]

    def _merge_topics(self, keep: str, gone: str) -> None:
        # a merge moves ids, sums and counts: both topics' story ids, sizes, centroids and links
        # are read (one row or a count each), none of their documents; the stored stories of the
        # topic merged away are relabelled when the index is saved (``topic_moves``)
        if keep == gone:
            return
        for topic in (keep, gone):
            self.need_stories(topic)
            self.need_centroid(topic)
            if not dict.__contains__(self.topic_size, topic):
                dict.__setitem__(self.topic_size, topic, self.topic_size[topic])
            self._stored_first_seq(topic)  # its age, before the merge hides its stored rows
            self.topic_links[topic]  # read while it is not retired yet: the merge moves them
        super()._merge_topics(keep, gone)
        self._topics_read.add(gone)
        self._merged_into[gone] = keep
        self._took.setdefault(keep, set()).update({gone, *self._took.pop(gone, ())})

    def _topic_now(self, topic: str) -> str:
        """The topic a stored topic id stands for now (merged in this batch: the one that took it)."""
        return _followed(self._merged_into, topic)

    def _need_features(self, features: Iterable[str]) -> None:
        missing = sorted(set(features).difference(self._features_read))  # in C: callers pass thousands
        if not missing:
            return
        stored = self.loader.features(missing)
        for f in missing:
            self._features_read.add(f)
            df, langs = stored.get(f, (0, {}))
            self._df0[f] = df
            present = {lang for lang, n in langs.items() if n > 0}
            if df > 0:
                self.df[f] = df
            if present:
                self._langs0[f] = present
                self.languages[f] = set(present)
                if len(present) >= CROSS_LINGUAL_LANGS:  # ``crossing`` follows ``languages``
                    self.crossing.add(f)
                else:
                    self.crossing.discard(f)
            self.lang_counts[f] = Counter({lang: n for lang, n in langs.items() if n > 0})

    def read_members(self, stories: Iterable[str]) -> dict[str, list[str]]:
        """Every document of these stories as stored (save the index first), oldest first, into
        ``members`` with why each joined: what finishing and explaining a story need."""
        out = {}
        for story, rows in self.loader.story_members(sorted(set(stories))).items():
            out[story] = self.members[story] = [doc for doc, _joined in rows]
            for doc, joined in rows:
                if joined and doc not in self.joins:
                    self.joins[doc] = join_of(joined)
        return out

    def need_story(self, story: str) -> None:
        """Load a stored story by its summary (or, a store without one, whole)."""
        self.need_summaries([story])

    def need_summaries(self, stories: Iterable[str]) -> None:
        """Load these stored stories (those not loaded yet) by their summaries, one read for all:
        centroid, span, counts, leads' sum, topic and cached reasons; a story without a stored
        summary is read whole and summed from its documents, as a whole load sums it."""
        missing = sorted({s for s in stories if s not in self.summaries and s not in self.retired_stories})
        if not missing:
            return
        rows = self.loader.summaries(missing)
        for story in missing:
            row = rows.get(story)
            if row is None or stale(row["data"], self._stored):
                why, docs = self.loader.story(story)
                self._load_docs(docs)
                if docs:
                    self._install_story(story, docs, why)  # written when it changes, as by a whole load
                    if story in self._tallied:  # summed from its documents as stored: the changes follow
                        self.summaries[story].apply(*self._tallied.pop(story))
                        self.changed_stories.add(story)
                rows.pop(story, None)
                continue
            self.members[story] = []  # its stored documents stay unread
            self.topic_of[story] = self._topic_now(row["topic"])
            if row["why"]:
                self.why[story] = row["why"]
            install_summary(self, story, row)
            if story in self._tallied:  # refreshed by its tally so far: those changes follow
                self.summaries[story].apply(*self._tallied.pop(story))
                self.changed_stories.add(story)
        # a centroid is compared across languages by the share of it in features seen in several
        # (``_centroid_cos``): their languages as stored, which a whole load knows for every feature
        self._need_features(chain.from_iterable(self.story_centroids[s].vec for s in missing if s in rows))

    def _install_story(self, story: str, docs: list[StoredDoc], why: Any) -> None:
        """A stored story without a summary, from its documents (``restore`` sums it alike)."""
        self.members[story] = [r.doc_id for r in docs]
        self.topic_of[story] = self._topic_now(docs[0].topic)
        if why:
            self.why[story] = why
        centroid = self.story_centroids[story] = Centroid()
        summary = self.summaries[story] = StorySummary(self._stored)
        for r in docs:  # as stored, whatever a refresh has changed since
            self._stretch(story, r.signals.anchor)
            centroid.add(self._opened[r.doc_id], r.signals.lang or "?")
            summary.add(r.signals, r.seq)
            self.dense.join(story, r.doc_id)

    def need_stories(self, topic: str) -> None:
        """A stored topic's story ids (not their documents)."""
        if dict.__contains__(self.topic_stories, topic) or topic in self._topics_read:
            return
        stories = self.loader.topic_stories(topic)
        if not stories:  # none stored, or a topic-less story's made-up topic (one small story)
            self.need_topic(topic)
            return
        dict.__setitem__(self.topic_stories, topic, {s for s in stories if s not in self.retired_stories})

    def need_centroid(self, topic: str) -> None:
        """A stored topic's centroid: its row, or (a store without one) the sum over its documents."""
        if dict.__contains__(self.topic_centroids, topic) or topic in self._topics_read:
            return
        row = self.loader.centroids([topic]).get(topic)
        if row is not None:
            dict.__setitem__(self.topic_centroids, topic, centroid_of(row))
        else:
            self.need_topic(topic)

    def need_topic(self, topic: str) -> None:
        """Load a topic whole: every story of it with every document, and what it holds in sum
        (size, centroid) unless that was read before (and perhaps grown since)."""
        if topic in self._topics_read:
            return
        size_known = dict.__contains__(self.topic_size, topic)
        centroid_known = dict.__contains__(self.topic_centroids, topic)
        self._topics_read.add(topic)
        whys, rows = self.loader.topic(topic)
        if not rows:
            return
        self._load_docs(rows)
        order: dict[str, list[StoredDoc]] = {}
        for r in rows:  # oldest first, as a whole load reads them
            order.setdefault(r.story, []).append(r)
        stories = dict.setdefault(self.topic_stories, topic, set())
        summed = self.loader.summaries([s for s in order if s not in self.summaries])
        for story, docs in order.items():
            if story in self.retired_stories:
                continue
            stories.add(story)
            if story in summed:
                self.need_summaries([story])
                self.members[story] = [r.doc_id for r in docs]
            elif story not in self.summaries:
                self._install_story(story, docs, whys.get(story))
            for r in docs:
                self.dense.join(topic, r.doc_id)
        if not size_known:
            dict.__setitem__(self.topic_size, topic, len(rows))
        if not centroid_known:
            row = self.loader.centroids([topic]).get(topic)
            if row is not None:
                dict.__setitem__(self.topic_centroids, topic, centroid_of(row))
            else:  # a store without the row: summed as a whole load sums it
                self.changed_topics.add(topic)
                centroid = dict.setdefault(self.topic_centroids, topic, Centroid())
                for docs in order.values():
                    for r in docs:
                        centroid.add(self._opened[r.doc_id], r.signals.lang or "?")

    def _stored_size(self, topic: str) -> int:
        """Documents of a stored topic not read yet (0 once read: its documents are counted in)."""
        if topic in self._topics_read:
            return 0
        if topic not in self._sizes:
            self._sizes[topic] = self.loader.topic_size(topic)
        return self._sizes[topic]

    def _vector_when_opened(self, doc: str) -> dict[str, float]:
        """``_fresh_vector`` with the document frequencies and languages of when the index was
        opened: what a whole load computes for every stored document."""
        weights = self._weights0
        features = self.signals[doc].features
        # the same products, sum and quotients in the same order, in C where every weight is kept
        # (a loaded document's features are read before its vector): a batch at 100k documents
        # loads some 7,000 candidates, at 1k about 1,000
        if weights.keys() >= features.keys():
            vec = dict(
                zip(features, map(mul, features.values(), map(weights.__getitem__, features)), strict=True)
            )
        else:
            vec = {
                f: w * (weights[f] if f in weights else self._weight_when_opened(f))
                for f, w in features.items()
            }
        values = list(vec.values())
        norm = math.sqrt(sum(map(mul, values, values))) or 1.0
        return dict(zip(vec, map(truediv, values, repeat(norm)), strict=True))

    def _weight_when_opened(self, feature: str) -> float:
        """Fixed for the life of the index once the feature's stored counts are read: kept, as the
        documents a batch loads share most of their features."""
        n, df = self._stored, self._df0.get(feature, 0)
        langs = self._langs0.get(feature)
        bound = langs is not None and len(langs) < CROSS_LINGUAL_LANGS and df >= LANGUAGE_EVIDENCE
        weight = (1.0 + math.log((n + 1) / (df + 1))) * (LANGUAGE_BOUND_WEIGHT if bound else 1.0)
        if feature in self._features_read:
            self._weights0[feature] = weight
        return weight


def _followed(merged: dict[str, str], key: str) -> str:
    """Where a chain of merges (gone → kept) leads from ``key``; a cycle stops where it closes."""
    seen = set()
    while key in merged and key not in seen:
        seen.add(key)
        key = merged[key]
    return key
