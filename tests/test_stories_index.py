"""The story index on documents described by their signals: bridging merges, order independence
over many documents, entity ids that change, and the round trip through the store."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date

from storyline.link.context import LinkContext
from storyline.link.stories import update_stories
from storyline.link.story_features import DocSignals, MainEvent, conflicting_mains, doc_signals
from storyline.link.story_index import StoryIndex
from storyline.model import Analysis, Entity, EventMention, Mention
from storyline.store import Store
from storyline.workflow.stories import load_index, save_new_index

DAY = date(2025, 3, 1).toordinal()


def _doc(name: str, features: dict[str, float], day: int | None = None, lang: str = "en",
         main: MainEvent | None = None) -> DocSignals:  # fmt: skip
    days = [(day, day)] if day is not None else []
    return DocSignals(name, lang, features, days, main, day)


def _bcubed_f1(a: dict[str, str], b: dict[str, str]) -> float:
    items = list(a)
    joint = Counter((a[i], b[i]) for i in items)
    sa, sb = Counter(a[i] for i in items), Counter(b[i] for i in items)
    p = sum(n * n / sa[x] for (x, _y), n in joint.items()) / len(items)
    r = sum(n * n / sb[y] for (_x, y), n in joint.items()) / len(items)
    return 2 * p * r / (p + r)


def _synthetic_corpus(seed: int = 5) -> list[DocSignals]:
    """Eight happenings in four topics, each reported by 30–50 documents in four languages: a
    document names some of its happening's entities, some of its topic's, a few common ones
    (countries everybody names), words of its own language and days near its happening's."""
    rng = random.Random(seed)
    docs = []
    common = [f"e:common{i}" for i in range(6)]
    for h in range(8):
        topic = h // 2
        core = [f"e:h{h}-{i}" for i in range(8)]
        broad = [f"e:t{topic}-{i}" for i in range(6)]
        day = DAY + 60 * h
        for n in range(rng.randint(30, 50)):
            lang = ["en", "ru", "bg", "pl"][n % 4]
            feats = {f: 1.0 for f in rng.sample(core, 4) + rng.sample(broad, 3) + rng.sample(common, 2)}
            feats.update({f"w:{lang}{rng.randint(0, 60)}": 0.25 for _ in range(8)})
            feats[f"v:kind{h % 3}"] = 0.4
            docs.append(_doc(f"h{h}-{n}", feats, day + rng.randint(0, 6), lang))
    rng.shuffle(docs)
    return docs


def test_a_document_that_bridges_two_stories_merges_them() -> None:
    """d1 and d2 report one happening but share too little to link directly (cosine < 0.3)."""
    index = StoryIndex()
    common = {"v:crash": 0.4, "e:a": 1.0, "e:b": 1.0}
    index.add(_doc("d1", {**common, "e:c1": 1.0, "e:c2": 1.0, "e:c3": 1.0}, DAY))
    index.add(_doc("d2", {**common, "e:d1": 1.0, "e:d2": 1.0, "e:d3": 1.0}, DAY + 1))
    index.add(_doc("noise", {"e:z": 1.0, "e:y": 1.0}, DAY))
    assert index.story_of["d1"] != index.story_of["d2"]
    bridge = {**common, "e:c1": 1.0, "e:c2": 1.0, "e:d1": 1.0, "e:d2": 1.0}
    touched = index.add(_doc("bridge", bridge, DAY + 1))
    assert index.story_of["d1"] == index.story_of["d2"] == index.story_of["bridge"]
    assert index.story_of["noise"] != index.story_of["d1"]
    assert {index.story_of["d1"]} < touched and index.retired_stories & touched
    assert index.joins["bridge"].via in {"d1", "d2"} and index.joins["bridge"].shared


def test_the_same_names_months_apart_are_two_stories() -> None:
    index = StoryIndex()
    feats = {"e:a": 1.0, "e:b": 1.0, "e:c": 1.0, "v:crash": 0.4}
    index.add(_doc("march", feats, DAY))
    index.add(_doc("june", feats, DAY + 100))
    assert index.story_of["march"] != index.story_of["june"]
    assert index.topic_of[index.story_of["march"]] == index.topic_of[index.story_of["june"]]


