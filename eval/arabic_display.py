"""The people of a store whose display name is romanised from Arabic script (Arabic, Persian, Urdu
bases with no Latin form written by the sources): their name letter by letter (as before
``lang/names``) and with the press spellings of the common name elements (as now).

    python -m eval.arabic_display --db /tmp/names5.db

Read only: the entities' stored bases are named again both ways; the stored name is printed
when it differs from the one named now (a store built by other code).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from collections import Counter
from unittest import mock

from storyline.link import entities
from storyline.names.script import script


def _names(record: dict) -> Counter[tuple[str, str | None]]:
    return Counter(
        {(base, lang or None): n for lang, bases in record["names"].items() for base, n in bases.items()}
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True)
    args = parser.parse_args()
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    rows = []
    for (data,) in con.execute("SELECT data FROM entity_records"):
        record = json.loads(data)
        if (
            record.get("merged_into")
            or not record["types"]
            or max(record["types"], key=record["types"].get) != "PER"
        ):
            continue
        names = _names(record)
        if not any(script(b) == "ARABIC" and lang in {"ar", "fa", "ur"} for b, lang in names):
            continue
        # the display comes from Arabic script when the name is spelled from an Arabic-script base
        with mock.patch.object(entities, "_vowelled_name", wraps=entities._vowelled_name) as spelled:
            now = entities.display_name(names, "PER", record.get("alias"))
        if not spelled.called:
            continue
        with mock.patch.object(entities, "has_spellings", lambda _lang: False):
            before = entities.display_name(names, "PER", record.get("alias"))
        base = max(names, key=names.get)
        stored = "" if record.get("name") == now else f"   [stored: {record.get('name')}]"
        rows.append((base[1] or "", before, now, stored))
    for lang, before, now, stored in sorted(rows):
        print(f"{lang}  {before:32} → {now}{stored}")
    changed = sum(before != now for _, before, now, _ in rows)
    print(f"{len(rows)} people named from Arabic script, {changed} spelled differently now")


if __name__ == "__main__":
    main()
