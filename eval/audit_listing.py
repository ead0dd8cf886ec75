"""Fit the event-listing model on the labelled audit rounds and validate it leaving one round out.

Every labelled ``event`` item of each round is re-analysed on its round's store as
``eval.audit_confidence`` does (its label re-judged for fields the analyser now leaves empty or
dates otherwise); its features are those ``analyse.events_listing`` computes at linking time.
A logistic regression (L2-penalised) is fitted on all rounds but one and predicts the held-out
round; the table gives, per threshold, the held-out precision of what would be listed and the
share of the round's events (those today's analyser still finds) listed, per round and averaged.
That is the honest estimate of what a new round will give — the rounds were labelled by different
people on stores of different analysers, so a round is a fair stand-in for the next one.

    PYTHONPATH=src python -m eval.audit_listing \\
        --round eval/audit/labels-1.jsonl=/tmp/audit.db … --round eval/audit/labels-6.jsonl=/tmp/audit6.db \\
        [--write [--threshold T]]     # refit on all rounds and write lang/events/listing.toml

Without ``--threshold`` the written threshold is the lowest of the curve whose mean held-out
precision reaches ``--aim`` (0.90), or, where none does, the lowest within ``--slack`` (0.01) of
the best mean precision: listing a third fewer events for a hundredth of precision is no bargain.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize

from eval.audit_confidence import Judged, judged, listing_features
from eval.audit_realis import labelled_items
from storyline.analyse.events_listing import FEATURES, WEIGHTS_FILE, support

THRESHOLDS = [round(0.4 + 0.05 * k, 2) for k in range(11)]
PENALTY = 1.0  # L2 on the weights (not the bias): ~900 items, 18 weights, keeps rare signs modest


@dataclass
class Row:
    round: int
    x: list[float]
    right: bool
    type: str
    why: str = ""
    lang: str = ""


def collect(rounds: list[str]) -> tuple[list[Row], Counter]:
    """The items today's analyser still finds, as model rows; and per round how many it drops."""
    rows: list[Row] = []
    dropped: Counter = Counter()
    index = {spec: k + 1 for k, spec in enumerate(rounds)}
    for k, spec in enumerate(rounds):
        for con, item in labelled_items([spec], "event"):
            j = judged(con, item)
            if j is None:
                continue
            if not isinstance(j, Judged):
                dropped[index[spec]] += 1
                continue
            f = listing_features(j)
            f["support"] = support(int(item["says"].get("mentions") or 1))
            why = item.get("why") or ""
            rows.append(
                Row(k + 1, [f[n] for n in FEATURES], j.label == "right", j.mention.type, why, item["lang"])
            )
    return rows, dropped


def fit(x: np.ndarray, y: np.ndarray, penalty: float = PENALTY) -> np.ndarray:
    """Bias first, then one weight per feature."""
    a = np.hstack([np.ones((len(x), 1)), x])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = a @ w
        p = 1.0 / (1.0 + np.exp(-z))
        ll = np.sum(np.logaddexp(0.0, z) - y * z)
        reg = penalty * np.sum(w[1:] ** 2) / 2
        grad = a.T @ (p - y)
        grad[1:] += penalty * w[1:]
        return ll + reg, grad

    return minimize(loss, np.zeros(a.shape[1]), jac=True, method="L-BFGS-B").x


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(w[0] + x @ w[1:])))


def loro(rows: list[Row], verbose: float | None = None) -> dict[int, tuple[np.ndarray, np.ndarray]]:
    """Held-out predictions and labels per round; ``verbose``: print the held-out wrong items
    from this chance up."""
    out = {}
    for r in sorted({row.round for row in rows}):
        train = [row for row in rows if row.round != r]
        test = [row for row in rows if row.round == r]
        w = fit(np.array([t.x for t in train]), np.array([t.right for t in train], dtype=float))
        out[r] = (predict(w, np.array([t.x for t in test])), np.array([t.right for t in test]))
        if verbose is not None:
            for p, t in sorted(zip(out[r][0], test, strict=True), key=lambda pt: -pt[0]):
                if p >= verbose and not t.right:
                    on = " ".join(n for n, v in zip(FEATURES, t.x, strict=True) if v)
                    print(f"  round {r} {p:.2f} {t.lang} {t.type:12} {t.why[:50]:50} {on}")
    return out


