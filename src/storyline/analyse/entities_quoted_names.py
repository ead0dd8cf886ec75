"""A name of two to four words that fills a pair of quotation marks inside a sentence is a body's
name, in a language whose news so writes companies, projects and agencies ("quoted_name_type" in
``lang/entities/<lang>.toml``: Ukrainian «Холмбівські ліки», газопровід "Нордвіцький потік-2").

The Ukrainian tagger misses most such names: it learned a name from its capitals and its
neighbours, and a quoted name of an adjective and a small-letter noun has one capital and quotation
marks for neighbours. Annotated Ukrainian news marks the words inside the marks, an organisation,
in every topic (a pipeline's project company, a state buyer, a patients' group, a pharmacy chain).
Russian and Bulgarian news quote their products and outlets so and are left out.

The words must read as a name: the first capitalised, a small-letter word only one the
dictionary (pymorphy3) knows as a noun, an adjective, a participle or a preposition, or does not
know and no more common than a name is (a number after a hyphen: "потік-2"); a verb, a pronoun, an adverb or a particle makes the
quoted words a saying or a heading ("«Вакцина все змінить»", "«Наскільки я знаю»"). A comma or a
sentence's stop inside the marks makes them a quotation too. Only where no mention touches the
words; added before the second pass, so that the name's unquoted occurrences follow. A mention
that fills such marks exactly (one word or several) and that the tagger typed a product or a place
takes the same type: it read a quoted firm as a title or a town (`"Холмбгазі"` typed PRO) — not a
known place (an airport's quoted town, «Нордвік»).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from storyline.model import Mention
from storyline.names import is_place
from storyline.names.parts import entity_data
from storyline.ner import lemma_lexicon
from storyline.ner.morphology import for_lang

# an opening mark after a small letter, a digit or a comma (inside a sentence), the words, a closing mark
_QUOTED = regex.compile(r"(?<=[\p{Ll}\p{N},:;][^\S\n]+[«„“\"])(\p{Lu}[^«»\"“”„\n.!?,;:]{1,60}?)(?=[»“”\"])")
_OPENED = regex.compile(r"[\p{Ll}\p{N},:;][^\S\n]+[«„“\"]$")
_IN_MARKS = regex.compile(r"[«„“\"]\p{Lu}")
CLOSING = '»“”"'
RETYPED = ("PRO", "LOC")
_NUMBER = regex.compile(r"[-‑–—]?\p{N}+|[-‑–—]")
NAME_POS = frozenset({"NOUN", "ADJF", "PRTF", "PREP"})
MIN_WORDS, MAX_WORDS = 2, 4
COMMON_ZIPF = 5.0  # as common as the language's adverbs and particles, which no name opens with


def quoted_names(
    text: str,
    mentions: list[Mention],
    lang: str | None,
    rebase: Callable[[str, str], str],
    bounds: tuple[int, int],
) -> list[Mention]:
    """``mentions`` with the quoted names of several words no mention touches in ``text[bounds]``
    added, in a language that so writes a body's name."""
    etype = entity_data(lang).get("quoted_name_type") if lang else None
    if not etype:
        return mentions
    start, end = bounds
    mentions = [_retyped(text, m, etype, rebase) for m in mentions]
    added = []
    for hit in _QUOTED.finditer(text, start, end):
        name = hit.group(1).rstrip()
        s, e = hit.start(1), hit.start(1) + len(name)
        if any(m.start < e and s < m.end for m in mentions) or not _name_shaped(name.split(), lang):
            continue
        added.append(Mention(s, e, name, etype, rebase(name, etype), lang))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: (m.start, -m.end))


def _retyped(text: str, m: Mention, etype: str, rebase: Callable[[str, str], str]) -> Mention:
    """A mention that fills a pair of quotation marks inside a sentence, typed a product or a
    place, is the language's quoted body: the tagger reads a quoted firm's name as a title."""
    if m.type not in RETYPED or m.type == etype or m.kind or not _IN_MARKS.match(text, m.start - 1):
        return m
    if not _OPENED.search(text, max(0, m.start - 4), m.start) or text[m.end : m.end + 1] not in CLOSING:
        return m
    if m.type == "LOC" and (is_place(m.text) or is_place(m.base or "")):
        return m  # a town, an airport named after it: «Нордвік»
    return replace(m, type=etype, base=rebase(m.text, etype))


def _name_shaped(words: list[str], lang: str | None) -> bool:
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    morph = for_lang(lang or "")
    for k, word in enumerate(words):
        if _NUMBER.fullmatch(word):
            continue
        if word[:1].isupper() and k:
            continue  # another capitalised word of the name
        if morph is None:
            if not word[:1].isupper():
                return False
            continue
        low = word.lower()
        if morph.analyzer.word_is_known(low):
            if not NAME_POS & {p.tag.POS for p in morph.analyzer.parse(low)}:
                return False  # a verb, a pronoun, an adverb: a saying, not a name
        elif lemma_lexicon.zipf(low, lang or "") >= COMMON_ZIPF:
            return False  # an everyday word the dictionary lacks ("ще", "вже": still, already)
    return True
