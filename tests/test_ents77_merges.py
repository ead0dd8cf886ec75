"""Round 33's wrong merges (issue 16; invented names): "New <X>" read as <X> by the gazetteer; a
name in brackets that its abbreviation spells but for a letter or a word, joined whole to that
body; a title its text calls an outlet joined to its publisher by the name table."""

from __future__ import annotations

from entity_support import linked
from storyline.link.acronym_partial import nearly_spells
from storyline.link.entity_index import EntityIndex
from storyline.model import Mention
from storyline.names import gazetteers


def _m(text: str, whole: str, etype: str, lang: str) -> Mention:
    i = whole.index(text)
    return Mention(i, i + len(text), text, etype, text, lang)


def test_new_x_is_another_place_than_x(monkeypatch) -> None:  # noqa: ANN001 - pytest's fixture
    fake = (
        {"name": "Zalderabad", "alternatenames": ["New Zalderabad", "Залдерабад", "Old Zalderabad"],
         "population": 5_000_000, "geonameid": 1},
        {"name": "New Zalderabad", "alternatenames": ["Нью-Залдерабад", "Nowy Zalderabad"],
         "population": 300_000, "geonameid": 2},
        {"name": "Nova Kerlina", "alternatenames": ["Kerlina"], "population": 40_000, "geonameid": 3},
    )  # fmt: skip
    monkeypatch.setattr(gazetteers, "geonames_cities", lambda min_population=15_000: fake)
    table = gazetteers.cities.build()
    assert table["new zalderabad"] == (2, "New Zalderabad")  # not the larger city's
    assert table["zalderabad"] == (1, "Zalderabad")
    assert table["old zalderabad"] == (1, "Zalderabad")  # only "new" makes another place
    assert table["kerlina"] == (3, "Nova Kerlina")  # a "New <X>" city keeps its short name


def test_an_abbreviation_nearly_spelling_a_name() -> None:
    assert nearly_spells("ZIJV", "Zalderski institut za varnost")  # "javno" left out
    assert nearly_spells("ZIV", "Zalderski institut za javno varnost")  # a letter short
    assert not nearly_spells("ZIJV", "Zalderski institut za javno varnost")  # it spells it
    assert not nearly_spells("WKO", "Zalderska komisja obrony")  # a translation's letters


def test_a_bracketed_name_its_abbreviation_nearly_spells_is_one_mention_not_one_entity() -> None:
    full = "Zalderski inštitut za javno varnost (ZIJV) je sporočil."
    slip = "Direktor Zalderskega inštituta za varnost (ZIJV) Marko Tenk."
    other = "Direktor Zalderskega inštituta za varnost Jon Perl je dejal."
    index = EntityIndex()
    got = linked(
        {
            "a": (full, [_m("Zalderski inštitut za javno varnost", full, "ORG", "sl"), _m("ZIJV", full, "ORG", "sl")]),
            "b": (slip, [_m("Zalderskega inštituta za varnost", slip, "ORG", "sl"), _m("ZIJV", slip, "ORG", "sl")]),
            "c": (other, [_m("Zalderskega inštituta za varnost", other, "ORG", "sl")]),
        },
        index,
    )  # fmt: skip
    assert got[("a", 0)] == got[("a", 1)] == got[("b", 1)]
    assert got[("b", 0)] == got[("b", 1)]  # the slip's mention is the abbreviation's body
    assert got[("c", 0)] != got[("b", 1)]  # but the name alone elsewhere is not


def test_a_name_without_its_first_or_last_word_is_the_body_s_short_name() -> None:
    assert not nearly_spells("TKP", "Tarveek-e-Kolbaik")  # its country's word left out
    assert not nearly_spells("NTKP", "Tarveek-e-Kolbaik Parti")  # the first word left out
    assert not nearly_spells("ZIJV", "Zalderski institut za javno")  # the last one


def _table(etype: str, name: str, lang: str) -> str | None:
    # a name table that files a publisher and a title under one id, as annotators may
    return "ORG-Zorkal" if name in ('ООО "ЗОРКАЛ МЕДИА"', "Zorkal") else None


def test_a_title_its_text_calls_an_outlet_is_not_its_publisher() -> None:
    footer = 'Все права принадлежат ООО "ЗОРКАЛ МЕДИА". Перепечатка запрещена.'
    cited = "Как отмечает издание Zorkal, забастовка продлится два дня."
    named = "В Берлине Zorkal открыла новый офис."
    for order in ((footer, cited), (cited, footer)):
        docs = {
            f"d{n}": (t, [_m('ООО "ЗОРКАЛ МЕДИА"' if "ООО" in t else "Zorkal", t, "ORG", "ru")])
            for n, t in enumerate(order)
        }
        got = linked(docs, EntityIndex(aliases=_table))
        assert got[("d0", 0)] != got[("d1", 0)]  # either order
    got = linked({"a": (footer, [_m('ООО "ЗОРКАЛ МЕДИА"', footer, "ORG", "ru")]), "b": (named, [_m("Zorkal", named, "ORG", "ru")])}, EntityIndex(aliases=_table))  # fmt: skip
    assert got[("a", 0)] == got[("b", 0)]  # no text calls it an outlet: the table's id joins


def test_a_romanised_soft_sign_splits_no_word_of_a_nearly_spelt_name() -> None:
    assert not nearly_spells("ZOOV", "Zalesn'oyi orhanizatsiyi okhorony vodu")  # all four initials
