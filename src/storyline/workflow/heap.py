"""The process's long-lived objects kept out of the cyclic garbage collector's full passes.

A link runs in a process that holds the analysers' models, the name and place tables and the
store's caches: some 750,000 tracked objects that live as long as the process. Every full
(generation 2) collection walks all of them — 0.7 s of CPU each on this machine — and a batch
sets one off for every quarter of that heap it allocates and keeps for a while, so the more
stored documents a batch reads as candidates, the more full passes it pays over the same models:
one (0.8 s) in a warm link of 97 documents into a store of 1,044, two (1.5 s) at 10,440 — a fifth
of the link's CPU (bench/README.md, branch scale1). ``settle`` collects what is garbage now and
moves everything still alive to the collector's permanent generation (``gc.freeze``), so later
full passes walk only what was made since: the index a link builds, not the models.

Collecting first keeps a long-running ingest or watch from freezing garbage: after the first
settle the collection walks only what was made since the last one (the last batch's index,
mostly garbage by then), so it costs a fraction of a full pass over the models. An object frozen
here and dropped later is still freed by its reference count; only a cycle among such objects
would stay, and the models and tables frozen here are kept for the process's life anyway.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Collect the garbage there is, then freeze what is alive (see the module's note)."""
    gc.collect()
    gc.freeze()
