"""The store's JSON decoding answers as the standard library does."""

from __future__ import annotations

import json
import math

from storyline.store.fastjson import dumps, finite, loads
from storyline.store.story_state import summary_text


def test_decodes_as_the_standard_library() -> None:
    text = json.dumps({"features": {"e:Q1": 0.1 + 0.2, "w:река": 1e-7}, "days": [[738000, 738002]], "x": None},
                      ensure_ascii=False)  # fmt: skip
    assert loads(text) == json.loads(text)
    assert loads(text.encode()) == json.loads(text)


def test_reads_the_literals_only_the_standard_library_writes() -> None:
    value = loads(json.dumps({"a": float("nan"), "b": float("inf")}))
    assert math.isnan(value["a"]) and value["b"] == math.inf


def test_encodes_the_values_the_standard_library_writes() -> None:
    value = {"vec": {"e:Q7": 0.1 + 0.2, "w:вода": 1e-05, "x:fire@Q7": 3e16, "d:2025-03-01": -0.0},
             "held": {"e:Q7": 3}, "mains": [["fire", None, 738000, [4, 2], None, 2]], "span": None,
             "lead": "AAAA", "norm2": 1.25}  # fmt: skip
    text = dumps(value)
    assert json.loads(text) == json.loads(json.dumps(value, ensure_ascii=False)) == value
    assert [repr(v) for v in loads(text)["vec"].values()] == [repr(v) for v in value["vec"].values()]
    assert "вода" in text  # written as it is, as ``ensure_ascii=False`` writes it


def test_what_orjson_refuses_is_written_by_the_standard_library() -> None:
    for value in ({1: 0.5}, {"n": 2**70}):
        assert dumps(value) == json.dumps(value, ensure_ascii=False)


def test_a_summary_with_a_value_not_finite_keeps_it() -> None:
    # orjson would write NaN and infinities as null: such a centroid goes to the standard library
    assert finite([0.5, 1e-300]) and not finite([0.5, float("nan")]) and not finite([float("-inf")])
    for bad in (float("nan"), float("inf")):
        stored = loads(summary_text({"vec": {"e:Q1": bad, "e:Q2": 0.5}, "norm2": bad}))
        assert stored["vec"]["e:Q1"] != stored["vec"]["e:Q1"] or stored["vec"]["e:Q1"] == math.inf
    assert loads(summary_text({"vec": {"e:Q1": 0.5}, "norm2": 0.25})) == {"vec": {"e:Q1": 0.5}, "norm2": 0.25}
