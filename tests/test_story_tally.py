"""A story's tally (``storyline.story_tally``): its reasons told from its heaviest centroid features
alone, and the counts a refresh changed applied to its stored summary, as the whole story tells."""

from __future__ import annotations

import random
from collections import Counter

from storyline.link.story_features import DocSignals, MainEvent
from storyline.link.story_index import StoryIndex
from storyline.link.story_summary import StorySummary, changes_of
from storyline.link.story_vectors import Centroid
from storyline.story_tally import RANKED, RANKED_MAX, apply_changes, merge_changes, ranked, reasons_from


def _story(rng: random.Random, features: int, size: int, shared: float) -> StoryIndex:
    """An index of one story whose centroid holds ``features`` features, a share of them held by
    two documents or more (the others by one)."""
    index = StoryIndex()
    centroid = index.story_centroids["s-1"] = Centroid()
    centroid.vec = {f"w:term{i}-{rng.choice('abc')}": rng.uniform(0.01, 3.0) for i in range(features)}
    summary = index.summaries["s-1"] = StorySummary()
    summary.size = size
    summary.held = Counter(
        {f: (rng.randrange(2, size + 2) if rng.random() < shared else 1) for f in centroid.vec}
    )
    index.changed_stories.add("s-1")
    return index


def test_the_reasons_of_a_story_are_told_by_its_heaviest_features() -> None:
    # stories of one to thousands of features, few or most of them held by two documents: the
    # ranked features tell the reasons the whole centroid tells, or say they cannot
    rng = random.Random(3)
    told = 0
    for features in (5, 40, 63, 64, 65, 120, 300, 2500):
        for size in (1, 2, 3, 12):
            for shared in (0.05, 0.2, 0.6, 1.0):
                index = _story(rng, features, size, shared)
                summary, vec = index.summaries["s-1"], index.story_centroids["s-1"].vec
                rows = ranked(vec, summary.held, size)
                assert RANKED <= len(rows) <= RANKED_MAX or len(rows) == features
                # a refresh takes a few features away from their documents and gives others
                for taken in range(0, 12, 3):
                    held = Counter(summary.held)
                    for f, _w, _n in rows[:taken]:
                        held[f] = 0
                    for f in list(vec)[-taken:] if taken else []:
                        held[f] += 5  # a feature of little weight comes to be held
                    index.summaries["s-1"].held = +held
                    now = [[f, w, held.get(f, 0)] for f, w, _n in rows]
                    why = reasons_from(now, size, features)
                    index.why.pop("s-1", None)
                    if why is not None:
                        told += 1
                        assert why == index.reasons("s-1")
                    index.summaries["s-1"].held = summary.held
    assert told > 300


def test_a_story_with_a_weight_that_is_not_a_number_is_read_whole() -> None:
    vec = {f"w:t{i}": float(i) for i in range(80)}
    vec["w:t7"] = float("nan")
    assert ranked(vec, {f: 2 for f in vec}, 3) == []
    assert reasons_from([], 3, len(vec)) is None


def _doc(doc: str, features: list[str], broad: list[str], main: MainEvent | None) -> DocSignals:
    return DocSignals(doc, "en", dict.fromkeys(features, 1.0), [], main, None, None, frozenset(broad))


def test_changes_applied_to_a_stored_summary_are_the_refreshes_done_on_it() -> None:
    # members renamed one by one (their entity, its events, the place of their main event) in two
    # batches: the stored counts with the summed changes applied read as the summary refreshed
    rng = random.Random(5)
    fire = MainEvent("fire", "q-old", 700_000, (3, 4), None)
    docs = [
        _doc(f"d{i}", [*rng.sample([f"e:p{k}" for k in range(12)], 5), "e:q-old", "x:fire@q-old", "e:gone"],
             ["e:q-old"] if i % 2 else [], fire if i % 3 else MainEvent("flood", "e-x", None, None, "q-old"))
        for i in range(9)
    ]  # fmt: skip
    summary = StorySummary(40)
    for seq, sig in enumerate(docs, 1):
        summary.add(sig, seq)
    summary.held["e:zero"] = 0  # a count stored at nothing: a refresh drops it
    stored = {"story": "s-1", "size": summary.size, "first_seq": summary.first, "data": summary.to_data()}
    held: Counter[str] = Counter()
    broad: Counter[str] = Counter()
    mains: Counter[tuple[object, ...]] = Counter()
    changes = None
    for round_ in range(2):
        for sig in docs[round_::2]:
            features = {("e:q-new" if f == "e:q-old" else f.replace("@q-old", "@q-new")): w
                        for f, w in sig.features.items() if f != "e:gone"}  # fmt: skip
            main = sig.main and MainEvent(sig.main.type, "q-new" if sig.main.place == "q-old" else sig.main.place,
                                          sig.main.day, sig.main.month_day, sig.main.named and "q-new")  # fmt: skip
            new = DocSignals(sig.doc, sig.lang, features, [], main, None, None,
                             frozenset("e:q-new" if f == "e:q-old" else f for f in sig.broad))  # fmt: skip
            summary.replace(sig, new)
            more = changes_of(sig, new)
            held.update(more[0])
            broad.update(more[1])
            mains.update(more[2])
        # each round saved: the stored changes and the batch's summed
        changes = merge_changes(changes, held, broad, mains)
        held, broad, mains = Counter(), Counter(), Counter()
    applied = apply_changes(stored["data"], changes)
    assert applied == summary.to_data()
    again = StorySummary.from_data(stored["size"], stored["first_seq"], applied)
    assert again.held == summary.held and again.broad == summary.broad and again.mains == summary.mains
    assert "e:q-old" not in applied["held"] and "e:zero" not in applied["held"]
    assert apply_changes(stored["data"], None) is stored["data"]


def test_changes_applied_to_a_summary_in_memory_are_the_refreshes() -> None:
    a = _doc("a", ["e:x", "e:y", "w:w"], ["e:x"], MainEvent("fire", "x", None, None))
    b = _doc("b", ["e:x", "w:w"], [], MainEvent("fire", "x", None, None))
    done, summed = StorySummary(), StorySummary()
    for seq, sig in enumerate([a, b]):
        done.add(sig, seq)
        summed.add(sig, seq)
    total: list[Counter[object]] = [Counter(), Counter(), Counter()]
    for sig in (a, b):
        new = _doc(sig.doc, [f.replace("e:x", "e:z") for f in sig.features], ["e:z"] if sig.broad else [],
                   MainEvent("fire", "z", None, None))  # fmt: skip
        done.replace(sig, new)
        for part, more in zip(total, changes_of(sig, new), strict=True):
            part.update(more)
    summed.apply(*total)  # type: ignore[arg-type]
    assert summed.to_data() == done.to_data()
