"""Wrong merges and display names of audit round 18 (invented names and sentences; issue 16): a
subsidiary filed under its parent's learned id; a region named from a town joined by spelling to
another town; a party's members in lower case as the display name; a bare surname's base form
cut to a name no text writes; an abbreviation of one country's body joined to another's
translated name; a long name joined to an abbreviation that its language expands otherwise."""

from __future__ import annotations

from collections import Counter

from entity_support import linked
from storyline.link.acronym_fit import abbreviated_otherwise, expanded_otherwise
from storyline.link.entities import display_name
from storyline.link.entity_index import EntityIndex, key_mention
from storyline.link.spelling_guards import town_region
from storyline.link.subsidiaries import another_company
from storyline.link.surname_case import written_surname
from storyline.model import Mention


def _m(text: str, etype: str, base: str, lang: str, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, etype, base, lang)


def test_a_company_name_with_a_country_and_more_words_is_a_subsidiary() -> None:
    assert another_company("Baltoria Norwegen Handel GmbH", "de", "ORG-Baltoria")
    assert another_company("Балтория Норвегия Трейдинг", "ru", "ORG-Baltoria")
    assert not another_company("Baltoria Norwegen", "de", "ORG-Baltoria")  # the market alone
    assert not another_company("Baltoria Handel GmbH", "de", "ORG-Baltoria")  # no country
    assert not another_company("Grenmark Norwegen Handel", "de", "ORG-Baltoria")  # not its name
    assert not another_company("Baltoria Norwegen Handel GmbH", "de", "PER-Baltoria")

    def table(_etype: str, name: str, _lang: str) -> str | None:
        return "ORG-Baltoria" if name.startswith(("Baltoria", "Балтория")) else None

    sub = _m("Балтория Норвегия Трейдинг", "ORG", "Балтория Норвегия Трейдинг", "ru")
    assert key_mention(sub, table) is not None and key_mention(sub, table).alias is None  # type: ignore[union-attr]
    got = linked(
        {
            "a": (None, [_m("Baltoria", "ORG", "Baltoria", "ru")]),
            "b": (None, [sub]),
            "c": (None, [_m("Балтория", "ORG", "Балтория", "ru")]),
        },
        EntityIndex(aliases=table),
    )
    assert got[("a", 0)] != got[("b", 0)]
    assert got[("a", 0)] == got[("c", 0)]  # the parent's own names still go by its id


def test_a_region_named_from_a_town_is_not_a_town_alike_in_spelling() -> None:
    assert town_region("Veselice", "sl", {"cs": Counter({"Veselicko": 1})})
    assert town_region("Veselicko", "cs", {"sl": Counter({"Veselice": 2})})
    assert not town_region("Veselicku", "cs", {"cs": Counter({"Veselicko": 1})})  # both regions
    assert not town_region("Veselice", "sl", {"sl": Counter({"Veselica": 1})})  # both towns
    assert not town_region("Veselice", "en", {"cs": Counter({"Veselicko": 1, "Veselice": 1})})
    got = linked(
        {
            "a": (None, [_m("Veselicko", "LOC", "Veselicko", "cs")]),
            "b": (None, [_m("Veselice", "LOC", "Veselice", "sl")]),
            "c": (None, [_m("Veselicku", "LOC", "Veselicku", "cs")]),
        }
    )
    assert got[("a", 0)] != got[("b", 0)]
    assert got[("a", 0)] == got[("c", 0)]  # a case form of the region still joins it


def test_common_words_in_lower_case_are_no_display_name_beside_a_name() -> None:
    names = Counter(
        {("ВСП", "bg"): 5, ("lidoví socialisté", "cs"): 3, ("Вортландска социалистическа партия", "bg"): 1}
    )
    assert display_name(names, "ORG") == "VSP"
    names[("Vortlandská socialistická strana", "cs")] = 1
    assert display_name(names, "ORG") == "Vortlandská socialistická strana"
    # an outlet's address is its name as branded
    assert display_name(Counter({("vesti.pl", "pl"): 2, ("Vesti.pl", "pl"): 1}), "ORG") == "vesti.pl"
    # with nothing else to go by, the words are still shown
    assert display_name(Counter({("lidoví socialisté", "cs"): 2}), "ORG") == "lidoví socialisté"


