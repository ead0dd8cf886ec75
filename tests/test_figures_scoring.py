"""How the hand-written cases score a figure that says it is a part (eval/findings_cases.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from eval.findings_cases import Scores, score_figures  # noqa: E402

from storyline.model import Analysis, FigureMention  # noqa: E402


def _figure(attribute: str, value: float, subgroup: str | None = None) -> FigureMention:
    return FigureMention(attribute=attribute, value=value, start=0, end=1, text="x", subgroup=subgroup)


def _score(gold: list[tuple[str, int]], found: list[FigureMention]) -> Scores:
    scores = Scores()
    case = {"id": "t", "lang": "en", "text": "x", "figures": [{"attribute": a, "value": v} for a, v in gold]}
    analysis = Analysis(lang="en")
    analysis.figures = found
    score_figures(case, analysis, scores)
    return scores


def test_a_part_the_gold_leaves_out_is_no_extra() -> None:
    scores = _score([("dead", 61)], [_figure("dead", 61), _figure("dead", 19, "children")])
    c = scores.counts["figures"]["en"]
    assert (c.tp, c.found, c.gold) == (1, 1, 1)
    strict = scores.counts["figures, parts as wholes"]["en"]
    assert (strict.tp, strict.found) == (1, 2)


def test_a_part_the_gold_lists_is_a_hit() -> None:
    found = [_figure("hospitalised", 16, "children"), _figure("hospitalised", 2)]
    c = _score([("hospitalised", 16), ("hospitalised", 2)], found).counts["figures"]["en"]
    assert (c.tp, c.found, c.gold) == (2, 2, 2)


def test_a_wrong_whole_count_is_still_an_extra() -> None:
    c = _score([("dead", 61)], [_figure("dead", 16)]).counts["figures"]["en"]
    assert (c.tp, c.found) == (0, 1)
