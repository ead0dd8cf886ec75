"""A name run into the full name of the person after it: "<Body> <Given> <Surname>" is two names.

News names a person after what they are: the director of a firm, the spokeswoman of a leader,
the player of a country ("the director of <Firm> <Given> <Surname>", "the Austrian <Given>
<Surname>"), with nothing but a space between the two names. A tagger reads the run as one name,
of the person's type or the body's. The Slovene gold marks the two apart (the demonym, a
person's noun, as a person).

So where the language says so (``names_before_people`` in ``lang/entities/<lang>.toml``), a
mention whose words from a given name on are a full name of two words or more, with one space
before it, is split there when what comes before is a name of its own:
- a place a gazetteer knows (as written or in its base form): a place;
- a word the passage names alone, or whose base form it does: with the type most of those
  mentions have;
- an abbreviation in capitals: an organisation;
- one word naming a country's people ("<Austrian>", "<Bulgarian-genitive>"): a person;
- the full name of another person, given name first: two people.
Not where the words before hold a given name and are no full name (a double given name,
"<Given> <Given> <Surname>"), nor where they are a common word the passage names nothing by (a
body named after a person, "<Institute> <Given> <Surname>", is one name), nor where the "full
name" is a place a gazetteer or the learned name table knows (a country whose first word, in a
case form, reads as a given name), nor after a particle ("<Given> Al <Surname>").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import regex

from storyline.model import Mention
from storyline.names import fold, given_name, is_place
from storyline.names.concepts import demonym_country, demonym_noun
from storyline.names.parts import data_words, entity_data
from storyline.ner.features import first_name

PERSON = "PER"
PLACE = "LOC"
BODY = "ORG"
_WORD = regex.compile(r"\S+")
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]*")
_CAPITALS = regex.compile(r"\p{Lu}[\p{Lu}\p{N}&-]+")
MIN_NAME = 2  # words of a full name: a given name alone after a body is as often a surname


Rebase = Callable[[str, str], str]


def split_before_people(
    mentions: list[Mention], lang: str | None, rebase: Rebase, known: Callable[[str, str], bool]
) -> list[Mention]:
    """``mentions`` of one passage with each "<Name> <Given> <Surname>" (the module's doc) as two."""
    if not lang or not entity_data(lang).get("names_before_people"):
        return mentions
    alone: dict[str, Counter[str]] = {}
    for m in mentions:
        for key in {fold(m.text), fold(m.base or m.text)}:
            alone.setdefault(key, Counter())[m.type] += 1
    out: list[Mention] = []
    for m in mentions:
        out += _split(m, alone, lang, rebase, known) or [m]
    return sorted(out, key=lambda m: (m.start, -m.end))


def _split(
    m: Mention, alone: dict[str, Counter[str]], lang: str, rebase: Rebase, known: Callable[[str, str], bool]
) -> list[Mention]:
    if m.kind:
        return []
    words = list(_WORD.finditer(m.text))
    for k in range(1, len(words) - MIN_NAME + 1):
        if m.text[words[k - 1].end() : words[k].start()] != " ":
            continue
        person = words[k:]
        opener = person[0].group()
        # a given name in a case form too ("<Given>a"): the list holds the nominative
        if not (given_name(opener) or first_name(opener, lang)) or opener.lower() in data_words(
            lang, "particles"
        ):
            continue  # "<Given> Al <Surname>": the particle opens no name of its own
        if not all(_NAME_WORD.fullmatch(w.group()) for w in person):
            continue
        surface = m.text[words[k].start() :]
        place = rebase(surface, PLACE)
        if is_place(surface) or is_place(place) or known(PLACE, place):
            continue  # "<Great> <Britain>": a country whose first word reads as a given name
        head = m.text[: words[k - 1].end()]
        head_type = _head_type(head, words[:k], alone, lang, rebase, m.type)
        if head_type is None:
            continue
        cut = m.start + words[k].start()
        return [
            Mention(m.start, m.start + len(head), head, head_type, rebase(head, head_type), m.lang),
            Mention(cut, m.end, surface, PERSON, rebase(surface, PERSON), m.lang),
        ]
    return []


def _head_type(
    head: str, words: list[regex.Match], alone: dict[str, Counter[str]], lang: str, rebase: Rebase, etype: str
) -> str | None:
    """The type of the name before the person's, or None where it is no name of its own."""
    if given_name(words[0].group()):  # "<Given> <Surname>": another person, or a double given name
        named = len(words) >= MIN_NAME and all(_NAME_WORD.fullmatch(w.group()) for w in words)
        return PERSON if named and not any(given_name(w.group()) for w in words[1:]) else None
    if any(given_name(w.group()) for w in words):
        return None
    if is_place(head) or is_place(rebase(head, PLACE)):
        return PLACE
    for key in (fold(head), fold(rebase(head, BODY))):
        if key in alone:  # the run's own type where the passage names the part so too
            return etype if etype != PERSON and etype in alone[key] else alone[key].most_common(1)[0][0]
    if _CAPITALS.fullmatch(head):
        return BODY
    if len(words) == 1 and (demonym_noun(head, lang) or demonym_country(head, lang)):
        return PERSON
    return None
