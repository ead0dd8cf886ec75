"""Build the background that lead vectors are centred on (``story_embeddings``).

    python -m storyline.link.embedding_background FILE.jsonl... -o src/storyline/models

The background is the mean lead vector of news in many languages, each language weighing the
same (a language with many documents must not pull the centre towards itself). It says what any
news lead looks like to the model — the direction every lead shares — so it is the same whatever
is later stored. `make models` builds it from the BSNLP topics (6 Slavic languages) and the
development pages (24 languages) of ../shared.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import numpy as np
from rich.progress import track

from storyline.analyse.embedding import embed, lead
from storyline.analyse.language import detect

PER_LANGUAGE = 300  # leads per language: the mean settles long before
MIN_LANGUAGE = 3  # a language with fewer leads would bring its few stories into the centre


def background(files: list[Path]) -> tuple[np.ndarray, dict[str, int]]:
    by_lang: dict[str, list[str]] = defaultdict(list)
    for path in files:
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            text = record.get("text") or ""
            lang = record.get("lang") or detect(text, None)[0] or "?"
            if len(by_lang[lang]) < PER_LANGUAGE and text.strip():
                by_lang[lang].append(lead(text))
    means = {}
    jobs = [(lang, text) for lang, texts in sorted(by_lang.items()) for text in texts]
    vectors: dict[str, list[np.ndarray]] = defaultdict(list)
    for lang, text in track(jobs, description="embedding leads"):
        vec = embed(text)
        if vec is not None:
            vectors[lang].append(vec)
    for lang, vecs in vectors.items():
        if len(vecs) >= MIN_LANGUAGE:
            means[lang] = np.mean(vecs, axis=0)
    return np.mean(list(means.values()), axis=0).astype(np.float32), {k: len(vectors[k]) for k in means}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args()
    mean, counts = background(args.files)
    args.out.mkdir(parents=True, exist_ok=True)
    np.save(args.out / "embedding_background.npy", mean)
    print(f"background from {sum(counts.values())} leads in {len(counts)} languages: {counts}")


if __name__ == "__main__":
    main()
