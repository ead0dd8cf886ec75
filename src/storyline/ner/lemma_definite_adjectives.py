"""The adjectives after a feminine head that ``lemma_definite`` put in the nominative agree with it
(Romanian "Administrației Militare" → "Administrația Militară", "Agenției Naționale" →
"Agenția Națională"): the feminine genitive-dative adjective ends in "-e", its nominative is the
word list's masculine dictionary form and "-ă". Only capitalised words right after the head,
and only where the list's form is the word less its ending (or an "-ea-" of the stem written "-e-":
"Europene", "european"); a word the list does not hold, or holds as its own dictionary form
("Mare", "Verde": the same in both cases), is left as written. ``lemma_definite_feminine`` of
``lang/entities/<lang>.toml``: the nominative article of a feminine head | the adjective's oblique
ending | the nominative's ending after the list's form ("a | e | ă").
"""

from __future__ import annotations

from functools import cache

from storyline.ner import lemma_letters, lemma_lexicon

MAX_STEM_CHANGE = 2  # letters the list's form may differ by at the stem's end ("europen"/"european")


@cache
def _row(lang: str) -> tuple[str, str, str] | None:
    from storyline.names.parts import entity_data

    row = str(entity_data(lang).get("lemma_definite_feminine", ""))
    parts = [p.strip() for p in row.split("|")]
    return (parts[0], parts[1], parts[2]) if len(parts) == 3 else None


def agree(tokens: list[str], out: list[str], article: str, lang: str) -> list[str]:
    """``out`` (the head already in the nominative, ``article`` the ending it took: "a", "ia")
    with the capitalised adjectives after a feminine head in the nominative."""
    row = _row(lang)
    if row is None or not article.endswith(row[0]):
        return out
    out = list(out)
    for k in range(1, len(tokens)):
        found = _nominative(tokens[k], row[1], row[2], lang)
        if found is None:
            break
        out[k] = found
    return out


def _nominative(word: str, oblique: str, ending: str, lang: str) -> str | None:
    low = word.lower()
    if not word[:1].isupper() or not low.endswith(oblique):
        return None
    listed = lemma_lexicon.lemma(lemma_letters.for_lookup(low, lang), lang)
    if listed is None:
        return None
    stem, form = lemma_letters.for_lookup(low[: -len(oblique)], lang), listed.lower()
    if form == low or not form[-1:].isalpha() or form[-1] in "aăeiîoâu":
        return None  # its own dictionary form ("Mare"), or not an adjective's ("publica", a verb's)
    if (
        not form.startswith(stem[: len(stem) - MAX_STEM_CHANGE])
        or abs(len(form) - len(stem)) > MAX_STEM_CHANGE
    ):
        return None
    return lemma_lexicon.recase(word, lemma_letters.as_written(form + ending, word, lang))
