"""Names of the kinds the precision audit's round 22 found wrong (invented names and sentences
throughout): an English place word in another language's text, a body named after a person, a
ministry's listed matters, outlets, a possessive adjective of an organisation."""

from __future__ import annotations

from entity_support import found as _found
from entity_support import linked, mention_at
from storyline.analyse.entities_matter import with_listed_matter
from storyline.analyse.entities_possessive import bearers, possessives
from storyline.model import Mention
from storyline.names.media import is_outlet, outlet_context


def test_an_english_place_word_makes_a_place_in_any_latin_text() -> None:
    # the rules (Romanian) and the tagger (Polish) both read "X River" as a person without it
    found = _found("Podul peste Velna River a fost distrus, iar Orvik Dam a cedat.", "ro")
    assert ("Velna River", "LOC") in found
    assert ("Orvik Dam", "LOC") in found
    assert ("Karpenko River", "LOC") in _found("Nad Karpenko River stoi nowa zapora.", "pl")
    # a first name before the word: a person called so
    assert ("John Lake", "PER") in _found("Spotkanie prowadził John Lake z Londynu.", "pl")


def test_a_body_named_after_a_person_takes_its_head_noun_in() -> None:
    text = "Кроме того, в Казахстане институт им. А. В. Тарасова создает вакцину. Её делает и центр им. Тарасова."
    found = _found(text, "ru")
    assert ("институт им. А. В. Тарасова", "ORG") in found
    assert ("центр им. Тарасова", "ORG") in found
    assert not any(surface == "А. В. Тарасова" for surface, _ in found)
    # the head a complement of a longer name: the name from its first word
    found = _found("Сотрудник отдела НИИ вирусологии и генетики имени Тарасова рассказал об этом.", "ru")
    assert ("НИИ вирусологии и генетики имени Тарасова", "ORG") in found
    found = _found("Как заявил директор центра им. Лунина Олег Тарасов, всё хорошо.", "ru")
    assert ("центра им. Лунина", "ORG") in found
    # "от имени X" is "on behalf of X": a person stays a person
    found = _found("Он выступил от имени Олега Лунина на заседании.", "ru")
    assert ("Олега Лунина", "PER") in found


def test_a_ministry_s_listed_matters_are_its_name() -> None:
    # the tagger's "<capitalised matter> и <matter>" after a ministry's first matter and a comma
    text = "Место Лунина во главе министерства образования, СМИ и туризма занял Олег Тарасов."
    cut = mention_at(text, "СМИ и туризма", "ORG", "ru")
    (whole,) = with_listed_matter(text, [cut], "ru", lambda s, _t: s)
    assert (whole.text, whole.type) == ("министерства образования, СМИ и туризма", "ORG")
    # two bodies of a list stay two ("ФСБ и МВД" holds no lower-case matter)
    text = "Представители министерства обороны, ФСБ и МВД прибыли в Омск."
    listed = mention_at(text, "ФСБ и МВД", "ORG", "ru")
    assert with_listed_matter(text, [listed], "ru", lambda s, _t: s) == [listed]
    found = _found(text, "ru")
    assert ("ФСБ", "ORG") in found
    assert ("МВД", "ORG") in found


def test_outlets_by_a_credit_line_a_radio_station_and_a_transliterated_times() -> None:
    def outlet(text: str, name: str, lang: str) -> bool:
        at = text.index(name)
        return outlet_context(text, Mention(at, at + len(name), name, "PRO", name, lang))

    assert outlet("To wszystko. Copyright: Velna Review, 2019.", "Velna Review", "pl")
    assert outlet("Strategie platí, řekla rozhlasové stanici Radio Velna.", "Radio Velna", "cs")
    assert not outlet("Strategie platí, řekla o vakcíně Kometa 3.", "Kometa 3", "cs")
    assert is_outlet([("Дъблин таймс", "bg")])  # "the Times" in Cyrillic letters
    assert not is_outlet([("Комета 3", "bg")])


def test_a_possessive_adjective_of_a_name_is_a_mention_of_its_bearer() -> None:
    text = "Organizacija Unesco še vedno deluje. Sodelovanje v Unescovih programih je dobro."
    bearer = mention_at(text, "Unesco", "ORG", "sl")
    adjective = mention_at(text, "Unescovih", "ORG", "sl")
    _, made = possessives([bearer, adjective])
    assert (made.base, made.type, made.kind) == ("Unesco", "ORG", "adjective")
    ids = linked({"a": (text, [bearer, made])})
    assert ids[("a", 0)] == ids[("a", 1)]
    # a name ending as a possessive, with no bearer in the document, stays as it is
    text = "Ana Petrovih je prišla v Ljubljano."
    alone = mention_at(text, "Petrovih", "PER", "sl")
    assert possessives([alone]) == [alone]
    assert bearers("Natovim", "sl") == ["nat", "nato"]


def test_a_bridge_named_after_the_two_places_it_joins_is_one_place() -> None:
    found = _found("Cars now cross the Lisbon-Porto Bridge daily, officials said.", "en")
    assert ("Lisbon-Porto Bridge", "LOC") in found
    found = _found("Flight XY88 was operating Lisbon-London Heathrow, a busy route.", "en")
    assert ("Lisbon", "LOC") in found
    assert ("London Heathrow", "LOC") in found
