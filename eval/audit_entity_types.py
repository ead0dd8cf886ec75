"""Span and type of every labelled entity item as today's recogniser finds it, to compare two versions.

``eval.audit_entities`` judges spans only; a rule that retypes a mention (a party read as people)
shows here. One line per labelled entity item: its round, label, rule id, what became of its span
(kept, changed, gone: as ``eval.audit_entities``) and the type of the mention found with exactly
that span. ``--diff`` lists the items whose span or type differ from an earlier run's file.

    PYTHONPATH=src python -m eval.audit_entity_types --round eval/audit/labels-11.jsonl=/tmp/audit11.db --out /tmp/before.jsonl
    PYTHONPATH=src python -m eval.audit_entity_types --round … --out /tmp/after.jsonl --diff /tmp/before.jsonl
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from eval.audit_entities import judge
from eval.audit_realis import _document, _open
from storyline.analyse.entities import find_mentions


def items(labels: Path, db: str) -> list[dict]:
    con = _open(db)
    out = []
    for line in labels.read_text(encoding="utf-8").splitlines():
        item = json.loads(line) if line.strip() else {}
        if item.get("kind") != "entity" or item.get("label") not in ("right", "wrong"):
            continue
        ev = item["evidence"]
        doc = _document(con, ev["doc"])
        if doc is None:
            continue
        text, analysis, _ = doc
        found = find_mentions(text, analysis, None)
        exact = [m.type for m in found if (m.start, m.end) == (ev["start"], ev["end"])]
        why = (item.get("why") or "-").split()[0] if item["label"] == "wrong" else "-"
        out.append(
            {"round": labels.name, "id": item["id"], "start": ev["start"], "label": item["label"], "why": why,
             "mention": item["says"].get("mention"), "fate": judge(text, found, ev["start"], ev["end"]),
             "type": exact[0] if exact else None}
        )  # fmt: skip
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--round", action="append", required=True, help="LABELS.jsonl=STORE.db")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--diff", type=Path, help="an earlier --out file")
    args = parser.parse_args()
    rows = [row for spec in args.round for row in items(Path(spec.split("=", 1)[0]), spec.split("=", 1)[1])]
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    if not args.diff:
        return
    before = {(r["round"], r["id"], r["start"]): r for r in map(json.loads, args.diff.open(encoding="utf-8"))}
    changes: Counter[tuple[str, str]] = Counter()
    for r in rows:
        old = before.get((r["round"], r["id"], r["start"]))
        if old is None or (old["fate"], old["type"]) == (r["fate"], r["type"]):
            continue
        changes[(r["label"], r["why"])] += 1
        print(f"{r['label']} {r['why']} {r['round']} {r['mention']!r}: "
              f"{old['fate']} {old['type']} -> {r['fate']} {r['type']}")  # fmt: skip
    print(
        f"{len(rows)} items; changed: "
        + ", ".join(f"{lab} {why} {n}" for (lab, why), n in sorted(changes.items()))
    )


if __name__ == "__main__":
    main()
