"""Sweep the story index's thresholds and weights over stored corpora, without ingesting again.

    python -m eval.story_sweep --pages /tmp/storyline-pages.db --bsnlp /tmp/storyline-bsnlp.db \
        --set LEAD_WEIGHT=0.3,0.5,0.7 --set STORY_THRESHOLD=0.25,0.3

For each combination of the values given (module constants of ``storyline.link.story_index``),
every document of each store is grouped again in story order, and scored: on the pages, pairwise
P/R/F1 of stories against the gold stories; on BSNLP, B-cubed of topics against the five gold
topics and the stories' B-cubed precision (a story must not straddle topics). Entities are linked
once per store. Analyses stored without a lead vector get one first (cached in ``--cache``), so a
store built before the embedding existed can be swept too.
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path
from typing import Any

from eval.scores import bcubed, prf
from storyline.link import story_index
from storyline.link.stories import signals, story_order
from storyline.link.story_index import StoryIndex

PAGES_GOLD = Path(__file__).resolve().parents[1].parent / "shared/data/pages/gold.jsonl"


def prepared(
    db: Path, cache: Path, lead_words: int | None = None
) -> tuple[list[Any], dict[str, str], dict[str, str]]:
    """Signals of every analysed document (in story order), gold labels and languages. With
    ``lead_words`` every lead vector is made again from that many words (cached per length)."""
    from eval.stories import linked_context
    from storyline.analyse import embedding
    from storyline.api import Store

    store = Store(db)
    documents = store.documents()
    analyses = store.analyses()
    if lead_words is not None:
        embedding.LEAD_WORDS = lead_words
        cache = cache.with_suffix(f".{lead_words}w.json")
    known = json.loads(cache.read_text()) if cache.exists() else {}
    for d in documents:
        a = analyses.get(d.id)
        if a is not None and (a.embedding is None or lead_words is not None):
            a.embedding = known[d.id] if d.id in known else embedding.find_embedding(d.text, a, None)
            known[d.id] = a.embedding
    cache.write_text(json.dumps(known))
    ctx = linked_context(documents, analyses)
    sigs = story_order(s for d in documents if (s := signals(ctx, d.id)) is not None)
    gold: dict[str, str] = {}
    if PAGES_GOLD.exists():
        pages = {
            json.loads(x)["id"]: json.loads(x)["story"] for x in PAGES_GOLD.read_text("utf-8").splitlines()
        }
        gold = {d.id: pages[p] for d in documents if (p := d.source.rsplit("#", 1)[-1]) in pages}
    if not gold:
        gold = {d.id: str(d.meta["topic"]) for d in documents if d.meta.get("topic")}
    return sigs, gold, {d.id: d.lang or "?" for d in documents}


def pairwise(gold: dict[str, str], pred: dict[str, str]) -> dict[str, float]:
    ids = sorted(set(gold) & set(pred))
    tp = fp = fn = 0
    for a, b in itertools.combinations(ids, 2):
        g, p = gold[a] == gold[b], pred[a] == pred[b]
        tp += g and p
        fp += p and not g
        fn += g and not p
    return prf(tp, tp + fp, tp + fn)


def run(sigs: list[Any]) -> StoryIndex:
    index = StoryIndex()
    for sig in sigs:
        index.add(sig)
    return index


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path)
    parser.add_argument("--bsnlp", type=Path)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/storyline-lead-vectors"))
    parser.add_argument("--set", action="append", default=[], help="NAME=v1,v2,…")
    parser.add_argument("--lead-words", type=int, help="make the lead vectors again from this many words")
    args = parser.parse_args()
    grid = {k: [float(x) for x in v.split(",")] for k, v in (s.split("=", 1) for s in args.set)}
    corpora = {}
    for name, db in (("pages", args.pages), ("bsnlp", args.bsnlp)):
        if db:
            corpora[name] = prepared(db, args.cache.with_suffix(f".{name}.json"), args.lead_words)
    keys = sorted(grid)
    for values in itertools.product(*(grid[k] for k in keys)):
        for k, v in zip(keys, values, strict=True):
            setattr(story_index, k, v)
        row = [f"{k}={v:g}" for k, v in zip(keys, values, strict=True)]
        for name, (sigs, gold, _langs) in corpora.items():
            index = run(sigs)
            stories = dict(index.story_of)
            topics = {d: index.topic_of[s] for d, s in stories.items()}
            if name == "pages":
                p = pairwise(gold, stories)
                row.append(
                    f"pages P {p['p']:.3f} R {p['r']:.3f} F1 {p['f1']:.3f} ({len(index.members)} stories)"
                )
            else:
                t, s = bcubed(gold, topics), bcubed(gold, stories)
                row.append(
                    f"bsnlp topics F1 {t['f1']:.3f} (P {t['p']:.3f} R {t['r']:.3f}) stories P {s['p']:.3f}"
                )
        print(" | ".join(row), flush=True)


if __name__ == "__main__":
    main()
