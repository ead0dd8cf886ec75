"""The single-file HTML report, on a hand-made dossier (so it runs without the NLP stack)."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from html import unescape
from pathlib import Path
from typing import Any

import pytest

from storyline.export.html import render_html
from storyline.export.report_index import ReportIndex, Utf16Offsets

# An emoji (astral: two UTF-16 units) before every span of the Russian document, so a reader that
# used code points as UTF-16 offsets would highlight the wrong words.
RU_TEXT = (
    "🔥🚢 ИЗМАИЛ, 14 марта. Погибли 12 человек при пожаре на пароме «Дунайская заря». "
    "«Мы найдём каждого», — сказал губернатор Олег Марченко. На борту было 86 пассажиров.\n"
    "По данным ГСЧС, причиной могло стать короткое замыкание."
)
EN_TEXT = (
    "At least 14 people were killed in the ferry fire near Izmail, officials said on Saturday. "
    'The ferry carried 92 passengers. "We will find everyone," the governor said. '
    "The operator said that a gas cylinder caused the fire. <script>alert('x')</script> & more."
)
UNRELATED = "A theatre reopened in Yaroslavl on Saturday after three years of restoration."


def span(doc: dict[str, Any], needle: str, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = doc["text"].index(needle, start + 1)
    return {"doc": doc["id"], "start": start, "end": start + len(needle), "text": needle}


def document(doc_id: str, text: str, lang: str, published: str | None, **extra: Any) -> dict[str, Any]:
    sha = hashlib.sha256(text.encode()).hexdigest()
    date = (
        {"value": published, "precision": "day", "basis": "header", "confidence": 1.0}
        if published
        else {"value": None, "precision": None, "basis": "none", "confidence": 0.0}
    )
    return {
        "id": doc_id,
        "source": f"demo/{doc_id}.txt",
        "url": None,
        "outlet": None,
        "title": None,
        "lang": lang,
        "passages": [{"start": 0, "end": len(text), "lang": lang}],
        "lang_support": "full",
        "published": date,
        "story": "s1",
        "text": text,
        "text_sha256": sha,
        "raw_sha256": sha,
        "duplicate_of": None,
        "version_of": None,
        **extra,
    }


def sample_dossier() -> dict[str, Any]:
    ru = document("d-ru", RU_TEXT, "ru", "2025-03-14", outlet="ТАСС", url="https://example.org/ru/1")
    en = document("d-en", EN_TEXT, "en", None, title="Ferry fire: <b>14</b> dead")
    other = document("d-other", UNRELATED, "en", "2025-03-16", story="s2")
    dup = document("d-dup", UNRELATED, "en", "2025-03-16", story="s2", duplicate_of="d-other")
    return {
        "format": "storyline.dossier/1",
        "generator": {"name": "storyline", "version": "0.1.0"},
        "generated_at": "2025-03-20T10:00:00Z",
        "documents": [ru, en, other, dup],
        "stories": [
            {
                "id": "s1",
                "title": "Ferry fire near Izmail",
                "topic": None,
                "documents": ["d-ru", "d-en"],
                "start": "2025-03-14",
                "end": "2025-03-15",
                "entities": ["e1", "e2"],
                "why": [{"kind": "entity", "id": "e2", "weight": 0.5}],
            },
            {
                "id": "s2",
                "title": "Theatre reopens",
                "documents": ["d-other", "d-dup"],
                "start": "2025-03-16",
                "end": "2025-03-16",
            },
        ],
        "entities": [
            {
                "id": "e1",
                "type": "PER",
                "name": "Oleh Marchenko",
                "names": {"ru": ["Олег Марченко"], "en": ["the governor"]},
                "mentions": [
                    {**span(ru, "Олег Марченко"), "base": "Олег Марченко"},
                    {**span(en, "the governor"), "base": None},
                ],
            },
            {
                "id": "e2",
                "type": "LOC",
                "name": "Izmail",
                "names": {"ru": ["Измаил"], "en": ["Izmail"]},
                "mentions": [
                    {**span(ru, "ИЗМАИЛ"), "base": "Измаил"},
                    {**span(en, "Izmail"), "base": "Izmail"},
                ],
            },
            {
                "id": "e3",
                "type": "ORG",
                "name": "State Emergency Service",
                "names": {"ru": ["ГСЧС"]},
                "mentions": [{**span(ru, "ГСЧС"), "base": "ГСЧС"}],
            },
            {
                "id": "e4",
                "type": "LOC",
                "name": "Yaroslavl",
                "names": {"en": ["Yaroslavl"]},
                "mentions": [{**span(other, "Yaroslavl"), "base": "Yaroslavl"}],
            },
        ],
        "events": [
            {
                "id": "v1",
                "story": "s1",
                "type": "fire",
                "label": "Fire aboard the ferry Dunaiskaya Zarya",
                "date": {"value": "2025-03-14", "precision": "day", "basis": "text", "confidence": 0.9},
                "place": "e2",
                "participants": [],
                "evidence": [span(ru, "пожаре")],
            },
            {
                "id": "v2",
                "story": "s1",
                "type": "investigation",
                "label": "Investigation into the cause",
                "date": {"value": "2025-03", "precision": "month", "basis": "inferred", "confidence": 0.5},
                "place": None,
                "participants": [],
                "evidence": [span(ru, "причиной")],
            },
            {
                "id": "v3",
                "story": "s1",
                "type": "statement",
                "label": "Operator blames a gas cylinder",
                "date": {
                    "value": None,
                    "precision": None,
                    "earliest": "2025-03-14",
                    "latest": "2025-03-17",
                    "basis": "inferred",
                    "confidence": 0.3,
                },
                "evidence": [span(en, "said that")],
            },
            {
                "id": "v4",
                "story": "s2",
                "type": "reopening",
                "label": "Theatre reopens",
                "date": {"value": "2025-03-15", "precision": "day", "basis": "text", "confidence": 0.8},
                "evidence": [span(other, "reopened")],
            },
        ],
        "figures": [
            {
                "id": "f1",
                "event": "v1",
                "attribute": "dead",
                "value": 12,
                "value_max": None,
                "qualifier": "exact",
                "source": None,
                "via": [],
                "as_of": "2025-03-14",
                "evidence": [span(ru, "Погибли 12 человек")],
            },
            {
                "id": "f2",
                "event": "v1",
                "attribute": "dead",
                "value": 14,
                "value_max": None,
                "qualifier": "at_least",
                "source": "e3",
                "via": [],
                "as_of": "2025-03-15",
                "evidence": [span(en, "At least 14 people")],
            },
            {
                "id": "f3",
                "event": "v1",
                "attribute": "passengers",
                "value": 86,
                "value_max": None,
                "qualifier": "exact",
                "source": None,
                "via": [],
                "as_of": "2025-03-14",
                "evidence": [span(ru, "86 пассажиров")],
            },
            {
                "id": "f4",
                "event": "v1",
                "attribute": "passengers",
                "value": 92,
                "value_max": None,
                "qualifier": "exact",
                "source": None,
                "via": [],
                "as_of": "2025-03-15",
                "evidence": [span(en, "92 passengers")],
            },
        ],
        "claims": [
            {
                "id": "k1",
                "event": "v1",
                "attribute": "cause",
                "value": "short circuit",
                "stance": "hedges",
                "speaker": "e3",
                "via": [],
                "evidence": [span(ru, "могло стать короткое замыкание")],
            },
            {
                "id": "k2",
                "event": "v1",
                "attribute": "cause",
                "value": "gas cylinder",
                "stance": "asserts",
                "speaker": None,
                "via": [],
                "evidence": [span(en, "a gas cylinder caused the fire")],
            },
        ],
        "quotes": [
            {
                "id": "q1",
                "speaker": "e1",
                "speaker_text": "губернатор Олег Марченко",
                "direct": True,
                "cue": "сказал",
                "via": [],
                "evidence": [span(ru, "Мы найдём каждого")],
            },
            {
                "id": "q2",
                "speaker": "e1",
                "speaker_text": "the governor",
                "direct": True,
                "cue": "said",
                "via": [],
                "evidence": [span(en, "We will find everyone,")],
            },
            {
                "id": "q3",
                "speaker": None,
                "speaker_text": "The operator",
                "direct": False,
                "cue": "said",
                "via": [],
                "evidence": [span(en, "a gas cylinder caused the fire")],
            },
        ],
        "conflicts": [
            {
                "id": "c1",
                "event": "v1",
                "kind": "figure",
                "attribute": "dead",
                "status": "update",
                "positions": [
                    {"value": 14, "items": ["f2"], "first_reported": "2025-03-15"},
                    {"value": 12, "items": ["f1"], "first_reported": "2025-03-14"},
                ],
            },
            {
                "id": "c2",
                "event": "v1",
                "kind": "figure",
                "attribute": "passengers",
                "status": "contradiction",
                "positions": [
                    {"value": 86, "items": ["f3"], "first_reported": "2025-03-14"},
                    {"value": 92, "items": ["f4"], "first_reported": "2025-03-15"},
                ],
            },
        ],
    }


def empty_dossier() -> dict[str, Any]:
    return {"format": "storyline.dossier/1", "generator": {"name": "storyline", "version": "0.1.0"},
            "generated_at": "2025-03-20T10:00:00Z", "documents": [], "stories": [], "entities": [],
            "events": [], "figures": [], "claims": [], "quotes": [], "conflicts": []}  # fmt: skip


def embedded_data(page: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="sl-data">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))


def utf16_slice(text: str, start: int, end: int) -> str:
    """What JavaScript's text.slice(start, end) returns."""
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(sample_dossier())


