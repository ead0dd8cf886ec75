"""A title written as a run of nominatives, declined as a whole ("Kurierze Gazecie Lubuskiej").

A newspaper's or a body's name may be a head noun followed by a name of its own in apposition,
each word a nominative ("Kurier Gazeta Lubuska": the Kurier that is the Gazeta Lubuska). In a
case every word declines, the inner name in the head's case, so all of them come back to the
nominative. A genitive complement ("Ministerstwo Spraw Zagranicznych") looks the same in the
genitive, so only an inner noun in a case that is no genitive (``lemma_title_run_endings``: the
dative, locative, accusative, instrumental endings, which no genitive singular or plural ends in)
shows that the inner words agree with their head: there they take their nominative too. A
language without the data keeps such names as the rest made them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from storyline.ner import lemma_lexicon


@cache
def _endings(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_title_run_endings")


def in_the_nominative(tokens: list[str], out: list[str], lang: str, base: Callable[[str], str]) -> list[str]:
    """``out`` (a name's base forms, word by word) with the words after its head in their
    nominative, where the head was taken out of a case, the words after it kept as written,
    and the first of them a noun of the word list in a case that is no genitive
    (``lemma_title_run_endings``). ``base``: the base form of a name (of the words after the head)."""
    endings = _endings(lang)
    if not endings or len(tokens) < 2 or len(out) != len(tokens):
        return out
    if not all(t.isalpha() and t[:1].isupper() and not t.isupper() for t in tokens):
        return out
    if out[0] == tokens[0] or out[1:] != tokens[1:]:
        return out
    noun = tokens[1]
    listed = lemma_lexicon.lemma(noun, lang)
    if (
        listed is None
        or listed.lower() == noun.lower()
        or lemma_lexicon.is_adjective_lemma(listed, lang)
        or not noun.lower().endswith(endings)
    ):
        return out
    inner = base(" ".join(tokens[1:])).split()
    if len(inner) != len(tokens) - 1 or inner[0].lower() != listed.lower():
        return out
    if any(a == b for a, b in zip(inner, tokens[1:], strict=True)):
        return out  # a word the base form kept as written: no run of one case
    return [out[0], *inner]
