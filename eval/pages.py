"""Real web pages in 24 languages: stories, figures, dates and people against the gold of
``../shared/data/pages`` (its README defines the gold).

    python -m eval.pages [--db /tmp/storyline-pages.db] [--jobs 2] [--json out.json] [--verbose]

The pages are ingested into a fresh store (``--db`` is removed first unless ``--reuse``), exactly as
``storyline ingest pages.jsonl`` would: the reader sees the fields id, url, lang and text; the gold
``story`` field is dropped before ingesting so nothing of the gold reaches the pipeline.

Scored:
- stories: pairwise P/R/F1 over all page pairs (two pages of one gold story in one predicted story)
  and B-cubed; distractors are stories of their own;
- figures: a predicted figure with evidence in a page is right when the page's gold lists a count
  with the same attribute (``other`` matches any attribute outside the gold's named ones; our
  ``critical`` is a kind of ``injured``) and value. Figures marked ``derived`` (sums the text does
  not state) are left out: the gold lists only stated counts.
  Precision is over the attributes the gold annotates (the gold leaves out rescuers, vehicles …
  on purpose); recall over every gold figure. A gold count of a part (a subgroup that is not an
  earlier figure or another source's) matched by a figure with no subgroup is counted apart as
  "part read as total";
- publication dates: on pages whose text prints one, the document's published date (day) equals
  it; month headers are scored apart (month precision);
- event dates: on pages whose gold gives one, the date of the page's main event — the event with
  most evidence in the page, statements, investigations and commemorations left out (they are
  about a happening, not the happening) — equals it (``XXXX-MM-DD``: month and day);
- people: a gold name is found when a PER mention overlaps it in its page; linked when every two
  pages that name the same person (``eval/pages_people.json``) put those names in one entity
  (pairwise recall over cross-page pairs; precision over cross-page pairs of one entity).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from eval.scores import bcubed, prf

SHARED = Path(__file__).resolve().parents[1].parent / "shared/data/pages"
PEOPLE = Path(__file__).resolve().with_name("pages_people.json")
# the attributes the gold names; anything else a page counts is "other" there
GOLD_ATTRS = {
    "dead", "injured", "missing", "survivors", "on_board", "passengers", "crew", "evacuated",
    "arrested", "displaced", "rescued", "hospitalised",
}  # fmt: skip
# counted by us, left out of the gold on purpose (README: soldiers/rescuers deployed, buildings …)
NOT_IN_GOLD = {"rescuers", "vehicles", "buildings", "homes", "houses", "aftershocks"}
EARLIER = ("previous", "earlier", "superseded", "other source", "initial", "early", "first", "wrong")


def load(folder: Path) -> tuple[list[dict], dict[str, dict]]:
    pages = [json.loads(line) for line in (folder / "pages.jsonl").read_text("utf-8").splitlines() if line]
    gold = {g["id"]: g for g in map(json.loads, (folder / "gold.jsonl").read_text("utf-8").splitlines()) if g}
    return pages, gold


def build(pages: list[dict], db: Path, jobs: int, reuse: bool) -> tuple[Any, float]:
    from storyline.api import Store

    if db.exists() and not reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    store = Store(db)
    seconds = 0.0
    if store.count_documents() == 0:
        with tempfile.TemporaryDirectory() as tmp:
            blind = Path(tmp) / "pages.jsonl"
            keep = ("id", "url", "lang", "text")
            blind.write_text(
                "".join(
                    json.dumps({k: p[k] for k in keep if k in p}, ensure_ascii=False) + "\n" for p in pages
                ),
                "utf-8",
            )
            t0 = time.perf_counter()
            store.ingest([blind], jobs=jobs, progress=False)
            seconds = time.perf_counter() - t0
    return store, seconds


def page_of(doc: dict) -> str | None:
    source = doc.get("source") or ""
    return source.rsplit("#", 1)[1] if "#" in source else None


# ---------------------------------------------------------------- stories


def score_stories(gold: dict[str, dict], docs: dict[str, dict]) -> dict[str, Any]:
    pred = {pid: d.get("story") or d["id"] for pid, d in docs.items()}
    truth = {pid: gold[pid]["story"] for pid in docs}
    tp = fp = fn = 0
    for a, b in combinations(sorted(docs), 2):
        same_gold, same_pred = truth[a] == truth[b], pred[a] == pred[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    groups: dict[str, list[str]] = defaultdict(list)
    for pid, s in pred.items():
        groups[s].append(pid)
    split = {
        story: len({pred[p] for p in docs if truth[p] == story})
        for story in sorted(set(truth.values()))
        if sum(truth[p] == story for p in docs) > 1
    }
    alone_langs = Counter(
        gold[p]["lang"]
        for p in docs
        if len(groups[pred[p]]) == 1 and sum(t == truth[p] for t in truth.values()) > 1
    )
    return {
        "pairwise": prf(tp, tp + fp, tp + fn),
        "bcubed": bcubed(truth, pred),
        "clusters": len(groups),
        "gold_clusters": len(set(truth.values())),
        "pieces_per_story": split,
        "alone_by_lang": dict(alone_langs.most_common()),
    }


# ---------------------------------------------------------------- figures


def _attr_matches(pred_attr: str, gold_attr: str) -> bool:
    if pred_attr == "critical":  # the critically injured are injured people
        pred_attr = "injured"
    if gold_attr == "other":
        return pred_attr not in GOLD_ATTRS
    return pred_attr == gold_attr


def _is_part(subgroup: str | None) -> bool:
    return bool(subgroup) and not any(w in subgroup.lower() for w in EARLIER)


def score_figures(gold: dict[str, dict], docs: dict[str, dict], figures: list[dict]) -> dict[str, Any]:
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for f in figures:
        for ev in f["evidence"][:1]:  # a figure's own span is its first piece of evidence
            by_doc[ev["doc"]].append(f)
    per_lang: dict[str, Counter[str]] = defaultdict(Counter)
    errors: list[dict] = []
    misses: list[dict] = []
    for pid, doc in docs.items():
        g = gold[pid]
        lang = g["lang"]
        golds = g["figures"]
        found = [False] * len(golds)
        for f in by_doc.get(doc["id"], []):
            if f["attribute"] in NOT_IN_GOLD or f.get("derived"):
                continue  # derived sums are not gold: the README's rule
            hits = [
                i
                for i, x in enumerate(golds)
                if _attr_matches(f["attribute"], x["attr"]) and x["value"] == f["value"]
            ]
            per_lang[lang]["pred"] += 1
            if hits:
                per_lang[lang]["pred_ok"] += 1
                for i in hits:
                    found[i] = True
                part = [i for i in hits if _is_part(golds[i]["subgroup"])]
                if len(part) == len(hits) and not f.get("subgroup"):
                    per_lang[lang]["part_as_total"] += 1
            else:
                errors.append({"page": pid, "lang": lang, "attribute": f["attribute"], "value": f["value"],
                               "text": f["evidence"][0]["text"]})  # fmt: skip
        per_lang[lang]["gold"] += len(golds)
        per_lang[lang]["gold_ok"] += sum(found)
        misses += [{"page": pid, "lang": lang, **x} for x, ok in zip(golds, found, strict=True) if not ok]
    total: Counter[str] = Counter()
    for c in per_lang.values():
        total.update(c)

    def scores(c: Counter[str]) -> dict[str, Any]:
        p = c["pred_ok"] / c["pred"] if c["pred"] else None
        r = c["gold_ok"] / c["gold"] if c["gold"] else None
        return {"p": _round(p), "r": _round(r), "pred": c["pred"], "gold": c["gold"],
                "part_as_total": c["part_as_total"]}  # fmt: skip

    return {
        "all": scores(total),
        "by_lang": {lang: scores(c) for lang, c in sorted(per_lang.items())},
        "errors": errors,
        "misses": misses,
    }


# ---------------------------------------------------------------- dates


def score_published(gold: dict[str, dict], docs: dict[str, dict]) -> dict[str, Any]:
    day = [(pid, d) for pid, d in docs.items() if gold[pid]["published"]]
    ok_day = [pid for pid, d in day if (d["published"] or {}).get("value") == gold[pid]["published"]]
    month = [
        (pid, d) for pid, d in docs.items() if not gold[pid]["published"] and gold[pid]["published_quote"]
    ]
    ok_month = [
        pid
        for pid, d in month
        # the quote of a month header is the month itself ("2024-03"): kept at month precision
        if (d["published"] or {}).get("value") == gold[pid]["published_quote"][-7:]
    ]
    # a date claimed from the page text where the page prints none is a false dateline
    none = [pid for pid, d in docs.items() if not gold[pid]["published_quote"]]
    claimed = [pid for pid in none if (docs[pid]["published"] or {}).get("basis") == "text"]
    return {
        "day": {"found": len(ok_day), "of": len(day), "r": _round(len(ok_day) / len(day) if day else None),
                "missed": [(pid, gold[pid]["published"], docs[pid]["published"]) for pid, _ in day if pid not in ok_day]},
        "month_headers": {"found": len(ok_month), "of": len(month)},
        "claimed_from_text_where_none_printed": claimed,
    }  # fmt: skip


def _day_of(value: dict) -> str | None:
    """A date as "YYYY-MM-DD", or "XXXX-MM-DD" when only its month and day are known."""
    if value.get("value") and value.get("precision") == "day":
        return value["value"]
    return "XXXX-" + value["month_day"] if value.get("month_day") else None


def _same_day(got: str | None, want: str) -> bool:
    """A gold day without a year ("XXXX-MM-DD": the text gives none) matches on month and day."""
    return bool(got) and (got[5:] == want[5:] if want.startswith("XXXX") else got == want)


# what is said, investigated or remembered about a happening is never the happening itself
NOT_MAIN = {"statement", "investigation", "commemoration"}


def score_event_dates(gold: dict[str, dict], docs: dict[str, dict], events: list[dict]) -> dict[str, Any]:
    by_doc: dict[str, list[tuple[int, int, dict]]] = defaultdict(list)
    for ev in events:
        if ev["type"] in NOT_MAIN:
            continue
        counts = Counter(e["doc"] for e in ev["evidence"])
        for doc, n in counts.items():
            by_doc[doc].append((n, len(ev["evidence"]), ev))
    rows = []
    for pid, d in docs.items():
        want = gold[pid]["event_date"]
        if not want:
            continue
        cands = sorted(by_doc.get(d["id"], []), key=lambda t: (-t[0], -t[1]))
        main = cands[0][2] if cands else None
        got = _day_of((main or {}).get("date") or {}) if main else None
        ok = _same_day(got, want)
        any_ok = any(_same_day(_day_of(e.get("date") or {}), want) for _n, _t, e in cands)
        rows.append({"page": pid, "lang": gold[pid]["lang"], "gold": want, "main": got,
                     "main_type": (main or {}).get("type"), "ok": ok, "any_event_ok": any_ok})  # fmt: skip
    n = len(rows)
    return {
        "main_event": {"ok": sum(r["ok"] for r in rows), "of": n, "r": _round(sum(r["ok"] for r in rows) / n if n else None)},
        "any_event": {"ok": sum(r["any_event_ok"] for r in rows), "of": n},
        "rows": rows,
    }  # fmt: skip


# ---------------------------------------------------------------- people


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    out, start = [], text.find(name)
    while start >= 0:
        out.append((start, start + len(name)))
        start = text.find(name, start + 1)
    return out


def score_people(gold: dict[str, dict], docs: dict[str, dict], entities: list[dict]) -> dict[str, Any]:
    person_of = {
        name: i for i, names in enumerate(json.loads(PEOPLE.read_text("utf-8"))["people"]) for name in names
    }
    mentions: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    for e in entities:
        for m in e["mentions"]:
            mentions[m["doc"]].append((m["start"], m["end"], e["id"], e["type"]))
    per_lang: dict[str, Counter[str]] = defaultdict(Counter)
    found_in: list[tuple[str, int, str | None]] = []  # (page, person, entity)
    missing = []
    for pid, d in docs.items():
        for name in gold[pid]["people"]:
            if name not in person_of:
                raise SystemExit(f"eval/pages_people.json lacks {name!r} ({pid})")
            spans = _occurrences(d["text"], name)
            hit = next(
                (
                    eid
                    for s, e in spans
                    for ms, me, eid, t in mentions[d["id"]]
                    if t == "PER" and ms < e and s < me
                ),
                None,
            )
            lang = gold[pid]["lang"]
            per_lang[lang]["gold"] += 1
            per_lang[lang]["found"] += hit is not None
            if hit is None:
                missing.append((pid, lang, name))
            found_in.append((pid, person_of[name], hit))
    pairs = same = 0
    wrong_pairs = linked_pairs = 0
    for (pa, xa, ea), (pb, xb, eb) in combinations(found_in, 2):
        if pa == pb:
            continue
        if xa == xb:
            pairs += 1
            same += ea is not None and ea == eb
        elif ea is not None and ea == eb:
            wrong_pairs += 1
        if ea is not None and ea == eb:
            linked_pairs += 1
    total: Counter[str] = Counter()
    for c in per_lang.values():
        total.update(c)
    return {
        "found": {"ok": total["found"], "of": total["gold"], "r": _round(total["found"] / total["gold"])},
        "linked": {"pairs": pairs, "same_entity": same, "r": _round(same / pairs if pairs else None),
                   "p": _round((linked_pairs - wrong_pairs) / linked_pairs if linked_pairs else None)},
        "by_lang": {lang: {"found": c["found"], "of": c["gold"]} for lang, c in sorted(per_lang.items())},
        "missing": missing,
    }  # fmt: skip


# ---------------------------------------------------------------- report


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


def run(folder: Path, db: Path, jobs: int, reuse: bool) -> dict[str, Any]:
    pages, gold = load(folder)
    store, seconds = build(pages, db, jobs, reuse)
    dossier = store.dossier()
    docs = {pid: d for d in dossier["documents"] if (pid := page_of(d)) in gold}
    words = sum(len(d["text"].split()) for d in docs.values())
    return {
        "pages": len(docs),
        "ingest_s": round(seconds, 1),
        "words_per_s": round(words / seconds) if seconds else None,
        "stories": score_stories(gold, docs),
        "figures": score_figures(gold, docs, dossier["figures"]),
        "published": score_published(gold, docs),
        "event_dates": score_event_dates(gold, docs, dossier["events"]),
        "people": score_people(gold, docs, dossier["entities"]),
    }


def print_report(r: dict[str, Any], verbose: bool) -> None:
    s = r["stories"]
    print(f"pages {r['pages']}; ingest {r['ingest_s']} s ({r['words_per_s']} words/s)")
    print(f"\nstories: pairwise P {s['pairwise']['p']:.3f} R {s['pairwise']['r']:.3f} F1 {s['pairwise']['f1']:.3f}; "
          f"B³ F1 {s['bcubed']['f1']:.3f}; {s['clusters']} groups for {s['gold_clusters']} gold stories")  # fmt: skip
    print(f"  pieces per gold story: {s['pieces_per_story']}")
    print(f"  pages alone (by language): {s['alone_by_lang']}")
    f = r["figures"]["all"]
    print(
        f"\nfigures: P {f['p']} R {f['r']} ({f['pred']} predicted, {f['gold']} gold); part read as total {f['part_as_total']}"
    )
    p = r["published"]
    print(f"published (printed day): {p['day']['found']}/{p['day']['of']}; month headers {p['month_headers']['found']}/"
          f"{p['month_headers']['of']}; dateline claimed where none printed: {len(p['claimed_from_text_where_none_printed'])}")  # fmt: skip
    e = r["event_dates"]
    print(
        f"event dates: main event {e['main_event']['ok']}/{e['main_event']['of']}; any event {e['any_event']['ok']}/{e['any_event']['of']}"
    )
    pe = r["people"]
    print(f"people: found {pe['found']['ok']}/{pe['found']['of']} ({pe['found']['r']}); linked across pages "
          f"R {pe['linked']['r']} ({pe['linked']['same_entity']}/{pe['linked']['pairs']} pairs) P {pe['linked']['p']}")  # fmt: skip
    print(
        "\n| lang | figures P | figures R | gold | part as total | people found |\n|---|---|---|---|---|---|"
    )
    langs = sorted(set(r["figures"]["by_lang"]) | set(pe["by_lang"]))
    for lang in langs:
        fl = r["figures"]["by_lang"].get(lang, {})
        pl = pe["by_lang"].get(lang, {"found": 0, "of": 0})
        print(f"| {lang} | {fl.get('p')} | {fl.get('r')} | {fl.get('gold', 0)} | {fl.get('part_as_total', 0)} | "
              f"{pl['found']}/{pl['of']} |")  # fmt: skip
    if verbose:
        print("\nfigure errors:")
        for x in r["figures"]["errors"]:
            print(f"  {x['page']} {x['lang']} {x['attribute']}={x['value']:g}  {x['text']!r}")
        print("figure misses:")
        for x in r["figures"]["misses"]:
            print(f"  {x['page']} {x['lang']} {x['attr']}={x['value']} [{x['subgroup']}]  {x['quote']!r}")
        print("event dates:")
        for x in e["rows"]:
            print(
                f"  {x['page']} {x['lang']} gold {x['gold']} main {x['main']} ({x['main_type']}) {'ok' if x['ok'] else ''}"
            )
        print("published missed:", p["day"]["missed"])
        print("people missing:", pe["missing"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=SHARED)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "storyline-pages.db")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--reuse", action="store_true", help="score the store at --db as it is")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    result = run(args.data, args.db, args.jobs, args.reuse)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")
    print_report(result, args.verbose)


if __name__ == "__main__":
    main()
