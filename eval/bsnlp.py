"""BSNLP-style evaluation of entity recognition, base forms and cross-lingual linking.

    python -m eval.bsnlp ../shared/data/bsnlp/*.jsonl --folds        # leave-one-topic-out (the report)
    python -m eval.bsnlp other/*.jsonl                                # any files, the packaged models
    python -m eval.bsnlp FILES --models DIR [--limit N] [--json OUT]

Reads any JSONL file in the ../shared/data/bsnlp format (text + gold mentions
``[start, end, surface, base, type, entity_id]``). With ``--folds`` each topic (the ``topic``
field) is scored with models trained on the OTHER topics only (``models/folds/<topic>``, trained
first if missing: ``python -m storyline.ner.train FILES --fold TOPIC``); otherwise with the
packaged models or ``--models DIR``. Reported per language and overall:

- recognition, mention level: micro P/R/F1 on exact span + type (gold spans keep the quotation
  marks some annotators put around names; we never do, so those count as misses);
- recognition, document level as in the BSNLP shared tasks: ``strict`` compares each document's
  set of unique (surface form, type); ``relaxed`` counts a gold entity as found when any of its
  surface forms in the document is found with its type, and a predicted form as right when it is
  any gold form of the document with that type;
- base forms: accuracy of our base form for EVERY gold mention (gold span and type given), and
  on the mentions we recognised with the exact span;
- linking on gold mentions: gold spans and types with our base forms go through entity linking,
  one topic at a time across all its documents and languages; clusters are scored against the
  gold cross-lingual ids with B-cubed and LEA (mention-weighted over topics); end to end: the same
  on the mentions we recognised with the exact span;
- the most-mentioned entities of each topic (``TOP_ENTITIES``): for each, the share of its gold
  mentions that the linker put in its largest predicted cluster (1.0: one entity; a split shows
  as a lower share, with the names of the clusters it fell into);
- speed: words per second on one core (process time) for recognition + base forms + linking.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from eval.scores import bcubed, lea, prf
from storyline import ner
from storyline.analyse.entities import find_in, harmonise_types
from storyline.link.context import LinkContext
from storyline.link.entities import link_entities
from storyline.model import Analysis, Document, Mention, Passage
from storyline.ner.lemma import document_words

FOLDS_DIR = Path("models/folds")
TOP_ENTITIES = 20
TOP_SHARE_AIM = 0.95
SHOWN_CLUSTERS = 3


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


def recognise(doc: dict[str, Any]) -> list[Mention]:
    """What the analyser finds in one document (the gold language is given, as in BSNLP)."""
    return harmonise_types(find_in(doc["text"], 0, len(doc["text"]), doc["lang"]))


def evaluate(docs: list[dict[str, Any]]) -> dict[str, Any]:
    """Scores of the currently loaded models on ``docs`` (one topic, or any set)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    lemmatizer = ner.recogniser().lemmatizer if ner.recogniser() else None
    analyses: dict[str, Analysis] = {}
    gold_analyses: dict[str, Analysis] = {}
    documents: dict[str, Document] = {}
    gold_ids: dict[tuple[str, int], str] = {}
    e2e_gold: dict[tuple[str, int], str] = {}
    words = 0
    recognise({"text": "Прогрев. Warm-up.", "lang": "ru"})  # loading models is start-up, not speed
    cpu = 0.0
    for d in docs:
        doc_id, lang, text = d["id"], d["lang"], d["text"]
        words += len(text.split())
        t0 = time.process_time()
        pred = recognise(d)
        cpu += time.process_time() - t0
        analyses[doc_id] = Analysis(lang, passages=[Passage(0, len(text), lang)], mentions=pred)
        documents[doc_id] = Document(doc_id, doc_id, text, "0" * 64, "0" * 64, lang=lang)
        gold = [tuple(m) for m in d["mentions"]]
        _score_recognition(counts[lang], text, pred, gold)
        pred_by_span = {(m.start, m.end): (i, m) for i, m in enumerate(pred)}
        doc_words = document_words(text)
        gold_mentions = []
        for gi, (s, e, surface, base, etype, eid) in enumerate(gold):
            ours = lemmatizer.base(surface, lang, etype, doc_words) if lemmatizer else surface
            c = counts[lang]
            c["base_all_n"] += 1
            c["base_all_ok"] += int(ours == base)
            hit = pred_by_span.get((s, e))
            if hit:
                c["base_n"] += 1
                c["base_ok"] += int((hit[1].base or hit[1].text) == base)
                e2e_gold[(doc_id, hit[0])] = eid
            gold_mentions.append(Mention(s, e, surface, etype, ours, lang))
            gold_ids[(doc_id, gi)] = eid
        gold_analyses[doc_id] = Analysis(lang, mentions=gold_mentions)
    t0 = time.process_time()
    ctx = LinkContext(documents, analyses)
    link_entities(ctx)
    cpu += time.process_time() - t0
    gctx = LinkContext(documents, gold_analyses)
    link_entities(gctx)
    rows: dict[str, Any] = {lang: _row(c) for lang, c in sorted(counts.items())}
    names = {e.id: e.name for e in gctx.entities}
    top = largest_cluster_shares(gold_ids, gctx.mention_entity, names)
    total: Counter[str] = sum(counts.values(), Counter())
    rows["all"] = _row(total)
    rows["all"].update(
        {
            "linking_gold_bcubed": bcubed(gold_ids, gctx.mention_entity),
            "linking_gold_lea": lea(gold_ids, gctx.mention_entity),
            "linking_e2e_bcubed": bcubed(e2e_gold, ctx.mention_entity),
            "linking_n": len(gold_ids),
            "top_entities": top,
            "words": words,
            "cpu_s": round(cpu, 2),
            "words_per_s": round(words / cpu) if cpu else None,
            "documents": len(docs),
        }
    )
    return rows


