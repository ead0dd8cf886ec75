"""What the figure analyser now says of the labelled source names of precision-audit samples.

For every labelled ``source`` item with role ``attributed`` or ``relayed`` and a span, its document
and stored analysis are read from its round's store (read-only) and the figure analyser runs
again; the item's name keeps its role when a figure of the document still credits it so
(``attributed``: a figure's source mention overlaps the span; ``relayed``: a figure's relay is the
span's text). Roles that come from claims or quotes are not re-derived, so the counts are of the
figure side only. Reported: label × (role kept, role changed, no role), and with ``-v`` the items
whose role changed or went.

    PYTHONPATH=src python -m eval.audit_relays \\
        --round eval/audit/labels-1.jsonl=/tmp/audit.db [--round …] [-v]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from eval.audit_realis import _document, _open
from storyline.analyse.figures import find_figures


def roles_now(con, item: dict) -> set[str] | None:  # noqa: ANN001 - a sqlite3 connection
    ev = item["evidence"]
    doc = _document(con, ev["doc"])
    if doc is None or ev.get("start") is None:
        return None
    text, analysis, published = doc
    s, e = ev["start"], ev["end"]
    name = text[s:e]
    out: set[str] = set()
    for f in find_figures(text, analysis, published):
        if f.source is not None:
            m = analysis.mentions[f.source]
            if m.start < e and s < m.end:
                out.add("attributed")
        if any(v == name or name in v for v in f.via_texts):
            out.add("relayed")
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--round", action="append", required=True, help="LABELS.jsonl=STORE.db")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    counts: Counter[tuple[str, str, str]] = Counter()
    for spec in args.round:
        labels, db = spec.split("=", 1)
        con = _open(db)
        for line in Path(labels).read_text("utf-8").splitlines():
            item = json.loads(line)
            role = item.get("says", {}).get("role")
            if item.get("kind") != "source" or role not in ("attributed", "relayed"):
                continue
            if item.get("label") not in ("right", "wrong"):
                continue
            now = roles_now(con, item)
            if now is None:
                continue
            verdict = "kept" if role in now else ("changed" if now else "none")
            counts[(role, item["label"], verdict)] += 1
            if args.verbose and verdict != "kept":
                print(f"{item['label']:5} {role:10} -> {'/'.join(sorted(now)) or '-':10} {item['why'][:60]}")
    for (role, label, verdict), n in sorted(counts.items()):
        print(f"{role:10} labelled {label:5} {verdict:8} {n}")


if __name__ == "__main__":
    main()
