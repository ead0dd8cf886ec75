"""Quote attribution on ADAQ: token-level precision, recall and F1 for source, cue and content.

    python -m eval.adaq                 # Russian (208 sentences)
    python -m eval.adaq --lang cs       # Czech
    python -m eval.adaq --errors 20     # also print sentences where we went wrong

ADAQ (../shared/data/adaq) tags every token of a sentence ``source`` (who speaks), ``cue`` (the
speech verb), ``content`` (what is said) or ``None``. Each sentence runs through the full
``storyline.analyse`` on its own; a token gets the tag of the quote part it overlaps: content
from the quote's spans, cue from its cue word, source from its speaker phrase (``speaker_text``,
whether or not it resolved to an entity). ADAQ counts the complementizer ("что", "že") and the
quotation marks as content, storyline keeps them outside the quoted words; the complementizer
right before a reported quote and the marks around a direct one are therefore scored as content,
as ADAQ annotates them. Scores are
micro-averaged over tokens per tag.
"""

from __future__ import annotations

import argparse
import csv
import time
from collections import Counter
from pathlib import Path

from storyline.analyse import analyse
from storyline.model import QuoteMention

ADAQ = Path(__file__).resolve().parents[2] / "shared" / "data" / "adaq"
TAGS = ("source", "cue", "content")
MARKS = '"«»„“”‚‘’'


def load(lang: str) -> list[tuple[str, str, list[tuple[int, int, str]]]]:
    """(sentence id, text, [(start, end, gold tag)]) with token offsets aligned to the text."""
    texts: dict[str, str] = {}
    with open(ADAQ / f"{lang}_sentences.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            texts[row["sentence_id"]] = row["sentences"]
    tokens: dict[str, list[tuple[str, str]]] = {}
    with open(ADAQ / f"{lang}_tokens.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            tokens.setdefault(row["sentence_num"], []).append((row["text"], row["tags"]))
    out = []
    for sid, toks in tokens.items():
        text = texts.get(sid) or " ".join(t for t, _ in toks)
        aligned, at = [], 0
        for word, tag in toks:
            k = text.find(word, at)
            if k < 0:  # a token the sentence file spells differently: rebuild from tokens
                text = " ".join(t for t, _ in toks)
                aligned, at = [], 0
                for w2, t2 in toks:
                    k2 = text.find(w2, at)
                    aligned.append((k2, k2 + len(w2), t2))
                    at = k2 + len(w2)
                break
            aligned.append((k, k + len(word), tag))
            at = k + len(word)
        out.append((sid, text, aligned))
    return out


def predicted(text: str, quotes: list[QuoteMention], complementizers: set[str]) -> list[tuple[int, int, str]]:
    """Character ranges with our tag; content wins over cue over source where they overlap."""
    ranges: list[tuple[int, int, str]] = []
    for q in quotes:
        if q.speaker_start is not None and q.speaker_end is not None:
            ranges.append((q.speaker_start, q.speaker_end, "source"))
        if q.cue_span:
            ranges.append((q.cue_span[0], q.cue_span[1], "cue"))
        for s, e in q.spans:
            ranges.append((s, e, "content"))
            if q.direct:  # ADAQ's content holds the quotation marks
                ranges.append((max(0, s - 1), s, "content") if s and text[s - 1] in MARKS else (s, s, "x"))
                ranges.append((e, e + 1, "content") if e < len(text) and text[e] in MARKS else (e, e, "x"))
            if not q.direct:  # ADAQ's content starts at the complementizer
                before = text[:s].rstrip()
                word = before.split()[-1] if before.split() else ""
                if word.lower().strip(",") in complementizers:
                    ranges.append((len(before) - len(word), s, "content"))
    return ranges


def tag_of(start: int, end: int, ranges: list[tuple[int, int, str]]) -> str:
    hits = {tag for s, e, tag in ranges if s < end and start < e}
    return next((t for t in ("content", "cue", "source") if t in hits), "None")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="ru", choices=["ru", "cs"])
    parser.add_argument("--errors", type=int, default=0, help="print this many sentences we got wrong")
    args = parser.parse_args()
    from storyline.analyse.phrases import data

    comp = {w.lower() for w in data("quotes", args.lang).get("complementizers", [])}
    counts = {t: Counter() for t in TAGS}
    sentences = load(args.lang)
    started = time.perf_counter()
    shown = 0
    for sid, text, gold in sentences:
        quotes = analyse(text, lang=args.lang).quotes
        ranges = predicted(text, quotes, comp)
        wrong = False
        for s, e, g in gold:
            p = tag_of(s, e, ranges)
            for t in TAGS:
                if p == t and g == t:
                    counts[t]["tp"] += 1
                elif p == t:
                    counts[t]["fp"] += 1
                elif g == t:
                    counts[t]["fn"] += 1
            wrong |= p != g
        if wrong and shown < args.errors:
            shown += 1
            line = " ".join(
                text[s:e] + (f"/{g[:2].upper()}" if g != "None" else "") + (f"[{p[:2]}]" if p != g else "")
                for s, e, g in gold
                for p in [tag_of(s, e, ranges)]
            )
            print(f"{sid}: {line}\n")
    elapsed = time.perf_counter() - started
    print(f"ADAQ {args.lang}: {len(sentences)} sentences, {elapsed:.1f} s")
    print("| tag | precision | recall | F1 | gold tokens |")
    print("|---|---|---|---|---|")
    for t in TAGS:
        tp, fp, fn = counts[t]["tp"], counts[t]["fp"], counts[t]["fn"]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"| {t} | {p:.3f} | {r:.3f} | {f:.3f} | {tp + fn} |")


if __name__ == "__main__":
    main()
