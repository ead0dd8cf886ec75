"""A person's name written in another script than its passage is typed as a person.

A Ukrainian page lists a plane's passengers the way an aviation agency published them, in Latin
letters ("пасажири - Ivanova Olga, Sidorov Petr, …"); the tagger, trained on Slavic news where a
Latin-script name inside Cyrillic text is nearly always a company, an outlet or a product
("Ryanair", "Financial Times", "Nord Stream"), types them ORG. A name of two or three capitalised
words with a known given name at one end, no other given name, the rest surnames of the shape
transliterated names of the region take, and no word that makes a body, a place or a document of
it (the language's and the English ``org_words``, ``loc_words``, ``document_words``), is a
person's whatever the tagger said. A second given name keeps it as it was:
a firm named after its founders reads like two first names ("Morgan Stanley").
"""

from __future__ import annotations

from storyline.analyse.entity_rules import SURNAME_ENDING, lexicon
from storyline.model import Mention
from storyline.names import given_name
from storyline.names.script import is_latin, script

MIN_WORDS, MAX_WORDS = 2, 3


def _foreign(m: Mention, passage_latin: bool) -> bool:
    """The mention's letters are of another script than its passage's."""
    return is_latin(m.text) != passage_latin


def _person_shaped(words: list[str], lang: str | None) -> bool:
    if not MIN_WORDS <= len(words) <= MAX_WORDS or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    lowers = {w.lower() for w in words}
    for lex in (lexicon(lang), lexicon("en")):
        if lowers & (lex.org_words | lex.loc_words | lex.document_words):
            return False
    given = [k for k, w in enumerate(words) if given_name(w)]
    if len(given) != 1 or given[0] not in (0, len(words) - 1):
        return False
    # the rest a surname of the shape the region's names take when transliterated ("-ov", "-enko",
    # "-yan"): a first-name list knows "The", "Asia" and "Forum", so a word for a first name alone
    # would make people of "The Telegraph" and "Deutsche Welle Asia"
    return all(SURNAME_ENDING.search(w.lower()) for k, w in enumerate(words) if k != given[0])


def people_in_foreign_script(
    mentions: list[Mention], text: str, start: int, end: int, lang: str | None
) -> None:
    """Retype as persons (in place) the mentions of another script than the passage that read as
    a given name and a surname."""
    letters = [ch for ch in text[start:end] if ch.isalpha()][:400]
    if not letters:
        return
    passage_latin = script("".join(letters)) == "LATIN"
    for m in mentions:
        if m.type != "PER" and m.kind != "adjective" and _foreign(m, passage_latin):
            if _person_shaped(m.text.split(), lang):
                m.type = "PER"
