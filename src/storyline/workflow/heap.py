"""The process's long-lived objects kept out of the cyclic garbage collector's full passes while a
link runs.

A link runs in a process that holds the analysers' models, the name and place tables and the
store's caches: some 750,000 tracked objects that live as long as the process. Every full
(generation 2) collection walks all of them — about 0.7 s of CPU each on this project's machine —
and a batch sets one off for every quarter of that heap it allocates and keeps for a while, so the
more stored documents a batch reads as candidates, the more full passes it pays over the same
models: one (0.8–0.9 s) in a warm link of 97 documents into a store of 1,044, two (1.7–2.1 s) at
10,440, a fifth of the link's CPU (bench/README.md, branch scale1). ``frozen`` moves everything
alive when the link starts to the collector's permanent generation (``gc.freeze``), so the full
passes during the link walk only what the link made (its index, its rows), and moves it back
when the link ends (``gc.unfreeze``): whatever was garbage at the start, or became garbage
during the link, is collected by the passes after it, as without this — nothing is kept for
good, and nothing is collected that would not have been.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def frozen() -> Iterator[None]:
    """Freeze the heap for the block (see the module's note); a caller that froze it already
    keeps it as it was."""
    if gc.get_freeze_count():  # frozen by someone else: theirs to thaw
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
