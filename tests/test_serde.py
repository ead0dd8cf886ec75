"""Dataclasses to JSON and back: the decoders worked out once per type give back what was stored."""

from __future__ import annotations

import json

from storyline.model import (
    Analysis,
    DateValue,
    Dossier,
    EventMention,
    Mention,
    Passage,
    QuoteMention,
    Span,
    Story,
    TimeExpr,
)
from storyline.serde import from_dict, to_dict


def _analysis() -> Analysis:
    return Analysis(
        lang="en",
        passages=[Passage(0, 40, "en"), Passage(41, 60, None)],
        sentences=[(0, 40), (41, 60)],
        mentions=[Mention(0, 5, "Mirta", "PER", base="Mirta"), Mention(20, 27, "Velgrad", "LOC")],
        timexes=[
            TimeExpr(30, 38, "Thursday", rel={"kind": "weekday", "weekday": 3, "direction": "past"}),
            TimeExpr(41, 45, "2031", value=DateValue("2031", "year", earliest="2031-01-01")),
        ],
        events=[EventMention("meeting", 6, 10, "met", 0, 40, time=0, place=1, participants=[0])],
        quotes=[QuoteMention([(12, 18), (50, 58)], True, speaker=0, cue_span=(9, 11))],
        keywords=["meet", "harbour"],
        dateline=None,
    )


def test_an_analysis_comes_back_as_it_was_stored() -> None:
    a = _analysis()
    back = from_dict(Analysis, json.loads(json.dumps(to_dict(a))))
    assert back == a
    assert back.sentences[0] == (0, 40) and isinstance(back.sentences[0], tuple)
    assert isinstance(back.quotes[0].cue_span, tuple)
    assert back.timexes[1].value == DateValue("2031", "year", earliest="2031-01-01")
    assert back.timexes[0].value is None


def test_nested_items_and_unknown_keys() -> None:
    d = Dossier(stories=[Story("s1", "A harbour meeting", ["d1", "d2"], topic="t1")])
    data = json.loads(json.dumps(to_dict(d)))
    data["stories"][0]["no_such_field"] = 1  # a key from a newer version is left out
    back = from_dict(Dossier, data)
    assert back.stories == d.stories
    assert from_dict(Span, {"doc": "d1", "start": 1, "end": 3, "text": "ab"}) == Span("d1", 1, 3, "ab")
