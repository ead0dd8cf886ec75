"""Names in Arabic script spelled as the Latin-script press spells them: "عثمان عبد الجليل" is
"Othman Abdul Jalil", where a letter-by-letter romanisation reads "Thman Bd Aljlyl" (Arabic,
Persian and Urdu do not write their short vowels, so no transliteration can put them back).

Data: ``lang/names/<lang>.toml`` — the conventional spellings of the common elements of names of
the language (given names, particles, the divine attributes after عبد) and how the article ال,
عبد before it and the adjective ending ي are written. A word the data does not know stays ``None``
for the caller to romanise as before; the Arabic list stands behind the Persian and Urdu ones.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from storyline.names.gazetteers import fold
from storyline.names.translit import to_latin

_ARTICLE = "ال"
_ABD = "عبد"
_NISBA = "ي"  # folded: Persian ی is Arabic ي
_ZWNJ = "\u200c"


@cache
def _data(lang: str) -> dict:
    path = resources.files("storyline") / "lang" / "names" / f"{lang}.toml"
    return tomllib.loads(path.read_text("utf-8")) if path.is_file() else {}


@cache
def _spellings(lang: str) -> dict[str, str]:
    """Folded Arabic-script element → Latin spelling, the language's own list before Arabic's."""
    table: dict[str, str] = {}
    for source in (lang, "ar"):
        for line in str(_data(source).get("spellings", "")).splitlines():
            key, _, latin = line.partition("=")
            if key.strip() and latin.strip():
                table.setdefault(fold(key.strip()), latin.strip())
    return table


def has_spellings(lang: str | None) -> bool:
    """Whether the language has a list of conventional spellings of its names."""
    return bool(lang) and bool(_data(str(lang)).get("spellings"))


def _setting(lang: str, key: str, default: str) -> str:
    return str(_data(lang).get(key, _data("ar").get(key, default)))


def _word(folded: str, lang: str) -> str | None:
    """One folded word's spelling: listed, a listed name with the article (الحسن: al-Hassan), with
    the adjective ending (حسيني: Husseini), or two listed given names written as one word (the
    press writes them apart: Mohammad Javad)."""
    table = _spellings(lang)
    if folded in table:
        return table[folded]
    if folded.startswith(_ARTICLE) and len(folded) > 3:
        bare = _word(folded[len(_ARTICLE) :], lang)
        return _setting(lang, "article", "al-") + bare if bare else None
    if folded.endswith(_NISBA) and len(folded) >= 4:
        stem = folded[:-1]
        if stem.endswith(_NISBA) and stem[:-1] in table:  # رضایی: Rezaei
            latin = table[stem[:-1]]
            return latin + _setting(lang, "nisba_after_vowel", _setting(lang, "nisba_suffix", "i"))
        if stem in table and table[stem][-1:] not in "aeiou":
            return table[stem] + _setting(lang, "nisba_suffix", "i")
    for cut in range(3, len(folded) - 1):  # two given names written as one word: Persian محمدجواد
        head, tail = table.get(folded[:cut]), table.get(folded[cut:])
        if head and tail and head[:1].isupper() and tail[:1].isupper():
            return f"{head} {tail}"
    return None


def vowelled(name: str, lang: str) -> list[str | None]:
    """The press spelling of each word of an Arabic-script name, ``None`` where the data has none
    (the caller romanises it). Two words listed as one element (عبد الله) give one spelling and a
    ``""`` for the second; عبد before a word with the article is written with it (Abdul Jalil)."""
    words = name.split()
    out: list[str | None] = []
    i = 0
    while i < len(words):
        folded = fold(words[i])
        pair = f"{folded} {fold(words[i + 1])}" if i + 1 < len(words) else ""
        if pair in _spellings(lang):
            out += [_spellings(lang)[pair], ""]
            i += 2
            continue
        if folded == _ABD and i + 1 < len(words) and fold(words[i + 1]).startswith(_ARTICLE):
            rest = _word(fold(words[i + 1])[len(_ARTICLE) :], lang)
            if rest:
                out += [_setting(lang, "abd_article", "Abdul"), rest]
                i += 2
                continue
        if (
            folded.startswith(_ABD + _ARTICLE) and len(folded) > 5 and folded not in _spellings(lang)
        ):  # عبدالعزيز: Abdulaziz
            rest = _word(folded[len(_ABD + _ARTICLE) :], lang)
            out.append(_setting(lang, "abd_article", "Abdul") + rest.lower() if rest else None)
            i += 1
            continue
        spelled = _word(folded, lang)
        # the listed parts of a word joined with the zero-width joiner, one word as the press writes
        # it (احمدی‌نژاد: Ahmadinejad)
        if spelled is None and _ZWNJ in words[i]:
            parts = [_word(fold(p), lang) for p in words[i].split(_ZWNJ) if p]
            if parts and all(parts):
                spelled = "".join(p if n == 0 else p.lower() for n, p in enumerate(parts))  # type: ignore[union-attr]
        if spelled is None and i > 0 and folded.startswith(_ARTICLE) and len(folded) > 3:
            # the article of a surname is written apart even when the rest is unknown (الخلفاوي:
            # al-Khlfawy); not on a first word, where ال is more often a foreign name's (Alexander)
            rest = to_latin(folded[len(_ARTICLE) :], lang).replace("'", "")
            spelled = _setting(lang, "article", "al-") + rest[:1].upper() + rest[1:] if rest else None
        out.append(spelled)
        i += 1
    return out
