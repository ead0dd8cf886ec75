"""eval.audit_recheck: what a store says today at the spans of earlier rounds' wrong entity items."""

from __future__ import annotations

import json
from pathlib import Path

from eval.audit_recheck import main, wrong_entities

from storyline.api import Store
from storyline.store.entity_state import mention_rows

TEXT = (
    "Storm closes Varno harbour\n\n"
    "VARNO, 3 May - A storm flooded the harbour of Varno on Tuesday. "
    "The harbour master Elin Corra said the pier would stay closed until Friday."
)


def _item(n: int, doc: str, start: int, end: int, label: str = "wrong") -> dict[str, object]:
    return {"kind": "entity", "n": n, "lang": "en", "label": label, "why": "N2 test",
            "evidence": {"doc": doc, "start": start, "end": end}}  # fmt: skip


def test_it_shows_the_mention_linked_at_a_wrong_items_span_and_notes_spans_without_one(
    tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "varno.txt"
    article.write_text(TEXT, "utf-8")
    db = tmp_path / "s.db"
    store = Store(db)
    store.ingest([article])
    store.close()
    store = Store(db)
    rows = [r for r in mention_rows(store.engine) if r.text == "Elin Corra"]
    store.close()
    assert rows, "the person is recognised and linked"
    doc, start, end = rows[0].doc_id, rows[0].start, rows[0].end
    pier = TEXT.index("pier")
    labels = tmp_path / "labels-99.jsonl"
    lines = [_item(1, doc, start, end), _item(2, doc, pier, pier + 4), _item(3, doc, start, end, "right")]
    labels.write_text("".join(json.dumps(i) + "\n" for i in lines), "utf-8")
    assert [i["n"] for i in wrong_entities([str(labels)])] == [1, 2]
    assert main(["--db", str(db), str(labels)]) == 0
    out = capsys.readouterr().out
    assert "labels-99 n=1 en: N2 test" in out
    assert "now 'Elin Corra' → base 'Elin Corra' PER; entity PER 'Elin Corra'" in out
    assert "labels-99 n=2" in out and "now no mention at this span" in out
    assert "n=3" not in out


def test_right_items_of_one_type_are_counted_by_the_type_shown_now(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "varno.txt"
    article.write_text(TEXT, "utf-8")
    db = tmp_path / "s.db"
    store = Store(db)
    store.ingest([article])
    store.close()
    store = Store(db)
    rows = [r for r in mention_rows(store.engine) if r.text == "Elin Corra"]
    store.close()
    doc, start, end = rows[0].doc_id, rows[0].start, rows[0].end
    items = [
        _item(1, doc, start, end),
        _item(2, doc, start, end, "right"),
        _item(3, doc, start, end, "right"),
    ]
    items[2]["says"] = {"type": "PRO"}
    for item in items[:2]:
        item["says"] = {"type": "PER"}
    labels = tmp_path / "labels-99.jsonl"
    labels.write_text("".join(json.dumps(i) + "\n" for i in items), "utf-8")
    assert [i["n"] for i in wrong_entities([str(labels)], ("wrong", "right"), "PER")] == [1, 2]
    assert main(["--db", str(db), "--type", "PER", "--right", str(labels)]) == 0
    out = capsys.readouterr().out
    assert "labels-99 n=2 en right: N2 test" in out and "n=3" not in out
    assert "right items shown now as PER: 1" in out and "wrong items shown now as PER: 1" in out
