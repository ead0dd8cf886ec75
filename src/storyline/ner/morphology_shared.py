"""A name whose noun is shared with a name before it (Russian and Ukrainian).

"Алешкинского и Заречного муниципальных округов": two districts, one plural noun for both. The
mention of the second one opens with its own adjective in the singular, and the words after it
are in the plural because they serve both names. No singular adjective agrees with a plural
noun, so the dictionary reads this shape with certainty, and the name of the one district is the
singular: every word in the nominative singular, the adjectives in the noun's gender ("Заречный
муниципальный округ"), as the BSNLP annotators write such names ("британскому парламентам" →
"британский парламент"). ``morphology.phrase_nominative`` calls this.
"""

from __future__ import annotations

from typing import Any

MODIFIER_POS = ("ADJF", "PRTF")


def _singular_readings(analyzer: Any, word: str) -> list[Any]:
    """``word``'s readings as an adjective or participle in an oblique singular case; none where
    it also reads as a plural or a nominative (a name's own word in apposition may be one)."""
    readings = [q for q in analyzer.parse(word) if q.tag.POS in MODIFIER_POS]
    if any(q.tag.number == "plur" or q.tag.case == "nomn" for q in readings):
        return []
    return readings


def _plural(analyzer: Any, word: str, pos: tuple[str, ...], case: str) -> Any:
    """``word``'s reading of a part of speech in ``pos`` in the plural of ``case``; None if none."""
    return next(
        (
            q
            for q in analyzer.parse(word)
            if q.tag.POS in pos and q.tag.number == "plur" and q.tag.case == case
        ),
        None,
    )


def singular_of_shared(analyzer: Any, words: list[str]) -> tuple[dict[int, str], int] | None:
    """The nominative singular of a name whose first word is a singular adjective in an oblique
    case and whose next words are plural adjectives and a plural noun in that case (the noun one
    name shares with another before it), and the number of words that phrase has; None for
    any other shape, and where the noun also reads as a singular in that case (the adjective
    then agrees with it) or has no singular (a plural-only noun, a name's own plural)."""
    if len(words) < 2:
        return None
    for first in _singular_readings(analyzer, words[0]):
        found = _shared(analyzer, words, first)
        if found is not None:
            return found
    return None


def _shared(analyzer: Any, words: list[str], first: Any) -> tuple[dict[int, str], int] | None:
    case = first.tag.case
    mods, j = [first], 1
    while j < len(words) and (noun := _plural(analyzer, words[j], ("NOUN",), case)) is None:
        mod = _plural(analyzer, words[j], MODIFIER_POS, case)
        if mod is None:
            return None
        mods.append(mod)
        j += 1
    if j == len(words) or {"Pltm", "Surn", "Name", "Patr"} & set(noun.tag.grammemes):
        return None
    readings = [q for q in analyzer.parse(words[j]) if q.tag.POS == "NOUN" and q.tag.case == case]
    if any(q.tag.number != "plur" for q in readings):
        return None
    # the dictionary form is the singular nominative (the Ukrainian dictionary tags no singular)
    head = noun.inflect({"nomn", "sing"}) or noun.lexeme[0]
    gender = head.tag.gender
    if gender is None:
        return None
    out = {j: _recase(words[j], head.word)}
    for i, mod in enumerate(mods):
        form = mod.inflect({"nomn", "sing", gender}) or mod.inflect({"nomn", gender})
        if form is None or form.tag.number == "plur":
            return None
        out[i] = _recase(words[i], form.word)
    return out, j + 1


def _recase(original: str, lemma: str) -> str:
    if "ё" in lemma and "ё" not in original.lower():
        lemma = lemma.replace("ё", "е")  # the dictionary writes "ё" where most texts write "е"
    return lemma[:1].upper() + lemma[1:] if original[:1].isupper() else lemma
