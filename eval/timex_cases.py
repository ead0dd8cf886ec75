"""Normalisation accuracy of time expressions on a set of written cases.

    python -m eval.timex_cases [tests/data/timex_cases.jsonl] [--failures]

One JSON object per line: ``id, lang, anchor, text, expr, value, precision, note``. The text is
analysed with ``anchor`` as its publication date; the expression is found in the text (its first
occurrence) and the time expression storyline finds over it (the one overlapping it most) is
compared with the expected ``value`` and ``precision``: both must match exactly. A case with
``value: null`` must NOT become a date: it is right when nothing overlapping it gets a value.
Reports accuracy per language and overall.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from storyline.analyse.text import split_sentences
from storyline.analyse.timex import find_timexes
from storyline.model import Analysis, DateValue

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "data" / "timex_cases.jsonl"


@dataclass
class Outcome:
    case: dict
    got: DateValue | None
    span: str | None

    @property
    def right(self) -> bool:
        value = self.got.value if self.got else None
        if self.case.get("value") is None:
            return value is None
        return (value, self.got.precision if self.got else None) == (
            self.case["value"],
            self.case["precision"],
        )


def run_case(case: dict) -> Outcome:
    text, expr = case["text"], case["expr"]
    try:
        at = text.index(expr)
    except ValueError:
        at = text.lower().index(expr.lower())
    end = at + len(expr)
    anchor = date.fromisoformat(case["anchor"]) if case.get("anchor") else None
    analysis = Analysis(lang=case["lang"], sentences=split_sentences(text))
    found = [t for t in find_timexes(text, analysis, anchor) if t.start < end and at < t.end]
    if not found:
        return Outcome(case, None, None)
    best = max(found, key=lambda t: (min(end, t.end) - max(at, t.start), -(t.end - t.start)))
    if case.get("value") is None:  # a must-not-be-a-date case fails if anything over it got a value
        best = next((t for t in found if t.value and t.value.value), best)
    return Outcome(case, best.value, best.text)


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def report(outcomes: list[Outcome]) -> str:
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for o in outcomes:
        for key in (o.case["lang"], "all"):
            total[key] += 1
            right[key] += o.right
    rows = ["| lang | cases | right | accuracy |", "|---|---|---|---|"]
    for lang in sorted(k for k in total if k != "all") + ["all"]:
        rows.append(f"| {lang} | {total[lang]} | {right[lang]} | {right[lang] / total[lang]:.3f} |")
    return "\n".join(rows)


def accuracy(path: Path) -> float:
    outcomes = [run_case(c) for c in load(path)]
    return sum(o.right for o in outcomes) / max(1, len(outcomes))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--failures", action="store_true", help="list the cases that went wrong")
    args = parser.parse_args()
    outcomes = [run_case(c) for c in load(args.path)]
    print(f"{args.path.name}: {len(outcomes)} cases")
    print(report(outcomes))
    if args.failures:
        for o in outcomes:
            if not o.right:
                got = f"{o.got.value} {o.got.precision}" if o.got else "nothing"
                c = o.case
                print(
                    f"{c['id']} [{c['lang']} {c['anchor']}] {c['expr']!r}: want {c['value']} "
                    f"{c['precision']}, got {got} on {o.span!r} — {c['text']}"
                )


if __name__ == "__main__":
    main()
