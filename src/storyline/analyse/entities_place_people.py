"""A "place" of several words whose last word the passage names as a person is that person.

A woman or a man whose given name is a place's ("<Continent> <Surname>", "<Country> <Surname>")
is read by a tagger as the place run on over the surname: the given name's capital and case
endings are a place's. Where the passage names the person by the last word — alone, or as the
last word of a person's name of several words ("<Other spelling> <Surname>", rec49) — and the
tagger took that for a person there, and no gazetteer knows the words together as a place, the
several words are the person's full name. A hyphen may stand for the space
("<Continent>-<Surname>": two capitalised parts). A place and a person side by side ("in the capital of
<Country> <Surname> met …", "gave <Country> to <Surname>") are two names: the surname there is in
another case than the place (pymorphy3 reads both: ru, uk; other languages are left alone).
"""

from __future__ import annotations

from dataclasses import replace

from storyline.model import Mention
from storyline.names import is_place
from storyline.ner.morphology import for_lang

PERSON = "PER"
PLACE = "LOC"


def places_named_as_people(mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` with each unknown several-word "place" ending in a lone person's name typed PER."""
    morph = for_lang(lang or "")
    if morph is None:
        return mentions
    # the surname of every person the passage names: a lone word, or the last of several
    people = {
        form.split()[-1]
        for m in mentions
        if m.type == PERSON and not m.kind
        for form in (m.text.strip(), (m.base or "").strip())
        if form
    }
    if not people:
        return mentions
    return [replace(m, type=PERSON) if _person(m, people, morph) else m for m in mentions]


def _person(m: Mention, people: set[str], morph) -> bool:  # noqa: ANN001 - Morphology
    words = _words(m.text)
    base_words = _words(m.base or "")
    if m.type != PLACE or m.kind or len(words) < 2:
        return False
    if words[-1] not in people and (not base_words or base_words[-1] not in people):
        return False
    if is_place(m.text) or is_place(m.base or ""):
        return False
    return _may_agree(morph, words[0], words[-1])


def _words(name: str) -> list[str]:
    """A name's words; one word of two capitalised parts joined by a hyphen is two words."""
    words = name.split()
    if len(words) == 1 and "-" in words[0]:
        parts = words[0].split("-")
        if len(parts) == 2 and all(p[:1].isupper() for p in parts):
            return parts
    return words


def _may_agree(morph, first: str, last: str) -> bool:  # noqa: ANN001 - Morphology
    """The two words may stand in one case and number: the last one is indeclinable (read alike
    in every case), or shares a case and a number with the first (guessed forms count: a foreign
    surname is no dictionary word)."""
    last_forms = {(p.tag.case, p.tag.number) for p in morph.analyzer.parse(last) if p.tag.case}
    if not last_forms or len({case for case, _ in last_forms}) >= 6:
        return True
    first_forms = {(p.tag.case, p.tag.number) for p in morph.analyzer.parse(first) if p.tag.case}
    return bool(first_forms & last_forms)
