"""Common nouns among the capitalised words of a language that capitalises every noun (German).

A capital there says nothing of a name, so the rules read what stands around a word instead:

- A frequent word of the language that a determiner, a number or an inflected adjective opens
  ("dem heftigen X", "263 X", "offiziellen X") is a common noun: a name seldom takes an article.
  Where it so stands once, it is a noun in the whole passage (the headline "X in <Country>" of a
  passage that goes on "nach dem X"). A known place is one only where an article stands right
  before it ("das Essen" is food, "in Essen" the city); a country, a first name or an outlet
  ("die Bild berichtete", ``outlet_context``) is never such a noun.
- A run of capitals that opens with common nouns before a name loses them: a word that describes
  the place or the body named (``place_descriptions``: "Stadt X", "Heimatstadt X";
  ``body_descriptions``: "des Herstellers X"), or a noun joined to the name by a connector ("Seite
  der Region X", the side of region X). A run of common nouns alone joined so ("Angaben der
  Fluggesellschaft") is no name at all.
- A run that opens with a name in the genitive and goes on with common nouns only ("Xs Name",
  X's name) is the name alone: the nouns are what belongs to it.

Word lists in ``lang/entities/<lang>.toml`` (``determiners``, ``inflection_endings``,
``place_descriptions``, ``body_descriptions``, ``noun_connectors``, ``name_case_endings``); a language without
``determiners`` is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from storyline.model import Mention
from storyline.names import countries, fold, given_name, is_place
from storyline.names.media import outlet_context
from storyline.names.parts import entity_data

EVERYDAY_ZIPF = 4.0  # a word this frequent (wordfreq) is an everyday word of the language
NOUN_ZIPF = 3.5  # … a compound's last part this frequent makes the compound a common noun
# … or this frequent, where the compound is itself a word of the language (``KNOWN_WORD``):
# "Stützpfeiler" is rare and "-pfeiler" (pillar) just below NOUN_ZIPF
KNOWN_HEAD_ZIPF = 3.0
KNOWN_WORD = 2.0
MIN_HEAD = 4  # letters of a compound's last part ("-pfeiler", "-behörde"): shorter ones match names
MAX_ADJECTIVES = 2  # inflected words between a determiner and its noun ("dem sehr heftigen X")
_WORD_BEFORE = re.compile(r"([^\s]+)[ \u00a0]+$")
_NUMBER = re.compile(r"\d[\d.,]*")


@dataclass(frozen=True)
class NounWords:
    lang: str
    determiners: frozenset[str]
    inflection_endings: tuple[str, ...]
    place_descriptions: tuple[str, ...]  # endings: "stadt" covers "Hauptstadt", "Heimatstadt"
    body_descriptions: frozenset[str]
    name_case_endings: tuple[str, ...]
    neuter_determiners: frozenset[str]
    conjunctions: frozenset[str]
    connectors: frozenset[str]  # between a noun and what it is of ("Seite der X", "Absturz von X")


@cache
def noun_words(lang: str | None) -> NounWords | None:
    """The language's lists, or None where it has no ``determiners`` (its nouns are not capitalised)."""
    data = entity_data(lang)
    if not lang or not data.get("determiners"):
        return None

    def words(key: str) -> tuple[str, ...]:
        return tuple(str(data.get(key, "")).split())

    return NounWords(
        lang,
        frozenset(words("determiners")),
        words("inflection_endings"),
        words("place_descriptions"),
        frozenset(words("body_descriptions")),
        words("name_case_endings"),
        frozenset(words("neuter_determiners")),
        frozenset(words("conjunctions")),
        frozenset(words("noun_connectors")),
    )


def zipf(word: str, lang: str) -> float:
    """How common the word is in the language (the word list's wordfreq reading, cached there)."""
    from storyline.ner import lemma_lexicon

    return lemma_lexicon.zipf(word.lower(), lang)


def everyday(word: str, lang: str) -> bool:
    return zipf(word, lang) >= EVERYDAY_ZIPF


