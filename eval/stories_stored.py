"""Story grouping through the stored index, as incremental ingests do it, against the gold topics.

    python -m eval.stories_stored --db /tmp/storyline-bsnlp.db [--batches 10] [--scratch /tmp/x.db]

The BSNLP store (``eval.stories`` builds it) gives the documents and analyses; entities are linked
once, as ``eval.stories`` links them. The documents then arrive in ``--batches`` batches in
ingestion order, each batch through the stored story index the way ``update_store`` goes
(``open_index``: the part the batch reaches, added in story order, saved back), in a scratch
store of its own. Reported: B-cubed against the gold topics, and against the whole corpus
grouped at once (``group_stories``), for the stored path, for the same batches into an index kept
in memory, and for the whole corpus at once.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from eval.scores import bcubed
from eval.stories import _gold_of, grouping, linked_context, topic_of
from storyline.api import Store
from storyline.link.stories import signals, story_order
from storyline.link.story_index import StoryIndex
from storyline.workflow.stories import load_index, open_index, save_index, save_new_index


def run(db: Path, scratch: Path, batches: int) -> dict[str, Any]:
    store = Store(db)
    documents = store.documents()
    known = {d.id for d in documents}
    analyses = {k: a for k, a in store.analyses().items() if k in known}
    base = linked_context(documents, analyses)
    ctx, _ = grouping(documents, analyses, base.mention_entity, base.entities, [d.id for d in documents])
    whole_topics, whole_stories = topic_of(ctx), dict(ctx.doc_story)
    gold = _gold_of(documents)
    sigs = {d.id: s for d in documents if d.id in analyses and (s := signals(base, d.id)) is not None}
    arriving = [d.id for d in documents if d.id in sigs]
    size = -(-len(arriving) // batches)
    parts = [arriving[i : i + size] for i in range(0, len(arriving), size)]
    out: dict[str, Any] = {}
    for mode in ("memory", "stored"):
        t = time.process_time()
        index = _memory(parts, sigs) if mode == "memory" else _stored(parts, sigs, scratch)
        topics = {d: index.topic_of[s] for d, s in index.story_of.items()}
        common = {d: s for d, s in index.story_of.items() if d in whole_stories}
        out[mode] = {
            "gold_topics": bcubed(gold, topics),
            "topics_vs_whole_f1": bcubed(whole_topics, {d: topics[d] for d in common})["f1"],
            "stories_vs_whole_f1": bcubed(whole_stories, common)["f1"],
            "topics": len(set(topics.values())),
            "stories": len(set(index.story_of.values())),
            "cpu_s": round(time.process_time() - t, 1),
        }
    out["whole"] = {"gold_topics": bcubed(gold, whole_topics), "topics": len(set(whole_topics.values())),
                    "stories": len(set(whole_stories.values()))}  # fmt: skip
    return out


def _memory(parts: list[list[str]], sigs: dict[str, Any]) -> StoryIndex:
    index = StoryIndex()
    for part in parts:
        for sig in story_order(sigs[d] for d in part):
            index.add(sig)
    return index


def _stored(parts: list[list[str]], sigs: dict[str, Any], scratch: Path) -> StoryIndex:
    scratch.unlink(missing_ok=True)
    store = Store(scratch)
    first = StoryIndex()
    for sig in story_order(sigs[d] for d in parts[0]):
        first.add(sig)
    save_new_index(store, first)
    for part in parts[1:]:
        index = open_index(store)
        for sig in story_order(sigs[d] for d in part):
            index.add(sig)
        save_index(store, index)
    return load_index(store)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, default=Path("/tmp/storyline-bsnlp.db"))
    parser.add_argument("--scratch", type=Path, default=Path("/tmp/storyline-stories-stored.db"))
    parser.add_argument("--batches", type=int, default=10)
    args = parser.parse_args()
    print(json.dumps(run(args.db, args.scratch, args.batches), indent=1))


if __name__ == "__main__":
    main()
