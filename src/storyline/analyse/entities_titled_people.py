"""A name right after a small-letter word for a person is that person (issue 12, branch rec50).

News writes a person after the word that says who they are: a title, a role, a kinship
("пророка <Name>", "дочь <Name>", "гражданин <Surname>", "друг <Name>"). A tagger that never saw
the name in training, or saw it only after another word, finds nothing there. In Russian and
Ukrainian the noun before it is an animate noun in the dictionary (pymorphy3), and the name in
apposition takes the same case. Where no mention covers the capitalised words after such a noun
(one or two, a Roman regnal number after them), each of which the dictionary reads as a given
name, a surname or a patronymic — or does not know at all — and one reading of the first agrees
in case with the noun, the words are a person's name. A capitalised common word ("членами
Группы …", "директор Института …"), an adjective ("врачей Краевой …") or a word after a mark
is no person. The second pass then finds the name's other mentions in the passage.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from storyline.model import Mention
from storyline.ner.morphology import for_lang

# a small-letter word, then one or two capitalised words and perhaps a regnal number
_TITLED = regex.compile(
    r"(?<![\p{L}\p{M}.-])(\p{Ll}[\p{L}\p{M}]+)[ \t]+"
    r"(\p{Lu}\p{Ll}[\p{L}\p{M}']*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}\p{M}']*)?(?:[ \t]+[IVX]{1,4})?)"
    r"(?![\p{L}\p{M}\p{N}-])"
)
_CYRILLIC = regex.compile(r"[\p{Cyrillic}']+")
_ROMAN = regex.compile(r"[IVX]{1,4}")
_NAME_TAGS = frozenset({"Surn", "Name", "Patr"})
PERSON = "PER"


def titled_people(
    text: str,
    mentions: list[Mention],
    lang: str | None,
    rebase: Callable[[str, str], str],
    bounds: tuple[int, int],
) -> list[Mention]:
    """``mentions`` (sorted) with the people a small-letter person noun stands before added."""
    morph = for_lang(lang or "")
    if morph is None:
        return mentions
    analyzer = morph.analyzer
    start, end = bounds
    added: list[Mention] = []
    for hit in _TITLED.finditer(text, start, end, overlapped=True):
        s, e = hit.span(2)
        if any(m.start < e and s < m.end for m in mentions + added):
            continue
        title = analyzer.parse(hit.group(1))[0].tag
        if title.POS != "NOUN" or title.animacy != "anim":
            continue
        words = hit.group(2).split()
        while words and _ROMAN.fullmatch(words[-1]) and len(words) > 1:
            words = words[:-1]
        if not all(_name_like(analyzer, w) for w in words):
            continue
        cases = {p.tag.case for p in analyzer.parse(hit.group(1)) if p.tag.POS == "NOUN"}
        if not any(p.tag.case in cases for p in analyzer.parse(words[0]) if p.tag.POS == "NOUN"):
            if analyzer.word_is_known(words[0].lower()):
                continue  # a name in another case than the noun's: no apposition
        surface = hit.group(2)
        added.append(Mention(s, s + len(surface), surface, PERSON, rebase(surface, PERSON), lang))
    return sorted(mentions + added, key=lambda m: (m.start, -m.end)) if added else mentions


def _name_like(analyzer, word: str) -> bool:  # noqa: ANN001 - pymorphy's MorphAnalyzer
    """A Cyrillic word the dictionary reads as a person's name, or does not know (a Latin word
    after "журналист" is as often the outlet's name)."""
    if not _CYRILLIC.fullmatch(word):
        return False
    if not analyzer.word_is_known(word.lower()):
        return True
    readings = analyzer.parse(word)
    if readings[0].tag.animacy == "inan" and not _NAME_TAGS & readings[0].tag.grammemes:
        return False  # a thing's word first ("Рада", a council), a name only after
    return any(_NAME_TAGS & p.tag.grammemes for p in readings)