def test_a_bare_surname_written_as_the_full_name_ends_keeps_that_form() -> None:
    assert written_surname(_m("Vella", "PER", "Vell", "cs"), "Marco Vella") == "Vella"
    assert written_surname(_m("Vella", "PER", "Vella", "cs"), "Marco Vella") is None  # as written
    assert written_surname(_m("Vellovi", "PER", "Vell", "cs"), "Marco Vella") is None  # another form
    assert written_surname(_m("Ruiz Vella", "PER", "Ruiz Vell", "cs"), "Marco Ruiz Vella") == "Ruiz Vella"
    text = "Ministr Marco Vella to řekl v pondělí. Je to vážné, uvedl Vella."
    mentions = [
        _m("Marco Vella", "PER", "Marco Vella", "cs", text.index("Marco")),
        _m("Vella", "PER", "Vell", "cs", text.rindex("Vella")),
    ]
    got = linked({"a": (text, mentions)})
    assert got[("a", 0)] == got[("a", 1)]
    assert mentions[1].base == "Vella"


def test_an_abbreviation_of_one_body_is_not_anothers_translated_name() -> None:
    assert abbreviated_otherwise("UZK", ["Urząd Żeglugi Krajowej", "MSA"], "pl")
    assert not abbreviated_otherwise("UZK", ["Urząd Żeglugi Krajowej"], "pl")
    assert not abbreviated_otherwise("UZK", ["Urząd Żeglugi Krajowej", "UŻK"], "pl")  # its own letters
    first = "Brytyjski armator zwrócił się do Urzędu Żeglugi Krajowej (MSA) o zgodę."
    later = "Kontrole prowadzi UZK, który ma problemy kadrowe."
    both = {
        "a": (
            first,
            [
                _m("Urzędu Żeglugi Krajowej", "ORG", "Urząd Żeglugi Krajowej", "pl", first.index("Urzędu")),
                _m("MSA", "ORG", "MSA", "pl", first.index("MSA")),
            ],
        ),
        "b": (later, [_m("UZK", "ORG", "UZK", "pl", later.index("UZK"))]),
    }
    got = linked(both)
    assert got[("a", 0)] == got[("a", 1)]  # the document's pair
    assert got[("b", 0)] != got[("a", 0)]
    alone = {"a": (first, [both["a"][1][0]]), "b": both["b"]}
    got = linked(alone)
    assert got[("b", 0)] == got[("a", 0)]  # without another abbreviation the fit joins them


def test_a_long_name_does_not_join_an_abbreviation_expanded_otherwise() -> None:
    expanded = ["EFKS", "Europejski Fundusz Kultury Sportowej"]
    assert expanded_otherwise("EFKS", "Europejski Fundusz Kosmiczny", expanded, "pl")
    assert not expanded_otherwise("EFKS", "Europejskiego Funduszu Kultury Sportowej", expanded, "pl")
    assert not expanded_otherwise("EFKS", "Europejski Fundusz Kosmiczny", ["EFKS"], "pl")
    first = "Europejski Fundusz Kultury Sportowej (EFKS) ogłosił konkurs."
    later = "Po 2020 roku działać będzie Europejski Fundusz Kosmiczny."
    docs = {
        "a": (
            first,
            [
                _m(
                    "Europejski Fundusz Kultury Sportowej",
                    "ORG",
                    "Europejski Fundusz Kultury Sportowej",
                    "pl",
                ),
                _m("EFKS", "ORG", "EFKS", "pl", first.index("EFKS")),
            ],
        ),
        "b": (
            later,
            [
                _m(
                    "Europejski Fundusz Kosmiczny",
                    "ORG",
                    "Europejski Fundusz Kosmiczny",
                    "pl",
                    later.index("Euro"),
                )
            ],
        ),
    }
    got = linked(docs)
    assert got[("a", 0)] == got[("a", 1)]
    assert got[("b", 0)] != got[("a", 1)]
    got = linked({"a": (first, [docs["a"][1][1]]), "b": docs["b"]})
    assert got[("b", 0)] == got[("a", 0)]  # the abbreviation alone: its plain fit joins
