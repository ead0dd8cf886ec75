"""Train the entity tagger and the base-form model from annotated news.

    python -m storyline.ner.train ../shared/data/bsnlp/*.jsonl -o src/storyline/models
    python -m storyline.ner.train ../shared/data/bsnlp/*.jsonl --fold ryanair -o models/folds/ryanair

Input: JSONL in the ../shared/data/bsnlp format. ``--fold TOPIC`` leaves that topic out, for the
leave-one-topic-out evaluation (eval/bsnlp.py): a model is never trained on the topic it is scored
on. Writes ``ner.crfsuite`` (a linear-chain CRF: CRFsuite, L-BFGS, elastic-net regularisation,
over the features in ``storyline.ner.features``), ``lemma.json.gz`` (``storyline.ner.lemma``) and
``train.json`` (what it was trained on, how long it took). natasha's opinion on each Cyrillic
document is a feature; it is computed once and cached (``--cache``), as every fold needs it.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import shutil
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pycrfsuite

from storyline.ner import CLUSTERS_FILE, aliases, external, lemma
from storyline.ner.data import read_jsonl, sentences, tag_document
from storyline.ner.features import Clusters, DocumentContext, quote_mask, sentence_features

DEFAULT_PARAMS: dict[str, Any] = {
    "c1": 0.05,  # L1: drops useless features, keeps the model small
    "c2": 0.01,
    "max_iterations": 100,
    "feature.possible_transitions": True,
    "feature.minfreq": 2,
}
Spans = list[tuple[int, int, str]]


def document_features(text: str, lang: str, sents: list | None = None, ext_spans: Spans | None = None,
                      clusters: Clusters | None = None) -> tuple[list, list]:  # fmt: skip
    """(sentences of tokens, their feature lists) for one document."""
    sents = sents if sents is not None else sentences(text)
    ctx = DocumentContext(sents)
    ext: list | None = None
    if external.applies(text, lang):
        spans = ext_spans if ext_spans is not None else external.natasha_spans(text)
        ext = external.token_tags(sents, spans)
    return sents, [
        sentence_features(s, lang, ctx, quote_mask(s), ext[i] if ext else None, clusters)
        for i, s in enumerate(sents)
    ]


class ExternalCache:
    """natasha's spans per document text, on disk (gzip JSON), so folds do not recompute them."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.data: dict[str, Spans] = {}
        if path and path.is_file():
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                self.data = {k: [tuple(s) for s in v] for k, v in json.load(fh).items()}
        self.dirty = False

    def spans(self, text: str, lang: str) -> Spans | None:
        if not external.applies(text, lang):
            return None
        key = hashlib.sha1(text.encode()).hexdigest()
        if key not in self.data:
            self.data[key] = external.natasha_spans(text)
            self.dirty = True
        return self.data[key]

    def save(self) -> None:
        if self.path and self.dirty:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with gzip.open(self.path, "wt", encoding="utf-8") as fh:
                json.dump(self.data, fh)


def train_tagger(docs: Iterable[dict[str, Any]], out: Path, cache: ExternalCache, params: dict[str, Any] | None = None,
                 verbose: bool = False, clusters: Clusters | None = None) -> dict[str, Any]:  # fmt: skip
    trainer = pycrfsuite.Trainer(verbose=verbose)
    trainer.set_params({**DEFAULT_PARAMS, **(params or {})})
    n_docs = n_tokens = 0
    t0 = time.perf_counter()
    for doc in docs:
        tagged = tag_document(doc["text"], doc["mentions"])
        sents = [t.tokens for t in tagged]
        spans = cache.spans(doc["text"], doc["lang"])
        _, feats = document_features(doc["text"], doc["lang"], sents, spans, clusters)
        for f, t in zip(feats, tagged, strict=True):
            trainer.append(f, t.tags)
            n_tokens += len(t.tags)
        n_docs += 1
    t1 = time.perf_counter()
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    t2 = time.perf_counter()
    return {"documents": n_docs, "tokens": n_tokens, "features_s": round(t1 - t0, 1),
            "train_s": round(t2 - t1, 1), "size_kb": out.stat().st_size // 1024}  # fmt: skip


def train_all(files: list[Path], out_dir: Path, exclude: set[str], cache: ExternalCache,
              params: dict[str, Any] | None = None, clusters: Path | None = None) -> dict[str, Any]:  # fmt: skip
    """Both models into ``out_dir``, leaving out the topics in ``exclude``; with ``clusters``
    (``storyline.ner.clusters``, built without those topics) the tagger uses word clusters,
    and the file goes with the model so that tagging uses the same ones."""
    t0 = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    kept = out_dir / CLUSTERS_FILE
    if clusters is not None and clusters.resolve() != kept.resolve():
        shutil.copyfile(clusters, kept)
    elif clusters is None:
        kept.unlink(missing_ok=True)

    def docs() -> Iterable[dict[str, Any]]:
        return (d for d in read_jsonl(files) if d.get("topic") not in exclude)

    table = lemma.train(docs())
    with gzip.open(out_dir / "lemma.json.gz", "wt", encoding="utf-8") as fh:
        json.dump(table, fh, ensure_ascii=False, separators=(",", ":"))
    names = aliases.train(docs())
    aliases.save(names, out_dir / "aliases.json.gz")
    stats = train_tagger(docs(), out_dir / "ner.crfsuite", cache, params, clusters=Clusters.load(kept))
    cache.save()
    stats.update(
        {
            "excluded_topics": sorted(exclude),
            "files": [f.name for f in files],
            "lemma_keys": len(table),
            "lemma_kb": (out_dir / "lemma.json.gz").stat().st_size // 1024,
            "aliases": len(names),
            "total_s": round(time.perf_counter() - t0, 1),
            "params": {**DEFAULT_PARAMS, **(params or {})},
            "clusters": clusters is not None,
        }
    )
    (out_dir / "train.json").write_text(json.dumps(stats, indent=1) + "\n", "utf-8")
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("-o", "--out", type=Path, required=True, help="output folder")
    parser.add_argument("--fold", action="append", default=[], help="leave this topic out (repeatable)")
    parser.add_argument("--cache", type=Path, default=Path("models/cache/natasha.json.gz"))
    parser.add_argument("--clusters", type=Path, default=None, help="word clusters (storyline.ner.clusters)")
    parser.add_argument("--max-iterations", type=int, default=DEFAULT_PARAMS["max_iterations"])
    args = parser.parse_args()
    cache = ExternalCache(args.cache)
    params = {"max_iterations": args.max_iterations}
    stats = train_all(args.files, args.out, set(args.fold), cache, params, args.clusters)
    print(json.dumps(stats))


if __name__ == "__main__":
    main()