def largest_cluster_shares(
    gold: dict[tuple[str, int], str],
    pred: dict[tuple[str, int], str],
    names: dict[str, str] | None = None,
    top: int = TOP_ENTITIES,
) -> list[dict[str, Any]]:
    """For the ``top`` most-mentioned gold entities: the share of each one's mentions in its
    largest predicted cluster, and the clusters (by display name) its mentions fell into. A
    mention the linker left without an entity counts as a cluster of its own."""
    clusters: dict[str, Counter[str]] = defaultdict(Counter)
    for key, eid in gold.items():
        clusters[eid][pred.get(key) or f"unlinked:{key[0]}:{key[1]}"] += 1
    ranked = sorted(clusters.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:top]
    out = []
    for eid, parts in ranked:
        n = sum(parts.values())
        shown = [
            {"name": (names or {}).get(c, "(unlinked)" if c.startswith("unlinked:") else c), "mentions": k}
            for c, k in parts.most_common(SHOWN_CLUSTERS)
        ]
        out.append({"id": eid, "mentions": n, "clusters": len(parts),
                    "share": round(parts.most_common(1)[0][1] / n, 4), "largest": shown})  # fmt: skip
    return out


def _score_recognition(c: Counter[str], text: str, pred: list[Mention], gold: list[tuple]) -> None:
    pred_exact = {(m.start, m.end, m.type) for m in pred}
    gold_exact = {(g[0], g[1], g[4]) for g in gold}
    c["tp"] += len(pred_exact & gold_exact)
    c["pred"] += len(pred_exact)
    c["gold"] += len(gold_exact)
    pred_forms = {(m.text, m.type) for m in pred}
    gold_forms = {(g[2], g[4]) for g in gold}
    c["s_tp"] += len(pred_forms & gold_forms)
    c["s_pred"] += len(pred_forms)
    c["s_gold"] += len(gold_forms)
    by_entity: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for g in gold:
        by_entity[g[5]].add((g[2], g[4]))
    c["r_tp_gold"] += sum(1 for forms in by_entity.values() if forms & pred_forms)
    c["r_gold"] += len(by_entity)
    c["r_tp_pred"] += len(pred_forms & gold_forms)
    c["r_pred"] += len(pred_forms)


def _row(c: Counter[str]) -> dict[str, Any]:
    rp = c["r_tp_pred"] / c["r_pred"] if c["r_pred"] else 0.0
    rr = c["r_tp_gold"] / c["r_gold"] if c["r_gold"] else 0.0
    return {
        "exact": prf(c["tp"], c["pred"], c["gold"]),
        "doc_strict": prf(c["s_tp"], c["s_pred"], c["s_gold"]),
        "doc_relaxed": {"p": round(rp, 4), "r": round(rr, 4), "f1": round(2 * rp * rr / (rp + rr), 4) if rp + rr else 0.0},
        "base_all": round(c["base_all_ok"] / c["base_all_n"], 4) if c["base_all_n"] else None,
        "base_recognised": round(c["base_ok"] / c["base_n"], 4) if c["base_n"] else None,
        "counts": dict(c),
    }  # fmt: skip


