"""A fresh process's first analyses: CPU and peak memory of the start of a run, by language.

    python -m bench.first_documents [--per-lang 3] [--langs pl,ru,cs,sl,bg,uk]

A one-file ``storyline ingest``, and every worker of ``--jobs N`` or of a Dask cluster, pays for
its first documents what a long run pays once: models loaded, word lists and tables read. This
analyses the first ``--per-lang`` BSNLP documents of each language (from the first topic file that
has them) in this process, after one warm-up analysis of a short English text (the models), and
prints the CPU seconds those analyses took and the process's peak resident memory. Run it on the
old and the new code, each in a process of its own, a second time once each has built its cached
tables (``storyline.table_cache``, ``storyline.lemma_tables``).
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "bsnlp"


def documents(langs: list[str], per_lang: int) -> list[dict[str, Any]]:
    """The first ``per_lang`` records of each language, in the order the languages are given."""
    out = []
    for lang in langs:
        found: list[dict[str, Any]] = []
        for path in sorted(SHARED.glob("*.jsonl")):
            with path.open(encoding="utf-8") as lines:
                found += [d for d in map(json.loads, lines) if d["lang"] == lang][: per_lang - len(found)]
            if len(found) >= per_lang:
                break
        out += found
    return out


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--per-lang", type=int, default=3)
    parser.add_argument("--langs", default="pl,ru,cs,sl,bg,uk")
    args = parser.parse_args(argv)
    docs = documents(args.langs.split(","), args.per_lang)
    if not docs:
        raise SystemExit(f"no BSNLP documents under {SHARED}")
    from storyline.analyse import analyse

    analyse("The minister met the press in the capital on Monday.", lang="en")  # the models, not timed
    start = time.process_time()
    for doc in docs:
        analyse(doc["text"], lang=doc["lang"])
    result = {
        "documents": len(docs),
        "cpu_s": round(time.process_time() - start, 2),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }
    print(json.dumps(result), flush=True)
    return result


if __name__ == "__main__":
    main()
