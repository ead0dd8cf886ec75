"""What a recogniser found that is not a name, or not the name it seems: the last check on a
passage's mentions before they are linked.

- A span with a number sign before a code of letters and digits ("№ AB12-345") is a registration
  or licence number, not a name (a plain number is an institution's: "the polyclinic № 27").
- A named event written as one code of letters and digits ("K9T2", "B71Q") is a strain or a
  mutation, not a happening.
- The word before the colon of a credit line ("Source: X"; ``credit_words``) is no name, and
  nor is a one-word "place" or "organisation" that is the language's noun for a kind of place
  (``loc_words``: "Ponte desaba …", the bridge collapses, opening a headline) when the passage
  writes it in lower case too and it is no known place.
- A one-word place, organisation … that is one of the language's capitalised non-names
  (``stopwords``: weekdays, months, sentence openers) is none (a person may be called May).
- A one-letter mention that is one of the language's prepositions or conjunctions (a capitalised
  "В" or "W" opening a line) is none, whatever its type.
- One word said twice with a hyphen, the second time in lower case ("Negara-negara", countries,
  opening a sentence), is a common noun's plural (Indonesian and Malay reduplicate a noun so): a
  name that doubles a word writes both halves with a capital ("Baden-Baden", "Bangsa-Bangsa" in a
  body's name) (issue 16, web pages: a sentence's first word shown as a place).
- An abbreviation in capitals with a plural ending after a hyphen (``acronym_plural_endings``:
  Bulgarian "МОЛ-овете", the malls, from "МОЛ", a mall) is a common noun of a kind, no name:
  one thing's name takes no plural. A tagger that cut the ending off ("МОЛ" | "-овете") is read
  so too (audit round 31 N1), also where the second pass finds the abbreviation again there. A
  singular article ending ("БДЖ-то") leaves the name alone.
- A name right after an honorific (``honorifics``: "Mr", "pani", "г-н") is a person's, whatever
  type the tagger or a learned table gave it — unless it is a known place or body, or in lower
  case (Polish and Czech "pan" is also the polite "you").
- A place or a person that is a social platform's name ("said on Telegram"; the shipped
  ``platforms`` of ``lang/sources``, with a case ending too) is a product, as BSNLP types it.
- A lower-case abbreviation's full stop (``midsentence_abbreviations``: Polish "tzw.") ends no
  sentence: the capitalised adjective after it stays the name's first word.
- A person or a place without a capital in a cased script (a tagger's "казахстанцы") is no name —
  unless it is a country's demonym, which stays as a mention of the country. An adjective so
  written ("европейских [стран]") goes: a country's comes back from ``adjectives`` as the country.
- A one-word "person" that names a country's people ("Французы" opening a headline) stays a
  person, as annotated news types a demonym, though a learned table knows the word as a place;
  linking puts it with the country.
- A one-word "person" that is a country's adjective ("Казахстанские" at the start of a sentence)
  is a mention of the country: its base form is the country's name, which linking reads as the
  place.
- Words a sentence starts with that are common words ("Братский народ …") are not part of the
  name that follows them; a name made of nothing else is no name. A word is common when the
  dictionary knows it only as a common word (pymorphy3 for ru/uk) or when the document itself
  writes it in lower case.
- A common word in lower case before a place in an oblique case ("the north of Lofoten", "a
  protest in Tarnów") is a description: the place alone is kept (LOC, EVT and PRO; an
  institution of a country is a name).
- Words in lower case before a name's first capitalised word describe it ("the gas pipeline
  Nordvik", "the agency Holmby", "the German Holmby Institute"): the name starts at the capital.
- A first word that is a name and a participle joined by a hyphen ("the Nordland-flagged
  Kestrel", ``compound_participle_endings``) is an adjective, not part of the name; after
  "-flagged" (``vehicle_words``) the name is a vessel's.
- A "person" of two words or more, each of which the dictionary knows only as a common word (a
  pronoun and a title: "Её Величества", Her Majesty), is no one's name.
- A "person" of two words or more that opens with the language's noun for a kind of place or
  building (``loc_words``, ``building_words``: "Barrage X", "Zapora X", the dam X) is a place, a
  facility: no one's name starts so — unless that word is a given name too.
- A "place" that signs an embedded post right before its handle ("— <Name> 🍒 (@handle) June 6")
  and opens with a given name is the account's holder, a person (web pages round 4: a town's
  name); a country's account stays the country.
- A "person" written in quotation marks, or next to a word that names a vessel or a building
  (``vehicle_words`` / ``building_words`` in ``lang/entities/<lang>.toml``: the ferry "X", the
  palace "X"), is a product or a place: people are not put in quotation marks. A "person" the
  learned name table knows by one other type only, and not as a person, takes that type (a
  party's name is a plural: "Liberal Democrats" read as people). A "place" in
  quotation marks that starts with a known place and is none as a whole is an organisation (an
  outlet named after a city).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import regex

from storyline.analyse.adjectives import country_adjective, foreign_country_adjective
from storyline.analyse.entities_country_codes import is_country_abbreviation
from storyline.analyse.entities_generic import is_bare_generic
from storyline.analyse.entities_named_in_full import named_in_full
from storyline.analyse.entities_spans import surname_particles
from storyline.analyse.entity_rules import english_place_words, lexicon
from storyline.ingest.source_names import is_platform
from storyline.model import Mention
from storyline.names import countries, fold, given_name, is_place
from storyline.names.concepts import demonym_country
from storyline.names.parts import entity_data, titles
from storyline.names.script import is_cased, is_latin, script

_OPENING = "«„“\"‘'‹"
_CLOSING = "»“”\"’'›"
_PROPER_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"})
_WORDS = regex.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE_END = ".!?…\n"
# a number sign before a code of letters and digits: a registration or a licence ("№ AB12-345");
# a plain number after it is an institution's ("the polyclinic № 27")
_REGISTRATION = regex.compile(r"№\s*(?=[\p{L}\p{N}-]*\p{L})(?=[\p{L}\p{N}-]*\p{N})[\p{L}\p{N}-]+")

# one word of letters, digits and letters again (or digits, letters, digits): a code such as a virus
# subtype or a mutation's; a name with a number ("Nordvirus-19", "Forum 2020") keeps it apart
_REDUPLICATED = regex.compile(r"(\p{Lu}(\p{Ll}+))-(\p{Ll}+)")
_ACRONYM_TAIL = regex.compile(r"(\p{Lu}{2,})(?:-(\p{Ll}+))?")
_TAIL_AFTER = regex.compile(r"-(\p{Ll}+)(?![\p{L}\p{M}])")
_CODE = regex.compile(r"\p{L}+\p{N}+\p{L}+[\p{L}\p{N}]*|\p{N}+\p{L}+\p{N}+[\p{L}\p{N}]*")

Rebase = Callable[[str, str], str]  # (surface, type) → base form


@cache
def _words(lang: str | None, field: str) -> frozenset[str]:
    return frozenset(str(entity_data(lang).get(field, "")).lower().split()) if lang else frozenset()


def clean(
    text: str,
    mentions: list[Mention],
    lang: str | None,
    rebase: Rebase,
    known: Callable[[str, str], bool] = lambda _t, _b: False,
    span: tuple[int, int] | None = None,
) -> list[Mention]:
    """The mentions of one passage of ``text`` (``span``, else all of it) in ``lang``, each kept,
    retyped, trimmed or dropped. ``rebase`` gives the base form of a shortened mention;
    ``known(type, base)`` says whether a learned table knows a name as it is (then it is never
    trimmed). The words the passage writes in lower case are read only when a name opens a
    sentence, and only in the passage, so a long document costs its length once."""
    lower = _LowerCase(text, *(span or (0, len(text))))
    out = []
    for m in mentions:
        fixed = _clean_one(text, m, lang, rebase, known, lower)
        if fixed is not None:
            out.append(fixed)
    return out


class _LowerCase:
    """The words a passage writes in lower case, read on first use."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self._words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            found = _WORDS.findall(self.text, self.start, self.end)
            self._words = frozenset(w for w in found if w[:1].islower())
        return word in self._words