def pooled(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Micro-averages over folds: counts add up; linking scores are mention-weighted."""
    langs: dict[str, Counter[str]] = defaultdict(Counter)
    for rows in results.values():
        for lang, row in rows.items():
            if lang != "all":
                langs[lang].update(row["counts"])
    out: dict[str, Any] = {lang: _row(c) for lang, c in sorted(langs.items())}
    out["all"] = _row(sum(langs.values(), Counter()))
    alls = [rows["all"] for rows in results.values()]
    weight = sum(a["linking_n"] for a in alls) or 1
    for key in ("linking_gold_bcubed", "linking_gold_lea", "linking_e2e_bcubed"):
        out["all"][key] = {
            m: round(sum(a[key][m] * a["linking_n"] for a in alls) / weight, 4) for m in ("p", "r", "f1")
        }
    tops = [t for a in alls for t in a.get("top_entities", [])]
    out["all"]["top_entities_met"] = [sum(t["share"] >= TOP_SHARE_AIM for t in tops), len(tops)]
    words, cpu = sum(a["words"] for a in alls), sum(a["cpu_s"] for a in alls)
    out["all"].update({"linking_n": weight, "words": words, "cpu_s": round(cpu, 2),
                       "words_per_s": round(words / cpu) if cpu else None,
                       "documents": sum(a["documents"] for a in alls)})  # fmt: skip
    return out


def fold_models(files: list[Path], topic: str) -> Path:
    """The models trained without ``topic`` (trained now if they are not there yet)."""
    out = FOLDS_DIR / topic
    if not (out / "ner.crfsuite").is_file():
        from storyline.ner.train import ExternalCache, train_all

        print(f"training the {topic} fold (all topics but {topic}) into {out} …", flush=True)
        stats = train_all(files, out, {topic}, ExternalCache(FOLDS_DIR.parent / "cache" / "natasha.json.gz"))
        print(json.dumps(stats), flush=True)
    from storyline.ner import aliases

    table = out / "aliases.json.gz"
    # models trained before the name table existed, before it kept each name's script, or before
    # it keyed abbreviations by their letters ("ORG:LATIN:=EU")
    known = list(aliases.Aliases.load(table).table) if table.is_file() else []
    if not known or any(k.count(":") < 2 for k in known[:1]) or not any(":=" in k for k in known):
        aliases.save(aliases.train(d for d in load(files) if d["topic"] != topic), out / "aliases.json.gz")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--folds", action="store_true", help="leave-one-topic-out over the topics in FILES")
    parser.add_argument("--models", type=Path, default=None, help="model folder (default: the packaged one)")
    parser.add_argument("--limit", type=int, default=None, help="documents per language per file")
    parser.add_argument("--json", type=Path, default=None, help="write the full results here")
    args = parser.parse_args()
    docs = load(args.files, args.limit)
    results: dict[str, Any] = {}
    if args.folds:
        topics = sorted({d["topic"] for d in docs})
        for topic in topics:
            ner.use_models(fold_models(args.files, topic))
            results[topic] = evaluate([d for d in docs if d["topic"] == topic])
            _print(f"{topic} (models trained without it)", results[topic])
        results["ALL"] = pooled({t: results[t] for t in topics})
        _print("ALL topics, each held out (micro-averaged)", results["ALL"])
    else:
        ner.use_models(args.models)
        by_topic: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for d in docs:
            by_topic[d.get("topic") or "all"].append(d)
        for topic, items in sorted(by_topic.items()):
            results[topic] = evaluate(items)
            _print(topic, results[topic])
        if len(by_topic) > 1:
            results["ALL"] = pooled({t: results[t] for t in by_topic})
            _print("ALL", results["ALL"])
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), "utf-8")


def _print(name: str, rows: dict[str, Any]) -> None:
    print(f"\n## {name}")
    print(
        "| lang | exact P | exact R | exact F1 | doc strict F1 | doc relaxed F1 | base forms (all gold) | base forms (recognised) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for lang, r in rows.items():
        print(f"| {lang} | {r['exact']['p']:.3f} | {r['exact']['r']:.3f} | {r['exact']['f1']:.3f} | "
              f"{r['doc_strict']['f1']:.3f} | {r['doc_relaxed']['f1']:.3f} | {r['base_all'] or 0:.3f} | "
              f"{r['base_recognised'] or 0:.3f} |")  # fmt: skip
    a = rows["all"]
    print(f"linking on gold mentions: B-cubed F1 {a['linking_gold_bcubed']['f1']:.3f} "
          f"(P {a['linking_gold_bcubed']['p']:.3f}, R {a['linking_gold_bcubed']['r']:.3f}), LEA F1 "
          f"{a['linking_gold_lea']['f1']:.3f}; end to end B-cubed F1 {a['linking_e2e_bcubed']['f1']:.3f}; "
          f"{a['words_per_s']} words/s (one core: recognition + base forms + linking), {a['documents']} documents")  # fmt: skip
    if a.get("top_entities"):
        _print_top(a["top_entities"])
    if a.get("top_entities_met"):
        met, n = a["top_entities_met"]
        print(
            f"most-mentioned entities of every topic with >= {TOP_SHARE_AIM} of their mentions in one entity: {met}/{n}"
        )


def _print_top(top: list[dict[str, Any]]) -> None:
    below = [t for t in top if t["share"] < TOP_SHARE_AIM]
    print(f"{len(top)} most-mentioned gold entities: {len(top) - len(below)} with >= {TOP_SHARE_AIM} of "
          f"their mentions in one entity; mean share {sum(t['share'] for t in top) / len(top):.3f}")  # fmt: skip
    print(
        "| gold entity | mentions | share in largest cluster | clusters | largest clusters (name: mentions) |"
    )
    print("|---|---|---|---|---|")
    for t in top:
        parts = "; ".join(f"{c['name']}: {c['mentions']}" for c in t["largest"])
        mark = "" if t["share"] >= TOP_SHARE_AIM else " **split**"
        print(f"| {t['id']} | {t['mentions']} | {t['share']:.3f}{mark} | {t['clusters']} | {parts} |")


if __name__ == "__main__":
    main()
