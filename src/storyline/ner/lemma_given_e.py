"""A foreign given name with a silent "-e" that the language's word list reads as another name.

Polish declines "Duke" as if it ended in "k" ("Dukiem", ``lemma_silent_e_endings``), and its word
list holds "Dukiem" as a case of a rare name of its own, "Duk"; the list's reading would cut the
foreign name to a stub. Where the form with its "-e" back is a first name far more common in the
language that names the world's people in their nominative (``lemma_name_frequencies``) than the
list's name, the "-e" form is the base form: the world writes "Bruce" or "Duke" a hundred times as
often as "Bruc" or "Duk", and "Jan" (a name of the language's own) is not that much rarer than "Jane".
"""

from __future__ import annotations

from functools import lru_cache

from storyline.names.given import given_name
from storyline.ner import lemma_lexicon

MARGIN = 2.0  # zipf units (×100) the "-e" name is more common than the list's name, at least


@lru_cache(maxsize=64)
def silent_e_endings(lang: str) -> tuple[str, ...]:
    """The case endings the language puts after a foreign name's silent "-e" in place of it."""
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_silent_e_endings")


def with_silent_e(word: str, listed: str, lang: str) -> str | None:
    """The given name with its silent "-e" for ``word``, whose list form is ``listed`` (its stub
    less a case ending of ``lemma_silent_e_endings``); None where the list's name stands."""
    other = lemma_lexicon.name_frequencies(lang)
    if not other or not listed[-1:].isalpha() or not word.lower().startswith(listed.lower()):
        return None
    if word[len(listed) :].lower() not in silent_e_endings(lang):
        return None
    form = listed + "e"
    if not given_name(form):
        return None
    gain = lemma_lexicon.zipf(form.lower(), other) - lemma_lexicon.zipf(listed.lower(), other)
    return form if gain >= MARGIN else None
