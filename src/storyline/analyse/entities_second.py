"""A second pass over a passage with the names the first one found in it.

A tagger decides each occurrence on its own context, so a name it finds in one sentence it may
miss in another ("... Nordvik said", then "according to Nordvik"), and an inflected form of it
("Nordvika") even more often. The names the first pass confirmed are looked for again, once:
- the same written form elsewhere, where no mention is yet;
- for a one-word name, a word that starts with it and has a few more letters (a case ending),
  when the lemmatizer gives that word the same base form;
- the surname of a person named in full (a first name and one more word), alone and in its case
  forms: news names a person in full once and by the surname after ("Anna Nordvik said …;
  Nordvik added"). Not after an initial ("T. Nordvik" is another name's part).
A one-word name that the passage also writes in lower case is a common word there ("May",
"Rada") and is not looked for. Only what the passage's own mentions vouch for is added: the pass
adds no name the tagger did not find at least once. Where every noun is capitalised (German), a
word an article makes a common noun there ("in Essen", then "das Essen": ``entity_nouns``) is not
the name.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from storyline.analyse import entity_nouns
from storyline.analyse.offsets import SpanIndex
from storyline.model import Mention
from storyline.ner.features import first_name

MIN_CHARS = 3  # shorter names ("EU", "Li") are found too often inside other text
MIN_STEM = 4  # a one-word name shorter than this gets no inflected forms
MAX_ENDING = 3  # letters a case ending may add
Rebase = Callable[[str, str], str]
_LOWER_WORD = regex.compile(r"\b\p{Ll}[\p{L}\p{M}]*")
_AFTER = regex.compile(r"[\"'«»“”„‘’]?[ \t]?[-–—]?[ \t]?[\p{Lu}\d]")
_INITIAL = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}\.[ \t]?$")  # "T. Nordvik": an initial's name
_BEFORE = regex.compile(r"(?<![.!?:]\s*)\b\p{Lu}[\p{L}\p{M}]*[\"'«»“”„‘’]?[ \t]$")


def second_pass(
    text: str, start: int, end: int, mentions: list[Mention], lang: str | None, rebase: Rebase
) -> list[Mention]:
    """``mentions`` (of ``text[start:end]``) with the other occurrences of their names added."""
    names: dict[str, tuple[str, str]] = {}
    ambiguous: set[str] = set()
    for m in mentions:
        surface = m.text.strip()
        if m.kind or len(surface) < MIN_CHARS or not surface[:1].isupper():
            continue
        seen = names.setdefault(surface, (m.type, m.base or surface))
        if seen[0] != m.type:
            ambiguous.add(surface)
    for surname, base in _surnames(mentions, lang).items():
        seen = names.setdefault(surname, ("PER", base))
        if seen[0] != "PER":
            ambiguous.add(surname)
    lower = {w.casefold() for w in _LOWER_WORD.findall(text, start, end)}
    names = {s: v for s, v in names.items() if s not in ambiguous and (" " in s or s.casefold() not in lower)}
    if not names:
        return mentions
    taken = SpanIndex((m.start, m.end) for m in mentions)
    added: list[Mention] = []
    forms = sorted(names, key=len, reverse=True)
    stems = [s for s in forms if " " not in s and len(s) >= MIN_STEM + 1]
    pattern = "|".join(
        [regex.escape(s) for s in forms]
        + [regex.escape(s) + rf"[\p{{L}}\p{{M}}]{{1,{MAX_ENDING}}}" for s in stems]
    )
    finder = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}_])(?:{pattern})(?![\p{{L}}\p{{M}}\p{{N}}])")
    nw = entity_nouns.noun_words(lang)
    nouns, noun_at = entity_nouns.common_nouns(text, start, end, nw) if nw else (frozenset(), frozenset())
    for hit in finder.finditer(text, start, end):
        s, e = hit.span()
        if (
            taken.overlaps(s, e)
            or s in noun_at
            or hit.group() in nouns
            or _AFTER.match(text, e, min(end, e + 4))
            or _BEFORE.search(text, max(start, s - 40), s)
            or _INITIAL.search(text, max(start, s - 4), s)
        ):
            continue  # a mention's neighbour is a capitalised word or a number: part of a longer name
        word = hit.group()
        if word in names:
            etype, base = names[word]
        else:
            owner = next((n for n in stems if word.startswith(n)), None)
            if owner is None:
                continue
            etype, base = names[owner]
            if rebase(word, etype) != base:
                continue  # a longer word, not a case form of the name ("Nordvikan" the adjective)
        added.append(Mention(s, e, word, etype, base, lang))  # hits never overlap one another
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _surnames(mentions: list[Mention], lang: str | None) -> dict[str, str]:
    """The last word of each person's full name, written as there and as in its base form, with
    the base form's last word: a person named in full once is named by the surname alone after
    ("Anna Nordvik said …; Nordvik added"). A surname two full names share is left out."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for m in mentions:
        words, base_words = m.text.split(), (m.base or m.text).split()
        if m.type != "PER" or m.kind or len(base_words) != len(words):
            continue
        if len(words) != 2 or not words[1][:1].isupper():
            continue  # "Nordvik z Lomska", "A. Nordvik"
        if not first_name(words[0], lang or "") and not first_name(base_words[0], lang or ""):
            continue  # a byline run into a title ("Jan Nordvik Britská"); a given name in a case the
            # list lacks ("Терезой") is known by its base form (rec49)
        for form in {words[-1], base_words[-1]}:
            if form[:1].isupper() and form.isalpha() and len(form) >= MIN_CHARS:
                if out.setdefault(form, base_words[-1]) != base_words[-1]:
                    clash.add(form)
    return {k: v for k, v in out.items() if k not in clash}
