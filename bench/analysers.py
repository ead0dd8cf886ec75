"""Analysis speed per core, analyser by analyser, on real news.

    python -m bench.analysers [--docs 150] [--json out.json]

One process, one thread (``OMP_NUM_THREADS=1`` is set for the embedding engine), process time.
Samples: the first documents of each BSNLP topic (``../shared/data/bsnlp``, Slavic news of 400
words on average) and the development pages (``../shared/data/pages``, 24 languages, excerpts of
150 words). Every sample is analysed once to warm up (models and language data load on first
use, a cost paid once per process or worker) and then timed. Reported: milliseconds per document
and words per second for the whole ``analyse()``, and each step's share, so the price of one
analyser — the lead vector above all — can be read off against the rest.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def samples(per_topic: int) -> dict[str, list[dict[str, Any]]]:
    bsnlp: list[dict[str, Any]] = []
    for path in sorted((SHARED / "bsnlp").glob("*.jsonl")):
        lines = path.read_text("utf-8").splitlines()
        bsnlp += [json.loads(x) for x in lines[: per_topic // 5]]
    pages = [json.loads(x) for x in (SHARED / "pages" / "pages.jsonl").read_text("utf-8").splitlines()]
    return {"bsnlp": bsnlp, "pages": pages}


def timed(docs: list[dict[str, Any]]) -> dict[str, Any]:
    from storyline.analyse import PIPELINE, language, shared
    from storyline.model import Analysis

    steps: dict[str, float] = {}
    for warm in (True, False):
        _forget_leads()  # the lead vectors are cached by their text: a second pass would pay nothing
        steps = dict.fromkeys(["language", "sentences"] + [name for name, _a, _f in PIPELINE], 0.0)
        for doc in docs:
            body, lang = doc["text"], doc.get("lang")
            t0 = time.process_time()
            doc_lang, passages = language.detect(body, lang)
            steps["language"] += time.process_time() - t0
            analysis = Analysis(lang=doc_lang, passages=passages)
            t0 = time.process_time()
            analysis.sentences = shared.of(body).sentences  # as analyse(): split once, shared
            steps["sentences"] += time.process_time() - t0
            for name, attr, find in PIPELINE:
                t0 = time.process_time()
                setattr(analysis, attr, find(body, analysis, None))
                steps[name] += time.process_time() - t0
            shared.release(body)
        if not warm:
            break
    total = sum(steps.values())
    words = sum(len(d["text"].split()) for d in docs)
    return {
        "documents": len(docs),
        "words_per_doc": round(words / len(docs)),
        "ms_per_doc": round(1000 * total / len(docs), 1),
        "words_per_s": round(words / total),
        "steps_ms_per_doc": {k: round(1000 * v / len(docs), 1) for k, v in steps.items()},
        "without_embedding_ms_per_doc": round(1000 * (total - steps.get("embedding", 0.0)) / len(docs), 1),
    }


def _forget_leads() -> None:
    try:
        from storyline.analyse import embedding
    except ImportError:  # a storyline from before the lead vectors
        return
    embedding._cache.clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=150, help="BSNLP documents (spread over the topics)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    result = {name: timed(docs) for name, docs in samples(args.docs).items()}
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), "utf-8")
    for name, r in result.items():
        extra = ""
        if "embedding" in r["steps_ms_per_doc"]:
            emb = r["steps_ms_per_doc"]["embedding"]
            extra = f"; lead vector {emb} ms/doc = +{100 * emb / r['without_embedding_ms_per_doc']:.0f}% on the rest"
        print(f"{name}: {r['documents']} docs of {r['words_per_doc']} words, {r['ms_per_doc']} ms/doc, "
              f"{r['words_per_s']} words/s per core{extra}")  # fmt: skip
        print("  " + ", ".join(f"{k} {v}" for k, v in r["steps_ms_per_doc"].items()))


if __name__ == "__main__":
    main()
