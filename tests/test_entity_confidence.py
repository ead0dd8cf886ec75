"""The entity confidence (a logistic model fitted on the audit rounds) and the folded entity list:
CLI, report, web page and the audit's draw show the listed entities, the rest behind --all."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from eval.audit import draw
from eval.audit_listing_entities import as_weights, fit
from typer.testing import CliRunner

from storyline.analyse import entity_confidence as ec
from storyline.analyse.entity_confidence import (
    Weights,
    entity_confidence,
    entity_features,
    from_dossier,
    is_listed,
    listed_of,
)
from storyline.api import Store
from storyline.cli import app
from storyline.export.dossier import to_dossier
from storyline.export.report_index import ReportIndex
from storyline.export.report_sections import entities_table
from storyline.model import Dossier, Entity, EntityMention


def _entity(eid: str, etype: str, texts: list[str], docs: int = 1, lang: str = "en") -> Entity:
    mentions = [
        EntityMention(f"d{i % docs}", 10 * i, 10 * i + len(t), t, t, lang) for i, t in enumerate(texts)
    ]
    return Entity(eid, etype, texts[0], {lang: sorted(set(texts))}, mentions)


def test_a_lower_case_phrase_is_less_certain_than_a_person_with_a_first_name() -> None:
    phrase = _entity("e1", "ORG", ["the regional water board"])
    person = _entity("e2", "PER", ["Marta Kowin"])
    assert entity_confidence(phrase) < entity_confidence(person)
    assert entity_features(phrase)["lower_share"] == 1.0
    assert entity_features(person)["given_name"] == 1.0


def test_an_entity_named_in_several_documents_is_listed_whatever_its_score() -> None:
    strict = Weights(intercept=-10.0, weights={}, listed=0.5, support=3)
    assert not is_listed(_entity("e1", "ORG", ["Zorna Vest", "Zorna Vest"], docs=2), strict)
    assert is_listed(_entity("e2", "ORG", ["Zorna Vest"] * 3, docs=3), strict)


def test_the_shipped_weights_load_and_fold_some_but_not_all() -> None:
    w = ec.weights()
    assert 0.0 < w.listed < 1.0 and w.support >= 2
    entities = [_entity("e1", "ORG", ["the regional water board"]), _entity("e2", "LOC", ["Varno"])]
    shown, folded = listed_of(entities)
    assert [e.id for e in shown] == ["e2"] and [e.id for e in folded] == ["e1"]


def test_an_entity_of_the_dossier_json_reads_back_with_the_same_confidence() -> None:
    e = _entity("e1", "PER", ["Elin Corra", "Elinu Corrovi"], docs=2, lang="cs")
    data = to_dossier(Dossier(entities=[e]))["entities"][0]
    assert entity_confidence(from_dossier(data)) == entity_confidence(e)


def test_the_fit_recovers_a_feature_that_separates_the_labels() -> None:
    rng = np.random.default_rng(3)
    x = rng.random((200, 2))
    y = (x[:, 0] > 0.5).astype(float)
    w = as_weights(["a", "b"], *fit(x, y), 0.5)
    assert w.weights["a"] > 5 * abs(w.weights["b"])


@pytest.fixture
def strict(monkeypatch: pytest.MonkeyPatch) -> None:
    """Weights that fold every entity named in fewer than three documents."""
    monkeypatch.setattr(ec, "weights", lambda: Weights(intercept=-10.0, weights={}, listed=0.5, support=3))


def test_the_audit_draws_listed_entities_unless_asked_for_all(strict: None) -> None:
    big = _entity("e-big", "LOC", ["Varno"] * 3, docs=3)
    small = _entity("e-small", "ORG", ["Port Office"])
    from storyline.model import Document

    docs = [Document(f"d{i}", f"/data/x{i}.txt", "x" * 200, "0", "0", lang="en") for i in range(3)]
    dossier = Dossier(documents=docs, entities=[big, small])
    counts = {"event": 0, "entity": 5, "source": 0}
    assert {i["id"] for i in draw(dossier, 1, counts)} == {"e-big"}
    assert {i["id"] for i in draw(dossier, 1, counts, all_entities=True)} == {"e-big", "e-small"}


def test_the_report_folds_the_less_certain_names(strict: None) -> None:
    entities = [_entity("e-big", "LOC", ["Varno"] * 3, docs=3), _entity("e-small", "ORG", ["Port Office"])]
    data = to_dossier(Dossier(entities=entities))
    html = entities_table(ReportIndex(data))
    listed, folded = html.split("<details", 1)
    assert "Varno" in listed and "Port Office" not in listed
    assert "1 less certain names" in folded and "Port Office" in folded


def test_the_cli_folds_the_less_certain_names_and_all_shows_them(strict: None, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    days = ["Monday", "Tuesday", "Friday"]
    for i, day in enumerate(days):
        (folder / f"n{i}.txt").write_text(
            f"Storm in Varno\n\nA storm flooded the harbour of Varno on {day}, {i + 3} boats sank.\n", "utf-8"
        )
    (folder / "n9.txt").write_text("Fire in Tellby\n\nA fire broke out in Tellby on Sunday.\n", "utf-8")
    db = tmp_path / "s.db"
    assert not Store(db).ingest([folder]).failed
    entities = Store(db).entities()
    folded = [e.name for e in entities if not is_listed(e)]
    listed = [e.name for e in entities if is_listed(e)]
    assert folded and listed, "the invented corpus has a name in three documents and one in one"
    default = CliRunner().invoke(app, ["entities", "--db", str(db)])
    everything = CliRunner().invoke(app, ["entities", "--all", "--db", str(db)])
    assert default.exit_code == 0 and everything.exit_code == 0
    assert f"{len(folded)} less certain names folded" in default.output
    for name in folded:
        assert name not in default.output and name in everything.output
    for name in listed:
        assert name in default.output
    assert "less certain" not in everything.output


def test_the_web_entity_page_folds_the_less_certain_names(strict: None, demo_db: Path) -> None:
    from web_support import client

    entities = Store(demo_db).entities()
    folded = sum(not is_listed(e) for e in entities)
    assert 0 < folded < len(entities)
    with client(demo_db) as web:
        page = web.get("/entities")
        everything = web.get("/entities", params={"all": 1})
    assert page.status_code == 200 and everything.status_code == 200
    assert f"{folded} less certain names folded" in page.text and "all=1" in page.text
    assert "less certain" not in everything.text


def test_the_api_lists_every_entity_with_its_confidence(demo_db: Path) -> None:
    from web_support import client

    by_id = {e.id: e for e in Store(demo_db).entities()}
    with client(demo_db) as web:
        items = web.get("/api/v1/entities", params={"per_page": 500}).json()["items"]
    assert len(items) == len(by_id)
    for item in items:
        assert item["confidence"] == entity_confidence(by_id[item["id"]])
        assert item["listed"] == is_listed(by_id[item["id"]])


def test_a_name_of_everyday_words_only_is_less_certain_than_an_invented_name() -> None:
    phrase = _entity("e1", "ORG", ["Water Board Office"])
    name = _entity("e2", "ORG", ["Zorvik Talmane Dresk"])
    assert entity_features(phrase)["common_words"] == 1.0
    assert entity_features(name)["common_words"] == 0.0
    # the same words in another language the lists do not have as everyday words, an
    # abbreviation, a number: no phrase
    assert entity_features(_entity("e3", "ORG", ["Water Board Office"], lang="xx"))["common_words"] == 0.0
    assert entity_features(_entity("e4", "ORG", ["WATER BOARD"]))["common_words"] == 0.0
    assert entity_features(_entity("e5", "EVT", ["Games 2031"]))["common_words"] == 1.0
    assert entity_features(_entity("e6", "EVT", ["Zorvik 2031"]))["common_words"] == 0.0
    assert entity_confidence(phrase) < entity_confidence(name)


def test_mentions_that_disagree_on_the_base_form_lower_the_confidence() -> None:
    def entity(bases: list[str]) -> Entity:
        mentions = [EntityMention(f"d{i}", 0, 14, "Dravnego Holtu", b, "pl") for i, b in enumerate(bases)]
        return Entity("e1", "LOC", bases[0], {"pl": sorted(set(bases))}, mentions)

    agree, split = entity(["Dravna Holt"] * 4), entity(["Dravna Holt", "Dravnu Holt"] * 2)
    assert entity_features(agree)["base_agrees"] == 1.0 and entity_features(split)["base_agrees"] == 0.5
    # every other sign the same: the base forms' agreement alone moves the score
    assert {k: v for k, v in entity_features(agree).items() if k != "base_agrees"} == {
        k: v for k, v in entity_features(split).items() if k != "base_agrees"
    }
    assert entity_confidence(split) < entity_confidence(agree)
