"""A name that opens with a common noun carrying a definite article glued in an oblique case
(Romanian "Barajului X", "Muzeului Y": "of the dam X"), for languages whose article is a suffix
that declines with the noun.

The learned endings know nothing of such a language, so the first word is kept as written. The
word list (simplemma's, lookup only) tells that the word is a common noun's form: its dictionary
form (the bare noun, "baraj") is the word less the oblique article, and the nominative with the
article is that noun with the nominative's article ("Barajul"). Rows in ``lemma_definite_cases``
of ``lang/entities/<lang>.toml``: "oblique ending | nominative ending | what the bare noun may
lose of the ending" ("ului | ul | u": "Teatrului" is "teatru" + "lui", "Teatrul").
"""

from __future__ import annotations

from functools import cache

from storyline.ner import lemma_definite_adjectives, lemma_letters, lemma_lexicon


@cache
def _rows(lang: str) -> tuple[tuple[str, str, str], ...]:
    from storyline.names.parts import entity_data

    rows = []
    for row in entity_data(lang).get("lemma_definite_cases", []):
        parts = [p.strip() for p in row.split("|")]
        rows.append((parts[0], parts[1], parts[2] if len(parts) > 2 else ""))
    return tuple(rows)


def _nominative(word: str, lang: str) -> tuple[str, str] | None:
    """The word in the nominative and the nominative's article, or None."""
    low = word.lower()
    for oblique, nominative, kept in _rows(lang):
        if not low.endswith(oblique) or len(low) <= len(oblique) + 1:
            continue
        bare = low[: -len(oblique)]
        found = lemma_lexicon.lemma(lemma_letters.for_lookup(low, lang), lang)  # "ţ" listed as "ț"
        if found is None:
            continue
        noun, listed_bare = found.lower(), lemma_letters.for_lookup(bare, lang)
        # the list's dictionary form is the word less its article: a common noun in that case
        # ("baraj" of "barajului"; "teatru" of "teatrului", whose "u" the article takes)
        if noun == listed_bare or (kept and noun == listed_bare + kept):
            return word[: len(bare)] + nominative, nominative
    return None


def head_in_the_nominative(tokens: list[str], out: list[str], lang: str) -> list[str]:
    """``out`` (the base forms of ``tokens``) with a first word kept as written that is a common
    noun in an oblique case with its glued article put in the nominative with it. Only before
    other words: a word alone may be a place's own name in a case ("Clujului")."""
    if len(tokens) < 2 or out[0] != tokens[0] or not tokens[0][:1].isupper() or not _rows(lang):
        return out
    found = _nominative(tokens[0], lang)
    if found is None:
        return out
    # a feminine head's adjectives agree with it ("Militare" after "Administrația": "Militară")
    return lemma_definite_adjectives.agree(tokens, [found[0], *out[1:]], found[1], lang)


def name_in_the_nominative(surface: str, etype: str, lang: str | None) -> str:
    """The base form of a whole name where no learned lemmatizer serves the language (Romanian and
    Greek are read by rules only): its first word put in the nominative as above, or a Greek
    name written whole in the feminine genitive put in the nominative (``lemma_genitive_phrase``),
    the rest as written (web pages round 5: "Barajului X", of the dam X, and "Ερυθράς Ημισελήνου",
    of the Red Crescent, kept as base forms). A person's name is left alone, as the lemmatizer
    leaves it."""
    from storyline.ner import lemma_genitive_phrase  # its module imports nothing of this one

    tokens = surface.split()
    if etype == "PER" or not lang or len(tokens) < 2:
        return surface
    out = head_in_the_nominative(tokens, tokens, lang)
    out = lemma_genitive_phrase.in_the_nominative(tokens, out, lang)
    return surface if out == tokens else " ".join(out)
