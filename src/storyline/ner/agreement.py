"""Adjectives that agree with their noun in a multiword name, for the languages without a
dictionary that inflects (pl, cs, sl, sk, hr ...): the rules are the language's data.

The learned edit scripts rewrite each word by its ending alone, and an ending does not tell the
gender of the noun an adjective goes with ("Bílého" is the genitive of a masculine or a
neuter adjective): so the head noun's gender — from the language's word list, or from the ending
of its base form — gives the adjectives before it, and in languages that put them after ("Partia
Zielona") those right after it, the nominative ending of that gender. An adjective in an
oblique case shows that its noun is in one too: the noun then takes the word list's dictionary
form. Complements after the head keep their case ("Instytut Historii"), and so does a phrase
whose adjectives are plural (the head may be plural-only: nothing here tells).

Data in ``lang/entities/<lang>.toml``:

- ``lemma_adjective_declensions``: one line per adjective declension — its nominative endings
  (masculine, feminine, neuter) | its other singular endings | its plural ones:
  "ý á é | ého ému ém ým ou | ých ými";
- ``lemma_noun_genders``: how nouns end in the nominative singular, by gender (a head that ends
  otherwise leaves its adjectives as they are);
- ``lemma_adjective_stems``: how the stems of adjectives derived from names end ("-sk", "-ck"),
  which tells an adjective the word list does not hold by its stem and any ending.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from storyline.ner import lemma_lexicon, plural_phrase

GENDERS = ("masculine", "feminine", "neuter")
_ORDINAL = re.compile(r"\d+\.|[IVXLC]+\.?")  # "2.", "II": a number before a name's words
NOMINATIVE, OBLIQUE, PLURAL = 0, 1, 2
MIN_STEM = 3  # letters an adjective keeps before its ending
MAX_LINK = 3  # a lowercase word this short after an adjective is a preposition or conjunction
OBLIQUE_LETTERS = 3  # an oblique ending this long is no nominative of another gender or number


@dataclass(frozen=True)
class Ending:
    text: str
    nominatives: tuple[str, str, str]  # of its declension, by gender
    kind: int  # NOMINATIVE, OBLIQUE or PLURAL


@dataclass(frozen=True)
class Rules:
    endings: tuple[Ending, ...]  # longest first
    genders: tuple[tuple[str, int], ...]  # (noun ending, gender index), longest first


@cache
def rules(lang: str) -> Rules | None:
    from storyline.names.parts import entity_data

    data = entity_data(lang)
    rows, genders = data.get("lemma_adjective_declensions"), data.get("lemma_noun_genders")
    if not rows or not genders:
        return None
    endings: list[Ending] = []
    for row in rows:
        parts = [p.split() for p in row.split("|")]
        nominatives = tuple(parts[0])
        if len(nominatives) != len(GENDERS):
            raise ValueError(f"{lang}: lemma_adjective_declensions {row!r} needs three nominatives")
        for kind, part in enumerate(parts):
            endings += [Ending(e, nominatives, kind) for e in part]  # type: ignore[arg-type]
    by_gender = [(e, GENDERS.index(g)) for g, es in genders.items() for e in str(es).split()]
    return Rules(
        tuple(sorted(endings, key=lambda x: -len(x.text))), tuple(sorted(by_gender, key=lambda x: -len(x[0])))
    )


def adjective_ending(word: str, r: Rules) -> Ending | None:
    low = word.lower()
    return next((e for e in r.endings if low.endswith(e.text) and len(low) - len(e.text) >= MIN_STEM), None)


def _only_oblique(text: str, r: Rules) -> bool:
    """Whether an adjective's ending is one of oblique singular cases only, in every declension
    that has it ("-ą"; not "-e", a plural nominative too)."""
    return all(e.kind == OBLIQUE for e in r.endings if e.text == text)


def is_adjective(word: str, lang: str, r: Rules, inside: bool = False) -> bool:
    """Whether a word of a name is an adjective (or a participle): the word list's reading where
    it has one — an adjective's lemma, or a verb's (a participle); not a noun's lemma, nor its own
    form where that form is the same for every gender (Czech "-í": "shromáždění" is a noun,
    "krajská" an adjective, and either agrees alike) — else an ending of three letters or more
    that only adjectives have ("-ého", "-ych")."""
    ending = adjective_ending(word, r)
    if ending is None:
        return False
    found = lemma_lexicon.lemma(word, lang)
    if found is None:
        # or a stem that only adjectives have, before any of their endings ("Dolsk-é", "Dolsk-ým")
        stem = word[: len(word) - len(ending.text)].lower()
        return (ending.kind != NOMINATIVE and len(ending.text) >= 3) or stem.endswith(_adjective_stems(lang))
    if lemma_lexicon.is_adjective_lemma(found, lang):
        return not (found.lower() == word.lower() and len(set(ending.nominatives)) == 1)
    if found.lower() == word.lower():
        return False
    if inside and _only_oblique(ending.text, r) and (low := lemma_lexicon.lemma(word.lower(), lang)):
        # listed as a name's word ("Światowa"), in small letters an adjective's case, where a
        # word of the name follows it; not at the end, where an adjective made a noun stands
        # ("Irskem" of Slovene "Irska")
        if lemma_lexicon.is_adjective_lemma(low, lang) and low.lower() != word.lower():
            return True
    # the list's lemma is the adjective's own stem or nominative: a bare masculine ("Nov" of
    # "Novega"), or a feminine or neuter listed as a name ("Zielona" of "Zielonej")
    stem = word[: len(word) - len(ending.text)].lower()
    if found.lower() == stem and noun_gender(ending.text, r) is None:
        return True
    if (
        ending.kind == OBLIQUE
        and len(ending.text) >= 3  # "-ią", "-ą" are nouns' endings too ("Linią")
        and found.lower() in {stem + n for n in ending.nominatives}
    ):
        return True
    # a participle (listed under its verb), or an adjective listed as a name ("Lubuskie")
    own = adjective_ending(found, r)
    participle = found.lower().endswith(_verb_endings(lang)) and len(ending.text) >= 2
    # an adjective the list holds as a name's word ("Lubuskie", "Zelená"), not a noun that
    # ends like one ("Linia")
    return participle or (
        own is not None
        and own.kind == NOMINATIVE
        and (len(own.text) >= 3 or noun_gender(own.text, r) is None)
    )


@cache
def _adjective_stems(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_adjective_stems") or ("\0",)


@cache
def _plural_nominatives(lang: str) -> frozenset[str]:
    from storyline.names.parts import data_words

    return frozenset(data_words(lang, "lemma_adjective_plural_nominatives"))


@cache
def _postposed_plurals(lang: str) -> frozenset[str]:
    from storyline.names.parts import data_words

    return frozenset(data_words(lang, "lemma_postposed_plural_nominatives"))


@cache
def _gender_cases(lang: str) -> dict[int, frozenset[tuple[str, str]]]:
    """(adjective ending, how the noun ends with it: "" for any) by the noun's gender."""
    from storyline.names.parts import entity_data

    rows = entity_data(lang).get("lemma_adjective_gender_cases", {})
    return {
        GENDERS.index(g): frozenset((e.partition(">")[0], e.partition(">")[2]) for e in str(es).split())
        for g, es in rows.items()
    }


