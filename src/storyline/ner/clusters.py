"""Word clusters learned from unlabelled text, as features for the entity tagger.

    python -m storyline.ner.clusters ../shared/data/bsnlp/*.jsonl --exclude ryanair \
        --nerel ../shared/data/nerel --pages ../shared/data/pages/pages.jsonl -o clusters.tsv.gz

Words that stand in the same company (the words just before and after them) fall into the same
cluster, so the tagger's weights for a word it saw in training reach words it saw rarely or
never as a labelled example. Per language: lower-cased words seen at least ``--min-count``
times; a vector of each word's positive pointwise mutual information with its neighbours at
-2..+2 (the most frequent tokens as contexts), cut to a few dimensions by a truncated SVD;
spherical k-means into 1024 clusters, whose centres are grouped again into 256 and 64, so every
word has three nested cluster ids. ``--exclude TOPIC`` leaves a topic's texts out, so a
leave-one-topic-out fold never sees the topic it is scored on, not even unlabelled.

The file is a gzip TSV: ``lang word c1024 c256 c64``.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.sparse.linalg import svds

from storyline.ner.tokens import tokenize

LANGS = ("bg", "cs", "pl", "ru", "sl", "uk")
LEVELS = (1024, 256, 64)
OFFSETS = (-2, -1, 1, 2)


def texts(
    files: Iterable[Path], exclude: set[str], nerel: Path | None, pages: Path | None
) -> Iterator[tuple[str, str]]:
    """(lang, text) of every allowed unlabelled text."""
    for path in files:
        with Path(path).open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    d = json.loads(line)
                    if d.get("topic") not in exclude and d.get("lang") in LANGS:
                        yield d["lang"], d["text"]
    if nerel is not None:
        for txt in sorted(nerel.rglob("*.txt")):
            yield "ru", txt.read_text(encoding="utf-8")
    if pages is not None:
        with pages.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    d = json.loads(line)
                    if d.get("lang") in LANGS:
                        yield d["lang"], d["text"]


def _token(word: str) -> str:
    return "0" if word[0].isdigit() else word.lower()


def _spherical_kmeans(
    x: np.ndarray, k: int, weights: np.ndarray, iterations: int, seed: int = 0
) -> np.ndarray:
    """Cluster ids of the unit rows of ``x`` (k-means on cosine; centres weighted by ``weights``)."""
    rng = np.random.default_rng(seed)
    k = min(k, len(x))
    # start from the heaviest rows and a random rest: frequent words anchor the clusters
    heavy = np.argsort(-weights, kind="stable")[: k // 2]
    rest = np.setdiff1d(np.arange(len(x)), heavy)
    centres = x[np.concatenate([heavy, rng.choice(rest, k - len(heavy), replace=False)])].copy()
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iterations):
        labels = np.argmax(x @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, labels, x * weights[:, None])
        norms = np.linalg.norm(sums, axis=1)
        empty = norms == 0
        centres[~empty] = sums[~empty] / norms[~empty, None]
    return labels


def word_vectors(docs: Iterable[str], min_count: int, max_words: int, contexts: int, dims: int) -> tuple[list[str], np.ndarray, np.ndarray]:  # fmt: skip
    """(words, unit vectors, counts) for one language's texts."""
    seqs = [[_token(t.text) for t in tokenize(text)] for text in docs]
    counts = Counter(w for s in seqs for w in s)
    words = [w for w, c in counts.most_common() if c >= min_count and w[0].isalpha()][:max_words]
    ctx = [w for w, _ in counts.most_common(contexts)]
    wid = {w: i for i, w in enumerate(words)}
    cid = {w: i for i, w in enumerate(ctx)}
    rows, cols = [], []
    for s in seqs:
        n = len(s)
        for i, w in enumerate(s):
            r = wid.get(w)
            if r is None:
                continue
            for b, k in enumerate(OFFSETS):
                j = i + k
                c = cid.get(s[j]) if 0 <= j < n else None
                if c is not None:
                    rows.append(r)
                    cols.append(b * len(ctx) + c)
    m = sparse.coo_matrix(
        (np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(len(words), len(OFFSETS) * len(ctx))
    ).tocsr()
    m.sum_duplicates()
    # PPMI with the contexts' counts smoothed (alpha 0.75): rare contexts do not dominate
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col = col / col.sum() * total
    coo = m.tocoo()
    pmi = np.log(coo.data * total / (row[coo.row] * col[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)
    u, s, _ = svds(ppmi, k=min(dims, min(ppmi.shape) - 1), random_state=0)
    vec = u * np.sqrt(s)
    vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-9)
    return words, vec, np.array([counts[w] for w in words], dtype=np.float64)


def cluster_language(docs: Iterable[str], min_count: int = 3, max_words: int = 30_000, contexts: int = 1000,
                     dims: int = 64, iterations: int = 12) -> dict[str, tuple[int, ...]]:  # fmt: skip
    """Each word's nested cluster ids (``LEVELS``, finest first)."""
    words, vec, weights = word_vectors(docs, min_count, max_words, contexts, dims)
    if not words:
        return {}
    # a small vocabulary gets fewer fine clusters (about eight words each), not 1024 singletons
    fine = _spherical_kmeans(
        vec, min(LEVELS[0], max(LEVELS[-1], len(words) // 8)), np.log1p(weights), iterations
    )
    ids = [fine]
    for k in LEVELS[1:]:
        # a coarser level groups the finer level's centres, so the ids nest
        prev = ids[-1]
        n = int(prev.max()) + 1
        centres = np.zeros((n, vec.shape[1]))
        np.add.at(centres, prev, vec)
        size = np.bincount(prev, minlength=n).astype(np.float64)
        centres /= np.maximum(np.linalg.norm(centres, axis=1, keepdims=True), 1e-9)
        used = size > 0
        group = np.zeros(n, dtype=np.int64)
        group[used] = _spherical_kmeans(centres[used], k, size[used], iterations)
        ids.append(group[prev])
    return {w: tuple(int(level[i]) for level in ids) for i, w in enumerate(words)}


def build(files: list[Path], exclude: set[str], nerel: Path | None, pages: Path | None, **kw: int) -> dict[str, dict[str, tuple[int, ...]]]:  # fmt: skip
    by_lang: dict[str, list[str]] = defaultdict(list)
    for lang, text in texts(files, exclude, nerel, pages):
        by_lang[lang].append(text)
    return {lang: cluster_language(by_lang[lang], **kw) for lang in sorted(by_lang)}


def save(table: dict[str, dict[str, tuple[int, ...]]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for lang in sorted(table):
            for word in sorted(table[lang]):
                fh.write("\t".join([lang, word, *map(str, table[lang][word])]) + "\n")


def load(path: Path) -> dict[str, dict[str, tuple[int, ...]]]:
    table: dict[str, dict[str, tuple[int, ...]]] = defaultdict(dict)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            lang, word, *ids = line.rstrip("\n").split("\t")
            table[lang][word] = tuple(int(i) for i in ids)
    return dict(table)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", nargs="+", type=Path, help="BSNLP-format JSONL (their texts only)")
    parser.add_argument("--exclude", action="append", default=[], help="leave this topic's texts out")
    parser.add_argument("--nerel", type=Path, default=None, help="folder of NEREL .txt files (Russian)")
    parser.add_argument("--pages", type=Path, default=None, help="JSONL of pages (lang, text)")
    parser.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args()
    table = build(args.files, set(args.exclude), args.nerel, args.pages)
    save(table, args.out)
    print(json.dumps({lang: len(words) for lang, words in table.items()}))


if __name__ == "__main__":
    main()
