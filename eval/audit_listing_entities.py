"""An entity confidence learned from the labelled audit rounds, validated leave-one-round-out.

Every labelled ``entity`` item is looked up in its round's store (read-only) and its entity's
features computed as the entity list computes them (``analyse.entity_confidence.entity_features``:
counts, languages, lower-case share, name shape, gazetteer and first-name matches, type — no
words or ids of the labels). A logistic regression (L2, Newton steps, numpy) is fitted on all
rounds but one and judged on the one left out: per threshold, the precision of the entities it
lists and the share of them it lists. ``--fit OUT.json`` writes the weights fitted on all rounds
(the shipped ``models/entity_confidence.json``); ``--bsnlp STORE.db`` adds the recall cost on
BSNLP gold: the share of gold entities (clusters) found in the store whose entities are all folded
by the shipped weights.

    PYTHONPATH=src python -m eval.audit_listing_entities \\
        --round eval/audit/labels-1.jsonl=/tmp/audit.db ... --round eval/audit/labels-6.jsonl=/tmp/audit6.db \\
        [--fit src/storyline/models/entity_confidence.json --listed 0.6] [--bsnlp /tmp/audit6.db ../shared/data/bsnlp/*.jsonl]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import numpy as np

from storyline.analyse.entity_confidence import Weights, entity_features, score

THRESHOLDS = (0.0, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)
L2 = 1.0  # on standardised features: a handful of features, ~900 items


def labelled(rounds: list[str], cache: str | None = None) -> list[tuple[int, dict[str, float], int, int]]:
    """(round number, features, 1 if right, documents) of every entity item labelled right or wrong."""
    return [
        (r, entity_features(ent), lab, len({m.doc for m in ent.mentions}))
        for r, ent, lab, _item in _entities(rounds, cache)
    ]


def _entities(rounds: list[str], cache: str | None) -> list:
    """(round, entity, 1 if right, item); with ``cache``, kept in that pickle between runs (a
    store takes a while to read)."""
    import pickle

    if cache and Path(cache).exists():
        return pickle.loads(Path(cache).read_bytes())
    from storyline.api import Store

    out = []
    for r, spec in enumerate(rounds, 1):
        labels, db = spec.split("=", 1)
        items = [json.loads(line) for line in Path(labels).read_text("utf-8").splitlines() if line.strip()]
        items = [i for i in items if i["kind"] == "entity" and i.get("label") in ("right", "wrong")]
        entities = {e.id: e for e in Store(db).entities()}
        for item in items:
            ent = entities.get(item["id"])
            if ent is not None:
                out.append((r, ent, int(item["label"] == "right"), item))
    if cache:
        Path(cache).write_bytes(pickle.dumps(out))
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(weights, mean, scale) of an L2 logistic regression on standardised columns."""
    mean, scale = x.mean(0), x.std(0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[0] = 0.0  # the intercept is not shrunk
    for _ in range(50):
        p = 1 / (1 + np.exp(-z @ w))
        grad = z.T @ (p - y) + reg * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w, mean, scale


def as_weights(
    names: list[str], w: np.ndarray, mean: np.ndarray, scale: np.ndarray, listed: float, support: int = 0
) -> Weights:
    """The fit on raw feature values: what ``analyse.entity_confidence`` reads."""
    raw = w[1:] / scale
    return Weights(float(w[0] - raw @ mean), dict(zip(names, map(float, raw), strict=True)), listed, support)


def loro(data: list, names: list[str], support: int) -> None:
    x = np.array([[f[n] for n in names] for _, f, _, _ in data])
    y = np.array([lab for _, _, lab, _ in data], dtype=float)
    rounds = np.array([r for r, _, _, _ in data])
    print("held-out round: precision of listed (listed/all) per threshold")
    print("round  " + "  ".join(f"{t:>14}" for t in THRESHOLDS))
    total = defaultdict(lambda: [0, 0])  # threshold → [right listed, listed]
    for r in sorted(set(rounds)):
        w = as_weights(names, *fit(x[rounds != r], y[rounds != r]), 0.0)
        held = [(score(f, w), docs >= support, lab) for rr, f, lab, docs in data if rr == r]
        cells = []
        for t in THRESHOLDS:
            shown = [lab for s, sure, lab in held if sure or s >= t]
            total[t][0] += sum(shown)
            total[t][1] += len(shown)
            p = sum(shown) / len(shown) if shown else float("nan")
            cells.append(f"{p:.2f} ({len(shown):3}/{len(held):3})")
        print(f"{r:5}  " + "  ".join(cells))
    n = len(data)
    print("all    " + "  ".join(f"{a / b if b else 0:.2f} ({b:3}/{n:3})" for a, b in total.values()))


def bsnlp_cost(db: str, gold_files: list[str]) -> None:
    """Share of the gold entities found in the store (a predicted mention overlaps a gold one) all
    of whose predicted entities the shipped weights fold away; and the same share of gold mentions."""
    from storyline.analyse.entity_confidence import is_listed
    from storyline.api import Store

    store = Store(db)
    entities = store.entities()
    listed = {e.id: is_listed(e) for e in entities}
    by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for e in entities:
        for m in e.mentions:
            by_doc[m.doc].append((m.start, m.end, e.id))
    doc_of = {d.source.split("#", 1)[1]: d.id for d in store.documents() if "#" in d.source}
    clusters: dict[str, set[str]] = defaultdict(set)
    mentions = [0, 0]  # [found, folded]
    for path in gold_files:
        for line in Path(path).read_text("utf-8").splitlines():
            g = json.loads(line)
            doc = doc_of.get(g["id"])
            if doc is None:
                continue
            for start, end, *_rest, gid in g["mentions"]:
                hits = {eid for s, e, eid in by_doc.get(doc, ()) if s < end and e > start}
                if hits:
                    clusters[gid] |= hits
                    mentions[0] += 1
                    mentions[1] += not any(listed[h] for h in hits)
    folded = sum(not any(listed[h] for h in hs) for hs in clusters.values())
    print(
        f"BSNLP gold entities found: {len(clusters)}; all their entities folded: {folded} "
        f"({folded / max(1, len(clusters)):.3f}); gold mentions found {mentions[0]}, "
        f"folded {mentions[1]} ({mentions[1] / max(1, mentions[0]):.3f}); "
        f"store entities listed {sum(listed.values())}/{len(listed)}"
    )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--round", action="append", default=[], help="LABELS.jsonl=STORE.db, in round order")
    ap.add_argument("--fit", help="write the weights fitted on all rounds to this file")
    ap.add_argument("--listed", type=float, default=0.6, help="threshold written with --fit")
    ap.add_argument("--support", type=int, default=3, help="documents from which an entity is always listed")
    ap.add_argument(
        "--bsnlp", nargs="+", metavar=("STORE", "GOLD"), help="a store of BSNLP and the gold files"
    )
    ap.add_argument("--cache", help="a pickle of the labelled entities, made on the first run")
    ap.add_argument("-v", "--verbose", action="store_true", help="the coefficients fitted on all rounds")
    args = ap.parse_args(argv)
    if args.round:
        data = labelled(args.round, args.cache)
        names = sorted(data[0][1])
        loro(data, names, args.support)
        x = np.array([[f[n] for n in names] for _, f, _, _ in data])
        y = np.array([lab for _, _, lab, _ in data], dtype=float)
        w = as_weights(names, *fit(x, y), args.listed, args.support)
        if args.verbose:
            for k, v in sorted(w.weights.items(), key=lambda kv: -abs(kv[1])):
                print(f"  {k:16} {v:+.3f}")
        if args.fit:
            out = {
                "intercept": round(w.intercept, 4),
                "weights": {k: round(v, 4) for k, v in sorted(w.weights.items())},
                "listed": args.listed,
                "support": args.support,
                "fitted_on": f"{len(data)} labelled entity items of audit rounds 1-{len(args.round)}",
                "by": "python -m eval.audit_listing_entities --fit",
            }
            Path(args.fit).write_text(json.dumps(out, indent=2) + "\n", "utf-8")
    if args.bsnlp:
        bsnlp_cost(args.bsnlp[0], args.bsnlp[1:])


if __name__ == "__main__":
    main()
