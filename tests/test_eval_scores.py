"""The clustering scores every evaluation reports, on clusterings small enough to score by hand."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from eval.scores import ari, bcubed, lea  # noqa: E402


def test_bcubed_by_hand() -> None:
    gold = {"a": 1, "b": 1, "c": 2, "d": 2}
    pred = {"a": "x", "b": "y", "c": "y", "d": "y"}
    # precision: a 1, b 1/3, c 2/3, d 2/3; recall: a 1/2, b 1/2, c 1, d 1
    assert bcubed(gold, pred) == {"p": 0.6667, "r": 0.75, "f1": 0.7059}
    assert bcubed(gold, gold) == {"p": 1.0, "r": 1.0, "f1": 1.0}
    # items only one side knows are left out
    assert bcubed({**gold, "e": 3}, {**pred, "f": "z"}) == bcubed(gold, pred)


def test_ari_chance_and_perfect() -> None:
    gold = {"a": 1, "b": 1, "c": 2, "d": 2}
    assert ari(gold, {"a": "x", "b": "x", "c": "y", "d": "y"}) == 1.0
    # one pair agrees of the two gold pairs and the three predicted: exactly what chance gives
    assert ari(gold, {"a": "x", "b": "y", "c": "y", "d": "y"}) == 0.0
    assert ari(gold, {"a": "x", "b": "y", "c": "x", "d": "y"}) < 0


def test_lea_singletons_count() -> None:
    gold = {"a": 1, "b": 1, "c": 2}
    assert lea(gold, {"a": "x", "b": "x", "c": "y"})["f1"] == 1.0
    assert lea(gold, {"a": "x", "b": "y", "c": "z"})["f1"] < 1.0


def test_largest_cluster_share_shows_a_split_entity_by_name():
    from eval.bsnlp import largest_cluster_shares

    gold = {("d1", 0): "PER-Ana", ("d1", 1): "PER-Ana", ("d2", 0): "PER-Ana", ("d2", 1): "PER-Ana",
            ("d2", 2): "GPE-Tarn"}  # fmt: skip
    pred = {("d1", 0): "e1", ("d1", 1): "e1", ("d2", 0): "e1", ("d2", 1): "e2", ("d2", 2): "e3"}
    top = largest_cluster_shares(gold, pred, {"e1": "Ana Lind", "e2": "Ana Lindova"}, top=1)
    assert len(top) == 1
    assert top[0]["id"] == "PER-Ana" and top[0]["share"] == 0.75 and top[0]["clusters"] == 2
    assert [c["name"] for c in top[0]["largest"]] == ["Ana Lind", "Ana Lindova"]


def test_largest_cluster_share_counts_an_unlinked_mention_apart():
    from eval.bsnlp import largest_cluster_shares

    top = largest_cluster_shares({("d", 0): "X", ("d", 1): "X"}, {("d", 0): "e1"})
    assert top[0]["share"] == 0.5 and top[0]["largest"][1]["name"] == "(unlinked)"
