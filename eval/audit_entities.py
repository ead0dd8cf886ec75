"""What today's recogniser does to the entity items of labelled precision-audit samples.

For every labelled ``entity`` item, its document and stored analysis (passages and their
languages) are read from the audit store the sample was drawn from (read-only), the mentions are
found again with the current code and models (``analyse.entities.find_mentions``), and the item's
mention is:

- *kept*: a mention with exactly the labelled span is still found;
- *changed*: a mention overlaps the span with other bounds (a span cut or padded, trimmed or
  extended: the labeller's verdict no longer applies and is not carried over);
- *gone*: nothing overlaps the span any more.

Reported per round and in total: kept/changed/gone of the right and of the wrong items, by the
labeller's rule id, and an estimate of precision over the kept items, right kept / (right kept +
wrong kept) — the wrong items that are gone or changed no longer show, the right ones that are
gone are lost recall. An estimate, not an audit: a changed span may be right or wrong, and what
the recogniser now finds that no labeller saw is not judged.

    PYTHONPATH=src python -m eval.audit_entities --round eval/audit/labels-5.jsonl=/tmp/audit5.db [-v]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from eval.audit_realis import _document, _open
from storyline.analyse.entities import find_mentions


def judge(text: str, mentions: list, start: int, end: int) -> str:
    """kept, changed or gone: what became of the labelled span ``start``–``end``."""
    near = [m for m in mentions if m.start < end and m.end > start]
    if any(m.start == start and m.end == end for m in near):
        return "kept"
    return "changed" if near else "gone"


def recheck(labels: Path, db: str, verbose: bool = False) -> Counter[tuple[str, str, str]]:
    """(label, rule id, fate) counts of the entity items of one labelled sample."""
    con = _open(db)
    counts: Counter[tuple[str, str, str]] = Counter()
    with labels.open(encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh if line.strip()]
    for item in items:
        if item["kind"] != "entity" or item.get("label") not in ("right", "wrong"):
            continue
        ev = item["evidence"]
        doc = _document(con, ev["doc"])
        if doc is None:
            counts[(item["label"], "-", "missing")] += 1
            continue
        text, analysis, _ = doc
        fate = judge(text, find_mentions(text, analysis, None), ev["start"], ev["end"])
        rule = (item.get("why") or "-").split()[0] if item["label"] == "wrong" else "-"
        counts[(item["label"], rule, fate)] += 1
        if verbose and (fate != "kept" or item["label"] == "wrong"):
            print(
                f"{item['label']:5} {fate:7} {item['lang']} {item['says']['mention']!r}  {item.get('why', '')}"
            )
    return counts


def fates_of(counts: Counter[tuple[str, str, str]], label: str) -> Counter[str]:
    """How the items of one label fared, over all their rules."""
    fates: Counter[str] = Counter()
    for (lab, _rule, fate), n in counts.items():
        if lab == label:
            fates[fate] += n
    return fates


def report(name: str, counts: Counter[tuple[str, str, str]]) -> None:
    print(f"\n## {name}")
    for label in ("right", "wrong"):
        fates = fates_of(counts, label)
        print(f"{label}: " + ", ".join(f"{f} {fates[f]}" for f in ("kept", "changed", "gone", "missing")))
    rules = sorted({r for (lab, r, _f) in counts if lab == "wrong"})
    for r in rules:
        row = {f: counts[("wrong", r, f)] for f in ("kept", "changed", "gone")}
        print(f"  wrong {r}: " + ", ".join(f"{f} {n}" for f, n in row.items()))
    right = sum(n for (lab, _r, f), n in counts.items() if lab == "right" and f == "kept")
    wrong = sum(n for (lab, _r, f), n in counts.items() if lab == "wrong" and f == "kept")
    before_r = sum(n for (lab, _r, f), n in counts.items() if lab == "right" and f != "missing")
    before_w = sum(n for (lab, _r, f), n in counts.items() if lab == "wrong" and f != "missing")
    if before_r + before_w and right + wrong:
        print(
            f"precision as labelled {before_r / (before_r + before_w):.2f} ({before_r}/{before_r + before_w}); "
            f"over the items still found with their span {right / (right + wrong):.2f} ({right}/{right + wrong})"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--round", action="append", required=True, help="LABELS.jsonl=STORE.db (repeatable)")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="print every item not kept, and every wrong one"
    )
    args = parser.parse_args(argv)
    each_round(args.round, recheck, report, args.verbose)


def each_round(
    rounds: list[str],
    check: Callable[[Path, str, bool], Counter[tuple[str, str, str]]],
    show: Callable[[str, Counter[tuple[str, str, str]]], None],
    verbose: bool,
) -> None:
    """``check`` each LABELS=STORE round, ``show`` its counts, then the counts of all rounds."""
    total: Counter[tuple[str, str, str]] = Counter()
    for pair in rounds:
        labels, db = pair.split("=", 1)
        counts = check(Path(labels), db, verbose)
        show(labels, counts)
        total += counts
    if len(rounds) > 1:
        show("all rounds", total)


if __name__ == "__main__":
    main()
