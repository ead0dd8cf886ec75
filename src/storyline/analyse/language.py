"""Document language and the language of passages (an English tweet inside a Bulgarian article).

lingua is the only detector that tells short Bulgarian from Russian reliably (see
../shared/COMPONENTS.md); we load a chosen set of languages because all of them cost 1.4 GB.
Its mixed-language mode shreds real articles, so passages are detected paragraph by paragraph
and adjacent paragraphs of the same language are merged.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from lingua import Language, LanguageDetectorBuilder

from storyline.model import Passage

# The languages storyline meets in practice: Slavic, the big European ones, and neighbours.
LANGUAGES = [
    "BULGARIAN", "RUSSIAN", "UKRAINIAN", "BELARUSIAN", "SERBIAN", "MACEDONIAN", "KAZAKH",
    "ENGLISH", "CZECH", "POLISH", "SLOVENE", "SLOVAK", "CROATIAN", "BOSNIAN", "GERMAN", "FRENCH",
    "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH", "ROMANIAN", "HUNGARIAN", "TURKISH", "AZERBAIJANI",
    "LITHUANIAN", "LATVIAN", "ESTONIAN", "FINNISH", "SWEDISH", "GREEK",
]  # fmt: skip

# How well each language is served, read off the language packs it has (``lang/**``): "full" has
# a pack for every analyser, "partial" for some (the others fall back to language-independent
# rules), "basic" for none (script-level rules only — never nothing).
PACKS = ("entities/{}.toml", "timex/{}.toml", "events/{}.toml", "findings/figures.{}.toml",
         "findings/quotes.{}.toml", "findings/claims.{}.toml")  # fmt: skip

MIN_PASSAGE_CHARS = 60  # shorter stretches (a name, a headline word) are too short to judge
_PARAGRAPH = re.compile(r"[^\n]+")
_LETTER = re.compile(r"[^\W\d_]")


@cache
def _detector():  # noqa: ANN202 - lingua's type is not exported
    langs = [getattr(Language, name) for name in LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def _code(language: Language | None) -> str | None:
    return None if language is None else language.iso_code_639_1.name.lower()


def detect_one(text: str) -> str | None:
    """ISO 639-1 code of a stretch of text, or None if it has too few letters to tell."""
    if len(_LETTER.findall(text)) < 3:
        return None
    return _code(_detector().detect_language_of(text[:4000]))


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _script(text: str) -> str:
    """ "cyrl" or "latn" when one script has at least 80 % of the letters, else "mixed"."""
    # counted in C (a regex, ``map``): every paragraph of every document is counted
    cyr = len(_CYRILLIC.findall(text))
    lat = sum(map(str.isalpha, text)) - cyr
    if cyr >= 0.8 * (cyr + lat):
        return "cyrl"
    return "latn" if lat >= 0.8 * (cyr + lat) else "mixed"


def detect(text: str, forced: str | None = None) -> tuple[str | None, list[Passage]]:
    """The document language and its passages, covering the whole text.

    A paragraph is re-detected only when its script differs from the document's or it is long
    enough to judge; this keeps detection cheap and stops names from flipping a passage."""
    doc_lang = forced.lower() if forced else detect_one(text)
    doc_script = _script(text)
    passages: list[Passage] = []
    for m in _PARAGRAPH.finditer(text):
        para = m.group()
        lang = doc_lang
        script = _script(para)
        if len(_LETTER.findall(para)) >= MIN_PASSAGE_CHARS and script not in ("mixed", doc_script):
            lang = detect_one(para) or doc_lang
        if passages and passages[-1].lang == lang:
            passages[-1].end = m.end()
        else:
            if passages:
                passages[-1].end = m.start()  # passages tile the text: no gaps
            passages.append(Passage(m.start() if passages else 0, m.end(), lang))
    if passages:
        passages[-1].end = len(text)
    return doc_lang, passages


@cache
def support(lang: str | None) -> str:
    if not lang:
        return "basic"
    folder = resources.files("storyline") / "lang"
    have = sum((folder / pack.format(lang)).is_file() for pack in PACKS)
    return "full" if have == len(PACKS) else "partial" if have else "basic"
