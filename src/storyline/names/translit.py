"""Any script to ASCII Latin, without losing letters.

ICU does the work: BGN/PCGN romanisation where ICU has it for the language (the press spelling:
Алиев → Aliyev, Љубиша → Ljubisa, Қасым → Qasym), ``Any-Latin`` for every other script
(Arabic, Persian, Hebrew, Georgian, Armenian, CJK), then ``Latin-ASCII``. What ``Latin-ASCII``
leaves (ə, ɔ, ʒ …) gets its nearest plain letter, so "Rəşad" is "Resad", never "Rsad".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

import icu

# the language's own romanisation (ICU ids); any other text goes through Any-Latin
_TRANSLIT_IDS = {
    "ru": "Russian-Latin/BGN", "bg": "Bulgarian-Latin/BGN", "uk": "Ukrainian-Latin/BGN",
    "be": "Belarusian-Latin/BGN", "sr": "Serbian-Latin/BGN", "mk": "Macedonian-Latin/BGN",
    "kk": "Kazakh-Latin/BGN", "el": "Greek-Latin/BGN", "ka": "Georgian-Latin/BGN",
    "hy": "Armenian-Latin/BGN",
}  # fmt: skip
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
# Greek writes foreign b, d, g, j as digraphs (Μπάιντεν = Biden, Ντόναλντ = Donald); read them
# so before romanising, as the names they stand for are mostly foreign in the news
_GREEK_DIGRAPHS = [("μπ", "b"), ("Μπ", "B"), ("ΜΠ", "B"), ("ντ", "d"), ("Ντ", "D"), ("ΝΤ", "D"),
                   ("γκ", "g"), ("Γκ", "G"), ("ΓΚ", "G"), ("τζ", "j"), ("Τζ", "J"), ("ΤΖ", "J")]  # fmt: skip
# A display name follows the standard reading (ELOT 743): a digraph opening a word is the one
# letter (Ντόναλντ: D), after a vowel inside a word both letters are read (Πουέντε: Pouente,
# Κωνσταντίνος: Konstantinos; reading it "d" made Puente "Pouede", a spelling no source writes).
# After a consonant no nasal is heard (Ντόναλντ: Donald). Matching keeps the looser reading above.
_GREEK_DISPLAY = re.compile(r"(?i)(?:(?<![^\W\d_])|(?<=[βγδζθκλμνξπρσςτφχψ]))(μπ|ντ|γκ)|(μπ|ντ|γκ)")
_GREEK_OPENING = {"μπ": "b", "ντ": "d", "γκ": "g"}
_GREEK_INSIDE = {"μπ": "mp", "ντ": "nt", "γκ": "gk"}
# letters Latin-ASCII keeps as they are, and signs that carry no letter in a romanised name
_LEFTOVER = str.maketrans({
    "ə": "e", "Ə": "E", "ɛ": "e", "Ɛ": "E", "ɔ": "o", "Ɔ": "O", "ʒ": "z", "Ʒ": "Z", "ı": "i",
    "ʿ": None, "ʾ": None, "ʻ": None, "ˌ": None,
})  # fmt: skip


@cache
def _transliterator(tid: str) -> icu.Transliterator:
    # Any-Latin after a language's romanisation catches the letters that table does not know
    # (Kazakh Қ in text read as Russian)
    chain = f"{tid}; Any-Latin; Latin-ASCII" if tid != "Any-Latin" else "Any-Latin; Latin-ASCII"
    return icu.Transliterator.createInstance(chain)


def _romanisation(name: str, lang: str | None) -> str:
    if lang in _TRANSLIT_IDS:
        return _TRANSLIT_IDS[lang]
    if _CYRILLIC.search(name):
        return _TRANSLIT_IDS["ru"]
    if _GREEK.search(name):
        return _TRANSLIT_IDS["el"]
    return "Any-Latin"


@lru_cache(maxsize=200_000)
def to_latin(name: str, lang: str | None = None) -> str:
    """Press-style Latin spelling, ASCII only (BGN for the languages ICU has it for: Алиев →
    Aliyev), with no letter dropped."""
    if name.isascii():
        return name
    tid = _romanisation(name, lang)
    if tid == _TRANSLIT_IDS["el"]:
        for greek, latin in _GREEK_DIGRAPHS:
            name = name.replace(greek, latin)
    text = _transliterator(tid).transliterate(name).translate(_LEFTOVER)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _greek_digraph(m: re.Match[str]) -> str:
    pair = m.group(1) or m.group(2)
    latin = (_GREEK_OPENING if m.group(1) else _GREEK_INSIDE)[pair.lower()]
    if pair.isupper():
        return latin.upper()
    return latin[:1].upper() + latin[1:] if pair[0].isupper() else latin


@lru_cache(maxsize=50_000)
def display_latin(name: str, lang: str | None = None) -> str:
    """``to_latin`` for a name shown to a reader: Greek digraphs read by the standard (ELOT 743),
    one letter opening a word, both inside it; every other script as ``to_latin``."""
    if name.isascii() or _romanisation(name, lang) != _TRANSLIT_IDS["el"]:
        return to_latin(name, lang)
    text = _GREEK_DISPLAY.sub(_greek_digraph, name)
    text = _transliterator(_TRANSLIT_IDS["el"]).transliterate(text).translate(_LEFTOVER)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
