"""How plainly an abbreviation's letters come from a name's words.

``entity_index.abbreviates`` lets a long abbreviation take any letters of a word, in order, after
its initial (AZAL = AZerbaijan AirLines). Letters picked from anywhere inside one word fit too
many names: "ILOS" is in "Instytut LOrenSkiego", "TRVA" in "Teatr RoVAlski". Abbreviations
are made of each word's initial and either the letters right after it (NOVA, SFOR: a syllable)
or one more letter (AirLines); a short function word may give its initial or nothing (UOKiK:
Urząd Ochrony Konkurencji i Konsumentów). A fit that needs more than that is no evidence alone:
the abbreviation joins such a name only where one document writes both.

One body has one abbreviation and one long name in a language (``abbreviated_otherwise``,
``expanded_otherwise``): an abbreviation does not join a long name whose entity that language
already abbreviates with other letters that the name does not give (Polish "<Body> Lotnictwa
Cywilnego" written for the British authority beside its English "CAA": the Polish authority's own
"ULC" is another body), and a long name does not join an abbreviation that language already
expands as another name (a fund's "EF<X>S" of "…Funduszu … Strategicznych" is not another fund
whose words give the same letters).

A fit that takes a word's syllable (GAVI as "G… AVIation …") is a plain fit for a body seen
by its abbreviation alone; but an abbreviation whose entity already goes by a long name whose
initials it is abbreviates that name (``syllables_only``): another long name, in any language,
that its letters fit only by syllables joins it only where one document writes both. A Latin
abbreviation that spells a phrase of another script's initials only with a word of it left out,
where the phrase names no body (``initials_across``), joins it only so too.

Two fits are no abbreviation at all (``whole_words``): a word of the name that is an abbreviation
itself (a country's "ZDA" after "Ministrstvo za zdravje") gives its letters whole or none, not its
initial; and an abbreviation spelt as a word of the name ("NOVA" for "Nova … Aliance") is that
word in capitals — a brand — whatever initials of the other words it seems to take.

An abbreviation keeps the marks of its first initial where its language writes them so ("ČSÚ" of
a Czech "Český statistický úřad", ``marks_lost``): the same letters without them, written in that
language ("CSU", a German party in Czech news), abbreviate another body.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache

from rapidfuzz.distance import JaroWinkler

from storyline.model import Mention
from storyline.names import to_latin
from storyline.names.concepts import concept_key, fold
from storyline.names.parts import entity_data
from storyline.names.script import is_latin

MIN_WORD = 3  # a shorter word of letters is a function word: its initial is optional


def _parts(name: str) -> list[tuple[str, bool]]:
    """The name's words, folded, each with whether it must give its initial."""
    return [(w, len(w) >= MIN_WORD or w.isdigit()) for w in re.findall(r"[a-z0-9]+", fold(name))]


_VOWELS = frozenset("aeiouy")


def _gives(word: str) -> set[str]:
    """What one word may give: its initial and the letters in a row after it, or its initial
    and one later consonant, which may begin a part of a compound (AirLines); a vowel from
    inside a word begins none ("ACEA" is not "Airbus CommErcial Aircraft")."""
    out = {word[:k] for k in range(1, len(word) + 1)}
    out.update(
        word[0] + word[i] for i in range(2, len(word)) if word[i] not in _VOWELS and _part_begins(word, i)
    )
    return out


ENGLISH_WORD = 3.0  # zipf of a word (and of each part of a compound) that English writes


@lru_cache(maxsize=50_000)
def _part_begins(word: str, i: int) -> bool:
    """Whether letter ``i`` of a word may begin a part of a compound: anywhere in a word English
    does not know (a transliteration's "avialinii" is not looked up), but in an English word only
    where both sides are English words ("air" + "lines"; "medi" + "cine" is no compound, so
    "Medicine" gives no "MC")."""
    from storyline.ner.lemma_lexicon import zipf  # the word lists load on use

    if zipf(word, "en") < ENGLISH_WORD:
        return True
    return zipf(word[:i], "en") >= ENGLISH_WORD and zipf(word[i:], "en") >= ENGLISH_WORD


@lru_cache(maxsize=50_000)
def plain_fit(abbreviation: str, name: str) -> bool:
    """Whether the abbreviation is made of the name's words as abbreviations plainly are."""
    target = fold(abbreviation)
    parts = _parts(name)

    @cache
    def fits(pos: int, w: int) -> bool:
        if w == len(parts):
            return pos == len(target)
        word, needed = parts[w]
        if not needed and fits(pos, w + 1):
            return True
        options = _gives(word) if needed else {word[0]}
        return any(target.startswith(piece, pos) and fits(pos + len(piece), w + 1) for piece in options)

    return fits(0, 0)


