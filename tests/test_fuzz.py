"""Property-based fuzzing: the readers, the decoder, the cleaner and every analyser on random and
mutated text never raise, and every span they return lies inside the text with valid offsets.

The budget is bounded: by default 50 examples per property, drawn the same way every run
(derandomised), so CI stays fast and a red run always means a change broke something; set
``STORYLINE_FUZZ_EXAMPLES=N`` to search N fresh random examples per property.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.analyse import analyse
from storyline.ingest import canonicalize, iter_inputs
from storyline.ingest.decode import DecodeError, decode_bytes
from storyline.ingest.records import IngestError, RawDoc

EXAMPLES = int(os.environ.get("STORYLINE_FUZZ_EXAMPLES", "50"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                derandomize="STORYLINE_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip

# Invented news sentences in the languages storyline knows best, to mutate.
SEEDS = [
    "Вчера в Самаре загорелся склад. Погибли три человека, ещё 12 пострадали, сообщил губернатор Иван Петров.",
    "«Мы сделаем всё возможное», — заявил мэр Олег Сидоренко 5 мая 2024 года.",
    "Във Варна избухна пожар в неделя. Загинали са двама души, а петима са ранени, съобщи МВР.",
    "У Львові 3 березня обвалився міст: загинули четверо людей, понад 20 поранені.",
    "At least 14 people were killed and dozens injured when a train derailed near Brno on Friday, police said.",
    '"We are doing everything we can," Governor Anna Lee told reporters on Monday, blaming the storm.',
    "date 2025-01-02\nTitle line\n\nThe ferry carried 230 passengers and 9 crew members; 1,500 were evacuated.",
]
ALPHABET = st.characters(
    codec="utf-8",
    categories=("L", "N", "P", "Z", "S", "Cc", "Mn"),
)
random_text = st.text(ALPHABET, max_size=300)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A real-looking sentence cut, doubled, and sprinkled with random characters."""
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(0, 6))):
        pos = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "double", "upper"]))
        if action == "insert":
            text = text[:pos] + draw(st.text(ALPHABET, min_size=1, max_size=8)) + text[pos:]
        elif action == "delete":
            text = text[:pos] + text[pos + draw(st.integers(1, 10)) :]
        elif action == "double":
            text = text[:pos] + text[pos:] * 2
        else:
            text = text[:pos] + text[pos:].upper()
    return text


def _spans(obj: Any, path: str = "analysis") -> list[tuple[str, int, int]]:
    """Every (start, end) pair an analysis holds, found by walking its dataclasses."""
    out: list[tuple[str, int, int]] = []
    if dataclasses.is_dataclass(obj):
        fields = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
        for a, b in (("start", "end"), ("speaker_start", "speaker_end"), ("sent_start", "sent_end")):
            if isinstance(fields.get(a), int) and isinstance(fields.get(b), int):
                out.append((f"{path}.{a}", fields[a], fields[b]))
        for name, value in fields.items():
            out += _spans(value, f"{path}.{name}")
    elif isinstance(obj, list | tuple):
        if len(obj) == 2 and all(isinstance(x, int) and not isinstance(x, bool) for x in obj):
            out.append((path, obj[0], obj[1]))
        else:
            for i, item in enumerate(obj):
                out += _spans(item, f"{path}[{i}]")
    return out


def _check_analysis(text: str) -> None:
    analysis = analyse(text)
    for where, start, end in _spans(analysis):
        assert 0 <= start <= end <= len(text), f"{where}: ({start}, {end}) outside a text of {len(text)}"
    for m in analysis.mentions:
        assert text[m.start : m.end] == m.text, f"mention {m.text!r} is not the text at its span"


@FUZZ
@given(random_text)
def test_analysers_on_random_text(text: str) -> None:
    _check_analysis(text)


@FUZZ
@given(mutated())
def test_analysers_on_mutated_news(text: str) -> None:
    _check_analysis(text)


@FUZZ
@given(st.one_of(random_text, mutated()), st.booleans())
def test_cleaner(text: str, with_header: bool) -> None:
    cleaned = canonicalize(text, with_header=with_header)
    assert isinstance(cleaned.text, str)
    assert canonicalize(cleaned.text).text == cleaned.text  # the canonical text is a fixed point


@FUZZ
@given(st.binary(max_size=400))
def test_decoder(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert isinstance(decoded.text, str) and decoded.text.strip()


@FUZZ
@given(
    st.sampled_from([".txt", ".html", ".json", ".jsonl", ".md", ""]),
    st.one_of(
        st.binary(max_size=400),
        mutated().map(lambda t: t.encode("utf-8")),
        mutated().map(lambda t: json.dumps({"text": t, "date": t[:10], "title": t[:5]}).encode()),
        st.lists(mutated(), max_size=3).map(
            lambda ts: "\n".join(json.dumps({"text": t}) for t in ts).encode()
        ),
        mutated().map(lambda t: f"<html><body><article><p>{t}</p></article></body></html>".encode()),
    ),
)
def test_readers(ext: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{ext}"
        path.write_bytes(data)
        for item in iter_inputs([path]):
            assert isinstance(item, RawDoc | IngestError)
            if isinstance(item, IngestError):
                assert item.message and "\n" not in item.message
            else:
                assert isinstance(item.text, str) and item.text


def test_a_letter_python_has_no_name_for() -> None:
    """Found by the fuzzer: a Tangut letter before a Russian word failed the whole analysis."""
    text = "\U00017000Вчера в Самаре загорелся склад, сообщил губернатор Иван Петров."
    _check_analysis(text)
    assert "Иван Петров" in {m.text for m in analyse(text).mentions}