def curve(
    held: dict[int, tuple[np.ndarray, np.ndarray]],
    dropped: Counter,
    drawn_listed: frozenset[int] = frozenset(),
) -> list[tuple[float, float, float]]:
    """Print the table; (threshold, mean held-out precision, mean listed share) per threshold.
    ``drawn_listed``: the rounds drawn from listed events only, as the next round will be — their
    mean precision is printed apart."""
    rounds = sorted(held)
    extra = f" | mean P, rounds {','.join(map(str, sorted(drawn_listed)))}" if drawn_listed else ""
    print(
        "threshold | "
        + " | ".join(f"round {r}: listed, precision" for r in rounds)
        + " | mean P | mean share"
        + extra
    )
    result = []
    for t in THRESHOLDS:
        cells, ps, shares, recent = [], [], [], []
        for r in rounds:
            p, y = held[r]
            keep = p >= t
            n = int(keep.sum())
            prec = float(y[keep].mean()) if n else float("nan")
            share = n / (len(y) + dropped[r])
            cells.append(f"{n:3d}, {prec:.2f}" if n else "  0,  — ")
            if n:
                ps.append(prec)
                if r in drawn_listed:
                    recent.append(prec)
            shares.append(share)
        mp, ms = float(np.mean(ps)) if ps else 0.0, float(np.mean(shares))
        tail = f" | {np.mean(recent):.3f}" if drawn_listed and recent else " | —" if drawn_listed else ""
        print(f"{t:.2f} | " + " | ".join(cells) + f" | {mp:.3f} | {ms:.2f}" + tail)
        result.append((t, mp, ms))
    return result


def write(w: np.ndarray, threshold: float, n: int, note: str) -> None:
    lines = [
        "# The event-listing model (analyse/events_listing.py): a logistic regression over",
        "# language-independent evidence signs, fitted on the labelled audit rounds by",
        "# `python -m eval.audit_listing --write` (do not edit by hand).",
        f"# {n} labelled items; {note}",
        f"threshold = {threshold:.2f}",
        "",
        "[weights]",
        f"bias = {w[0]:.3f}",
        *(f"{name} = {v:.3f}" for name, v in zip(FEATURES, w[1:], strict=True)),
    ]
    WEIGHTS_FILE.write_text("\n".join(lines) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--round", action="append", required=True, help="LABELS.jsonl=STORE.db, in round order")
    ap.add_argument("--aim", type=float, default=0.90)
    ap.add_argument("--slack", type=float, default=0.01)
    ap.add_argument(
        "--drawn-listed",
        default="",
        help="round numbers drawn from listed events only (e.g. 4,5,6): mean apart",
    )
    ap.add_argument("-v", "--verbose", type=float, help="print held-out wrong items from this chance up")
    ap.add_argument("--write", action="store_true", help="refit on all rounds and write the weights")
    ap.add_argument("--threshold", type=float, help="the threshold to write (default: from the curve)")
    args = ap.parse_args(argv)
    rows, dropped = collect(args.round)
    labels = Counter((row.round, row.right) for row in rows)
    for r in sorted({row.round for row in rows}):
        print(f"round {r}: {labels[(r, True)]} right, {labels[(r, False)]} wrong found; {dropped[r]} dropped")
    held = loro(rows, args.verbose)
    points = curve(held, dropped, frozenset(int(r) for r in args.drawn_listed.split(",") if r))
    reach = [p for p in points if p[1] >= args.aim]
    top = max(p[1] for p in points if p[2] > 0)
    best = reach[0] if reach else next(p for p in points if p[1] >= top - args.slack)
    print(
        f"{'lowest threshold reaching' if reach else 'no threshold reaches'} {args.aim:.2f} held-out"
        + ("" if reach else f"; best mean precision {top:.3f}, lowest within {args.slack}")
        + f": {best[0]:.2f} (mean precision {best[1]:.3f}, listed share {best[2]:.2f})"
    )
    w = fit(np.array([r.x for r in rows]), np.array([r.right for r in rows], dtype=float))
    print(
        "weights (all rounds): bias "
        + f"{w[0]:+.2f} "
        + " ".join(f"{n} {v:+.2f}" for n, v in zip(FEATURES, w[1:], strict=True))
    )
    if args.write:
        threshold = args.threshold if args.threshold is not None else best[0]
        at = min(points, key=lambda p: abs(p[0] - threshold))
        note = f"at threshold {at[0]:.2f} the held-out rounds gave mean precision {at[1]:.3f}, listed share {at[2]:.2f}"
        write(w, threshold, len(rows), note)
        print(f"wrote {WEIGHTS_FILE} (threshold {threshold:.2f})")


if __name__ == "__main__":
    main()
