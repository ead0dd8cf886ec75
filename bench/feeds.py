"""Live sources measured on a local server: fetch+ingest rate, a watch's memory, and the time
from a new feed item to its story on screen.

    python -m bench.feeds ../shared/data/bsnlp rate [--pages 60]
    python -m bench.feeds ../shared/data/bsnlp memory [--items 1000]
    python -m bench.feeds ../shared/data/bsnlp latency [--every 5] [--times 3]

The pages are BSNLP news texts (bg, cs, pl, ru, sl, uk; topics taken in turn) served as HTML
pages with a publication date in their metadata by ``bench.local_site`` on 127.0.0.1, listed in
one RSS feed. ``rate``: one ``follow`` of the feed into an empty store, politeness off (no pauses,
robots.txt not read) and on (the defaults: robots.txt, 1 s between requests to a host, two at a
time) — pages fetched, ingested and linked per minute. ``memory``: ``storyline watch`` (the CLI,
in a process of its own) following a feed of ``--items`` items, 50 new pages a poll, until all
are in; its peak resident memory (ru_maxrss of the child). ``latency``: a running ``storyline
watch --every N``; an item is added to the feed, and the time until the watch prints the story
of that page is taken (it includes waiting for the next poll: on average half of ``--every``).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.local_site import LocalSite
from storyline.api import Store
from storyline.sources.options import Politeness

REPO = Path(__file__).resolve().parents[1]


def records(folder: Path, n: int) -> list[dict]:
    """``n`` BSNLP records, the topics' files taken in turn (a feed mixes subjects)."""
    files = [p.open(encoding="utf-8") for p in sorted(folder.glob("*.jsonl"))]
    out: list[dict] = []
    while len(out) < n and files:
        for f in list(files):
            line = f.readline()
            if not line:
                files.remove(f)
                continue
            out.append(json.loads(line))
            if len(out) >= n:
                break
    return out


def page(rec: dict) -> str:
    lines = [x.strip() for x in rec["text"].splitlines() if x.strip()]
    title = html.escape(lines[0][:120]) if lines else "untitled"
    body = "".join(f"<p>{html.escape(x)}</p>" for x in lines[1:] or lines)
    date = f'<meta property="article:published_time" content="{rec["date"]}">' if rec.get("date") else ""
    return (
        f'<html lang="{rec["lang"]}"><head><title>{title}</title>{date}</head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def feed(site: LocalSite, paths: list[str]) -> str:
    items = "".join(f"<item><title>{p}</title><link>{site.url(p)}</link></item>" for p in reversed(paths))
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>bench</title>'
        f"<link>{site.url('/')}</link>{items}</channel></rss>"
    )


def serve(site: LocalSite, recs: list[dict], start: int = 0) -> list[str]:
    paths = []
    for i, rec in enumerate(recs, start):
        path = f"/a/{i}"
        site.page(path, page(rec))
        paths.append(path)
    return paths


def rate(folder: Path, n: int) -> None:
    recs = records(folder, n)
    for label, politeness in (("off", Politeness().off()), ("on", Politeness())):
        with LocalSite() as site, tempfile.TemporaryDirectory() as tmp:
            paths = serve(site, recs)
            site.page("/feed.xml", feed(site, paths), content_type="application/rss+xml")
            store = Store(Path(tmp) / "s.db")
            started = time.monotonic()
            report = store.follow([site.url("/feed.xml")], politeness, max_items=n)
            took = time.monotonic() - started
            print(json.dumps({"politeness": label, "pages": len(report.pages), "stored": report.ingest.stored,
                              "failed": len(report.failed_pages), "requests": report.requests,
                              "seconds": round(took, 1), "pages_per_minute": round(len(report.pages) / took * 60, 1)}))  # fmt: skip


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO / "src")}


def memory(folder: Path, n: int) -> None:
    recs = records(folder, n)
    with LocalSite() as site, tempfile.TemporaryDirectory() as tmp:
        paths = serve(site, recs)
        site.page("/feed.xml", feed(site, paths), content_type="application/rss+xml")
        db = str(Path(tmp) / "s.db")
        rounds = (n + 49) // 50
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "storyline.cli", "watch", "--db", db, "--every", "1s", "--rounds", str(rounds),
             "--delay", "0", "--ignore-robots", "--max-items", "50", site.url("/feed.xml")],
            env=_env(), capture_output=True, text=True,
        )  # fmt: skip
        took = time.monotonic() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        store = Store(db)
        print(json.dumps({"items": n, "polls": rounds, "documents": store.count_documents(), "rc": done.returncode,
                          "seconds": round(took, 1), "peak_rss_mb": round(peak)}))  # fmt: skip
        if done.returncode:
            print(done.stderr[-2000:], file=sys.stderr)


def latency(folder: Path, every: float, times: int) -> None:
    recs = records(folder, 20 + times)
    with LocalSite() as site, tempfile.TemporaryDirectory() as tmp:
        paths = serve(site, recs[:20])
        site.page("/feed.xml", feed(site, paths), content_type="application/rss+xml")
        db = str(Path(tmp) / "s.db")
        proc = subprocess.Popen(
            [sys.executable, "-u", "-m", "storyline.cli", "watch", "--db", db, "--every", f"{every}s",
             "--delay", "0", "--ignore-robots", site.url("/feed.xml")],
            env={**_env(), "COLUMNS": "400"}, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert proc.stderr is not None
        try:
            _wait_for(proc, "20 pages: ")  # the first poll: the 20 pages are in
            for k in range(times):
                paths += serve(site, [recs[20 + k]], start=20 + k)
                site.page("/feed.xml", feed(site, paths), content_type="application/rss+xml")
                added = time.monotonic()
                totals = _wait_for(proc, "1 page: 1 new")  # the poll that took it; its story line follows
                _wait_for(proc, "story ")
                took = round(time.monotonic() - added, 1)
                poll = float(totals.rsplit(", ", 1)[1].split(" s)")[0])  # "… (4 requests, 0.6 s)"
                print(
                    json.dumps({"every_s": every, "item": k, "seconds_to_story": took, "poll_seconds": poll})
                )
        finally:
            proc.terminate()
            proc.wait()


def _wait_for(proc: subprocess.Popen[str], marker: str) -> str:
    assert proc.stderr is not None
    for line in proc.stderr:
        if marker in line:
            return line
    raise RuntimeError("the watch ended before printing a story")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bsnlp", type=Path, help="the folder of BSNLP .jsonl files")
    ap.add_argument("what", choices=["rate", "memory", "latency"])
    ap.add_argument("--pages", type=int, default=60)
    ap.add_argument("--items", type=int, default=1000)
    ap.add_argument("--every", type=float, default=5.0)
    ap.add_argument("--times", type=int, default=3)
    args = ap.parse_args()
    if args.what == "rate":
        rate(args.bsnlp, args.pages)
    elif args.what == "memory":
        memory(args.bsnlp, args.items)
    else:
        latency(args.bsnlp, args.every, args.times)


if __name__ == "__main__":
    main()