def _clean_one(
    text: str, m: Mention, lang: str | None, rebase: Rebase, known: Callable[[str, str], bool],
    lower: _LowerCase,
) -> Mention | None:  # fmt: skip
    words = list(_WORDS.finditer(text, m.start, m.end))
    if not words or not is_cased(script(m.text)):
        return m
    if (
        m.type != "PER"
        and len(words) == 1
        and words[0].group().lower() in _words(lang, "stopwords")
        and not is_country_abbreviation(words[0].group(), lang)  # "US", where "us" is a stop word
    ):
        return None  # a weekday or a sentence's first word ("Friday's fire"); a person may be May
    if len(words) == 1 and one_letter_word(words[0].group(), lang):
        return None  # a capitalised preposition opening a line ("В", "W"): no name
    if len(words) == 1 and _reduplicated_plural(words[0].group()):
        return None  # "Negara-negara" (countries) opening a sentence: a plural, no name
    if acronym_plural(text, m, lang):
        return None  # "МОЛ-овете" (the malls): a kind's plural, no one thing's name
    honoured = _after_honorific(text, m, lang) and _may_be_a_person(m, known)
    if honoured and m.type != "PER":
        m = replace(m, type="PER")  # "Mr X", "г-н X": a person, whatever the tagger said
    if m.type in ("LOC", "PER") and _platform(m):
        return replace(m, type="PRO")  # "said on Telegram": a platform, as BSNLP's gold types it
    if is_bare_generic([w.group() for w in words], lang, _words(lang, "titles")):
        return None  # "the Embassy", "the Tribunal": a kind of body, not one
    if len(words) == 1 and _credit_word(text, m, words[0].group(), lang):
        return None  # "Source: <outlet>": the word that opens a credit line
    if m.type != "PER" and len(words) == 1 and _lone_place_noun(m, words[0].group(), lang, known, lower):
        return None  # "Bridge collapses …" opening a headline: the noun, which the text writes in lower case
    if _REGISTRATION.search(m.text):
        return None  # a registration or a licence number ("… № AB12-345"), not a name
    if m.type == "EVT" and _CODE.fullmatch(m.text.strip()):
        return None  # a code of letters and digits ("K9T2"): a strain or a mutation, no happening
    # (an organisation in lower case is kept: "the British parliament" names one)
    if m.type in ("PER", "LOC") and not any(w.group()[:1].isupper() for w in words):
        if len(words) == 1 and _adjective(words[0].group(), lang):
            return None  # "европейских [стран]"; a country's comes back as the country (adjectives.py)
        if known(m.type, m.base or m.text) or known(m.type, m.text):
            return m  # a demonym a learned table links to its country ("британците")
        return _as_country(m, lang) if len(words) == 1 else None
    if m.type == "PER" and len(words) == 1 and _people_of_a_country(m, lang):
        # "Французы" opening a headline: the people, as BSNLP types them, whatever type a learned
        # table gives the word (its gold links the people to the country, a place); linking puts
        # them with the country all the same
        return m
    if m.type == "PER" and len(words) == 1 and not known(m.type, m.base or m.text):
        as_country = _as_country(m, lang)
        if as_country is not None:
            return as_country
    if m.type in DESCRIBED_TYPES and len(words) > 1 and not known(m.type, m.base or m.text):
        described = _description_of_a_place(text, m, words, lang, rebase)
        if described is not m:
            return described
    if (
        len(words) > 1
        and words[0].group()[:1].islower()
        and not known(m.type, m.base or m.text)
        and not (m.type == "PER" and words[0].group() in surname_particles(lang))  # "van Rijswijk"
        # a summit's noun is of the event's name: "the summit G20" is the meeting, "G20" the
        # group (BSNLP's gold keeps "szczycie G20", "саммит НАТО", "vrhu G20" whole as events)
        and not (m.type == "EVT" and words[0].group() in _words(lang, "summit_nouns"))
    ):
        m = _without_leading_lower_words(m, words, rebase)
        words = list(_WORDS.finditer(text, m.start, m.end))
    if len(words) > 1 and _adjective_compound(words[0].group(), lang) and not known(m.type, m.base or m.text):
        # "the Nordland-flagged Kestrel": the ship's name is Kestrel
        m = _from_word(text, m, words[1], rebase)
        words = words[1:]
    if m.type in ("PER", "LOC", "PRO") and not known(m.type, m.base or m.text):
        m = _without_leading_common_words(text, m, words, lang, rebase, lower)
        if m is None:
            return None
    if m.type == "PER" and _common_words_only(text, m, lang):
        return None  # "Её Величества" (Her Majesty): a pronoun and a title, no one's name
    if m.type == "PER" and _english_place(words):
        return replace(m, type="LOC")
    if m.type == "PER" and not honoured and _opens_with_place_noun(words, lang):
        return replace(m, type="LOC")  # "Barrage X", "Zapora X": a facility named so, no one's name
    if m.type == "PER" and not honoured:
        thing = _thing_type(text, m, lang) or _learned_type(m, known)
        if thing:
            return replace(m, type=thing)
    if m.type == "LOC" and _post_author(text, m, words):
        return replace(m, type="PER")  # "— Anna ✿ (@handle) June 6": the account's holder
    if m.type == "LOC" and _named_after_a_place(text, m, words):
        return replace(m, type="ORG")  # „Kyiv Something“: an outlet or a company named after a place
    return m


