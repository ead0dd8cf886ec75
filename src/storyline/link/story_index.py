"""The story index: documents go in one at a time and land in a story (and a topic) at once.

``StoryIndex.add`` is the only way a document joins — a batch grouping adds every document to an
empty index (in ``stories.story_order``), an incremental update adds the new ones to the index
kept in the store — so there is one algorithm, whatever the path.

For a new document:
1. candidates come from an inverted index over features (the document's most telling features,
   each posting list read from its most recent end, capped): never all pairs;
2. each candidate is scored by cosine over tf-idf vectors with the idf of now, where a feature
   that has shown itself bound to one language weighs less; between two languages the score is
   taken in the space the two can share (``similarity``);
3. story: the document may join a story holding a document it links to — score ≥
   ``STORY_THRESHOLD``, the days they name no more than ``STORY_WINDOW_DAYS`` apart, no conflicting
   main event (same kind, other place, other day), and resting on more than the countries both
   name (``story_evidence``) — if it is also like that story as a whole
   (centroid ≥ ``STORY_CENTROID``) and speaks from its time (``STORY_SPAN_DAYS``). It joins the
   one it is most like; a second linked story alike as a whole (``STORY_MERGE``) is merged in:
   the document bridged them. The centroid test is what keeps a chain of pairwise links from
   drifting into an endless story;
4. topic: a new story joins the topic it is most like as a whole (``TOPIC_JOIN``) among those
   holding a document it links to (``TOPIC_JOIN_LINK``), else opens one. Links between topics
   are counted; a small topic merges into another as a new document would have joined it; two
   big ones merge when their links are many for their size and they are alike as wholes, so one
   stray bridge does not fuse Brexit with Nord Stream.

Story and topic ids are those of their oldest document, so they survive later additions. The
thresholds below were set on BSNLP (eval/stories.py) and on the test corpora; see eval/README.md.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Container
from dataclasses import dataclass, field, replace
from itertools import compress, repeat
from operator import mul, neg
from typing import Any

from storyline.link.event_families import facets
from storyline.link.story_embeddings import EmbeddingSpace
from storyline.link.story_evidence import country_level_feature, happening_evidence
from storyline.link.story_features import (
    DocSignals,
    MainEvent,
    conflicting_events,
    conflicting_mains,
    time_gap,
)
from storyline.link.story_summary import StorySummary
from storyline.link.story_vectors import Centroid, cosine, shared_features
from storyline.serde import stable_id

# stories
STORY_THRESHOLD = 0.3  # a link between two documents of one happening
STORY_CENTROID = 0.3  # … and the document must be this like the story as a whole
STORY_MERGE = 0.4  # two stories a document bridges merge when they are this alike as wholes
STORY_WINDOW_DAYS = 21  # the days two linked documents name are at most this far apart
STORY_SPAN_DAYS = 45  # a story's documents speak from within this many days of each other …
# … unless a later piece names a day near the story's start (an anniversary, a verdict)
EVENT_DAYS = 3  # two reports of one happening may date it a few days apart
STORY_EVIDENCE = True  # a story link needs evidence about the happening, not countries alone
SPECIFIC_SHARE = 0.01  # a word held by at most this share of the documents tells a happening …
SPECIFIC_MIN_DF = 3  # … or by at most this many (a young index, where every word is rare)
# topics
TOPIC_JOIN_LINK = 0.15  # a new story may join only a topic holding a document it is this like …
TOPIC_JOIN = 0.15  # … and only when it is this like the topic as a whole
TOPIC_THRESHOLD = 0.2  # a link that counts towards merging two topics
TOPIC_SUPPORT = 3  # links two big topics need at least …
TOPIC_LINK_RATIO = 0.2  # … and per document of the smaller one
TOPIC_MERGE = 0.25  # two big topics merge when they are this alike as wholes
SMALL_TOPIC = 3  # documents: a topic this small joins another as a new document would
FACET_MERGE = 0.15  # two stories of one topic telling facets of one happening merge this alike
FACET_SHARE = 1 / 3  # a kind of happening a story tells: the main event of this share of it
CONSOLIDATE = True  # after each document, test its topic's merges again (``_consolidate``)
SINGLE_LINK = False  # plain single link at both levels (measured: worse on BSNLP; for comparison)
# candidates and weights
PROBE_FEATURES = 16  # features of a new document used to look up candidates
POSTING_TAIL = 300  # most recent documents read from one posting list
MAX_CANDIDATES = 120  # candidates scored, those sharing most probe weight first
VECTOR_REFRESH = 1.1  # cached vectors and topic similarities last until the index grows by a tenth
CROSS_LINGUAL_LANGS = 2  # a feature seen in this many languages crosses languages
LANGUAGE_EVIDENCE = 5  # documents in one language before a feature counts as bound to it
LANGUAGE_BOUND_WEIGHT = 0.3
CROSS_LINGUAL_BOOST = True  # compare two languages in the space they share (``similarity``)
MIN_SHARE = 0.3  # a document almost all of one language is not boosted past ~3×
UNBOOSTED = frozenset("vpw")  # feature kinds that say what kind of news, not which happening
# the leads' multilingual vectors (``story_embeddings``): added to the feature similarity with
# these weights, for stories and for topics; they meet across any two languages where names,
# places and dates are written too differently to be linked
LEAD_WEIGHT = 0.5
LEAD_FLOOR = 0.0  # lead similarity below this adds nothing (and above it, only the excess)
LEAD_TOPIC_WEIGHT = 0.0
LEAD_FEATURE = "~lead"  # how the lead similarity is named among the reasons of a link


class _Common:
    """The features a story holds in common: those of at least a third of its documents. A place
    one member happens to name does not make it the story's place."""

    SHARE = 1 / 3

    def __init__(self, index: StoryIndex, story: str) -> None:
        self.summary = index.summaries[story]

    def __contains__(self, feature: object) -> bool:
        return self.summary.common(feature, self.SHARE)


