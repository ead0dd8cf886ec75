"""A story link needs evidence about the happening: two happenings in one pair of countries (a
flood and a shooting, both told with the same countries and capital) share those names and no
more, and must stay two stories; a shared town, person or kind of happening still joins."""

from __future__ import annotations

import pytest

from storyline.link import story_index
from storyline.link.story_evidence import country_level_name, country_word, happening_evidence
from storyline.link.story_features import DocSignals, MainEvent, conflicting_mains, doc_signals
from storyline.link.story_index import StoryIndex
from storyline.link.story_summary import StorySummary
from storyline.model import Analysis, EventMention, Mention

# the countries and capital both happenings are told with, marked as a document marks them
BROAD = frozenset({"e:canada", "e:ottawa", "e:mexico", "n:cnd"})
COUNTRIES = {"e:canada": 2.0, "e:ottawa": 1.7, "e:mexico": 1.7, "n:cnd": 1.0}


def _doc(name: str, features: dict[str, float], kind: str, lang: str = "en") -> DocSignals:
    return DocSignals(name, lang, {**COUNTRIES, **features}, main=MainEvent(kind), broad=BROAD)


def _filler(index: StoryIndex) -> None:
    """Other news, so that the countries are not rare words of a tiny index."""
    for i in range(6):
        index.add(DocSignals(f"other{i}", "en", {"e:canada": 1.0, f"e:topic{i}": 2.0, f"w:word{i}": 1.0}))


def test_the_gazetteer_tells_countries_and_capitals_from_towns() -> None:
    assert country_level_name("France", "en") and country_level_name("Ottawa", "en")
    assert country_level_name("Lisboa", "pt")  # a capital in the text's own spelling
    assert not country_level_name("Marseille", "fr") and not country_level_name("Toronto", "en")
    assert country_word("Canadian", "en") and country_word("Kanady", "pl")  # adjective, inflection
    assert not country_word("Winnipeg", "en")


def test_doc_signals_mark_the_country_level_features() -> None:
    text = "Floods in Manitoba: Canadian troops sent from Ottawa to Winnipeg, Canada says."
    words = [("Manitoba", "LOC", None, None), ("Canadian", "LOC", "adjective", "Canada"),
             ("Ottawa", "LOC", None, None), ("Winnipeg", "LOC", None, None), ("Canada", "LOC", None, None)]  # fmt: skip
    mentions = [
        Mention(text.index(w), text.index(w) + len(w), w, t, base or w, "en", k) for w, t, k, base in words
    ]
    ids = {0: "manitoba", 1: "canada", 2: "ottawa", 3: "winnipeg", 4: "canada"}
    event = EventMention("flood", 0, 6, "Floods", 0, len(text), place=4)
    sig = doc_signals("a", Analysis(lang="en", mentions=mentions, events=[event]), ids, text=text)
    assert {"e:canada", "e:ottawa"} <= sig.broad
    assert "e:winnipeg" not in sig.broad and "e:manitoba" not in sig.broad
    # the name stem of "Canada" / "Canadian" is country-level, that of Winnipeg is not
    assert any(f.startswith("n:") for f in sig.broad)
    assert not any(f.startswith("n:w") for f in sig.broad)


def test_sharing_only_countries_is_no_evidence_but_a_town_or_a_kind_is() -> None:
    flood = {"e:canada": 1.0, "e:ottawa": 1.0, "w:river": 1.0}
    shooting = {"e:canada": 1.0, "e:ottawa": 1.0, "w:gunman": 1.0}
    assert not happening_evidence(flood, shooting, BROAD, "flood", "attack")
    assert happening_evidence(
        {**flood, "e:brandon": 1.0}, {**shooting, "e:brandon": 1.0}, BROAD, "flood", "attack"
    )
    assert happening_evidence(flood, shooting, BROAD, "shootdown", "crash")  # one family of kinds
    # an event at a country is as country-level as the country
    assert not happening_evidence({"x:flood@canada": 1.0}, {"x:flood@canada": 1.0}, BROAD, None, None)
    assert happening_evidence({"x:flood@brandon": 1.0}, {"x:flood@brandon": 1.0}, BROAD, None, None)