def test_same_kind_of_event_at_another_place_is_another_story() -> None:
    index = StoryIndex()
    words = {"w:plane": 1.0, "w:passenger": 1.0, "w:airport": 1.0, "v:crash": 0.4}
    index.add(_doc("a", {**words, "e:city1": 1.0}, DAY, main=MainEvent("crash", "city1", DAY)))
    index.add(_doc("b", {**words, "e:city2": 1.0}, DAY + 5, main=MainEvent("crash", "city2", DAY + 5)))
    assert index.story_of["a"] != index.story_of["b"]


def _quake_report(place_words: list[tuple[str, str]], placed: bool) -> Analysis:
    """An undated earthquake report naming places (text, type); its event is placed at the
    first of them only when ``placed``."""
    text, mentions = "", []
    for word, kind in place_words:
        mentions.append(Mention(len(text), len(text) + len(word), word, kind))
        text += word + " "
    event = EventMention("earthquake", 0, 5, "quake", 0, len(text), place=0 if placed else None)
    return Analysis(lang="es", mentions=mentions, events=[event])


def test_an_unplaced_event_takes_the_place_the_report_names_most() -> None:
    """In "the earthquake that struck central Nepal" the event has no place of its own, but a
    report naming one country twice is about it, so it is kept apart from another country's."""
    words = [("Nepal", "LOC"), ("Kathmandu", "LOC"), ("Nepal", "LOC"), ("Oxfam", "ORG"), ("Oxfam", "ORG")]
    ids = {i: w.lower() for i, (w, _k) in enumerate(words)}
    main = doc_signals("a", _quake_report(words, placed=False), ids).main
    assert main is not None and main.place is None
    assert main.named == "nepal"  # the ORG named as often does not count
    # a tie between two places, or a place named once, says nothing
    tie = [("Nepal", "LOC"), ("Chile", "LOC"), ("Nepal", "LOC"), ("Chile", "LOC")]
    assert (
        doc_signals("b", _quake_report(tie, False), {i: w for i, (w, _k) in enumerate(tie)}).main.named
        is None
    )
    once = [("Peru", "LOC")]
    assert doc_signals("c", _quake_report(once, False), {0: "peru"}).main.named is None
    # an event's own place wins over the most named one
    own = [("Lima", "LOC"), ("Peru", "LOC"), ("Peru", "LOC")]
    placed = doc_signals("d", _quake_report(own, True), {0: "lima", 1: "peru", 2: "peru"}).main
    assert (placed.place, placed.named) == ("lima", None)


def test_two_undated_stories_naming_two_countries_are_not_one_happening() -> None:
    """Two stories of one kind of happening, neither placing its event, each naming its own
    country most, may not be merged by a report that bridges them (``_one_happening``)."""
    index = StoryIndex()
    words = {"w:earthquake": 1.0, "w:rubble": 1.0, "v:earthquake": 0.4}
    nepal = {**words, "e:nepal": 2.0, "e:kathmandu": 1.0, "w:valley": 1.0, "w:temple": 1.0}
    chile = {**words, "e:chile": 2.0, "e:valparaiso": 1.0, "w:coast": 1.0, "w:tsunami": 1.0}
    for n in range(2):
        index.add(_doc(f"n{n}", nepal, main=MainEvent("earthquake", named="nepal")))
        index.add(_doc(f"c{n}", chile, main=MainEvent("earthquake", named="chile")))
    a, b = index.story_of["n0"], index.story_of["c0"]
    assert a != b and index.story_of["c1"] == b
    assert not index._one_happening(a, b)
    assert conflicting_mains(
        MainEvent("earthquake", named="nepal"), MainEvent("earthquake", named="chile"), 3, named=True
    )
    assert not conflicting_mains(
        MainEvent("earthquake", named="nepal"), MainEvent("earthquake", named="chile"), 3
    )
    # the place one side names most is among the other's features: no conflict
    assert not conflicting_mains(
        MainEvent("earthquake", named="nepal"),
        MainEvent("earthquake", named="chile"),
        3,
        (),
        {"e:nepal"},
        named=True,
    )
    # an event's own place comes first
    assert not conflicting_mains(
        MainEvent("earthquake", "nepal", named="india"), MainEvent("earthquake", named="nepal"), 3, named=True
    )


