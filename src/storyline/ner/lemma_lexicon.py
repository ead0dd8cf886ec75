"""What a language's word list (simplemma's dictionaries: form → lemma) says about a word of a
name, for the languages pymorphy3 has no dictionary for (pl, cs, sl, bg, hr, sk ...).

Two things the learned endings cannot know: that a word is already its own dictionary form
("Janda", "Moderna" end like oblique cases and are nominatives), and the lemma of a common or
well-known word in a case the training never showed ("Ukrajinu" → "Ukrajina"). The lookup is
the dictionary alone, never simplemma's guessing rules: a word it does not list says nothing.
"""

from __future__ import annotations

from collections.abc import Container
from functools import cache, lru_cache

from storyline import lemma_tables, table_cache


def _strategy():  # noqa: ANN202 - simplemma's DictionaryLookupStrategy
    return lemma_tables.lookup()  # the lists kept on disk (storyline.lemma_tables)


@cache
def _has(lang: str) -> bool:
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    return lang in SUPPORTED_LANGUAGES


def has_word_list(lang: str) -> bool:
    """Whether the language has a word list ``lemma`` reads (None from it then means "no word")."""
    return _has(lang)


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str | None:
    """The dictionary form of ``word`` written with the word's capitalisation, or None where the
    language's list does not hold the word (or there is no list for the language)."""
    if len(word) < 2 or not _has(lang):
        return None
    try:
        found = _strategy().get_lemma(word, lang)
    except (KeyError, ValueError, OSError):  # a language simplemma names but cannot load
        return None
    if not found:
        return None
    return recase(word, found)


