"""The recognition-only evaluation and the audit re-check score what they are given (invented
documents and mentions)."""

from __future__ import annotations

from eval.audit_entities import judge
from eval.base_forms import changes
from eval.ner import examples, score

from storyline.model import Mention

DOCS = [
    {"id": "a", "lang": "sl", "text": "Holmby je odšel v Nordvik.", "mentions": [[0, 6, "Holmby", "Holmby", "PER", "x"],
                                                                               [18, 25, "Nordvik", "Nordvik", "LOC", "y"]]},
]  # fmt: skip


def test_exact_span_and_type_count_and_nothing_else() -> None:
    got = score(DOCS, {"a": [(0, 6, "PER"), (18, 25, "ORG")]})
    assert got["sl"] == {"p": 0.5, "r": 0.5, "f1": 0.5} and got["all"] == got["sl"]


def test_a_diff_lists_what_was_lost_and_what_was_gained() -> None:
    kinds = examples(DOCS, {"a": [(18, 25, "LOC")]}, {"a": [(0, 6, "PER"), (18, 24, "LOC")]}, None)
    assert [len(kinds[k]) for k in ("lost (right before)", "gained (right now)", "false positive gone")] == [
        1,
        1,
        1,
    ]
    assert "'Holmby'" in kinds["lost (right before)"][0]


def test_a_labelled_span_is_kept_changed_or_gone() -> None:
    found = [Mention(0, 6, "Holmby", "PER"), Mention(10, 20, "x" * 10, "ORG")]
    assert judge("", found, 0, 6) == "kept"
    assert judge("", found, 12, 25) == "changed"
    assert judge("", found, 30, 40) == "gone"


def test_the_base_form_diff_tells_gained_from_lost() -> None:
    before = {"1": ["pl", "Holmbego", "Holmby", "Holmbe"], "2": ["pl", "Nordviku", "Nordvik", "Nordvik"]}
    after = {"1": ("pl", "Holmbego", "Holmby", "Holmby"), "2": ("pl", "Nordviku", "Nordvik", "Nordvika")}
    gained, lost = changes(before, after)
    assert [g[1] for g in gained] == ["Holmbego"]
    assert lost == [("pl", "Nordviku", "Nordvik", "Nordvika", "Nordvik")]
