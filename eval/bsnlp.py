"""BSNLP-style evaluation of recognition, base forms and cross-lingual linking.

    python -m eval.bsnlp ../shared/data/bsnlp/*.jsonl [--limit N] [--json OUT]

Reads any JSONL file in the ../shared/data/bsnlp format (text + gold mentions
``[start, end, surface, base, type, entity_id]``) and reports, per language and overall:

- recognition, mention level: micro P/R/F1 on exact span + type;
- recognition, relaxed (as BSNLP): per document, the set of unique (surface form, type);
- base forms: accuracy on gold mentions that were recognised with the exact span
  (the share of gold mentions that count is printed as coverage);
- linking on gold mentions: the gold spans (with our base forms) go through entity linking;
  clusters are scored against the gold cross-lingual ids with B-cubed and LEA F1;
- linking end to end: the same on the mentions we recognised with the exact span;
- speed: words per second on one core for analysis (all analysers) + linking.

storyline trains nothing on this data yet, so every topic is held out: the per-topic rows are
the leave-one-topic-out numbers.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from storyline.analyse import analyse
from storyline.link.context import LinkContext
from storyline.link.entities import link_entities
from storyline.model import Analysis, Document, Mention

Gold = tuple[int, int, str, str, str, str]


def load(paths: Iterable[Path], limit: int | None = None) -> list[dict[str, Any]]:
    """All documents, or the first ``limit`` of each language in each file."""
    docs = []
    for path in paths:
        seen: Counter[str] = Counter()
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                doc = json.loads(line)
                seen[doc["lang"]] += 1
                if limit is None or seen[doc["lang"]] <= limit:
                    docs.append(doc)
    return docs


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def bcubed(gold: dict[Any, str], pred: dict[Any, str]) -> dict[str, float]:
    """B-cubed P/R/F1 over the items present in both labelings."""
    items = [k for k in gold if k in pred]
    g_members: dict[str, set[Any]] = defaultdict(set)
    p_members: dict[str, set[Any]] = defaultdict(set)
    for k in items:
        g_members[gold[k]].add(k)
        p_members[pred[k]].add(k)
    if not items:
        return {"p": 0.0, "r": 0.0, "f1": 0.0}
    p = sum(len(g_members[gold[k]] & p_members[pred[k]]) / len(p_members[pred[k]]) for k in items) / len(
        items
    )
    r = sum(len(g_members[gold[k]] & p_members[pred[k]]) / len(g_members[gold[k]]) for k in items) / len(
        items
    )
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def lea(gold: dict[Any, str], pred: dict[Any, str]) -> dict[str, float]:
    """LEA (Moosavi & Strube 2016): link-based, entity-size-weighted; singletons count via
    their self-link."""
    items = [k for k in gold if k in pred]

    def clusters(lab: dict[Any, str]) -> list[set[Any]]:
        out: dict[str, set[Any]] = defaultdict(set)
        for k in items:
            out[lab[k]].add(k)
        return list(out.values())

    def links(n: int) -> int:
        return n * (n - 1) // 2 if n > 1 else 1

    def score(keys: list[set[Any]], resp: list[set[Any]]) -> float:
        where = {k: i for i, c in enumerate(resp) for k in c}
        num = den = 0.0
        for c in keys:
            overlap = Counter(where[k] for k in c)
            if len(c) == 1:
                common = 1 if len(resp[where[next(iter(c))]]) == 1 else 0
            else:
                common = sum(m * (m - 1) // 2 for m in overlap.values())
            num += len(c) * common / links(len(c))
            den += len(c)
        return num / den if den else 0.0

    g, p = clusters(gold), clusters(pred)
    rec, prec = score(g, p), score(p, g)
    return {
        "p": round(prec, 4),
        "r": round(rec, 4),
        "f1": round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0,
    }


def evaluate(docs: list[dict[str, Any]]) -> dict[str, Any]:
    by_lang: dict[str, Counter[str]] = defaultdict(Counter)
    analyses: dict[str, Analysis] = {}
    gold_analyses: dict[str, Analysis] = {}
    documents: dict[str, Document] = {}
    gold_ids: dict[tuple[str, int], str] = {}
    e2e_gold: dict[tuple[str, int], str] = {}
    words = 0
    analyse("Warm-up. Прогрев моделей.")  # model loading is start-up, not throughput
    t0 = time.process_time()
    for d in docs:
        doc_id, lang, text = d["id"], d["lang"], d["text"]
        words += len(text.split())
        a = analyse(text, lang=lang)
        analyses[doc_id] = a
        documents[doc_id] = Document(doc_id, doc_id, text, "0" * 64, "0" * 64, lang=lang)
        gold: list[Gold] = [tuple(m) for m in d["mentions"]]  # type: ignore[misc]
        c = by_lang[lang]
        pred_exact = {(m.start, m.end, m.type) for m in a.mentions}
        gold_exact = {(g[0], g[1], g[4]) for g in gold}
        c["tp"] += len(pred_exact & gold_exact)
        c["pred"] += len(pred_exact)
        c["gold"] += len(gold_exact)
        pred_rel = {(m.text, m.type) for m in a.mentions}
        gold_rel = {(g[2], g[4]) for g in gold}
        c["rtp"] += len(pred_rel & gold_rel)
        c["rpred"] += len(pred_rel)
        c["rgold"] += len(gold_rel)
        pred_by_span = {(m.start, m.end): (i, m) for i, m in enumerate(a.mentions)}
        gold_mentions = []
        for gi, g in enumerate(gold):
            hit = pred_by_span.get((g[0], g[1]))
            base = g[2]
            if hit:
                c["base_n"] += 1
                c["base_ok"] += int((hit[1].base or hit[1].text) == g[3])
                base = hit[1].base or hit[1].text
                e2e_gold[(doc_id, hit[0])] = g[5]
            gold_mentions.append(Mention(g[0], g[1], g[2], g[4], base, lang))
            gold_ids[(doc_id, gi)] = g[5]
        gold_analyses[doc_id] = Analysis(lang, mentions=gold_mentions)
    ctx = LinkContext(documents, analyses)
    link_entities(ctx)
    gctx = LinkContext(documents, gold_analyses)
    link_entities(gctx)
    seconds = time.process_time() - t0
    rows: dict[str, Any] = {}
    total: Counter[str] = Counter()
    for lang, c in sorted(by_lang.items()):
        total.update(c)
        rows[lang] = _row(c)
    rows["all"] = _row(total)
    rows["all"]["linking_gold_bcubed"] = bcubed(gold_ids, gctx.mention_entity)
    rows["all"]["linking_gold_lea"] = lea(gold_ids, gctx.mention_entity)
    rows["all"]["linking_e2e_bcubed"] = bcubed(e2e_gold, ctx.mention_entity)
    rows["all"]["words_per_s"] = round(words / seconds)
    rows["all"]["documents"] = len(docs)
    return rows


def _row(c: Counter[str]) -> dict[str, Any]:
    return {
        "exact": prf(c["tp"], c["pred"], c["gold"]),
        "relaxed": prf(c["rtp"], c["rpred"], c["rgold"]),
        "base_accuracy": round(c["base_ok"] / c["base_n"], 4) if c["base_n"] else None,
        "base_coverage": round(c["base_n"] / c["gold"], 4) if c["gold"] else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="documents per language per file")
    parser.add_argument("--json", type=Path, default=None, help="write the full results here")
    args = parser.parse_args()
    results: dict[str, Any] = {}
    for path in args.files:
        results[path.stem] = evaluate(load([path], args.limit))
        _print(path.stem, results[path.stem])
    if len(args.files) > 1:
        results["ALL"] = evaluate(load(args.files, args.limit))
        _print("ALL", results["ALL"])
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), "utf-8")


def _print(name: str, rows: dict[str, Any]) -> None:
    print(f"\n## {name}")
    print("| lang | exact P | exact R | exact F1 | relaxed F1 | base acc | base cov |")
    print("|---|---|---|---|---|---|---|")
    for lang, r in rows.items():
        print(f"| {lang} | {r['exact']['p']:.3f} | {r['exact']['r']:.3f} | {r['exact']['f1']:.3f} | "
              f"{r['relaxed']['f1']:.3f} | {r['base_accuracy'] or 0:.3f} | {r['base_coverage'] or 0:.3f} |")  # fmt: skip
    a = rows["all"]
    print(f"linking on gold mentions: B-cubed F1 {a['linking_gold_bcubed']['f1']:.3f}, LEA F1 "
          f"{a['linking_gold_lea']['f1']:.3f}; end to end B-cubed F1 {a['linking_e2e_bcubed']['f1']:.3f}; "
          f"{a['words_per_s']} words/s (one core, all analysers + linking), {a['documents']} documents")  # fmt: skip


if __name__ == "__main__":
    main()
