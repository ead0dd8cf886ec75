"""A story's sums (``link.story_summary``): kept as documents join and merged as stories merge,
they answer what the documents themselves would."""

from __future__ import annotations

import random
from collections import Counter

from storyline.link.story_features import DocSignals, MainEvent, representative
from storyline.link.story_summary import StorySummary, main_key


def _docs(n: int, seed: int) -> list[DocSignals]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        main = None
        if rng.random() < 0.8:
            main = MainEvent(
                rng.choice(["flood", "fire"]),
                rng.choice([None, "p1", "p2"]),
                rng.choice([None, 738000, 738003]),
                rng.choice([None, (4, 2), (4, 5)]),
            )
        features = {f"e:n{rng.randrange(6)}": 1.0, f"w:word{rng.randrange(4)}": 0.5, "v:flood": 0.4}
        out.append(DocSignals(f"d{i}", "en", features, main=main))
    return out


def _sums(summary: StorySummary) -> tuple[object, ...]:
    return summary.size, summary.first, summary.held, summary.mains


def test_a_summary_answers_as_its_documents_do() -> None:
    for seed in range(20):
        docs = _docs(random.Random(seed).randrange(1, 15), seed)
        summary = StorySummary()
        for seq, sig in enumerate(docs, 10):
            summary.add(sig, seq)
        assert summary.main() == representative(s.main for s in docs)
        assert summary.size == len(docs) and summary.first == 10
        for feature in ("e:n0", "e:n3", "w:word1", "v:flood", "e:absent"):
            held = sum(feature in s.features for s in docs)
            assert summary.common(feature, 1 / 3) == (held >= len(docs) / 3)


def test_merged_summaries_are_the_summary_of_both_stories_and_survive_a_round_trip() -> None:
    docs = _docs(12, 5)
    one, two, both = StorySummary(), StorySummary(), StorySummary()
    for seq, sig in enumerate(docs):
        (one if seq % 3 else two).add(sig, seq + 100)
        both.add(sig, seq + 100)
    two.merge(one)
    assert _sums(two) == _sums(both)
    again = StorySummary.from_data(two.size, two.first, two.to_data())
    assert _sums(again) == _sums(both)
    assert again.main() == representative(s.main for s in docs)


def test_a_story_without_a_main_event_has_none() -> None:
    summary = StorySummary()
    summary.add(DocSignals("a", "en", {"e:x": 1.0}), 1)
    assert summary.main() is None and summary.common("e:x", 1 / 3) and not summary.common("e:y", 1 / 3)


def test_a_member_relinked_changes_what_the_story_holds() -> None:
    docs = _docs(6, 9)
    summary = StorySummary()
    for seq, sig in enumerate(docs):
        summary.add(sig, seq)
    renamed = DocSignals(docs[0].doc, "en", {"e:other": 1.0}, main=MainEvent("storm", "p9", None, None))
    summary.replace(docs[0], renamed)
    again = StorySummary()
    for seq, sig in enumerate([renamed, *docs[1:]]):
        again.add(sig, seq)
    assert _sums(summary) == _sums(again)


def _replaced_as_before(summary: StorySummary, old: DocSignals, new: DocSignals) -> tuple[object, ...]:
    """What ``replace`` left when it copied the positive counts (``+counter``) every time."""
    held, mains = Counter(summary.held), Counter(summary.mains)
    held.subtract(f for f in old.features if f not in new.features)
    held.update(f for f in new.features if f not in old.features)
    if old.main is not None:
        mains[main_key(old.main)] -= 1
    if new.main is not None:
        mains[main_key(new.main)] += 1
    return summary.size, summary.first, +held, +mains


def test_members_relinked_one_by_one_leave_what_copying_the_counts_left() -> None:
    # many refreshes of one story's members (an entity of theirs renamed) drop the counts that
    # fall to nothing in place: the same counts, in the same order, as the copy made before
    for seed in range(30):
        rng = random.Random(seed)
        docs = _docs(rng.randrange(2, 12), seed)
        summary = StorySummary()
        for seq, sig in enumerate(docs):
            summary.add(sig, seq)
        if seed % 3 == 0:  # a stored row with a count that is not positive is cleaned as before
            summary = StorySummary.from_data(summary.size, summary.first, {
                **summary.to_data(), "held": {**summary.held, "w:spent": 0}})  # fmt: skip
        for sig in rng.sample(docs, len(docs) // 2 + 1):
            features = {f.replace("e:n", "e:m"): w for f, w in sig.features.items()}
            main = (
                None if sig.main is None or rng.random() < 0.3 else MainEvent(sig.main.type, "p7", None, None)
            )
            new = DocSignals(sig.doc, "en", features, main=main)
            expected = _replaced_as_before(summary, sig, new)
            summary.replace(sig, new)
            assert _sums(summary) == expected
            assert list(summary.held.items()) == list(expected[2].items())  # type: ignore[attr-defined]
            assert list(summary.mains.items()) == list(expected[3].items())  # type: ignore[attr-defined]
            assert min(summary.held.values(), default=1) > 0
