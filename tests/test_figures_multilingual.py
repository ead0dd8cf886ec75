"""Figures in languages beyond the first six, numbers in any script, parts of a count and sums.

Every sentence here is invented (other places, people and numbers than any test corpus)."""

from __future__ import annotations

import pytest

from helpers import figures
from storyline.analyse.figures import lexicon
from storyline.analyse.numbers import find_numbers
from storyline.link.conflicts import find_conflicts
from storyline.link.context import LinkContext
from storyline.model import Figure, FigureMention, Span


def facts(found: list[FigureMention]) -> set[tuple[str, float, str | None]]:
    return {(f.attribute, f.value, f.subgroup) for f in found}


def values(text: str, lang: str | None) -> list[float]:
    return [n.value for n in find_numbers(text, 0, len(text), lang)]


# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("۱۲۷ نفر", "fa", [127]),  # Persian digits
        ("٣٤ شخصا", "ar", [34]),  # Arabic-Indic digits
        ("१२ लोग", None, [12]),  # Devanagari, no pack at all
        ("3.412 Tote", "de", [3412]),
        ("4,318 dead", "en", [4318]),
        ("17 236 morts", "fr", [17236]),
        ("17\u202f236 morts", "fr", [17236]),  # a narrow no-break space groups thousands
        ("2,4 millones", "es", [2_400_000]),
        ("47 bin 318 kişi", "tr", [47318]),  # the multiplier and the rest after it
        ("۲۷ هزار و ۴۰۶ نفر", "fa", [27406]),
        ("36 ألف جريح", "ar", [36000]),
        ("27 мыңға жуық", "kk", [27000]),  # a case ending on the multiplier
        ("12 418-ге жетті", "kk", [12418]),  # a case ending on the digits
        ("ölü sayısı 2317'ye yükseldi", "tr", [2317]),
        ("quatre-vingt-treize victimes", "fr", [93]),
        ("soixante-dix-huit blessés", "fr", [78]),
        ("dreiundvierzig Verletzte", "de", [43]),
        ("zweihundertsiebzehn Menschen", "de", [217]),
        ("harmincezer ember", "hu", [30000]),
        ("trecentoquaranta persone", "it", [340]),
        ("doscientas treinta y cuatro personas", "es", [234]),
        ("05 Mai", "de", []),  # a leading zero is a date or a code, not a count
        ("1 млн 250 тыс. человек", "ru", [1_250_000]),  # a rest with a multiplier of its own
        ("1 милион и 70 хиляди души", "bg", [1_070_000]),
    ],
)
def test_numbers_in_any_script_and_language(text: str, lang: str | None, expected: list[float]) -> None:
    assert values(text, lang) == expected


# ---------------------------------------------------------------- figures per language


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Al menos 37 personas murieron y 112 resultaron heridas.", "es",
         {("dead", 37, None), ("injured", 112, None)}),
        ("O acidente deixou 19 mortos e 46 feridos.", "pt", {("dead", 19, None), ("injured", 46, None)}),
        ("Le bilan s'élève à 58 morts et 203 blessés.", "fr", {("dead", 58, None), ("injured", 203, None)}),
        ("Sono 14 le persone disperse dopo la frana.", "it", {("missing", 14, None)}),
        ("Cel puțin 23 de persoane au murit.", "ro", {("dead", 23, None)}),
        ("Mindestens 41 Menschen kamen ums Leben, 96 wurden verletzt.", "de",
         {("dead", 41, None), ("injured", 96, None)}),
        ("Selde 27 kişi hayatını kaybetti.", "tr", {("dead", 27, None)}),
        ("Sel nedeniyle can kaybı 318'e yükseldi.", "tr", {("dead", 318, None)}),
        ("Су тасқынынан 16 адам қаза тапты.", "kk", {("dead", 16, None)}),
        ("Qəzada 11 nəfər həlak olub.", "az", {("dead", 11, None)}),
        ("لقي 43 شخصا مصرعهم في الفيضانات.", "ar", {("dead", 43, None)}),
        ("وأصيب 128 آخرون بجروح.", "ar", {("injured", 128, None)}),
        ("شمار جانباختگان به ۷۴ نفر رسید.", "fa", {("dead", 74, None)}),
        ("Sedikitnya 31 orang tewas dan 85 orang luka-luka.", "id", {("dead", 31, None), ("injured", 85, None)}),
        ("Δεκαπέντε άνθρωποι σκοτώθηκαν στην έκρηξη.", "el", {("dead", 15, None)}),
        ("Legalább 24 ember meghalt az árvízben.", "hu", {("dead", 24, None)}),
        ("U nesreći je poginulo 13 ljudi.", "sr", {("dead", 13, None)}),
        ("У несрећи је погинуло 13 људи.", "sr", {("dead", 13, None)}),
        ("U nesreći je poginulo 13 ljudi.", "hr", {("dead", 13, None)}),  # Croatian extends Serbian
        ("Во несреќата загинаа 6 лица.", "mk", {("dead", 6, None)}),
        ("Pri nehode zahynulo 8 ľudí.", "sk", {("dead", 8, None)}),
        ("V nesreči je umrlo 9 ljudi.", "sl", {("dead", 9, None)}),
    ],
)  # fmt: skip
def test_figures_in_many_languages(text: str, lang: str, expected: set) -> None:
    assert facts(figures(text, lang)) == expected


