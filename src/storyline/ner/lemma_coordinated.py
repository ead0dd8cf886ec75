"""Two words of a name joined by a conjunction, with one ending: one case, one number, one gender.

A party named by adjectives ("Dumnych i Uczciwych", of a "Dumni i Uczciwi") has
no noun: the word before the conjunction is read first and alone, by ending only, and "-ych"
reads as a singular's case ("Dumny") or, before the conjunction the loop keeps, as kept as
written; the word after it, by its own learned form. Both were written with the same ending, so
the edit that made the word after the conjunction its base form makes the word before it its
own: the letters that edit cuts must end both words.
"""

from __future__ import annotations

from storyline.names.parts import conjunctions

MIN_ENDING = 2  # letters of the shared ending the edit cuts: one letter ("-a") tells no case
MIN_STEM = 3  # letters the edit must leave of the word


def same_edit(tokens: list[str], i: int, later: list[str], lang: str) -> str | None:
    """Word ``i``'s base form where a conjunction follows it and the word after that (``later``:
    the base forms of the words after ``i``, in order) was changed by cutting an ending of at
    least two letters that word ``i`` ends in too; else None."""
    if i + 2 >= len(tokens) or len(later) < 2 or tokens[i + 1].lower() not in conjunctions(lang):
        return None
    word, partner, form = tokens[i], tokens[i + 2], later[1]
    if not (word.isalpha() and partner.isalpha()) or word.isupper() or partner.isupper():
        return None
    k = 0  # the letters the partner's base form shares with it from the start
    while k < min(len(partner), len(form)) and partner[k].lower() == form[k].lower():
        k += 1
    ending, add = partner[k:].lower(), form[k:]
    if len(ending) < MIN_ENDING or not word.lower().endswith(ending) or len(word) - len(ending) < MIN_STEM:
        return None
    return word[: len(word) - len(ending)] + add
