"""A sea's, a strait's or a kingdom's name written as an adjective and a small-letter noun is one
place (``entities_features``): the adjective a tagger kept alone runs on over the noun, whatever
type it had, and the two words typed a body are a place. Invented names throughout."""

from __future__ import annotations

from storyline.analyse.entities_features import with_feature_nouns
from storyline.model import Mention


def _at(text: str, surface: str, etype: str, lang: str) -> Mention:
    i = text.index(surface)
    return Mention(i, i + len(surface), surface, etype, surface, lang)


def _run(text: str, mentions: list[Mention], lang: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in with_feature_nouns(text, mentions, lang, lambda s, _t: s)]


def test_an_adjective_cut_from_its_sea_runs_on_over_the_noun() -> None:
    text = "Plinovod bo potekal pod Vranjskim morjem do obale."
    assert _run(text, [_at(text, "Vranjskim", "LOC", "sl")], "sl") == [("Vranjskim morjem", "LOC")]
    text = "Суда прошли через Калверский пролив вчера."
    assert _run(text, [_at(text, "Калверский", "ORG", "ru")], "ru") == [("Калверский пролив", "LOC")]
    text = "Plynovod povede po dně Modrinského moře do přístavu."
    assert _run(text, [_at(text, "Modrinského", "PER", "cs")], "cs") == [("Modrinského moře", "LOC")]


def test_an_adjective_and_its_noun_typed_a_body_are_a_place() -> None:
    text = "Cev leži pod Vranjskim morjem že leto dni."
    assert _run(text, [_at(text, "Vranjskim morjem", "ORG", "sl")], "sl") == [("Vranjskim morjem", "LOC")]


def test_no_noun_of_a_place_or_no_adjective_joins_nothing() -> None:
    # a house or a union names a building or a body as often: not run on
    text = "Svetovalec Vranjske hiše je dejal, da ne ve."
    assert _run(text, [_at(text, "Vranjske", "ORG", "sl")], "sl") == [("Vranjske", "ORG")]
    # a noun, not an adjective, before the word for a sea: a name and the next phrase's noun
    text = "Ladje iz Kalvert morje ne prečkajo."
    assert _run(text, [_at(text, "Kalvert", "LOC", "sl")], "sl") == [("Kalvert", "LOC")]
    # a language without the list (Polish names a sea with the noun first, in capitals)
    text = "Statki na Morzu Wranjskim stoją."
    assert _run(text, [_at(text, "Wranjskim", "LOC", "pl")], "pl") == [("Wranjskim", "LOC")]


def test_a_sea_no_mention_touches_is_found_inside_a_sentence() -> None:
    text = "Ladje so plule po Vranjskem morju do Kalverta."
    got = with_feature_nouns(
        text, [_at(text, "Kalverta", "LOC", "sl")], "sl", lambda s, _t: s, (0, len(text))
    )
    assert [(m.text, m.type) for m in got] == [("Vranjskem morju", "LOC"), ("Kalverta", "LOC")]
    # a capital that opens a sentence may be the adjective's own: no name
    text = "Toplo morje je privabilo turiste."
    assert with_feature_nouns(text, [], "sl", lambda s, _t: s, (0, len(text))) == []


def test_a_numeral_or_a_name_going_on_past_the_noun_is_left_alone() -> None:
    text = "V skupini Dve morja so, a država Vranjska republika Kalvert ne."
    assert with_feature_nouns(text, [], "sl", lambda s, _t: s, (0, len(text))) == []


def test_adjectives_that_share_one_sea_s_noun_take_it_in_their_base_form() -> None:
    # Slovene annotators write each adjective with the shared noun ("<A>sko morje")
    text = "Pobuda povezuje države med Vranjskim, Kalverskim in Modrim morjem."
    mentions = [
        _at(text, "Vranjskim", "LOC", "sl"),
        _at(text, "Kalverskim", "ORG", "sl"),
        _at(text, "Modrim", "LOC", "sl"),
    ]
    out = with_feature_nouns(text, mentions, "sl", lambda s, _t: f"<{s}>")
    assert [(m.text, m.type, m.base) for m in out] == [
        ("Vranjskim", "LOC", "<Vranjskim morjem>"),
        ("Kalverskim", "LOC", "<Kalverskim morjem>"),
        ("Modrim morjem", "LOC", "<Modrim morjem>"),
    ]
    # a run that ends in no place's noun, or a word that is no conjunction, takes nothing
    text = "Med Vranjskim, Kalverskim in Modrim mestom."
    assert _run(text, [_at(text, "Vranjskim", "LOC", "sl")], "sl") == [("Vranjskim", "LOC")]
    text = "Med Kalvijo, Avstrijo in Modrim morjem."
    assert [
        m.base for m in with_feature_nouns(text, [_at(text, "Kalvijo", "LOC", "sl")], "sl", lambda s, _t: s)
    ] == ["Kalvijo"]
    text = "Med Vranjskim pod Modrim morjem."
    assert [
        m.base for m in with_feature_nouns(text, [_at(text, "Vranjskim", "LOC", "sl")], "sl", lambda s, _t: s)
    ][0] == "Vranjskim"


def test_a_power_plant_written_out_after_its_adjective_is_one_place() -> None:
    text = "После разрушения Заречинской гидроэлектростанции уровень воды упал."
    assert _run(text, [_at(text, "Заречинской", "LOC", "ru")], "ru") == [
        ("Заречинской гидроэлектростанции", "LOC")
    ]
