"""Do two SQLite stores hold the same stories? A digest of every row of the story tables, of
``linked`` and of the entity assignments, ordered by key, side by side.

    python -m bench.story_digest A.db B.db

``story_summaries`` is compared by decoded value: its JSON is written by orjson since scale9 (the
same values, other bytes), so a store written before and one written after differ in form only.
Since schema 11 a story whose counts only were refreshed keeps its summary row and the changes in
its tally (``story_tallies.changes``): the summary is compared as it reads, the changes applied
(``story_tally.apply_changes``), so a store of schema 10 and one of 11 compare row by row.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
from pathlib import Path

import orjson

from storyline.story_tally import apply_changes

TABLES = (
    "story_docs", "story_groups", "story_topic_links", "story_features", "story_postings", "story_vectors",
    "story_topic_centroids", "story_summaries", "linked", "mention_entities", "entity_records",
)  # fmt: skip
DECODED = {"story_summaries": "data"}  # table → a JSON column compared by value


def digest(path: Path) -> dict[str, tuple[int, str]]:
    """Table → (rows, digest of the rows in key order)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    changes = (
        {
            s: orjson.loads(c)
            for s, c in conn.execute("SELECT story, changes FROM story_tallies WHERE changes IS NOT NULL")
        }
        if "story_tallies" in names
        else {}
    )
    out = {}
    for table in TABLES:
        info = list(conn.execute(f"PRAGMA table_info({table})"))
        cols = [r[1] for r in info]
        key = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]] or cols
        decoded = cols.index(DECODED[table]) if table in DECODED else None
        h, n = hashlib.sha256(), 0
        for row in conn.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {', '.join(key)}"):
            if decoded is not None:
                data = orjson.loads(row[decoded])
                if table == "story_summaries":
                    data = apply_changes(data, changes.get(row[0]))
                row = (*row[:decoded], json.dumps(data, sort_keys=True), *row[decoded + 1 :])
            h.update(repr(tuple(row)).encode())
            n += 1
        out[table] = (n, h.hexdigest()[:16])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    args = parser.parse_args()
    a, b = digest(args.a), digest(args.b)
    for t in TABLES:
        same = "equal" if a[t] == b[t] else "DIFFER"
        print(f"{t:24s} {a[t][0]:>9d} {a[t][1]}  {b[t][0]:>9d} {b[t][1]}  {same}")


if __name__ == "__main__":
    main()
