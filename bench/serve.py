"""Load on `storyline serve`: a bounded asyncio client against the app on 127.0.0.1.

    python -m bench.serve --db /tmp/serve-bench.db [--data ../shared/data/bsnlp] [--clients 20 100] [--seconds 10]

Builds the store from ``--data`` when ``--db`` does not exist (``--jobs`` processes), starts
``storyline serve --rate-limit 0`` on a free port, waits for its warm-up, then for each scenario
(story list, story page, search, document page; pages and API reads) and each number of clients
runs that many clients in a closed loop for ``--seconds``: requests/s, p50/p95/p99 latency and
errors (anything but 200). First, the story page with the most documents: the server's time to the
whole page the first time (drawn from the store) and the second (kept for that state of the store),
and Chromium's first-contentful-paint where Chromium is installed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

REPO = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def build(db: Path, data: Path, jobs: int) -> None:
    from storyline.api import Store

    started = time.monotonic()
    store = Store(db)
    store.ingest(sorted(data.glob("*.jsonl")), jobs=jobs)
    print(
        f"built {db}: {store.count_documents()} documents in {time.monotonic() - started:.0f} s", flush=True
    )
    store.close()


def targets(base: str) -> dict[str, list[str]]:
    """Paths for each scenario, drawn from what the store holds."""
    with httpx.Client(base_url=base, timeout=600) as c:
        stories = c.get("/api/v1/stories", params={"sort": "biggest", "per_page": 50}).json()["items"]
        docs = c.get("/api/v1/documents", params={"per_page": 500}).json()["items"]
        entities = c.get("/api/v1/entities", params={"per_page": 100}).json()["items"]
    names = [n for e in entities for forms in e["names"].values() for n in forms[:1]][:60]
    return {
        "story list": ["/", "/?sort=biggest", "/?page=2", "/api/v1/stories", "/api/v1/stories?sort=disputed"],
        "story page": [f"/stories/{s['id']}" for s in stories[:20]]
        + [f"/api/v1/stories/{s['id']}" for s in stories[:20]],
        "search": [f"/search?q={n}" for n in names] + [f"/api/v1/search?q={n}" for n in names],
        "document page": [f"/documents/{d['id']}" for d in docs[:200]]
        + [f"/api/v1/documents/{d['id']}" for d in docs[:100]],
    }


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str, path: str) -> int:
    """One GET on a kept-alive HTTP/1.1 connection: the status. The app always sends a
    Content-Length, so the body is read by its length. A client this small costs the machine
    little, so the server, not the load generator, is what is measured."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: */*\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next((int(x.split(":", 1)[1]) for x in lines[1:] if x.lower().startswith("content-length:")), 0)
    await reader.readexactly(length)
    return status


async def _client(
    host: str, port: int, paths: list[str], until: float, seen: list[float], errors: list[str]
) -> None:
    rnd = random.Random(len(seen))
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while time.monotonic() < until:
            path = quote(rnd.choice(paths), safe="/?=&")
            started = time.perf_counter()
            try:
                status = await _get(reader, writer, f"{host}:{port}", path)
                if status != 200:
                    errors.append(f"{status} {path}")
            except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
                errors.append(f"{type(exc).__name__} {path}")
                writer.close()
                reader, writer = await asyncio.open_connection(host, port)
            seen.append(time.perf_counter() - started)
    finally:
        writer.close()


async def load(base: str, paths: list[str], clients: int, seconds: float) -> dict[str, Any]:
    seen: list[float] = []
    errors: list[str] = []
    host, port = base.split("//", 1)[1].rsplit(":", 1)
    started = time.monotonic()
    until = started + seconds
    await asyncio.gather(*(_client(host, int(port), paths, until, seen, errors) for _ in range(clients)))
    wall = time.monotonic() - started
    cuts = statistics.quantiles(seen, n=100) if len(seen) > 1 else [seen[0]] * 99
    return {"requests": len(seen), "rps": len(seen) / wall, "p50": cuts[49] * 1000, "p95": cuts[94] * 1000,
            "p99": cuts[98] * 1000, "errors": len(errors), "first_errors": errors[:3]}  # fmt: skip


def first_paint(base: str, path: str) -> dict[str, Any]:
    out: dict[str, Any] = {"path": path}
    with httpx.Client(base_url=base, timeout=600) as c:
        started = time.perf_counter()
        r = c.get(path)  # the first time: drawn from the store
        out["server_cold_ms"] = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        r = c.get(path)
        out["server_ms"] = (time.perf_counter() - started) * 1000
        out["bytes"] = len(r.content)
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        return out
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return out
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync"]  # fmt: skip
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=flags, headless=True)
        page = browser.new_page()
        page.goto(base + path, wait_until="load", timeout=60_000)
        page.wait_for_timeout(500)  # paint entries are recorded after the frame is presented
        out["first_paint_ms"] = page.evaluate(
            "Object.fromEntries(performance.getEntriesByType('paint').map(e => [e.name, Math.round(e.startTime)]))"
        )
        out["load_ms"] = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
        browser.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=Path("/tmp/serve-bench.db"))
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "bsnlp")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--clients", type=int, nargs="+", default=[20, 100])
    ap.add_argument("--seconds", type=float, default=10.0)
    args = ap.parse_args(argv)
    if not args.db.exists():
        build(args.db, args.data, args.jobs)
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    cmd = [
        sys.executable,
        "-m",
        "storyline.cli",
        "serve",
        "--db",
        str(args.db),
        "--port",
        str(port),
        "--rate-limit",
        "0",
    ]
    server = subprocess.Popen(cmd, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        started = time.monotonic()
        while True:
            try:
                # the first read waits for the warm-up: snapshot and, on a new store, the search index
                if httpx.get(base + "/api/v1/search?q=warm", timeout=900).status_code == 200:
                    break
            except httpx.TransportError:
                if server.poll() is not None:
                    raise SystemExit("the server did not start") from None
                time.sleep(0.2)
        print(f"server ready in {time.monotonic() - started:.1f} s", flush=True)
        paths = targets(base)
        story = paths["story page"][0]
        print("first paint of the biggest story:", first_paint(base, story), flush=True)
        print("| scenario | clients | requests | req/s | p50 ms | p95 ms | p99 ms | errors |")
        print("|---|---|---|---|---|---|---|---|")
        for scenario, chosen in paths.items():
            with httpx.Client(base_url=base, timeout=600) as warm:  # every page drawn once, as a reader would
                for path in chosen:
                    warm.get(path)
            for clients in args.clients:
                r = asyncio.run(load(base, chosen, clients, args.seconds))
                print(f"| {scenario} | {clients} | {r['requests']} | {r['rps']:.0f} | {r['p50']:.0f} | {r['p95']:.0f} "
                      f"| {r['p99']:.0f} | {r['errors']} |", flush=True)  # fmt: skip
                if r["errors"]:
                    print("   errors, e.g.:", r["first_errors"], flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