def _reduplicated_plural(word: str) -> bool:
    """ "Negara-negara": a word and its own repetition in lower case (see the module's doc)."""
    found = _REDUPLICATED.fullmatch(word)
    return found is not None and found.group(1).lower() == found.group(3)


def acronym_plural(text: str, m: Mention, lang: str | None) -> bool:
    """ "МОЛ-овете", or "МОЛ" with "-овете" right after it: an abbreviation's plural (see the
    module's doc)."""
    endings = _words(lang, "acronym_plural_endings")
    found = _ACRONYM_TAIL.fullmatch(m.text) if endings else None
    if found is None:
        return False
    tail = found.group(2)
    if tail is None:
        after = _TAIL_AFTER.match(text, m.end)
        tail = after.group(1) if after else None
    return tail is not None and tail in endings


def one_letter_word(word: str, lang: str | None) -> bool:
    """A one-letter mention that is one of the language's prepositions or conjunctions (a
    capitalised "В", "W", "I" opening a sentence or a line): a word of the sentence, no name."""
    if len(word) != 1:
        return False
    small = _words(lang, "prepositions") | _words(lang, "conjunctions") | _words(lang, "stopwords")
    return word.lower() in small


_LAST_WORD = regex.compile(r"([\p{L}][\p{L}-]*)\.?[ \t]+$")


