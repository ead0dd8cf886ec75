"""Names of the kinds the precision audit's round 18 found wrong (invented names and sentences
throughout): a governor whose surname is a country's name read as the country, a university named
"the university in <City>" cut to the city, a programme named after a surname cut to the surname,
"the government of <Country>" as one body's name, a hyphenated region typed as a person, an
airline after the Serbian word for a company typed as a person."""

from __future__ import annotations

from entity_support import as_written as _as_written
from entity_support import found as _found
from entity_support import mention_at as _at
from storyline.analyse.entities import harmonise_types
from storyline.analyse.entities_completed import read_completed
from storyline.analyse.entities_joined import split_joined
from storyline.analyse.entities_shared_noun import split_shared_noun
from storyline.model import Mention


def _typed(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in harmonise_types(mentions)]


def test_a_bare_surname_that_is_a_country_is_the_person_named_in_full() -> None:
    text = "Hejtman Peru: kraje chtějí víc vakcín. Jihočeský hejtman Tomáš Peru to řekl v pondělí. Peru dodal, že čeká."
    mentions = [
        _at(text, "Hejtman Peru", "ORG", "cs"),
        _at(text, "Tomáš Peru", "PER", "cs"),
        Mention(text.index("Peru dodal"), text.index("Peru dodal") + 4, "Peru", "LOC", "Peru", "cs"),
    ]
    assert _typed(mentions) == [("Peru", "PER"), ("Tomáš Peru", "PER"), ("Peru", "PER")]


def test_a_country_stays_a_country_without_a_person_of_that_surname() -> None:
    text = "Delegace z Peru přiletěla. Tomáš Kovanda to řekl v pondělí."
    mentions = [_at(text, "Peru", "LOC", "cs"), _at(text, "Tomáš Kovanda", "PER", "cs")]
    assert _typed(mentions) == [("Peru", "LOC"), ("Tomáš Kovanda", "PER")]
    # a firm's one-word name is its own, whoever bears the surname
    text = "Firma Kovanda zkrachovala. Tomáš Kovanda to řekl v pondělí."
    mentions = [_at(text, "Kovanda", "ORG", "cs"), _at(text, "Tomáš Kovanda", "PER", "cs")]
    assert _typed(mentions)[0] == ("Kovanda", "ORG")


def test_the_university_in_a_city_is_the_university() -> None:
    text = "Според проучване на университета в Дорвил цените ще растат."
    (m,) = read_completed(text, [_at(text, "Дорвил", "LOC", "bg")], "bg")
    assert (m.text, m.type, m.base) == ("университета в Дорвил", "ORG", "Университет в Дорвил")
    # a place after another noun and the preposition stays the place
    text = "Според проучване на болницата в Дорвил цените ще растат."
    (m,) = read_completed(text, [_at(text, "Дорвил", "LOC", "bg")], "bg")
    assert (m.text, m.type) == ("Дорвил", "LOC")


def test_a_plan_named_after_one_surname_is_the_programme() -> None:
    text = "Rząd chce sfinansować realizację planu Kowalczyka dla regionu."
    (m,) = read_completed(text, [_at(text, "Kowalczyka", "PER", "pl")], "pl")
    assert (m.text, m.type, m.base) == ("planu Kowalczyka", "PRO", "Plan Kowalczyka")
    # a given name and a surname: that person's plan, the person stays
    text = "Posłowie odrzucili plan Anny Kowalczyk w głosowaniu."
    (m,) = read_completed(text, [_at(text, "Anny Kowalczyk", "PER", "pl")], "pl")
    assert (m.text, m.type) == ("Anny Kowalczyk", "PER")
    # a capitalised "Plan" opens a title, and other languages' plans are their authors'
    text = "Plan Kowalczyka. Posłowie głosują."
    (m,) = read_completed(text, [_at(text, "Kowalczyka", "PER", "pl")], "pl")
    assert (m.text, m.type) == ("Kowalczyka", "PER")
    text = "Депутаты отвергли план Ковальчука."
    (m,) = read_completed(text, [_at(text, "Ковальчука", "PER", "ru")], "ru")
    assert (m.text, m.type) == ("Ковальчука", "PER")


def test_the_government_of_a_country_is_the_country() -> None:
    assert _found("Pemerintah Kamboja telah mengumumkan masa berkabung nasional.", "id") == [
        ("Kamboja", "LOC")
    ]
    text = "Pemerintah Kamboja telah mengumumkan masa berkabung nasional."
    (m,) = read_completed(text, [_at(text, "Pemerintah Kamboja", "ORG", "id")], "id")
    assert (m.text, m.type, m.start) == ("Kamboja", "LOC", text.index("Kamboja"))
    # not before a name that is no country
    text = "Pemerintah Kota Seruni telah mengumumkan masa berkabung."
    (m,) = read_completed(text, [_at(text, "Pemerintah Kota Seruni", "ORG", "id")], "id")
    assert m.text == "Pemerintah Kota Seruni"