@pytest.mark.parametrize("evidence", [True, False])
def test_two_happenings_in_one_pair_of_countries_stay_two_stories(
    evidence: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(story_index, "STORY_EVIDENCE", evidence)
    index = StoryIndex()
    _filler(index)
    index.add(_doc("flood1", {"e:brandon": 1.0, "e:assiniboine": 1.0}, "flood"))
    index.add(_doc("flood2", {"e:brandon": 1.0, "w:levee": 0.5}, "flood", lang="fr"))
    index.add(_doc("shooting", {"e:laval-mall": 1.0, "w:gunman": 0.5}, "attack", lang="es"))
    assert index.story_of["flood1"] == index.story_of["flood2"]  # a town both name
    if evidence:
        assert index.story_of["shooting"] != index.story_of["flood1"]
        assert index.joins["shooting"].opened
    else:  # what the test guards against: the countries alone link the two happenings
        assert index.story_of["shooting"] == index.story_of["flood1"]


def test_a_link_that_passes_without_the_countries_still_counts() -> None:
    """Two reports that share no telling name but much else (the day, their figures) are not
    held apart: only a link resting on the countries is refused."""
    index = StoryIndex()
    _filler(index)
    shared = {"d:2025-05-02": 2.0, "f:dead=14": 2.0, "m:05-02": 2.0}
    index.add(_doc("a", {**shared, "w:alpha": 0.3}, "flood"))
    index.add(_doc("b", {**shared, "w:beta": 0.3}, "attack"))
    assert index.story_of["a"] == index.story_of["b"]


def test_a_country_and_a_region_inside_it_are_no_two_places() -> None:
    """A crash placed "in Chile" by one report and in a region the gazetteer does not know by
    another may be one crash; two countries, or two regions, are still two places."""
    country, region = MainEvent("crash", place="chile"), MainEvent("crash", place="atacama-region")
    assert conflicting_mains(country, region, 3)  # without knowing which is a country
    assert not conflicting_mains(country, region, 3, broad={"e:chile"})
    other = MainEvent("crash", place="peru")
    assert conflicting_mains(country, other, 3, broad={"e:chile", "e:peru"})
    assert conflicting_mains(region, MainEvent("crash", place="maule-region"), 3, broad={"e:chile"})


def test_a_story_keeps_the_country_level_features_of_its_documents() -> None:
    summary = StorySummary()
    summary.add(DocSignals("a", "en", {"e:chile": 1.0}, broad=frozenset({"e:chile"})), 1)
    summary.add(
        DocSignals("b", "es", {"e:chile": 1.0, "e:lima": 1.0}, broad=frozenset({"e:chile", "e:lima"})), 2
    )
    again = StorySummary.from_data(summary.size, summary.first, summary.to_data())
    assert again.broad == {"e:chile": 2, "e:lima": 1}
    assert StorySummary.from_data(1, 1, {"held": {"e:x": 1}}).broad == {}  # a row stored before


def test_a_report_placing_the_crash_in_a_region_joins_the_story_placing_it_in_the_country() -> None:
    index = StoryIndex()
    _filler(index)
    people = {"e:pilot-ramos": 2.0, "e:airline-andes": 2.0, "w:jet": 0.5}
    for i in range(2):
        index.add(
            DocSignals(
                f"c{i}",
                "en",
                {**people, "e:chile": 1.0},
                main=MainEvent("crash", place="chile"),
                broad=frozenset({"e:chile"}),
            )
        )
    index.add(
        DocSignals(
            "r", "es", {**people, "e:atacama-region": 1.0}, main=MainEvent("crash", place="atacama-region")
        )
    )
    assert index.story_of["r"] == index.story_of["c0"]


@pytest.mark.parametrize("rare", [True, False])
def test_words_every_report_of_the_war_uses_are_no_evidence_but_a_rare_one_is(
    rare: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two reports in one language of two happenings share the countries and the words any
    report of that war uses ("province", "forces"): no story. A word only they hold is evidence."""
    if not rare:  # every word counts as rare: what the test guards against
        monkeypatch.setattr(story_index, "SPECIFIC_MIN_DF", 1000)
    index = StoryIndex()
    common = {"w:province": 1.0, "w:forces": 1.0}
    for i in range(8):  # other reports of the war in that language
        index.add(DocSignals(f"war{i}", "en", {**common, f"e:front{i}": 2.0, f"w:other{i}": 1.0}))
    index.add(_doc("dam", {**common, "w:reservoir": 0.3}, "flood"))
    index.add(_doc("jet", {**common, "w:cargo": 0.3}, "shootdown"))
    assert (index.story_of["jet"] != index.story_of["dam"]) == rare
    assert not happening_evidence(
        {**common, "w:levee": 1.0}, common, BROAD, None, None, lambda f: f == "w:levee"
    )
    assert happening_evidence(
        {**common, "w:levee": 1.0}, {**common, "w:levee": 1.0}, BROAD, None, None, lambda f: f == "w:levee"
    )
