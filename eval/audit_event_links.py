"""What the cross-document event layer says about the labelled audit events, linked again.

Every labelled ``event`` item of the given rounds is looked up in a store (read-only: the
stories of the items' documents are linked again in memory, dates then events, by the code on
``PYTHONPATH``): the event its mention now belongs to, with its type, title, place,
participants and how many documents and mentions it merges. ``run`` writes that per item;
``compare`` sets two runs (before and after a change of the event layer) against the labels:

- a *wrong* item is **fixed** when the field its label blames (E4 place, E5 participants,
  E6 title; or the merge: other mentions from elsewhere) lost what it had, and **changed** when
  it says something else instead (to be read by hand);
- a *right* item is **kept** when nothing was added or replaced (a field left empty is not
  judged by the audit rules), **less said** when a place or participant went away, and **at
  risk** when a field gained or swapped a value (to be read by hand).

The labels were made on the stores of their rounds; a run on another store (today's analyses)
finds most items again. Only the fields of the event layer are compared.

    PYTHONPATH=src python -m eval.audit_event_links run --db /tmp/audit9.db \\
        eval/audit/labels-*.jsonl --out /tmp/after.json
    PYTHONPATH=src python -m eval.audit_event_links compare /tmp/before.json /tmp/after.json [-v]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import select

from storyline.link import dates, events
from storyline.model import Correction
from storyline.store import Store, schema, story_state
from storyline.workflow.update import _context

FIELDS = ("type", "title", "place", "participants")


def _items(paths: list[str]) -> list[dict[str, Any]]:
    out = []
    for path in paths:
        for line in Path(path).read_text("utf-8").splitlines():
            item = json.loads(line)
            if item.get("kind") == "event" and item.get("label") in ("right", "wrong"):
                item["round"] = Path(path).stem
                out.append(item)
    return out


def _stories(store: Store, doc_ids: set[str]) -> dict[str, list[str]]:
    """The story of each document (a duplicate's: the story of the document it repeats) → its
    members with their duplicates."""
    originals = story_state.originals_of(store.engine, doc_ids)
    wanted = {originals.get(d, d) for d in doc_ids}
    c = schema.story_docs.c
    with store.engine.connect() as conn:
        story_of = {r.doc_id: r.story for r in conn.execute(select(c.doc_id, c.story))}
    members: dict[str, list[str]] = defaultdict(list)
    for doc, sid in sorted(story_of.items()):
        members[sid].append(doc)
    sids = sorted({story_of[d] for d in wanted if d in story_of})
    out = {}
    for sid in sids:
        dups = story_state.duplicates_of(store.engine, members[sid])
        out[sid] = members[sid] + [x for d in members[sid] for x in dups.get(d, [])]
    return out


def _link(store: Store, sid: str, docs: list[str], fixes: list[Correction]) -> Any:
    ctx = _context(store, docs, fixes)
    ctx.doc_story = dict.fromkeys(docs, sid)
    dates.resolve_dates(ctx)
    events.link_events(ctx)
    return ctx


def _says(ctx: Any, item: dict[str, Any]) -> dict[str, Any] | None:
    ev = item["evidence"]
    analysis = ctx.analyses.get(ev["doc"])
    if analysis is None:
        return None
    kind = item["says"]["type"]
    inside = [k for k, m in enumerate(analysis.events) if ev["start"] <= m.start < ev["end"]]
    inside.sort(key=lambda k: analysis.events[k].type != kind)
    eid = next((e for k in inside if (e := ctx.event_of(ev["doc"], k))), None)
    if eid is None:
        return None
    event = next(e for e in ctx.events if e.id == eid)
    names = {e.id: e.name for e in ctx.entities}
    first = event.evidence[0]
    return {
        "type": event.type,
        "title": event.label,
        "place": names.get(event.place or "", event.place),
        "participants": [names.get(p, p) for p in event.participants],
        "mentions": len(event.evidence),
        "documents": len({s.doc for s in event.evidence}),
        "shown": first.doc == ev["doc"] and ev["start"] <= first.start < ev["end"],
        "listed": events.is_listed(event),
        "facets": event.facets,
        # what the timeline shows: a day, or the window it lies in, and how it was found
        "date": [event.date.value, event.date.earliest, event.date.latest, event.date.basis],
    }


def run(args: argparse.Namespace) -> None:
    items = _items(args.labels)
    store = Store(args.db, create=False)
    fixes = store.corrections()
    stories = _stories(store, {i["evidence"]["doc"] for i in items})
    found: dict[str, dict[str, Any] | None] = {}
    totals: Counter = Counter()
    for n, (sid, docs) in enumerate(sorted(stories.items(), key=lambda kv: len(kv[1])), 1):
        ctx = _link(store, sid, docs, fixes)
        for item in items:
            key = f"{item['round']}:{item['n']}"
            if key not in found or found[key] is None:
                if item["evidence"]["doc"] in ctx.documents:
                    found[key] = _says(ctx, item)
        print(f"{n}/{len(stories)} {sid} {len(docs)} documents", file=sys.stderr)
        totals["events"] += len(ctx.events)
        totals["listed"] += sum(events.is_listed(e) for e in ctx.events)
    print(f"{len(stories)} stories linked: {totals['events']} events, {totals['listed']} listed")
    Path(args.out).write_text(json.dumps(found, ensure_ascii=False, indent=0), "utf-8")


def _blamed(item: dict[str, Any]) -> set[str]:
    """The participants a wrong E5 label names in its reason (all of them where it names none)."""
    says = item["says"]["participants"]
    named = {p for p in says if any(w in item["why"] for w in re.findall(r"\w{3,}", p))}
    return named or set(says)


def _fate(item: dict[str, Any], before: dict[str, Any], after: dict[str, Any] | None) -> str:
    """What became of an item: a wrong one against what its label blames, a right one against
    what the run before said."""
    if after is None:
        return "gone"
    rule = "right" if item["label"] == "right" else item["why"].split()[0]
    said = item["says"]
    if rule == "E4":
        was, now = before["place"] == said["place"], after["place"] == said["place"]
        if not was:
            return "not wrong before"
        return "fixed" if after["place"] is None else "changed" if not now else "still wrong"
    if rule == "E5":
        blamed = _blamed(item)
        if not blamed & set(before["participants"]):
            return "not wrong before"
        return "still wrong" if blamed & set(after["participants"]) else "fixed"
    if all(before[f] == after[f] for f in FIELDS):
        return "same"
    # a value judged neither by the labeller nor in the run before is at risk
    added = set(after["participants"]) - set(before["participants"]) - set(said["participants"])
    swapped = after["place"] not in (None, before["place"], said["place"])
    if rule == "right":
        return "at risk" if swapped or added or after["type"] != before["type"] else "less said"
    return "changed"


def compare(args: argparse.Namespace) -> None:
    before, after = (json.loads(Path(p).read_text("utf-8")) for p in (args.before, args.after))
    items = {f"{i['round']}:{i['n']}": i for i in _items(args.labels)}
    fates: Counter = Counter()
    for key, item in sorted(items.items()):
        b, a = before.get(key), after.get(key)
        if b is None:
            fates[(item["label"], "not found before")] += 1
            continue
        fate = _fate(item, b, a)
        rule = "right" if item["label"] == "right" else item["why"].split()[0]
        fates[(rule, fate)] += 1
        if args.verbose and fate != "same":
            print(f"{key} {item['label']} [{fate}] {item['why'][:90]}")
            for f in FIELDS:
                if a is None or b[f] != a[f]:
                    print(f"    {f}: {b[f]} → {a[f] if a else None}")
    for (rule, fate), n in sorted(fates.items()):
        print(f"{rule:6} {fate:22} {n}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run")
    r.add_argument("--db", required=True)
    r.add_argument("--out", required=True)
    r.add_argument("labels", nargs="+")
    c = sub.add_parser("compare")
    c.add_argument("before")
    c.add_argument("after")
    c.add_argument(
        "--labels", nargs="+", default=sorted(str(p) for p in Path("eval/audit").glob("labels-*.jsonl"))
    )
    c.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    run(args) if args.command == "run" else compare(args)


if __name__ == "__main__":
    main()
