"""Scaling efficiency of ``--jobs N`` from runs taken in alternation, not from one pair.

    python -m bench.scaling_series ../shared/data/bsnlp [--jobs 2] [--rounds 4] [--limit N] [--dask]

On a shared or virtual machine the speed of the processor drifts by more than the effect being
measured (two pairs of `bench.ingest` runs minutes apart gave efficiency 1.15 and 0.72 here), so
one pair proves nothing. This runs `bench.ingest` with ``--jobs 1`` and ``--jobs N`` in turn, each
in a fresh process from an empty store, in the order 1 N, N 1, 1 N, … : a drift that slows or
speeds the machine across a round falls on both settings alike, and each round gives one pair
whose ratio is read on its own, beside the highest load average seen at its runs' starts and
ends. Efficiency = (time with one job / time with N) / N, for the whole
ingest and for the analysis phase alone (read, analyse, store: the final story link runs in one
process whatever N is). With ``--dask`` the N-worker runs analyse on a local Dask cluster of N
workers (``--dask local:N``) in place of a process pool. The report gives every pair and their median, with the load average each
run began at, and exits non-zero if a run fails (never a partial median from fewer runs).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

Run = dict[str, Any]


def order(jobs: int, rounds: int) -> list[int]:
    """The settings in the order they run: 1 N, N 1, 1 N, … — each round one pair."""
    return [j for r in range(rounds) for j in ((1, jobs) if r % 2 == 0 else (jobs, 1))]


def one_run(paths: list[Path], jobs: int, limit: int | None, dask: bool = False) -> Run:
    """`bench.ingest` in a process of its own (its peak memory and models are its own)."""
    setting = ["--dask", f"local:{jobs}"] if dask and jobs > 1 else ["--jobs", str(jobs)]
    cmd = [sys.executable, "-m", "bench.ingest", *map(str, paths), *setting]
    if limit:
        cmd += ["--limit", str(limit)]
    env = {**os.environ, "OMP_NUM_THREADS": "1"}  # one thread per process: the jobs are the parallelism
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        raise RuntimeError(f"bench.ingest {' '.join(setting)} failed ({done.returncode}): {tail[0]}")
    run = json.loads(done.stdout.strip().splitlines()[-1])
    run["workers"] = jobs
    if not run["documents"]:  # unreadable inputs are reported per file and skipped: nothing was timed
        raise RuntimeError(
            f"bench.ingest {' '.join(setting)} stored no documents from {', '.join(map(str, paths))}"
        )
    return run


def efficiency(single: float, parallel: float, jobs: int) -> float:
    return single / parallel / jobs


def pairs(runs: list[Run], jobs: int) -> list[dict[str, float]]:
    """One pair per round (runs taken two at a time, in the order they ran)."""
    out = []
    for a, b in zip(runs[::2], runs[1::2], strict=True):
        one, many = (a, b) if a["workers"] == 1 else (b, a)
        out.append({
            "first": a["workers"],
            "jobs1_s": one["seconds"], f"jobs{jobs}_s": many["seconds"],
            "efficiency": round(efficiency(one["seconds"], many["seconds"], jobs), 3),
            "analysis_efficiency": round(
                efficiency(one["read_analyse_store_s"], many["read_analyse_store_s"], jobs), 3
            ),
            "link_s": round((one["link_s"] + many["link_s"]) / 2, 1),
            # the highest one-minute load at either run's start or end: a pair run while
            # other work took the cores is visible as such, not averaged in silently
            "load": max(*one["load_average"], *many["load_average"]),
        })  # fmt: skip
    return out


def summary(rounds: list[dict[str, float]]) -> dict[str, Any]:
    effs = [p["efficiency"] for p in rounds]
    phase = [p["analysis_efficiency"] for p in rounds]
    return {
        "pairs": rounds,
        "efficiency_median": round(statistics.median(effs), 3),
        "efficiency_range": [min(effs), max(effs)],
        "analysis_efficiency_median": round(statistics.median(phase), 3),
        "analysis_efficiency_range": [min(phase), max(phase)],
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=4, help="pairs of runs (each: --jobs 1 and --jobs N)")
    parser.add_argument("--limit", type=int, default=None, help="records per JSONL file (quick runs)")
    parser.add_argument("--dask", action="store_true", help="N workers on a local Dask cluster, not a pool")
    args = parser.parse_args(argv)
    if args.jobs < 2 or args.rounds < 1:
        parser.error("--jobs must be at least 2 and --rounds at least 1")
    runs = []
    for i, jobs in enumerate(order(args.jobs, args.rounds), 1):
        run = one_run(args.paths, jobs, args.limit, args.dask)
        runs.append(run)
        print(
            f"run {i}/{2 * args.rounds}: {jobs} worker(s) {run['seconds']} s "
            f"(analysis {run['read_analyse_store_s']} s, link {run['link_s']} s, load {run['load_average'][0]})",
            file=sys.stderr, flush=True,
        )  # fmt: skip
    result = {"jobs": args.jobs, "dask": args.dask, "limit": args.limit, **summary(pairs(runs, args.jobs))}
    print(json.dumps(result), flush=True)
    return result


if __name__ == "__main__":
    main()