SHORT_WORD = 3  # a word this short may give no initial to a long name's initials (a "for", "pro")


@lru_cache(maxsize=50_000)
def initials_fit(abbreviation: str, name: str) -> bool:
    """Whether the abbreviation is the name's initials alone, a short word's initial optional
    (each language keeps or drops its prepositions: "pro", "for"): no word gives it a syllable."""
    target = fold(abbreviation)
    words = _initial_words(name)

    @cache
    def fits(pos: int, w: int) -> bool:
        if w == len(words):
            return pos == len(target)
        if len(words[w]) <= SHORT_WORD and fits(pos, w + 1):
            return True
        return target.startswith(words[w][0], pos) and fits(pos + 1, w + 1)

    return fits(0, 0)


def syllables_only(abbreviation: str, name: str, long_names: Iterable[str]) -> bool:
    """Whether the abbreviation fits ``name`` only by a word's syllable while its entity already
    goes by a long name (``long_names``, in Latin letters) whose initials it is: that name is
    what it abbreviates."""
    if initials_fit(abbreviation, name):
        return False
    return any(len(other.split()) >= 2 and initials_fit(abbreviation, other) for other in long_names)


def initials_across(abbreviation: str, name: str, lang: str | None) -> bool:
    """Whether a Latin-script abbreviation fits a name written in another script only as the
    initials of its transliteration with one of its words left out, where the name names no body
    (no head noun of the concept lexicons: "К… и М… Р…", a title of common words, not "<Adj> <Adj>
    агенция"). Such a fit is chance: the words of a body's name translated keep its initials
    (a national agency's Latin abbreviation and its Cyrillic name), a description's do not. A
    fit by a word's syllable (AZAL of "Азербайджанские авиалинии") is ``syllables_only``'s."""
    if not is_latin(abbreviation) or is_latin(name):
        return False
    latin = to_latin(name, lang)
    if transliterated_initials(abbreviation, name, lang):
        return True
    if not initials_fit(abbreviation, latin) or _every_initial(abbreviation, latin):
        return False
    return concept_key(name, lang) is None


def transliterated_initials(abbreviation: str, name: str, lang: str | None) -> bool:
    """Whether a Latin-script abbreviation fits a name written in another script whose words its
    language's word list holds none of: a foreign name transliterated ("Мутахидда Маджлис-э-Амал",
    a Pakistani party). Its initials may well be the body's own abbreviation, but the same few
    capitals in a Latin text stand for anything else (a sport's "MMA" in a Polish report; audit
    round 35 N5): with no Latin name of the body to read them by, that is no evidence alone. A
    translated name ("Норвежское телеграфное бюро") is words of its language and keeps its
    fit (``initials_across``'s other test)."""
    from storyline.ner import lemma_lexicon  # link reads the analysis' word lists

    if not lang or not lemma_lexicon.has_word_list(lang) or not plain_fit(abbreviation, to_latin(name, lang)):
        return False
    words = [w for w in re.split(r"[\s\-‐‑–]+", name) if len(w) >= MIN_WORD and w.isalpha()]
    return bool(words) and all(
        lemma_lexicon.lemma(w, lang) is None and lemma_lexicon.lemma(w.lower(), lang) is None for w in words
    )


def _every_initial(abbreviation: str, name: str) -> bool:
    """Whether the abbreviation is the initial of every word of the name."""
    return fold(abbreviation) == "".join(w[0] for w in _initial_words(name))


def _initial_words(name: str) -> list[str]:
    """The name's words, folded, letters and digits only, the empty ones left out."""
    return [w for w in (re.sub(r"[^a-z0-9]", "", fold(part)) for part in name.split()) if w]


MIN_INNER = 2  # capitals in a row that make a word an abbreviation of its own


def whole_words(abbreviation: str, name: str, fits: Callable[[str, str], bool]) -> bool:
    """Whether ``fits`` (``abbreviates``) holds without reading a word of the name for what it
    is not: a mixed-case name's word written in capitals ("ZDA") gives the abbreviation all its
    letters or none, so it must fit the name without that word unless it holds the word whole;
    and an abbreviation spelt as one of the name's words is that word, not the name's initials."""
    folded = fold(abbreviation)
    words = name.split()
    if any(fold(w) == folded for w in words) and len(words) > 1:
        return False
    inner = [w for w in words if len(w) >= MIN_INNER and w.isalpha() and w.isupper()]
    if not inner or len(inner) == len(words):  # a name all in capitals (a headline) tells nothing
        return fits(abbreviation, name)
    if all(fold(w) in folded for w in inner):
        return fits(abbreviation, name)
    rest = " ".join(w for w in words if w not in inner)
    return bool(rest) and fits(abbreviation, rest)


