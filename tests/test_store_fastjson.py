"""The store's JSON decoding answers as the standard library does."""

from __future__ import annotations

import json
import math

from storyline.store.fastjson import loads


def test_decodes_as_the_standard_library() -> None:
    text = json.dumps({"features": {"e:Q1": 0.1 + 0.2, "w:река": 1e-7}, "days": [[738000, 738002]], "x": None},
                      ensure_ascii=False)  # fmt: skip
    assert loads(text) == json.loads(text)
    assert loads(text.encode()) == json.loads(text)


def test_reads_the_literals_only_the_standard_library_writes() -> None:
    value = loads(json.dumps({"a": float("nan"), "b": float("inf")}))
    assert math.isnan(value["a"]) and value["b"] == math.inf