def _case_of_the_noun_s_gender(before: list, noun: str, lemma: str, lang: str, r: Rules) -> bool:  # noqa: ANN001 - Endings
    """Whether every adjective before a noun not in its dictionary form ends in a nominative
    of another gender that is an oblique case of the noun's (``lemma_adjective_gender_cases``:
    Slovene "-o" is a neuter's nominative and a feminine's accusative, "Slovensko tiskovno
    agencijo"; "-i", a masculine's, is a feminine's dative where the noun ends so too, "Ribiški
    zvezi"): they agree with the noun in that case, not in a plural nominative."""
    gender = noun_gender(lemma, r)
    cases = _gender_cases(lang).get(gender, frozenset()) if gender is not None else frozenset()
    low = noun.lower()
    return bool(before) and all(
        e is not None
        and any(e.text == a and low.endswith(n) for a, n in cases)
        and e.nominatives[gender] != e.text
        for e in before
    )


def _made_singular(
    adjectives: list[str], forms: list[str], before: list[Ending | None], lemma: str, r: Rules
) -> bool:
    """Whether the learned endings took the adjectives before a noun they kept as written into
    the nominative singular of the noun's gender ("Jizerské obchodní komory": "Jizerská"), at least one
    of them, and left alone only those whose ending is the same in every gender ("obchodní"):
    they read the phrase as a singular in an oblique case, so the noun, which the list knows
    under another form, is in that case too — not in the plural nominative its adjectives'
    ending may also be ("Jizerské dráhy"), which they would have left as written."""
    gender = noun_gender(lemma, r)
    if gender is None:
        return False
    shown = False
    for word, form, e in zip(adjectives, forms, before, strict=True):
        if e is None:
            return False
        if len(set(e.nominatives)) == 1:  # "-í" tells no gender nor number: neither way
            if form != word:
                return False
            continue
        stem = word[: len(word) - len(e.text)]
        if form == word or form.lower() != (stem + e.nominatives[gender]).lower():
            return False
        shown = True
    return shown


@cache
def _plural_gender(lang: str) -> int | None:
    from storyline.names.parts import entity_data

    gender = entity_data(lang).get("lemma_plural_nominative_gender")
    return GENDERS.index(str(gender)) if gender else None


