"""An entity confidence learned from the labelled audit rounds, validated leave-one-round-out.

Every labelled ``entity`` item is looked up in its round's store (read-only; the entity that holds
its evidence mention: ids differ between stores) and its entity's features computed as the entity
list computes them (``analyse.entity_confidence.entity_features``: counts, languages, lower-case
share, name shape, base-form agreement, everyday words, gazetteer and first-name matches, type — no
words or ids of the labels). A logistic regression (L2, Newton steps, numpy) is fitted on all
rounds but one and judged on the one left out: per threshold, the precision of the entities it
lists and the share of them it lists. From round 7 on the audit drew listed entities only, so
there a listing is judged on the items the old weights listed (all of them). ``--fit OUT.json``
writes the weights fitted on all rounds (the shipped ``models/entity_confidence.json``);
``--judge W.json`` judges given weights without a fit; ``--bsnlp STORE.db GOLD…`` gives the recall
cost on BSNLP gold: the share of gold entities (clusters) found in the store whose entities are all
folded by the weights (``--weights``, default the shipped ones) at each threshold of ``--at``.

    R="$(for n in 1 2 3 4 5 6 7 8 9; do echo --round eval/audit/labels-$n.jsonl=/tmp/audit9.db; done) \
       $(for n in 10 11 12 13 14 15; do echo --round eval/audit/labels-$n.jsonl=/tmp/audit$n.db; done)"
    PYTHONPATH=src python -m eval.audit_listing_entities $R --below-support \
        [--fit src/storyline/models/entity_confidence.json --listed 0.67] \
        [--bsnlp /tmp/audit15.db ../shared/data/bsnlp/*.jsonl --at 0.6,0.67]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import NamedTuple

import numpy as np

from storyline.analyse.entity_confidence import Weights, entity_features, score, weights
from storyline.model import Entity

THRESHOLDS = (0.0, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)
L2 = 1.0  # on standardised features: a handful of features, ~2,200 items
LISTED_FROM = 7  # the first audit round that drew only the entities the entity list shows


class Item(NamedTuple):
    round: int
    feats: dict[str, float]
    label: int  # 1 if labelled right
    docs: int  # documents that name the entity


def labelled(rounds: list[str], cache: str | None = None) -> list[Item]:
    """Every entity item labelled right or wrong, as the entity list sees its entity today."""
    return [
        Item(r, entity_features(ent), lab, len({m.doc for m in ent.mentions}))
        for r, ent, lab, _item in _entities(rounds, cache)
    ]


def _entities(rounds: list[str], cache: str | None) -> list:
    """(round, entity, 1 if right, item); with ``cache``, kept in that pickle between runs (a
    store takes a while to read). A store read once for all the rounds that name it."""
    import pickle

    if cache and Path(cache).exists():
        return pickle.loads(Path(cache).read_bytes())
    from storyline.api import Store

    out = []
    how: Counter[str] = Counter()
    opened: tuple[str, Lookup] | None = None
    for r, spec in enumerate(rounds, 1):
        labels, db = spec.split("=", 1)
        items = [json.loads(line) for line in Path(labels).read_text("utf-8").splitlines() if line.strip()]
        items = [i for i in items if i["kind"] == "entity" and i.get("label") in ("right", "wrong")]
        if opened is None or opened[0] != db:
            # read-only: the audit stores are shared and must not be migrated or locked
            opened = (db, Lookup(Store(f"sqlite:///file:{db}?mode=ro&uri=true", create=False).entities()))
        for item in items:
            ent, found = opened[1].find(item)
            how[found] += 1
            if ent is not None:
                out.append((r, ent, int(item["label"] == "right"), item))
    print("labelled entity items found: " + ", ".join(f"{k} {v}" for k, v in sorted(how.items())))
    if cache:
        Path(cache).write_bytes(pickle.dumps(out))
    return out


class Lookup:
    """An item's entity in another store than the one it was drawn from: entity ids are not
    stable between stores (the same id may name another entity there), the labelled mention is.
    So the entity holding the evidence span; else the item's id if that entity has a mention over
    the evidence; else any entity with a mention over it."""

    def __init__(self, entities: list[Entity]) -> None:
        self.by_id = {e.id: e for e in entities}
        self.by_span: dict[tuple[str, int, int], Entity] = {}
        self.by_doc: dict[str, list[tuple[int, int, Entity]]] = defaultdict(list)
        for e in entities:
            for m in e.mentions:
                self.by_span[(m.doc, m.start, m.end)] = e
                self.by_doc[m.doc].append((m.start, m.end, e))

    def find(self, item: dict) -> tuple[Entity | None, str]:
        ev = item["evidence"]
        doc, start, end = ev["doc"], ev["start"], ev["end"]
        if (ent := self.by_span.get((doc, start, end))) is not None:
            return ent, "by span"
        over = [e for s, t, e in self.by_doc.get(doc, ()) if s < end and t > start]
        if (ent := self.by_id.get(item["id"])) is not None and any(e.id == ent.id for e in over):
            return ent, "by id"
        if over:
            return over[0], "by overlap"
        return None, "not found"


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


def loro(
    data: list[Item],
    names: list[str],
    support: int,
    listed_from: int,
    fixed: Weights | None = None,
    thresholds: tuple[float, ...] = THRESHOLDS,
    below_support: bool = False,
) -> None:
    """The held-out table: each round judged by a fit on the others (or by ``fixed`` weights).
    From round ``listed_from`` on, the audit drew only the entities the entity list showed then
    (the weights of rounds 1-6), so there a listing is judged on them only: an entity it lists
    that the old one folded was never drawn. Precision there is of the items listed by the old
    weights and by these, out of all the round's items (all listed by the old)."""
    x = np.array([[i.feats[n] for n in names] for i in data])
    y = np.array([i.label for i in data], dtype=float)
    rounds = np.array([i.round for i in data])
    decided = np.array([i.docs < support or not below_support for i in data])
    print("held-out round: precision of listed (listed/judged) per threshold")
    print("round  " + "  ".join(f"{t:>14}" for t in thresholds))
    groups = {f"1-{listed_from - 1}": range(1, listed_from), f"{listed_from}-": range(listed_from, 99),
              "11-": range(11, 99), "all": range(1, 99)}  # fmt: skip
    total = {g: defaultdict(lambda: [0, 0, 0]) for g in groups}  # threshold → [right listed, listed, judged]
    for r in sorted(set(rounds)):
        train = (rounds != r) & decided
        w = fixed or as_weights(names, *fit(x[train], y[train]), 0.0)
        held = [(score(i.feats, w), i.docs >= support, i.label) for i in data
                if i.round == r]  # fmt: skip
        cells = []
        for t in thresholds:
            shown = [lab for s, sure, lab in held if sure or s >= t]
            for g, members in groups.items():
                if r in members:
                    cell = total[g][t]
                    cell[0], cell[1], cell[2] = (
                        cell[0] + sum(shown),
                        cell[1] + len(shown),
                        cell[2] + len(held),
                    )
            p = sum(shown) / len(shown) if shown else float("nan")
            cells.append(f"{p:.2f} ({len(shown):3}/{len(held):3})")
        print(f"{r:5}  " + "  ".join(cells))
    for g, by_t in total.items():
        print(f"{g:6} " + "  ".join(f"{a / b if b else 0:.3f} ({b:4}/{n:4})" for a, b, n in by_t.values()))


