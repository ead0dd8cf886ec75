"""One newsroom, one source: acronyms, transliterations, descriptions and full names fold together."""

from __future__ import annotations

import pytest

from storyline.ingest.source_names import SourceAliases, loose_key, shipped
from storyline.link.conflicts import Sources, find_conflicts
from storyline.link.context import LinkContext
from storyline.model import Document, Entity, Span
from storyline.model import Figure as F


def test_transliterations_meet_in_one_key() -> None:
    assert loose_key("Интерфакс") == loose_key("Interfax")
    assert loose_key("Глобус Прес") == loose_key("Globus Press")
    assert loose_key("Укрінформ") == loose_key("Ukrinform")
    assert loose_key("Zorna Vest") != loose_key("Zorna Post")


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("ТАСС", "TASS"),
        ("агентство ТАСС", "TASS"),
        ("the Russian state-run agency TASS", "TASS"),
        ("Telegraph Agency of the Soviet Union", "TASS"),
        ("БТА", "BTA"),
        ("Българска телеграфна агенция", "BTA"),
        ("Bulgarian News Agency", "BTA"),
        ("БГНЕС", "BGNES"),
        ("агенция БГНЕС", "BGNES"),
        ("Укрінформ", "Ukrinform"),
        ("УНИАН", "UNIAN"),
        ("Ройтерс", "Reuters"),
        ("Рейтер", "Reuters"),
        ("Agence France-Presse", "AFP"),
        ("Франс Прес", "AFP"),
        ("Polska Agencja Prasowa", "PAP"),
        ("CTK", "ČTK"),
        ("Tlačová agentúra Slovenskej republiky", "TASR"),
        ("Казинформ", "Kazinform"),
        ("Би-би-си", "BBC"),
        ("Дойче веле", "DW"),
        ("Anadolu Ajansı", "Anadolu"),
    ],
)
def test_shipped_names(name: str, source: str) -> None:
    assert SourceAliases().canonical(name) == source


@pytest.mark.parametrize(
    "name",
    ["News Agency", "the state news agency", "Kyiv Oblast Courier", "Reuters correspondent", "", "Фокус"],
)
def test_names_no_alias_knows_stay_their_own(name: str) -> None:
    """A head word alone, an unknown outlet, a common word that a listed name contains: no guess."""
    assert SourceAliases().canonical(name) is None


def test_an_unknown_outlet_is_one_source_under_each_script() -> None:
    aliases = SourceAliases()
    assert aliases.key("Вечерни Новини") == aliases.key("Vecherni Novini")
    assert aliases.key("Vecherni Novini") != aliases.key("Utrinni Novini")


def test_every_shipped_alias_points_one_way() -> None:
    """No spelling in the list names two newsrooms (the loose keys would silently pick one)."""
    import tomllib
    from importlib import resources

    raw = (resources.files("storyline") / "lang" / "sources" / "sources.toml").read_text(encoding="utf-8")
    owner: dict[str, str] = {}
    for entry in tomllib.loads(raw)["source"]:
        for name in [entry["name"], *entry["names"]]:
            assert owner.setdefault(loose_key(name), entry["name"]) == entry["name"], name
    assert len(shipped().aliases) == len(owner)


def test_acronyms_learned_from_full_name_in_brackets() -> None:
    aliases = SourceAliases().learn(
        [
            "The Velmora Press Office (VPO) said on Monday that the bridge was closed.",
            "По данни на Северна информационна агенция (СИА) пострадалите са трима.",
            "ZNT (Zarnov News Television) reported the fire first.",
        ]
    )
    assert aliases.key("VPO") == aliases.key("Velmora Press Office")
    assert aliases.key("СИА") == aliases.key("Северна информационна агенция")
    assert aliases.key("Zarnov News Television") == aliases.key("ZNT")


def test_brackets_that_are_no_alias_are_not_learned() -> None:
    aliases = SourceAliases().learn(
        [
            "OSLO (Reuters) - The port reopened.",
            "The mayor (a former teacher) said the school would reopen.",
            "The agency (TASS) said so.",  # a generic description names no one
            "Carlo Benz (CDU) said the vote would be held.",  # a party, not Carlo Benz's initials
        ]
    )
    assert aliases.learned == {}
    assert aliases.key("Carlo Benz") != aliases.key("CDU")


def test_a_description_beside_a_known_outlet_is_learned() -> None:
    aliases = SourceAliases().learn(
        ["the Moravian news agency (Hlasko) said", "Hlasko: the bridge is closed."], outlets=["Hlasko"]
    )
    assert aliases.key("Moravian news agency") == aliases.key("Hlasko")
    assert aliases.key("the Moravian agency") == aliases.key("Hlasko")


