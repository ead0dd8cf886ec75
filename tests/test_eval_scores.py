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
