"""Event-trigger recognition on NEREL (Russian news) against its EVENT spans — a sanity check.

    python -m eval.nerel_events [--split dev|test|train|all] [--examples N]

Overlap matching (a predicted trigger and a gold EVENT span share a character; each counts once).
NEREL's EVENT is broader than storyline's 22 event types (births, deaths, resignations,
appointments, sports matches, concerts …) and marks only some occurrences, so recall against all
EVENT spans is low by design and precision is a floor; the table also gives recall against the
gold spans whose words belong to storyline's types (those any of our trigger lexicon patterns
matches inside the gold span), which is the part of NEREL the lexicons are meant to cover.
"""

from __future__ import annotations

import argparse
from collections import Counter

from eval.nerel_dates import files_of, prf, read_spans
from storyline.analyse.events import find_events
from storyline.analyse.text import split_sentences
from storyline.analyse.timex import find_timexes
from storyline.model import Analysis


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="test", choices=["dev", "test", "train", "all"])
    parser.add_argument("--examples", type=int, default=0, help="print N false positives and misses")
    args = parser.parse_args()
    c: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    by_type_hit: Counter[str] = Counter()
    misses, spurious = [], []
    files = files_of(args.split)
    for txt in files:
        text = txt.read_text("utf-8")
        gold = [(s, e) for s, e, _ in read_spans(txt.with_suffix(".ann"), "EVENT")]
        analysis = Analysis(lang="ru", sentences=split_sentences(text))
        analysis.timexes = find_timexes(text, analysis, None)
        found = find_events(text, analysis, None)
        # the same spans analysed on their own: which gold EVENTs our lexicon can name at all
        covered = [g for g in gold if find_events(text[g[0] : g[1]], Analysis(lang="ru"), None)]
        pred = [(e.start, e.end) for e in found]
        c["pred"] += len(pred)
        c["gold"] += len(gold)
        c["covered"] += len(covered)
        c["pred_hit"] += sum(any(p[0] < g[1] and g[0] < p[1] for g in gold) for p in pred)
        c["gold_hit"] += sum(any(p[0] < g[1] and g[0] < p[1] for p in pred) for g in gold)
        c["covered_hit"] += sum(any(p[0] < g[1] and g[0] < p[1] for p in pred) for g in covered)
        for e in found:
            hit = any(e.start < g[1] and g[0] < e.end for g in gold)
            by_type[e.type] += 1
            by_type_hit[e.type] += hit
            if not hit:
                spurious.append(
                    f"{txt.stem}: {e.type} {e.text!r} …{text[max(0, e.start - 40) : e.end + 40]!r}"
                )
        for s, e in covered:
            if not any(p[0] < e and s < p[1] for p in pred):
                misses.append(f"{txt.stem}: {text[s:e]!r} …{text[max(0, s - 40) : e + 40]!r}")
    p, r, f = prf(c["pred_hit"], c["pred"], c["gold_hit"], c["gold"])
    _, r_cov, _ = prf(c["pred_hit"], c["pred"], c["covered_hit"], c["covered"])
    print(f"NEREL {args.split}: {len(files)} documents")
    print("| gold EVENT spans | n | overlap P | overlap R | overlap F1 |")
    print("|---|---|---|---|---|")
    print(f"| all | {c['gold']} | {p:.3f} | {r:.3f} | {f:.3f} |")
    f_cov = 2 * p * r_cov / (p + r_cov) if p + r_cov else 0.0
    print(f"| within our types | {c['covered']} | {p:.3f} | {r_cov:.3f} | {f_cov:.3f} |")
    print("\nprecision by type: " + ", ".join(
        f"{t} {by_type_hit[t]}/{n}" for t, n in by_type.most_common()))  # fmt: skip
    if args.examples:
        for label, items in (("not in gold", spurious), ("missed within our types", misses)):
            print(f"\n{label} ({len(items)}):")
            print("\n".join(items[: args.examples]))


if __name__ == "__main__":
    main()
