"""storyline: turn a pile of multilingual news into an evidence-backed story dossier.

>>> import storyline
>>> analysis = storyline.analyse("Вчера в Варне ...", published="2025-03-14")
>>> store = storyline.Store("news.db")
>>> store.ingest(["articles/"])          # read, analyse, store, link
>>> store.dossier()                      # the dossier as a dict (storyline.dossier/1)
"""

from __future__ import annotations

import os
from typing import Any

# storyline runs one document per process (pipeline, Dask); numerical libraries spawning a thread
# per core on top of that only fight each other (natasha's tagger ran 4x slower that way).
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

__version__ = "0.1.0"
__all__ = ["Store", "analyse", "__version__"]


def __getattr__(name: str) -> Any:
    # Imported lazily: `import storyline.model` must not load the NLP stack.
    if name in ("Store", "analyse"):
        from storyline import api

        return getattr(api, name)
    raise AttributeError(name)