@cache
def _adjective_endings(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_adjective_endings")


def is_adjective_lemma(form: str, lang: str) -> bool:
    """Whether a dictionary form ends as the language's adjectives do (``lemma_adjective_endings``
    in ``lang/entities/<lang>.toml``): the list gives a modifier its masculine form, which agrees
    with a masculine noun only ("Černý" before "moře" should be "Černé")."""
    return form.lower().endswith(_adjective_endings(lang)) if _adjective_endings(lang) else False


def lone_adjective(name: str, lang: str | None) -> bool:
    """Whether a one-word name is a form of a word the list gives an adjective's dictionary form
    (``is_adjective_lemma``: Slovene "Severna" of "severen", northern), not a noun's."""
    word = name.strip()
    if not lang or " " in word:
        return False
    found = lemma(word, lang)
    return found is not None and is_adjective_lemma(found, lang)


def is_own_lemma(word: str, lang: str) -> bool:
    """Whether the word list holds ``word`` as a dictionary form of its own."""
    found = lemma(word, lang)
    return found is not None and found.lower() == word.lower()


@cache
def _dictionary_forms(lang: str) -> Container[str]:
    """Every dictionary form the language's list maps some word to (kept on disk as a trie)."""
    try:
        return lemma_tables.forms(lang)
    except (KeyError, ValueError, OSError):  # a language simplemma names but cannot load
        return frozenset()


def is_a_dictionary_form(word: str, lang: str) -> bool:
    """Whether the list holds ``word`` as the dictionary form of some word, whatever it gives for
    ``word`` itself: "vlada" is listed as a form of "vladati" and is the dictionary form of
    "vlade", "vladi" (the noun)."""
    return _has(lang) and word in _dictionary_forms(lang)


@table_cache.stored_table
def _declined_forms(lang: str) -> dict[bytes, tuple[bytes, ...]]:
    """Capitalised dictionary forms (nouns, where the language capitalises them) → the forms the
    language's list gives them beyond the genitive a name takes too (``name_case_endings``: German
    "Berlins", "Merkels"): a plural or a dative ("Meilensteine", "Zentren").

    Kept in the table cache: building it decodes the language's whole list (German: 1.6 s and
    200 MB in every process that meets a German name), reading it back takes a tenth of a second."""
    from storyline.names.parts import data_words

    try:
        raw = lemma_tables.entries(lang)  # the whole list: no lookup gives forms by their lemma
    except (KeyError, ValueError, OSError):
        return {}
    name_endings = {e.encode() for e in data_words(lang, "name_case_endings")}
    out: dict[bytes, list[bytes]] = {}
    for form, base in raw.items():
        if (
            form == base
            or not base[:1].isupper()
            or (form.startswith(base) and form[len(base) :] in name_endings)
        ):
            continue
        out.setdefault(base, []).append(form)
    return {base: tuple(forms) for base, forms in out.items()}


DECLINED_ZIPF = 1.5  # how common a declined form is, at least, to show the word is used as a noun


def is_declined_noun(word: str, lang: str) -> bool:
    """Whether the list holds ``word`` as its own dictionary form and declines it as a common noun
    (a plural, a dative that the language writes: ``_declined_forms``). Where every noun is
    capitalised (German) a capital says nothing; this says the word is a noun of the language
    ("Meilensteine", "Zentren" are written), where a name has no form but its genitive
    ("Baltimores") or forms only a dictionary lists ("Kremln", "Pentagone")."""
    if len(word) < 2 or not _has(lang) or not is_own_lemma(word, lang):
        return False
    found = lemma(word, lang)
    forms = _declined_forms(lang).get(found.encode(), ()) if found else ()
    return any(zipf(f.decode().lower(), lang) >= DECLINED_ZIPF for f in forms)


def is_proper_name(word: str, lang: str) -> bool:
    """Whether the list holds the word, written in small letters, as a form of a capitalised
    lemma: a person's or a place's name ("kopernika" of "Kopernik"), not a common adjective
    ("polskiego" of "polski") that a name capitalises."""
    if len(word) < 2 or not _has(lang):
        return False
    try:
        found = _strategy().get_lemma(word.lower(), lang)
    except (KeyError, ValueError, OSError):
        return False
    return bool(found) and found[:1].isupper()


def recase(original: str, form: str) -> str:
    """``form`` with the capitalisation of ``original`` (all capitals, first capital, or as is)."""
    if original.isupper() and len(original) > 1:
        return form.upper()
    if original[:1].isupper():
        return form[:1].upper() + form[1:]
    return form[:1].lower() + form[1:] if form[1:].islower() else form


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    """How common the word is in the language (wordfreq's zipf scale, 0 when the language has no list)."""
    from wordfreq import zipf_frequency

    try:
        return zipf_frequency(word, lang, wordlist="best")
    except LookupError:
        return 0.0


@cache
def name_frequencies(lang: str) -> str:
    """The language that names the world's firms, people and places for ``lang``
    (``lemma_name_frequencies``; "" where none is named)."""
    from storyline.names.parts import entity_data

    return str(entity_data(lang).get("lemma_name_frequencies", ""))


def foreign_zipf(form: str, word: str, lang: str) -> float:
    """How common a candidate base form of a capitalised name the language's word list does not
    hold is in the language that names the world's firms, people and places in their nominative
    (``lemma_name_frequencies``): "Ryanair", "Gazprom", "Macron" are written there, their case
    forms "Ryanaira", "Gazproma" and the stubs an edit makes ("Gazpr") are not. 0 for a word of
    the language's own (its list holds it: "Rusija", "Polakom"), for a small-letter word and
    where the language names no such list."""
    other = name_frequencies(lang)
    if not other or not word[:1].isupper() or lemma(word, lang) is not None:
        return 0.0
    return zipf(form.lower(), other)


FOREIGN_WORD_ZIPF = 3.0  # how common a word of the other language is, at least, to show the name is in it
MIN_FOREIGN_WORD = 3  # letters of that word ("V" of "Sputnik V" is no English word)


def foreign_word(word: str, lang: str) -> bool:
    """Whether a word as written is a common word of the language that names firms and places
    in their nominative (``lemma_name_frequencies``): "Policy", "slam" carry no case ending."""
    other = name_frequencies(lang)
    return bool(other) and len(word) >= MIN_FOREIGN_WORD and zipf(word.lower(), other) >= FOREIGN_WORD_ZIPF


def foreign_phrase(tokens: list[str], lang: str) -> bool:
    """Whether a name of several words is written in the language that names firms and places
    in their nominative (``lemma_name_frequencies``): every word capitalised and missing from
    the language's own list (the last may be a case form of a word of it that is rarer there than
    it: "Dame" of "Dama"), and the last, which would carry a case ending, a common word there
    as written ("Intu Properties", "Heta Asset Resolution"). Its words are that language's, with
    no case endings to cut."""
    other = name_frequencies(lang)
    if not other or len(tokens) < 2 or not _has(lang):
        return False
    if not all(t.isalpha() and t[:1].isupper() and lemma(t, lang) is None for t in tokens[:-1]):
        return False
    last = tokens[-1]
    if not (last.isalpha() and last[:1].isupper()):
        return False
    # the last word may be a case form of the language's own word ("Dame" of "Dama") where it is
    # more common as written in the other language than that word is there: its own word
    own = lemma(last, lang)
    if own is not None and zipf(last.lower(), other) <= zipf(own.lower(), other):
        return False
    # the last word, which would carry a case ending ("Timesa", "Streamu" are no English words)
    return foreign_word(last, lang)


def own_name_in_a_case(word: str, form: str, lang: str) -> bool:
    """Whether ``form``, the base form the endings made of a capitalised ``word`` of a foreign
    phrase, shows the word to be a case of a name of the language's own: the list holds the form
    as its own dictionary form, capitalised, and not the word, which is no word of the other
    language either ("Adrie" of "Adria"; "Intu", "Heta" are kept)."""
    return (
        form != word
        and form[:1].isupper()
        and lemma(word, lang) is None
        and lemma(form, lang) == form
        and not foreign_word(word, lang)
    )


def own_name_before_foreign(tokens: list[str], lang: str) -> str | None:
    """The nominative of a name's first word where it is a case of a name of the language's own
    (the list holds it under a capitalised dictionary form of its own: "Soče" of "Soča") and
    the words after it are another language's, which names firms in the nominative: capitalised,
    missing from the list, the last a common word there as written ("Airways"); else None."""
    if len(tokens) < 2 or not (tokens[0].isalpha() and tokens[0][:1].isupper()):
        return None
    rest = tokens[1:]
    if not all(t.isalpha() and t[:1].isupper() and lemma(t, lang) is None for t in rest):
        return None
    if not foreign_word(rest[-1], lang):
        return None
    own = lemma(tokens[0], lang)
    if own is None or own == tokens[0] or not is_proper_name(tokens[0], lang) or lemma(own, lang) != own:
        return None
    return own


@cache
def _infinitives(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(how an infinitive ends, how the masculine singular past ends): ``lemma_infinitive_endings``
    and ``lemma_past_endings`` of ``lang/entities/<lang>.toml``."""
    from storyline.names.parts import data_words, entity_data

    past = entity_data(lang).get("lemma_past_endings", {}).get("masculine", "")
    return data_words(lang, "lemma_infinitive_endings"), tuple(str(past).split())


def is_verb_lemma(form: str, lang: str) -> bool:
    """Whether a dictionary form is a verb's infinitive: it ends as the language's infinitives do
    and its masculine past form (the infinitive's stem with the past ending: Slovene "biti" →
    "bil", Polish "zjednoczyć" → "zjednoczył") is listed under it. The ending alone does not
    tell: nouns end so too (Polish "Niemiec", Czech "Brit", Slovene "mati")."""
    endings, past = _infinitives(lang)
    low = form.lower()
    for ending in endings:
        if low.endswith(ending) and len(low) > len(ending):
            stem = low[: -len(ending)]
            if any(lemma(stem + p, lang) == low for p in past):
                return True
    return False