def _after_honorific(text: str, m: Mention, lang: str | None) -> bool:
    """The word right before the mention is an honorific (``honorifics``: "Mr", "pani", "г-н")."""
    found = _LAST_WORD.search(text, max(0, m.start - 20), m.start)
    return found is not None and found.group(1).lower() in _words(lang, "honorifics")


def _may_be_a_person(m: Mention, known: Callable[[str, str], bool]) -> bool:
    """A name after an honorific that may be the person's: capitalised, and no known place or
    body. (Polish and Czech "pan", "pana" are also the polite "you": "what would you [pan] wish
    <airline>", "according to you [pana] <country>" name no person.)"""
    base = m.base or m.text
    if not m.text[:1].isupper() or (m.type == "LOC" and is_place(base)):
        return False
    return not (m.type in ("LOC", "ORG") and (known(m.type, base) or known(m.type, m.text)))


MIN_PLATFORM = 3  # letters of a platform's name read here ("X", "VK" are too often other things)
CASE_TAIL = 3  # letters of a case ending after a platform's name ("Telegramie", "Фейсбуке")


def _platform(m: Mention) -> bool:
    """A social platform's name (the shipped ``platforms`` of ``lang/sources``), as written or
    with a case ending: a medium, never a place or a person."""
    for name in {m.text.strip(), (m.base or m.text).strip()}:
        if " " in name or len(name) < MIN_PLATFORM:
            continue
        cuts = range(0, min(CASE_TAIL, len(name) - MIN_PLATFORM - 2) + 1)
        if any(is_platform(name[: len(name) - k]) for k in cuts):
            return True
    return False


_COLON_AFTER = regex.compile(r"[ \t]*:")


def _credit_word(text: str, m: Mention, word: str, lang: str | None) -> bool:
    """The word before the colon of a credit line ("Source: X", ``credit_words``)."""
    return word.lower() in _words(lang, "credit_words") and _COLON_AFTER.match(text, m.end) is not None


def _lone_place_noun(
    m: Mention, word: str, lang: str | None, known: Callable[[str, str], bool], lower: _LowerCase
) -> bool:
    """One word that is the language's noun for a kind of place (``loc_words``: bridge, river,
    city), which the passage also writes in lower case, and no known place's name: a headline's
    or a sentence's first word, not a name ("Ponte desaba", the bridge collapses)."""
    base = m.base or m.text
    return (
        word.lower() in _words(lang, "loc_words")
        and word.lower() in lower
        and not is_place(base)
        and not known(m.type, base)
        and not known(m.type, m.text)
    )


