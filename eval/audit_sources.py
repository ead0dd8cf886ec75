"""Re-judge labelled source names of precision-audit samples with the code as it is now.

For every labelled ``source`` item (right or wrong) of the given rounds, its document is read
from that round's store (read-only) and analysed again — the whole analyser chain by default, or
with ``--stored`` only the figure, quote and claim finders on the stored analysis (which isolates
attribution from recognition). The source names the document now yields are derived as the
audit's draw derives them (a figure's or claim's attributed source, the outlets that relay a
figure, quote or claim, the publisher a credit line or dateline names), per document: a name is a
mention's own words, where the draw shows the linked entity's mention nearest the item.

Each labelled item is then:

- ``same``: the document still yields its role at a span overlapping the item's, with the same
  name — the label carries over;
- ``changed``: its role is still yielded there but under another name (a longer or shorter span) —
  printed with ``-v`` for a judgement by eye;
- ``gone``: no item of its role at that span any more (``moved`` when another role now holds it).

Precision is estimated on ``same`` items (the label carries over), with ``changed`` items counted
apart, and ``gone`` wrong items counted as errors removed (gone right ones as lost). This is an
estimate on development labels, not an audit: an item the old store did not yield cannot be
judged here, which is what a new round's draw is for.

    PYTHONPATH=src python -m eval.audit_sources --round eval/audit/labels-5.jsonl=/tmp/audit5.db \\
        [--round …] [--stored] [-v]

(``PYTHONPATH=<an older checkout>/src:.`` measures that checkout's code the same way.)
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from collections import Counter
from dataclasses import dataclass

from eval.audit_realis import labelled_items, published_day
from storyline.analyse.chain import analyse
from storyline.analyse.claims import find_claims
from storyline.analyse.figures import find_figures
from storyline.analyse.quotes import find_quotes
from storyline.ingest.outlet import find_outlet
from storyline.ingest.source_names import is_body, is_platform
from storyline.model import Analysis, Mention, QuoteMention
from storyline.serde import from_dict


@dataclass(frozen=True)
class Found:
    role: str
    start: int
    end: int
    name: str


def analysis_now(con: sqlite3.Connection, doc_id: str, stored: bool) -> tuple[str, Analysis] | None:
    row = con.execute(
        "SELECT d.text, d.lang, d.published, a.data FROM documents d JOIN analyses a ON a.doc_id = d.id "
        "WHERE d.id = ?",
        (doc_id,),
    ).fetchone()
    if row is None:
        return None
    text, lang, published, data = row
    day = published_day(published)
    if not stored:
        return text, analyse(text, lang, day)
    analysis = from_dict(Analysis, json.loads(data))
    analysis.figures = find_figures(text, analysis, day)
    analysis.quotes = find_quotes(text, analysis, day)
    analysis.claims = find_claims(text, analysis, day)
    try:  # a checkout from before source names were completed (to measure "before") has no such step
        from storyline.analyse.source_spans import complete_sources
    except ImportError:
        return text, analysis
    analysis.mentions = complete_sources(text, analysis, day)
    return text, analysis


def _quote_around(quotes: list[QuoteMention], offset: int) -> QuoteMention | None:
    return next((q for q in quotes if any(s <= offset < e for s, e in q.spans)), None)


def _relay_mentions(analysis: Analysis, texts: list[str], near: int) -> list[int]:
    """The mentions relaying outlets resolve to (as linking resolves them: a mention with that
    text), the one nearest the item where the text recurs."""
    out: list[int] = []
    for name in texts:
        if is_platform(name) or is_body(name):
            continue
        key = name.casefold().strip("«»„“”\"' ")
        same = [
            k
            for k, m in enumerate(analysis.mentions)
            if key in (m.text.casefold(), (m.base or "").casefold())
        ]
        if same:
            k = min(same, key=lambda k: abs(analysis.mentions[k].start - near))
            if k not in out:
                out.append(k)
    return out


def _nearest_alike(analysis: Analysis, k: int, near: int) -> int:
    """The mention the draw would show for mention ``k``: linking puts a name and its shorter or
    longer forms in one entity ("Mirko Ilić" … "Ilić"), and the draw shows the entity's mention
    nearest the item — approximated as the nearest mention of that type whose words hold, or are
    held by, ``k``'s words."""
    mk = analysis.mentions[k]
    mine = {w.casefold() for w in mk.text.split()} | {w.casefold() for w in (mk.base or "").split()}

    def alike(m: Mention) -> bool:
        theirs = {w.casefold() for w in m.text.split()} | {w.casefold() for w in (m.base or "").split()}
        return m.type == mk.type and bool(theirs) and (theirs <= mine or mine <= theirs)

    group = [j for j, m in enumerate(analysis.mentions) if j == k or alike(m)]
    return min(group, key=lambda j: (abs(analysis.mentions[j].start - near), analysis.mentions[j].start))


