"""Figures and quotes against hand-written cases (eval/findings_cases.py), with floors a little
below what was measured: the held-out test set (tests/data/findings_cases.jsonl, written from a
brief by someone else, measured once) and the development examples the rules were written
against (tests/data/findings_dev.jsonl)."""

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


def test_held_out_figures(held_out: Table) -> None:
    figures = held_out["figures"]["all"]
    assert figures.gold >= 200
    assert figures.precision >= 0.90 and figures.recall >= 0.65, (figures.precision, figures.recall)
    spec = held_out["figures, spec attributes"]["all"]
    assert spec.recall >= 0.72, spec.recall


def test_held_out_quotes(held_out: Table) -> None:
    quotes = held_out["quotes"]["all"]
    assert quotes.gold >= 80
    assert quotes.precision >= 0.90 and quotes.recall >= 0.78, (quotes.precision, quotes.recall)


@pytest.mark.parametrize("lang", ["ru", "bg", "uk", "en"])
def test_held_out_every_main_language(held_out: Table, lang: str) -> None:
    assert held_out["figures"][lang].precision >= 0.88
    assert held_out["figures"][lang].recall >= 0.6
    assert held_out["quotes"][lang].recall >= 0.7


def test_development_examples(development: Table) -> None:
    for metric in ("figures", "quotes"):
        c = development[metric]["all"]
        assert c.precision >= 0.95 and c.recall >= 0.95, (metric, c.precision, c.recall)
