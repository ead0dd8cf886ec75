"""Figure attributions the staff rule changes on a store: each stored analysis's figures found
again with the rule off and on (``figure_sources._staff_of``), every change printed with its
passage for reading.

    PYTHONPATH=src python -m eval.staff_attribution --db /tmp/copy-of-a-store.db
"""

from __future__ import annotations

import argparse
import sys

from storyline.analyse import figure_sources
from storyline.analyse.figures import find_figures
from storyline.model import Analysis, FigureMention


def _said(analysis: Analysis, f: FigureMention) -> tuple[str | None, list[str]]:
    return (analysis.mentions[f.source].text if f.source is not None else None), f.via_texts


def main(argv: list[str] | None = None) -> int:
    from storyline.api import Store

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    args = ap.parse_args(argv)
    store = Store(args.db)
    docs = {d.id: d for d in store.documents()}
    rule = figure_sources._staff_of
    n = changed = 0
    for doc_id, analysis in store.analyses().items():
        doc = docs.get(doc_id)
        if doc is None or not analysis.figures:
            continue
        analysis.figures = []
        figure_sources._staff_of = lambda *_: False  # type: ignore[assignment]
        try:
            before = find_figures(doc.text, analysis, doc.published)
        finally:
            figure_sources._staff_of = rule  # type: ignore[assignment]
        after = find_figures(doc.text, analysis, doc.published)
        for a, b in zip(before, after, strict=False):
            n += 1
            if _said(analysis, a) != _said(analysis, b):
                changed += 1
                print(
                    f"{doc_id} {analysis.lang} {a.attribute}={a.value:g}: {_said(analysis, a)} -> {_said(analysis, b)}"
                )
                print("    " + doc.text[max(0, a.start - 160) : a.end + 40].replace("\n", " "))
    print(f"figures {n}: {changed} attributions changed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
