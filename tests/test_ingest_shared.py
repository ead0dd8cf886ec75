"""ingest on the real seed articles and one BSNLP collection (skipped without ../shared)."""

from __future__ import annotations

from pathlib import Path

from storyline.ingest import IngestError, RawDoc, iter_inputs


def test_seeds(shared: Path) -> None:
    docs = list(iter_inputs([shared / "corpus" / "seeds"]))
    assert len(docs) == 5 and all(isinstance(d, RawDoc) for d in docs)
    by_name = {Path(d.source).name[:3]: d for d in docs if isinstance(d, RawDoc)}
    dates = {k: d.published.value if d.published else None for k, d in by_name.items()}
    assert dates == {"000": "2025-12-25", "001": None, "002": None, "003": "2025-10-24", "004": "2025-11-24"}
    assert not by_name["000"].text.startswith(" date") and "date 2025" not in by_name["000"].text[:40]
    assert "Перейти к основному контенту" not in by_name["003"].text
    assert by_name["001"].text.startswith("Руският")
    for doc in by_name.values():
        assert "Фото:" not in doc.text
        assert all(not line.startswith("Фото:") for line in doc.text.split("\n"))
    assert by_name["001"].outlet == "БГНЕС"
    assert by_name["004"].outlet == "ТАСС"


def test_bsnlp_collection_loads_every_line(shared: Path) -> None:
    path = shared / "data" / "bsnlp" / "ryanair.jsonl"
    lines = sum(1 for line in path.read_bytes().splitlines() if line.strip())
    items = list(iter_inputs([path]))
    assert not [i for i in items if isinstance(i, IngestError)]
    assert len(items) == lines
    doc = items[0]
    assert isinstance(doc, RawDoc) and doc.lang and doc.ext_id and "topic" in doc.meta
    for item in items:
        assert isinstance(item, RawDoc)
        for start, end, surface, *_ in item.meta["mentions"]:
            assert item.text[start:end] == surface