# a name and a word in lower case after a hyphen ("Nordland-flagged", "Kremlin-backed")
_HYPHENATED = regex.compile(r"\p{Lu}[^\W\d_]*(?:-[^\W\d_]+)*-(\p{Ll}{3,})")


def _adjective_compound(word: str, lang: str | None) -> bool:
    """A name and a participle after a hyphen (``compound_participle_endings``: "Nordland-flagged"):
    an adjective that describes what follows it, not the first word of its name. Only where the
    language lists the endings: a Slavic "Северо-европейской" or "Най-доброто" is a name's own."""
    found = _HYPHENATED.fullmatch(word)
    endings = _words(lang, "compound_participle_endings")
    return bool(found and endings) and any(found.group(1).endswith(e) for e in endings)


def _from_word(text: str, m: Mention, first: regex.Match, rebase: Rebase) -> Mention:
    surface = text[first.start() : m.end]
    return replace(m, start=first.start(), text=surface, base=rebase(surface, m.type))


DESCRIBED_TYPES = ("LOC", "EVT", "PRO")  # an institution "of" a country is a name: ORG stays


def _description_of_a_place(
    text: str, m: Mention, words: list[regex.Match], lang: str | None, rebase: Rebase
) -> Mention | None:
    """A common word in lower case with a place in an oblique case after it ("the north of
    Lofoten", "a protest in Tarnów", "the exit of a country from a union") describes, it does
    not name: the place alone is the mention when it ends the phrase, else there is none. A place
    in its own form after the word ("letiště Ostende", "the lake Leman") names the thing."""
    first = words[0].group()
    if not first[:1].islower() or (lang and country_adjective(first, lang)):
        return m
    oblique = []
    for w in words[1:]:
        word = w.group()
        if not word[:1].isupper():
            continue
        base = rebase(word, "LOC")
        if base == word or not (m.type == "LOC" or is_place(base)):
            return m  # a capitalised word that is no place in an oblique case: a name's own
        oblique.append((w, base))
    if not oblique:
        return m
    w, base = oblique[-1]
    if len(oblique) == 1 and w.end() == m.end:
        return replace(m, start=w.start(), end=w.end(), text=w.group(), base=base, type="LOC")
    return None


def _adjective(word: str, lang: str | None) -> bool:
    """A word in lower case with one of the language's adjectival endings (``adjective_endings``):
    an adjective, not a people's name ("британских" is one, "британцев" is not)."""
    w = word.lower()
    return any(w.endswith(e) and len(w) > len(e) + 2 for e in _words(lang, "adjective_endings"))


def _without_leading_lower_words(m: Mention, words: list[regex.Match], rebase: Rebase) -> Mention:
    """Lower-case words before the first capitalised one describe the name, they are not part of
    it ("the gas pipeline Nordvik", "the agency Holmby", "the airport Nordvik") — unless it is
    the country of an organisation ("the ministry of health of Poland")."""
    first = next((w for w in words if w.group()[:1].isupper()), None)
    if first is None:
        return m
    surface = _closing_paired(m.text[first.start() - m.start :])
    base = rebase(surface, m.type)
    if m.type == "ORG" and is_place(base):
        return m  # a country's body is a name ("ministerstvo zdravotnictví Polska")
    return replace(m, start=first.start(), end=first.start() + len(surface), text=surface, base=base)


def _closing_paired(surface: str) -> str:
    """The name less a closing quotation mark whose opening one went with the words cut before
    it: "the university „X“" is the name "X", not "X“"."""
    if len(surface) > 1 and surface[-1] in _CLOSING and not any(c in _OPENING for c in surface[:-1]):
        return surface[:-1]
    return surface


def _people_of_a_country(m: Mention, lang: str | None) -> bool:
    """A one-word "person" that names a country's people ("the Dutch", "Французы"), not its
    adjective: a noun of ``demonym_endings`` or of the concept lexicon's country nouns. Only a
    tagger's person: the test also holds for some forms of a country's own name ("Německa"); not an
    adjective (the concept lexicon's stems are the adjectives' too)."""
    if not lang or country_adjective(m.text, lang) or _adjective(m.text, lang) or given_name(m.text):
        return False  # an adjective opening a sentence ("Американские дипломаты") goes as before
    return demonym_country(m.base or m.text, lang) is not None


