"""The common nouns next to a name that say what kind of thing it is, read as such (audit round 15).

- A place named with an administrative division's word ("Nordvale Township", "Kirran District")
  is a place, whatever the recogniser made of it: rules call a run of capitalised words with no
  word they know a person. The words (``division_words``) are English ones on every Latin-script
  page (news in other languages writes a foreign place's division in English) and the language's.
  Where the language writes the division's word first (``division_words_before``: Bulgarian
  "Провинция X", province X), an "organisation" or a "person" so named is a place too (audit
  round 16: a province's name typed ORG). Not a municipality ("Община X"): annotated news reads
  that as its council.
- A name that opens with a state body's noun (``institution_stems``: ministry, service, agency,
  commission …), or has it second after one capitalised word ("State Service for …"), is an
  organisation: the tagger read Bulgarian "Държавна служба за извънредни ситуации" as a product.
- A "place" whose first words are a noun for a country's people ("Warga Negara <Country>",
  citizens of the country; ``people_nouns``) is the country alone: the rules read a run of
  capitalised words ending in a country as a region named after it ("Eastern <Country>").
- In a language that capitalises every noun (German), a name that opens with a word for a kind of
  outlet (``media_words``: "die Nachrichtenagentur Tass", the news agency Tass) begins after it.
  Not before two words or more of which the first is a frequent word of the language: the noun
  may then be part of a broadcaster's own name ("Sender Freies …").
- A street's name written after the word for a street in an address ("переулок Нижний X", lane
  Lower X; ``street_words``, nominative forms only) takes the word in, as annotated news does (all
  three such streets in BSNLP's gold). Only a name in its base form, not a known city or country:
  "на улицы <City's>" is the city's streets, "наб. <Canal's>" the canal's embankment, and annotated
  news marks the canal alone.
- A square's, an embankment's or a street's name written as an adjective-formed name and a
  lower-case noun after it (Czech "Xové náměstí", Slovene "Xov trg"; ``street_words_after``, every
  form of the noun) takes the noun in, as annotated news does ("Rdečem trgu" is one place in
  BSNLP's gold): cut before it, the adjective alone reads as a place of its own whose letters
  other places' names resemble. The base form is the lemmatizer's of the whole. Not after a known
  city or country ("<City> ulice" is no street's name).
- A "place" a few words after a lower-case word for an outlet ("le quotidien d'Etat X",
  ``media_words``) is the outlet, an organisation, unless it names a known place.
- A body's head noun the language writes in lower case before the capitalised words of its name
  (Greek "υπουργείο Εκτάκτων Καταστάσεων", ``institution_heads_before``) starts the name.
- An outlet after a copyright sign ("© 2005-2018, <Newspaper>") is the organisation that holds
  the rights, not the publication (BSNLP's gold: 16 organisations and 3 products there).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import regex

from storyline.analyse.entity_rules import WORD_ZIPF, _zipf, is_cyrillic_lang, lexicon
from storyline.model import Mention
from storyline.names import cities, countries, fold, given_name, is_place
from storyline.names.concepts import demonym_country, word_country
from storyline.names.gazetteers import continents
from storyline.names.media import media_words, media_words_before
from storyline.names.parts import data_words
from storyline.names.script import is_latin

Rebase = Callable[[str, str], str]  # (surface, type) → base form

_FIRST_WORD = regex.compile(r"(\p{Lu}[\p{L}\p{M}]+)[ \t]+(?=\p{Lu})")
_LAST_WORD = regex.compile(r"[\p{L}\p{M}]+$")
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}.])([\p{Ll}][\p{L}\p{M}]*\.?)[ \t]$")
_WORD_AFTER = regex.compile(r"[ \t]+([\p{Ll}][\p{L}\p{M}]*)(?![\p{L}\p{M}])")
_COPYRIGHT_BEFORE = regex.compile(r"(?:©|\([cC]\))[\s\d,.\-–—]*$")
LOOK_BACK = 30


def read_heads(text: str, mentions: list[Mention], lang: str | None, rebase: Rebase) -> list[Mention]:
    """``mentions`` of one passage with the nouns around them read (see the module's doc)."""
    if not lang:
        return mentions
    out = []
    for m in mentions:
        m = _without_people_noun(m, lang)
        m = _without_media_noun(m, lang)
        m = _with_street_word(text, m, lang)
        m = _with_street_word_after(text, m, lang, rebase)
        m = _with_institution_head(text, m, lang)
        out.append(_typed_by_neighbours(text, m, lang))
    return out


@cache  # asked for every mention of every passage
def _words(lang: str, key: str, folded: bool = False) -> frozenset[str]:
    return frozenset(fold(w) if folded else w for w in data_words(lang, key))


@cache
def _divisions(lang: str) -> frozenset[str]:
    own = set(data_words(lang, "division_words"))
    if not is_cyrillic_lang(lang):
        own |= set(data_words("en", "division_words"))
    return frozenset(fold(w) for w in own)


def _typed_by_neighbours(text: str, m: Mention, lang: str) -> Mention:
    if m.type == "PER" and " " in m.text.strip():
        last = _LAST_WORD.search(m.text.strip())
        if last and last.group()[:1].isupper() and fold(last.group()) in _divisions(lang):
            return replace(m, type="LOC")
    if m.type in ("PER", "ORG") and _opens_with_division(m.text, lang):
        return replace(m, type="LOC")
    if m.type in ("PER", "LOC", "PRO") and _opens_with_institution(m.text, lang, m.type != "PER"):
        return replace(m, type="ORG")
    if m.type == "PRO" and _COPYRIGHT_BEFORE.search(text, max(0, m.start - LOOK_BACK), m.start):
        return replace(m, type="ORG")
    if m.type in ("LOC", "PER") and _after_media_word(text, m, lang):
        return replace(m, type="ORG")
    return m


_WORDS_BEFORE = regex.compile(r"[\p{L}\p{M}]+")
_PLAIN_GAP = regex.compile(r"[\p{L}\p{M}\s'’«„“\"]*$")
MEDIA_REACH = 3  # words from a media word to the name ("le quotidien d'Etat X", the state daily X)


def _after_media_word(text: str, m: Mention, lang: str) -> bool:
    """A lower-case word for an outlet a few words before a "place" ("the daily X", "le quotidien
    d'Etat X") makes it the outlet. Only capitalised words, the language's connectors or words
    that say what kind of outlet it is (``media_qualifiers``: "portal informacyjny X", the news
    portal X) between (another lower-case word heads a phrase of its own: "сайт госуслуг
    <Region's>", the site of the region's services), and only plain words (no comma); not a name
    that is or ends in a known place, nor a continent ("the agency of South <Country>",
    "телевизия Европа") - save a city's name in its base form right after the media word, which
    is how an outlet named after a town stands ("the news portal <Town>"). A "person" there stays
    one unless the media word stands right before it (qualifiers aside), the name is in Latin
    letters while the media word is not, and none of its words is a given name: Slavic news names
    the speaker right after the outlet he spoke to ("mówi gazecie Jan X", "директор агентства
    <Name>", the table knows few given names), while "ТГ-канал <Two Words>" is the channel (web
    pages round 2).
    Scripts without capitals (Arabic, Persian) count their words as lower-case ones."""
    media = media_words_before(lang)
    if not media or m.type not in ("LOC", "PER"):
        return False
    gap = _PLAIN_GAP.search(text, max(0, m.start - LOOK_BACK), m.start)
    before = _WORDS_BEFORE.findall(gap.group() if gap else "")[-MEDIA_REACH:]
    connectors = lexicon(lang).connectors
    qualifiers = _words(lang, "media_qualifiers", folded=True)
    right_before = True  # nothing but qualifiers between the media word and the name
    for k in range(len(before) - 1, -1, -1):
        word = before[k]
        if fold(word) in media:
            if word[:1].isupper():
                return False  # a capitalised one opens a name of its own
            if m.type == "PER":
                return right_before and _foreign_brand(m.text, word)
            # not after a word that names a waterway too ("u ústí kanálu <Town>", the <Town> canal)
            own = fold(word) in media_words(lang)
            return not _names_a_place(m) or (right_before and own and _town_in_base_form(m))
        if not word[:1].isupper() and (fold(word) in qualifiers or demonym_country(word, lang)):
            continue
        right_before = False
        if not (word[:1].isupper() or word.lower() in connectors):
            return False
    return False


def _foreign_brand(name: str, media_word: str) -> bool:
    """A "person" in Latin letters right after a media word of another script ("ТГ-канал <Two
    Words>"), with no given name: the text would have written a person's name in its own letters,
    an outlet keeps its brand's."""
    return is_latin(name) and not is_latin(media_word) and not any(given_name(w) for w in name.split())


def _town_in_base_form(m: Mention) -> bool:
    name = m.base or m.text
    return fold(name) == fold(m.text) and fold(name) in cities() and fold(name) not in countries()


def _names_a_place(m: Mention) -> bool:
    # the name, or its last word (in the base form too: "агентством Южной Финляндии" is South
    # Finland's agency); an outlet's name may open with its country's ("Myanma X")
    words = [m.base or m.text, m.text, *m.text.split()[-1:], *(m.base or "").split()[-1:]]
    return any(is_place(w) or fold(w) in continents() for w in words)


def _with_institution_head(text: str, m: Mention, lang: str) -> Mention:
    """A body's name whose head noun the language writes in lower case before capitalised words
    (Greek "υπουργείο Εξωτερικών", the ministry of foreign affairs; ``institution_heads_before``,
    every form): the noun is the name's start, as the Slavic "министерство X" is, and the name
    an organisation's, whatever the recogniser made of the capitalised words."""
    heads = _words(lang, "institution_heads_before", folded=True)
    if not heads or not all(w[:1].isupper() for w in m.text.split()):
        return m
    before = _WORD_BEFORE.search(text, max(0, m.start - LOOK_BACK), m.start)
    if before is None or fold(before.group(1)) not in heads:
        return m
    lead = text[before.start(1) : m.start]
    return replace(m, start=before.start(1), text=lead + m.text, base=lead + (m.base or m.text), type="ORG")


def _opens_with_division(name: str, lang: str) -> bool:
    """The language's own division word, capitalised, before a name of capitalised words
    ("Провинция Нордвал"): the English words end a place's name, and open an office's ("County
    Executive"), so only ``division_words_before`` are read here."""
    words = name.split()
    own = _words(lang, "division_words_before", folded=True)
    return (
        len(words) >= 2
        and fold(words[0]) in own
        and words[0][:1].isupper()
        and all(w[:1].isupper() for w in words[1:])
    )


def _opens_with_institution(name: str, lang: str, second: bool) -> bool:
    """A state body's noun opening a capitalised name of two words or more, or second after its
    first word ("Държавна служба за …", State service for …): its head says it is an organisation
    (``institution_stems``, matched as the start of the word). Not second in a "person" (a
    surname may begin as the noun does), nor after a country's or a people's word: "Русская
    служба X" is a broadcaster's service in a language, which annotated news reads as its outlet."""
    stems = _words(lang, "institution_stems")
    words = name.split()
    if not stems or len(words) < 2:
        return False
    if not words[0][:1].isupper():
        return False
    if words[0].lower().startswith(tuple(stems)):
        return True
    return (
        second
        and words[1].lower().startswith(tuple(stems))
        and not (demonym_country(words[0], lang) or word_country(words[0], lang))
    )


def _without_people_noun(m: Mention, lang: str) -> Mention:
    nouns = _words(lang, "people_nouns", folded=True)
    if m.type != "LOC" or not nouns:
        return m
    words = m.text.split()
    k = 0
    while k < len(words) - 1 and fold(words[k]) in nouns:
        k += 1
    rest = " ".join(words[k:])
    if not k or fold(rest) not in countries():
        return m
    at = m.start + m.text.index(words[k], sum(len(w) for w in words[:k]))
    return replace(m, start=at, text=rest, base=rest)


def _without_media_noun(m: Mention, lang: str) -> Mention:
    if m.type == "PER" or not lexicon(lang).nouns_capitalised:
        return m
    first = _FIRST_WORD.match(m.text)
    if first is None or fold(first.group(1)) not in media_words(lang):
        return m
    rest = m.text[first.end() :]
    if " " in rest.strip() and _zipf(rest.split()[0].lower(), lang) >= WORD_ZIPF:
        return m
    base = m.base or m.text
    lead = m.text[: first.end()]
    return replace(
        m, start=m.start + first.end(), text=rest, base=base[len(lead) :] if base.startswith(lead) else rest
    )


def _with_street_word(text: str, m: Mention, lang: str) -> Mention:
    streets = _words(lang, "street_words")
    if m.type != "LOC" or not streets:
        return m
    before = _WORD_BEFORE.search(text, max(0, m.start - LOOK_BACK), m.start)
    if before is None or before.group(1) not in streets:
        return m
    if fold(m.base or m.text) != fold(m.text):
        return m  # the street named after a place in the genitive: "наб. <Canal's>" is the canal
    if fold(m.text) in countries() or fold(m.text) in cities():
        return m
    lead = text[before.start(1) : m.start]
    return replace(m, start=before.start(1), text=lead + m.text, base=lead + (m.base or m.text))


def _with_street_word_after(text: str, m: Mention, lang: str, rebase: Rebase) -> Mention:
    streets = _words(lang, "street_words_after")
    if m.type != "LOC" or not streets or not m.text[-1:].isalpha():
        return m
    after = _WORD_AFTER.match(text, m.end)
    if after is None or after.group(1) not in streets:
        return m
    if any(fold(name) in countries() or fold(name) in cities() for name in (m.text, m.base or m.text)):
        return m
    whole = text[m.start : after.end(1)]
    return replace(m, end=m.start + len(whole), text=whole, base=rebase(whole, "LOC"))
