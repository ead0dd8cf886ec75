"""What a listing threshold on event confidence does to labelled precision-audit samples.

For every labelled ``event`` item, its document and stored analysis are read from the audit store
of its round (read-only), the time-expression and event analysers run again, and the item's mention (its type, in its
evidence span) gets its signs (``analyse.events_evidence``); the event's confidence is then
computed as linking computes it (``analyse.events_listing``), from that one mention and the number
of mentions its event had in the round's store — a lower bound, since linking also weighs the
other mentions. Reported per threshold: items listed,
precision of what is listed, right items lost.

    PYTHONPATH=src python -m eval.audit_confidence \\
        --round eval/audit/labels-1.jsonl=/tmp/audit.db --round eval/audit/labels-2.jsonl=/tmp/audit2.db [-v]

The labelled rounds are development sets for the evidence rules; a new round is the check.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass

from eval.audit_realis import labelled_event, labelled_items
from storyline.analyse.events import find_events, is_anterior, is_reference, is_subordinate
from storyline.analyse.events_evidence import MentionEvidence, mention_evidence
from storyline.analyse.events_listing import features
from storyline.analyse.timex import find_timexes
from storyline.link.events import LEAD_SENTENCES, LISTED, event_confidence, may_infer
from storyline.model import EventMention


@dataclass
class Judged:
    """A labelled event as today's analyser sees it: the labelled mention, its evidence signs, the
    date it now gives, and the label now (see ``judge``)."""

    mention: EventMention
    evidence: MentionEvidence
    date: str | None
    inferred: bool  # dated by its article's day
    label: str


def judged(con, item: dict) -> Judged | None | str:  # noqa: ANN001 - a sqlite3 connection
    """The labelled event re-analysed; None when its document is not in the store, "dropped" when
    the analyser no longer finds it. The label now is the labeller's, except that an item wrong
    only for its participants (E5) or its place (E4) counts as right when the analyser now leaves
    that field empty (an empty field is not judged); fields it still fills are taken as still
    wrong. Likewise an item wrong for its date (E3) now undated counts right, and one labelled
    right whose date the analyser now changes counts wrong (nobody labelled the new date)."""
    found = labelled_event(con, item)
    if found is None:
        return None
    text, analysis, published, here = found
    # the time expressions too: the stores of earlier rounds keep those of their day's analyser
    analysis.timexes = find_timexes(text, analysis, published)
    analysis.events = find_events(text, analysis, published)
    m = next((m for m in analysis.events if here(m)), None)
    if m is None:
        return "dropped"
    reported = is_reference(text, analysis, m) or is_subordinate(text, analysis, m)
    e = mention_evidence(text, analysis, m, reported=reported)
    label = item["label"]
    rule = item["why"].split()[0] if item.get("why") else ""
    if label == "wrong" and ((rule == "E5" and not m.participants) or (rule == "E4" and m.place is None)):
        label = "right"
    was, now, inferred = item["says"].get("date"), *_date_now(text, analysis, m, published, reported)
    if label == "wrong" and rule == "E3" and now is None:
        label = "right"  # an empty date is not judged
    elif label == "right" and was and now is not None and now != was:
        label = "wrong"  # a changed date nobody has labelled: counted against, to stay on the safe side
    return Judged(m, e, now, inferred, label)


def listing_features(j: Judged) -> dict[str, float]:
    """The listing model's inputs for the labelled mention (the support is set from its event's
    mentions as its round's store counted them)."""
    return features(
        j.evidence,
        inferred=j.inferred,
        place=j.mention.place is not None,
        parties=bool(j.mention.participants),
    )


def judge(con, item: dict) -> tuple[float, str, str] | None:  # noqa: ANN001 - a sqlite3 connection
    """(confidence, signs, label now) of a labelled event, confidence 0.0 when the analyser no
    longer finds it (see ``judged``)."""
    j = judged(con, item)
    if j is None:
        return None
    if j == "dropped":
        return 0.0, "dropped", item["label"]
    assert isinstance(j, Judged)
    signs = " ".join(
        f"{k}={'+' if v else '-'}" if isinstance(v, bool) else f"{k}=?"
        for k, v in vars(j.evidence).items()
        if k != "kind"
    )
    conf = event_confidence([listing_features(j)], int(item["says"].get("mentions") or 1))
    return conf, signs + f" date={j.date} parties={len(j.mention.participants)}", j.label


def _date_now(text: str, analysis, m, published, reported: bool) -> tuple[str | None, bool]:  # noqa: ANN001
    """The date this one mention would give its event: its own time expression's value, else the
    publication day when it is an inferable lead happening (as ``link.events`` decides), else none.
    A lower bound of linking again: other mentions of the event may date it too."""
    if m.time is not None:
        v = analysis.timexes[m.time].value
        return (v.value if v is not None and v.value else None), False
    lead_end = (
        analysis.sentences[LEAD_SENTENCES - 1][1] if len(analysis.sentences) >= LEAD_SENTENCES else len(text)
    )
    if published is None or m.start >= lead_end or reported or is_anterior(text, analysis, m):
        return None, False
    pub = (published, published)
    if not may_infer(analysis, [t.value for t in analysis.timexes], pub, m.type):
        return None, False
    return published.isoformat(), True


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--round", action="append", required=True, help="LABELS.jsonl=STORE.db")
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per item")
    args = ap.parse_args(argv)
    scored: list[tuple[float, str, dict]] = []
    for con, item in labelled_items(args.round, "event"):
        verdict = judge(con, item)
        if verdict is None:
            continue
        conf, signs, label = verdict
        item["_signs"] = signs + " "
        scored.append((conf, label, item))
        if args.verbose:
            print(
                f"{conf:.2f} {label:5} {item['why'][:40]:40} {item['lang']} {item['says']['type']:12} {signs}"
            )
    total = Counter(label for _c, label, _i in scored)
    print(
        f"events labelled: {total['right']} right, {total['wrong']} wrong; before: "
        f"{total['right'] / max(1, len(scored)):.2f}"
    )
    # a wrong date the analyser now changes may be right now, or wrong another way: only a labeller
    # can tell, so they stay wrong and are counted apart
    redated = [
        i
        for c, label, i in scored
        if c >= LISTED
        and label == "wrong"
        and i["why"].startswith("E3")
        and f"date={i['says']['date']} " not in i["_signs"]
    ]
    print(f"listed wrong for their date, and dated otherwise now (to label again): {len(redated)}")
    for threshold in sorted({0.0, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, LISTED}):
        kept = Counter(label for c, label, _i in scored if c >= threshold and c > 0)
        n = kept["right"] + kept["wrong"]
        by_type = Counter(
            i["says"]["type"] for c, label, i in scored if c >= threshold and c > 0 and label == "wrong"
        )
        mark = " (listing threshold)" if threshold == LISTED else ""
        print(
            f"threshold {threshold:.2f}{mark}: listed {n}, precision {kept['right'] / max(1, n):.2f}, "
            f"right lost {total['right'] - kept['right']}; wrong listed by type: "
            + " ".join(f"{t}:{k}" for t, k in by_type.most_common(6))
        )


if __name__ == "__main__":
    main()