def _plural_name(
    tokens: list[str], forms: list[str], adjective: list[bool], lemma: str | None, lang: str, r: Rules
) -> list[str] | None:
    """A noun followed only by adjectives in a plural's oblique case ("Wyspach Mazurskich"),
    where the learned endings made the noun a form other than the list's singular dictionary
    form (a plural's nominative, "Wyspy"): the name is a plural, and its adjectives take the
    plural nominative of things (``lemma_plural_nominative_gender``: the singular nominative of
    that gender it shares, Polish "-e" of "mazurskie"). A noun the endings put in its singular
    ("Partii Niebieskich" → "Partia") has a complement in the plural instead, as written."""
    plural = _plural_gender(lang)
    if plural is None or lemma is None or len(tokens) < 2 or adjective[0]:
        return None
    if forms[0] == tokens[0] or forms[0].lower() == lemma.lower():
        return None
    endings = [
        adjective_ending(t, r) if a and _listed_adjective(t, lang) else None
        for t, a in zip(tokens[1:], adjective[1:], strict=True)
    ]
    if not all(e is not None and e.kind == PLURAL for e in endings):
        return None
    return [
        forms[0],
        *(
            lemma_lexicon.recase(t, t[: len(t) - len(e.text)] + e.nominatives[plural])  # type: ignore[union-attr]
            for t, e in zip(tokens[1:], endings, strict=True)
        ),
    ]


def _same_series(word: str, following: str, lang: str, r: Rules) -> bool:
    ending = adjective_ending(word, r)
    if ending is None or ending != adjective_ending(following, r) or not word[:1].isupper():
        return False
    low = lemma_lexicon.lemma(word.lower(), lang)
    return low is not None and low.lower() != word.lower() and lemma_lexicon.is_adjective_lemma(low, lang)


