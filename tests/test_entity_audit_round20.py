"""Names of the kinds the precision audit's round 20 found wrong (invented names and sentences
throughout): a German common noun, capitalised as every German noun is, read as a person (its
ending looks like a surname's) or as a place (after "im")."""

from __future__ import annotations

from entity_support import found as _found
from storyline.ner import lemma_lexicon


def test_a_german_noun_alone_is_no_name() -> None:
    text = "„Das ist ein wichtiger Baustein für unsere Arbeit“, sagte die Sprecherin am Abend."
    assert _found(text, "de") == []
    text = "Der Schaden liegt im Zentrum der Altstadt, sagte Lena Marwitz."
    assert ("Zentrum", "LOC") not in _found(text, "de")
    assert ("Lena Marwitz", "PER") in _found(text, "de")


def test_german_names_stay_names() -> None:
    text = "Lena Marwitz lebt seit Jahren in Oberwiesen, ihr Bruder arbeitet im Kreml."
    found = _found(text, "de")
    assert ("Oberwiesen", "LOC") in found
    assert ("Kreml", "LOC") in found
    text = "Kanzler Olaf Scholz reiste nach Baltimore. Dort sprach Scholz mit Reportern."
    found = _found(text, "de")
    assert ("Baltimore", "LOC") in found
    assert ("Scholz", "PER") in found


def test_a_declined_noun_is_told_from_a_name() -> None:
    # a noun whose plural German writes is a noun; a name has only its genitive ("Berlins")
    assert lemma_lexicon.is_declined_noun("Baustein", "de")
    assert lemma_lexicon.is_declined_noun("Zentrum", "de")
    assert not lemma_lexicon.is_declined_noun("Berlin", "de")
    assert not lemma_lexicon.is_declined_noun("Merkel", "de")
    assert not lemma_lexicon.is_declined_noun("Kreml", "de")  # "Kremln" is listed, never written
    assert not lemma_lexicon.is_declined_noun("Zentrum", "pl")  # no such rule where nouns are not capitalised


def test_the_second_of_two_dailies_is_an_outlet() -> None:
    from storyline.model import Mention
    from storyline.names.media import outlet_context

    def at(text: str, name: str, lang: str) -> Mention:
        start = text.index(name)
        return Mention(start, start + len(name), name, "PRO", name, lang)

    text = "Deníky Ranní Hlas a Večerní Kurýr s odvoláním na své zdroje napsaly, že starosta odstoupí."
    assert outlet_context(text, at(text, "Večerní Kurýr", "cs"))
    assert outlet_context(text, at(text, "Ranní Hlas", "cs"))
    # two products joined by "a" with no media word before them are no outlets
    text = "Telefony Lumo X a Lumo Z stojí tisíc korun."
    assert not outlet_context(text, at(text, "Lumo Z", "cs"))