def test_an_alias_pointing_two_ways_is_dropped() -> None:
    aliases = SourceAliases().learn(
        ["the Lunar wire agency (Selene) said", "the Lunar wire agency (Artemia) said"],
        outlets=["Selene", "Artemia"],
    )
    assert aliases.key("Lunar wire agency") not in {aliases.key("Selene"), aliases.key("Artemia")}


# ---------------------------------------------------------------- counting independent sources


def _ctx(outlets: dict[str, str | None], texts: dict[str, str] | None = None) -> LinkContext:
    texts = texts or {}
    docs = {d: Document(d, d, texts.get(d, f"text of {d}"), "", "", outlet=o) for d, o in outlets.items()}
    ctx = LinkContext(documents=docs, analyses={})
    ctx.doc_story = dict.fromkeys(docs, "s1")
    return ctx


def _fig(fid: str, doc: str, value: float, via: list[str] | None = None) -> F:
    return F(
        fid, "dead", value, "exact", [Span(doc, 0, 1, "x")], event="v1", as_of="2025-05-02", via=via or []
    )


def test_one_agency_under_four_names_is_one_source() -> None:
    ctx = _ctx({"d1": "БГНЕС", "d2": "BGNES", "d3": "Bulgarian agency BGNES", "d4": "Reuters", "d5": None})
    assert Sources(ctx).count([_fig(str(i), d, 12) for i, d in enumerate(["d1", "d2", "d3"])]) == 1
    assert Sources(ctx).count([_fig("a", "d1", 12), _fig("b", "d4", 12), _fig("c", "d5", 12)]) == 3


def test_support_counts_learned_aliases_as_one() -> None:
    texts = {"d1": "The Orvel Daily Courier (ODC) reported that 12 died.", "d2": "12 died."}
    ctx = _ctx({"d1": "Orvel Daily Courier", "d2": "ODC", "d3": "Plainfield Gazette"}, texts)
    ctx.figures = [_fig("a", "d1", 12), _fig("b", "d2", 12), _fig("c", "d3", 15)]
    find_conflicts(ctx)
    (c,) = ctx.conflicts
    assert {p.value: p.support for p in c.positions} == {12: 1, 15: 1}


def test_a_relayed_report_counts_with_the_outlet_it_relays() -> None:
    ctx = _ctx({"d1": "ТАСС", "d2": "Plainfield Gazette", "d3": "Orvel Courier"})
    ctx.entities = [Entity("e-tass", "ORG", "TASS", {}, [])]
    relayed = [_fig("a", "d1", 7), _fig("b", "d2", 7, via=["e-tass"])]
    assert Sources(ctx).count(relayed) == 1
    assert Sources(ctx).count([*relayed, _fig("c", "d3", 7)]) == 2


def test_generic_words_never_become_an_alias() -> None:
    aliases = SourceAliases().learn(["The Information Agency (IA) said", "News Agency (NA) reported"])
    assert aliases.canonical("Agency") is None and aliases.canonical("News Agency") is None
    assert aliases.canonical("A news agency") is None  # the article "a" is no two-letter acronym
    assert aliases.canonical("AA") == "Anadolu"


def test_an_acronym_may_skip_a_word_or_two_of_its_name() -> None:
    aliases = SourceAliases().learn(["За даними Обласної служби порятунку Полісся (ОСП) загинули двоє."])
    assert aliases.key("Обласної служби порятунку Полісся") == aliases.key("ОСП")
    # three words skipped is no longer the name's acronym
    assert SourceAliases().learn(["Velmora and Bricktown Port Office Inc (VPI)"]).learned == {}


@pytest.mark.parametrize("name", ["Ραδιόφωνο Κοιλάδας", "وكالة الوادي", "山谷日报", "ხეობის ამბები", "—"])
def test_any_script_gives_a_stable_key_without_a_guess(name: str) -> None:
    """Scripts no list covers are transliterated or kept as written: a key, never another source."""
    aliases = SourceAliases()
    assert aliases.canonical(name) is None
    assert aliases.key(name) and aliases.key(name) == SourceAliases().key(name)


def test_shipped_names_in_arabic_and_greek_scripts() -> None:
    assert SourceAliases().canonical("الجزيرة") == "Al Jazeera"
    assert SourceAliases().canonical("ΑΠΕ-ΜΠΕ") == "ANA-MPA"


def test_bodies_and_platforms_are_told_from_outlets() -> None:
    from storyline.ingest.source_names import is_body, is_platform

    assert is_body("Следственный комитет") and is_body("Ministry of Ports") and is_body("Guvernul")
    assert is_body("ДСНС")  # an official body of the shipped list
    assert not is_body("ТАСС") and not is_body("Radio Marlow") and not is_body("Vladimir Orlov")
    assert is_platform("Telegram") and is_platform("Твиттер") and not is_platform("Reuters")
