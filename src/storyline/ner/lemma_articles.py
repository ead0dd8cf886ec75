"""A masculine head noun that opens a name with its short definite article ("Съда на ЕС",
"Кодекса на труда", "университета в …"), for the languages that write one (Bulgarian).

The learned endings read the first word by its ending alone, and a first word in "-а" is far
more often a feminine noun or adjective that keeps it ("Агенция", "Нова Зеландия") than a
masculine noun with its article. Two things tell them apart where the ending cannot: the word
less the article is the noun's dictionary form (the word list says so, or, for a word it lacks,
the bare form is the more common word), and the name goes on with a complement — a preposition
or a quoted name after it, or it is a common noun itself, in small letters. A name that goes on
with a noun ("Нова телевизия": an adjective) is left to the learned endings, and so is one that
goes on with a capitalised word ("Нова Зеландия") unless the word list reads the first word as
a masculine noun with its article.

A word the list lacks is the noun with its article where the bare form is the more common word,
or where the noun's form with its full article ("Сенатът" of "Сената") is a word people write:
no other noun has that form.

Data: ``lemma_short_articles`` and ``lemma_full_articles`` (the full article of each short one,
in the same order) in ``lang/entities/<lang>.toml``.
"""

from __future__ import annotations

from functools import cache

from storyline.ner import lemma_lexicon

_NOT_CONSONANTS = "аеиоуъюяьйѝ"  # a masculine noun's dictionary form ends in a consonant
MIN_STEM = 3
MAX_LINK = 3  # a word in small letters this short after the noun is a preposition
_QUOTES = "\"'«»“”„"


@cache
def _articles(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_short_articles")


@cache
def _full_articles(lang: str) -> dict[str, str]:
    from storyline.names.parts import data_words

    return dict(zip(_articles(lang), data_words(lang, "lemma_full_articles"), strict=False))


@cache
def _plural_articles(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_plural_articles")


def plural_article(word: str, lang: str) -> bool:
    """Whether a word is an adjective with the plural definite article (``lemma_plural_articles``:
    Bulgarian "-ите"; the word less it ends as an adjective does, ``lemma_adjective_endings``),
    which a name's first word loses whatever the words after it keep: the language has no cases,
    so a plural noun kept as written says nothing of the article before it. A noun or a numeral
    with it ("Трите") is left to the learned endings."""
    low = word.lower()
    return any(
        low.endswith(article) and low[: -len(article)].endswith(_adjective_endings(lang) or ("\0",))
        for article in _plural_articles(lang)
    )


@cache
def _numerals(lang: str) -> frozenset[str]:
    from storyline.names.parts import data_words

    return frozenset(data_words(lang, "lemma_numerals"))


def numeral_as_written(tokens: list[str], out: list[str], lang: str) -> list[str]:
    """``out`` (the base forms of ``tokens``) with a first word that is a numeral with its definite
    article ("Трите", "Двата", "Петте": ``lemma_numerals``, the word list's dictionary form of the
    word) as written: the article is no case ending, and a name that opens with the numeral keeps
    it, as the annotators write it, where the learned endings or the word list cut it off."""
    if len(tokens) < 2 or out[0] == tokens[0] or not tokens[0].isalpha():
        return out
    bare = lemma_lexicon.lemma(tokens[0].lower(), lang)
    if bare is None or bare.lower() not in _numerals(lang) or out[0].lower() != bare.lower():
        return out
    return [tokens[0], *out[1:]]


@cache
def _adjective_endings(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_adjective_endings")


def short_article_after_a_vowel(word: str, cut: int, add: str, lang: str) -> bool:
    """Whether an edit cuts a short article from a word and leaves a stem in a vowel that is no
    adjective's dictionary form: the short article follows a masculine noun, whose dictionary form
    ends in a consonant (or "-й", which the article replaces: the edit then adds it back), or a
    masculine adjective ("Европейски" + "-я", ``lemma_adjective_endings``); so "Мизия" is a noun
    in "-ия", no "Мизи" with "-я"."""
    if add or not 0 < cut < len(word):
        return False
    low = word.lower()
    stem = low[:-cut]
    return (
        low[-cut:] in _articles(lang)
        and stem[-1:] in _NOT_CONSONANTS
        and not stem.endswith(_adjective_endings(lang) or ("\0",))
    )


@cache
def _replaced(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_article_replaces")


def restored_before_article(word: str, cut: int, add: str, lang: str, attested: object) -> str | None:
    """The letter a short article replaced (``lemma_article_replaces``: Bulgarian "-й" of
    "музей", "музея") where an edit cuts the article after a vowel and the document writes the
    noun with that letter: the bare noun is then the name's base form ("Музея на X" where the text
    also writes "Музей на X"). None elsewhere: a stem in a vowel is no noun of its own ("Мизия")."""
    if not short_article_after_a_vowel(word, cut, add, lang):
        return None
    stem = word[:-cut]
    return next((r for r in _replaced(lang) if stem + r in attested), None)  # type: ignore[operator]


MIN_FULL_ZIPF = 1.0  # the noun's form with its full article is a word people write


def head_without_article(tokens: list[str], out: list[str], lang: str) -> list[str]:
    """``out`` (the base forms of ``tokens``) with a first word kept as written losing its short
    article, where it is a masculine noun's dictionary form with it and a complement follows."""
    articles = _articles(lang)
    if not articles or len(tokens) < 2 or out[0] != tokens[0] or not tokens[0].isalpha():
        return out
    first, nxt = tokens[0], tokens[1]
    link = nxt.isalpha() and nxt.islower() and len(nxt) <= MAX_LINK  # a preposition: "на", "за", "в"
    quoted = nxt[:1] in _QUOTES
    named = first.islower() and nxt[:1].isupper()  # a common noun before a name: "залива Х"
    # a capitalised noun before a name ("Фонда Х"): only where the word list reads it as a noun
    # with its article — "Нова Зеландия" opens with an adjective, which the list says too
    listed_before_name = first[:1].isupper() and nxt[:1].isupper()
    if first.isupper() or not (link or quoted or named or listed_before_name):
        return out  # an acronym, or an adjective before its noun ("Нова телевизия")
    low = first.lower()
    for article in articles:
        stem = low[: -len(article)]
        if not low.endswith(article) or len(stem) < MIN_STEM or stem[-1] in _NOT_CONSONANTS:
            continue
        found = lemma_lexicon.lemma(low, lang)
        if found is not None:
            bare = found.lower() == stem and not lemma_lexicon.is_adjective_lemma(found, lang)
        elif not (link or quoted or named):
            bare = False  # before a name, the list must know the noun: a name of its own ends so too
        else:
            full = _full_articles(lang).get(article)
            bare = lemma_lexicon.zipf(stem, lang) >= max(lemma_lexicon.zipf(low, lang), 1.0) or bool(
                full and lemma_lexicon.zipf(stem + full, lang) >= MIN_FULL_ZIPF
            )
        if bare:
            return [first[: -len(article)], *out[1:]]
    return out
