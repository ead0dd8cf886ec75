"""Base forms of the labelled entity items of precision-audit samples, made again with today's code.

For every entity item labelled right, or wrong by rule N4 (base form not the nominative, each
word of a multiword name agreeing), the item's mention is read from the audit store its sample
was drawn from (read-only): its text at the labelled span, its type, its passage's language and
words. Its base form is made again with the current ``Lemmatizer`` and packaged models, the way
analysis makes it, and compared with the base form the labeller saw:

- an N4 item whose base form is now another is *changed* (fixed, unless the new one is wrong
  too: ``-v`` prints each for a reader to judge), else *unchanged*;
- a right item whose base form is now another is *changed* (broken, unless the new one is right
  too: printed), else *unchanged*.

    PYTHONPATH=src python -m eval.audit_base_forms --round eval/audit/labels-6.jsonl=/tmp/audit6.db [-v]
"""

from __future__ import annotations

import argparse
from collections import Counter

from eval.audit_realis import _document, labelled_items
from storyline import ner
from storyline.ner.lemma import BEFORE, document_words
from storyline.ner.lemma_via import base_via
from storyline.ner.subject_gender import woman_as_subject


def rederive(text: str, analysis, start: int, end: int, etype: str) -> str | None:  # noqa: ANN001 - Analysis
    """The base form today's code gives the mention ``text[start:end]``; None without models."""
    recogniser = ner.recogniser()
    if recogniser is None:
        return None
    passage = next((p for p in analysis.passages or [] if p.start <= start < p.end), None)
    lang = passage.lang if passage else analysis.lang
    chunk = text[passage.start : passage.end] if passage else text
    model_lang = ner.tagger_lang(lang) or lang or ""
    offset = passage.start if passage else 0
    woman = etype == "PER" and woman_as_subject(chunk, start - offset, end - offset, model_lang)
    before = chunk[max(0, start - offset - BEFORE) : start - offset]
    if via := base_via(recogniser.lemmatizer, text[start:end], lang, etype, chunk):
        return via  # as analysis makes it (analyse/entities.py)
    return recogniser.lemmatizer.base(
        text[start:end], model_lang, etype, document_words(chunk), woman, before
    )


def _labelled_base(item: dict, analysis) -> tuple[str, str]:  # noqa: ANN001 - Analysis
    """The mention's stored base form and type (the item's own where the store has no mention there)."""
    ev = item["evidence"]
    for m in analysis.mentions or []:
        if m.start == ev["start"] and m.end == ev["end"]:
            return m.base or m.text, m.type
    return item["says"].get("base_form") or item["says"]["mention"], item["says"]["type"]


def recheck(rounds: list[str], verbose: bool = False) -> Counter[tuple[str, str]]:
    """(label, fate) counts: ``N4`` for items wrong by rule N4, ``right`` for items labelled right."""
    counts: Counter[tuple[str, str]] = Counter()
    for con, item in labelled_items(rounds, "entity"):
        why = (item.get("why") or "").split()
        label = "right" if item["label"] == "right" else why[0] if why else "-"
        if label not in ("right", "N4"):
            continue
        ev = item["evidence"]
        doc = _document(con, ev["doc"])
        if doc is None:
            counts[(label, "missing")] += 1
            continue
        text, analysis, _ = doc
        before, etype = _labelled_base(item, analysis)
        now = rederive(text, analysis, ev["start"], ev["end"], etype)
        fate = "unchanged" if now == before else "changed"
        counts[(label, fate)] += 1
        if verbose and (fate == "changed" or label == "N4"):
            print(
                f"{label:5} {fate:9} {item['lang']} {text[ev['start'] : ev['end']]!r}: {before!r} → {now!r}"
            )
    return counts


def report(counts: Counter[tuple[str, str]]) -> None:
    for label in ("N4", "right"):
        row = ", ".join(f"{f} {counts[(label, f)]}" for f in ("changed", "unchanged", "missing"))
        print(f"{label}: {row}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--round", action="append", required=True, help="LABELS.jsonl=STORE.db (repeatable)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every N4 item and every change")
    args = parser.parse_args(argv)
    report(recheck(args.round, args.verbose))


if __name__ == "__main__":
    main()