def bsnlp_cost(db: str, gold_files: list[str], w: Weights, at: list[float]) -> None:
    """Share of the gold entities found in the store (a predicted mention overlaps a gold one) all
    of whose predicted entities the weights ``w`` fold away, at each threshold of ``at``; and the
    same share of gold mentions."""
    from storyline.api import Store

    store = Store(f"sqlite:///file:{db}?mode=ro&uri=true", create=False)
    entities = store.entities()
    by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for e in entities:
        for m in e.mentions:
            by_doc[m.doc].append((m.start, m.end, e.id))
    doc_of = {d.source.split("#", 1)[1]: d.id for d in store.documents() if "#" in d.source}
    clusters: dict[str, set[str]] = defaultdict(set)
    found: list[set[str]] = []  # the predicted entities over each gold mention found
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
                    found.append(hits)
    sure = {e.id for e in entities if len({m.doc for m in e.mentions}) >= w.support}
    scores = {e.id: score(entity_features(e), w) for e in entities}
    for t in at or [w.listed]:
        listed = {eid for eid, s in scores.items() if eid in sure or s >= t}
        folded = sum(not hs & listed for hs in clusters.values())
        lost = sum(not hs & listed for hs in found)
        print(
            f"at {t:.2f}: BSNLP gold entities found: {len(clusters)}; all their entities folded: {folded} "
            f"({folded / max(1, len(clusters)):.3f}); gold mentions found {len(found)}, "
            f"folded {lost} ({lost / max(1, len(found)):.3f}); store entities listed {len(listed)}/{len(scores)}"
        )