def noun_like(word: str, lang: str) -> bool:
    """A word of the language, or a compound whose last part is one ("Stützpfeiler",
    "Dreamliner-Absturz"), and no place or first name."""
    if is_place(word) or given_name(word):
        return False
    own = zipf(word, lang)
    if own >= NOUN_ZIPF:
        return True
    floor = KNOWN_HEAD_ZIPF if own >= KNOWN_WORD else NOUN_ZIPF
    low = word.lower().rsplit("-", 1)[-1]
    return any(zipf(low[k:], lang) >= floor for k in range(1, len(low) - MIN_HEAD + 1))


MIN_COMPOUND_HEAD = 7  # letters: "-wiesen", "-kirchen" end towns' names; "-angaben", "-diensten" nouns
MIN_COMPOUND_LEAD = 4


def compound_noun(word: str, nw: NounWords) -> bool:
    """A compound of a word of the language (no place) and a plural or dative of a common noun
    ("Polizeiangaben", "Onlinediensten"): a noun, though it is too rare to be weighed itself.
    Short heads are left to names ("Oberwiesen"), and so is a known place."""
    if is_place(word):
        return False
    low = word.lower()
    for k in range(MIN_COMPOUND_LEAD, len(low) - MIN_COMPOUND_HEAD + 1):
        lead, head = low[:k], low[k:]
        if (
            zipf(lead, nw.lang) >= NOUN_ZIPF
            and not is_place(lead.capitalize())
            and _inflected(head.capitalize(), nw)
        ):
            return True
    return False


def opened(text: str, at: int, floor: int, nw: NounWords) -> tuple[str, int] | None:
    """What opens the noun phrase that the word at ``at`` ends, and how many inflected lower-case
    words (adjectives) stand between: ("dem", 1) for "dem heftigen X", ("#", 0) for a number right
    before, ("", 1) for an adjective with no determiner; None where nothing opens one."""
    end, between = at, 0
    while True:
        m = _WORD_BEFORE.search(text, max(floor, end - 40), end)
        if m is None:
            break
        word = m.group(1)
        if _NUMBER.fullmatch(word):
            return "#", between
        if word.lower() in nw.determiners:
            return word.lower(), between
        if not (word.islower() and word.endswith(nw.inflection_endings)) or between == MAX_ADJECTIVES:
            break
        between += 1
        end = m.start()
    return ("", between) if between else None


def _inflected(word: str, nw: NounWords) -> bool:
    """A plural or a dative of a common noun the word list holds ("Angaben" of Angabe), no
    dictionary form itself ("Streifen" of the Gaza Strip is one)."""
    from storyline.ner import lemma_lexicon

    found = lemma_lexicon.lemma(word, nw.lang)
    if not found or found.lower() == word.lower() or not found[:1].isupper():
        return False
    return not any(word == found + e for e in nw.name_case_endings)


def declined(word: str, nw: NounWords) -> bool:
    """A form the language's word list declines as a common noun: a plural or a dative
    ("Kinder" of Kind, "Angaben"), or a noun it lists with such forms ("Lage"). A name's genitive
    ("Merkels") is no such form."""
    from storyline.ner import lemma_lexicon

    return lemma_lexicon.is_declined_noun(word, nw.lang) or _inflected(word, nw)


def noun_at(text: str, at: int, word: str, floor: int, nw: NounWords) -> bool:
    """Whether this phrase makes the everyday word at ``at`` a common noun. A number, or an
    article that a feminine name never takes ("dem", "das", "ein": ``neuter_determiners``), opens
    any noun; another ("die", "der") or an adjective alone only a form the word list declines as a
    common noun (which opens any phrase): "die Nato", "der Bundeswehr" are names that take an
    article."""
    how = opened(text, at, floor, nw)
    if how is None:
        return False
    opener, between = how
    if opener == "#" or declined(word, nw):
        return True
    # "das zerstörte <City>": a place that an adjective describes is still the place
    return opener in nw.neuter_determiners and not (between and is_place(word))


