"""Figures and quotes against hand-written cases (eval/findings_cases.py), with floors a little
below what was measured: the held-out test set (tests/data/findings_cases.jsonl, written from a
brief by someone else, measured once per round of rules), the development examples the first
round was written against (tests/data/findings_dev.jsonl) and the independent development set the
second round was written against (tests/data/findings_dev2.jsonl, written from the same brief as
the held-out set by yet another helper)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from eval.findings_cases import Counts, evaluate  # noqa: E402

DATA = REPO / "tests" / "data"
Table = dict[str, dict[str, Counts]]


@pytest.fixture(scope="module")
def held_out() -> Table:
    return evaluate(DATA / "findings_cases.jsonl").counts


@pytest.fixture(scope="module")
def development() -> Table:
    return evaluate(DATA / "findings_dev.jsonl").counts


@pytest.fixture(scope="module")
def development2() -> Table:
    return evaluate(DATA / "findings_dev2.jsonl").counts


def test_held_out_figures(held_out: Table) -> None:
    figures = held_out["figures"]["all"]
    assert figures.gold >= 200
    assert figures.precision >= 0.88 and figures.recall >= 0.84, (figures.precision, figures.recall)
    spec = held_out["figures, spec attributes"]["all"]
    assert spec.recall >= 0.88, spec.recall


def test_held_out_quotes(held_out: Table) -> None:
    quotes = held_out["quotes"]["all"]
    assert quotes.gold >= 80
    assert quotes.precision >= 0.90 and quotes.recall >= 0.89, (quotes.precision, quotes.recall)


@pytest.mark.parametrize("lang", ["ru", "bg", "uk", "en"])
def test_held_out_every_main_language(held_out: Table, lang: str) -> None:
    assert held_out["figures"][lang].precision >= 0.85
    assert held_out["figures"][lang].recall >= 0.8
    assert held_out["quotes"][lang].recall >= 0.85


def test_development_examples(development: Table) -> None:
    # the first round's examples give no figure for counts the spec leaves unnamed (trapped,
    # homeless, homes destroyed …) and no quote for "по данным X, …"; both independent sets
    # written from the brief count them, and so do the rules now: those are the extras
    figures, quotes = development["figures"]["all"], development["quotes"]["all"]
    assert figures.precision >= 0.94 and figures.recall >= 0.97, (figures.precision, figures.recall)
    assert quotes.precision >= 0.92 and quotes.recall >= 0.95, (quotes.precision, quotes.recall)


def test_second_development_set(development2: Table) -> None:
    assert development2["figures"]["all"].gold >= 300
    figures, quotes = development2["figures"]["all"], development2["quotes"]["all"]
    assert figures.precision >= 0.96 and figures.recall >= 0.94, (figures.precision, figures.recall)
    assert quotes.precision >= 0.97 and quotes.recall >= 0.97, (quotes.precision, quotes.recall)
    for lang in ("ru", "bg", "uk", "en"):
        assert development2["figures"][lang].recall >= 0.9, lang