def written_here(mentions: Iterable[Mention]) -> frozenset[str]:
    """A document's names as the abbreviation blocks hold them: each surface as written and each
    base form in Latin letters."""
    out: set[str] = set()
    for m in mentions:
        out.add(m.text.strip())
        out.add(to_latin(m.base or m.text, m.lang))
    return frozenset(out)


def sole_fit(fits: Iterable[tuple[str, bool]]) -> list[str]:
    """The one entity whose names an abbreviation fits, as a list, when there is one and a fit
    with it is plain or paired in the document (``fits``: entity id, whether that fit is);
    else none. Every fit counts against ambiguity, plain or not."""
    plain: dict[str, bool] = {}
    for eid, ok in fits:
        plain[eid] = plain.get(eid, False) or ok
    return list(plain) if len(plain) == 1 and all(plain.values()) else []


@cache
def _keeps_marks(lang: str | None) -> bool:
    return bool(entity_data(lang).get("abbreviations_keep_marks"))


def marks_lost(abbreviation: str, long_name: str, lang: str | None) -> bool:
    """Whether an abbreviation written plain in ``lang`` drops the marks of the long name's
    first initial, in a language whose abbreviations keep them. (Only the first: a mark inside
    is dropped more often, "UZK" for a Polish "Urząd Żeglugi Krajowej".)"""
    plain = abbreviation.strip()
    if not plain.isascii() or not _keeps_marks(lang):
        return False
    words = [w for w in re.findall(r"\w+", long_name) if len(w) >= MIN_WORD and w.isalpha()]
    first = words[0][0] if words else ""
    return bool(first) and not first.isascii() and fold(first) == plain[:1].lower()


MIN_LETTERS = 3  # an abbreviation of fewer letters names too many things to tell one body by it
WORD_ALIKE = 0.85  # two words this alike are one word's case forms or spellings


def abbreviated_otherwise(abbreviation: str, names: Iterable[str], lang: str | None) -> bool:
    """Whether an entity whose names in the abbreviation's language are ``names`` goes there by
    another abbreviation (other letters) that gives none of the long names this one fits: its
    long name is then a translation of another country's body's name, not this body's."""
    names = list(names)
    letters = _letters(abbreviation, lang)
    own = [n for n in names if len(n.split()) > 1 and plain_fit(letters, to_latin(n, lang))]
    others = [
        n
        for n in names
        if is_abbreviation(n) and len(n.strip()) >= MIN_LETTERS and _letters(n, lang) != letters
    ]
    return any(not any(plain_fit(_letters(o, lang), to_latin(n, lang)) for n in own) for o in others)


def expanded_otherwise(abbreviation: str, long_name: str, names: Iterable[str], lang: str | None) -> bool:
    """Whether an abbreviation's entity, whose names in the long name's language are ``names``,
    is there already the abbreviation of another long name (other words, not a case form of
    ``long_name``) that it fits as plainly."""
    letters = fold(abbreviation)
    return any(
        len(n.split()) > 1
        and plain_fit(letters, to_latin(n, lang))
        and not _same_words(to_latin(n, lang), long_name)
        for n in names
    )


def spelt_out_here(abbreviation: str, here: Iterable[str]) -> list[str]:
    """The long names of a document (``written_here``) whose words' initials are the abbreviation,
    letter for letter: the document's own reading of its letters ("ZBM (Zonal Balancing
    Market)"). Only initials: a plain fit reads word beginnings too ("Pa-" "P-"), which a
    document's other names give by chance."""
    letters = fold(abbreviation)
    return [n for n in here if len(n.split()) > 1 and "".join(fold(w)[:1] for w in n.split()) == letters]


def read_otherwise(abbreviation: str, names: Iterable[str], spelt: list[str]) -> bool:
    """Whether the long names an entity holds for an abbreviation (those of ``names`` it plainly
    fits) are all other words than the document's own reading of it (``spelt``): two bodies
    that share the letters (a gas hub and a national bank), which the document's context
    tells apart, not the letters."""
    if not spelt:
        return False
    theirs = [n for n in names if len(n.split()) > 1 and plain_fit(abbreviation, n)]
    return bool(theirs) and not any(_same_words(n, s) for n in theirs for s in spelt)


def _same_words(a: str, b: str) -> bool:
    wa, wb = fold(a).split(), fold(b).split()
    return len(wa) == len(wb) and all(
        JaroWinkler.similarity(x, y) >= WORD_ALIKE for x, y in zip(wa, wb, strict=True)
    )


def _letters(name: str, lang: str | None) -> str:
    return fold(to_latin(name.strip(), lang))


def is_abbreviation(name: str) -> bool:
    """One word in capitals (letters only): an abbreviation, not a word."""
    word = name.strip()
    return word.isalpha() and word.isupper()
