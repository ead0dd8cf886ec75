"""Scores shared by the evaluations: P/R/F1, and the clustering metrics B-cubed and LEA."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from typing import Any


def _f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": _f1(p, r)}


def bcubed(gold: Mapping[Hashable, Any], pred: Mapping[Hashable, Any]) -> dict[str, float]:
    """B-cubed P/R/F1 over the items present in both labelings: an item's precision is the share
    of its predicted cluster that shares its gold cluster, summed per (predicted, gold) cell."""
    items = [k for k in gold if k in pred]
    if not items:
        return {"p": 0.0, "r": 0.0, "f1": 0.0}
    joint = Counter((pred[k], gold[k]) for k in items)
    p_size = Counter(pred[k] for k in items)
    g_size = Counter(gold[k] for k in items)
    p = sum(n * n / p_size[c] for (c, _g), n in joint.items()) / len(items)
    r = sum(n * n / g_size[g] for (_c, g), n in joint.items()) / len(items)
    return {"p": round(p, 4), "r": round(r, 4), "f1": _f1(p, r)}


def ari(gold: Mapping[Hashable, Any], pred: Mapping[Hashable, Any]) -> float:
    """Adjusted Rand index (Hubert and Arabie) over the items present in both labelings."""
    items = [k for k in gold if k in pred]

    def pairs(n: int) -> float:
        return n * (n - 1) / 2

    joint = sum(pairs(n) for n in Counter((pred[k], gold[k]) for k in items).values())
    a = sum(pairs(n) for n in Counter(pred[k] for k in items).values())
    b = sum(pairs(n) for n in Counter(gold[k] for k in items).values())
    expected = a * b / pairs(len(items)) if len(items) > 1 else 0.0
    top = (a + b) / 2
    return round((joint - expected) / (top - expected), 4) if top != expected else 1.0


def lea(gold: Mapping[Hashable, Any], pred: Mapping[Hashable, Any]) -> dict[str, float]:
    """LEA (Moosavi & Strube 2016): link-based, entity-size-weighted; a singleton counts
    through its self-link."""
    items = [k for k in gold if k in pred]

    def clusters(lab: Mapping[Hashable, Any]) -> list[set[Hashable]]:
        out: dict[Any, set[Hashable]] = defaultdict(set)
        for k in items:
            out[lab[k]].add(k)
        return list(out.values())

    def links(n: int) -> int:
        return n * (n - 1) // 2 if n > 1 else 1

    def score(keys: list[set[Hashable]], resp: list[set[Hashable]]) -> float:
        where = {k: i for i, c in enumerate(resp) for k in c}
        num = den = 0.0
        for c in keys:
            if len(c) == 1:
                common = 1 if len(resp[where[next(iter(c))]]) == 1 else 0
            else:
                common = sum(m * (m - 1) // 2 for m in Counter(where[k] for k in c).values())
            num += len(c) * common / links(len(c))
            den += len(c)
        return num / den if den else 0.0

    g, p = clusters(gold), clusters(pred)
    rec, prec = score(g, p), score(p, g)
    return {"p": round(prec, 4), "r": round(rec, 4), "f1": _f1(prec, rec)}