def _as_country(m: Mention, lang: str | None) -> Mention | None:
    # the language's own adjective, or one of the language that names the world's places quoted
    # in its text ("Hungarian people deserve better" in a Polish article)
    country = (country_adjective(m.text, lang) or foreign_country_adjective(m.text, lang)) if lang else None
    if country is None:
        return None
    # the type stays (annotated news types a demonym PER); linking reads the country's name as
    # a place and puts it with the country
    return replace(m, base=country, kind="adjective")


def _without_leading_common_words(
    text: str, m: Mention, words: list[regex.Match], lang: str | None, rebase: Rebase, lower: _LowerCase
) -> Mention | None:
    if not _starts_sentence(text, m.start, lang):
        return m
    cut = 0
    while cut < len(words) and _common(words[cut].group(), lang, lower):
        cut += 1
    if not cut:
        return m
    rest = [w for w in words[cut:] if w.group()[:1].isupper()]
    if not rest:  # nothing but common words: no name at all, unless a place's own name
        return m if m.type == "LOC" else None
    start = words[cut].start()
    if not text[start : start + 1].isupper():
        return None
    surface = _closing_paired(text[start : m.end])
    base = rebase(surface, m.type)
    place = is_place(base)
    if m.type == "LOC" and not place:
        return m  # what is left is no known place: the adjective may be part of the name
    etype = "LOC" if place else m.type
    return replace(m, start=start, end=start + len(surface), text=surface, base=base, type=etype)


def _starts_sentence(text: str, start: int, lang: str | None = None) -> bool:
    i = start - 1
    while i >= 0 and (text[i].isspace() and text[i] != "\n" or text[i] in _OPENING or text[i] in "-–—"):
        i -= 1
    if i >= 0 and text[i] == "." and _abbreviation_before(text, i + 1, lang):
        return False  # "the so-called [Scottish House]": an abbreviation's full stop ends no sentence
    return i < 0 or text[i] in _SENTENCE_END


_LAST_TOKEN = regex.compile(r"(?<![\p{L}.])[\p{L}.]+$")


def _abbreviation_before(text: str, end: int, lang: str | None) -> bool:
    """The text up to ``end`` ends with one of the language's lower-case abbreviations
    (``midsentence_abbreviations``: Polish "tzw.", Russian "т.н.")."""
    found = _LAST_TOKEN.search(text, max(0, end - 12), end)
    return found is not None and found.group().lower() in _words(lang, "midsentence_abbreviations")


def _common(word: str, lang: str | None, lower: _LowerCase) -> bool:
    """A common word, not a name: the dictionary knows it only so, or the document writes it so."""
    return word.lower() in lower or _only_common(word, lang)


def _common_words_only(text: str, m: Mention, lang: str | None) -> bool:
    """Two words or more, each one the dictionary knows only as a common word. (One such word
    alone may be a surname the dictionary also has as a noun: "Мясников", a butcher's.)"""
    found = _WORDS.findall(text, m.start, m.end)
    return len(found) > 1 and all(_only_common(w, lang) for w in found)


def _only_common(word: str, lang: str | None) -> bool:
    """The dictionary (pymorphy3, ru/uk) knows the word, and only as a common word."""
    morph = _morphology(lang)
    if morph is None or not morph.word_is_known(word.lower()):
        return False
    return not any(_PROPER_TAGS & set(p.tag.grammemes) for p in morph.parse(word))


@cache
def _morphology(lang: str | None):  # noqa: ANN202 - pymorphy's analyzer
    from storyline.ner import morphology

    m = morphology.for_lang(lang) if lang else None
    return m.analyzer if m else None


def _quoted(text: str, m: Mention, typographic: bool = False) -> bool:
    """Between quotation marks; ``typographic``: the marks news puts around titles (« », „ “),
    not the straight ones that also quote what a person's name is being called."""
    before = text[max(0, m.start - 3) : m.start].rstrip()
    after = text[m.end : m.end + 3].lstrip()
    opening = _OPENING.replace('"', "").replace("'", "") if typographic else _OPENING
    return bool(before) and before[-1] in opening and bool(after) and after[0] in _CLOSING


def _named_after_a_place(text: str, m: Mention, words: list[regex.Match]) -> bool:
    """A quoted "place" whose first word is a known place and the whole is not."""
    return (
        len(words) > 1
        and _quoted(text, m)
        and is_place(words[0].group())
        and not is_place(m.base or m.text)
        and not any(is_place(w.group()) for w in words[1:])
    )


