"""What today's entity linking does to the merges of labelled precision-audit entity items.

``eval.audit_entities`` re-judges recognition (the item's span); this re-judges linking. Every
round's store is relinked from its stored analyses with the current ``EntityIndex`` (all documents
that are not duplicates, in ingestion order, as a full relink does), and for every labelled
``entity`` item the entity now holding the item's mention is compared with the one the labeller
saw (its base form and other names):

- *same*: the entity goes by the same names;
- *split*: names it had are no longer in it (for a wrong N5 item, the wrong merge may be undone;
  for a right item, a right merge may be broken);
- *grown*: it goes by names it did not have (a new merge, which no labeller judged);
- *missing*: the mention is no longer found in the store's analysis.

Names are compared by their base forms, folded. With ``-v`` every N5 item and every right item
that is not *same* is printed with the names it lost and gained, to be judged by eye.

    PYTHONPATH=src python -m eval.audit_merges --round eval/audit/labels-7.jsonl=/tmp/audit7.db [-v]
"""

from __future__ import annotations

import argparse
import functools
import json
import time
from collections import Counter
from pathlib import Path

from eval.audit_entities import each_round, fates_of
from eval.audit_realis import _open
from storyline.link.entities import new_index, record_name
from storyline.model import Analysis
from storyline.names import fold
from storyline.serde import from_dict


@functools.cache  # every round of one store relinks it once
def relink(db: str) -> tuple[dict[tuple[str, int, int], str], dict[str, set[str]], dict[str, str]]:
    """(doc, start, end) → entity id, entity id → its folded names, and entity id → its display
    name, of a fresh full relink of a store's stored analyses."""
    con = _open(db)
    rows = con.execute(
        "SELECT d.id, d.text, a.data FROM documents d JOIN analyses a ON a.doc_id = d.id "
        "WHERE d.duplicate_of IS NULL ORDER BY d.seq"
    )
    index = new_index()
    where: dict[tuple[str, int, int], str] = {}
    named: list[tuple[str, str]] = []
    for doc_id, text, data in rows:
        mentions = from_dict(Analysis, json.loads(data)).mentions
        for i, eid in index.add_document(doc_id, mentions, text).items():
            m = mentions[i]
            where[(doc_id, m.start, m.end)] = eid
            named.append((eid, fold(m.base or m.text)))
    names: dict[str, set[str]] = {}
    for eid, name in named:
        names.setdefault(index.resolve(eid), set()).add(name)
    shown = {eid: record_name(index.records[eid]) for eid in names}
    return {k: index.resolve(e) for k, e in where.items()}, names, shown


def seen_names(says: dict) -> set[str]:
    return {fold(n) for n in [says.get("base_form") or "", *says.get("other_names", [])] if n}


def recheck(labels: Path, db: str, verbose: bool) -> Counter[tuple[str, str, str]]:
    clock = time.process_time()
    where, names, shown = relink(db)
    print(f"# {db}: relinked (or cached) in {time.process_time() - clock:.0f} s CPU")
    counts: Counter[tuple[str, str, str]] = Counter()
    for line in labels.read_text("utf-8").splitlines():
        item = json.loads(line)
        if item.get("kind") != "entity" or item.get("label") not in ("right", "wrong"):
            continue
        ev, says = item["evidence"], item["says"]
        rule = (item.get("why") or "-").split()[0] if item["label"] == "wrong" else "-"
        eid = where.get((ev["doc"], ev["start"], ev["end"]))
        if eid is None:
            counts[(item["label"], rule, "missing")] += 1
            continue
        before, after = seen_names(says), names.get(eid, set())
        lost, gained = before - after, after - before
        if len(says.get("other_names", [])) >= 8:  # the sample lists eight names at most
            gained = set()
        fate = "split" if lost else "grown" if gained else "same"
        counts[(item["label"], rule, fate)] += 1
        renamed = shown.get(eid, "") != says["name"]
        counts[(item["label"], rule, "renamed")] += renamed
        if verbose and (rule == "N5" or (item["label"] == "right" and (fate != "same" or renamed))):
            print(
                f"{item['label']:5} {rule:3} {fate:6} {item['lang']} {says['name']!r}"
                + (f" → {shown.get(eid)!r}" if renamed else "")
                + " "
                f"lost {sorted(lost)[:6]} gained {sorted(gained)[:6]}  {item.get('why', '')}"
            )
    return counts


def report(name: str, counts: Counter[tuple[str, str, str]]) -> None:
    print(f"\n## {name}")
    for label in ("right", "wrong"):
        fates = fates_of(counts, label)
        print(
            f"{label}: "
            + ", ".join(f"{f} {fates[f]}" for f in ("same", "split", "grown", "missing", "renamed"))
        )
    row = {f: counts[("wrong", "N5", f)] for f in ("same", "split", "grown", "missing", "renamed")}
    print("  wrong N5: " + ", ".join(f"{f} {n}" for f, n in row.items()))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--round", action="append", required=True, help="LABELS.jsonl=STORE.db (repeatable)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print N5 items and right items changed")
    args = parser.parse_args(argv)
    each_round(args.round, recheck, report, args.verbose)


if __name__ == "__main__":
    main()
