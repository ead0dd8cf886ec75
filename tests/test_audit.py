"""The precision audit: a seeded sample of a store's events, entities and source names, and its score."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from eval.audit import _place, corpus_of, draw, evidence, main, score

from storyline.link.events import LISTED
from storyline.model import DateValue, Document, Dossier, Entity, EntityMention, Event, Figure, Span

TEXT = (
    "VARNO, 3 May /Zorna Vest/ - A storm flooded the harbour of Varno on Tuesday. "
    "According to the Port Office, 14 boats sank. The harbour master Elin Corra said the pier was closed."
)


def _dossier(n_docs: int = 6) -> Dossier:
    docs, entities, events, figures = [], [], [], []
    for i in range(n_docs):
        doc_id = f"d{i}"
        folder = ("bsnlp", "pages", "demo")[i % 3]
        docs.append(
            Document(
                doc_id, f"/data/{folder}/x{i}.txt", TEXT, "0", "0", outlet="Zorna Vest", lang="en",
                meta={"outlet_span": [TEXT.index("Zorna"), TEXT.index("Zorna") + len("Zorna Vest")]},
            )
        )  # fmt: skip
        s = TEXT.index("flooded")
        events.append(
            Event(
                f"v{i}", "flood", DateValue("2025-05-06", "day"), [Span(doc_id, s, s + 7, "flooded")],
                confidence=0.9,  # listed
            )
        )  # fmt: skip
        port = TEXT.index("Port Office")
        entities.append(
            Entity(
                f"e-port{i}", "ORG", "Port Office", {"en": ["Port Office"]},
                [EntityMention(doc_id, port, port + 11, "Port Office", "Port Office", "en")],
            )
        )  # fmt: skip
        n = TEXT.index("14")
        figures.append(
            Figure(f"f{i}", "boats", 14, "exact", [Span(doc_id, n, n + 2, "14")], source=f"e-port{i}")
        )
    person = TEXT.index("Elin Corra")
    entities.append(
        Entity("e-elin", "PER", "Elin Corra", {"en": ["Elin Corra"]},
               [EntityMention("d0", person, person + 10, "Elin Corra", "Elin Corra", "en")])
    )  # fmt: skip
    return Dossier(documents=docs, entities=entities, events=events, figures=figures)


COUNTS = {"event": 4, "entity": 5, "source": 6}


def test_the_sample_is_fixed_by_the_seed() -> None:
    a, b, c = draw(_dossier(), 1, COUNTS), draw(_dossier(), 1, COUNTS), draw(_dossier(), 2, COUNTS)
    assert [i["id"] for i in a] == [i["id"] for i in b]
    assert [i["id"] for i in a] != [i["id"] for i in c]


def test_the_sample_takes_each_kind_up_to_its_count() -> None:
    items = draw(_dossier(), 7, COUNTS)
    kinds = [i["kind"] for i in items]
    assert kinds.count("event") == 4 and kinds.count("entity") == 5
    # 6 publishers and 6 attributed sources to choose from
    assert kinds.count("source") == 6
    assert all(i["label"] is None and i["why"] is None for i in items)
    assert [i["n"] for i in items] == list(range(1, len(items) + 1))


def test_each_item_shows_its_evidence_span_in_context() -> None:
    for item in draw(_dossier(), 3, COUNTS):
        ev = item["evidence"]
        assert TEXT[ev["start"] : ev["end"]] == ev["text"]
        assert f"⟦{ev['text']}⟧" in ev["context"]
    sources = [i for i in draw(_dossier(), 3, COUNTS) if i["kind"] == "source"]
    assert {i["says"]["role"] for i in sources} <= {"publisher", "attributed", "relayed"}
    publisher = next(
        i for i in draw(_dossier(), 3, {**COUNTS, "source": 12}) if i["says"].get("role") == "publisher"
    )
    assert publisher["says"]["name"] == publisher["evidence"]["text"] == "Zorna Vest"


def test_context_is_cut_around_the_span() -> None:
    doc = Document("d", "/data/pages/p.txt", "a" * 1000 + "NAME" + "b" * 1000, "0", "0")
    ev = evidence(doc, 1000, 1004)
    assert ev["context"].startswith("…") and ev["context"].endswith("…")
    assert len(ev["context"]) < 500 and "⟦NAME⟧" in ev["context"]
    assert corpus_of(doc) == "pages"


def test_score_counts_precision_per_kind_and_language() -> None:
    items = [
        {"kind": "event", "lang": "bg", "corpus": "bsnlp", "label": "right"},
        {"kind": "event", "lang": "bg", "corpus": "bsnlp", "label": "wrong"},
        {"kind": "event", "lang": "pl", "corpus": "pages", "label": "right"},
        {"kind": "event", "lang": "pl", "corpus": "pages", "label": "unsure"},
        {"kind": "entity", "lang": "pl", "corpus": "pages", "label": None},
    ]
    result = score(items)
    events = result["scores"]["event"]
    assert events["all"]["all"]["precision"] == round(2 / 3, 3)
    assert events["lang"]["bg"]["precision"] == 0.5
    assert events["lang"]["pl"] == {"right": 1, "wrong": 0, "unsure": 1, "unlabelled": 0, "precision": 1.0}
    assert result["scores"]["entity"]["all"]["all"]["precision"] is None
    assert result["problems"] == []


def test_score_reports_labels_outside_the_format() -> None:
    result = score([{"kind": "event", "lang": "en", "corpus": "demo", "label": "yes"}])
    assert result["problems"] and "yes" in result["problems"][0]


def test_score_command_reads_a_labelled_file(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    items = draw(_dossier(), 5, COUNTS)
    for item in items:
        item["label"], item["why"] = ("right", "E1 ok") if item["kind"] != "entity" else ("wrong", "N2 junk")
    sample = tmp_path / "sample-5.jsonl"
    sample.write_text("".join(json.dumps(i) + "\n" for i in items), "utf-8")
    assert main(["score", str(sample), "--json", str(tmp_path / "s.json")]) == 0
    saved = json.loads((tmp_path / "s.json").read_text("utf-8"))
    assert saved["scores"]["entity"]["all"]["all"]["precision"] == 0.0
    assert saved["scores"]["event"]["all"]["all"]["precision"] == 1.0
    assert "event" in capsys.readouterr().out


def test_source_groups_fold_spellings_of_one_outlet() -> None:
    from eval.audit import source_groups

    dossier = _dossier()
    dossier.documents[1].outlet = "Зорна Вест"
    groups = source_groups(dossier)
    assert {"Zorna Vest", "Зорна Вест"} in groups.values()
    assert {"Port Office"} in groups.values()


def test_the_kept_sample_holds_labels_and_offsets_but_no_passage(tmp_path: Path) -> None:
    items = draw(_dossier(), 4, COUNTS)
    items[0]["label"], items[0]["why"] = "wrong", "E2 another kind of happening"
    sample = tmp_path / "sample-4.jsonl"
    sample.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), "utf-8")
    assert main(["keep", str(sample)]) == 0
    kept_text = (tmp_path / "labels-4.jsonl").read_text("utf-8")
    assert "harbour" not in kept_text and "⟦" not in kept_text and "flooded" not in kept_text
    kept = [json.loads(line) for line in kept_text.splitlines()]
    assert kept[0]["label"] == "wrong" and kept[0]["evidence"]["start"] == items[0]["evidence"]["start"]
    assert score(kept) == score(items)


def test_support_change_counts_positions_before_and_after_folding() -> None:
    from eval.audit import support_change

    from storyline.model import Conflict, Position

    dossier = _dossier(3)
    dossier.documents[1].outlet = "ZORNA VEST"  # case folding alone already made these one
    dossier.documents[2].outlet = "Зорна Вест"  # another script: one source only once folded
    dossier.conflicts = [
        Conflict("c1", "figure", "boats", "contradiction", [Position(14, ["f0", "f1", "f2"])])
    ]
    assert support_change(dossier, {}) == (1, 2, 1, 1)


def _two_languages() -> Dossier:
    dossier = _dossier(6)
    for doc in dossier.documents[1:]:
        doc.lang = "cs"
    for ent in dossier.entities:
        for m in ent.mentions:
            m.lang = next(d.lang for d in dossier.documents if d.id == m.doc)
    return dossier


def test_a_minimum_per_language_lets_a_rare_language_in() -> None:
    counts = {"event": 2, "entity": 2, "source": 2}
    for seed in range(5):
        items = draw(_two_languages(), seed, counts, min_per_lang=1)
        for kind in ("event", "entity", "source"):
            langs = [i["lang"] for i in items if i["kind"] == kind]
            assert len(langs) == 2 and "en" in langs and "cs" in langs
    assert draw(_two_languages(), 3, counts, 1) == draw(_two_languages(), 3, counts, 1)


def test_without_a_minimum_the_draw_is_uniform_as_before() -> None:
    assert draw(_dossier(), 9, COUNTS) == draw(_dossier(), 9, COUNTS, min_per_lang=0)


def test_the_draw_takes_the_events_the_timeline_lists_unless_asked_for_all() -> None:
    dossier = _dossier()
    for k, e in enumerate(dossier.events):
        e.confidence = 0.9 if k % 2 else 0.2  # every other event is a low-confidence one
    listed = {e.id for e in dossier.events if e.confidence >= LISTED}
    drawn = {i["id"] for i in draw(dossier, 1, {**COUNTS, "event": 6}) if i["kind"] == "event"}
    assert drawn == listed
    everything = {
        i["id"] for i in draw(dossier, 1, {**COUNTS, "event": 6}, all_events=True) if i["kind"] == "event"
    }
    assert everything == {e.id for e in dossier.events}


def test_a_source_is_shown_at_the_mention_its_figure_was_credited_to() -> None:
    # "According to Mira Tesk, … 40 of Tesk's neighbours …": the nearest mention is not the one
    # the figure was credited to, and a labeller judges the mention shown
    from eval.audit import Sampler

    from storyline.model import Analysis, FigureMention, Mention

    text = "According to Mira Tesk, the flood forced out 40 of Tesk's neighbours overnight."
    credited, nearest, n = text.index("Mira Tesk"), text.index("Tesk's"), text.index("40")
    doc = Document("d0", "/data/bsnlp/x.txt", text, "0", "0", lang="en")
    person = Entity(
        "e-tesk", "PER", "Mira Tesk", {"en": ["Mira Tesk", "Tesk"]},
        [EntityMention("d0", credited, credited + 9, "Mira Tesk"), EntityMention("d0", nearest, nearest + 4, "Tesk")],
    )  # fmt: skip
    figure = Figure("f0", "displaced", 40, "exact", [Span("d0", n, n + 2, "40")], source="e-tesk")
    dossier = Dossier(documents=[doc], entities=[person], figures=[figure])
    analysis = Analysis(
        lang="en",
        mentions=[
            Mention(credited, credited + 9, "Mira Tesk", "PER"),
            Mention(nearest, nearest + 4, "Tesk", "PER"),
        ],
        figures=[FigureMention("displaced", 40, n, n + 2, "40", source=0)],
    )
    shown = {(s[2], s[3]) for s in Sampler(dossier, 1, analyses={"d0": analysis})._source_population()}
    assert shown == {(credited, "Mira Tesk")}
    # without the analysis, the nearest mention stands in
    shown = {(s[2], s[3]) for s in Sampler(dossier, 1)._source_population()}
    assert shown == {(nearest, "Tesk")}


def test_a_place_the_happening_was_only_near_reads_near() -> None:
    assert _place("Holmsk", "near") == "near Holmsk"
    assert _place("Holmsk", None) == "Holmsk"
    assert _place(None, "near") is None


def test_a_corpus_round_draws_only_from_that_input() -> None:
    dossier = _dossier(9)
    # an entity named in a bsnlp and a pages document: its pages mention is the one shown
    port = TEXT.index("Port Office")
    dossier.entities[0].mentions.append(
        EntityMention("d1", port, port + 11, "Port Office", "Port Office", "en")
    )
    counts = {"event": 9, "entity": 9, "source": 20}
    items = draw(dossier, 2, counts, corpus="pages")
    assert items and {i["corpus"] for i in items} == {"pages"}
    kinds = Counter(i["kind"] for i in items)
    assert kinds["event"] == 3 and kinds["entity"] == 4  # d1, d4, d7 and the shared entity
    assert any(i["id"] == "e-port0" and i["evidence"]["doc"] == "d1" for i in items)
    assert draw(dossier, 2, counts, corpus="pages") == items
    assert {i["corpus"] for i in draw(dossier, 2, counts)} == {"bsnlp", "pages", "demo"}