def sources_now(text: str, analysis: Analysis) -> set[Found]:
    """Every source name the document yields, as the audit's draw derives them."""
    found: set[Found] = set()

    def add(role: str, k: int | None, near: int) -> None:
        if k is not None:
            m = analysis.mentions[_nearest_alike(analysis, k, near)]
            found.add(Found(role, m.start, m.end, m.text))

    for q in analysis.quotes:
        for k in _relay_mentions(analysis, q.via_texts, q.spans[0][0]):
            add("relayed", k, q.spans[0][0])
    for f in analysis.figures:
        around = _quote_around(analysis.quotes, f.start)
        source = f.source
        if source is None and around is not None and around.speaker is not None:
            # as linking does: a quote's speaker the figure has as its relay, where the figure's
            # sentence says who gave it without a name, is no source
            relays = {analysis.mentions[k].text for k in _relay_mentions(analysis, f.via_texts, f.start)}
            passed_on = f.source_text is not None and analysis.mentions[around.speaker].text in relays
            source = None if passed_on else around.speaker
        via = [*f.via_texts, *(around.via_texts if around else [])]
        add("attributed", source, f.start)
        for k in _relay_mentions(analysis, via, f.start):
            if k != source:
                add("relayed", k, f.start)
    for c in analysis.claims:
        add("attributed", c.speaker, c.start)
        around = _quote_around(analysis.quotes, c.start)
        for k in _relay_mentions(analysis, around.via_texts if around else [], c.start):
            add("relayed", k, c.start)
    outlet = find_outlet(text)
    if outlet is not None:
        found.add(Found("publisher", outlet.start, outlet.end, outlet.name))
    return found


def verdict(item: dict, now: set[Found]) -> tuple[str, str | None]:
    """(same | changed | moved | gone, the name now where it changed)."""
    s, e = item["evidence"]["start"], item["evidence"]["end"]
    role, name = item["says"]["role"], item["says"]["name"]
    here = [f for f in now if f.start < e and s < f.end]
    mine = [f for f in here if f.role == role]
    if any(f.name == name for f in mine):
        return "same", None
    if mine:
        return "changed", mine[0].name
    if here:
        return "moved", f"{here[0].role}:{here[0].name}"
    return "gone", None


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--round", action="append", required=True, help="LABELS.jsonl=STORE.db")
    ap.add_argument("--stored", action="store_true", help="keep the stored mentions; re-run attribution only")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    counts: Counter[tuple[str, str]] = Counter()
    cache: dict[str, set[Found]] = {}  # a document is the same text in every round's store
    for con, item in labelled_items(args.round, "source"):
        ev = item["evidence"]
        if ev.get("start") is None:
            continue  # a publisher from the input's metadata: no code re-derives it
        if ev["doc"] not in cache:
            got = analysis_now(con, ev["doc"], args.stored)
            cache[ev["doc"]] = sources_now(*got) if got else set()
        v, now_name = verdict(item, cache[ev["doc"]])
        counts[(item["label"], v)] += 1
        if args.verbose and (v != "same" or item["label"] == "wrong"):
            says = item["says"]
            print(
                f"{item['label']:5} {v:7} {says['role']:10} {says['name'][:40]!r:42} → {now_name or '-'!s:30}"
                f" {item['why'][:60]}"
            )
    for (label, v), n in sorted(counts.items()):
        print(f"labelled {label:5} {v:8} {n}")
    right, wrong = counts[("right", "same")], counts[("wrong", "same")]
    judged = right + wrong
    print(
        f"label carried over: {right} right, {wrong} wrong → precision {right / judged:.3f}" if judged else ""
    )
    print(
        f"changed (judge by eye): {counts[('right', 'changed')] + counts[('wrong', 'changed')]}; "
        f"gone or moved: wrong {counts[('wrong', 'gone')] + counts[('wrong', 'moved')]}, "
        f"right {counts[('right', 'gone')] + counts[('right', 'moved')]}"
    )


if __name__ == "__main__":
    main()
