"""How many independent sources each stored figure-conflict position holds, counted over all its
members (as before) and over the members that back its value (``link.conflicts._backs``: a bound
far from the value — "at least 13" beside 144 — is compatible but holds nothing for it).

    python -m eval.figure_support --db STORE [-v]
"""

from __future__ import annotations

import argparse

from storyline.api import Store
from storyline.link.conflicts import Sources, _backs
from storyline.link.context import LinkContext


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every position that changes")
    args = parser.parse_args(argv)
    store = Store(args.db)
    dossier = store.load_dossier()
    figures = {f.id: f for f in dossier.figures}
    conflicts = [c for c in dossier.conflicts if c.kind == "figure"]
    docs = {
        figures[i].evidence[0].doc for c in conflicts for p in c.positions for i in p.items if i in figures
    }
    ctx = LinkContext(documents={d.id: d for d in dossier.documents}, analyses=store.analyses(docs))
    ctx.entities = dossier.entities
    sources = Sources(ctx)
    n = changed = before = after = 0
    for c in conflicts:
        for p in c.positions:
            members = [figures[i] for i in p.items if i in figures]
            if not members:
                continue
            value = float(p.value) if isinstance(p.value, int | float) else members[0].value
            a = sources.count(members)
            b = sources.count([f for f in members if _backs(f, value)])
            n, before, after, changed = n + 1, before + a, after + b, changed + (a != b)
            if a != b and args.verbose:
                far = "; ".join(f"{f.qualifier} {f.value:g}" for f in members if not _backs(f, value))
                print(f"  {c.attribute} {p.value}: {a} -> {b} (not backing: {far})")
    print(f"figure positions {n}: independent sources {before} -> {after}, {changed} positions changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
