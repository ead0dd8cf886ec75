"""The audit's base-form re-check reads a labelled mention as analysis read it (invented texts)."""

from __future__ import annotations

from eval.audit_base_forms import _labelled_base, rederive

from storyline.model import Analysis, Mention, Passage

TEXT = "Zpráva z regionu. В Орловской области прошли выборы."


def _analysis() -> Analysis:
    # a Czech document with a Russian passage: the mention is read in its passage's language
    cut = TEXT.index("В ")
    return Analysis(
        "cs",
        passages=[Passage(0, cut, "cs"), Passage(cut, len(TEXT), "ru")],
        mentions=[Mention(TEXT.index("Орловской"), TEXT.index(" прошли"), "Орловской области", "LOC", "X")],
    )


def test_the_mention_is_based_again_in_its_passage_s_language() -> None:
    start, end = TEXT.index("Орловской"), TEXT.index(" прошли")
    assert rederive(TEXT, _analysis(), start, end, "LOC") == "Орловская область"


def test_the_labelled_base_is_the_stored_mention_s() -> None:
    start, end = TEXT.index("Орловской"), TEXT.index(" прошли")
    item = {"evidence": {"start": start, "end": end}, "says": {"type": "ORG", "mention": "?"}}
    assert _labelled_base(item, _analysis()) == ("X", "LOC")
    item["evidence"] = {"start": 0, "end": 6}  # no stored mention there: the item's own words
    assert _labelled_base(item, _analysis()) == ("?", "ORG")
