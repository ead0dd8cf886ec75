"""Names that are a common word of their own language and only look like another language's word
(Bulgarian "Симфония", say a radio, and Polish "Symfonia", a programme's name; Czech "Hladina"
and Slovene "Gladina", two places called "the surface"): two languages' everyday words are
cognates by descent, not one thing's name written in two scripts. A word that is
one thing's name in both is learned as such (a translation the name table knows), or is the
same word letter for letter (one language's transliteration of the other's)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from storyline.analyse.entity_confidence import everyday_words
from storyline.names import match_key
from storyline.names.gazetteers import fold
from storyline.names.script import script
from storyline.ner.lemma_lexicon import is_own_lemma


def language_word(name: str, lang: str | None) -> bool:
    """A one-word name written with a capital that its language's word list holds as a dictionary
    form of its own (or an everyday word of the language): the language's own word written as a
    name, not a name borrowed from elsewhere. A word in small letters is the common word itself
    (a drug, a food), which other languages' words for it name too."""
    word = name.strip()
    if not lang or " " in word or not word.isalpha() or word.isupper() or not word[:1].isupper():
        return False
    low = word.lower()
    return low in everyday_words(lang) or is_own_lemma(low, lang)


def _alike_only(a: str, lang_a: str, b: str, lang_b: str, etype: str) -> bool:
    """Whether two names are alike only by a loose reading. A title (PRO): in one script, letters
    that differ; across scripts, match keys that differ (a fuzzy or sound key found them); a
    transliteration keeps the letters' key ("Спутник", "Sputnik"). A place (LOC): only letters of
    one script that differ by the h the match key folds into g (Czech "Hladina", Slovene "Gladina"):
    that fold reads one script's letter (Г) two ways, and word lists hold places' names as
    words too ("Anglie", "Англия"), so nothing more says a place's name is a common word."""
    if etype == "LOC":
        return script(a) == script(b) and fold(a) != fold(b) and _g_for_h(a) == _g_for_h(b)
    if script(a) == script(b):
        return fold(a) != fold(b)
    return match_key(a, lang_a) != match_key(b, lang_b)


def _g_for_h(name: str) -> str:
    return fold(name).replace("h", "g")


def cognate_words(
    name: str, lang: str | None, names: Mapping[str, Counter[str]], etype: str = "PRO", learned: bool = False
) -> bool:
    """Whether a name that is a word of its language (``language_word``) meets an entity known
    only in other languages, each of its names a word of its own language alike to this one only
    by a loose reading (``_alike_only``). ``learned``: the name table files both under one id
    by other keys (a translation it learned: Slovene "Vzhod" and Czech "Východ", the East)."""
    if learned or not lang or names.get(lang) or not language_word(name, lang):
        return False
    theirs = [(n, other) for other, counted in names.items() for n in counted]
    return bool(theirs) and all(
        language_word(n, other) and _alike_only(name, lang, n, other, etype) for n, other in theirs
    )
