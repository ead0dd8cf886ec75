"""Time-expression recall on NEREL (Russian news, brat standoff) against its DATE spans.

    python -m eval.nerel_dates [--split dev|test|train|all]

A gold DATE counts as found when one of our time expressions overlaps it. NEREL's DATE also
covers durations and ages ("два года", "не более трёх лет"), which we deliberately do not treat
as dates, so recall is also given for calendar-like DATE spans: those with a four-digit year, a
month or weekday name, or a day word (вчера, сегодня …). Precision is the share of our
expressions that overlap some gold DATE (NEREL does not annotate every date, so it is a floor).
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from storyline.analyse.timex import find_timexes, lexicon
from storyline.model import Analysis

NEREL = Path(__file__).resolve().parents[2] / "shared" / "data" / "nerel"


def gold_dates(ann: Path) -> list[tuple[int, int, str]]:
    out = []
    for line in ann.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and parts[0].startswith("T") and parts[1].startswith("DATE "):
            spans = parts[1].split(" ", 1)[1]
            for piece in spans.split(";"):
                start, end = map(int, piece.split())
                out.append((start, end, parts[2]))
    return out


def calendar_like(text: str) -> bool:
    lex = lexicon("ru") or {}
    words = {w for group in lex["months"] + lex["weekdays"] for w in group.split()} | {
        "вчера",
        "сегодня",
        "завтра",
    }
    return bool(re.search(r"\d{4}", text)) or any(w in words for w in re.findall(r"\w+", text.lower()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="dev", choices=["dev", "test", "train", "all"])
    args = parser.parse_args()
    splits = ["train", "dev", "test"] if args.split == "all" else [args.split]
    files = sorted(f for s in splits for f in (NEREL / s).glob("*.txt"))
    gold_n = gold_hit = cal_n = cal_hit = ours_n = ours_hit = chars = 0
    started = time.perf_counter()
    for txt in files:
        text = txt.read_text("utf-8")
        chars += len(text)
        gold = gold_dates(txt.with_suffix(".ann"))
        found = find_timexes(text, Analysis(lang="ru"), None)
        for s, e, g in gold:
            hit = any(t.start < e and s < t.end for t in found)
            gold_n, gold_hit = gold_n + 1, gold_hit + hit
            if calendar_like(g):
                cal_n, cal_hit = cal_n + 1, cal_hit + hit
        ours_n += len(found)
        ours_hit += sum(any(t.start < e and s < t.end for s, e, _g in gold) for t in found)
    elapsed = time.perf_counter() - started
    print(f"NEREL {args.split}: {len(files)} docs, {chars / elapsed / 1000:.0f}k chars/s")
    print(f"recall, all DATE spans:           {gold_hit}/{gold_n} = {gold_hit / max(gold_n, 1):.3f}")
    print(f"recall, calendar-like DATE spans: {cal_hit}/{cal_n} = {cal_hit / max(cal_n, 1):.3f}")
    print(f"precision (overlaps a DATE span): {ours_hit}/{ours_n} = {ours_hit / max(ours_n, 1):.3f}")


if __name__ == "__main__":
    main()