def test_grouping_hardly_depends_on_the_order_of_arrival() -> None:
    docs = _synthetic_corpus()
    groupings = []
    for seed in (11, 12):
        order = docs[:]
        random.Random(seed).shuffle(order)
        index = StoryIndex()
        for d in order:
            index.add(d)
        groupings.append(index)
    a, b = groupings
    assert _bcubed_f1(a.story_of, b.story_of) >= 0.95
    topics_a = {d: a.topic_of[s] for d, s in a.story_of.items()}
    topics_b = {d: b.topic_of[s] for d, s in b.story_of.items()}
    assert _bcubed_f1(topics_a, topics_b) >= 0.95
    gold = {d.doc: d.doc.split("-")[0] for d in docs}
    assert _bcubed_f1(a.story_of, gold) >= 0.9  # and the happenings are found


def test_round_trip_through_the_store_and_incremental_adds(tmp_path) -> None:
    docs = _synthetic_corpus(seed=8)
    whole = StoryIndex()
    for d in docs:
        whole.add(d)
    store = Store(tmp_path / "s.db")
    partial = StoryIndex()
    for d in docs[:100]:
        partial.add(d)
    save_new_index(store, partial)
    loaded = load_index(store)
    assert loaded.story_of == partial.story_of and loaded.topic_of == partial.topic_of
    for d in docs[100:]:
        loaded.add(d)
    assert _bcubed_f1(loaded.story_of, whole.story_of) >= 0.95


def test_entity_ids_that_linking_renamed_are_refreshed(tmp_path) -> None:
    """A merge of entities renames an id: the stored documents that used the old id get the new
    one from the context, so new documents still meet them."""
    index = StoryIndex()
    index.add(_doc("old1", {"e:old": 1.0, "e:k": 1.0}, DAY))
    ctx = LinkContext(documents={}, analyses={})
    ctx.entities = [Entity("new", "PER", "X", {}, []), Entity("k", "LOC", "K", {}, [])]
    assert index.stale_entity_docs({"new", "k"}) == {"old1"}
    # the context cannot describe old1 (no analysis): it keeps its features rather than lose them
    update_stories(index, ctx, [])
    assert "e:old" in index.signals["old1"].features
    index.refresh(_doc("old1", {"e:new": 1.0, "e:k": 1.0}, DAY))
    assert index.stale_entity_docs({"new", "k"}) == set()
    assert index.postings["e:new"] == ["old1"] and "e:old" not in index.df


def test_a_known_renaming_moves_features_without_the_analyses() -> None:
    index = StoryIndex()
    index.add(_doc("a", {"e:old": 1.0, "x:crash@old": 1.0, "e:k": 1.0}, DAY))
    index.add(_doc("b", {"e:new": 1.0, "e:k": 1.0}, DAY))
    assert index.rename_entities({"old": "new"}) == {"a"}
    assert index.signals["a"].features == {"e:new": 1.0, "x:crash@new": 1.0, "e:k": 1.0}
    assert sorted(index.postings["e:new"]) == ["a", "b"] and not index.postings.get("e:old")
    assert index.df["e:new"] == 2 and "e:old" not in index.df and "a" in index.changed_docs


def test_a_renaming_moves_the_main_events_place_and_named_place() -> None:
    index = StoryIndex()
    index.add(_doc("a", {"e:old": 1.0, "x:crash@old": 1.0}, DAY, main=MainEvent("crash", "old", DAY)))
    index.add(_doc("b", {"e:old": 2.0, "e:k": 1.0}, main=MainEvent("flood", named="old")))
    index.rename_entities({"old": "new"})
    assert index.signals["a"].main.place == "new"
    assert (index.signals["b"].main.place, index.signals["b"].main.named) == (None, "new")
