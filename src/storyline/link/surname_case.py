"""A surname written with a man's case ending is no woman's (``EntityIndex``'s bare surnames).

In the Slavic languages a woman's surname that ends in a consonant does not decline ("z Jeleno
Novak", "с Анной Кёниг"); a man's does ("z Novakom", "с Кёнигом"). So a bare surname written
with a case ending on such a surname ("Novakom", base "Novak") names a man (or a family), never
the woman of the document who bears that surname ("Jelena Novak"), however near it stands.

Data in ``lang/entities/<lang>.toml``: ``mans_surname_endings``, the case endings a surname ending
in a consonant takes (space-separated; a language without them decides nothing).
"""

from __future__ import annotations

from storyline.model import Mention
from storyline.names import fold, match_key
from storyline.names.given import given_name, only_womans
from storyline.names.parts import data_words, entity_data
from storyline.names.people import gender

# letters that end a surname in a vowel (it may then decline for a woman too: "Nowicka")
_VOWELS = frozenset("aeiouyáéíóúýěåäöüąęаеёиоуыэюяіїє")


def mans_form(m: Mention) -> bool:
    """Whether the mention is its base form, a surname ending in a consonant, with one of the
    case endings the language gives such surnames ("Novakom" of "Novak")."""
    base, text = (m.base or "").strip(), m.text.strip()
    if not base or " " in base or base[-1:].lower() in _VOWELS or not base[-1:].isalpha():
        return False
    if len(text) <= len(base) or not text.lower().startswith(base.lower()):
        return False
    if gender(match_key(text, m.lang)) == "f":  # "Zukowa": a woman's surname as written, cut by a lemmatizer
        return False
    return text[len(base) :].lower() in data_words(m.lang, "mans_surname_endings")


def womans(base: str) -> bool:
    """A full name whose first given name is only ever a woman's (``only_womans``: a base form
    may keep a man's given name in an oblique case that reads as a woman's, "Donalda")."""
    words = base.split()
    return len(words) >= 2 and only_womans(words[0])


def not_hers(m: Mention, full_base: str) -> bool:
    """A bare surname in a man's case form of the very surname a woman's full name ends in
    (undeclined, so ending in a consonant): another person. (A woman's "Иванова" is not the
    surname "Иванов", which a lemmatizer may give her oblique form.)"""
    surname = full_base.split()[-1:] if full_base else []
    return bool(surname) and fold(surname[0]) == fold(m.base or "") and mans_form(m) and womans(full_base)


def written_surname(m: Mention, full_base: str, full_text: str = "") -> str | None:
    """The surname a bare mention joined to a full name goes by, where the base form gave it
    another: written exactly as the full name's base form ends ("Illa" after "Salvador Illa") it
    is that nominative, and a base form cut from it ("Ill", read as a case form of a shorter
    word) is a name no source writes. Written exactly as the full name's text ``full_text`` ends
    ("Novica" after "pułkownika Jana Novica"), it is the same case form, whose nominative the
    full name's base form gives ("Novic"): alone, its ending tells too little. None where the
    base form is that one already or the text is another form."""
    text, base = m.text.strip(), (m.base or "").strip()
    words, said = full_base.split(), text.split()
    if not text or len(words) <= len(said):
        return None
    tail = words[-len(said) :]
    if [fold(w) for w in tail] == [fold(w) for w in said]:
        return None if fold(base) == fold(text) else " ".join(tail)
    written = full_text.split()
    if (
        len(written) == len(words)
        and [fold(w) for w in written[-len(said) :]] == [fold(w) for w in said]
        and fold(base) != fold(" ".join(tail))
    ):
        return " ".join(tail)
    return None


def family_of(m: Mention, full_bases: list[str]) -> tuple[str, str] | None:
    """(the surname, the base form) of a bare mention that names a family: the surname with the
    language's family-plural ending (Czech "Novákové", Polish "Nowakowie"), where a man of the
    document bears the surname and no woman does. The ending may also be a woman's case form
    (Czech "Novákové" is Nováková's genitive and dative): only the document's people tell.

    Data in ``lang/entities/<lang>.toml``: ``family_plural_endings``; ``family_base_is_surname``
    where the family goes by the bare surname as its base form (else by the plural as written)."""
    text = m.text.strip()
    ending = next(
        (e for e in data_words(m.lang, "family_plural_endings") if text.lower().endswith(e)),
        None,
    )
    if ending is None or " " in text or len(text) - len(ending) < 2:
        return None
    surname = text[: -len(ending)]
    key, man, woman = fold(surname), False, False
    for base in full_bases:
        words = base.split()
        if len(words) < 2:
            continue
        last = fold(words[-1])
        if last == key and given_name(words[0]) == "m":
            man = True
        if (last == key and given_name(words[0]) == "f") or (
            last.startswith(key) and gender(match_key(words[-1], m.lang)) == "f"
        ):
            woman = True
    if not man or woman:
        return None
    base = surname if entity_data(m.lang).get("family_base_is_surname") else text
    return surname, base


def plural_adjective(base: str, lang: str | None) -> bool:
    """Whether a bare one-word "person" is a surname of an adjective's form in the plural (Russian
    "-ские", Polish "-scy"; ``plural_adjective_endings``): a family, or an adjective said with a
    plural noun, not one person whose full name another document gives."""
    word = fold(base.strip())
    return " " not in word and any(
        word.endswith(e) and len(word) - len(e) >= 3
        for e in (fold(x) for x in data_words(lang, "plural_adjective_endings"))
    )
