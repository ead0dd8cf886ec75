"""Story assignment speed and memory at 1k, 10k and 40k documents already in the index.

    python -m bench.stories [--db /tmp/storyline-bsnlp.db] [--sizes 1000,10000,40000] [--block 1000]

The stored analyses of the BSNLP documents (build the store with ``python -m eval.stories`` or
``storyline ingest``) are linked once; then their story signals are replicated with new document
ids and dates shifted by a year per copy (the texts are not copied: deduplication would drop
them and analysing them again would take hours) until the index holds the largest size. The
documents are added one at a time, exactly as an incremental ingest adds them; for each size the
next ``--block`` documents are timed. Then the whole index is saved to a store, loaded back, and
one incremental update (load, add ``--block`` documents, save) is timed. Memory is the resident
set of this process (current, from /proc) after each size; linking runs in a child process, so
what this process grows by is the index (signals, postings, vectors, centroids).
"""

from __future__ import annotations

import argparse
import gc
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import date
from pathlib import Path

from storyline.link.context import LinkContext
from storyline.link.entities import link_entities
from storyline.link.stories import signals
from storyline.link.story_features import DocSignals, MainEvent
from storyline.link.story_index import StoryIndex
from storyline.store import Store
from storyline.workflow.stories import load_index, save_index, save_new_index

SHIFT_DAYS = 400  # per copy: more than a story's span, so copies never share a story by date


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * 4096 / 2**20


def _shifted(sig: DocSignals, copy: int) -> DocSignals:
    """The same document as if published ``copy`` × 400 days later, under a new id."""
    if copy == 0:
        return sig
    shift = copy * SHIFT_DAYS
    features = {}
    for f, w in sig.features.items():
        if f.startswith("d:"):
            f = "d:" + date.fromordinal(date.fromisoformat(f[2:]).toordinal() + shift).isoformat()
        features[f] = w
    main = sig.main and MainEvent(
        sig.main.type, sig.main.place, sig.main.day + shift if sig.main.day else None
    )
    return replace(
        sig,
        doc=f"{sig.doc}~{copy}",
        features=features,
        days=[(a + shift, b + shift) for a, b in sig.days],
        main=main,
        anchor=sig.anchor + shift if sig.anchor is not None else None,
    )


def base_signals(db: Path) -> list[DocSignals]:
    store = Store(db)
    documents = store.documents()
    analyses = store.analyses()
    ctx = LinkContext(documents={d.id: d for d in documents}, analyses=analyses)
    link_entities(ctx)
    return [s for d in documents if (s := signals(ctx, d.id)) is not None]


def nth(base: list[DocSignals], i: int) -> DocSignals:
    """The i-th document of the endless replicated stream (made when needed: the index's memory
    is then what the process grows by)."""
    return _shifted(base[i % len(base)], i // len(base))


def run(db: Path, sizes: list[int], block: int) -> list[dict[str, float]]:
    t0 = time.perf_counter()
    with ProcessPoolExecutor(1) as pool:  # linking's memory stays in the child: RSS here is the index's
        base = pool.submit(base_signals, db).result()
    print(
        f"{len(base)} analysed documents linked and turned into signals in {time.perf_counter() - t0:.1f} s"
    )
    index = StoryIndex()
    rows = []
    gc.collect()
    start_rss = _rss_mb()
    built = time.perf_counter()
    for size in sorted(sizes):
        while len(index) < size:
            index.add(nth(base, len(index)))
        t = time.perf_counter()
        for i in range(size, size + block):
            index.add(nth(base, i))
        dt = time.perf_counter() - t
        rows.append({
            "size": size, "docs_per_s": round(block / dt, 1), "ms_per_doc": round(1000 * dt / block, 2),
            "rss_mb": round(_rss_mb()), "index_mb": round(_rss_mb() - start_rss),
            "indexed": len(index), "stories": len(index.members), "topics": len(index.topic_stories),
        })  # fmt: skip
        print(rows[-1], flush=True)
    build_s = time.perf_counter() - built
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "index.db")
        t = time.perf_counter()
        save_new_index(store, index)
        save_s = time.perf_counter() - t
        t = time.perf_counter()
        loaded = load_index(store)
        load_s = time.perf_counter() - t
        first = len(loaded)
        t = time.perf_counter()
        for i in range(first, first + block):
            loaded.add(nth(base, i))
        save_index(store, loaded)
        update_s = time.perf_counter() - t
    summary = {
        "documents": len(index), "build_s": round(build_s, 1), "save_all_s": round(save_s, 1),
        "load_s": round(load_s, 1), "update_block_s": round(update_s, 1),
    }  # fmt: skip
    print(summary)
    rows.append(summary)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/storyline-bsnlp.db"))
    parser.add_argument("--sizes", default="1000,10000,40000")
    parser.add_argument("--block", type=int, default=1000)
    args = parser.parse_args()
    if not args.db.exists():
        raise SystemExit(f"{args.db} not found: build it first with `python -m eval.stories --db {args.db}`")
    run(args.db, [int(s) for s in args.sizes.split(",")], args.block)


if __name__ == "__main__":
    main()