def read_weights(path: str) -> Weights:
    raw = json.loads(Path(path).read_text("utf-8"))
    return Weights(float(raw["intercept"]), raw["weights"], float(raw["listed"]), int(raw["support"]))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--round", action="append", default=[], help="LABELS.jsonl=STORE.db, in round order")
    ap.add_argument("--fit", help="write the weights fitted on all rounds to this file")
    ap.add_argument("--listed", type=float, default=0.6, help="threshold written with --fit")
    ap.add_argument("--support", type=int, default=3, help="documents from which an entity is always listed")
    ap.add_argument(
        "--listed-from", type=int, default=LISTED_FROM, help="first round that drew listed entities only"
    )
    ap.add_argument(
        "--judge", help="judge these weights (a JSON file like the shipped one) as they are, no fit"
    )
    ap.add_argument("--features", help="only these features: comma-separated, or a weights JSON file's")
    ap.add_argument("--thresholds", help="the held-out table's thresholds (comma-separated)")
    ap.add_argument(
        "--below-support",
        action="store_true",
        help="fit on the items named in fewer than --support documents",
    )
    ap.add_argument("--drop", default="", help="features left out (comma-separated)")
    ap.add_argument(
        "--bsnlp", nargs="+", metavar=("STORE", "GOLD"), help="a store of BSNLP and the gold files"
    )
    ap.add_argument("--weights", help="the weights --bsnlp judges (default: the shipped ones)")
    ap.add_argument("--at", help="thresholds --bsnlp judges (comma-separated; default: the weights' own)")
    ap.add_argument("--cache", help="a pickle of the labelled entities, made on the first run")
    ap.add_argument("-v", "--verbose", action="store_true", help="the coefficients fitted on all rounds")
    args = ap.parse_args(argv)
    if args.round:
        data = labelled(args.round, args.cache)
        names = sorted(data[0].feats)
        if args.features:
            names = (
                sorted(read_weights(args.features).weights)
                if args.features.endswith(".json")
                else args.features.split(",")
            )
        names = [n for n in names if n not in args.drop.split(",")]
        thresholds = tuple(float(t) for t in args.thresholds.split(",")) if args.thresholds else THRESHOLDS
        loro(
            data,
            names,
            args.support,
            args.listed_from,
            read_weights(args.judge) if args.judge else None,
            thresholds,
            args.below_support,
        )
        fitted = [i for i in data if i.docs < args.support or not args.below_support]
        x = np.array([[i.feats[n] for n in names] for i in fitted])
        y = np.array([i.label for i in fitted], dtype=float)
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
                "fitted_on": f"{len(fitted)} labelled entity items of audit rounds 1-{len(args.round)}"
                + (f" named in fewer than {args.support} documents" if args.below_support else ""),
                "by": "python -m eval.audit_listing_entities --fit",
            }
            Path(args.fit).write_text(json.dumps(out, indent=2) + "\n", "utf-8")
    if args.bsnlp:
        w = read_weights(args.weights) if args.weights else weights()
        at = [float(t) for t in args.at.split(",")] if args.at else []
        bsnlp_cost(args.bsnlp[0], args.bsnlp[1:], w, at)


if __name__ == "__main__":
    main()
