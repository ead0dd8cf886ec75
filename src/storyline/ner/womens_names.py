"""A woman's name in the languages whose surnames have a feminine form (cs, sk, pl ...): the
surname tells that the person is a woman ("Novákové", "Kowalskiej"), and both names take a
woman's nominative — the surname its feminine nominative ("Nováková", not "Novák"), a given name
that the learned endings turned into a man's ("Pavly" → "Pavel") a woman's form that a list of
first names knows ("Pavla").

Data in ``lang/entities/<lang>.toml``: ``lemma_female_surname_endings``, one line per ending —
the nominative, "|", the oblique forms ("ová | ové ovou"); ``lemma_female_given_endings``, how
women's given names end in the nominative ("a e"); ``lemma_undeclined_female_given_endings``, how
a foreign woman's given name ends that does not decline ("-i": "Naomi", "Heidi").
"""

from __future__ import annotations

from functools import cache

from storyline.names.given import given_name
from storyline.ner.lemma_lexicon import recase

MIN_STEM = 2  # letters a name keeps before an ending
GIVEN_CUTS = (1, 2)  # letters of a given name's case ending
_VOWELS = "aeiouyáéíóúůýěäô"


@cache
def _endings(lang: str) -> tuple[tuple[str, str], ...]:
    """(written ending, nominative ending), longest first."""
    from storyline.names.parts import entity_data

    pairs: list[tuple[str, str]] = []
    for row in entity_data(lang).get("lemma_female_surname_endings", []):
        nominative, _, oblique = row.partition("|")
        nom = nominative.strip()
        pairs += [(nom, nom)] + [(e, nom) for e in oblique.split()]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@cache
def _given_endings(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_female_given_endings")


@cache
def _undeclined_given_endings(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_undeclined_female_given_endings")


def _undeclined(given: str, endings: tuple[str, ...]) -> bool:
    """Whether a given name ends in one of ``endings`` after a consonant ("Naomi"; "Marii" is a
    case of "Marie")."""
    low = given.lower()
    return any(low.endswith(e) and len(low) > len(e) and low[-len(e) - 1] not in _VOWELS for e in endings)


def womans_surname(word: str, lang: str, woman: bool = False) -> str | None:
    """The feminine nominative of a surname written in a woman's oblique form, or None. A
    feminine nominative proves nothing by itself (Polish "Bruska" is a man's genitive too): it
    is kept as written where the given name is a woman's (``woman``)."""
    low = word.lower()
    for ending, nominative in _endings(lang):
        if low.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            if ending == nominative:
                return word if woman else None
            return recase(word, word[: len(word) - len(ending)] + nominative)
    return None


def _womans_given(token: str, form: str, lang: str) -> str:
    if given_name(form) == "f" or not token[:1].isupper():
        return form
    for cut in GIVEN_CUTS:
        stem = token[:-cut]
        if len(stem) < MIN_STEM:
            break
        for ending in _given_endings(lang):
            candidate = recase(token, stem + ending)
            if given_name(candidate) == "f":
                return candidate
    return form


def _undeclined_surname(tokens: list[str], forms: list[str], lang: str) -> list[str]:
    """A woman's given name kept in its nominative before a surname that does not end as the given
    name does: a woman's surname that does not decline (a foreign one, "Angela Merkel"), as written.
    A man's name in the case that makes his given name look like a woman's (the genitive "Ramona"
    of "Ramon") shows that ending on his surname too ("Ramona Strugariuja"), so the surname tells."""
    first, last = tokens[0], tokens[-1]
    if forms[0] != first or forms[-1] == last or given_name(first) != "f":
        return forms
    ending = next((e for e in _given_endings(lang) if first.lower().endswith(e)), None)
    if ending is None or last.lower().endswith(ending) or womans_surname(last, lang) is not None:
        return forms
    return [*forms[:-1], last]


def agree(tokens: list[str], forms: list[str], lang: str) -> list[str]:
    """``forms`` (a person's name's base forms, word by word) in a woman's nominative where her
    surname is written in its feminine form."""
    if len(tokens) < 2 or not tokens[-1].isalpha():
        return forms
    if not (tokens[0][:1].isupper() and tokens[-1][:1].isupper()):
        return forms  # not a name ("Zelení demokraté")
    forms = _undeclined_surname(tokens, forms, lang)
    if not _endings(lang):
        return forms
    # a woman's given name, unless the learned endings read it as a man's in a case ("Marka")
    woman = given_name(tokens[0]) == "f" and given_name(forms[0]) != "m"
    surname = womans_surname(tokens[-1], lang, woman)
    if surname is None:
        return forms
    # her surname in its nominative as written: her given names are in it too ("Estera …ová" is
    # Estera, though the learned endings read "Estera" as a case of "Ester")
    nominative = surname == tokens[-1]
    undeclined = _undeclined_given_endings(lang)
    out = []
    for t, f in zip(tokens[:-1], forms[:-1], strict=True):
        if t.isalpha() and given_name(t) == "f" and (nominative or _undeclined(t, undeclined)):
            out.append(t)  # a woman's given name as written
            continue
        given = _womans_given(t, f, lang) if t.isalpha() else f
        # a double surname ("Nováková Dvořáková"): each in its feminine nominative
        out.append(given if given_name(given) == "f" else womans_surname(t, lang, woman) or given)
    return [*out, surname]
