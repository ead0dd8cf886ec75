"""How well this machine runs two analyses at once: the ceiling of ``--jobs N`` scaling.

    python -m bench.parallel_ceiling [--docs 40] [--procs 2] [--rounds 2] [--json out.json]

``bench.ingest --jobs 2`` gives a scaling efficiency (speed-up / workers) that mixes three things:
what the ingest process does alone (reading, storing, linking), what a pool costs (start-up,
pickling), and what two analyses running side by side on this machine's cores cost each other
(shared caches and memory bandwidth, a hypervisor's scheduling of virtual cores). This bench
measures the last one alone, with no store, no pool and no pickling: P processes each load the
models, warm up, wait at a barrier and then run the *same* fixed work; the work is also run by one
process alone, before and after. Two workloads:

- ``analyse``: ``storyline.analyse.analyse`` over the first ``--docs`` BSNLP documents (of each
  topic in turn), the per-document work a worker does;
- ``loop``: a pure-Python loop (string splitting, dict counting, sorting) with no I/O and a working
  set of a few MB, the interpreter's own ceiling.

For each: ``solo_s`` (one process's wall time for the work), ``together_s`` (the slowest of the P
processes run together), their CPU seconds, and ``efficiency = solo_s / together_s``: 1.0 when P
processes do P times the work in the same time; what ``--jobs P`` could reach at best on this
machine. Then ``split``: the same documents shared out between the P processes (every P-th to
each), as a pool's workers share an ingest's: ``efficiency = solo_s / (P × split_s)`` and the CPU
the P processes spend together against one process's — what splitting the work costs by itself
(each process warms its own caches of word forms, names and places). ``load_average`` is the
machine's at the start and end; run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import time
from collections import Counter
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
WARM = 5  # documents analysed before the clock


def bsnlp_docs(count: int) -> list[dict[str, Any]]:
    """The first documents of each BSNLP topic, taken in turn, ``count`` in all."""
    topics = [p.read_text("utf-8").splitlines() for p in sorted((SHARED / "bsnlp").glob("*.jsonl"))]
    docs: list[dict[str, Any]] = []
    for i in range(count):
        lines = topics[i % len(topics)]
        docs.append(json.loads(lines[i // len(topics)]))
    return docs


def _loop_work(rounds: int) -> int:
    """Interpreter-bound work: split, count and sort words of a made-up text, ``rounds`` times."""
    words = [f"w{(i * 7919) % 5003}x{i % 17}" for i in range(40_000)]
    text = " ".join(words)
    total = 0
    for _ in range(rounds):
        counts = Counter(text.split())
        total += len(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return total


def _analyse_work(docs: list[dict[str, Any]]) -> int:
    from storyline.analyse.chain import analyse

    return sum(len(analyse(d["text"], d.get("lang"), d.get("date")).mentions) for d in docs)


def _worker(workload: str, docs: list[dict[str, Any]], loops: int, barrier: Any, out: Any) -> None:
    try:
        _timed(workload, docs, loops, barrier, out)
    except BaseException as exc:  # the parent waits on the queue: tell it, never leave it hanging
        barrier.abort()
        out.put(repr(exc))
        raise


def _timed(workload: str, docs: list[dict[str, Any]], loops: int, barrier: Any, out: Any) -> None:
    if workload == "analyse":
        from storyline.pipeline import load_models

        load_models()
        # other documents than the timed ones (analyses cache by text), one per topic: they load
        # what the timed ones need (each language's data)
        _analyse_work(bsnlp_docs(len(docs) + WARM)[len(docs) :])
    else:
        _loop_work(1)
    barrier.wait()
    wall, cpu = time.perf_counter(), time.process_time()
    if workload == "analyse":
        _analyse_work(docs)
    else:
        _loop_work(loops)
    out.put((time.perf_counter() - wall, time.process_time() - cpu))


def run(workload: str, procs: int, docs: list[dict[str, Any]], loops: int) -> dict[str, float]:
    """Wall and CPU seconds of the slowest of ``procs`` processes doing the same work at once."""
    ctx = mp.get_context("spawn")  # fresh interpreters, as a pool's workers are
    barrier, out = ctx.Barrier(procs), ctx.Queue()
    # "split": the documents shared out, as a pool's workers share an ingest's (each its own caches)
    shares = [docs[i::procs] for i in range(procs)] if workload == "split" else [docs] * procs
    kind = "analyse" if workload == "split" else workload
    workers = [ctx.Process(target=_worker, args=(kind, share, loops, barrier, out)) for share in shares]
    for w in workers:
        w.start()
    results = [out.get() for _ in workers]
    for w in workers:
        w.join()
    failed = [r for r in results if isinstance(r, str)]
    if failed:
        raise RuntimeError(f"a {workload} process failed: {failed[0]}")
    return {
        "wall_s": max(r[0] for r in results),
        "cpu_s": max(r[1] for r in results),
        "cpu_sum_s": sum(r[1] for r in results),
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=40, help="BSNLP documents analysed per process")
    parser.add_argument("--loops", type=int, default=600, help="rounds of the pure-Python loop")
    parser.add_argument("--procs", type=int, default=2, help="processes run together")
    parser.add_argument("--rounds", type=int, default=2, help="solo/together pairs per workload")
    parser.add_argument("--json", type=Path, help="write the results here too")
    args = parser.parse_args(argv)
    docs = bsnlp_docs(args.docs)
    report: dict[str, Any] = {"procs": args.procs, "docs": args.docs, "loops": args.loops}
    report["load_average"] = [round(os.getloadavg()[0], 2)]
    for workload in ("loop", "analyse"):
        solo, together = [], []
        for _ in range(args.rounds):  # alternated, so a change of load hits both sides
            solo.append(run(workload, 1, docs, args.loops))
            together.append(run(workload, args.procs, docs, args.loops))
        best_solo = min(solo, key=lambda r: r["wall_s"])
        best_together = min(together, key=lambda r: r["wall_s"])
        report[workload] = {
            "solo_s": [round(r["wall_s"], 2) for r in solo],
            "together_s": [round(r["wall_s"], 2) for r in together],
            "solo_cpu_s": [round(r["cpu_s"], 2) for r in solo],
            "together_cpu_s": [round(r["cpu_s"], 2) for r in together],
            "efficiency": round(best_solo["wall_s"] / best_together["wall_s"], 3),
        }
        print(workload, json.dumps(report[workload]), flush=True)
    # the same documents shared out between the processes: what a worker's own caches cost
    solo, split = [], []
    for _ in range(args.rounds):
        solo.append(run("analyse", 1, docs, args.loops))
        split.append(run("split", args.procs, docs, args.loops))
    best_solo = min(solo, key=lambda r: r["wall_s"])
    best_split = min(split, key=lambda r: r["wall_s"])
    report["split"] = {
        "solo_s": [round(r["wall_s"], 2) for r in solo],
        "split_s": [round(r["wall_s"], 2) for r in split],
        "solo_cpu_s": [round(r["cpu_s"], 2) for r in solo],
        "split_cpu_sum_s": [round(r["cpu_sum_s"], 2) for r in split],
        "efficiency": round(best_solo["wall_s"] / (args.procs * best_split["wall_s"]), 3),
    }
    print("split", json.dumps(report["split"]), flush=True)
    report["load_average"].append(round(os.getloadavg()[0], 2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    print(json.dumps(report))
    return report


if __name__ == "__main__":
    main()
