"""Two places, or a country and a person, run together by a missing comma are two names
(invented places the learned table is made to know; real countries as the gazetteers know them)."""

from __future__ import annotations

from storyline.analyse.entities_fused import split_fused
from storyline.model import Mention


def _at(text: str, surface: str, etype: str, lang: str) -> Mention:
    i = text.index(surface)
    return Mention(i, i + len(surface), surface, etype, surface, lang)


def _same(surface: str, _etype: str) -> str:
    return surface


def _known_places(names: set[str]):  # noqa: ANN202 - a (type, base) → bool callback
    return lambda etype, base: etype == "LOC" and base in names


def _split(text: str, surface: str, etype: str, lang: str, known: set[str]) -> list[tuple[str, str]]:
    got = split_fused(text, [_at(text, surface, etype, lang)], lang, _same, _known_places(known))
    return [(m.text, m.type) for m in got]


def test_a_country_and_a_known_place_with_only_a_space_between_are_two_places() -> None:
    text = "Najwięcej lotów odwołała Norwegia Nordyn zapomniał o najważniejszej sprawie."
    got = _split(text, "Norwegia Nordyn", "LOC", "pl", {"Nordyn"})
    assert got == [("Norwegia", "LOC"), ("Nordyn", "LOC")]
    # two towns side by side are one name as often: an airport named with its city
    text = "Samolot wylądował na lotnisku Holmbia Nordyn wczoraj."
    assert _split(text, "Holmbia Nordyn", "LOC", "pl", {"Holmbia", "Nordyn"}) == [("Holmbia Nordyn", "LOC")]


def test_a_place_of_two_words_one_unknown_or_after_an_adjective_stays_whole() -> None:
    text = "Lot do Holmbii Nordyn wczoraj."
    assert (
        len(
            split_fused(
                text, [_at(text, "Holmbii Nordyn", "LOC", "pl")], "pl", _same, _known_places({"Holmbii"})
            )
        )
        == 1
    )
    # an adjective before a region's name is one place ("Central <Land>"), known words or not
    sl = "Potovali so po Osrednji Holmbiji včeraj."
    whole = split_fused(
        sl, [_at(sl, "Osrednji Holmbiji", "LOC", "sl")], "sl", _same, _known_places({"Osrednji", "Holmbiji"})
    )
    assert [m.text for m in whole] == ["Osrednji Holmbiji"]


def test_a_body_or_a_quoted_title_is_not_split() -> None:
    text = "Program „Holmbii Nordyn” i firma Holmbii Nordyn."
    quoted = _at(text, "Holmbii Nordyn", "LOC", "pl")
    assert len(split_fused(text, [quoted], "pl", _same, _known_places({"Holmbii", "Nordyn"}))) == 1
    body = Mention(text.rindex("Holmbii"), len(text) - 1, "Holmbii Nordyn", "ORG", "Holmbii Nordyn", "pl")
    assert len(split_fused(text, [body], "pl", _same, _known_places({"Holmbii", "Nordyn"}))) == 1


def test_a_country_run_into_a_full_name_after_it_is_the_country_and_the_person() -> None:
    text = "sekretarz stanu Francja Marek Holmberg wygłosił przemówienie"
    got = _split(text, "Francja Marek Holmberg", "PER", "pl", set())
    assert got == [("Francja", "LOC"), ("Marek Holmberg", "PER")]
    other = "Nordvia Marek Holmberg wygłosił"  # no known country first: left whole
    assert _split(other, "Nordvia Marek Holmberg", "PER", "pl", set()) == [("Nordvia Marek Holmberg", "PER")]
