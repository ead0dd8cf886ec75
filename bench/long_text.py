"""Analysis time against text length: is every analyser near-linear?

    python -m bench.long_text [--sizes 0.1,1,5] [--timeout 600] [--json out.json] [--tile-entities] [--lang en]

Each size (in millions of characters) is one text made by repeating the demo articles of
``src/storyline/demo`` (English, Ukrainian, Russian, Bulgarian news prose, headers taken off) one
after the other, paragraphs intact, until it is long enough — a mixed-language text with
passages, as a long feed dump or a book-length report would be. The steps of ``analyse()`` are
timed one by one (language and passages, sentences, then each analyser of ``PIPELINE`` in order),
and the whole. Before the clock starts, ``analyse()`` runs once on one round of the articles, so
that loading models and dictionaries (a few seconds, once per process) is its own row ("load")
and not counted as time per character. Each size runs in its own process, stopped after
``--timeout`` seconds: the steps it finished are still reported, the rest shows as stopped.
Seconds per million characters that stay flat from size to size mean linear time. The last rows
give the text's size in UTF-8 and the process's peak memory.

``--lang en`` repeats only the articles in that language (English: one byte per character, so
the reader's 8 MB limit is 8 million characters, the most text one document can bring).

``--tile-entities`` runs the entity analyser on one round of the demo articles only and repeats
its mentions over the long text (the text repeats those articles, so the mentions are the ones the
analyser would find): the analysers after it then meet a realistic number of mentions even at
sizes where the entity analyser itself does not finish. Its row then shows one round's time.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path
from typing import Any


def demo_round(lang: str | None = None) -> str:
    """The demo articles (those in ``lang`` only, if given: files are named ``NN_<lang>_…``) one
    after another, headers off, each ending in a blank line."""
    from storyline.ingest.header import split_header

    folder = resources.files("storyline") / "demo"
    articles = []
    for name in sorted(p.name for p in folder.iterdir() if p.name[:2].isdigit() and p.name.endswith(".txt")):
        if lang and name.split("_")[1] != lang:
            continue
        _header, body = split_header((folder / name).read_text("utf-8"))
        articles.append(body.strip() + "\n\n")
    return "".join(articles)


def demo_text(chars: int, lang: str | None = None) -> str:
    """Rounds of the demo articles until ``chars`` characters, cut at a paragraph."""
    one = demo_round(lang)
    text = one * (chars // len(one) + 1)
    return text[: max(chars, 1)].rsplit("\n", 1)[0]


def run_size(millions: float, tile: bool = False, lang: str | None = None) -> None:
    """Child process: time every step on one text, one JSON line per step as soon as it ends."""
    from storyline.analyse import PIPELINE, analyse, language, text
    from storyline.model import Analysis

    doc = demo_text(int(millions * 1_000_000), lang)
    print(json.dumps({"step": "chars", "value": len(doc), "bytes": len(doc.encode("utf-8"))}), flush=True)
    t0 = time.perf_counter()
    analyse(demo_round(lang))  # models and dictionaries load once per process: not per character
    print(json.dumps({"step": "load", "seconds": round(time.perf_counter() - t0, 2)}), flush=True)
    total = time.perf_counter()
    t0 = time.perf_counter()
    lang, passages = language.detect(doc, None)
    analysis = Analysis(lang=lang, lang_support=language.support(lang), passages=passages)
    _emit("language", t0)
    t0 = time.perf_counter()
    analysis.sentences = text.split_sentences(doc)
    _emit("sentences", t0)
    for name, attr, find in PIPELINE:
        t0 = time.perf_counter()
        if tile and name == "entities":
            setattr(analysis, attr, _tiled_mentions(doc, find, lang))
            _emit(name + " (one round, tiled)", t0, found=len(analysis.mentions))
            continue
        setattr(analysis, attr, find(doc, analysis, None))
        _emit(name, t0, found=len(getattr(analysis, attr) or []))
    _emit("analyse", total)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    print(json.dumps({"step": "peak_mb", "value": round(peak)}), flush=True)


def _tiled_mentions(doc: str, find: Any, lang: str | None = None) -> list:
    """The entity analyser on one round of the articles, its mentions repeated round after round."""
    from dataclasses import replace

    from storyline.analyse import language, text
    from storyline.model import Analysis

    one = demo_round(lang)
    lang, passages = language.detect(one, None)
    small = Analysis(lang=lang, lang_support=language.support(lang), passages=passages)
    small.sentences = text.split_sentences(one)
    mentions = find(one, small, None)
    out = []
    for base in range(0, len(doc), len(one)):
        out += [
            replace(m, start=m.start + base, end=m.end + base) for m in mentions if m.end + base <= len(doc)
        ]
    return out


def _emit(step: str, t0: float, **extra: Any) -> None:
    print(json.dumps({"step": step, "seconds": round(time.perf_counter() - t0, 2), **extra}), flush=True)


def measure(millions: float, timeout: float, tile: bool = False, lang: str | None = None) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "bench.long_text", "--child", str(millions)]
    cmd += (["--tile-entities"] if tile else []) + (["--lang", lang] if lang else [])
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
        out, stopped = done.stdout, False
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        stopped = True
    steps = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    result: dict[str, Any] = {"size_m": millions, "stopped": stopped, "steps": {}}
    for s in steps:
        if s["step"] == "chars":
            result["chars"], result["bytes"] = s["value"], s["bytes"]
        elif s["step"] == "peak_mb":
            result["peak_mb"] = s["value"]
        else:
            result["steps"][s["step"]] = s
    return result


def report(results: list[dict[str, Any]], timeout: float) -> None:
    names = list(dict.fromkeys(n for r in results for n in r["steps"]))
    print("| step | " + " | ".join(f"{r['size_m']:g} M chars: s (s/M)" for r in results) + " |")
    print("|---|" + "---|" * len(results))
    for name in names:
        cells = []
        for r in results:
            s = r["steps"].get(name)
            if s is None:
                cells.append(f"stopped at {timeout:g} s" if r["stopped"] else "–")
            elif name == "load":
                cells.append(f"{s['seconds']:.2f}")  # once per process, whatever the size
            else:
                per = s["seconds"] / (r.get("chars", 1) / 1e6)
                cells.append(f"{s['seconds']:.2f} ({per:.1f})")
        print(f"| {name} | " + " | ".join(cells) + " |")
    print("| UTF-8 MB | " + " | ".join(f"{r.get('bytes', 0) / 1e6:.2f}" for r in results) + " |")
    print("| peak memory MB | " + " | ".join(str(r.get("peak_mb", "–")) for r in results) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="0.1,1,5", help="millions of characters, comma-separated")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per size")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--tile-entities", action="store_true", help="entities of one round, repeated")
    parser.add_argument("--lang", help="repeat only the demo articles in this language (en, ru, uk, bg)")
    parser.add_argument("--child", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        run_size(args.child, args.tile_entities, args.lang)
        return
    results = [measure(float(s), args.timeout, args.tile_entities, args.lang) for s in args.sizes.split(",")]
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), "utf-8")
    report(results, args.timeout)


if __name__ == "__main__":
    main()
