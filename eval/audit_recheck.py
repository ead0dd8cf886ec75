"""What a store says today at the spans of earlier rounds' wrong entity items.

A labelled round names each wrong entity item by document and span; a store built by newer code
from the same inputs holds the same documents (ids are content hashes), so the mention linked at
that span shows whether the class was fixed: its words, base form, type, and the entity it is
linked to (display name and the other names merged into it). It reads; it judges nothing: a reader
compares each line with the label's ``why``.

    PYTHONPATH=src python -m eval.audit_recheck --db STORE eval/audit/labels-29.jsonl [...]
    PYTHONPATH=src python -m eval.audit_recheck --db STORE --type PRO --right eval/audit/labels-2*.jsonl

``--type`` keeps the items the round showed with that type; ``--right`` takes the right items
too (did a fix turn them?), and the last lines count, per label, the types the store shows now.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from storyline.analyse.entity_confidence import is_listed
from storyline.api import Store
from storyline.store.entity_state import mention_rows


def wrong_entities(
    paths: list[str], labels: tuple[str, ...] = ("wrong",), etype: str | None = None
) -> list[dict[str, Any]]:
    """The entity items of these labels (and of the type the round showed, if given)."""
    items = []
    for path in paths:
        for line in Path(path).read_text("utf-8").splitlines():
            item = json.loads(line) if line.strip() else {}
            if item.get("kind") != "entity" or item.get("label") not in labels:
                continue
            if etype is None or item.get("says", {}).get("type") == etype:
                items.append(item | {"round": Path(path).stem})
    return items


def now_at(rows: list[Any], start: int, end: int) -> list[Any]:
    """The linked mentions overlapping the labelled span."""
    return [r for r in rows if r.start < end and r.end > start]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m eval.audit_recheck", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--db", required=True, help="a store built from the same inputs (read only)")
    parser.add_argument("labels", nargs="+", help="labels-*.jsonl or labelled sample-*.jsonl files")
    parser.add_argument("--type", help="only the items the round showed with this type (PRO, ORG …)")
    parser.add_argument("--right", action="store_true", help="the right items too, and a count per label")
    args = parser.parse_args(argv)
    items = wrong_entities(args.labels, ("wrong", "right") if args.right else ("wrong",), args.type)
    tally: Counter[tuple[str, str]] = Counter()  # (label, the types shown now) → items
    store = Store(args.db)
    rows = mention_rows(store.engine, {i["evidence"]["doc"] for i in items})
    by_doc: dict[str, list[Any]] = {}
    for r in rows:
        by_doc.setdefault(r.doc_id, []).append(r)
    entities = {e.id: e for e in store.entities()}
    for item in items:
        ev = item["evidence"]
        label = f" {item['label']}" if args.right else ""
        print(f"{item['round']} n={item['n']} {item['lang']}{label}: {item['why']}")
        found = now_at(by_doc.get(ev["doc"], []), ev["start"], ev["end"])
        now = sorted({entities[r.entity_id].type for r in found if r.entity_id in entities}) or ["none"]
        tally[(item["label"], "/".join(now))] += 1
        for r in found:
            e = entities.get(r.entity_id)
            names = sorted({n for ns in e.names.values() for n in ns} - {e.name}) if e else []
            shown = f"{e.type} {e.name!r}, other names {names}" if e else "no entity listed"
            if e and not is_listed(e):
                shown += " (folded from the entity list, as the audit draws only listed ones)"
            print(f"    now {r.text!r} → base {r.base!r} {r.type}; entity {shown}")
        if not found:
            print("    now no mention at this span")
    for (label_of, now), n in sorted(tally.items()) if args.right else ():
        print(f"{label_of} items shown now as {now}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
