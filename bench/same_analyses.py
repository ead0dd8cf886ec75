"""Regression check for speed work: the analyses of a fixed sample, before and after, must be equal.

    python -m bench.same_analyses --write /tmp/before.jsonl          # on the old code
    python -m bench.same_analyses --compare /tmp/before.jsonl        # on the new code: exit 1 on a diff

Sample: 200 BSNLP documents (40 per topic, with their language and date), the 105 development
pages (with their language) and the bundled demo articles (language detected, no date), plus every
tenth BSNLP document again with its language left to detection. Each ``analyse()`` result is
serialised with ``storyline.serde`` (one JSON line per document, keys sorted) so that any change in
any analyser's output — an offset, a base form, a confidence — shows as a differing line.
``--no-vector`` leaves the lead vector out (``STORYLINE_EMBED_WORDS=0``): it is the slow part and
is compared on its own where it is meant to stay the same.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def sample(per_topic: int = 40) -> Iterator[tuple[str, str, str | None, str | None]]:
    """(key, text, language or None, published or None) of every document in the sample."""
    for path in sorted((SHARED / "bsnlp").glob("*.jsonl")):
        docs = [json.loads(x) for x in path.read_text("utf-8").splitlines()[:per_topic]]
        for n, d in enumerate(docs):
            yield d["id"], d["text"], d.get("lang"), d.get("date")
            if n % 10 == 0:
                yield d["id"] + "#detect", d["text"], None, d.get("date")
    for line in (SHARED / "pages" / "pages.jsonl").read_text("utf-8").splitlines():
        d = json.loads(line)
        yield d["id"], d["text"], d.get("lang"), None
    demo = resources.files("storyline") / "demo"
    for item in sorted(demo.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".txt"):
            yield "demo/" + item.name, item.read_text("utf-8"), None, None


def analyses() -> Iterator[dict[str, Any]]:
    from storyline.analyse import analyse
    from storyline.serde import to_dict

    for key, text, lang, published in sample():
        yield {"doc": key, "analysis": to_dict(analyse(text, lang, published))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write the sample's analyses here")
    group.add_argument("--compare", type=Path, help="compare the sample's analyses with this file")
    parser.add_argument("--no-vector", action="store_true", help="leave the lead vector out")
    args = parser.parse_args()
    if args.no_vector:
        os.environ["STORYLINE_EMBED_WORDS"] = "0"  # read when storyline.analyse.embedding loads
    lines = [json.dumps(a, ensure_ascii=False, sort_keys=True) for a in analyses()]
    if args.write:
        args.write.write_text("\n".join(lines) + "\n", "utf-8")
        print(f"{len(lines)} analyses written to {args.write}")
        return
    before = args.compare.read_text("utf-8").splitlines()
    differ = [json.loads(b)["doc"] for a, b in zip(lines, before, strict=False) if a != b]
    if len(before) != len(lines):
        print(f"{len(before)} analyses before, {len(lines)} now")
    for key in differ:
        print(f"differs: {key}")
    print(f"{len(lines) - len(differ)} of {len(lines)} analyses identical")
    sys.exit(1 if differ or len(before) != len(lines) else 0)


if __name__ == "__main__":
    main()
