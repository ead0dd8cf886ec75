"""Figures and quotes against hand-written cases: precision and recall per language.

    python -m eval.findings_cases                                   # the held-out test set
    python -m eval.findings_cases tests/data/findings_dev.jsonl     # the development examples
    python -m eval.findings_cases FILE --errors                     # also list what went wrong

One JSON object per line: ``id``, ``lang``, ``text``, ``figures`` [{attribute, value, value_max,
qualifier, number}], ``quotes`` [{content, speaker, direct}], ``note``. Each text runs through the
full ``storyline.analyse`` with its language given.

- Figures: a found figure is right when a gold figure of the case has the same attribute and
  value (each gold figure matches once). ``exact`` additionally requires qualifier and value_max;
  ``spec attributes`` counts only the gold figures whose attribute the dossier spec lists. The
  cases have no field for a part of a count: some list a part ("16 pupils and 2 teachers" as two
  counts), some leave it out ("among the dead were seven children": no figure). So a figure that
  says it is a part (``subgroup`` set) is right where it matches a gold figure and is left out
  where it matches none — it claims no whole count that could be wrong. ``figures, parts as
  wholes`` scores every figure as a whole count, parts included, for comparison.
- Quotes: a found quote matches a gold quote when their spans overlap by at least half of the
  shorter one (each gold quote matches once); it is right when the speaker is right too: the
  entity the quote resolved to (its mention's text or base form), or where it resolved to none the
  speaker phrase, shares a word stem with the gold speaker; a gold speaker of null needs no
  resolved entity. ``span`` scores the overlap alone.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from storyline.analyse import analyse
from storyline.model import Analysis, QuoteMention
from storyline.names import to_latin

# the attributes the dossier spec names; a gold set may count other things too ("cases", "trapped")
SPEC_ATTRIBUTES = frozenset(
    "dead injured missing survivors rescued hospitalised critical on_board passengers crew evacuated "
    "arrested rescuers vehicles".split()
)
DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "data" / "findings_cases.jsonl"


@dataclass
class Counts:
    tp: int = 0
    found: int = 0
    gold: int = 0

    def add(self, tp: int, found: int, gold: int) -> None:
        self.tp, self.found, self.gold = self.tp + tp, self.found + found, self.gold + gold

    @property
    def precision(self) -> float:
        return self.tp / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """Counts per metric and language ("all" for the total)."""

    counts: dict[str, dict[str, Counts]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(Counts))
    )
    errors: list[str] = field(default_factory=list)

    def add(self, metric: str, lang: str, tp: int, found: int, gold: int) -> None:
        for key in (lang, "all"):
            self.counts[metric][key].add(tp, found, gold)


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


# ---------------------------------------------------------------- figures


def score_figures(case: dict[str, Any], analysis: Analysis, scores: Scores) -> None:
    lang = case["lang"]
    gold = Counter((f["attribute"], float(f["value"])) for f in case.get("figures") or [])
    every = Counter((f.attribute, float(f.value)) for f in analysis.figures)
    scores.add(
        "figures, parts as wholes",
        lang,
        sum((gold & every).values()),
        sum(every.values()),
        sum(gold.values()),
    )
    # a part that matches no gold figure is no answer here (see the module's docstring)
    whole = Counter((f.attribute, float(f.value)) for f in analysis.figures if not f.subgroup)
    parts = Counter((f.attribute, float(f.value)) for f in analysis.figures if f.subgroup)
    found = whole + (parts & (gold - whole))
    figures = [f for f in analysis.figures if not f.subgroup or (f.attribute, float(f.value)) in found]
    tp = sum((gold & found).values())
    scores.add("figures", lang, tp, sum(found.values()), sum(gold.values()))
    listed = Counter(g for g in gold.elements() if g[0] in SPEC_ATTRIBUTES)
    scores.add(
        "figures, spec attributes",
        lang,
        sum((listed & found).values()),
        sum(found.values()),
        sum(listed.values()),
    )
    gold_full = Counter(
        _full(f["attribute"], f["value"], f.get("qualifier"), f.get("value_max"))
        for f in case.get("figures") or []
    )
    found_full = Counter(_full(f.attribute, f.value, f.qualifier, f.value_max) for f in figures)
    scores.add(
        "figures exact",
        lang,
        sum((gold_full & found_full).values()),
        sum(found_full.values()),
        sum(gold_full.values()),
    )
    if gold != found:
        missing = sorted((gold - found).elements())
        extra = sorted((found - gold).elements())
        scores.errors.append(f"{case['id']} figures missing {missing} extra {extra}\n    {case['text']}")


def _full(attribute: str, value: Any, qualifier: Any, value_max: Any) -> tuple[Any, ...]:
    vmax = float(value_max) if value_max is not None else None
    return attribute, float(value), qualifier or "exact", vmax


# ---------------------------------------------------------------- quotes


MARKS = "\"'«»„“”‚‘’ "


def locate(text: str, content: str) -> list[tuple[int, int]] | None:
    """Where the gold content stands in the text, as character ranges: as written, else with
    case, spacing and the quotation marks around it forgiven, else the pieces of it that the text
    holds (at least 8 characters each), where the gold joins the parts of a quote split by its
    attribution ("A, B" or "A … B" for "«A, — said X, — B»")."""
    for candidate in (content, content.strip(MARKS)):
        at = text.find(candidate)
        if candidate and at >= 0:
            return [(at, at + len(candidate))]
        pattern = r"\s+".join(re.escape(w) for w in candidate.split())
        m = re.search(pattern, text, re.IGNORECASE) if pattern else None
        if m:
            return [(m.start(), m.end())]
    matcher = SequenceMatcher(None, text, content, autojunk=False)
    pieces = [(b.a, b.a + b.size) for b in matcher.get_matching_blocks() if b.size >= 8]
    return pieces if sum(e - s for s, e in pieces) >= 0.6 * len(content.strip(MARKS)) else None


def _overlap(gold: list[tuple[int, int]], spans: list[tuple[int, int]]) -> float:
    """Shared characters over the shorter of the two."""
    inter = sum(max(0, min(ge, e) - max(gs, s)) for gs, ge in gold for s, e in spans)
    size = min(sum(e - s for s, e in gold), sum(e - s for s, e in spans)) or 1
    return inter / size


def _stems(name: str) -> set[str]:
    """Word stems, in the script written and in Latin letters ("Путина" ~ "Putin")."""
    words = [w for w in re.findall(r"\w+", name) if len(w) >= 3]
    return {w.casefold()[:5] for w in words} | {to_latin(w).casefold()[:4] for w in words}


def speaker_right(gold: str | None, q: QuoteMention, analysis: Analysis) -> bool:
    if gold is None:
        return q.speaker is None
    if q.speaker is not None:
        m = analysis.mentions[q.speaker]
        said = f"{m.text} {m.base or ''}"
    else:
        said = q.speaker_text or ""
    return bool(_stems(gold) & _stems(said))


def score_quotes(case: dict[str, Any], analysis: Analysis, scores: Scores) -> None:
    lang, text = case["lang"], case["text"]
    golds = [(g, locate(text, g["content"])) for g in case.get("quotes") or []]
    used: set[int] = set()
    span_tp = tp = 0
    notes = []
    for g, where in golds:
        best, best_k = 0.0, None
        for k, q in enumerate(analysis.quotes):
            if k in used or where is None:
                continue
            ov = _overlap(where, q.spans)
            if ov > best:
                best, best_k = ov, k
        if best_k is None or best < 0.5:
            notes.append(f"missed {g['content']!r} ({g['speaker']})")
            continue
        used.add(best_k)
        span_tp += 1
        q = analysis.quotes[best_k]
        if speaker_right(g["speaker"], q, analysis):
            tp += 1
        else:
            who = analysis.mentions[q.speaker].text if q.speaker is not None else None
            notes.append(f"speaker {who!r} / {q.speaker_text!r} for {g['content']!r}, gold {g['speaker']!r}")
    for k, q in enumerate(analysis.quotes):
        if k not in used:
            notes.append(f"extra {' … '.join(text[s:e] for s, e in q.spans)!r} ({q.speaker_text})")
    n_found, n_gold = len(analysis.quotes), len(golds)
    scores.add("quotes", lang, tp, n_found, n_gold)
    scores.add("quote spans", lang, span_tp, n_found, n_gold)
    if notes:
        scores.errors.append(f"{case['id']} quotes: " + "; ".join(notes) + f"\n    {text}")


# ---------------------------------------------------------------- run


def evaluate(path: Path) -> Scores:
    scores = Scores()
    for case in load(path):
        analysis = analyse(case["text"], lang=case["lang"])
        score_figures(case, analysis, scores)
        score_quotes(case, analysis, scores)
    return scores


def table(scores: Scores) -> str:
    langs = sorted({lang for m in scores.counts.values() for lang in m} - {"all"}) + ["all"]
    lines = ["| metric | lang | precision | recall | F1 | found | gold |", "|---|---|---|---|---|---|---|"]
    metrics = ("figures", "figures exact", "figures, spec attributes", "figures, parts as wholes", "quotes",
               "quote spans")  # fmt: skip
    for metric in metrics:
        for lang in langs:
            c = scores.counts[metric].get(lang)
            if c is None:
                continue
            lines.append(
                f"| {metric} | {lang} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} | {c.found} | {c.gold} |"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", type=Path, default=[DEFAULT])
    parser.add_argument("--errors", action="store_true", help="list the cases we got wrong")
    args = parser.parse_args()
    for path in args.files:
        scores = evaluate(path)
        if args.errors:
            print("\n".join(scores.errors), end="\n\n")
        print(f"{path.name}: {sum(1 for _ in load(path))} cases")
        print(table(scores))


if __name__ == "__main__":
    main()
