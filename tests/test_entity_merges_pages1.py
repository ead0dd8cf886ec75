"""Web pages round 1's wrong merges, with other names than the audit's (invented throughout): an
abbreviation found by a plural word's key, a bare given name and a list's surname-first full name,
an alphabet's vowel-initial word and an abjad's consonant-initial surname."""

from __future__ import annotations

from storyline.link.entity_index import EntityIndex
from storyline.model import Mention


def _m(text: str, etype: str, lang: str, base: str | None = None) -> Mention:
    return Mention(0, len(text), text, etype, base or text, lang)


def _one(index: EntityIndex, doc: str, m: Mention) -> str:
    return index.resolve(index.add_document(doc, [m])[0])


def test_an_abbreviation_is_no_plural_word_its_key_drops_an_ending_of() -> None:
    # the match key reads "Moray" as "mora": an abbreviation of those letters is another body
    index = EntityIndex()
    word = _one(index, "a", _m("Moray", "ORG", "pl"))
    assert _one(index, "b", _m("MORA", "ORG", "cs")) != word
    # and the other way round: a word whose key an abbreviation of other letters holds
    index = EntityIndex()
    abbr = _one(index, "a", _m("KELO", "ORG", "cs"))
    assert _one(index, "b", _m("Keloy", "ORG", "pl")) != abbr


def test_an_abbreviation_still_finds_its_word_of_the_same_letters() -> None:
    index = EntityIndex()
    word = _one(index, "a", _m("Velor", "ORG", "pl"))
    assert _one(index, "b", _m("VELOR", "ORG", "cs")) == word
    index = EntityIndex()
    abbr = _one(index, "a", _m("VELOR", "ORG", "cs"))
    assert _one(index, "b", _m("Velor", "ORG", "pl")) == abbr


def test_a_bare_given_name_does_not_join_a_surname_first_full_name_of_another_document() -> None:
    # a passenger list writes "Surname Given": its last word is the given name
    index = EntityIndex()
    bare = _one(index, "a", _m("Дмитрий", "PER", "ru"))
    full = _one(index, "b", _m("Kolobanov Dmitriy", "PER", "ru"))
    assert full != bare
    assert _one(index, "c", _m("Дмитрий", "PER", "ru")) != full


def test_a_surname_that_is_a_given_name_elsewhere_keeps_its_bare_uses() -> None:
    # written in its text's own letters, the full name is read as written: its surname (a given
    # name in other lists) said alone in another document is still the person
    index = EntityIndex()
    bare = _one(index, "a", _m("Marina", "PER", "cs"))
    assert _one(index, "b", _m("Dzhafar Marina", "PER", "pl")) == bare


def test_an_abbreviation_finds_its_word_in_another_script_and_in_its_own_document() -> None:
    index = EntityIndex()
    word = _one(index, "a", _m("Velor", "ORG", "pl"))
    assert _one(index, "b", _m("ВЕЛОР", "ORG", "bg")) == word
    index = EntityIndex()
    got = index.add_document("a", [_m("Velor", "ORG", "pl"), _m("VELOR", "ORG", "pl")])
    assert index.resolve(got[0]) == index.resolve(got[1])


def test_a_bare_surname_still_joins_its_full_name_across_documents() -> None:
    index = EntityIndex()
    bare = _one(index, "a", _m("Kolobanov", "PER", "ru"))
    full = _one(index, "b", _m("Dmitriy Kolobanov", "PER", "ru"))
    assert full == bare
    assert _one(index, "c", _m("Kolobanov", "PER", "ru")) == full


def test_an_abjad_surname_of_a_first_consonant_is_no_vowel_initial_word() -> None:
    # "Ortelan" and "رتلان" share the consonants r-t-l-n, but Arabic writes a first vowel with an
    # alif: the bare Latin word is not her surname
    index = EntityIndex()
    bare = _one(index, "a", _m("Ortelan", "PER", "sl"))
    assert _one(index, "b", _m("كارمن رتلان", "PER", "ar")) != bare
    # written with the alif, the same consonants are her surname
    index = EntityIndex()
    bare = _one(index, "a", _m("Ortelan", "PER", "sl"))
    assert _one(index, "b", _m("كارمن أورتلان", "PER", "ar")) == bare