def _english_place(words: list[regex.Match]) -> bool:
    """A "person" in Latin letters whose last word is a capitalised English word for a place
    ("Amur River", "Kakhovka Dam"): English names of places turn up in every Latin-script text
    (a quoted post, a caption), and no one's name ends so after a word that is no first name."""
    last, first = words[-1].group(), words[0].group()
    return (
        len(words) > 1
        and last[:1].isupper()
        and last.lower() in english_place_words()
        and all(is_latin(w.group()) for w in words)
        and not given_name(first)
    )


def _learned_type(m: Mention, known: Callable[[str, str], bool]) -> str | None:
    """The one other type the learned name table knows a "person" by, when it does not know it
    as a person (a party, "the Liberal Democrats", read as people)."""
    names = {m.base or m.text, m.text}
    if any(known("PER", n) for n in names):
        return None
    kinds = [t for t in ("ORG", "LOC", "PRO", "EVT") if any(known(t, n) for n in names)]
    return kinds[0] if len(kinds) == 1 else None


_WORD_BEFORE = regex.compile(r"(\p{L}+)[ \t]+$")
TITLE_REACH = 3  # words before a place noun where a title makes the name its holder's


def _after_place_noun(text: str, m: Mention, lang: str | None) -> bool:
    """A "person" right after a place noun in small letters ("rua X", "el puente X", "аеродрома
    X": the language's ``loc_words`` and ``building_words``) is a street, a bridge or an airport
    named after someone (web pages round 1: three such places typed PER). Only the word right
    before, with nothing but a space between: a sentence that ends on "the city." says nothing of
    the next one's first name. A title a few words before the place noun makes the name its
    holder's ("mluvčí letiště X", the airport's spokeswoman X; "o diretor do aeroporto X")."""
    found = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
    if found is None or not found.group(1).islower():
        return False
    word = found.group(1)
    if word not in lexicon(lang).loc_words and word not in _words(lang, "building_words"):
        return False
    role = _WORDS.findall(text[max(0, found.start() - 40) : found.start()])[-TITLE_REACH:]
    return not any(w in titles(lang) for w in role)


def _opens_with_place_noun(words: list[regex.Match], lang: str | None) -> bool:
    """A name of two words or more whose first is the language's noun for a kind of place or
    building (``loc_words``, ``building_words``: a dam, a bridge, a palace; Romanian writes the
    noun's genitive first, "Barajului X"), and no given name (Turkish "ada" is an island, "Ada" a
    woman's name)."""
    if len(words) < 2:
        return False
    first = words[0].group()
    if not first[:1].isupper() or given_name(first):
        return False
    low = first.lower()
    return low in lexicon(lang).loc_words or low in _words(lang, "building_words")


_HANDLE_AFTER = regex.compile(r"[^\w\n(]{0,12}\(@\w{1,30}\)")


def _post_author(text: str, m: Mention, words: list[regex.Match]) -> bool:
    """The display name that signs an embedded post ("— <Name> (@handle) June 6, 2023", symbols
    and emoji around it allowed) is its account holder's; one that opens with a given name is a
    person's, though the gazetteer knows a town so called. A country's account stays the country."""
    if not words or _HANDLE_AFTER.match(text, m.end) is None:
        return False
    return bool(given_name(words[0].group())) and fold(m.text) not in countries()


def _thing_type(text: str, m: Mention, lang: str | None) -> str | None:
    """PRO or LOC for a "person" that names a vessel or a building; None for a person."""
    before = text[max(0, m.start - 40) : m.start]
    after = text[m.end : m.end + 40]
    quoted = _quoted(text, m, typographic=True)
    near = {w.lower() for w in _WORDS.findall(before)[-1:] + _WORDS.findall(after)[:1]}
    near |= {w.rsplit("-", 1)[-1] for w in near}  # "Nordland-flagged": the compound's last word
    if near & _words(lang, "building_words") or _after_place_noun(text, m, lang):
        return "LOC"
    if quoted and not named_in_full(text, m):
        return "PRO"
    vehicles = _words(lang, "vehicle_words")
    if near & vehicles:
        # a person in an oblique case right after the vehicle is its owner ("літак Пригожина":
        # X's plane); the vehicle's own name stands in the nominative
        owner = m.base is not None and fold(m.base) != fold(m.text)
        if not owner or {w.lower() for w in _WORDS.findall(after)[:1]} & vehicles:
            return "PRO"
    return None
