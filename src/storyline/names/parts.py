"""The parts of a written name that are not the name: case endings and titles.

Agglutinative languages write a name with its case ending: Turkish sets it off with an apostrophe
("Ankara'da", "Yılmaz'ın"), Azerbaijani, Kazakh, Hungarian and Finnish glue it on ("Bakıya",
"Алматыда", "Budapesten"). Titles stand before a name ("Präsident", "Cumhurbaşkanı", "Presiden"),
and German glues them into compounds ("Außenminister"). Which endings and titles a language has
is data: ``lang/entities/<lang>.toml`` (``case_suffixes``, ``suffix_buffers``,
``apostrophe_suffixes``, ``titles``, ``title_suffixes``).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from storyline.names.gazetteers import fold, is_place
from storyline.names.given import given_name
from storyline.names.script import APOSTROPHES

MIN_STEM = 3  # letters a stem keeps: shorter stems are too often a whole word
_VOWELS = set("aeiouyıəöüâêîôûäëïаеёиоуыэюяіїєөүұәæøå")


@cache
def entity_data(lang: str | None) -> dict:
    """The language's entity vocabulary (``lang/entities/<lang>.toml``), or {} without one."""
    if not lang:
        return {}
    path = resources.files("storyline") / "lang" / "entities" / f"{lang}.toml"
    return tomllib.loads(path.read_text("utf-8")) if path.is_file() else {}


