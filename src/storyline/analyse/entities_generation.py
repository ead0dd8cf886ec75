"""A person's generational suffix after the full name is part of the name (audit rule N2).

"<Given> <Surname> mladší" (the son), "… младши", "… младший", "… Jr.": without the word the
mention names the father, another person. The words are the language's ``generation_words``
(``lang/entities/<lang>.toml``, and ``common.toml`` for the abbreviations every language borrows):
each entry is the nominative, then after "|" the word's other case forms, which a base form
writes in the nominative ("Václava Klause mladšího" → "… mladší").

A word that declines agrees with the name: its nominative after a name in the nominative,
another case form after a name in another case; "<Given's> <Surname's> starší syn" (the person's
elder son) is the genitive of a name before a noun. Only after a full name (two words or more):
after a lone surname "mladší"/"старший" is as often a comparison ("<Surname> is older than …") as a name. An abbreviation's full stop stays out of the
span, as BSNLP's gold writes "Kennedy, Jr"; a capitalised abbreviation ("Jr.") may follow a
comma, as English writes it; a lower-case word follows the name with a space only.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from storyline.model import Mention
from storyline.names.generation import MIN_NAME_WORDS, GenerationWord, generation_forms

_NEXT = regex.compile(r"(,?)[ \t]+([\p{L}\p{M}]+)(\.?)")
_WORD_AFTER = regex.compile(r"[\p{L}\p{M}\p{N}]")


def with_generation(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` with every full name of a person run on over the generational word after it;
    a mention of the word alone (a tagger's "Jr" after "<Given> <Surname>,") goes into the name."""
    forms = generation_forms(lang or None)
    if not forms:
        return mentions
    by_start = {m.start: m for m in mentions}
    out, absorbed = [], set()
    for m in mentions:
        if m.type == "PER" and len(m.text.split()) >= MIN_NAME_WORDS:
            extended = _extended(text, m, forms, by_start)
            if extended.end > m.end and (word := by_start.get(extended.end - len(extended.text.split()[-1]))):
                absorbed.add(id(word))  # the word's own mention, now the name's
            m = extended
        out.append(m)
    return [m for m in out if id(m) not in absorbed]


def _nominative(m: Mention) -> bool:
    return (m.base or m.text).casefold() == m.text.casefold()


def _extended(
    text: str, m: Mention, forms: dict[str, GenerationWord], by_start: dict[int, Mention]
) -> Mention:
    hit = _NEXT.match(text, m.end)
    if hit is None:
        return m
    if (other := by_start.get(hit.start(2))) is not None and other.end not in (hit.end(2), hit.end()):
        return m  # the next word opens another name, longer than the word
    comma, word, stop = hit.group(1), hit.group(2), hit.group(3)
    written = word + stop if word + stop in forms else word  # "ml." as listed, "mladší." ending a sentence
    if written not in forms or (comma and not word[:1].isupper()):
        return m
    nominative, declines, _sense = forms[written]
    if declines and (written == nominative) != _nominative(m):
        # the word does not agree with the name: "<Given's> <Surname's> starší syn" is the
        # person's elder son, the name a genitive before a noun the adjective goes with
        return m
    if _WORD_AFTER.match(text, hit.end()):  # part of a longer word ("Jr.5"), no suffix
        return m
    end = hit.end(2)  # the abbreviation's full stop is the text's (BSNLP's gold: "Kennedy, Jr")
    base = (m.base or m.text) + comma + " " + nominative.rstrip(".")
    return replace(m, end=end, text=text[m.start : end], base=base)
