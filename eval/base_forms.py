"""Base forms alone, leave-one-topic-out, fast enough to rerun after every rule change.

    python -m eval.base_forms ../shared/data/bsnlp/*.jsonl                     # per language
    python -m eval.base_forms FILES --lang pl,sl --save /tmp/after.json          # keep every prediction
    python -m eval.base_forms FILES --diff /tmp/before.json --show 30            # what a change gained and lost

The base form of every gold mention (gold span and type given) with its held-out topic's lemma
table (``models/folds/<topic>/lemma.json.gz``) and its document's words — the "base forms (all
gold)" column of ``eval.bsnlp --folds`` to the mention, without recognition and linking, so a run
takes seconds, not minutes.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from eval.bsnlp import FOLDS_DIR, load
from storyline.ner.lemma import BEFORE, Lemmatizer, document_words
from storyline.ner.subject_gender import woman_as_subject

Prediction = tuple[str, str, str, str]  # language, surface, gold base form, ours


def predict(files: list[Path], langs: set[str] | None) -> dict[str, Prediction]:
    docs = load(files)
    out: dict[str, Prediction] = {}
    for topic in sorted({d["topic"] for d in docs}):
        lemmatizer = Lemmatizer.load(FOLDS_DIR / topic / "lemma.json.gz")
        for d in docs:
            if d["topic"] != topic or (langs and d["lang"] not in langs):
                continue
            words = document_words(d["text"])
            for i, (s, e, surface, base, etype, _eid) in enumerate(d["mentions"]):
                woman = etype == "PER" and woman_as_subject(d["text"], s, e, d["lang"])
                before = d["text"][max(0, s - BEFORE) : s]
                ours = lemmatizer.base(surface, d["lang"], etype, words, woman, before)
                out[f"{d['id']}#{i}"] = (d["lang"], surface, base, ours)
    return out


def report(predictions: dict[str, Prediction]) -> None:
    counts: Counter[tuple[str, bool]] = Counter()
    for lang, _surface, gold, ours in predictions.values():
        counts[(lang, ours == gold)] += 1
    for lang in sorted({k[0] for k in counts}) + ["all"]:
        ok = sum(n for (lg, right), n in counts.items() if right and lang in (lg, "all"))
        n = sum(n for (lg, _), n in counts.items() if lang in (lg, "all"))
        print(f"{lang:4} {ok / n:.4f} ({ok:,} of {n:,})")


def changes(before: dict[str, list[str]], after: dict[str, Prediction]) -> tuple[list, list]:
    """Mentions right now and wrong before (gained), and right before and wrong now (lost: with
    the earlier form last)."""
    both = [(after[k], b[3]) for k, b in before.items() if k in after]
    gained = [now for now, was in both if was != now[2] and now[3] == now[2]]
    lost = [(*now, was) for now, was in both if was == now[2] and now[3] != now[2]]
    return gained, lost


def diff(before: dict[str, list[str]], after: dict[str, Prediction], show: int) -> None:
    gained, lost = changes(before, after)
    print(f"gained {len(gained)}, lost {len(lost)}")
    for lang, surface, _gold, ours, was in lost[:show]:
        print(f"  lost   {lang} {surface!r}: {was!r} → {ours!r}")
    for lang, surface, gold, _ours in gained[:show]:
        print(f"  gained {lang} {surface!r} → {gold!r}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--lang", default="", help="comma-separated languages (default: all)")
    parser.add_argument("--save", type=Path, help="write every prediction here (JSON)")
    parser.add_argument("--diff", type=Path, help="a --save of an earlier run: list gained and lost")
    parser.add_argument("--show", type=int, default=20, help="with --diff: how many of each to print")
    args = parser.parse_args(argv)
    predictions = predict(args.files, set(args.lang.split(",")) - {""} or None)
    report(predictions)
    if args.save:
        args.save.write_text(json.dumps(predictions, ensure_ascii=False), "utf-8")
    if args.diff:
        diff(json.loads(args.diff.read_text("utf-8")), predictions, args.show)


if __name__ == "__main__":
    main()
