"""What the realis filter does to a labelled precision-audit sample of events.

For every labelled ``event`` item, the item's document and its stored analysis are read from
the audit store (read-only), the event analyser is run again on that analysis, and the item
counts as *removed* when no mention of its type is left in its sentence (the audit's evidence
span). Reported: removed wrong / removed right, by the labeller's rule id, and the precision
before and after (unsure items left out, as in the audit).

    PYTHONPATH=src python -m eval.audit_realis --db /tmp/audit.db \\
        --labelled eval/audit/labels-1.jsonl [-v]
    PYTHONPATH=src python -m eval.audit_realis --round eval/audit/labels-1.jsonl=/tmp/audit.db \\
        --round eval/audit/labels-2.jsonl=/tmp/audit2.db … [-v]   (all rounds summed)

Round 1 is the development set the filter was written against; a later round drawn with
another seed is the independent check.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from storyline.analyse.event_realis import why_not_happening
from storyline.analyse.events import find_events
from storyline.model import Analysis
from storyline.serde import from_dict


def _open(db: str) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True)


def labelled_items(rounds: list[str], kind: str) -> Iterator[tuple[sqlite3.Connection, dict]]:
    """The items of one kind labelled right or wrong, with their round's store (read-only), for
    ``--round LABELS.jsonl=STORE.db`` arguments."""
    for spec in rounds:
        labels, db = spec.split("=", 1)
        con = _open(db)
        for line in Path(labels).read_text("utf-8").splitlines():
            item = json.loads(line)
            if item.get("kind") == kind and item.get("label") in ("right", "wrong"):
                yield con, item


def published_day(value: str | None) -> date | None:
    """The publication day as ingest gives it to the analysers (only when the store knows the day)."""
    v = json.loads(value) if value else {}
    day = v.get("value") if v.get("precision") == "day" else None
    return date.fromisoformat(day) if day else None


def _document(con: sqlite3.Connection, doc_id: str) -> tuple[str, Analysis, date | None] | None:
    row = con.execute(
        "SELECT d.text, d.published, a.data FROM documents d JOIN analyses a ON a.doc_id = d.id WHERE d.id = ?",
        (doc_id,),
    ).fetchone()
    if row is None:
        return None
    text, published, data = row
    return text, from_dict(Analysis, json.loads(data)), published_day(published)


def labelled_event(con: sqlite3.Connection, item: dict) -> tuple[str, Analysis, date | None, Callable] | None:
    """The document of a labelled event item (text, stored analysis, publication day) and a test
    of whether an event mention is the labelled one (its type, starting inside the span); None
    when the document is not in the store."""
    ev = item["evidence"]
    doc = _document(con, ev["doc"])
    if doc is None:
        return None
    kind = item["says"]["type"]

    def here(m: object) -> bool:
        return m.type == kind and ev["start"] <= m.start < ev["end"]  # type: ignore[attr-defined]

    return (*doc, here)


def judge(con: sqlite3.Connection, item: dict) -> tuple[bool, str | None] | None:
    """(kept, why removed) for one labelled event, or None when its document is not there."""
    found = labelled_event(con, item)
    if found is None:
        return None
    text, analysis, published, here = found
    kind = item["says"]["type"]
    kept = any(here(m) for m in find_events(text, analysis, published))
    if kept:
        return True, None
    stored = next((m for m in analysis.events if here(m)), None)
    why = (
        why_not_happening(text, analysis, kind, stored.start, stored.end, stored.sent_start, stored.sent_end)
        if stored is not None
        else None
    )
    return False, why or "other"


def _passage(con: sqlite3.Connection, item: dict) -> str:
    """The labelled span's text: a sample keeps it, the kept labels (labels-N.jsonl) do not."""
    ev = item["evidence"]
    if "text" in ev:
        return ev["text"]
    row = con.execute("SELECT text FROM documents WHERE id = ?", (ev["doc"],)).fetchone()
    return row[0][ev["start"] : ev["end"]].replace("\n", " ") if row else ""


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default="/tmp/audit.db")
    ap.add_argument("--labelled", default="eval/audit/labels-1.jsonl")
    ap.add_argument(
        "--round", action="append", help="LABELS.jsonl=STORE.db (repeatable; replaces --db and --labelled)"
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per removed item")
    args = ap.parse_args(argv)
    rounds = args.round or [f"{args.labelled}={args.db}"]
    counts: Counter[tuple[str, str]] = Counter()  # (label, kept|removed)
    rules: Counter[tuple[str, str]] = Counter()  # (removed|lost, rule id)
    reasons: Counter[tuple[str, str]] = Counter()  # (label, why removed)
    missing = 0
    for con, item in labelled_items(rounds, "event"):
        verdict = judge(con, item)
        if verdict is None:
            missing += 1
            continue
        kept, why = verdict
        label = item["label"]
        counts[(label, "kept" if kept else "removed")] += 1
        if not kept:
            rules[(label, item["why"].split()[0])] += 1
            reasons[(label, why or "")] += 1
            if args.verbose:
                print(
                    f"  {label:5} {item['why'].split()[0]:3} {why:9} {item['id']} {item['lang']} {item['says']['type']}: "
                    f"{_passage(con, item)[:140]}"
                )
    right, wrong = counts[("right", "kept")], counts[("wrong", "kept")]
    before_r = right + counts[("right", "removed")]
    before_w = wrong + counts[("wrong", "removed")]
    print(f"events labelled: {before_r} right, {before_w} wrong ({missing} without their document)")
    print(
        f"removed wrong: {counts[('wrong', 'removed')]}  "
        + " ".join(f"{r}:{n}" for (lab, r), n in sorted(rules.items()) if lab == "wrong")
    )
    print(f"removed right: {counts[('right', 'removed')]}")
    print("why removed: " + " ".join(f"{lab}/{w}:{n}" for (lab, w), n in sorted(reasons.items())))
    print(
        f"precision: before {before_r / max(1, before_r + before_w):.2f} ({before_r}/{before_r + before_w}), "
        f"after {right / max(1, right + wrong):.2f} ({right}/{right + wrong})"
    )


if __name__ == "__main__":
    main()