def test_fixtures_follow_the_schema(shared: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((shared / "spec" / "dossier.schema.json").read_text("utf-8"))
    for dossier in (sample_dossier(), empty_dossier()):
        jsonschema.validate(dossier, schema)


def test_spans_are_consistent_in_the_fixture() -> None:
    dossier = sample_dossier()
    texts = {d["id"]: d["text"] for d in dossier["documents"]}
    for kind in ("events", "figures", "claims", "quotes"):
        for item in dossier[kind]:
            for s in item["evidence"]:
                assert texts[s["doc"]][s["start"] : s["end"]] == s["text"]


def test_utf16_offsets_count_astral_characters_twice() -> None:
    text = "a🔥b😀c"
    to16 = Utf16Offsets(text)
    assert [to16(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7]
    assert to16(99) == 7  # clamped to the end


def test_evidence_offsets_slice_exactly_in_javascript(page: str) -> None:
    data = embedded_data(page)
    dossier = sample_dossier()
    expected = {f"q:{q['id']}": q["evidence"] for q in dossier["quotes"]}
    expected |= {f"f:{f['id']}": f["evidence"] for f in dossier["figures"]}
    expected |= {f"v:{v['id']}": v["evidence"] for v in dossier["events"]}
    for key, evidence in expected.items():
        spans = data["items"][key]["s"]
        assert len(spans) == len(evidence)
        for (doc_index, start, end, ok), original in zip(spans, evidence, strict=True):
            assert ok == 1
            assert utf16_slice(data["docs"][doc_index]["text"], start, end) == original["text"]
    # the Russian spans sit after two emoji: their UTF-16 offsets are shifted by two
    q1 = data["items"]["q:q1"]["s"][0]
    assert q1[1] == dossier["quotes"][0]["evidence"][0]["start"] + 2


def test_highlighted_span_texts_appear_in_the_page(page: str) -> None:
    text = unescape(page)
    for needle in (
        "Погибли 12 человек",
        "Мы найдём каждого",
        "92 passengers",
        "могло стать короткое замыкание",
    ):
        assert needle in text


def test_no_remote_resources(page: str) -> None:
    assert not re.search(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//|@import""", page, re.I)
    assert "https://example.org/ru/1" in page  # the document's URL is shown as text, not fetched


def test_timeline_draws_one_mark_per_event(page: str) -> None:
    marks = re.findall(r'<g class="tl-ev" data-item="v:([^"]+)"', page)
    assert sorted(marks) == ["v1", "v2", "v3", "v4"]
    s1 = page[page.index('id="story-s1"') : page.index('id="story-s2"')]
    assert s1.count('class="tl-ev"') == 3
    assert 'class="tl-dot"' in s1  # v1: a day
    assert 'class="tl-band"' in s1  # v2: a month
    assert 'class="tl-window"' in s1 and 'class="tl-vague"' in s1  # v3: only a window
    assert ">Mar 2025<" in s1  # a tick label on the axis


def test_script_in_document_text_is_escaped(page: str) -> None:
    assert "<script>alert" not in page
    assert page.count("<script") == 2  # the data block and the report's own script
    assert "<b>14</b>" not in page and "&lt;b&gt;14&lt;/b&gt;" in page  # a title with markup
    data = embedded_data(page)
    assert "<script>alert('x')</script>" in data["docs"][1]["text"]  # intact once decoded


def test_conflicts_side_by_side_and_rows_highlighted(page: str) -> None:
    assert 'id="conflict-c1"' in page and 'id="conflict-c2"' in page
    update = page[page.index('id="conflict-c1"') : page.index('id="conflict-c2"')]
    assert update.index(">12<") < update.index(">14<")  # an update reads oldest first
    assert "status-contradiction" in page and "status-update" in page
    for figure_id in ("f1", "f2", "f3", "f4"):
        assert re.search(rf'<tr class="conflicted" id="fig-{figure_id}">', page)
    assert ">at least 14<" in page


def test_entities_graph_quotes_claims_documents(page: str) -> None:
    assert page.count('class="g-node"') == 4
    assert page.count('class="g-edge"') == 3  # Marchenko, Izmail and the SES share the Russian document
    assert "Олег Марченко" in page and "Oleh Marchenko" in page
    assert page.count('<span class="badge direct">') == 2 and page.count('<span class="badge reported">') == 1
    assert "short circuit" in page and "stance-hedges" in page and "stance-asserts" in page
    assert "duplicate of" in page
    assert "en 3 · ru 1" in page


def test_empty_dossier_renders() -> None:
    page = render_html(empty_dossier())
    assert page.startswith("<!DOCTYPE html>") and "</html>" in page
    assert embedded_data(page) == {"docs": [], "items": {}}
    assert "No stories." in page
    assert render_html({}).startswith("<!DOCTYPE html>")  # even with every list missing


def test_title_can_be_given() -> None:
    page = render_html(sample_dossier(), title="Dunav & co <test>")
    assert "<title>Dunav &amp; co &lt;test&gt;</title>" in page


def test_each_document_text_is_embedded_once_at_scale() -> None:
    docs = [document(f"d-{i:05d}", f"Fire in Varna, report {i}.\nThree dead, marker-{i:05d}.", "en", "2025-03-14")
            for i in range(5000)]  # fmt: skip
    dossier = {**empty_dossier(), "documents": docs}
    dossier["stories"] = [{"id": "s1", "title": "Many", "documents": [d["id"] for d in docs]}]
    dossier["events"] = [
        {
            "id": f"v{i}",
            "story": "s1",
            "type": "fire",
            "label": f"Fire {i}",
            "date": {"value": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", "precision": "day"},
            "evidence": [span(docs[i], "dead")],
        }
        for i in range(300)
    ]
    page = render_html(dossier)
    assert page.count("marker-04999") == 1
    assert page.count('class="tl-ev"') == 300
    assert len(page) < 5_000 * 600


def test_report_script_parses() -> None:
    node = shutil.which("node")
    if not node:
        pytest.skip("node not installed: the script's syntax is not checked")
    page = render_html(sample_dossier())
    script = page[page.rindex("<script>") + len("<script>") : page.rindex("</script>")]
    result = subprocess.run([node, "--check", "-"], input=script, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_a_document_is_labelled_by_its_outlet_else_its_title_never_its_file_name() -> None:
    docs = [
        {"id": "d-1", "source": "in/0001.txt", "outlet": "Harbour Gazette", "title": "Storm hits the coast",
         "lang": "en", "published": {"value": "2026-03-02"}},
        {"id": "d-2", "source": "in/0002.txt", "outlet": None, "lang": "en", "published": {"value": None},
         "title": "Flooding closes the ring road around Marlow for a second day running"},
        {"id": "d-3", "source": "in/0003.txt", "outlet": None, "title": None, "lang": "de"},
    ]  # fmt: skip
    index = ReportIndex({"documents": docs})
    assert index.doc_label("d-1") == "Harbour Gazette · en · 2026-03-02"
    assert index.doc_label("d-2") == "Flooding closes the ring road around… · en"
    assert index.doc_label("d-3") == "0003.txt · de"  # nothing else names it