@cache
def entity_languages() -> tuple[str, ...]:
    """Every language with an entity vocabulary (``lang/entities/<lang>.toml``), ``common`` too."""
    folder = resources.files("storyline") / "lang" / "entities"
    return tuple(sorted(p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml")))


@cache
def data_words(lang: str | None, key: str) -> tuple[str, ...]:
    """The words of one space-separated list of the language's entity vocabulary (() without it)."""
    return tuple(str(entity_data(lang).get(key, "")).split())


def alternation(words: Iterable[str]) -> str:
    """A regular expression's alternation of ``words``, the longest first, so that a word another
    begins with cannot win ("им." before "имени"); each escaped."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def conjunctions(lang: str | None) -> frozenset[str]:
    """The language's words that join two names into one list ("and", "i", "или")."""
    return frozenset(data_words(lang, "conjunctions")) if lang else frozenset()


@cache
def head_first_words(lang: str | None) -> frozenset[str]:
    """The lower-case head nouns a language writes before the name of the person a bridge, a road or
    a street is named after ("il ponte <Given> <Surname>"; ``head_first_place_words``)."""
    return frozenset(data_words(lang, "head_first_place_words")) if lang else frozenset()


def without_head_first(name: str, lang: str | None) -> str | None:
    """A place's name less its lower-case head noun ("puente <Name>" -> "<Name>"), else None: the
    head is the kind of place, which another language writes after the name or leaves out."""
    head, _, rest = name.strip().partition(" ")
    return rest if rest and head in head_first_words(lang) else None


@cache
def head_last_words(lang: str | None) -> frozenset[str]:
    """The folded head nouns written after the name of the person a bridge, a tunnel or a road is
    named after ("<Given> <Surname> Bridge", "<Given>-<Surname>-Brücke"): the English ones names
    turn up with in every language's text (``common``) and the language's own
    (``head_last_place_words``)."""
    words = data_words("common", "head_last_place_words") + data_words(lang, "head_last_place_words")
    return frozenset(fold(w) for w in words)


def without_head_last(name: str, lang: str | None) -> str | None:
    """A place's name less its capitalised head noun after a person's name ("<Given> <Surname>
    Bridge" -> "<Given> <Surname>"; German joins them with hyphens), else None: the head is the
    kind of place, which another language writes before the name ("ponte <Given> <Surname>") or
    leaves out. Only a name of two words or more opening with a given name is a person's: "Key
    Bridge" or "<Town> Bridge" is the bridge's own name."""
    words = name.strip().split()
    if len(words) == 1:  # "<Given>-<Surname>-Brücke"
        words = words[0].split("-")
    if len(words) < 3 or not words[-1][:1].isupper() or fold(words[-1]) not in head_last_words(lang):
        return None
    rest = words[:-1]
    return " ".join(rest) if given_name(rest[0]) else None


@dataclass(frozen=True)
class Affixes:
    suffixes: tuple[str, ...]  # longest first
    buffers: frozenset[str]  # a suffix that begins with one of these follows a vowel only
    apostrophe: bool  # the language sets a proper noun's ending off with an apostrophe


@cache
def affixes(lang: str | None) -> Affixes:
    data = entity_data(lang)
    suffixes = sorted(set(str(data.get("case_suffixes", "")).split()), key=lambda s: (-len(s), s))
    return Affixes(tuple(suffixes), frozenset(str(data.get("suffix_buffers", "")).split()),
                   bool(data.get("apostrophe_suffixes", False)))  # fmt: skip


def has_suffixes(lang: str | None) -> bool:
    a = affixes(lang)
    return bool(a.suffixes) or a.apostrophe


def apostrophe_split(word: str, lang: str | None) -> int | None:
    """Where the name ends in a word like "Yılmaz'ın" (the index of the apostrophe), when the
    language writes case endings so and what follows is a lower-case ending."""
    if not affixes(lang).apostrophe:
        return None
    for i, ch in enumerate(word):
        if ch in APOSTROPHES and i >= 2:
            tail = word[i + 1 :]
            if tail and tail.isalpha() and tail.islower() and len(tail) <= 6:
                return i
            return None
    return None


def suffix_splits(word: str, lang: str | None) -> list[tuple[str, str]]:
    """Every reading of ``word`` as stem + case ending the language allows, longest ending first."""
    cut = apostrophe_split(word, lang)
    if cut is not None:
        return [(word[:cut], word[cut + 1 :])]
    a = affixes(lang)
    lower = word.lower()
    out = []
    for suffix in a.suffixes:
        if not lower.endswith(suffix) or len(word) - len(suffix) < MIN_STEM:
            continue
        stem = word[: len(word) - len(suffix)]
        if suffix[0] in a.buffers and stem[-1].lower() not in _VOWELS:
            continue
        out.append((stem, suffix))
    return out


def case_stem(word: str, lang: str | None, known: Callable[[str], bool] | None = None) -> str:
    """The name in ``word`` without its case ending: a reading whose stem is a known name (or a
    word the document writes on its own) wins; else the longest ending of three letters or more,
    or of two after a buffer letter (-nin, -ya); else the word as written."""
    splits = suffix_splits(word, lang)
    if not splits:
        return word
    if apostrophe_split(word, lang) is None and (is_place(word) or given_name(word)):
        return word  # a name as it stands ("Robert" is no "Rober" + accusative -t)
    if known is not None:
        for stem, _ in splits:
            if known(stem):
                return stem
    if apostrophe_split(word, lang) is not None:
        return splits[0][0]
    after = _suffixes_after(lang)
    for stem, suffix in splits:
        if stem.lower().endswith(after.get(suffix, ())):
            return stem  # a short ending after letters no name ends in before it ("…kijt")
    buffers = affixes(lang).buffers
    for stem, suffix in splits:
        if len(suffix) >= 3 or (len(suffix) == 2 and suffix[0] in buffers):
            return stem
    return word


@cache
def _suffixes_after(lang: str | None) -> dict[str, tuple[str, ...]]:
    """``case_suffixes_after``: a short case ending | the letters a stem ends in before it that
    no name's nominative ends in with the ending ("-t" after "-j": Hungarian "…kijt" is the
    accusative of a Slavic name in "-ij", which no list of names knows)."""
    out: dict[str, tuple[str, ...]] = {}
    for row in entity_data(lang).get("case_suffixes_after", []):
        suffix, _, letters = str(row).partition("|")
        out[suffix.strip()] = tuple(letters.split())
    return out


def stem_candidates(word: str, lang: str | None) -> list[str]:
    """The stems ``word`` may stand for (itself first): for linking, which tries them all."""
    return [word] + [stem for stem, _ in suffix_splits(word, lang) if stem != word]


# ---------------------------------------------------------------- titles


@dataclass(frozen=True)
class Titles:
    words: frozenset[str]  # folded
    endings: tuple[str, ...]  # folded compound endings (German Außenminister)

    def __contains__(self, token: str) -> bool:
        t = fold(token.strip(".").rstrip("".join(APOSTROPHES)))
        if t in self.words:
            return True
        return any(t.endswith(e) and len(t) >= len(e) + 3 for e in self.endings)


def titles_from(words: Iterable[str], endings: Iterable[str] = ()) -> Titles:
    return Titles(frozenset(fold(w) for w in words), tuple(fold(e) for e in endings))


@cache
def titles(lang: str | None) -> Titles:
    data = entity_data(lang) or entity_data("en")
    words = str(data.get("titles", "")).split() + str(data.get("honorifics", "")).split()  # "Mr", "г-н"
    return titles_from(words, str(data.get("title_suffixes", "")).split())
