"""Match keys: one spelling for the many ways a name is written across languages and scripts.

Three levels, from strict to loose:
- ``match_key``: the transliterated name with a few spelling rules (kh/h/g, c/k, doubled
  letters); the key of the learned alias table and of story features, so it stays as it is;
- ``phonetic``: also merges what transliteration conventions write differently for one sound —
  sh/sch/sz/š/ş/zh/ž/z, kh/ch/x, j/y/i, w/v, ou/u, the vowels in three classes (a/e/ə, i/y/ı,
  o/u), h dropped (Greek has none, Russian writes it х or г);
- ``skeleton``: the consonants of the phonetic key, what is left of a name written without short
  vowels (Arabic, Persian) or heard differently (James / Džejms).
The looser keys only *propose* that two names may be one; linking checks first names, gender,
type and language before it believes them.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from storyline.names.script import script
from storyline.names.translit import to_latin

_KEY_RULES = [
    (re.compile(r"[^a-z0-9 ]"), ""),  # digits stay: Nord Stream 2 is not Nord Stream
    (re.compile(r"kh"), "h"),
    (re.compile(r"h"), "g"),  # Ukrainian and Bulgarian Г is H, Russian G; Hamburg is Гамбург
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck|q|c(?!h)"), "k"),  # Macron / Макрон
    (re.compile(r"x"), "ks"),
    (re.compile(r"(?<=[a-z])[yj]"), ""),  # Aliyev/Aliev, Groznyy/Grozny, Yuliya/Yulia
    (re.compile(r"^[yj](?=[aeiou])"), ""),
    (re.compile(r"ts|tz"), "c"),
    (re.compile(r"w"), "v"),
    (re.compile(r"(.)\1+"), r"\1"),
]


@lru_cache(maxsize=200_000)
def match_key(name: str, lang: str | None = None) -> str:
    """A loose phonetic key: the same for spelling variants across transliteration schemes."""
    key = to_latin(name, lang).lower().replace("-", " ")
    for pattern, repl in _KEY_RULES:
        key = pattern.sub(repl, key)
    return " ".join(key.split())


# Ordered: longer spellings first, so that "sch" is one sound before "ch" and "sh" are read.
_PHONETIC_RULES = [
    (re.compile(r"[^a-z ]"), ""),
    (re.compile(r"x"), "ks"),  # Alexander / Aleksandr
    (re.compile(r"tsch|tch|cz|ch"), "C"),  # č: German, English, Polish, BGN (ch is х in German: data)
    (re.compile(r"dzh|dz|dj"), "j"),  # Џ, Dž, Dj
    (re.compile(r"sch|sh|sz|zh|z"), "s"),  # Schukow, Shukov, Żukow (ż → z), Zhukov
    (re.compile(r"kh"), "h"),  # х: kh (BGN, Greek χ), h (Czech, Turkish)
    (re.compile(r"gh"), "g"),  # Arabic غ and Kazakh ғ
    (re.compile(r"ph"), "f"),
    (re.compile(r"th"), "t"),
    (re.compile(r"ck|q"), "k"),
    (re.compile(r"c(?=[eiy])"), "s"),  # Lucie, Wallis
    (re.compile(r"c"), "k"),
    (re.compile(r"C"), "c"),
    (re.compile(r"w"), "v"),
    (re.compile(r"j"), "y"),  # Jewgenij / Yevgeny; English j falls into y too, on both sides
    (re.compile(r"ou|oo"), "u"),  # Moussa / Musa
    (re.compile(r"ee|ie(?=[^aeiouy]|$)"), "i"),
    (re.compile(r"h"), ""),  # Ebraim (Greek has no h) / Ebrahim; Khossein / Hossein
    (re.compile(r"o"), "u"),
    (re.compile(r"[yi]"), "i"),  # Kuzmyn / Kuzmin, Yıldız / Yildiz
    (re.compile(r"e"), "a"),  # Rəşid / Reshid / Rashid (ə → e)
    (re.compile(r"(.)\1+"), r"\1"),
]
_VOWELS = re.compile(r"[aiu]")
# letters whose ASCII fold would merge them with another sound: č is not c (Gorbačov / Gorbachev)
_PRE = {"č": "ch", "Č": "Ch", "ć": "ch", "Ć": "Ch", "ç": "ch", "Ç": "Ch", "ş": "sh", "Ş": "Sh"}
_PRE_FOLD = re.compile("|".join(_PRE))
_ABJADS = frozenset({"ARABIC", "HEBREW", "SYRIAC"})


@lru_cache(maxsize=100_000)
def phonetic(name: str, lang: str | None = None) -> str:
    """The phonetic key of a name (space-separated tokens)."""
    latin = _PRE_FOLD.sub(lambda m: _PRE[m.group()], name)
    latin = to_latin(latin, lang).lower().replace("-", " ")
    key = latin
    if script(name) in _ABJADS:  # و and ي stand for vowels as often as for w and y
        key = key.replace("w", "u").replace("y", "i")
    for pattern, repl in _PHONETIC_RULES:
        key = pattern.sub(repl, key)
    # a name the rules empty ("H." is all h) keeps its letters
    return " ".join(key.split()) or " ".join(re.sub(r"[^a-z ]", "", latin).split())


_DOUBLED = re.compile(r"(.)\1+")
# Latin "ch" that is no "sch"/"tsch": č in Czech, Polish and English transliteration, but k or h
# in German, English and Greek-derived words (Technik, Christ, Bach), which Cyrillic writes к or х
_LATIN_CH = re.compile(r"(?<![sStT])(ch|Ch|CH)")
_CH_READINGS = ("k", "h")


@lru_cache(maxsize=100_000)
def ch_readings(name: str, lang: str | None = None) -> tuple[str, ...]:
    """The other phonetic keys of a Latin-script name with "ch", read as k and as h; none for a
    name in another script (a transliteration's "ch" is always č) or without "ch"."""
    if script(name) != "LATIN" or not _LATIN_CH.search(name):
        return ()
    keys = [
        phonetic(_LATIN_CH.sub(lambda m, r=r: r.upper() if m.group()[0].isupper() else r, name), lang)
        for r in _CH_READINGS
    ]
    own = phonetic(name, lang)
    return tuple(dict.fromkeys(k for k in keys if k != own))


# an alef that begins a word: the hamza under it, an "i" (إنديا), is often left unwritten, and
# the romanisation reads an alef "a" whatever its hamza, so the key hears "Andia" for India
_INITIAL_ALEFS = "اإأ"
_ARTICLE = "ال"
MAX_ALEF_WORDS = 3  # readings double with each such word


@lru_cache(maxsize=100_000)
def alef_readings(name: str, lang: str | None = None) -> tuple[str, ...]:
    """The other phonetic keys of an Arabic-script name whose words begin with an alef, each such
    word read with an "i" too (not the article ال, which is "al"); none for other names."""
    if script(name) not in _ABJADS:
        return ()
    key = phonetic(name, lang).split()
    raw = name.split()
    if len(key) != len(raw):
        return ()
    slots = [
        i
        for i, (word, written) in enumerate(zip(key, raw, strict=True))
        if written[0] in _INITIAL_ALEFS and not written.startswith(_ARTICLE) and word.startswith("a")
    ]
    if not slots or len(slots) > MAX_ALEF_WORDS:
        return ()
    out = []
    for mask in range(1, 2 ** len(slots)):
        words = list(key)
        for bit, i in enumerate(slots):
            if mask >> bit & 1:
                words[i] = "i" + words[i][1:]
        out.append(" ".join(words))
    return tuple(out)


def skeleton(phonetic_key: str) -> str:
    """The consonants of a phonetic key, run together (Mohammad and محمد: "md")."""
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", phonetic_key.replace(" ", "")))


def vowel_shape(phonetic_key: str) -> str:
    """The phonetic key with every vowel one letter: the consonants and where the vowels fall
    ("puniab", "paniab": "panab")."""
    return _DOUBLED.sub(r"\1", _VOWELS.sub("a", phonetic_key.replace(" ", "")))


def same_letters(a: str, b: str) -> bool:
    """Two abbreviations that are one: the same letters, or one writes a letter twice where the
    other writes it once (Ukrainian ВООЗ, Russian ВОЗ). A doubled letter moved (BBC, BCC) or a
    letter more (WSJ, ВВС read "vs") makes another abbreviation."""
    return a == b or _DOUBLED.sub(r"\1", a) == b or _DOUBLED.sub(r"\1", b) == a


@cache
def _endings(lang: str, key: str) -> tuple[tuple[str, str], ...]:
    """Pairs "a:b" of one list of ``lang/entities/<lang>.toml``, longest ending first."""
    from storyline.names.parts import data_words  # parts reads the gazetteers, which read keys: on use

    pairs = (pair.split(":", 1) for pair in data_words(lang, key) if ":" in pair)
    return tuple(sorted(((a, b) for a, b in pairs), key=lambda p: -len(p[0])))


def _ending_swapped(word: str, pairs: tuple[tuple[str, str], ...]) -> str | None:
    for own, other in pairs:
        if word.lower().endswith(own) and len(word) > len(own) + 1:
            return word[: -len(own)] + other
    return None


def place_spellings(base: str, lang: str | None) -> list[tuple[str, str]]:
    """Other spellings of a one-word place name, each with the language it is read in: the
    neuter name an adjectival base form stands for (``neuter_places``: the oblique cases of
    Ukrainian "Вилкове" are an adjective's, and a lemmatiser gives "Вилковий"), and the name as
    Russian writes it where the language's ending answers another (``russian_endings``: Вилкове,
    Вилково). [] for a name of several words or another language."""
    word = base.strip()
    if not lang or " " in word or "-" in word:
        return []
    out: list[tuple[str, str]] = []
    if neuter := _ending_swapped(word, _endings(lang, "neuter_places")):
        out.append((neuter, lang))
        word = neuter
    if russian := _ending_swapped(word, _endings(lang, "russian_endings")):
        out.append((russian, "ru"))
    return out