def common_nouns(text: str, start: int, end: int, nw: NounWords) -> tuple[frozenset[str], frozenset[int]]:
    """The passage's everyday words that some noun phrase makes common nouns (read as nouns
    wherever they stand), and the offsets of known places that are nouns only there."""
    words: set[str] = set()
    at: set[int] = set()
    for m in re.finditer(r"(?<![\w-])[^\W\d_][\w-]*", text[start:end]):
        word, s = m.group(), start + m.start()
        if not word[0].isupper() or word.isupper() or not everyday(word, nw.lang):
            continue
        if fold(word) in countries():
            continue
        if not noun_at(text, s, word, start, nw) and not _paired_with_noun(text, s, s + len(word), nw):
            continue
        if outlet_context(text, Mention(s, s + len(word), word, "ORG", word, nw.lang)):
            continue
        if is_place(word) or given_name(word):
            at.add(s)  # a noun here, a name where nothing makes it one ("in Essen")
        else:
            words.add(word)
    return frozenset(words), frozenset(at)


def _paired_with_noun(text: str, s: int, e: int, nw: NounWords) -> bool:
    """Joined by "und"/"oder" to an everyday word that no list calls a name ("ohne Essen und
    Trinken"): two nouns of a pair are of one kind."""
    after = _PAIR_AFTER.match(text, e)
    before = _PAIR_BEFORE.search(text, max(0, s - 40), s)
    for m in (after, before):
        if m is None or m.group("conj") not in nw.conjunctions:
            continue
        other = m.group("word")
        if (
            other[0].isupper()
            and not other.isupper()
            and everyday(other, nw.lang)
            and not (is_place(other) or given_name(other) or fold(other) in countries())
        ):
            return True
    return False


_PAIR_AFTER = re.compile(r"[ \u00a0]+(?P<conj>\w+)[ \u00a0]+(?P<word>[^\W\d_][\w-]*)")
_PAIR_BEFORE = re.compile(r"(?P<word>[^\W\d_][\w-]*)[ \u00a0]+(?P<conj>\w+)[ \u00a0]+$")


def lead_cut(tokens: list[str], nw: NounWords, kept: Callable[[str], bool]) -> tuple[int, str | None]:
    """How many leading tokens of a run are common nouns before its name, and the type they say
    the name has ("LOC", "ORG" or None); (len(tokens), None) where the run is common nouns alone
    joined by a connector. ``kept``: words that belong to names (organisation, place, title words)."""
    first = tokens[0].lower()
    if len(tokens) >= 2 and not is_place(tokens[0]):
        if first.endswith(nw.place_descriptions):
            return 1, "LOC"
        if first in nw.body_descriptions:
            return 1, "ORG"
    lowers = [t.lower() for t in tokens]
    join = next((k for k, w in enumerate(lowers) if k and w in nw.connectors), None)
    if join is None or join + 1 >= len(tokens):
        return 0, None
    lead, rest = tokens[:join], tokens[join + 1 :]
    if any(kept(w) for w in lead) or not all(noun_like(w, nw.lang) for w in lead):
        return 0, None
    if all(noun_like(w, nw.lang) for w in rest):
        return len(tokens), None
    return join + 1, None


def genitive_stem(word: str, nw: NounWords, named: Callable[[str], bool]) -> str | None:
    """The name a word is the genitive of ("Xs" → X), where ``named`` calls the stem a name (a
    place, a first name, a word the passage writes on its own)."""
    for ending in sorted(nw.name_case_endings, key=len, reverse=True):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 2 and named(stem):
            return stem
    return None


def possessor(tokens: list[str], nw: NounWords, named: Callable[[str], bool]) -> str | None:
    """The name in the genitive that opens a run of common nouns ("Xs Name" → X), or None."""
    # an everyday word is a noun here though some far town bears its name ("Name", "Lage")
    nouns = (
        noun_like(w, nw.lang) or (everyday(w, nw.lang) and fold(w) not in countries()) for w in tokens[1:]
    )
    if len(tokens) < 2 or not all(nouns):
        return None
    return genitive_stem(tokens[0], nw, named)
