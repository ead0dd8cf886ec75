"""Recognition alone, leave-one-topic-out, fast enough to rerun after every rule change.

    python -m eval.ner ../shared/data/bsnlp/*.jsonl                       # exact P/R/F1 per language
    python -m eval.ner FILES --save /tmp/pred.jsonl                         # keep every predicted span
    python -m eval.ner FILES --diff /tmp/pred.jsonl --show 40               # what a change gained and lost
    python -m eval.ner FILES --lang pl --show 60                            # false positives and misses

The same protocol and numbers as ``eval.bsnlp --folds`` (exact span + type, micro-averaged over
the five held-out topics, each with the fold models of ``models/folds/<topic>``), without base
forms of the gold mentions and without linking. What makes it fast: the tagger's raw spans
(``Recogniser.find``: the CRF and natasha, most of the time) are kept in ``--cache`` per fold the
first time, so a later run repeats only what comes after the tagger — the rules, the clean-up and
the second pass, which is where most changes are made. The cache is kept per state of the code
and of the fold's models (a digest of every file under ``src/storyline`` and of the fold's
files): the tagger's spans hold base forms, glued surnames and features, so a change there — or a
retrained fold — must not be answered from spans of the code before it.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import pickle
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eval.bsnlp import FOLDS_DIR, load, recognise
from eval.scores import prf
from storyline import ner

CACHE_DIR = FOLDS_DIR.parent / "cache" / "found"
Span = tuple[int, int, str]


def _digest(folder: Path, hasher: Any) -> None:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            hasher.update(str(path.relative_to(folder)).encode())
            hasher.update(path.read_bytes())


def code_state(topic: str) -> str:
    """A digest of the package's files and of the fold's models: what the tagger's spans hang on."""
    hasher = hashlib.sha1()
    _digest(Path(ner.__file__).resolve().parent.parent, hasher)
    _digest((FOLDS_DIR / topic).resolve(), hasher)
    return hasher.hexdigest()[:16]


def cached_find(topic: str, cache_dir: Path) -> Callable[[], None]:
    """Make the loaded recogniser remember its raw spans in ``cache_dir/<topic>``; the returned
    function writes what is new."""
    rec = ner.recogniser()
    if rec is None:
        raise SystemExit(f"no models in {FOLDS_DIR / topic}: run `make folds` or link them there")
    path = cache_dir / f"{topic}-{code_state(topic)}.pkl.gz"
    store: dict[str, list[ner.Found]] = {}
    if path.is_file():
        with gzip.open(path, "rb") as fh:
            store = pickle.load(fh)
    size = len(store)
    find = rec.find

    def remembered(text: str, start: int, end: int, lang: str) -> list[ner.Found]:
        key = hashlib.sha1(f"{lang}:{start}:{end}:{text}".encode()).hexdigest()
        if key not in store:
            store[key] = find(text, start, end, lang)
        return store[key]

    rec.find = remembered  # type: ignore[method-assign]

    def save() -> None:
        if len(store) != size:
            path.parent.mkdir(parents=True, exist_ok=True)
            for old in path.parent.glob(f"{topic}*.pkl.gz"):  # spans of an earlier state of the code
                old.unlink()
            with gzip.open(path, "wb") as fh:
                pickle.dump(store, fh)
        rec.find = find  # type: ignore[method-assign]

    return save


def predict(docs: list[dict[str, Any]], cache_dir: Path) -> dict[str, list[Span]]:
    """Every document's predicted (start, end, type), each topic with its own fold's models."""
    out: dict[str, list[Span]] = {}
    for topic in sorted({d["topic"] for d in docs}):
        ner.use_models(FOLDS_DIR / topic)
        save = cached_find(topic, cache_dir)
        try:
            for d in docs:
                if d["topic"] == topic:
                    out[d["id"]] = sorted({(m.start, m.end, m.type) for m in recognise(d)})
        finally:
            save()
    return out


def score(docs: list[dict[str, Any]], pred: dict[str, list[Span]]) -> dict[str, dict[str, float]]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for d in docs:
        gold = {(g[0], g[1], g[4]) for g in d["mentions"]}
        mine = set(map(tuple, pred.get(d["id"], [])))
        for key in (d["lang"], "all"):
            counts[key].update(tp=len(gold & mine), pred=len(mine), gold=len(gold))
    return {k: prf(c["tp"], c["pred"], c["gold"]) for k, c in sorted(counts.items())}


def examples(
    docs: list[dict[str, Any]],
    pred: dict[str, list[Span]],
    old: dict[str, list[Span]] | None,
    lang: str | None,
) -> dict[str, list[str]]:
    """Lines for false positives and misses (against the gold), or, with ``old``, for what was
    right before and is lost now and what is right now and was not before."""
    kinds: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        if lang and d["lang"] != lang:
            continue
        text = d["text"]
        gold = {(g[0], g[1], g[4]) for g in d["mentions"]}
        mine = set(map(tuple, pred.get(d["id"], [])))

        def line(s: int, e: int, t: str, text: str = text, d: dict[str, Any] = d) -> str:
            ctx = f"{text[max(0, s - 40) : s]}⟦{text[s:e]}⟧{text[e : e + 40]}".replace("\n", " ")
            return f"{d['lang']} {t} {text[s:e]!r}  … {ctx}"

        if old is None:
            kinds["false positive"] += [line(*m) for m in sorted(mine - gold)]
            kinds["miss"] += [line(*g) for g in sorted(gold - mine)]
        else:
            before = set(map(tuple, old.get(d["id"], [])))
            kinds["lost (right before)"] += [line(*m) for m in sorted((before - mine) & gold)]
            kinds["gained (right now)"] += [line(*m) for m in sorted((mine - before) & gold)]
            kinds["new false positive"] += [line(*m) for m in sorted((mine - before) - gold)]
            kinds["false positive gone"] += [line(*m) for m in sorted((before - mine) - gold)]
    return kinds


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--cache", type=Path, default=CACHE_DIR, help="where the tagger's raw spans are kept")
    parser.add_argument("--save", type=Path, help="write the predicted spans here (JSONL)")
    parser.add_argument("--diff", type=Path, help="compare with spans saved by an earlier --save")
    parser.add_argument("--lang", help="examples of this language only")
    parser.add_argument("--show", type=int, default=0, help="examples of each kind to print")
    args = parser.parse_args()
    docs = load(args.files)
    pred = predict(docs, args.cache)
    print("| lang | exact P | exact R | exact F1 |\n|---|---|---|---|")
    for lang, s in score(docs, pred).items():
        print(f"| {lang} | {s['p']:.3f} | {s['r']:.3f} | {s['f1']:.3f} |")
    old = None
    if args.diff:
        with args.diff.open(encoding="utf-8") as fh:
            old = {r["id"]: [tuple(x) for x in r["spans"]] for r in map(json.loads, fh)}
        print(f"before ({args.diff}): all exact F1 {score(docs, old)['all']['f1']:.3f}")
    if args.show or old is not None:
        for kind, lines in examples(docs, pred, old, args.lang).items():
            print(f"\n## {kind}: {len(lines)}")
            for x in lines[: args.show]:
                print(x)
    if args.save:
        with args.save.open("w", encoding="utf-8") as fh:
            for doc_id, spans in pred.items():
                fh.write(json.dumps({"id": doc_id, "spans": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
