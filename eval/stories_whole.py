"""Story grouping in a whole store: the web pages' gold stories scored where they sit among
everything else (BSNLP, the demo), as a desk's store holds them.

    python -m eval.stories_whole --db /tmp/audit.db [--entities /tmp/whole-ents.pkl]

``eval.pages`` scores the pages grouped alone (105 documents, 20 stories); here the same pages
share the index with 4,000 other documents, whose entities, words and document frequencies can
pull two happenings of one kind together (two earthquakes' pages) or split one. The store is any
store holding ``../shared/data/pages/pages.jsonl`` (e.g. the audit store: BSNLP + pages + demo);
its stored analyses are linked again in memory with the code of now (entities, then stories as
``storyline link`` groups them). ``--entities`` keeps the entity linking in a pickle, so a change
to story grouping alone reruns in about a minute (delete the file after a change to entities).

Reported: B-cubed P/R/F1 of the pages' stories against their gold stories (and of their topics),
BSNLP topics B-cubed against the five gold topics, how precisely stories keep within BSNLP
topics, and every predicted story that mixes gold stories or gold story split into pieces.
"""

from __future__ import annotations

import argparse
import json
import pickle
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from eval.scores import bcubed
from eval.stories import grouping, linked_context, topic_of

PAGES = Path(__file__).resolve().parents[1].parent / "shared/data/pages/pages.jsonl"


def _round(scores: dict[str, Any]) -> dict[str, Any]:
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in scores.items()}


def _only(mapping: dict[str, str], keys: dict[str, str]) -> dict[str, str]:
    return {k: mapping[k] for k in keys if k in mapping}


def run(db: Path, entities: Path | None) -> dict[str, Any]:
    from storyline.api import Store

    store = Store(db)
    documents = store.documents()
    known = {d.id for d in documents}
    analyses = {k: a for k, a in store.analyses().items() if k in known}
    if entities is not None and entities.exists():
        mention_entity, linked = pickle.loads(entities.read_bytes())
    else:
        ctx = linked_context(documents, analyses)
        mention_entity, linked = ctx.mention_entity, ctx.entities
        if entities is not None:
            entities.write_bytes(pickle.dumps((mention_entity, linked)))
    ctx, _seconds = grouping(documents, analyses, mention_entity, linked, [d.id for d in documents])
    topics, stories = topic_of(ctx), dict(ctx.doc_story)
    page_story = {}
    for line in PAGES.read_text("utf-8").splitlines():
        page = json.loads(line)
        page_story[page["id"]] = page["story"]
    gold_page = {
        d.id: page_story[d.source.rsplit("#", 1)[1]]
        for d in documents
        if "pages.jsonl#" in (d.source or "") and d.source.rsplit("#", 1)[1] in page_story
    }
    gold_topic = {d.id: str(d.meta.get("topic")) for d in documents if d.meta.get("topic")}
    mixed: dict[str, list[str]] = defaultdict(list)
    pieces: dict[str, set[str]] = defaultdict(set)
    for doc, gold in gold_page.items():
        mixed[stories[doc]].append(gold)
        pieces[gold].add(stories[doc])
    return {
        "pages": len(gold_page),
        "pages_stories": _round(bcubed(gold_page, _only(stories, gold_page))),
        "pages_topics": _round(bcubed(gold_page, _only(topics, gold_page))),
        "bsnlp_topics": _round(bcubed(gold_topic, _only(topics, gold_topic))) if gold_topic else None,
        "bsnlp_stories_precision": round(bcubed(gold_topic, _only(stories, gold_topic))["p"], 4)
        if gold_topic
        else None,
        "stories": len(set(stories.values())),
        "mixed": {s: dict(Counter(g)) for s, g in mixed.items() if len(set(g)) > 1},
        "split": {g: len(s) for g, s in pieces.items() if len(s) > 1},
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, required=True, help="a store holding the web pages (and more)")
    ap.add_argument("--entities", type=Path, help="pickle of the entity linking, reused when present")
    ap.add_argument("--json", type=Path, help="write the report here too")
    args = ap.parse_args(argv)
    if not PAGES.exists():
        raise SystemExit(f"{PAGES} not found: the web pages live in ../shared beside the checkout")
    out = run(args.db, args.entities)
    print(json.dumps(out, indent=1, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    main()