class _Broad:
    """The country-level features either side marks (a document's set, a story's counts)."""

    def __init__(self, *sides: Container[str]) -> None:
        self.sides = sides

    def __contains__(self, feature: object) -> bool:
        return any(feature in side for side in self.sides)


def _lead(similarity: float) -> float:
    """What the leads' similarity adds to a link: only what lies beyond ``LEAD_FLOOR``, if a floor
    is set (unrelated leads then add nothing, however many there are), else all of it."""
    if LEAD_FLOOR <= 0:
        return LEAD_WEIGHT * similarity
    return LEAD_WEIGHT * max(0.0, similarity - LEAD_FLOOR)


@dataclass
class Join:
    """Why a document is where it is: the document it linked to most strongly and what they share."""

    via: str | None
    score: float
    shared: list[tuple[str, float]] = field(default_factory=list)  # (feature, contribution)
    opened: bool = False  # the document opened its story; ``via`` is then only its nearest neighbour


@dataclass
class StoryIndex:
    signals: dict[str, DocSignals] = field(default_factory=dict)  # in the order documents were added
    seq: dict[str, int] = field(default_factory=dict)
    next_seq: int = 0
    df: Counter[str] = field(default_factory=Counter)
    postings: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    story_of: dict[str, str] = field(default_factory=dict)
    members: dict[str, list[str]] = field(default_factory=dict)  # story → documents (oldest first)
    topic_of: dict[str, str] = field(default_factory=dict)  # story → topic
    topic_stories: dict[str, set[str]] = field(default_factory=dict)
    topic_links: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    joins: dict[str, Join] = field(default_factory=dict)
    span: dict[str, tuple[int, int]] = field(default_factory=dict)  # story → first, last anchor day
    topic_size: Counter[str] = field(default_factory=Counter)  # documents per topic
    languages: dict[str, set[str]] = field(default_factory=dict)  # feature → languages it was seen in
    # the features of ``languages`` seen in at least CROSS_LINGUAL_LANGS (a feature's languages
    # only grow): what the cross-language share sums over (``_crossing_part``), kept as they grow
    crossing: set[str] = field(default_factory=set, repr=False)
    story_centroids: dict[str, Centroid] = field(default_factory=dict)
    # story → its counts (size, age, features held, main events): what comparing a new document
    # with the story asks besides its centroid and span, kept as documents join (``story_summary``)
    summaries: dict[str, StorySummary] = field(default_factory=dict)
    _alike_cache: dict[tuple[str, str], tuple[int, float]] = field(default_factory=dict, repr=False)
    _near: list[tuple[float, str]] = field(default_factory=list, repr=False)  # the new document's candidates
    _share_memo: tuple[str, float] | None = field(default=None, repr=False)  # (document, ``_share``)
    topic_centroids: dict[str, Centroid] = field(default_factory=dict)
    dense: EmbeddingSpace = field(default_factory=EmbeddingSpace)
    _mains: dict[str, tuple[int, MainEvent | None]] = field(default_factory=dict, repr=False)
    _vectors: dict[str, tuple[int, dict[str, float]]] = field(default_factory=dict, repr=False)
    why: dict[str, list[dict[str, object]]] = field(default_factory=dict)  # story → reasons, cached
    # what changed since the last ``take_changes``: for saving only what moved
    changed_docs: set[str] = field(default_factory=set)
    # documents whose story changed by a merge, nothing else: their row changes in one column
    moved_docs: set[str] = field(default_factory=set)
    # topics merged, in order (gone, keep): their stories' rows are relabelled where they are
    # stored, so a merge needs neither the stories nor their documents in memory
    topic_moves: list[tuple[str, str]] = field(default_factory=list)
    # stories merged, in order (gone, keep): their stored documents are relabelled in one statement,
    # so a merge needs none of them in memory
    story_moves: list[tuple[str, str]] = field(default_factory=list)
    changed_stories: set[str] = field(default_factory=set)
    retired_stories: set[str] = field(default_factory=set)
    retired_topics: set[str] = field(default_factory=set)  # merged away: their stored centroid goes
    # topics whose centroid is not what was read (a document joined, a topic merged in, or summed
    # from documents where no stored row was read): only those are written back. A topic whose
    # stories changed only by a refresh keeps its centroid, and writing it again cost a JSON
    # encoding of thousands of features each (86 of 103 topics written at 100k were unchanged)
    changed_topics: set[str] = field(default_factory=set)
    changed_links: set[tuple[str, str]] = field(default_factory=set)
    changed_features: set[str] = field(default_factory=set)
    # document → the features of its stored posting rows, where the index knows them (a partial
    # index: those it loaded, and [] for those it added): saving deletes those rows by their key,
    # where a document not in it has its rows deleted by document id — a scan of every posting
    # (the posting table has no index by document alone: at 100k documents, 2 s per batch)
    stored_postings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # feature → documents holding it per language: what ``languages`` is rebuilt from when the
    # index is loaded again (a refresh that drops a feature takes its language away then)
    lang_counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    # ------------------------------------------------------------ reading

    def __len__(self) -> int:
        return len(self.signals)

    def __contains__(self, doc: str) -> bool:
        return doc in self.signals

    def idf(self, feature: str) -> float:
        n = len(self)
        return 1.0 + math.log((n + 1) / (self.df.get(feature, 0) + 1))

    def vector(self, doc: str) -> dict[str, float]:
        """tf-idf, unit length. Cached until the index has grown by a tenth: idf moves slowly."""
        n = len(self)
        cached = self._vectors.get(doc)
        if cached is not None and n <= cached[0] * VECTOR_REFRESH:
            return cached[1]
        vec = self._fresh_vector(doc)
        self._vectors[doc] = (n, vec)
        return vec

    def weight(self, feature: str) -> float:
        """idf, lowered for a feature seen in fewer than ``CROSS_LINGUAL_LANGS`` languages so far:
        such a feature (an unlinked name, a word of one language) makes documents of one language
        alike whatever their story, and would drown the features that cross languages."""
        langs = self.languages.get(feature)
        bound = (
            langs is not None
            and len(langs) < CROSS_LINGUAL_LANGS
            and self.df.get(feature, 0) >= LANGUAGE_EVIDENCE  # not just unseen elsewhere yet
        )
        return self.idf(feature) * (LANGUAGE_BOUND_WEIGHT if bound else 1.0)

    def similarity(self, sig: DocSignals, vec: dict[str, float], other: str) -> float:
        """Cosine; between two languages, measured in the space they can share: the dot product
        counts only features seen in several languages anyway, so it is divided by how much of
        each vector lies there (the square root of both shares). Two reports of one fire in
        Russian and English are then as alike as two English ones, while an article that shares
        nothing across languages gains nothing."""
        ovec = self.vector(other)
        dot = cosine(vec, ovec)  # computed twice per candidate (also plain): cheap next to the rest
        lead = _lead(self.dense.similarity(sig.doc, other))
        if not CROSS_LINGUAL_BOOST or (sig.lang or "?") == (self.signals[other].lang or "?") or dot <= 0:
            return dot + lead
        share = self._own_share(sig.doc, vec) * self._share(ovec)
        if share <= 0:
            return dot + lead
        # only what names this happening is boosted: a kind of event or a common stem shared by
        # two short reports in two languages says little, and boosted it would link any two
        generic = sum(v * ovec.get(f, 0.0) for f, v in vec.items() if f[:1] in UNBOOSTED)
        return min(1.0, generic + (dot - generic) / math.sqrt(share)) + lead

    def topic_similarity(self, doc: str, vec: dict[str, float], other: str) -> float:
        """Plain cosine plus the leads' similarity at the topic weight: topics keep the plain
        cosine (see ``add``)."""
        return cosine(vec, self.vector(other)) + LEAD_TOPIC_WEIGHT * self.dense.similarity(doc, other)

    def _centroid_cos(self, centroid: Centroid, sig: DocSignals, vec: dict[str, float]) -> float:
        """Cosine with a story's or topic's centroid, measured like ``similarity`` when the
        document's language is not the one most of the centroid's documents are in."""
        cos = centroid.cosine(vec)
        main = centroid.langs.most_common(1)
        if not CROSS_LINGUAL_BOOST or cos <= 0 or not main or main[0][0] == (sig.lang or "?"):
            return cos
        part = self._crossing_part(centroid.vec)
        share = self._own_share(sig.doc, vec) * max(math.sqrt(part / centroid.norm2), MIN_SHARE)
        return min(1.0, cos / math.sqrt(share))

    def _own_share(self, doc: str, vec: dict[str, float]) -> float:
        """``_share`` of the document being added, once per ``add`` rather than once per
        candidate: no language of its features changes while its candidates are scored."""
        memo = self._share_memo
        if memo is None or memo[0] != doc:
            memo = self._share_memo = (doc, self._share(vec))
        return memo[1]

    def _share(self, vec: dict[str, float]) -> float:
        """Length of the part of a unit vector made of features seen in several languages."""
        return max(math.sqrt(self._crossing_part(vec)), MIN_SHARE)

    def _crossing_part(self, vec: dict[str, float]) -> float:
        """Σ v·v over the features seen in several languages, in ``vec``'s order: the sum a
        generator testing ``languages`` gives, to the last bit, with the test and the products in C
        (a story's or topic's centroid holds thousands of features)."""
        values = list(map(vec.__getitem__, filter(self.crossing.__contains__, vec)))
        return sum(map(mul, values, values))

    def _fresh_vector(self, doc: str) -> dict[str, float]:
        feats = self.signals[doc].features
        vec = {f: w * self.weight(f) for f, w in feats.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {f: v / norm for f, v in vec.items()}

    def reasons(self, story: str, top: int = 40) -> list[dict[str, object]]:
        """The features that most hold a story together: tf-idf summed over its documents (its
        centroid: each as it joined), counting only features shared by at least two of them (all
        of them for a single one). From the story's sums, so no document of it is read."""
        if story in self.why and story not in self.changed_stories:
            return self.why[story]
        total = self.story_centroids[story].vec
        summary = self.summaries[story]
        seen = summary.held
        need = 2 if summary.size > 1 else 1
        # the first ``top`` of the features held by ``need`` documents, by (-weight, feature) as a
        # full sort orders them (features are unique: no ties), picked in C: a story whose
        # documents had an entity renamed is explained again, and at 100k documents a batch
        # explains some 900 such stories of thousands of features each
        kept = list(compress(total, map(need.__le__, map(seen.get, total, repeat(0)))))
        ranked = heapq.nsmallest(top, zip(map(neg, map(total.__getitem__, kept)), kept, strict=True))
        best = [(f, -w) for w, f in ranked]
        norm = sum(w for _, w in best) or 1.0
        self.why[story] = [
            {"feature": f, "weight": round(w / norm, 3), "documents": seen[f]} for f, w in best
        ]
        return self.why[story]

    def stories(self) -> list[tuple[str, list[str]]]:
        """(story id, documents) in the order the stories were opened."""
        return sorted(self.members.items(), key=lambda item: self.seq[item[1][0]])

    # ------------------------------------------------------------ adding

    def add(self, sig: DocSignals) -> set[str]:
        """Add one document; returns the stories it touched (its own, and any merged into it)."""
        if sig.doc in self.signals:
            return set()
        self.next_seq += 1
        self._share_memo = None
        self.seq[sig.doc] = self.next_seq
        self.signals[sig.doc] = sig
        self._count(sig)
        vec = self._fresh_vector(sig.doc)
        self._vectors[sig.doc] = (len(self), vec)
        lead = self.dense.add(sig.doc, sig.embedding, sig.lang)
        # stories compare across languages in the space they share (``similarity``); topics, where
        # a lenient cross-lingual measure would fuse subjects through the names everybody uses
        # (countries, the EU), keep the plain cosine
        candidates = self._candidates(vec)
        if lead is not None:
            known = set(candidates)
            candidates += [c for _s, c in self._neighbours(lead, sig.doc) if c not in known]
        pairs = [
            (self.similarity(sig, vec, c), self.topic_similarity(sig.doc, vec, c), c) for c in candidates
        ]
        scored = [(plain, c) for _b, plain, c in pairs]
        story_links = [
            (s, c)
            for s, _p, c in pairs
            if s >= STORY_THRESHOLD
            and self._same_happening(sig, self.signals[c])
            and self._evidence(sig, vec, c, s)
        ]
        topic_links = [(s, c) for s, c in scored if s >= min(TOPIC_THRESHOLD, TOPIC_JOIN_LINK)]
        self.changed_docs.add(sig.doc)
        self._near = scored
        touched = self._place_in_story(sig, vec, story_links)
        for f in sig.features:
            self._post(f, sig.doc)
        story = self.story_of[sig.doc]
        self._explain(sig.doc, vec, story_links, topic_links)
        self._link_topics(
            self.topic_of[story], [(s, self.topic_of[self.story_of[c]]) for s, c in topic_links]
        )
        if CONSOLIDATE and not SINGLE_LINK:
            self._consolidate(self.topic_of[self.story_of[sig.doc]])
        if not SINGLE_LINK:
            touched |= self._join_facets(self.story_of[sig.doc])
        return touched

    def _place_in_story(
        self, sig: DocSignals, vec: dict[str, float], links: list[tuple[float, str]]
    ) -> set[str]:
        """Join the linked story the document is most like as a whole (its centroid), so a chain of
        pairwise links cannot drift away from what the story is about; a second linked story
        that is alike as a whole is merged in (the document bridged them)."""
        near = {self.story_of[c] for _s, c in links}
        if SINGLE_LINK:
            fit = {s: 1.0 for s in near}
        else:
            fit = {
                s: self._centroid_cos(self.story_centroids[s], sig, vec)
                + _lead(self.dense.group_cosine(s, sig.doc))
                for s in near
                if self._fits(s, sig)
            }
            fit = {s: c for s, c in fit.items() if c >= STORY_CENTROID}
        doc = sig.doc
        if not fit:
            story = stable_id("s-", doc)
            self.members[story] = [doc]
            self.summaries[story] = StorySummary(len(self))
            self.summaries[story].add(sig, self.seq[doc])
            self.story_of[doc] = story
            self.story_centroids[story] = Centroid()
            self.story_centroids[story].add(vec, sig.lang or "?")
            self.dense.join(story, doc)
            topic = self._choose_topic(sig, vec, story)
            self.topic_of[story] = topic
            self.topic_stories.setdefault(topic, set()).add(story)
            self.topic_centroids.setdefault(topic, Centroid()).add(vec, sig.lang or "?")
            self.changed_topics.add(topic)
            self.dense.join(topic, doc)
            self.topic_size[topic] += 1
            self._stretch(story, sig.anchor)
            self.changed_stories.add(story)
            return {story}
        story = max(fit, key=lambda s: (fit[s], s))
        self.members[story].append(doc)
        self.summaries[story].add(sig, self.seq[doc])
        self.story_of[doc] = story
        self.story_centroids[story].add(vec, sig.lang or "?")
        self.topic_centroids[self.topic_of[story]].add(vec, sig.lang or "?")
        self.changed_topics.add(self.topic_of[story])
        self.dense.join(story, doc)
        self.dense.join(self.topic_of[story], doc)
        self.topic_size[self.topic_of[story]] += 1
        self._stretch(story, sig.anchor)
        self.changed_stories.add(story)
        touched = {story}
        for other in sorted(fit, key=self._story_age):
            if other == story or other not in self.summaries:
                continue
            if SINGLE_LINK:
                pass
            elif self._stories_alike(story, other) < STORY_MERGE or not self._one_happening(story, other):
                continue
            t_story, t_other = self.topic_of[story], self.topic_of[other]
            if not SINGLE_LINK and t_story != t_other and self._alike(t_story, t_other) < TOPIC_MERGE:
                continue  # two small stories alike in two unlike topics: the topics decide
            if True:
                keep, gone = sorted((story, other), key=self._story_age)
                self._merge_stories(keep, gone)
                touched |= {keep, gone}
                story = keep
        return touched

    def _choose_topic(self, sig: DocSignals, vec: dict[str, float], story: str) -> str:
        """Among the topics of the documents the new one links to strongly, the one whose centroid
        is most like it, if like enough; else a topic of its own. Both tests matter: a strong link
        alone lets the first report of a new subject slip into a broad old topic through one
        neighbour, a centroid alone pulls everything towards the broadest topic."""
        if SINGLE_LINK:
            linked = [(s, c) for s, c in self._near if s >= TOPIC_THRESHOLD]
            return self.topic_of[self.story_of[max(linked)[1]]] if linked else "t-" + story[2:]
        best, best_cos = None, TOPIC_JOIN
        candidates = {self.topic_of[self.story_of[c]] for s, c in self._near if s >= TOPIC_JOIN_LINK}
        for t in sorted(candidates):
            cos = self.topic_centroids[t].cosine(vec) + LEAD_TOPIC_WEIGHT * self.dense.group_cosine(
                t, sig.doc
            )
            if cos >= best_cos:
                best, best_cos = t, cos
        return best or "t-" + story[2:]

    def _explain(self, doc: str, vec: dict[str, float], story_links: list[tuple[float, str]],
                 topic_links: list[tuple[float, str]]) -> None:  # fmt: skip
        story = self.story_of[doc]
        inside = [(s, c) for s, c in story_links if self.story_of[c] == story]
        best = max(inside, default=None)
        if best:
            self.joins[doc] = Join(best[1], round(best[0], 3), self._shared(doc, vec, best[1]))
            return
        near = max(topic_links, default=None)  # opened a story: say what it was nearest to
        self.joins[doc] = (
            Join(near[1], round(near[0], 3), self._shared(doc, vec, near[1]), opened=True)
            if near
            else Join(None, 0.0, opened=True)
        )

    def _shared(self, doc: str, vec: dict[str, float], other: str) -> list[tuple[str, float]]:
        """What two documents share, by contribution — the leads' similarity among the features."""
        shared = shared_features(vec, self.vector(other))
        lead = round(_lead(self.dense.similarity(doc, other)), 4)
        if lead > 0:
            shared = sorted([*shared, (LEAD_FEATURE, lead)], key=lambda fw: (-fw[1], fw[0]))[
                : len(shared) + 1
            ]
        return shared

    def _neighbours(self, lead: Any, doc: str) -> list[tuple[float, str]]:
        """The nearest leads (a partial index first loads the documents they belong to)."""
        return self.dense.neighbours(lead, doc)

    def _post(self, feature: str, doc: str) -> None:
        self.postings[feature].append(doc)

    def _count(self, sig: DocSignals) -> None:
        self.df.update(sig.features.keys())
        lang = sig.lang or "?"
        for f in sig.features:
            self._seen_in(f, lang)
            self.lang_counts[f][lang] += 1
        self.changed_features.update(sig.features)

    def _seen_in(self, feature: str, lang: str) -> None:
        langs = self.languages.setdefault(feature, set())
        langs.add(lang)
        if len(langs) >= CROSS_LINGUAL_LANGS:
            self.crossing.add(feature)

    def _same_happening(self, a: DocSignals, b: DocSignals) -> bool:
        gap = time_gap(a.days, b.days)
        if gap is not None and gap > STORY_WINDOW_DAYS:
            return False
        return not conflicting_events(a, b, EVENT_DAYS)

    def _evidence(self, sig: DocSignals, vec: dict[str, float], other: str, score: float) -> bool:
        """Does the link rest on something about the happening, not on the countries both
        reports name (``story_evidence``)? Two happenings of one war share those. A link that
        would pass without its country-level features (the leads alike, a day) rests on them
        no more than on anything else."""
        if not STORY_EVIDENCE:
            return True
        b = self.signals[other]
        broad = sig.broad | b.broad
        kinds = (sig.main.type if sig.main else None, b.main.type if b.main else None)
        if happening_evidence(sig.features, b.features, broad, *kinds, self._specific):
            return True
        return score - self._broad_part(sig, vec, other, broad) >= STORY_THRESHOLD

    def _specific(self, feature: str) -> bool:
        """Is a word or name stem rare enough in the index to tell a happening?"""
        return self.df.get(feature, 0) <= max(SPECIFIC_MIN_DF, SPECIFIC_SHARE * len(self))

    def _broad_part(self, sig: DocSignals, vec: dict[str, float], other: str, broad: frozenset[str]) -> float:
        """What the country-level features add to ``similarity`` (boosted as it boosts them)."""
        ovec = self.vector(other)
        part = sum(v * ovec.get(f, 0.0) for f, v in vec.items() if country_level_feature(f, broad))
        if CROSS_LINGUAL_BOOST and (sig.lang or "?") != (self.signals[other].lang or "?"):
            share = self._own_share(sig.doc, vec) * self._share(ovec)
            if share > 0:
                part /= math.sqrt(share)
        return part

    def _candidates(self, vec: dict[str, float]) -> list[str]:
        probe = sorted(vec, key=lambda f: (-vec[f], f))
        hits: dict[str, float] = {}
        found = hits.get  # a plain dict: a Counter calls back into Python for every new key
        used = 0
        for f in probe:
            posting = self.postings.get(f)
            if not posting:
                continue
            w = vec[f]
            for other in posting[-POSTING_TAIL:]:
                hits[other] = found(other, 0) + w
            used += 1
            if used >= PROBE_FEATURES:
                break
        # the first MAX_CANDIDATES by (-hits, id), as a full sort orders them: (-hits, id) pairs
        # made in C, and only the kept ones sorted (thousands of documents hit at 100k stored)
        ranked = heapq.nsmallest(MAX_CANDIDATES, zip(map(neg, hits.values()), hits, strict=True))
        return [c for _, c in ranked]

    def _fits(self, story: str, sig: DocSignals) -> bool:
        """Does the document speak from the time of the story (or name the day it began), and is
        its main event not at odds with the story's (another earthquake, elsewhere, on another
        day)? The second test is what a pair link alone cannot see: a report that linked to the
        story's first, vaguer member may still tell another happening than the story has become."""
        if conflicting_mains(
            sig.main, self._story_main(story), EVENT_DAYS, sig.features, _Common(self, story),
            broad=_Broad(sig.broad, self.summaries[story].broad),
        ):  # fmt: skip
            return False
        if sig.anchor is None or story not in self.span:
            return True
        first, last = self.span[story]
        if max(last, sig.anchor) - min(first, sig.anchor) <= STORY_SPAN_DAYS:
            return True
        return any(a - STORY_WINDOW_DAYS <= first <= b + STORY_WINDOW_DAYS for a, b in sig.days)

    def _stretch(self, story: str, day: int | None) -> None:
        if day is not None:
            first, last = self.span.get(story, (day, day))
            self.span[story] = (min(first, day), max(last, day))

    def _merge_stories(self, keep: str, gone: str) -> None:
        for d in self.members[gone]:
            self.story_of[d] = keep
            self.moved_docs.add(d)
        self.members[keep] = sorted(self.members[keep] + self.members.pop(gone), key=self.seq.__getitem__)
        self.story_centroids[keep].merge(self.story_centroids.pop(gone))
        self.summaries[keep].merge(self.summaries.pop(gone))
        self.story_moves.append((gone, keep))
        self.dense.merge(keep, gone)
        t_keep, t_gone = self.topic_of[keep], self.topic_of.pop(gone)
        self.topic_stories[t_gone].discard(gone)
        if t_gone != t_keep:
            self._merge_topics(t_keep, t_gone)  # a story lies inside one topic
        if not self.topic_stories.get(t_gone, True):
            del self.topic_stories[t_gone]
        if gone in self.span:
            gone_span = self.span.pop(gone)
            self._stretch(keep, gone_span[0])
            self._stretch(keep, gone_span[1])
        self.retired_stories.add(gone)
        self.why.pop(gone, None)
        self.changed_stories.discard(gone)
        self.changed_stories.add(keep)

    def _link_topics(self, topic: str, links: list[tuple[float, str]]) -> None:
        """Count links between topics and merge two when ``_merge_due`` says so."""
        for sim, other in links:
            if other == topic or topic not in self.topic_stories or other not in self.topic_stories:
                continue
            if sim >= TOPIC_THRESHOLD:
                self.topic_links[topic][other] += 1
                self.topic_links[other][topic] += 1
                self.changed_links.add((min(topic, other), max(topic, other)))
            merge = (
                sim >= TOPIC_THRESHOLD
                if SINGLE_LINK
                else self._merge_due(topic, other, sim >= TOPIC_JOIN_LINK)
            )
            if merge:
                topic = self._merge_into_elder(topic, other)

    def _merge_due(self, topic: str, other: str, strong_link: bool) -> bool:
        """Two topics merge when
        - one is small (a few documents) and a link between them is one that would have let it
          join the other had it arrived later (a strong link and a like centroid): the same test
          as joining, so the order of arrival hardly matters;
        - or both are big, the links between them are many for their size, and they are alike
          as wholes: one stray bridge never fuses two subjects."""
        small = min(self.topic_size[topic], self.topic_size[other])
        if small <= SMALL_TOPIC:
            return strong_link and self._alike(topic, other) >= TOPIC_JOIN
        links = self.topic_links[topic][other]
        return (
            links >= max(TOPIC_SUPPORT, TOPIC_LINK_RATIO * small) and self._alike(topic, other) >= TOPIC_MERGE
        )

    def _merge_into_elder(self, topic: str, other: str) -> str:
        keep, gone = sorted((topic, other), key=self._topic_age)
        self._merge_topics(keep, gone)
        return keep

    def _consolidate(self, topic: str) -> None:
        """Test again every merge the topic's counted links once proposed, with the sizes and
        centroids of now: a link that came when the two topics were young and unlike may be
        enough once they have grown alike. Only pairs with the topic the new document entered
        can have changed, so testing that topic's pairs after each document keeps the index
        closer to where another order of arrival would have led."""
        merged = True
        while merged and topic in self.topic_stories:
            merged = False
            for other in sorted(self.topic_links[topic]):
                # a counted link is ≥ TOPIC_THRESHOLD ≥ TOPIC_JOIN_LINK: a strong one
                if other != topic and other in self.topic_stories and self._merge_due(topic, other, True):
                    topic, merged = self._merge_into_elder(topic, other), True
                    break

    def _alike(self, a: str, b: str) -> float:
        """Centroid similarity of two topics, recomputed only once either has grown by a tenth:
        two big centroids cost thousands of multiplications, and they move slowly."""
        key = (a, b) if a < b else (b, a)
        sizes = self.topic_size[a] + self.topic_size[b]
        cached = self._alike_cache.get(key)
        if cached is not None and sizes <= cached[0] * VECTOR_REFRESH:
            return cached[1]
        value = self.topic_centroids[a].similarity(self.topic_centroids[b])
        value += LEAD_TOPIC_WEIGHT * self.dense.groups_cosine(a, b)
        self._alike_cache[key] = (sizes, value)
        return value

    def _story_main(self, story: str) -> MainEvent | None:
        """The story's main event (``representative`` of its documents'), cached until the story
        changes size."""
        summary = self.summaries[story]
        cached = self._mains.get(story)
        if cached is None or cached[0] != summary.size:
            cached = (summary.size, summary.main())
            self._mains[story] = cached
        return cached[1]

    def _story_age(self, story: str) -> int:
        """Where the story's oldest document entered the index."""
        first = self.summaries[story].first
        return 0 if first is None else first

    def _one_happening(self, a: str, b: str, kinds: tuple[str, str] | None = None) -> bool:
        """May two stories a document bridges be one? Not when together they would span more
        time than one story may, nor when their main events conflict (two earthquakes a year
        apart, at two places): a report that fits both — an undated roundup, a comparison —
        must not fuse two happenings. ``kinds``: two kinds of one family the stories tell, read
        as one kind (a flood and a dam breach at two places, months apart, conflict)."""
        if a in self.span and b in self.span:
            first = min(self.span[a][0], self.span[b][0])
            last = max(self.span[a][1], self.span[b][1])
            if last - first > STORY_SPAN_DAYS:
                return False
        main_a, main_b = self._story_main(a), self._story_main(b)
        if kinds is not None and main_a is not None and main_b is not None:
            main_a = replace(main_a, type=kinds[0])
            main_b = replace(main_b, type=kinds[0])
        # whole stories may also be told apart by the place their reports name most (two
        # earthquakes' stories, neither placing its event, each naming its own country)
        return not conflicting_mains(
            main_a, main_b, EVENT_DAYS, _Common(self, a), _Common(self, b), named=True,
            broad=_Broad(self.summaries[a].broad, self.summaries[b].broad),
        )  # fmt: skip

    def _join_facets(self, story: str) -> set[str]:
        """Merge into one the stories of the document's topic that tell facets of one happening
        (``lang/events/families.toml``: a dam's destruction, its flood, the explosion that broke
        it): undated reports whose main events differ link too weakly to one another to be
        bridged by a document, yet their topic holds them together. Only stories alike as wholes
        (``FACET_MERGE``, the likeness a document needs to join a topic), placed at one place by
        their reports (``_place_shared``: two earthquakes' stories in one topic, one of them
        unplaced, stay two) and not told apart by their span, place or day (``_one_happening``,
        the kinds of one family read as one)."""
        touched: set[str] = set()
        main = self._story_main(story)
        if not any(facets(k, k) for k in [*([main.type] if main else []), *self._kinds(story)]):
            return touched  # a story of no family's kind (most news): its topic is not read
        merged = True
        while merged:
            merged = False
            for other in sorted(self._topic_mates(self.topic_of[story]), key=self._story_age):
                if other == story or other not in self.summaries:
                    continue
                kinds = self._facets_of(story, other)
                if kinds is None or self._stories_alike(story, other) < FACET_MERGE:
                    continue
                if not self._place_shared(story, other):
                    continue
                if not self._one_happening(story, other, kinds):
                    continue
                keep, gone = sorted((story, other), key=self._story_age)
                self._merge_stories(keep, gone)
                touched |= {keep, gone}
                story, merged = keep, True
                break
        return touched

    def _topic_mates(self, topic: str) -> list[str]:
        """The stories of a topic (a partial index loads their summaries first)."""
        return sorted(self.topic_stories.get(topic, ()))

    def _places(self, story: str) -> set[str]:
        """The places a story's reports put their main events at, or name most (``MainEvent``)."""
        return {p for key in self.summaries[story].mains for p in (key[1], key[4]) if p is not None}

    def _place_shared(self, a: str, b: str) -> bool:
        """Do two stories' reports put their happening at one place: a place of one's main events
        that the other's also has, or that the other holds in common (a third of its reports name
        it)? Only positive evidence counts: an unplaced story shares no place."""
        places_a, places_b = self._places(a), self._places(b)
        if places_a & places_b:
            return True
        common_a, common_b = _Common(self, a), _Common(self, b)
        return any("e:" + p in common_b for p in places_a) or any("e:" + p in common_a for p in places_b)

    def _kinds(self, story: str) -> set[str]:
        """The kinds of happening a story tells: the main events of a share of its documents."""
        summary = self.summaries[story]
        counts: Counter[str] = Counter()
        for key, n in summary.mains.items():
            counts[key[0]] += n
        return {k for k, n in counts.items() if n >= FACET_SHARE * summary.size}

    def _facets_of(self, a: str, b: str) -> tuple[str, str] | None:
        """A kind each of two stories tells, facets of one happening (the main kinds first), or
        None when the two tell no such kinds."""
        main_a, main_b = self._story_main(a), self._story_main(b)
        first = [main_a.type] if main_a else []
        second = [main_b.type] if main_b else []
        for x in [*first, *sorted(self._kinds(a))]:
            for y in [*second, *sorted(self._kinds(b))]:
                if facets(x, y):
                    return x, y
        return None

    def _stories_alike(self, a: str, b: str) -> float:
        return self.story_centroids[a].similarity(self.story_centroids[b]) + _lead(
            self.dense.groups_cosine(a, b)
        )

    def _topic_age(self, topic: str) -> int:
        return min(self._story_age(s) for s in self.topic_stories[topic])

    def _merge_topics(self, keep: str, gone: str) -> None:
        if keep == gone:
            return
        self.retired_topics.add(gone)
        self.changed_topics.add(keep)
        self.topic_size[keep] += self.topic_size.pop(gone, 0)
        self.dense.merge(keep, gone)
        if gone in self.topic_centroids:
            self.topic_centroids.setdefault(keep, Centroid()).merge(self.topic_centroids.pop(gone))
        # the stories change topic and nothing else: their reasons stand, their rows are relabelled
        for s in self.topic_stories.pop(gone, set()):
            self.topic_of[s] = keep
            self.topic_stories[keep].add(s)
        self.topic_moves.append((gone, keep))
        for other, n in self.topic_links.pop(gone, Counter()).items():
            self.topic_links[other].pop(gone, None)
            self.changed_links.add((min(gone, other), max(gone, other)))
            if other != keep:
                self.topic_links[keep][other] += n
                self.topic_links[other][keep] += n
                self.changed_links.add((min(keep, other), max(keep, other)))
        self.topic_links[keep].pop(gone, None)

    # ------------------------------------------------------------ entity ids that changed

    def refresh(self, sig: DocSignals) -> None:
        """Replace a stored document's features (its entities were relinked): later documents
        compare against the new ones; its story stays as it is (no re-clustering)."""
        old = self.signals.get(sig.doc)
        if old is None:
            return
        for f in old.features:
            if f not in sig.features:
                self.df[f] -= 1
                if self.df[f] <= 0:
                    del self.df[f]
                self.lang_counts[f][old.lang or "?"] -= 1
                self.changed_features.add(f)
                posting = self.postings.get(f)
                if posting and sig.doc in posting:
                    posting.remove(sig.doc)
        for f in sig.features:
            if f not in old.features:
                self.df[f] += 1
                self._post(f, sig.doc)
                self._seen_in(f, sig.lang or "?")
                self.lang_counts[f][sig.lang or "?"] += 1
                self.changed_features.add(f)
        self.signals[sig.doc] = sig
        self._vectors.pop(sig.doc, None)
        self.changed_docs.add(sig.doc)
        story = self.story_of.get(sig.doc)
        if story in self.summaries:  # what its story holds follows (its centroid does not)
            self.summaries[story].replace(old, sig)
            self.changed_stories.add(story)

    def rename_entities(self, renamed: dict[str, str]) -> set[str]:
        """Entity ids that linking changed (old → new, e.g. after a merge): the stored documents'
        features follow, entities and events at a place alike, without their analyses. Returns
        the documents changed."""
        changed: set[str] = set()
        for old, new in renamed.items():
            if old == new:
                continue
            for f in self._entity_features(old):
                target = "e:" + new if f.startswith("e:") else f[: -len(old)] + new
                holders = self._holders(f)
                self._before_refresh(holders)
                for doc in holders:
                    sig = self.signals[doc]
                    features = dict(sig.features)
                    features[target] = features.get(target, 0.0) + features.pop(f)
                    main = sig.main
                    if main is not None and old in (main.place, main.named):  # its place is the entity too
                        main = replace(
                            main,
                            place=new if main.place == old else main.place,
                            named=new if main.named == old else main.named,
                        )
                    broad = sig.broad
                    if f in broad:  # a country-level entity stays one under its new id
                        broad = (broad - {f}) | {target}
                    self.refresh(replace(sig, features=features, main=main, broad=broad))
                    changed.add(doc)
        return changed

    def tally_changes(self) -> list[dict[str, Any]]:
        """Stories whose counts only were refreshed, kept apart from their summaries (a partial
        index's; a whole index holds every story's summary): story, why, ranked, changes
        (``story_tally``). Forgets them."""
        return []

    def _before_refresh(self, docs: list[str]) -> None:
        """These documents are about to be refreshed, one by one (a partial index reads what they
        need at once)."""

    def _entity_features(self, entity: str) -> list[str]:
        """The features naming an entity: the entity itself, and events at it as a place."""
        return [f for f in self.postings if f == "e:" + entity or f.endswith("@" + entity)]

    def _holders(self, feature: str) -> list[str]:
        """Every document holding a feature, in posting order."""
        return list(self.postings.get(feature, []))

    def stale_entity_docs(self, known: set[str]) -> set[str]:
        """Documents with an entity feature whose id is gone (merged or renamed by linking)."""
        return {
            d
            for f, posting in self.postings.items()
            if f.startswith("e:") and f[2:] not in known
            for d in posting
        }
