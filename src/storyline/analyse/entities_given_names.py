"""A given name alone, where the passage names one person with it in full, is that person (issue
12, branch rec50).

After "<Given> <Surname>" news sometimes names the person by the given name alone ("… thanks
<Given> for his work"); the tagger, seeing one capitalised word, finds nothing, and the second pass
(``entities_second``) looks for surnames only. The first word of a two-word person whose first
name is one as written (``ner.features.first_name``, no ending taken off), at least four letters,
is looked for again in the passage, as written or with a case ending of up to three letters in
place of its last letter (the base form must come back the same): where no mention covers it, the
next word is not capitalised (another full name, "<Given> <Other surname>") and the passage never
writes it in small letters (a common word), it is the person — not at a sentence's start nor
in quotation marks, where a capital or a firm named after its founder says nothing of the person.
A given name two full names share is left out: it says which of them no more than the text does.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from storyline.model import Mention
from storyline.ner.features import first_name

PERSON = "PER"
MIN_CHARS = 4  # shorter given names ("Ян", "Ana") are other words too often
MAX_ENDING = 3
_NEXT_CAPITAL = regex.compile(r"[ \t]*[\p{Lu}]")
# a sentence's first word or a quoted word: capitalised for its place, or a firm's name in quotes
_OPENING = regex.compile(r"(?:^|[\n.!?:…\"'«„“‘])[ \t]*$")


def given_names_alone(
    text: str,
    mentions: list[Mention],
    lang: str | None,
    rebase: Callable[[str, str], str],
    bounds: tuple[int, int],
) -> list[Mention]:
    """``mentions`` (sorted) with the given names of people named in full found alone."""
    given = _given_names(mentions, lang or "")
    if not given:
        return mentions
    start, end = bounds
    added: list[Mention] = []
    for word, base in given.items():
        stem = regex.escape(word[:-1])
        finder = regex.compile(
            rf"(?<![\p{{L}}\p{{M}}\p{{N}}.-]){stem}[\p{{L}}\p{{M}}]{{1,{MAX_ENDING}}}(?![\p{{L}}\p{{M}}\p{{N}}-])"
        )
        if regex.search(
            rf"(?<![\p{{L}}\p{{M}}]){regex.escape(word.lower())}(?![\p{{L}}\p{{M}}])", text[start:end]
        ):
            continue  # the passage writes it in small letters: a common word as well
        for hit in finder.finditer(text, start, end):
            s, e = hit.span()
            if any(m.start < e and s < m.end for m in mentions + added):
                continue
            if _NEXT_CAPITAL.match(text, e):
                continue  # "<Given> <Other surname>": another full name, the tagger's to find
            if _OPENING.search(text, max(start, s - 3), s):
                continue  # "… . Stan, w którym …", "«<Given>» (the firm)": no sign of the person
            surface = hit.group()
            if surface != word and rebase(surface, PERSON).split()[0] != base:
                continue  # a longer word, not a case form of the name
            added.append(Mention(s, e, surface, PERSON, rebase(surface, PERSON), lang))
    return sorted(mentions + added, key=lambda m: (m.start, -m.end)) if added else mentions


def _given_names(mentions: list[Mention], lang: str) -> dict[str, str]:
    """The first word of each two-word person, as written, with its base form's first word."""
    out: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    for m in mentions:
        words, bases = m.text.split(), (m.base or m.text).split()
        if m.type != PERSON or m.kind or len(words) != 2 or len(bases) != 2:
            continue
        if len(words[0]) < MIN_CHARS or not words[0].isalpha() or not words[1][:1].isupper():
            continue
        if not first_name(words[0], lang, endings=False):
            continue
        out.setdefault(words[0], bases[0])
        surnames.setdefault(bases[0], set()).add(bases[1])
    return {w: b for w, b in out.items() if len(surnames[b]) == 1}
