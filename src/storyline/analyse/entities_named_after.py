"""A body named after a person: its head noun, the word "named after" and the person's name are
one name ("институт им. Н. Ф. Иванова", "центр имени Петрова").

A tagger finds the person's name after the marker (``named_after_markers`` of
``lang/entities/<lang>.toml``: "им.", "имени", "ім.", "імені") and often the body's type for it,
but leaves out the head noun before the marker, written in lower case ("the institute named after
…"): the cut name, shown alone, is a person's name standing for a body. BSNLP's gold takes the
head in (lower case included: "центра им. Гамалеи", base "центр им. Гамалеи"). So a mention right
after a marker starts at the word before it when the dictionary knows that word as a noun ("от
имени X", on behalf of X, stays), and a mention that ends at that word ("НИИ" | "им. X") takes
the rest in. A lower-case head that is a complement of a longer name ("НИИ эпидемиологии и
микробиологии имени X") takes the name in from its capitalised first word; where none is found
the mention stays as it was (a fragment is no better). The whole is an organisation, or a place
where the head is one of the language's place words (``loc_words``). Only languages with a
dictionary that tells a noun list markers: Polish "im." is also "to them" ("Pomogliśmy im. Jan …").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import regex

from storyline.analyse.entity_rules import lexicon
from storyline.model import Mention
from storyline.names.parts import alternation, conjunctions, data_words

Rebase = Callable[[str, str], str]  # (surface, type) → base form


@cache
def _before(lang: str) -> regex.Pattern[str] | None:
    """A head word and a marker, ending where the mention starts."""
    markers = data_words(lang, "named_after_markers")
    if not markers:
        return None
    alternatives = alternation(markers)
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])([\p{{L}}\p{{M}}]+)[ \t]+(?:{alternatives})[ \t]*$")


LOOK_BACK = 40  # characters before a mention where the head and the marker stand


def named_after(text: str, mentions: list[Mention], lang: str | None, rebase: Rebase) -> list[Mention]:
    """``mentions`` (sorted) with a body's name named after a person made whole (the module's doc)."""
    pattern = _before(lang) if lang else None
    if pattern is None or _analyzer(lang or "") is None:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        found = pattern.search(text, max(0, m.start - LOOK_BACK), m.start)
        prev = out[-1] if out else None
        start = None
        if found is not None and m.type in ("PER", "ORG"):
            if prev is not None and prev.end == found.end(1) and prev.type != "PER":
                start = prev.start  # "НИИ" | "им. X": the tagger's name for the body, then its patron
            elif _head_noun(found.group(1), lang or ""):
                start = _name_start(text, found.start(1), lang or "")
        if start is not None and prev is not None and prev.end > start:
            if prev.type == "PER" or prev.start > start:
                start = None  # the words before belong to another name
            else:
                start = prev.start
        if start is None:
            out.append(m)
            continue
        if prev is not None and prev.start == start:
            out.pop()
        surface = text[start : m.end]
        head = found.group(1) if found is not None else ""
        etype = "LOC" if head.casefold() in lexicon(lang).loc_words else "ORG"
        out.append(replace(m, start=start, text=surface, type=etype, base=rebase(surface, etype)))
    return out


MIN_COMPLEMENT = 3  # letters of a complement word other than "and"
MAX_COMPLEMENT = 6  # lower-case words of a longer name before its head ("НИИ эпидемиологии и …")
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}.])([\p{L}\p{M}]+)[ \t]+$")


def _name_start(text: str, head: int, lang: str) -> int | None:
    """Where the name whose last noun stands at ``head`` begins: the head itself (always when it is
    capitalised); or the name's capitalised first word when the head is a complement of a longer
    name (adjectives, nouns in the genitive and "and" between: "НИИ эпидемиологии и
    микробиологии", "Научного центра"); None when the head is such a complement and no first
    word is found (a fragment is no name)."""
    if text[head : head + 1].isupper():
        return head  # a capitalised head is the name's first word ("Інститут імені …")
    walked = 0
    at = head
    lone_and = False  # the one word walked is "and": "and the institute named after X"
    while True:
        before = _WORD_BEFORE.search(text, max(0, at - 40), at)
        if before is None:
            break
        word = before.group(1)
        if word[:1].isupper():
            if word.isupper() or _tagged(word, lang, "ADJF") or (walked and _tagged(word, lang, "NOUN")):
                return before.start(1)
            break
        if walked == MAX_COMPLEMENT or not _complement(word, lang):
            break
        walked += 1
        lone_and = walked == 1 and word in conjunctions(lang)
        at = before.start(1)
    return None if walked and not lone_and else head


def _complement(word: str, lang: str) -> bool:
    """A word inside a longer name before its head: an adjective, a noun in the genitive, "and"."""
    if word in conjunctions(lang):
        return True
    best = _analyzer(lang).parse(word.lower())[0]  # "в" may be a noun's abbreviation: its likeliest reading
    return len(word) >= MIN_COMPLEMENT and (
        best.tag.POS == "ADJF" or (best.tag.POS == "NOUN" and best.tag.case == "gent")
    )


def _tagged(word: str, lang: str, pos: str) -> bool:
    return any(p.tag.POS == pos for p in _analyzer(lang).parse(word.lower()))


def _head_noun(word: str, lang: str) -> bool:
    """A noun that can head a body's name: never a function word ("от имени X": on behalf of X)."""
    if word.casefold() in lexicon(lang).stopwords or len(word) < 3:
        return False
    return _tagged(word, lang, "NOUN")


@cache
def _analyzer(lang: str):  # noqa: ANN202 - pymorphy's analyzer
    from storyline.ner import morphology

    m = morphology.for_lang(lang)
    return m.analyzer if m else None
