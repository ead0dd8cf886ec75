"""Names of the kinds the precision audit's round 16 found wrong (invented names and sentences
throughout): a German common noun after "in" read as a place, an Indonesian embassy ("KBRI <City>")
typed as a person, a province named with its division word first typed as an organisation."""

from __future__ import annotations

from entity_support import as_written as _as_written
from entity_support import found as _found
from entity_support import mention_at as _at
from storyline.analyse.entities_heads import read_heads


def test_a_german_common_noun_after_in_is_no_place() -> None:
    text = "Der Fahrer wurde in Untersuchungshaft genommen. Die Untersuchungshaft dauert an."
    assert _found(text, "de") == []
    text = "Die Einheiten sind in Alarmbereitschaft, die Bewohner in Sicherheit, der Dieb in Haft."
    assert _found(text, "de") == []


def test_a_german_place_after_in_stays_a_place() -> None:
    text = "Lena Marwitz lebt seit Jahren in Oberwiesen, ihr Bruder zog nach Kaltenbrunn."
    found = _found(text, "de")
    assert ("Oberwiesen", "LOC") in found
    assert ("Kaltenbrunn", "LOC") in found


def test_a_far_place_that_ends_like_a_german_noun_stays_a_place() -> None:
    # "-ung" ends German nouns and Indonesian or Chinese places alike; only a word German uses
    # often is a noun
    text = "Die Delegation flog nach Bandung und weiter nach Pematung."
    found = _found(text, "de")
    assert ("Bandung", "LOC") in found
    assert ("Pematung", "LOC") in found


def test_an_indonesian_embassy_is_an_organisation() -> None:
    text = "Kementerian Luar Negeri telah berkoordinasi dengan KBRI Selvaria dan KJRI Montaro untuk memastikan keselamatan."
    found = _found(text, "id")
    assert ("KBRI Selvaria", "ORG") in found
    assert ("KJRI Montaro", "ORG") in found


def test_a_province_named_with_its_division_word_first_is_a_place() -> None:
    text = "Благодарим за дарението от правителството на Провинция Нордвал и от асоциацията."
    found = [_at(text, "Провинция Нордвал", "ORG", "bg")]
    assert [m.type for m in read_heads(text, found, "bg", _as_written)] == ["LOC"]
    text = "Делегация от Провинция Белхан пристигна вчера."
    found = [_at(text, "Провинция Белхан", "PER", "bg")]
    assert [m.type for m in read_heads(text, found, "bg", _as_written)] == ["LOC"]


def test_a_municipality_or_a_lower_case_division_word_leaves_the_type() -> None:
    # a municipality's name is its council's; a division word in lower case is no part of a name
    text = "Решението на Община Дервенско е окончателно."
    found = [_at(text, "Община Дервенско", "ORG", "bg")]
    assert [m.type for m in read_heads(text, found, "bg", _as_written)] == ["ORG"]
    text = "Решението на Провинция управа Дервен е окончателно."
    found = [_at(text, "Провинция управа Дервен", "ORG", "bg")]
    assert [m.type for m in read_heads(text, found, "bg", _as_written)] == ["ORG"]
    text = "The District Attorney Mara Lindqvist spoke."
    found = [_at(text, "District Attorney Mara Lindqvist", "ORG", "en")]
    assert [m.type for m in read_heads(text, found, "en", _as_written)] == ["ORG"]