def test_a_hyphenated_region_with_an_article_is_a_place() -> None:
    text = "Altre vittime sono state notificate in Valdoria-La Serrana e in Andalusia."
    (m,) = read_completed(text, [_at(text, "Valdoria-La Serrana", "PER", "it")], "it")
    assert m.type == "LOC"
    assert ("Valdoria-La Serrana", "LOC") in _found(text, "it")
    # a double surname joins two surnames
    text = "Lo ha detto Marta Valdoria-Serrana ieri."
    (m,) = read_completed(text, [_at(text, "Marta Valdoria-Serrana", "PER", "it")], "it")
    assert m.type == "PER"


def test_an_airline_after_the_serbian_word_for_company_is_an_organisation() -> None:
    text = "Сви путници у авиону компаније Аир Салворија су преживели."
    assert _found(text, "sr") == [("Аир Салворија", "ORG")]
    text = "Svi putnici u avionu kompanije Air Salvorija su preživeli."
    assert ("Air Salvorija", "PER") not in _found(text, "sr")


def test_two_names_after_a_plural_noun_for_firms_are_two_firms() -> None:
    text = "Očkování vakcínou firem Nordvax a Holmby začalo v lednu."
    out = split_joined(text, [_at(text, "Nordvax a Holmby", "PRO", "cs")], "cs", _as_written)
    assert [(m.text, m.type) for m in out] == [("Nordvax", "ORG"), ("Holmby", "ORG")]
    # without the noun the span is one name, unless the passage names the parts apart
    text = "Očkování vakcínou Nordvax a Holmby začalo v lednu."
    out = split_joined(text, [_at(text, "Nordvax a Holmby", "PRO", "cs")], "cs", _as_written)
    assert [(m.text, m.type) for m in out] == [("Nordvax a Holmby", "PRO")]
    # a longer name with the conjunction inside is no pair of firms
    text = "Podle firem Ústav organické chemie a biochemie Akademie to půjde."
    span = "Ústav organické chemie a biochemie Akademie"
    out = split_joined(text, [_at(text, span, "ORG", "cs")], "cs", _as_written)
    assert [m.text for m in out] == [span]


def test_two_czech_regions_sharing_one_noun_are_two_places() -> None:
    text = "Nejhorší situace je ve Vranovském a Lipeckém kraji, kde nemocnice chybí."
    assert _found(text, "cs") == [("Vranovském", "LOC"), ("Lipeckém kraji", "LOC")]
    span = "Vranovském a Lipeckém kraji"
    out = split_shared_noun(text, [_at(text, span, "ORG", "cs")], "cs", _as_written)
    assert [(m.text, m.type) for m in out] == [("Vranovském", "LOC"), ("Lipeckém kraji", "LOC")]
    # the tagger stopped before the noun: the noun after the span is the second region's
    text = "Očkovat začaly Vranovský a Lipecký kraj v pondělí."
    out = split_shared_noun(text, [_at(text, "Vranovský a Lipecký", "ORG", "cs")], "cs", _as_written)
    assert [(m.text, m.type) for m in out] == [("Vranovský", "LOC"), ("Lipecký kraj", "LOC")]
    # names that are no adjectives, or no noun for a region after them, stay one span
    text = "Firma Vranov a Lipec kraji dodala vakcíny."
    out = split_shared_noun(text, [_at(text, "Vranov a Lipec kraji", "ORG", "cs")], "cs", _as_written)
    assert [m.text for m in out] == ["Vranov a Lipec kraji"]
    text = "Očkovat začaly Vranovský a Lipecký spolek v pondělí."
    out = split_shared_noun(text, [_at(text, "Vranovský a Lipecký", "ORG", "cs")], "cs", _as_written)
    assert [m.text for m in out] == ["Vranovský a Lipecký"]


def test_a_taggers_person_of_a_common_word_and_a_country_makes_no_country_a_person() -> None:
    text = "Guvernér Banku Peru to řekl. Peru zvýšilo sazby."
    mentions = [_at(text, "Banku Peru", "PER", "cs"), _at(text, "Peru zvýšilo", "LOC", "cs")]
    mentions[1] = Mention(mentions[1].start, mentions[1].start + 4, "Peru", "LOC", "Peru", "cs")
    assert _typed(mentions)[1] == ("Peru", "LOC")


def test_a_university_somewhere_in_a_place_is_the_place() -> None:
    # without the article: a university in the region, not its name
    text = "Другото е дело на професор от университет в Дорвил."
    (m,) = read_completed(text, [_at(text, "Дорвил", "LOC", "bg")], "bg")
    assert (m.text, m.type) == ("Дорвил", "LOC")
    text = "Проучването на университетът в Дорвил излезе."
    (m,) = read_completed(text, [_at(text, "Дорвил", "LOC", "bg")], "bg")
    assert (m.text, m.base) == ("университетът в Дорвил", "Университет в Дорвил")