@cache
def _noun_oblique_endings(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_noun_oblique_endings") or ("\0",)


@cache
def _verb_endings(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_verb_endings") or ("\0",)


def noun_gender(base: str, r: Rules) -> int | None:
    low = base.lower()
    return next((g for ending, g in r.genders if low.endswith(ending)), None)


def _noun_lemma(word: str, lang: str, r: Rules) -> str | None:
    found = lemma_lexicon.lemma(word, lang)
    return None if found is None or is_adjective(word, lang, r) else found


def _listed_adjective(word: str, lang: str) -> bool:
    found = lemma_lexicon.lemma(word, lang)
    return found is not None and lemma_lexicon.is_adjective_lemma(found, lang)


def _derived_adjective(word: str, lang: str, r: Rules) -> bool:
    """Whether a word ends in an adjective's ending after a stem that only adjectives made of
    names have (``lemma_adjective_stems``: "Lubelsk-iego"), though the list holds it as a
    name's own word ("Krakowskie", a region): an adjective all the same, which agrees with its
    noun ("Powiat Krakowski"); a foreign name declined like one ("Dantego") has no such stem."""
    low = word.lower()
    stems = _adjective_stems(lang)
    return any(low.endswith(e.text) and low[: -len(e.text)].endswith(stems) for e in r.endings)


def _adjective_s_case(word: str, lang: str, r: Rules) -> bool:
    """A word in an ending only an oblique case of adjectives has ("-ego"), whose small-letter
    form the list reads as a nominative of that adjective ("Centralnego": "centralne", listed as a
    neuter): the adjective's case, though the list holds its lemma as no adjective's."""
    ending = adjective_ending(word, r)
    if not _surely_oblique(ending) or not _only_oblique(ending.text, r):  # type: ignore[union-attr]
        return False
    low = lemma_lexicon.lemma(word.lower(), lang)
    stem = word[: len(word) - len(ending.text)].lower()  # type: ignore[union-attr]
    return low is not None and low.lower() in {stem + n for n in ending.nominatives}  # type: ignore[union-attr]


def _named_after(word: str, lang: str) -> bool:
    """A capitalised word in an oblique case of a name the list holds ("Kopernika"): a genitive
    complement that says whom a body is named after, kept as written."""
    found = lemma_lexicon.lemma(word, lang)
    return (
        word[:1].isupper()
        and found is not None
        and found.lower() != word.lower()
        and lemma_lexicon.is_proper_name(word, lang)
    )


def common_noun(word: str, lang: str, r: Rules) -> bool:
    """Whether the list holds the word, in small letters, as a form of a common noun: a kind of
    body or place ("instytutu", "republiką"), which a complement may follow; not a name of its own
    nor an adjective — one listed as such, one that is its lemma with an adjective's ending, or
    a word of its own that ends like one ("veliko", an adverb, and an adjective's neuter)."""
    found = lemma_lexicon.lemma(word.lower(), lang)
    return (
        found is not None
        and not lemma_lexicon.is_proper_name(word, lang)
        and not lemma_lexicon.is_adjective_lemma(found, lang)
        and not any(word.lower() == found.lower() + e.text for e in r.endings)
        and not (found.lower() == word.lower() and adjective_ending(word, r) is not None)
    )


def _invariant(word: str, lang: str, r: Rules) -> bool:
    """A word the list holds as its own form that ends as an adjective does in every gender
    (Czech "-í"): a noun ("shromáždění") or an adjective ("státní"), as the next word tells."""
    found, ending = lemma_lexicon.lemma(word, lang), adjective_ending(word, r)
    return (
        found is not None
        and found.lower() == word.lower()
        and ending is not None
        and len(set(ending.nominatives)) == 1
    )


def _noun_in_another_case(tokens: list[str], adjective: list[bool], head: int | None, r: Rules) -> int | None:
    """The head noun, where a word read as an adjective shows a nominative ending after adjectives
    whose endings only an oblique case has: it cannot agree with them, so it is their noun, which
    the list also holds as an adjective's form ("Narodowemu Programowi": "programowi" is a plural
    of "programowy" and the dative of "program")."""
    end = len(tokens) if head is None else head
    for i in range(1, end):
        e = adjective_ending(tokens[i], r) if adjective[i] else None
        if (
            e is not None
            and e.kind == NOMINATIVE
            and all(_surely_oblique(adjective_ending(tokens[j], r)) for j in range(i))
        ):
            return i
    return head


def _invariant_case(word: str, lang: str, r: Rules) -> bool:
    """An oblique form of a word the list holds under a dictionary form in the ending that every
    gender's nominative shares (Czech "-í"): a noun's case ("královstvím" of "království") or an
    adjective's ("státním" of "státní") alike."""
    ending = adjective_ending(word, r)
    if ending is None or ending.kind == NOMINATIVE or len(set(ending.nominatives)) != 1:
        return False
    found = lemma_lexicon.lemma(word, lang)
    return (
        found is not None and found.lower() != word.lower() and found.lower().endswith(ending.nominatives[0])
    )


def _surely_oblique(e: Ending | None) -> bool:
    """An adjective's ending of an oblique singular case that no nominative shares ("-ega", "-ého")."""
    return e is not None and e.kind == OBLIQUE and len(e.text) >= OBLIQUE_LETTERS


def _complement_phrase(tokens: list[str], head: int, after: int, lang: str, r: Rules) -> bool:
    """Whether the adjectives after the head (``head + 1`` up to ``after``) are followed by a noun
    the list knows in a case other than its dictionary form, and they end as the genitive singular
    of its gender does (``lemma_genitive_adjective_endings``): the noun's complement, not the
    head's modifiers ("Urzędowym Ministra", "Centralnego Europy": an adjective in another case
    or gender is the head's). The genitive's ending may be a nominative's of another gender too
    (Czech feminine "-é", a neuter's nominative): before a noun of the gender whose genitive it
    is, in a case, it is that noun's ("Svazu moravské keramiky")."""
    genitives = _genitive_endings(lang)
    if not genitives or after == head + 1 or after >= len(tokens) or not tokens[after].isalpha():
        return False
    lemma = _noun_lemma(tokens[after], lang, r)
    if lemma is None or lemma.lower() == tokens[after].lower():
        return False
    gender = noun_gender(lemma, r)
    endings = [adjective_ending(tokens[i], r) for i in range(head + 1, after)]
    # a "head" that declines as an adjective ("první", "prvního") opens a run of adjectives
    # with one noun ("první světové války"): only an ending no nominative shares tells otherwise
    loose = not _declines_as_adjective(tokens[head], lang, r)
    return gender is not None and all(
        e is not None and (e.kind == OBLIQUE or loose) and e.text.endswith(genitives.get(gender, ("\0",)))
        for e in endings
    )


def _declines_as_adjective(word: str, lang: str, r: Rules) -> bool:
    """Whether a word that ends as every gender's nominative does (Czech "-í": "první" or a noun,
    "hnutí") has an adjective's oblique form in the word list, whose lemma it is ("prvního")."""
    ending = adjective_ending(word, r)
    if ending is None or len(set(ending.nominatives)) != 1:
        return False
    stem = word[: len(word) - len(ending.text)].lower()
    return any(
        e.kind == OBLIQUE
        and e.nominatives == ending.nominatives
        and len(e.text) >= OBLIQUE_LETTERS
        and (lemma_lexicon.lemma(stem + e.text, lang) or "").lower() == word.lower()
        for e in r.endings
    )


def _genitive_s_gender(
    before: list[Ending | None],
    tokens: list[str],
    head: int,
    gender: int | None,
    lang: str,
    r: Rules,
    changed: Callable[[int], str],
) -> str | None:
    """The noun's form the learned endings would give it other than as written, where the
    adjectives before it all end in a genitive ending of genders the noun as written has not
    (``lemma_genitive_adjective_endings``: "-ego" is a masculine's or a neuter's, and a noun in
    "-a" after it is a masculine's genitive, not a feminine's nominative) and that form is of
    one of those genders; else None."""
    genitives = _genitive_endings(lang)
    if not before or not genitives or not all(_surely_oblique(e) for e in before):
        return None
    genders = {g for g, es in genitives.items() if all(e is not None and e.text.endswith(es) for e in before)}
    if not genders or gender in genders:
        return None
    alt = changed(head)
    return alt if alt != tokens[head] and noun_gender(alt, r) in genders else None


def _opens_a_name_of_its_own(tokens: list[str], head: int, after: int, lang: str, r: Rules) -> bool:
    """Whether the adjectives after the head (up to ``after``), whose endings only an oblique case
    has, are followed by a capitalised adjective with a nominative ending ("Forum Gospodarczego
    Wielka Brytania-…"): no noun after them shares their case, so they are the head's, and a
    name of its own, in its nominative, follows."""
    if after == head + 1 or after >= len(tokens) or not tokens[after][:1].isupper():
        return False
    if not all(_surely_oblique(adjective_ending(tokens[i], r)) for i in range(head + 1, after)):
        return False
    low = tokens[after].lower()
    ending = adjective_ending(low, r)
    return ending is not None and ending.kind == NOMINATIVE and is_adjective(low, lang, r)


def _foreign_head(head: str, following: str, its_base: str, lemma: str | None, lang: str) -> bool:
    """Whether a name's head is a word the word list lacks ("Sankt", "Long"), before a word that
    is no common word of the language that names firms and places as written: a foreign name
    whose last word declines alone ("Sankt Petersburga" is "Sankt Petersburg"'s), where a noun
    of the language takes a genitive complement ("Bank Islandii"). A word common in that
    language as written is its own ("Foreign Policy"), with no case ending to cut; a person's
    given name or a country after the head is what it is named after or whose it is, a
    complement all the same ("Institutu Jožefa Stefana", "Network Irlandii"); and a plural
    nominative the list's noun takes with a suffix of its own (``lemma_plural_suffixes``: "ovi",
    or "ść>ści" for an ending it replaces) stays as written."""
    from storyline.names.gazetteers import place_key
    from storyline.names.given import given_name

    if lemma is not None or lemma_lexicon.lemma(head.lower(), lang) is not None:
        return False
    if given_name(its_base) or (place_key(its_base) or "").startswith("country:"):
        return False
    listed = lemma_lexicon.lemma(following, lang)
    if listed and any(_plural_of(listed, suffix) == following.lower() for suffix in _plural_suffixes(lang)):
        return False  # a plural nominative of the list's noun ("Comett domovi"), as written
    return not lemma_lexicon.foreign_word(following, lang)


def _plural_of(lemma: str, suffix: str) -> str:
    """The lemma with a plural suffix: added ("ovi"), or put for an ending ("ść>ści")."""
    low = lemma.lower()
    ending, _, plural = suffix.rpartition(">")
    if not ending:
        return low + plural
    return low[: -len(ending)] + plural if low.endswith(ending) else ""


@cache
def _plural_suffixes(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_plural_suffixes")


@cache
def _indeclinable_endings(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_indeclinable_noun_endings")


def _indeclinable(word: str, lang: str) -> bool:
    """Whether a noun is the same in every singular case: its own dictionary form in the word
    list, ending as such nouns do (``lemma_indeclinable_noun_endings``: Polish neuters in "-um")."""
    endings = _indeclinable_endings(lang)
    return bool(endings) and word.lower().endswith(endings) and lemma_lexicon.is_own_lemma(word, lang)


@cache
def _genitive_endings(lang: str) -> dict[int, tuple[str, ...]]:
    from storyline.names.parts import entity_data

    rows = entity_data(lang).get("lemma_genitive_adjective_endings", {})
    return {GENDERS.index(g): tuple(str(es).split()) for g, es in rows.items()}


def agree(
    tokens: list[str],
    forms: list[str],
    lang: str,
    changed: Callable[[int], str] | None = None,
    known_noun: Callable[[str], str | None] | None = None,
) -> list[str]:
    """``forms`` (the base forms of ``tokens``, word by word) with the adjectives of the head
    phrase in the nominative of the head noun's gender. ``changed(i)``: the learned endings' best
    form of word ``i`` other than the word itself (the word where they have none);
    ``known_noun(word)``: a name's dictionary form that the word is a case of, where the word
    list holds the word as its own (a country's: "Irsko" of "Irska"), else None.

    A compound adjective ("Środkowo-Wschodniej") agrees by its last part, the parts before it
    stay as the learned endings made them; so does any other compound of letters. A part before the
    hyphen that ends in the vowel that links the parts of a compound adjective
    (``lemma_compound_adjective_links``: "Sanitarno-", "polsko-") makes the last part an
    adjective, wherever it stands and whether or not the word list holds it."""
    if len(tokens) > 2 and _ORDINAL.fullmatch(tokens[0]):
        # an ordinal before the name's words ("II", "2.") declines none of its letters: the words
        # after it agree among themselves
        shifted = (lambda j: changed(j + 1)) if changed is not None else None
        return [forms[0], *agree(tokens[1:], forms[1:], lang, shifted, known_noun)]
    cut = [_compound_prefix(t) for t in tokens]
    # a compound the learned endings changed keeps its parts before the last as they made them
    # ("Meklemburgia-" of "Meklemburgii-Pomorza"), its last part agreeing like any word
    made = [_compound_prefix(f) if c else "" for f, c in zip(forms, cut, strict=True)]
    cut = [c if m else "" for c, m in zip(cut, made, strict=True)]
    if not any(cut):
        return _agree(tokens, forms, lang, changed, known_noun=known_noun)
    lasts = [t[len(c) :] for t, c in zip(tokens, cut, strict=True)]
    links = _compound_links(lang)
    linked = frozenset(i for i, c in enumerate(cut) if links and c[:-1].lower().endswith(links))
    out = _agree(
        lasts, [f[len(m) :] for f, m in zip(forms, made, strict=True)], lang, changed, linked, known_noun
    )
    return [m + o for m, o in zip(made, out, strict=True)]


@cache
def _compound_links(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_compound_adjective_links")


def _compound_prefix(token: str) -> str:
    """The parts before the last of a compound of letters ("Środkowo-" of "Środkowo-Wschodniej"), else ""."""
    parts = token.split("-")
    if len(parts) < 2 or not all(p.isalpha() for p in parts):
        return ""
    return token[: token.rfind("-") + 1]


def _agree(
    tokens: list[str],
    forms: list[str],
    lang: str,
    changed: Callable[[int], str] | None = None,
    linked: frozenset[int] = frozenset(),
    known_noun: Callable[[str], str | None] | None = None,
) -> list[str]:
    """``linked``: the last parts of compound adjectives, adjectives whatever the list holds."""
    r = rules(lang)
    if r is None or len(tokens) < 2:
        return forms
    plain = [t.isalpha() and not (t.isupper() and len(t) > 1) for t in tokens]
    last = len(tokens) - 1
    adjective = [
        p and (is_adjective(t, lang, r, i < last) or (i in linked and adjective_ending(t, r) is not None))
        for i, (t, p) in enumerate(zip(tokens, plain, strict=True))
    ]
    for i in range(len(tokens) - 1):
        # before a noun, such a word is its adjective ("státní pojišťovna"); before an
        # adjective or at the end, the noun ("shromáždění vinařů")
        if plain[i] and plain[i + 1] and not adjective[i + 1] and not _invariant(tokens[i + 1], lang, r):
            adjective[i] = adjective[i] or _invariant(tokens[i], lang, r)

    for i in range(last - 1, -1, -1):
        # a word the list holds capitalised as a place's name and in small letters as an
        # adjective's form, before an adjective with its ending, is an adjective of the same
        # series ("Slovensko tiskovno agencijo", "Slovensko" being Slovakia too)
        if (
            plain[i]
            and not adjective[i]
            and adjective[i + 1]
            and _same_series(tokens[i], tokens[i + 1], lang, r)
        ):
            adjective[i] = True

    def _nominative(j: int) -> bool:
        e = adjective_ending(tokens[j], r) if adjective[j] else None
        return e is not None and e.kind == NOMINATIVE

    for i in range(len(tokens)):
        # a case form of a word listed in "-í" is a noun's ("královstvím") or an adjective's
        # ("státním") alike: at the end, or before an adjective that is in no oblique case as
        # it would be agreeing with it ("… Velké Británie"), the noun
        if adjective[i] and _invariant_case(tokens[i], lang, r) and (i == last or _nominative(i + 1)):
            adjective[i] = False
    if all(adjective) and known_noun is not None and known_noun(tokens[last]):
        # the last word, read as an adjective, is a country's name in a case ("Zielonej
        # Polski": "Polska"'s genitive, not the masculine "polski"): the adjectives' noun
        adjective[last] = False
    head = next((i for i, a in enumerate(adjective) if not a), None)
    head = _noun_in_another_case(tokens, adjective, head, r)
    if head is None or not plain[head] or (tokens[head].islower() and len(tokens[head]) <= MAX_LINK):
        return forms  # no noun, or a preposition after an adjective-like name ("Dlouhé v ...")
    lemma = (
        lemma_lexicon.lemma(tokens[head], lang)
        if _invariant_case(tokens[head], lang, r)
        else _noun_lemma(tokens[head], lang, r)
    )
    if (
        known_noun is not None
        and (lemma is None or lemma.lower() == tokens[head].lower())
        and (known := known_noun(tokens[head]))
    ):
        lemma = known  # the list's own form is a name's case it does not tell ("Zahodno Irsko")
    before = [adjective_ending(tokens[i], r) for i in range(head)]
    if lemma is None and changed is not None and before and all(_surely_oblique(e) for e in before):
        # adjectives whose endings only an oblique case has: their noun, which no list knows, is
        # in that case too, and the learned endings' form that changes it is its nominative
        lemma = alt if (alt := changed(head)) != tokens[head] else None
    if lemma is None and adjective_ending(tokens[head], r) is not None:
        return forms  # a word no list knows that ends like an adjective: no telling which is the noun
    if (
        before
        and head == last
        and lemma is not None
        and all(e is not None and e.kind == PLURAL for e in before)
        and (
            plural := plural_phrase.plural_nominative(
                tokens,
                [tokens[i][: len(tokens[i]) - len(e.text)] for i, e in enumerate(before)],  # type: ignore[union-attr]
                [e.nominatives for e in before],  # type: ignore[union-attr]
                lemma,
                lang,
            )
        )
    ):
        return plural  # "Českých drah": a plural name, in its plural nominative
    if any(e is None or e.kind == PLURAL for e in before):
        return forms
    out = list(forms)
    oblique = any(e.kind == OBLIQUE for e in before)  # type: ignore[union-attr]
    if (
        oblique
        and (lemma is None or tokens[head].lower() == lemma.lower())
        and forms[head] == tokens[head]
        and all(e.text in _plural_nominatives(lang) for e in before)  # type: ignore[union-attr]
    ):
        # a noun in its own dictionary form (or one no list knows, kept by the learned endings)
        # after adjectives whose ending is an oblique singular's and a plural nominative's
        # ("Slovenske Konjice"): no nominative singular agrees with that ending, so the name is
        # a plural, as written — its adjectives too, whatever singular the learned endings read
        return tokens[:head] + forms[head:]
    if before and not oblique and lemma is not None and tokens[head].lower() != lemma.lower():
        # adjectives with nominative endings before a noun not in the nominative singular: a
        # plural ("Nové domy"), unless the learned endings read the noun as an oblique
        # singular ("zeleni stranki": the ending "-i" is a feminine dative too)
        if forms[head] == tokens[head]:
            if not (
                _case_of_the_noun_s_gender(before, tokens[head], lemma, lang, r)
                or _made_singular(tokens[:head], forms[:head], before, lemma, r)
                or tokens[head].lower().endswith(_noun_oblique_endings(lang))
            ):
                return forms
            oblique = True  # the adjectives show the noun's case after all
    if (
        oblique
        and lemma is not None
        and out[head].lower() != lemma.lower()
        and (out[head] == tokens[head] or not lemma_lexicon.is_a_dictionary_form(out[head], lang))
    ):
        # its adjectives show its case, and the list knows the noun: its dictionary form, not
        # what the learned endings made of it ("Bílém domě": "dom", not "dům") unless that is a
        # dictionary form of the list too ("Irskem": the list's lemma "Irsko", its own "Irska")
        out[head] = lemma_lexicon.recase(tokens[head], lemma)
    if before and not oblique and lemma is not None and tokens[head].lower() == lemma.lower():
        # the list's own dictionary form after adjectives with nominative endings: a nominative,
        # whatever case the learned endings read into its ending ("Azovsko morje")
        out[head] = tokens[head]
    # the learned base form where it changed the noun, else the word list's (which knows the noun)
    gender = noun_gender(out[head] if out[head] != tokens[head] or lemma is None else lemma, r)
    if (
        out[head] == tokens[head]
        and changed is not None
        and (alt := _genitive_s_gender(before, tokens, head, gender, lang, r, changed))
    ):
        out[head] = alt  # "Dolnego Śląska": "-ego" is no feminine's genitive, so "Śląska" is "Śląsk"'s
        gender = noun_gender(alt, r)
    if not before and (plural := _plural_name(tokens, forms, adjective, lemma, lang, r)):
        return plural
    if gender is None:
        return forms
    after = head + 1
    # after the noun, only words the list has as adjectives: a foreign name declined like one
    # ("Dantego" of "Dante") is a genitive complement
    # nor a person's name declined as an adjective ("Muzeum Kopernika" is named after him)
    while (
        after < len(tokens)
        and adjective[after]
        and (
            _listed_adjective(tokens[after], lang)
            or after in linked
            or _derived_adjective(tokens[after], lang, r)
            or _adjective_s_case(tokens[after], lang, r)
        )
        and not _named_after(tokens[after], lang)
    ):
        after += 1
    if (
        after == head + 1
        and after < len(tokens)
        and common_noun(tokens[head], lang, r)
        and _named_after(tokens[after], lang)
    ):
        out[after:] = tokens[after:]
    opened = _opens_a_name_of_its_own(tokens, head, after, lang, r)
    complement_from = head + 1 if not opened and _complement_phrase(tokens, head, after, lang, r) else None
    # adjectives after the head agree with it where they end the name or a preposition follows
    # ("Instytut Morski", "Bank Centralny w ..."); before another noun they belong to a
    # complement of their own ("Rada Najwyższej Izby")
    follows = tokens[after] if after < len(tokens) else ""
    # an acronym takes no adjective of its own in a case ("Komisji Morskiej ONZ"): the head's too
    acronym = len(follows) > 1 and follows.isalpha() and follows.isupper()
    postposed = not follows or (follows.islower() and len(follows) <= MAX_LINK) or opened or acronym
    behind = [(i, adjective_ending(tokens[i], r)) for i in range(head + 1, after)] if postposed else []
    # in the head's case: an oblique ending after a noun that was in one, a nominative after one that was not
    inflected = (
        oblique
        or forms[head] != tokens[head]
        or (lemma is not None and lemma.lower() != tokens[head].lower())
        or (
            # a noun the same in every singular case ("Forum", "Centrum"): its adjectives tell the case
            _indeclinable(tokens[head], lang)
            and bool(behind)
            and all(e is not None and e.kind == OBLIQUE for _i, e in behind)
        )
    )
    if (
        behind
        and forms[head] != tokens[head]
        and all(
            e is not None
            and e.kind == NOMINATIVE
            and e.text in _postposed_plurals(lang)
            and e.nominatives[gender] != e.text
            for _i, e in behind
        )
    ):
        # adjectives that end the name in a plural nominative no singular nominative of the
        # noun's gender shares ("Wyspy Brytyjskie": "-kie" is no feminine's): the name is a
        # plural, and its noun a plural nominative the learned endings took for a case form
        out[head:after] = tokens[head:after]
        return out
    if complement_from is not None or any(
        e is None or e.kind != (OBLIQUE if inflected else NOMINATIVE) for _i, e in behind
    ):
        behind = []
    elif behind and inflected and lemma is not None and out[head] == tokens[head]:
        out[head] = lemma_lexicon.recase(tokens[head], lemma)
    for i, e in [*enumerate(before), *behind]:
        stem = tokens[i][: len(tokens[i]) - len(e.text)]  # type: ignore[union-attr]
        out[i] = lemma_lexicon.recase(tokens[i], stem + e.nominatives[gender])  # type: ignore[union-attr]
    if complement_from is not None:
        # adjectives after the head that lead up to a noun of their own, in the genitive: a
        # complement with its own adjectives ("Oddział Narodowego Funduszu …"), as written
        out[complement_from:] = tokens[complement_from:]
        return out
    own = adjective_ending(tokens[head], r)
    stem_like = lemma is not None and (
        any(tokens[head].lower() == lemma.lower() + e.text for e in r.endings)
        or (lemma.lower() == tokens[head].lower() and own is not None and own.kind == NOMINATIVE)
        or (own is not None and own.kind == OBLIQUE and len(own.text) >= 2)  # "Zielonej Dolinie"
    )
    complement = adjective_ending(tokens[after], r) if after < len(tokens) else None
    # a country's name in a case that ends like an adjective's ("Švedske" of "Švedska") is a noun
    country = after < len(tokens) and known_noun is not None and known_noun(tokens[after]) is not None
    if (
        not postposed
        and after == head + 1  # "Sąd Najwyższy Chile" or "Oddział Polskiego Towarzystwa": no telling
        and not stem_like
        and plain[after]
        and (
            complement is None or complement.kind != OBLIQUE or country
        )  # no adjective of its own ("Zielonej")
        and (country or _noun_lemma(tokens[after], lang, r) is not None)
        and not _foreign_head(tokens[head], tokens[after], out[after], lemma, lang)
    ):
        # a noun after the head, with the adjectives before it, is a complement in its own case:
        # as written ("Bank Islandii", "Oddział Polskiego Towarzystwa Historycznego") — unless the "head"
        # may be an adjective itself ("Star-o", "Staro" before its noun)
        out[head + 1 :] = tokens[head + 1 :]
    return out