def test_an_article_is_not_the_number_one() -> None:
    assert figures("Hay un número indeterminado de desaparecidos.", "es") == []
    assert facts(figures("Un vecino murió en el incendio.", "es")) == {("dead", 1, None)}


def test_a_language_without_a_pack_falls_back_to_counted_nouns_only() -> None:
    # a language with no pack: a number right before a noun some pack knows, and nothing else
    assert lexicon("xx") is not None
    assert facts(figures("Ajalugu 52 muertos kohta.", "xx")) == {("dead", 52, None)}
    assert figures("Kokku 52 inimest ja 3 maja.", "xx") == []


# ---------------------------------------------------------------- parts and sums


def test_parts_are_figures_with_a_subgroup() -> None:
    found = figures("L'explosion a fait 31 morts, dont 6 enfants.", "fr")
    assert facts(found) == {("dead", 31, None), ("dead", 6, "children")}
    found = figures("Es wurden 812 Menschen evakuiert, darunter 95 Kinder.", "de")
    assert facts(found) == {("evacuated", 812, None), ("evacuated", 95, "children")}


def test_where_a_part_was() -> None:
    found = figures("The crash killed 97 people, including 81 on board and 16 on the ground.", "en")
    assert facts(found) == {("dead", 97, None), ("dead", 81, "on board"), ("dead", 16, "on the ground")}


def test_a_place_makes_a_part_and_a_bare_number_in_a_list_goes_on() -> None:
    text = "Hubo 74 fallecidos en Teruel, 12 en Huesca y 5 en la costa."
    found = figures(text, "es", places=("Teruel", "Huesca"))
    assert facts(found) == {
        ("dead", 74, "in Teruel"),
        ("dead", 12, "in Huesca"),
        ("dead", 5, "in costa"),
    }


def test_a_sum_of_passengers_and_crew_is_derived() -> None:
    found = figures("On board were 48 passengers and 5 crew members.", "en")
    derived = [f for f in found if f.derived]
    assert [(f.attribute, f.value) for f in derived] == [("on_board", 53)]
    assert all(not f.derived for f in found if f.attribute != "on_board")


def _figure(fid: str, doc: str, value: float, subgroup: str | None = None, derived: bool = False) -> Figure:
    return Figure(
        id=fid, attribute="dead", value=value, qualifier="exact", evidence=[Span(doc, 0, 5, "x")],
        event="ev1", as_of="2026-01-05", subgroup=subgroup, derived=derived,
    )  # fmt: skip


def test_conflicts_leave_parts_and_sums_out() -> None:
    ctx = LinkContext(documents={}, analyses={})
    ctx.figures = [
        _figure("f1", "d1", 40),
        _figure("f2", "d2", 40),
        _figure("f3", "d2", 7, subgroup="children"),  # a part of the same 40
        _figure("f4", "d3", 12, subgroup="in Alvor"),
        _figure("f5", "d1", 44, derived=True),  # its document states 40
    ]
    find_conflicts(ctx)
    assert [c for c in ctx.conflicts if c.kind == "figure"] == []
    ctx.figures.append(_figure("f6", "d4", 52))
    find_conflicts(ctx)
    (conflict,) = [c for c in ctx.conflicts if c.kind == "figure"]
    assert sorted(i for p in conflict.positions for i in p.items) == ["f1", "f2", "f6"]
