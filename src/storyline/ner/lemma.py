"""Base forms of entity mentions, learned from annotated (surface, base form) pairs.

Each word of a mention is rewritten by an edit script — cut n letters from the end, append a
string — learned from its language, its place in the mention, whether it is capitalised, and its
ending (the longest ending seen in training decides, with the neighbouring word's ending as extra
context: in "Marka Ruttego" the case of one word tells the case of the other). A word seen in
training takes its own most frequent script. For ru and uk a known dictionary word is put in the
nominative by pymorphy3, agreeing with its head noun.

Endings are ambiguous (Gazprom is nominative, Gazproma genitive; both end like case forms), so
the candidates an ending allows are weighed by how common each resulting word is in the language
(wordfreq) and whether the document itself writes it: base forms are the forms people write.

    python -m storyline.ner.lemma ../shared/data/bsnlp/*.jsonl -o src/storyline/models/lemma.json.gz
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from storyline.names import cities, fold
from storyline.names.gazetteers import place_key
from storyline.names.given import given_name
from storyline.names.home_places import home_place
from storyline.ner import (
    agreement,
    lemma_apposition,
    lemma_articles,
    lemma_camel,
    lemma_context,
    lemma_coordinated,
    lemma_definite,
    lemma_double_surname,
    lemma_epithets,
    lemma_foreign_country,
    lemma_genitive_phrase,
    lemma_given_e,
    lemma_head,
    lemma_hyphen,
    lemma_kind_nouns,
    lemma_lexicon,
    lemma_mans_case,
    lemma_own_given,
    lemma_paradigm,
    lemma_possessive,
    lemma_possessive_surname,
    lemma_prefixed,
    lemma_region_adjective,
    lemma_signs,
    lemma_title_run,
    morphology,
    womens_names,
)

MAX_SUFFIX = 5
AGREE_SUFFIX = 3  # letters of a modifier's ending that tell whether it agrees with a kept noun
AGREE_SHARE = 0.75  # kept this often in training before a kept noun: keep it
MIN_COUNT = 2
TOP_EDITS = 3
POOLED_KEYS = 5
MIN_SHARE = 0.1  # an edit seen less often than this under its key is not a candidate
FREQ_WEIGHT = (
    0.6  # per zipf unit (×10 in frequency) against the log-share of the edit; 0.3–1.0 measured alike
)
ATTESTED_BONUS = 2.5  # the document writes the candidate form elsewhere (1.5, 2.5, 3.5 measured alike)
FOREIGN_WEIGHT = (
    1.0  # per zipf unit of a foreign name's form in English (0.3 and 0.6 gained less, 1.5 lost more)
)
GUESS_WEIGHT = 0.5  # pymorphy3's guesses for unknown ru/uk words, beside the learned endings  # the document writes the candidate form elsewhere
BEFORE = 200  # characters before a mention its callers pass: a preposition and a short list of names
PLACE_BONUS = 2.5  # the candidate is a country's or a city's name in some language
LEXICON_SHARE = 0.05  # the word list's form beside the learned endings, where no ending proposes it
GIVEN_BONUS = 1.0  # a given name's candidate that is a known first name, where the word is none (2.0 alike)
LEXICON_BONUS = 2.5  # the word list holds the candidate (1.5 and 4 measured worse)
Edit = tuple[int, str]
Choices = list[tuple[int, str, float]]  # (cut, add, share)
# as learned: (cut, add, share, the letters cut — None in tables made before they were kept)
Learned = list[tuple[int, str, float, str | None]]

_QUOTES = "«»\"“”„‟'‚‘’"
_SECOND_PART = re.compile(r"-([^\W\d_]{2,})", re.UNICODE)  # "-Pomorza": letters only
_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)
_LOWER_TAIL = re.compile(r"(?:-[^\W\d_]{2,})+", re.UNICODE)  # "-alam", "-coli" (in small letters)
_COMPOUND = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)+", re.UNICODE)
# a site's name with its domain ("Mapy.cz", "www.gov.si"): written so in every case, its first
# part a name of its own that its words' endings do not decline ("Mapy" is no case of "mapa")
_WEB_ADDRESS = re.compile(r"[^\W_][\w-]*(?:\.[\w-]+)*\.[^\W\d_]{2,}", re.UNICODE)
# a person's initials glued to the surname by their full stops ("Х.Мааса", "J.K.Rowling"); an
# initial may be a capital and a small letter where one sound takes two ("Дж.Ханта", "Ch.")
_GLUED_INITIALS = re.compile(
    r"((?:[^\W\d_][^\W\d_\s.]?\.){1,3})([^\W\d_][^\W\d_'’-]+(?:[-'’][^\W\d_]+)*)", re.UNICODE
)
_INITIAL = re.compile(r"[^\W\d_][^\W\d_]?\.", re.UNICODE)
# two names joined by a slash between two words of letters ("Zelených/Svobodné aliance"; a name
# with a dot, "E.on/Uniper", is none), each word with small letters (no initialisms: "CDU/CSU")
_SLASHED = re.compile(r"((?:.*\s)?([^\W\d_]+))/(([^\W\d_]+)(?:\s.*)?)", re.UNICODE)
# the apostrophes of Ukrainian spelling ("об’єднання"), written in the dictionary as "'"
_DICTIONARY_APOSTROPHE, _OTHER_APOSTROPHES = "'", "’ʼ"


def _initials(text: str) -> bool:
    """Whether ``text`` is initials only: each a capital, or a capital and a small letter ("Дж.")."""
    return all(i[:1].isupper() and (len(i) == 2 or i[1:-1].islower()) for i in _INITIAL.findall(text))


def edit_script(surface: str, base: str) -> Edit:
    k = 0
    while k < min(len(surface), len(base)) and surface[k].lower() == base[k].lower():
        k += 1
    return (len(surface) - k, base[k:])


def apply_edit(word: str, edit: Edit) -> str:
    cut, add = edit
    if cut >= len(word):
        return word
    if word.isupper() and len(word) > 1:
        add = add.upper()
    return (word[: len(word) - cut] if cut else word) + add


def _position(i: int, n: int) -> str:
    return "o" if n == 1 else "f" if i == 0 else "l" if i == n - 1 else "m"


def _letters(token: str, morph: morphology.Morphology | None = None) -> tuple[str, str] | None:
    """The declinable letters of a token and what follows them ("covidu-19" → "covidu", "-19").
    A hyphenated compound the language's dictionary knows whole declines as one word: in
    "Тель-Авива" only the last part is in a case, and it is the whole that has a nominative; so
    does a word with an apostrophe inside it ("об'єднання"), and a compound the dictionary lacks
    whose last part is an adjective ("Синьцзян-Уйгурском": one adjective, its last part declined)."""
    m = _LETTERS.match(token)
    if m is None:
        return None
    if (
        morph is not None
        and (c := _COMPOUND.match(token))
        and c.end() > m.end()
        and (morph.knows(c.group()) or morph.adjective_compound(c.group()))
    ):
        m = c
    return m.group(), token[m.end() :]


def _keys(words: list[str], i: int, lang: str, etype: str) -> Iterator[tuple[str, int]]:
    """(key, length of the ending it looks at; 0 for the whole word), most specific first."""
    low = words[i].lower()
    pos = _position(i, len(words))
    cap = "C" if words[i][:1].isupper() else "l"
    other = (words[i + 1] if i + 1 < len(words) else words[i - 1] if i else "").lower()[-2:]
    yield f"w|{lang}|{pos}|{low}|{other}", 0
    yield f"w|{lang}|{pos}|{low}", 0
    for k in range(MAX_SUFFIX, 0, -1):
        if len(low) > k:
            yield f"s|{lang}|{etype}|{pos}|{cap}|{low[-k:]}|{other}", k
            yield f"s|{lang}|{etype}|{pos}|{cap}|{low[-k:]}", k
            yield f"s|{lang}|{pos}|{cap}|{low[-k:]}", k


def _strip_quotes(surface: str) -> str:
    inner = surface.strip(_QUOTES + " ")
    return inner if inner else surface.strip()


def _unquoted(surface: str, keeps: bool) -> str:
    """The words of a mention without its quotation marks: a pair around the whole name comes
    off (and goes back on where the language keeps them); a quoted part inside ("Agencja
    "Iskra"", ""Zorza" 3") keeps both its marks or, where taking the outer pair off took one of
    its own and the language drops them, loses both — never just one of the two."""
    inner = _strip_quotes(surface)
    if keeps:
        if not (surface[:1] in _QUOTES and surface[-1:] in _QUOTES):
            return surface  # the quotes belong to a part of the name: "Firma "Zorza""
        return inner
    words = inner.split()
    # marks at a word's edges only: an apostrophe inside one is a letter of it (O'Neill)
    marks = sum(len(w) - len(w.lstrip(_QUOTES)) + len(w) - len(w.rstrip(_QUOTES)) for w in words)
    if marks % 2 == 0:
        return inner  # a quoted part whole: its pair of marks is part of the name as written
    bare = " ".join(b for w in words if (b := w.strip(_QUOTES)))
    return bare or inner


def document_words(text: str) -> set[str]:
    """The words a document writes (for ``Lemmatizer.base``'s ``attested``)."""
    return set(_LETTERS.findall(text))


class Lemmatizer:
    def __init__(self, table: dict[str, list[tuple[Any, ...]]]) -> None:
        """``table``: as ``train`` makes it — (letters cut, add, share) — or with the number of
        letters cut in their place (a table made before the letters were kept)."""
        self.table: dict[str, Learned] = {k: [_learned(*e[:3]) for e in v] for k, v in table.items()}

    @classmethod
    def load(cls, path: Path) -> Lemmatizer:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            raw = json.load(fh)
        return cls(raw)

    def base(
        self,
        surface: str,
        lang: str,
        etype: str,
        attested: Collection[str] = (),
        woman: bool = False,
        before: str = "",
    ) -> str:
        """The base form of a whole mention. ``attested``: the words of its document; ``woman``:
        the name opens a sentence whose verb is a woman's (``subject_gender``), so a given name
        that is a woman's as written is her nominative, whatever man's case it also reads as;
        ``before``: the text before the mention, whose preposition may demand a case."""
        stripped = surface.strip()
        if (
            etype == "PER"
            and (glued := _GLUED_INITIALS.fullmatch(stripped))
            and _initials(glued.group(1))
            and glued.group(2)[:1].isupper()
        ):
            # "Х.Мааса": an initial glued to the surname by its full stop, with no space; the
            # surname declines as it does after "Х. " and the initials go back on as written
            rest = self.base(glued.group(2), lang, etype, attested, woman, before + glued.group(1))
            return glued.group(1) + rest
        if (
            etype != "PER"
            and (slashed := _SLASHED.fullmatch(stripped))
            and not slashed.group(2).isupper()
            and not slashed.group(4).isupper()
        ):
            # two names joined by a slash ("Zelení/Evropská svobodná aliance"): each in its own
            # case and gender, so each takes its own base form, as if written alone
            left, right = slashed.group(1), slashed.group(3)
            first = self.base(left, lang, etype, attested, woman, before)
            return first + "/" + self.base(right, lang, etype, attested, woman, before + left + "/")
        if etype == "LOC" and before and (cased := self._city_in_a_case(stripped, lang, attested, before)):
            return cased
        if etype == "LOC" and (country := _country_in_a_case(stripped, lang)):
            return country
        if lemma_kind_nouns.as_written_after_kind(stripped, etype, before, lang, attested):
            return stripped  # "podjetje <Name>": the kind noun carries the case, the name none
        keeps = self._keeps_quotes(lang)
        inner = _unquoted(stripped, keeps)
        tokens = inner.split()
        if not tokens:
            return surface
        if (
            etype == "LOC"
            and len(tokens) == 1
            and (region := lemma_region_adjective.nominative(tokens[0], lang))
        ):
            return region  # "iz belokranjske" (region): the adjective agrees with the noun left out
        morph = morphology.for_lang(lang)
        if morph and len(tokens) == 1 and etype != "PER" and tokens[0][:1].islower():
            # an adjective alone ("российской" for Russia) has no noun to agree with: its
            # dictionary form is the masculine singular (a capitalised one is a name's own word)
            if lone := morph.adjective_lemma(tokens[0]):
                return lone
        # the dictionary spells a word's apostrophe one way; the text's own goes back at the end
        mark = next((c for c in _OTHER_APOSTROPHES if c in inner), None) if morph else None
        if mark:
            tokens = [t.replace(mark, _DICTIONARY_APOSTROPHE) for t in tokens]
        parts = [_letters(t, morph) for t in tokens]
        if morph is None and etype == "PER":
            # a hyphenated name whose last part is in small letters declines at its end, whole
            parts = [
                (t, "") if lemma_hyphen.declines_whole(t, lang) else p
                for t, p in zip(tokens, parts, strict=True)
            ]
        # a case ending after an apostrophe or a hyphen: the name before it is as written
        # ("Kennedy'ego", "COVID-a")
        bare = [lemma_hyphen.without_case(_without_apostrophe_case(p, lang), lang) for p in parts]
        as_written = {i for i, (p, b) in enumerate(zip(parts, bare, strict=True)) if p != b}
        parts_before, parts = parts, bare
        words = [p[0] if p else t for p, t in zip(parts, tokens, strict=True)]
        head = morph.head_length(words, etype) if morph else len(words)
        agree = frozenset(morph.head_grammemes(words[:head], etype)) if morph else frozenset()
        # the dictionary's reading of the name as a unit: a head noun and its modifiers, a given
        # name and its surname, in one case, number and gender
        unit = morphology.phrase_nominative(morph, words, etype, attested) if morph else None
        decided, head = unit if unit else ({}, head)
        out = []
        surname_as_written = False
        next_kept = False  # the word after this one is already in its base form
        for i in reversed(range(len(tokens))):  # the surname first: given names follow its case
            tok, part = tokens[i], parts[i]
            if (
                morph is not None
                and etype != "PER"
                and part is not None
                and i == len(tokens) - 1
                and i >= head
                and not any(t.islower() and len(t) <= MAX_PREPOSITION for t in tokens[:i])
                and not morph.prepositional_modifier(tokens[i - 1])  # "… автономном районе": its adjectives'
                and (own := morph.prepositional_only(part[0]))
            ):
                # a last word in a case only a preposition takes, in a name with none: the
                # name declines at its end ("Крокус Сити Холле" is "… Холл"'s), no complement
                out.append(own + part[1])
                next_kept = False
                continue
            if (
                part is None
                or tok.isupper()
                and len(part[0]) <= 5
                or i >= head
                or _WEB_ADDRESS.fullmatch(tok)
            ):
                # numbers, acronyms, web addresses and complements after the head keep their form
                out.append(tok)
                next_kept = False
                continue
            word, rest = part
            if morph is None and etype != "PER" and _LOWER_TAIL.fullmatch(rest) and rest.islower():
                # a word joined by a hyphen to a small-letter part ("Xapa-alam", "Coca-coli") is
                # one word declined at its end only: its first part carries no case ending; where
                # it modifies a noun after it, its last part is in that noun's case or has the
                # article ("Национал-патриотическия съюз"), and declines as a word alone would
                tail = self._modifier_s_tail(tokens, words, i, rest, lang, etype, attested)
                out.append(word + tail)
                next_kept = tail == rest
                continue
            if (
                morph is None
                and etype != "PER"
                and not rest
                and (shared := lemma_coordinated.same_edit(tokens, i, out[::-1], lang))
            ):
                # "Dumnych i Uczciwych": the conjunction's two words in one case and number
                out.append(shared)
                next_kept = False
                continue
            if acronym := _acronym_in_a_case(word, lang):
                out.append(acronym + rest)  # "ЗЕТа" → "ЗЕТ": the letters of the acronym as written
                next_kept = False
                continue
            if i in as_written:
                out.append(word + rest)
                next_kept = False  # written in a case: the words before it are in one too
                continue
            if _acronym_with_small_letters(word):
                out.append(word + rest)  # "PGNiG": no case ending to cut, its letters as written
                next_kept = False
                continue
            if i in decided:
                out.append(decided[i] + rest)
                next_kept = decided[i].lower() == word.lower()
                continue
            fixed = morph.head_nominative(words[:i], word) if morph and i == head - 1 and i else None
            # a surname kept as written keeps its given names so: the word list must not read
            # "Tony" before "Blair" as the plural of a common noun
            listed = not (etype == "PER" and surname_as_written)
            # a language that marks a name by the article on its first word only (Bulgarian) keeps
            # no case there to agree in: "-ите" of the first word comes off before a kept noun
            if (
                morph is None
                and next_kept
                and not (i == 0 and lemma_articles.plural_article(word, lang))
                and self._agrees_kept(word, lang, etype)
            ):
                fixed = self._kept_before_kept(words, i, lang, etype, attested, listed)
                if (
                    etype != "PER"
                    and i == 0
                    and (noun := _head_noun_in_a_case(word, lang))
                    and self._word(words, i, lang, etype, morph, agree, attested, listed) == noun
                ):
                    # the list's common noun in a case, and the learned endings' form is its
                    # dictionary form: the name's head, no modifier agreeing with the word
                    # kept after it ("Dziennika" of "dziennik"), whatever "-a" keeps elsewhere
                    fixed = noun
            # a surname after given names may be a syllable long ("Kim Dzong Una" is Un's); the
            # ru/uk dictionary's forms are no case ending cut ("Мей" is no "Ми")
            short = morph is None and (
                etype == "PER" and (i == len(tokens) - 1 and i > 0 or _vowel_stem_before_j(word, lang))
            )
            shortest = MIN_SURNAME if short else MIN_KEPT
            form = fixed or _undamaged(
                word, self._word(words, i, lang, etype, morph, agree, attested, listed), shortest
            )
            if (
                etype == "PER"
                and surname_as_written
                and len(form) < len(word)
                and not (morph and morph.knows(word) and given_name(form) == "f")
            ):
                # a surname in its nominative (a foreign one, ending in a consonant) leaves its
                # given names so: "Joe Biden" has no oblique "Joe" for an edit to cut to "Jo";
                # only a woman's given name declines before a surname that stays ("Анну Пауэлл"),
                # so a form the dictionary gives that is no woman's name ("Джер" of "Джером") is none
                form = word
            if i == len(tokens) - 1 and len(tokens) > 1:
                surname_as_written = form == word and word[-1:].lower() not in _VOWEL_ENDINGS
            if morph is None and (form != word or lemma_hyphen.acronym_led(word, rest, lang)):
                rest = self._second_part(words, i, rest, lang, etype, attested)
            elif (
                morph is None and etype == "LOC" and form == word and lemma_hyphen.declining_tail(rest, lang)
            ):
                # "Ust-Wiłogi": a first part that stays as written before a place's last part
                # that declines alone, read as that part would be on its own
                rest = self._declined_tail(words, i, rest, lang, etype, attested)
            out.append(form + rest)
            next_kept = form.lower() == word.lower()
        out.reverse()
        if etype == "PER" and len(tokens) - 1 in as_written:
            out = _given_names_in_the_surname_s_case(
                tokens, out, parts_before[-1][1][len(parts[-1][1]) + 1 :]
            )  # type: ignore[index]
        if morph is None and etype == "PER":
            out = womens_names.agree(
                tokens,
                _given_names_in_the_surname_s_ending(
                    tokens,
                    _surname_in_the_given_names_case(
                        tokens,
                        _surname_after_a_man_s_nominative(tokens, out, lang),
                        lang,
                        lambda: self._word(
                            words, len(words) - 1, lang, etype, None, frozenset(), attested, changed=True
                        ),
                    ),
                ),
                lang,
            )
        if morph is None and etype == "PER":
            out = lemma_mans_case.mans_nominative(tokens, out, lang)  # "Bohdana Kowalskiego": his
            out = lemma_own_given.own_given_names(tokens, out, lang)  # "Marka T.": Marek, not Mark
            out = _foreign_name_in_one_case(tokens, out, lang)  # "Hamida Karzaje": Hamid Karzaj
            out = lemma_double_surname.womans_nominative(tokens, out, lang)  # "X-Yeve": X-Yeva
            out = lemma_possessive_surname.womans_second_surname(  # "X Yeva": X Y
                tokens, out, lang, lambda word: self.base(word, lang, etype, attested)
            )
        if morph is None and etype == "PER" and woman and len(tokens) > 1 and given_name(tokens[0]) == "f":
            out = list(tokens)  # her name as the sentence's subject: the nominative as written
        if morph is None and etype == "PER":
            out = lemma_epithets.in_the_nominative(tokens, out, lang)  # "… juniora": "junior"
        if morph is None and etype != "PER":
            out = lemma_articles.head_without_article(tokens, out, lang)
            out = lemma_definite.head_in_the_nominative(tokens, out, lang)  # "Barajului X"
            out = lemma_genitive_phrase.in_the_nominative(tokens, out, lang)  # Greek feminine genitive
            out = lemma_head.head_in_the_nominative(
                tokens, _modifiers_of_feminine_nouns(tokens, out, lang), lang
            )

            def changed(j: int) -> str:  # word j's best base form other than as written
                return self._word(words, j, lang, etype, None, frozenset(), attested, changed=True)

            agreed = agreement.agree(
                tokens,
                _complements_kept(tokens, out, lang),
                lang,
                changed,
                lambda word: _country_s_case(word, lang),
            )
            # a place's name of several words the gazetteers know as the endings made it keeps
            # that form where agreement would make it one they do not know ("San Diega": no noun
            # with a genitive complement, but a foreign name in one case)
            known = etype == "LOC" and len(out) > 1 and _known_place(" ".join(out))
            out = out if known and not _known_place(" ".join(agreed)) else agreed
            if len(out) > 1 and not _known_place(" ".join(out)):
                # "… Bystrice" of a Slovak city; for a mention read as an organisation too (a
                # place's name is no organisation's, whatever the tagger read it as)
                out = _neighbour_s_place(out, lang)
            out = _coordinated_in_one_case(tokens, out, lang, changed)
            # "Republike Slovenije": the country in apposition, in its kind's case (Slovene)
            out = lemma_apposition.country_in_the_kind_s_case(
                tokens, out, lang, _country_names(lang), _same_stem
            )
            # "Kurierze Gazecie Lubuskiej": a title in apposition, in its head's case (Polish)
            out = lemma_title_run.in_the_nominative(
                tokens, out, lang, lambda inner: self.base(inner, lang, etype, attested)
            )
            if (
                etype == "LOC"
                and len(tokens) > 2
                and out[-1] == tokens[-1]
                and (head := self._known_place_before_complement(tokens, lang, etype, attested))
            ):
                out = [*head.split(), tokens[-1]]
        if morph is None and etype != "PER":
            out = lemma_possessive.in_the_nominative(tokens, out, lang)  # "Karlově náměstí"
            out = lemma_articles.numeral_as_written(tokens, out, lang)  # "Трите …"
        if morph is None and etype != "PER" and lemma_lexicon.foreign_phrase(tokens, lang):
            # a name in another language, which declines none of its words; but a word before
            # the foreign ones that is a case of a name of the language's own list declines
            # alone, before words that do not ("Adrie Airways" of "Adria Airways")
            out = [
                o if j < len(tokens) - 1 and lemma_lexicon.own_name_in_a_case(t, o, lang) else t
                for j, (t, o) in enumerate(zip(tokens, out, strict=True))
            ]
        elif (
            morph is None
            and etype not in ("PER", "LOC")  # a place's name of foreign words is foreign whole
            and (own := lemma_lexicon.own_name_before_foreign(tokens, lang))
            and self._word(words, 0, lang, etype, None, frozenset(), attested, changed=True) == own
        ):
            # the language's own name in a case before words of another language, which decline
            # none of theirs ("Soče Airways"): the list and the learned endings both read its
            # nominative, and the foreign words stay as written
            out = [own, *tokens[1:]]
        if etype != "PER":
            out = lemma_signs.before_the_sign_as_written(tokens, out)  # "Kröte + Lange"
        result = " ".join(out)
        if mark:
            result = result.replace(_DICTIONARY_APOSTROPHE, mark)
        if keeps and inner != stripped and stripped[0] in _QUOTES and stripped[-1] in _QUOTES:
            return stripped[0] + result + stripped[-1]  # this language's annotators keep them
        return result

    def _city_in_a_case(self, surface: str, lang: str, attested: Collection[str], before: str) -> str | None:
        """A one-word place written as a city's (or a home place's) own name, after a preposition
        that never takes the nominative's form (``lemma_context``): another known place's name in
        a case ("iz Bergama" is Bergamo's genitive, not the Turkish town), else None (as usual)."""
        if (
            " " in surface
            or not surface.isalpha()
            or not (_city_as_written(surface) or home_place(surface, lang))
            or not lemma_context.after_oblique_preposition(before, lang)
        ):
            return None
        form = self._word([surface], 0, lang, "LOC", None, frozenset(), attested, oblique=True, changed=True)
        return form if form != surface and (_known_place(form) or home_place(form, lang)) else None

    def _known_place_before_complement(self, tokens: list[str], lang: str, etype: str,
                                       attested: Collection[str]) -> str | None:  # fmt: skip
        """The base form of a place's name less its last word, a noun kept as written, where that
        base form is a place the gazetteers know: the last word is its genitive complement ("…
        Brazylii"), and the words before it decline as they do alone ("Stanach Zjednoczonych" is
        "Stany Zjednoczone"), though inside the longer name the learned endings read them as a
        complement too. None where the words before it alone make no known place."""
        r = agreement.rules(lang)
        last = tokens[-1]
        if not (last.isalpha() and last[:1].isupper()) or r is None or agreement.is_adjective(last, lang, r):
            return None
        head = self.base(" ".join(tokens[:-1]), lang, etype, attested)
        if len(head.split()) != len(tokens) - 1 or head.split() == tokens[:-1] or not _known_place(head):
            return None
        return head

    def _second_part(self, words: list[str], i: int, rest: str, lang: str, etype: str,
                     attested: Collection[str]) -> str:  # fmt: skip
        """The tail of word ``i`` after a hyphen, where it is a second capitalised name of a
        compound whose first part is in a case ("Meklemburgii-Pomorza"): both parts decline, so
        the second takes its own base form in that case ("-Pomorze")."""
        m = _SECOND_PART.fullmatch(rest)
        if m is None or not m.group(1)[:1].isupper():
            return rest
        part = m.group(1)
        second = [*words[:i], part, *words[i + 1 :]]
        form = _undamaged(part, self._word(second, i, lang, etype, None, frozenset(), attested, changed=True))
        return "-" + form

    def _declined_tail(self, words: list[str], i: int, rest: str, lang: str, etype: str,
                       attested: Collection[str]) -> str:  # fmt: skip
        """The tail of word ``i`` after a hyphen where its first part stays as written: the
        learned endings' reading of the whole compound, whose last letters are the ones in a case
        ("Ust-Wiłogi" → "-Wiłoga"); as written where that reading changes the first part too."""
        whole = [*words[:i], words[i] + rest, *words[i + 1 :]]
        form = _undamaged(whole[i], self._word(whole, i, lang, etype, None, frozenset(), attested))
        head = words[i] + "-"
        tail = form[len(head) - 1 :]
        return tail if form.startswith(head) and _SECOND_PART.fullmatch(tail) else rest

    def _modifier_s_tail(self, tokens: list[str], words: list[str], i: int, rest: str, lang: str,
                         etype: str, attested: Collection[str]) -> str:  # fmt: skip
        """The small-letter tail of word ``i`` after its hyphen ("-патриотическия"), its last
        part in its base form where a noun follows the word (no preposition: "Най-доброто за …"
        is a title whose first word is as written), read as the word would be with the
        compound's capital; else as written."""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if not nxt.isalpha() or (nxt.islower() and len(nxt) <= MAX_PREPOSITION):
            return rest
        last = rest[rest.rfind("-") + 1 :]
        read = last.capitalize() if words[i][:1].isupper() else last
        form = _undamaged(read, self._word([*words[:i], read, *words[i + 1 :]], i, lang, etype, None,
                                            frozenset(), attested))  # fmt: skip
        return rest[: len(rest) - len(last)] + form.lower()

    def _agrees_kept(self, word: str, lang: str, etype: str) -> bool:
        """Whether a word with this ending, before a word already in its base form, was kept as
        written in training: a modifier agrees with its noun's case ("Zlatni most", "Bílé moře"),
        so a nominative noun makes the adjective before it nominative too, though its ending alone
        could be an oblique case of another gender. The ending decides: "Urzędu" before a kept
        genitive is no modifier and still changes."""
        low = word.lower()
        for k in range(AGREE_SUFFIX, 0, -1):
            entry = self.table.get(f"n|{lang}|{etype}|{low[-k:]}") if len(low) > k else None
            if entry is not None:
                return any(cut == 1 and share >= AGREE_SHARE for cut, _a, share, _g in entry)
        return False

    def _kept_before_kept(self, words: list[str], i: int, lang: str, etype: str,
                          attested: Collection[str], listed: bool) -> str:  # fmt: skip
        """Word ``i``'s form before a word kept as written, where its ending was kept so in
        training: as written, unless it is a person's word that is no first name as written and
        is one in the nominative its candidates give — a woman's given name in a case before a
        surname that never declines ("Darii Kowal" is Daria's). A first name as written that is
        no woman's only (Slovene "Tine", a man's, and the genitive of "Tina") changes only to a
        woman's name the document writes: her nominative there tells whose name it is."""
        own = given_name(words[i])
        if etype != "PER":
            return words[i]
        if own == "f":
            # a woman's name as written may be another woman's name in a case ("Therese" of
            # "Theresa"): the document's own nominative tells
            other = self._word(words, i, lang, etype, None, frozenset(), attested, listed, changed=True)
            return other if other != words[i] and given_name(other) == "f" and other in attested else words[i]
        form = _undamaged(words[i], self._word(words, i, lang, etype, None, frozenset(), attested, listed))
        if own:
            return form if form != words[i] and given_name(form) == "f" and form in attested else words[i]
        return form if form != words[i] and given_name(form) else words[i]

    def _keeps_quotes(self, lang: str) -> bool:
        return bool(self.table.get(f"q|{lang}", [(0, "", 0.0)])[0][0])

    def _word(self, words: list[str], i: int, lang: str, etype: str,
              morph: morphology.Morphology | None, agree: frozenset[str], attested: Collection[str],
              use_list: bool = True, changed: bool = False, oblique: bool = False) -> str:  # fmt: skip
        """Word ``i``'s base form; with ``changed``, the best form other than the word itself
        (the word where there is none); with ``oblique``, the text's case says a city's own name
        as written is no nominative here (``_city_in_a_case``)."""
        if (
            _foreign_ending(words[i], lang)
            or _comparative(words[i], lang)
            or (etype == "LOC" and len(words) == 1 and _country(words[i], lang))
            or (etype != "PER" and len(words) == 1 and lemma_foreign_country.foreign_country(words[i], lang))
            or (etype == "LOC" and len(words) == 1 and not oblique and _city_as_written(words[i]))
            or (etype == "LOC" and len(words) == 1 and not oblique and home_place(words[i], lang))
        ):
            # a country's name as the language writes it is a nominative ("Peru" is no "Per" + "-u"),
            # and so is its English name, whatever a tagger typed it ("France": no case of "Franka"),
            # and so is a city's own name letter for letter ("Bari" is no "Bar" + "-i"), and a
            # small place's of the language's own country ("Jesenice" is no "Jesenica" + "-e")
            return words[i]
        keys = list(_keys(words, i, lang, etype))
        seen = next((_fits(self.table[k], words[i]) for k, n in keys if n == 0 and k in self.table), None)
        if seen is None and (coined := lemma_camel.nominative(words[i], lang, morph)):
            return coined
        if (
            seen is None
            and morph is not None
            and etype != "PER"  # a surname may open with the prefix's letters ("Гордона")
            and (clipped := lemma_prefixed.nominative(words[i], lang, morph.analyzer))
        ):
            return clipped  # "Євроради": the noun after a clipped prefix tells the case
        known, misread = None, False
        if seen is None and morph is not None and morph.unparsed(words[i]):
            return words[i]
        if seen is None and morph is not None:
            if etype == "PER" and (stem := _written_surname(words[i], attested)):
                return stem
            known = morph.nominative(words[i], etype, agree, attested, alone=len(words) == 1)
            # a given name's nominative that no list of first names has is the dictionary reading
            # a woman's name as a man's ("Далию" as "Далий"): the candidates below decide
            misread = (
                etype == "PER"
                and i < len(words) - 1
                and words[i][:1].isupper()
                and known is not None
                and known != words[i]
                and not given_name(known)
            )
            if known is not None and not misread:
                return known
        if seen is None and morph is None and (whole := _compound(words[i], lang)):
            return whole
        # an ending learned from one word the annotators spelt anew is no case ending for others
        levels = (
            [c for c in _fits(self.table[k], words[i]) if not _spelling_fix(c[0], c[1], words[i])]
            for k, n in keys
            if k in self.table
        )
        choices = _articles_that_fit(words[i], seen or _pooled([c for c in levels if c][:POOLED_KEYS]), lang)
        if not seen and morph is not None:  # the dictionary's guesses join the learned endings
            choices = choices + [
                (*edit_script(words[i], g), GUESS_WEIGHT * p) for g, p in morph.guesses(words[i])
            ]
            if etype == "LOC" and (found := morph.soft_stem(words[i])):
                # the learned ending's stem is soft where the dictionary's words that end alike
                # say so: "…мені" is a foreign "…мень"'s, no "…мен" (nor the native "…мінь")
                soft, hard = found
                # a vowel the learned endings put after the stem that none of those words reads
                # there ("…мена": no "…мені" of the dictionary is a feminine "-а"'s) is its too
                proposed = {g.lower() for g, _ in morph.guesses(words[i])}
                stem = soft[:-1].lower()
                choices = [
                    (*edit_script(words[i], soft), c[2])
                    if (form := apply_edit(words[i], (c[0], c[1])).lower()) in hard
                    or (
                        form not in proposed
                        and form.startswith(stem)
                        and len(form) == len(soft)
                        and form[-1] in _CASE_VOWELS
                    )
                    else c
                    for c in choices
                ]
        choices = choices + _written_stems(words[i], choices, lang, attested)
        choices = choices + _written_as_stem(words[i], choices, lang, attested)
        place = None
        if etype == "LOC":

            def place(form: str) -> bool:  # the name with this word in that form is a known place
                return _known_place(" ".join([*words[:i], form, *words[i + 1 :]]))

        choices = choices + _vowel_nominatives(words[i], choices, lang, attested, place)
        if i == len(words) - 1:  # the head's modifiers and complements before it agree or keep their case
            choices = choices + _more_written_than_its_nominative(words[i], choices, lang)
        choices = choices + _foreign_as_written(words[i], choices, lang)
        choices = choices + _foreign_plural(words[i], choices, lang, etype)
        silent = _silent_e(words[i], choices, lang, attested)
        # a stub the document writes with case endings ("…ira", "…irovi") is the silent "-e"
        # name's stem as well: the form with its "-e" back shares the bonus the stub has
        silent_e = {apply_edit(words[i], (cut, add)) for cut, add, _ in silent}
        choices = choices + silent
        # a short article cut after a vowel leaves no noun, unless the document writes the noun
        # with the letter the article replaced ("Музей" of "Музея"): the edit then adds it back
        choices = [
            (c[0], restored, c[2])
            if (restored := lemma_articles.restored_before_article(words[i], c[0], c[1], lang, attested))
            else c
            for c in choices
        ]
        choices = [
            c
            for c in choices
            if not _splits_a_doubled_vowel(words[i], c[0], lang)
            and not _no_case(words[i], apply_edit(words[i], (c[0], c[1])), lang)
            and not lemma_articles.short_article_after_a_vowel(words[i], c[0], c[1], lang)
        ]
        if etype == "PER":
            choices = _people_s_plurals(words[i], choices, lang)
        # a word the training saw keeps what it learned; ru/uk have pymorphy3's dictionary instead
        listed = self._listed(words, i, lang, etype, choices) if use_list and not seen and not morph else None
        if (
            listed is not None
            and etype == "PER"
            and (e_name := lemma_given_e.with_silent_e(words[i], listed, lang))
        ):
            listed = e_name  # "Dukiem" is Duke's, not the list's rare "Duk"
        if listed is not None:
            share = _fleeting_vowel_share(words[i], listed, choices, lang, attested, place)
            choices = choices + [(*edit_script(words[i], listed), share or LEXICON_SHARE)]
        if not choices:
            return known if misread and known else words[i]
        if (
            etype == "LOC"
            and len(words) == 1
            and not changed
            and _indeclinable_place(words[i], choices, lang, attested)
        ):
            return words[i]
        # a given name in an oblique case is no first name of any list; its nominative is one (a
        # name alone is more often a surname: "Димов" is no oblique "Димо")
        given = etype == "PER" and i < len(words) - 1 and not given_name(words[i])
        forms = {apply_edit(words[i], (cut, add)) for cut, add, _ in choices}
        if changed:
            forms = {f for f in forms if f != words[i] and _undamaged(words[i], f) == f}
            if not forms:
                return words[i]
        # a stub whose silent "-e" form the document writes ("od <Name>u" beside "<Name>e Marketing",
        # audit round 36 N4): that form is no case of the stub, and a foreign stub no nominative
        e_written = (
            {f for f in forms if f + "e" in forms and f + "e" in attested and f not in attested}
            if etype != "PER"
            else set()
        )
        best = max(
            sorted(forms),
            key=lambda form: (
                _score(form, choices, words[i], lang, attested, etype == "LOC" and len(words) == 1)
                + (
                    PARADIGM_BONUS
                    if form == words[i] and lemma_paradigm.written_cases(form, lang, attested, besides=form)
                    else 0.0
                )
                + (
                    STEM_CASES_BONUS
                    if listed is None
                    and form not in e_written
                    and (stem := form[:-1] if form in silent_e else form) != words[i]
                    and words[i].startswith(stem)
                    and len(words[i]) - len(stem) == 1
                    and lemma_paradigm.written_cases(stem, lang, attested, besides=words[i])
                    else 0.0
                )
                + (LEXICON_BONUS if form == listed else 0.0)
                + (GIVEN_BONUS if given and form != words[i] and given_name(form) else 0.0)
                + (
                    FOREIGN_NOMINATIVE_BONUS
                    # not a stub whose silent "-e" form the document writes ("<Name>e Marketing")
                    if _foreign_nominative(words[i], form, lang, etype) and form not in e_written
                    else 0.0
                )
            ),
        )
        return known if misread and known and not given_name(best) else best

    def _listed(self, words: list[str], i: int, lang: str, etype: str, choices: Choices) -> str | None:
        """The word list's form for word ``i`` (None: the list says nothing): the word itself
        where the list holds it as a dictionary form ("Janda" ends like a genitive and is a
        nominative); its lemma where the word stands alone or is part of a person's name, or
        where the learned endings propose that lemma too. Elsewhere in a name the list's lemma
        may be a masculine adjective ("Černý" for "Černého moře") or the nominative of a genitive
        complement ("Anglia" in "Bank Anglii"), which the learned endings, reading the
        neighbouring word, get right more often: there the list only breaks their ties."""
        found = lemma_lexicon.lemma(words[i], lang) if len(words[i]) >= 3 else None
        if found is None:
            return None
        if found.lower() != words[i].lower() and lemma_lexicon.is_verb_lemma(found, lang):
            return None  # a name's word is no verb's form: Slovene "Sanja" is no "sanjati" (to dream)
        if found.lower() == words[i].lower():
            # a one-word place the list holds as written whose small-letter word the list reads as
            # a case of another noun that the learned endings propose too ("Odry": "odra"'s
            # genitive; plural places, "Tatry", are their own forms in small letters too)
            lower = (
                lemma_lexicon.lemma(words[i].lower(), lang)
                if len(words) == 1 and etype == "LOC" and _small_letter_places(lang)
                else None
            )
            if lower and lower != words[i].lower():
                recased = lemma_lexicon.recase(words[i], lower)
                if recased in {apply_edit(words[i], (c, a)) for c, a, _ in choices}:
                    return recased
            return words[i]
        if len(words) == 1 and etype != "PER" and _adjective_s_nominative_as_a_name(words[i], found, lang):
            return words[i]
        # a noun with a number ("článku 50", "ustępu 3") stands alone: the number declines none
        # of its letters, and only the noun is in a case
        if sum(1 for w in words if w[:1].isalpha()) == 1 or etype == "PER":
            return found
        if lemma_lexicon.is_adjective_lemma(found, lang):
            # the list's masculine form agrees only with a masculine noun, whose dictionary form
            # ends in a consonant in these languages ("Černý" before "moře" should be "Černé")
            noun = lemma_lexicon.lemma(words[i + 1] if i + 1 < len(words) else words[i - 1], lang)
            if noun is not None and noun[-1:].lower() in _VOWEL_ENDINGS:
                return None
        if found in {apply_edit(words[i], (c, a)) for c, a, _ in choices}:
            return found
        return None


def _head_noun_in_a_case(word: str, lang: str) -> str | None:
    """The dictionary form of a word that the word list holds, in small letters, as an oblique
    form of a common noun ("Dziennika" of "dziennik"), recased; None for any other word (an
    adjective's form, a name's, a word the list holds as written)."""
    found = lemma_lexicon.lemma(word.lower(), lang)
    if (
        found is None
        or found.lower() == word.lower()
        or lemma_lexicon.is_adjective_lemma(found, lang)
        or lemma_lexicon.is_proper_name(word, lang)
        or _adjective_s_form(word, lang)
    ):
        return None
    return lemma_lexicon.recase(word, found)


def _adjective_s_form(word: str, lang: str) -> bool:
    """Whether a word may be an adjective's form as well: the list holds its stem with an ending
    that only an adjective's oblique case has, of the declension its ending is of (Slovene
    "Bela", a noun's case to the list, and "belega": an adjective's nominative, "Bela dvorana")."""
    r = agreement.rules(lang)
    ending = agreement.adjective_ending(word, r) if r else None
    if r is None or ending is None:
        return False
    stem = word[: len(word) - len(ending.text)].lower()
    return any(
        lemma_lexicon.lemma(stem + e.text, lang) is not None
        for e in r.endings
        if e.nominatives == ending.nominatives and e.kind == agreement.OBLIQUE and len(e.text) >= 3
    )


@lru_cache(maxsize=64)
def _small_letter_places(lang: str) -> bool:
    from storyline.names.parts import entity_data

    return bool(entity_data(lang).get("lemma_place_cases_in_small_letters", False))


@lru_cache(maxsize=64)
def _comparative_endings(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_comparative_endings")


def _comparative(word: str, lang: str) -> bool:
    """Whether a word in small letters ends as the nominative of a comparative adjective does
    (``lemma_comparative_endings``: Slovene "-ši", "mlajši"): an epithet of a name ("the
    younger"), its own base form as written — the word list gives the positive ("mlad"), another
    word, and the learned endings read "-i" as some noun's case."""
    endings = _comparative_endings(lang)
    if not endings or not word.islower() or not word.endswith(endings) or len(word) <= MIN_KEPT:
        return False
    # a noun's case that ends so ("hiši" of "hiša") keeps the letters before the ending in its lemma
    found = lemma_lexicon.lemma(word, lang)
    stem = word[: -len(next(e for e in endings if word.endswith(e)))]
    return found is None or lemma_lexicon.is_adjective_lemma(found, lang) or not found.startswith(stem)


def _adjective_s_nominative_as_a_name(word: str, found: str, lang: str) -> bool:
    """Whether a capitalised word alone, which the list knows only as a form of a common
    adjective, ends in a nominative ending of the language's adjectives: a name the adjective
    makes ("Jezersko", a neuter place; "Zieloni", a party), not its masculine dictionary form.
    An oblique ending ("Wyborczej") is a case of the name."""
    r = agreement.rules(lang)
    if r is None or not word[:1].isupper() or not lemma_lexicon.is_adjective_lemma(found, lang):
        return False
    ending = agreement.adjective_ending(word, r)
    return (
        ending is not None
        and ending.kind == agreement.NOMINATIVE
        and not lemma_lexicon.is_proper_name(word, lang)
    )


_VOWEL_ENDINGS = "aeiouyáéíóúýěąęůäöüаеиоуыэюяіїєъьй"  # where Slavic oblique cases end
MIN_KEPT = 3  # letters an edit must leave of a word, and at least half of them: "Obama" is never "Ob"
MAX_PREPOSITION = 3  # a word in small letters this short inside a name is a preposition ("в", "при")
MIN_SURNAME = 2  # ... of a surname after given names (one syllable: "Un", "Li")


MAX_CASE_ENDING = 2


_APOSTROPHES = "'’"


@lru_cache(maxsize=64)
def _apostrophe_endings(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_apostrophe_endings")


def _without_apostrophe_case(part: tuple[str, str] | None, lang: str) -> tuple[str, str] | None:
    """A word's letters and tail without a case ending written after an apostrophe: Polish
    declines a foreign name whose last letter is silent so ("Delaroche'a", "Mackenzie'emu"),
    and the name's base form is what stands before it (``lemma_apostrophe_endings``)."""
    if part is None or not part[1]:
        return part
    word, rest = part
    for ending in _apostrophe_endings(lang):
        for mark in _APOSTROPHES:
            if (
                rest.endswith(mark + ending)
                and len(rest) > len(ending)
                and rest[: -len(ending) - 1][-1:] != "-"
            ):
                return word, rest[: -len(ending) - 1]
    return part


MAX_ACRONYM = 6


def _acronym_with_small_letters(word: str) -> bool:
    """An acronym with a small letter inside that ends in a capital ("PGNiG", "UOKiK", "BiH"):
    a case ending is written in small letters, so a word whose last letter is a capital has none,
    and cutting its letters makes another acronym. (An acronym all in capitals, or one with a
    small-letter case ending, "ZeTi", "ЗЕТа", is read elsewhere.)"""
    return (
        len(word) >= 2 and word[-1].isupper() and not word.isupper() and sum(ch.isupper() for ch in word) >= 2
    )


def _acronym_in_a_case(word: str, lang: str) -> str | None:
    """An acronym written with one of the language's case endings in small letters ("ЗЕТа",
    "ЗЕТом"; ``lemma_case_endings``): the acronym. Other small letters are the name's own ("ZeTi")."""
    k = next((j for j, ch in enumerate(word) if ch.islower()), len(word))
    acronym, ending = word[:k], word[k:]
    if not (2 <= len(acronym) <= MAX_ACRONYM and acronym.isalpha() and acronym.isupper()):
        return None
    return acronym if ending in lemma_paradigm.case_endings(lang) else None


def _given_names_in_the_surname_s_case(
    tokens: list[str], out: list[str], ending: str, men_only: bool = False
) -> list[str]:
    """Given names left as written before a surname whose case ending stands after an
    apostrophe ("Nigela Dunmore'a"): one that ends in that ending and is a first name without it
    is in that case ("Nigel"). ``men_only``: a man's first name without it that is no man's name
    as written."""
    if not ending:
        return out
    fixed = list(out)
    for i, tok in enumerate(tokens[:-1]):
        stem = tok[: -len(ending)]
        if out[i] != tok or not tok.endswith(ending) or len(stem) < MIN_KEPT:
            continue
        named = (given_name(stem) == "m" and given_name(tok) != "m") if men_only else bool(given_name(stem))
        if named:
            fixed[i] = stem
    return fixed


def _given_names_in_the_surname_s_ending(tokens: list[str], out: list[str]) -> list[str]:
    """Given names left as written before a surname that lost a case ending ("Roberta Zielera"
    → "… Zieler"): one that ends in that ending and is a man's first name without it is in the
    case too ("Robert"), though as written it reads as a woman's name in the nominative: her
    surname would be in the nominative as well."""
    if len(tokens) < 2 or out[-1] == tokens[-1] or not tokens[-1].startswith(out[-1]):
        return out
    ending = tokens[-1][len(out[-1]) :]
    if not 0 < len(ending) <= MAX_CASE_ENDING:
        return out
    return _given_names_in_the_surname_s_case(tokens, out, ending, men_only=True)


@lru_cache(maxsize=64)
def _undeclined_given_endings(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_undeclined_given_endings")


@lru_cache(maxsize=64)
def _nominative_given_endings(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_nominative_given_endings")


def _surname_after_a_man_s_nominative(tokens: list[str], out: list[str], lang: str) -> list[str]:
    """A surname the endings changed after given names all kept as written, the first a man's
    that ends in a consonant: his given name would show the case too ("Williama", "Williamem"),
    so the name is in its nominative and the surname's ending its own ("William Van Erdegehem").
    Not after a foreign given name whose last letters the language reads as a vowel and leaves
    undeclined (``lemma_undeclined_given_endings``: "Andrew Mortona" is Morton's genitive)."""
    first = tokens[0]
    if len(tokens) < 2 or out[-1] == tokens[-1] or out[:-1] != tokens[:-1]:
        return out
    # a man's given name in a vowel that only his nominative ends in (``lemma_nominative_given_endings``:
    # Slovene "Marko", "Marcelo", whose other cases are "Marka", "Marku") shows the case as well
    nominative_vowel = first.lower().endswith(_nominative_given_endings(lang))
    if (first[-1:].lower() in _VOWEL_ENDINGS and not nominative_vowel) or first.lower().endswith(
        _undeclined_given_endings(lang)
    ):
        return out
    # a surname cut to a syllable is an East Asian name's ("Park Sung Ho"), whose first word is
    # the family name, not a given name
    if given_name(first) != "m" or not tokens[-1][:1].isupper() or len(out[-1]) < MIN_KEPT:
        return out
    return [*out[:-1], tokens[-1]]


@lru_cache(maxsize=64)
def _surname_case_endings(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_surname_case_endings")


def _surname_in_the_given_names_case(
    tokens: list[str], out: list[str], lang: str = "", changed: Callable[[], str] | None = None
) -> list[str]:
    """A surname left as written after a given name that lost a case ending it shares ("Janu
    Kovaču" → "Jan Kovaču") is in that case too: it loses the same ending ("Jan Kovač"). One
    that does not end so is in the case too, in another declension (a man's surname in "-a":
    "Jana Kowalki" is "Jan Kowalka"): where it ends in a case ending the language's surnames
    take (``lemma_surname_case_endings``: not a foreign name's silent "-e", "Nigela Farage"), it
    takes its likeliest form other than as written (``changed``)."""
    if len(tokens) < 2 or out[-1] != tokens[-1] or not tokens[-1][:1].isupper():
        return out
    for tok, form in zip(tokens[:-1], out[:-1], strict=True):
        ending = tok[len(form) :].lstrip(_APOSTROPHES)  # "Jean-Luc'a Picarda": "-a" both
        if form != tok and tok.startswith(form) and 0 < len(ending) <= MAX_CASE_ENDING:
            if tokens[-1].endswith(ending) and len(tokens[-1]) - len(ending) > MIN_KEPT:
                return [*out[:-1], tokens[-1][: -len(ending)]]
            break
        if form != tok and given_name(form) == "m" and not given_name(tok):
            break  # made a man's first name by another edit: it was in a case all the same
    else:
        return out
    last = tokens[-1]
    if changed is None or not last.isalpha() or last.isupper():
        return out  # a number ("Edwarda VIII"), an initialism, a hyphenated name
    if not _surname_case_endings(lang) or not last.lower().endswith(_surname_case_endings(lang)):
        return out
    return [*out[:-1], changed()]


def _foreign_name_in_one_case(tokens: list[str], out: list[str], lang: str) -> list[str]:
    """A foreign name kept whole as written whose words all end in one case ending a man's
    surname takes (``lemma_surname_case_endings``; Czech "Hamida Karzaja"): where no word is a
    first name or a word of the language's list as written ("Jana", "Honza Ryba" stay) and the
    surname less the ending is as common a name in the language that names people in their
    nominative (``lemma_name_frequencies``) as the surname as written, every word is in that
    case: each loses the ending. A woman's foreign name in her nominative would keep a surname
    the language does not decline, and one in "-a" after a given name in "-a" is rare."""
    endings = _surname_case_endings(lang)
    if len(tokens) < 2 or out != tokens or not endings or not all(t.isalpha() for t in tokens):
        return out
    last = tokens[-1]
    ending = next((e for e in sorted(endings, key=len, reverse=True) if last.lower().endswith(e)), None)
    if ending is None or not all(
        t.lower().endswith(ending) and len(t) - len(ending) >= MIN_KEPT for t in tokens
    ):
        return out
    if any(given_name(t) or lemma_lexicon.lemma(t, lang) is not None or not t[:1].isupper() for t in tokens):
        return out
    stem = last[: -len(ending)]
    if lemma_lexicon.foreign_zipf(stem, last, lang) < max(
        FOREIGN_WRITTEN_MIN, lemma_lexicon.foreign_zipf(last, last, lang)
    ):
        return out
    return [t[: -len(ending)] for t in tokens]


def _complements_kept(tokens: list[str], out: list[str], lang: str) -> list[str]:
    """After a later word of a name that keeps its written form (a genitive complement:
    "Trybunał Sprawiedliwości"), the words that follow belong to the complement and keep theirs
    too ("… Unii Europejskiej", not "… Unii Europejska"), where no dictionary tells the head. A
    complement follows a noun: adjectives that open the name lead up to their noun, whatever
    form they keep ("Savinjski statistični regiji": "-i" reads as a nominative too). A
    conjunction, written as it is in every case, tells nothing itself: the words it joins decline
    alike, so it starts a complement only after a word kept as written ("Dumni i Uczciwi",
    "Bośni i Hercegowiny")."""
    from storyline.names.parts import conjunctions

    joins = conjunctions(lang)
    r = agreement.rules(lang)
    leading = r is not None and agreement.is_adjective(tokens[0], lang, r)
    for i in range(1, len(tokens) - 1):
        if tokens[i].lower() in joins and out[i - 1] != tokens[i - 1]:
            continue
        leading = leading and r is not None and agreement.is_adjective(tokens[i], lang, r)
        if out[i] == tokens[i] and tokens[i][:1].isalpha() and not leading:
            return out[: i + 1] + tokens[i + 1 :]
    return out


def _coordinated_in_one_case(
    tokens: list[str], out: list[str], lang: str, changed: Callable[[int], str]
) -> list[str]:
    """A word right after a conjunction shares the case of the word right before it: where that
    one was put in its base form and this one kept as written ("Bośni i Hercegowiny" had become
    "Bośnia i Hercegowiny"; a complement after its conjunction, "Handlu i Przemysłu", keeps its
    case, as the word before it does), it takes the word list's dictionary form, else the form the
    learned endings give it."""
    from storyline.names.parts import conjunctions

    joins = conjunctions(lang)
    fixed = list(out)
    for j in range(1, len(tokens) - 1):
        if (
            tokens[j].lower() in joins
            and out[j - 1] != tokens[j - 1]
            and out[j + 1] == tokens[j + 1]
            and tokens[j + 1].isalpha()
            and not (tokens[j + 1].isupper() and len(tokens[j + 1]) > 1)
        ):
            listed = lemma_lexicon.lemma(tokens[j + 1], lang)
            # the word list's dictionary form where it has one ("Sprawiedliwości"), else the endings'
            fixed[j + 1] = listed if listed and listed.lower() != tokens[j + 1].lower() else changed(j + 1)
    return fixed


@lru_cache(maxsize=256)
def _pipe_rows(lang: str, key: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a ``lemma_*`` list of the language's data, each "a | b c | d" split at "|"
    and stripped: ("a", "b c", "d")."""
    from storyline.names.parts import entity_data

    return tuple(tuple(p.strip() for p in row.split("|")) for row in entity_data(lang).get(key, []))


@lru_cache(maxsize=64)  # read on every word: parsed once per language
def _feminine_rows(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(
        (ending, tuple(nouns.split())) for ending, nouns in _pipe_rows(lang, "lemma_feminine_modifiers")
    )


def _modifiers_of_feminine_nouns(tokens: list[str], out: list[str], lang: str) -> list[str]:
    """A word whose ending the learned edits cut as an article, right before a word whose base
    form is a feminine noun, is an adjective agreeing with it and keeps its ending
    (``lemma_feminine_modifiers``): Bulgarian's short article "-а" follows masculine nouns, and
    a noun with its article does not stand before another noun of the same name."""
    fixed = list(out)
    for i in range(len(tokens) - 1):
        tok, nxt = tokens[i], out[i + 1]
        if out[i] == tok or not tok.startswith(out[i]) or not nxt[:1].isupper():
            continue
        for ending, nouns in _feminine_rows(lang):
            if tok.lower().endswith(ending) and out[i] == tok[: -len(ending)] and nxt.lower().endswith(nouns):
                fixed[i] = tok
    return fixed


@lru_cache(maxsize=64)
def _foreign_endings(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_foreign_endings")


def _foreign_ending(word: str, lang: str) -> bool:
    """Whether the word ends as no case form of the language does (``lemma_foreign_endings``:
    Czech "-ey" of "Warley" is no genitive "-y" of a noun in "-a"): a foreign name as written."""
    endings = _foreign_endings(lang)
    return bool(endings) and len(word) > MIN_KEPT and word.lower().endswith(endings)


@lru_cache(maxsize=64)
def _undoubled_vowels(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_undoubled_vowels")


@lru_cache(maxsize=64)
def _no_case_rows(lang: str) -> tuple[tuple[str, str, str], ...]:
    return tuple((row[0], row[1], row[2]) for row in _pipe_rows(lang, "lemma_no_case_after") if len(row) == 3)


def _no_case(word: str, form: str, lang: str) -> bool:
    """Whether ``form`` reads ``word`` as a case of a nominative whose declension never ends so
    after the word's letter before the ending (``lemma_no_case_after``: Polish "-i" is the
    genitive of a noun in "-a" only after "k", "g", "l", "j", so "Trasi" is no "Trasa"'s, whose
    genitive is "Trasy"): a nominative in "-i" as written, or another declension's case."""
    low, form_low = word.lower(), form.lower()
    for ending, nominative, letters in _no_case_rows(lang):
        stem = low[: len(low) - len(ending)]
        if (
            low.endswith(ending)
            and len(stem) >= MIN_KEPT
            and form_low == stem + nominative
            and stem[-1] in letters
        ):
            return True
    return False


def _splits_a_doubled_vowel(word: str, cut: int, lang: str) -> bool:
    """Whether cutting ``cut`` letters leaves the first of two like vowels and takes the second
    (``lemma_undoubled_vowels``): no case ending of the language follows a stem that ends in its
    own first vowel, so "-oom" is a foreign name's own spelling ("Droom"), not "Dro" + "-om"."""
    if not 0 < cut < len(word):
        return False
    first, second = word[-cut - 1].lower(), word[-cut].lower()
    return first == second and first in _undoubled_vowels(lang)


@lru_cache(maxsize=64)  # read on every person's word: parsed once per language
def _plural_case_rows(lang: str) -> tuple[tuple[str, str], ...]:
    return tuple((ending, nominative) for ending, nominative in _pipe_rows(lang, "lemma_plural_cases"))


def _people_s_plurals(word: str, choices: Choices, lang: str) -> Choices:
    """A person's word in a case ending only plurals take keeps it unless the list holds the
    plural nominative the ending swaps to as a name's form (``lemma_plural_cases``): a people's
    name in the locative ("Hrvatih") is a plural the language writes, a surname that ends so
    ("Pirih") is one person's nominative, and its cut form no name (or a verb's form)."""
    low = word.lower()
    for ending, nominative in _plural_case_rows(lang):
        if not word[:1].isupper() or not low.endswith(ending) or len(word) - len(ending) < MIN_KEPT:
            continue
        plural = word[: -len(ending)] + nominative
        if not lemma_lexicon.is_proper_name(plural, lang):
            return [c for c in choices if apply_edit(word, c[:2]) != plural]
    return choices


@lru_cache(maxsize=64)
def _compounds(lang: str) -> bool:
    from storyline.names.parts import entity_data

    return bool(entity_data(lang).get("lemma_compound_tails", False))


MIN_TAIL = (
    6  # letters of a compound's last word the word list must know ("-kinom" of "…klorokin" is no "kino")
)
MIN_HEAD = 3  # letters before it


def _compound(word: str, lang: str) -> str | None:
    """A common noun the word list lacks whose last part it knows as a case form of another
    common noun ("nanowirusa": "wirusa" of "wirus"): the compound declines by that part, and its
    base form is the first part with that part's dictionary form ("nanowirus")."""
    if not word.islower() or len(word) < MIN_TAIL + MIN_HEAD or not _compounds(lang):
        return None
    if lemma_lexicon.lemma(word, lang) is not None:
        return None
    for k in range(len(word) - MIN_HEAD, MIN_TAIL - 1, -1):
        tail = word[-k:]
        found = lemma_lexicon.lemma(tail, lang)
        if found is None or found == tail or not found.islower():
            continue
        if lemma_lexicon.is_adjective_lemma(found, lang):
            return None  # an adjective made from the noun ("-wirusowi"): the learned endings'
        if len(found) < MIN_TAIL - 1 or tail[: len(found) - 1] != found[: len(found) - 1]:
            return None  # another word's form (a verb's), or a stem that changes: no telling
        return word[:-k] + found
    return None


@lru_cache(maxsize=64)
def _j_case_endings(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import entity_data

    return tuple(entity_data(lang).get("lemma_j_cases", "").split())


def _vowel_stem_before_j(word: str, lang: str) -> bool:
    """A foreign name of a syllable ending in a vowel takes its case endings after a "j"
    (``lemma_j_cases``: Slovene "Xi" — "Xija", "Xiju"): its nominative may be two letters, a
    stub ``MIN_KEPT`` otherwise refuses; not where the word list knows the word (Slovene "boju"
    is the dative of "boj") or the form with the ending is a known given name ("Maja", "Maju")."""
    low = word.lower()
    if lemma_lexicon.lemma(word, lang) is not None or lemma_lexicon.lemma(low, lang) is not None:
        return False
    for ending in _j_case_endings(lang):
        stem = low[: -len(ending)]
        if low.endswith(ending) and len(stem) == MIN_SURNAME and stem[-1] in _VOWEL_ENDINGS:
            return not given_name(word[: -len(ending)] + ending[:1] + "a") and not given_name(word)
    return False


def _undamaged(word: str, form: str, shortest: int = MIN_KEPT) -> str:
    """The base form unless it cuts the word down to a stub (fewer than ``shortest`` letters)."""
    if len(form) < len(word) and (len(form) < shortest or 2 * len(form) < len(word)):
        return word
    return form


def _learned(cut: int | str, add: str, share: float) -> tuple[int, str, float, str | None]:
    if isinstance(cut, str):
        return (len(cut), add, float(share), cut)
    return (int(cut), add, float(share), None)


def _spelling_fix(cut: int, add: str, word: str) -> bool:
    """Whether an edit puts letters back inside the word before the very ending it cuts ("-ed" →
    "-ted", learned from a misspelt "Stansed"): a base form that corrects one word's spelling,
    not a nominative's ending, since a case ending is replaced at the word's end, never kept
    behind new letters; applied to another word it invents a letter ("Stansted" → "Stanstted")."""
    return 0 < cut < len(add) and add.lower().endswith(word[len(word) - cut :].lower())


def _fits(learned: Learned, word: str) -> Choices:
    """The edits that cut what they were learned to cut: an edit learned from "-те" (the plural
    article) cuts two letters of a word that ends in "-те", not of any word ending in "-е"."""
    low = word.lower()
    return [
        (cut, add, share)
        for cut, add, share, gone in learned
        if gone is None or (low.endswith(gone) if gone else True)
    ]


def _written_surname(word: str, attested: Collection[str]) -> str | None:
    """A person's name less a case vowel where the document writes it so ("Хенна" beside
    "Вольфганг Хенн"): the dictionary reads the foreign name as a word of its own."""
    stem = word[:-1]
    if word[:1].isupper() and word[-1:].lower() in _CASE_VOWELS and len(stem) > MIN_KEPT and stem in attested:
        return stem
    return None


_CASE_VOWELS = "аяуюеиыіо"
STEM_CUTS = (1, 2)  # letters of an ending the document's own shorter form may lack
STEM_SHARE = 0.05  # its weight beside the learned endings: the document must write it
MAJORITY = 0.5  # a learned edit this common under its key is the reading a written stem may not cut into
PARADIGM_BONUS = 3.5  # the document writes the candidate with the language's case endings
STEM_CASES_BONUS = 2.5  # ... writes the word less its last letter with them (the word aside)


def _written_stems(word: str, choices: Choices, lang: str, attested: Collection[str]) -> Choices:
    """The word without its last letter or two, where the document writes that form and no
    learned ending proposes it ("Korvanu" beside "Korvan"): the
    training topics never saw this name, the document shows its bare form. Not where the word
    list holds the word as a dictionary form of its own: "Janda" is a nominative, and the "Jan"
    the document writes another name."""
    known = {(cut, add) for cut, add, _ in choices}
    if word[:1].isupper() and lemma_lexicon.lemma(word, lang) == word:
        return []
    # the case ending most of the learned edits cut leaves a longer stem ("Nasira": "Nasir" with
    # "-a"): a shorter word the document writes ("Nasi", another word) is no form of this one
    kept = max((len(word) - c for c, a, p in choices if c and not a and p >= MAJORITY), default=0)
    return [
        (cut, "", STEM_SHARE)
        for cut in STEM_CUTS
        if len(word) - cut >= max(MIN_KEPT, kept) and (cut, "") not in known and word[:-cut] in attested
    ]


def _written_as_stem(word: str, choices: Choices, lang: str, attested: Collection[str]) -> Choices:
    """The word as written, where the document writes it with case endings too and no learned
    ending keeps it: it is the stem of those forms, a nominative."""
    if (0, "") in {(cut, add) for cut, add, _ in choices}:
        return []
    return [(0, "", STEM_SHARE)] if lemma_paradigm.written_cases(word, lang, attested) else []


WRITTEN_MARGIN = 1.5  # zipf units (×30 in frequency) a word is written more often than its nominative
WRITTEN_MIN = 2.5  # ... and how often it is written at least (2.5 and 3.0 measured alike)
WRITTEN_SHARE = 0.5


def _more_written_than_its_nominative(word: str, choices: Choices, lang: str) -> Choices:
    """The name as written, where the language writes it far more often than the nominative its
    likeliest learned ending makes: a name's nominative is its most written form, so the word is
    no case form of it, but an indeclinable name that ends like one (Czech "Baku" like "Rusku")."""
    if not choices or not word[:1].isupper() or (0, "") in {(c, a) for c, a, _ in choices}:
        return []
    cut, add, _ = max(choices, key=lambda c: c[2])
    written = lemma_lexicon.zipf(word.lower(), lang)
    if (
        written < WRITTEN_MIN
        or written - lemma_lexicon.zipf(apply_edit(word, (cut, add)).lower(), lang) < WRITTEN_MARGIN
    ):
        return []
    return [(0, "", WRITTEN_SHARE)]


FOREIGN_WRITTEN_MIN = 2.0  # zipf a foreign name as written has, at least, in the naming language


def _foreign_as_written(word: str, choices: Choices, lang: str) -> Choices:
    """The name as written, where no learned ending keeps it and it is more common in the
    language that names the world's people and places in their nominative
    (``lemma_name_frequencies``) than every form the endings make of it: a foreign name that
    ends like a case form ("Ravi", "-i" of no Polish "Rava"), which no source writes
    otherwise. A case form of a foreign name is rarer there than its nominative ("Paula" of
    "Paul", "Angeli" of "Angela"). The score then weighs it like any other candidate."""
    if not choices or (0, "") in {(c, a) for c, a, _ in choices}:
        return []
    written = lemma_lexicon.foreign_zipf(word, word, lang)
    if written < FOREIGN_WRITTEN_MIN:
        return []
    if any(
        lemma_lexicon.foreign_zipf(apply_edit(word, (c, a)), word, lang) >= written for c, a, _ in choices
    ):
        return []
    return [(0, "", STEM_SHARE)]


FOREIGN_NOMINATIVE_MIN = 1.5  # zipf a foreign name's nominative has, at least, in the naming language
FOREIGN_NOMINATIVE_BONUS = 1.0  # ... where its case form, as written, is nowhere there


def _foreign_plural(word: str, choices: Choices, lang: str, etype: str) -> Choices:
    """A thing's foreign name in the plural ("<Model>y"), where the naming language writes the
    name less the ending and not the word as written: the cut joins the candidates with the
    share of a form the document must back (the learned endings seldom saw a plural name)."""
    if etype == "PER":
        return []
    known = {(cut, add) for cut, add, _ in choices}
    return [
        (len(e), "", STEM_SHARE)
        for e in _foreign_plural_endings(lang)
        if word.endswith(e)
        and (len(e), "") not in known
        and _foreign_nominative(word, word[: -len(e)], lang, etype)
    ]


@lru_cache(maxsize=64)
def _foreign_plural_endings(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_foreign_plural_endings")


def _foreign_nominative(word: str, form: str, lang: str, etype: str = "") -> bool:
    """Whether ``form`` is ``word`` less one of the language's case endings
    (``lemma_case_endings``), a name the language that names the world's firms and people in their
    nominative writes (``lemma_name_frequencies``), where the word as written is nowhere there and
    no word of the language's own list: a foreign name in a case ("Kommersanta", the genitives
    of names too rare for their frequency alone to outweigh the learned endings, which keep most
    words in "-a" as written). A thing's name (not a person's) may be in the plural too
    (``lemma_foreign_plural_endings``: Polish "kupuje <Model>y", buys <Model>s; audit round 36 N4)."""
    endings = lemma_paradigm.case_endings(lang)
    if etype != "PER":
        endings = (*endings, *_foreign_plural_endings(lang))
    if len(form) >= len(word) or not word.startswith(form) or word[len(form) :] not in endings:
        return False
    return (
        lemma_lexicon.foreign_zipf(form, word, lang) >= FOREIGN_NOMINATIVE_MIN
        and lemma_lexicon.foreign_zipf(word, word, lang) == 0.0
        and lemma_lexicon.name_frequencies(lang) != ""
        and lemma_lexicon.lemma(word, lang) is None
    )


@lru_cache(maxsize=64)
def _fleeting_vowels(lang: str) -> tuple[str, ...]:
    from storyline.names.parts import data_words

    return data_words(lang, "lemma_fleeting_vowels")


def _fleeting_vowel_share(
    word: str,
    listed: str,
    choices: Choices,
    lang: str,
    attested: Collection[str],
    place: Callable[[str], bool] | None = None,
) -> float | None:
    """The share of the ending that the word list's form cuts, where that form is the stem the
    ending leaves with a vowel put back between its last two consonants (Slovene "Prešerna" of a
    name in "-eren", "Kocjana" of one in "-jan" would be no such case): a fleeting vowel that
    the nominative has and its cases drop (``lemma_fleeting_vowels``). No learned ending can
    propose it, so the list's form would weigh only ``LEXICON_SHARE``; with the stem's share it
    weighs what the ending cut does. None where the list's form is no such stem, and where
    another form is one the document writes or, for a place (``place``: the name with the word
    in a form is a known place), one the gazetteers know and the list's is none (Czech "Osla"
    is Oslo's, not "osel")."""
    vowels = _fleeting_vowels(lang)
    low = listed.lower()
    if not vowels or low == word.lower():
        return None
    others = {apply_edit(word, (c, a)) for c, a, _ in choices} - {listed, word}
    if listed not in attested and any(o in attested for o in others):
        return None
    if place is not None and not place(listed) and any(place(o) for o in others):
        return None
    for cut, add, share in choices:
        if add or not cut:
            continue
        stem = word[:-cut].lower()
        if (
            len(stem) >= MIN_KEPT
            and stem[-1] not in _VOWEL_ENDINGS
            and stem[-2] not in _VOWEL_ENDINGS
            and any(low == stem[:-1] + v + stem[-1] for v in vowels)
        ):
            return share
    return None


STUB_ZIPF = 1.0  # zipf in the naming language under which a stub is no name anyone writes


def _silent_e(word: str, choices: Choices, lang: str, attested: Collection[str] = ()) -> Choices:
    """A foreign name whose nominative ends in a silent "-e" ("Hampshire", "Lincolnshire"): the
    language declines it as if it ended in the consonant before, its case ending in the "-e"'s
    place (Czech "Hampshiru", "Hampshirem"; ``lemma_silent_e_endings``), so cutting the ending
    leaves a stub no one writes ("Hampshir"). The stub with its "-e" back, where that is more
    common in the language that names the world's places in their nominative
    (``lemma_name_frequencies``), joins the candidates with the stub's share; the score then
    weighs both as usual. So does the stub with its "-e" where the document itself writes that
    form (a rare firm's name: "<Name>e Marketing" beside "od <Name>u"; audit round 36 N4)."""
    endings = lemma_given_e.silent_e_endings(lang)
    if not endings:
        return []
    low = word.lower()
    known = {(c, a) for c, a, _ in choices}
    out: Choices = []
    for cut, add, share in choices:
        if add or not cut or low[-cut:] not in endings or (cut, "e") in known:
            continue
        stub = apply_edit(word, (cut, add))
        if len(stub) < MIN_KEPT or stub[-1:].lower() in _VOWEL_ENDINGS:
            continue
        with_e = lemma_lexicon.foreign_zipf(stub + "e", word, lang)
        # the stub a name of its own there ("Tim" of "Tima" is no "Time"), or the word as written
        # ("Navarra" is no case of "Navarre"): no silent "-e" cut
        if stub + "e" in attested and stub not in attested:
            out.append((cut, "e", share))
            known.add((cut, "e"))
        elif (
            (with_e >= FOREIGN_WRITTEN_MIN or _silent_e_tail(stub, word, lang, with_e))
            and lemma_lexicon.foreign_zipf(stub, word, lang) < STUB_ZIPF
            and lemma_lexicon.foreign_zipf(word, word, lang) < STUB_ZIPF
        ):
            out.append((cut, "e", share))
            known.add((cut, "e"))
    return out


SILENT_E_TAIL = (4, 6)  # letters of a name's last part that may be a word of its own ("-shire")
SILENT_E_TAIL_GAIN = 1.0  # zipf that part gains with its "-e" over the stub's ("shire" over "shir")
RARE_NAME_ZIPF = 1.0  # a rare name as written is still written in the naming language


def _silent_e_tail(stub: str, word: str, lang: str, with_e: float) -> bool:
    """Whether a rare name (a surname too rare for ``FOREIGN_WRITTEN_MIN``: "Brokenshire") ends in
    a common word of the naming language that has the silent "-e" ("-shire", "-stone", "-more")
    and is much rarer without it: the stub's "-e" then comes back as it does for a common name."""
    if with_e < RARE_NAME_ZIPF:
        return False
    low = stub.lower() + "e"
    for n in range(SILENT_E_TAIL[0], SILENT_E_TAIL[1] + 1):
        if n >= len(low):
            break
        tail = lemma_lexicon.foreign_zipf(low[-n:], word, lang)
        bare = lemma_lexicon.foreign_zipf(low[-n:-1], word, lang)
        if tail >= lemma_lexicon.FOREIGN_WORD_ZIPF and tail - bare >= SILENT_E_TAIL_GAIN:
            return True
    return False


VOWEL_SHARE = (
    0.3  # a vowel nominative the document writes, beside the learned endings (the list's: STEM_SHARE)
)


@lru_cache(maxsize=64)  # read on every word: parsed once per language
def _vowel_case_rows(lang: str, key: str = "lemma_vowel_cases") -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((ending, tuple(vowels.split())) for ending, vowels in _pipe_rows(lang, key))


def _vowel_nominatives(
    word: str,
    choices: Choices,
    lang: str,
    attested: Collection[str],
    place: Callable[[str], bool] | None = None,
) -> Choices:
    """A foreign name whose nominative ends in a vowel takes its case ending in that vowel's
    place (Slovene "v Santa Feju" but "Montevidea", "Montevideu"; ``lemma_vowel_cases``): the
    word with the ending swapped back for a vowel, where the document writes that form, the
    word list holds it as the word's lemma or, for a place named by this one word (``place``),
    the gazetteers know that form as a place (Ukrainian "в Оренсі" of a town in "-е") — no
    learned ending of a consonant stem proposes it. An ending that is as often a feminine
    nominative's (Slovene genitive "-a" of "-o") swaps only to a place the gazetteers know
    (``lemma_place_vowel_cases``): the document's accusative "Britanijo" is no nominative."""
    low = word.lower()
    known = {(cut, add) for cut, add, _ in choices}
    out: Choices = []
    if place is not None:
        for ending, vowels in _vowel_case_rows(lang, "lemma_place_vowel_cases"):
            if low.endswith(ending) and len(word) - len(ending) >= MIN_KEPT:
                out += [
                    (len(ending), v, VOWEL_SHARE)
                    for v in vowels
                    if (len(ending), v) not in known and place(apply_edit(word, (len(ending), v)))
                ]
    for ending, vowels in _vowel_case_rows(lang):
        if not low.endswith(ending) or len(word) - len(ending) < MIN_KEPT:
            continue
        for vowel in vowels:
            form = apply_edit(word, (len(ending), vowel))
            if (len(ending), vowel) in known:
                continue
            if form in attested or place is not None and place(form):
                out.append((len(ending), vowel, VOWEL_SHARE))
            elif lemma_lexicon.lemma(word, lang) == form:
                out.append((len(ending), vowel, STEM_SHARE))
    return out


@lru_cache(maxsize=64)  # read on every word: parsed once per language
def _article_rows(lang: str) -> tuple[tuple[str, tuple[str, ...], str, str], ...]:
    return tuple(
        (row[0], tuple(row[1].split()), row[2], row[3] if len(row) > 3 else "")
        for row in _pipe_rows(lang, "lemma_article_stems")
    )


MIN_FULL_ARTICLE_ZIPF = 1.0  # the other noun's form with its full article is a word people write


def _articles_that_fit(word: str, choices: Choices, lang: str) -> Choices:
    """Edits that cut an article from a noun it cannot follow cut the article that noun takes
    instead (``lemma_article_stems``): Bulgarian "-та" follows a feminine noun ("-а", "-я",
    "-т"), so a word in "-[other]та" is a masculine noun in "-т" with its short article "-а".
    A word in "-ата" reads both ways; it is the masculine noun where that noun's form with its
    full article ("-ът") is a word the language's frequency list knows: no feminine noun in "-а"
    has one ("Сената": "сенатът", a senate, not "Сена" with "-та")."""
    low = word.lower()
    out = []
    for cut, add, share in choices:
        for article, follows, other, full in _article_rows(lang):
            stem = low[: len(low) - cut]
            if add or cut != len(article) or not low.endswith(article) or not low.endswith(other):
                continue
            if not stem.endswith(follows) or (
                full and lemma_lexicon.zipf(low[: -len(other)] + full, lang) >= MIN_FULL_ARTICLE_ZIPF
            ):
                cut = len(other)
        out.append((cut, add, share))
    return out


def _pooled(levels: list[Choices]) -> Choices:
    """Candidates from the few most specific keys, each level's shares halved after the first:
    a rare long ending proposes, a common shorter one may still win on frequency."""
    pooled: dict[Edit, float] = defaultdict(float)
    for depth, choices in enumerate(levels):
        for cut, add, share in choices:
            pooled[(cut, add)] += share / (2**depth)
    total = sum(pooled.values()) or 1.0
    return [(c, a, p / total) for (c, a), p in pooled.items()]


MIN_CITY = 5  # shorter city names are too often a cut word ("Cita" of "City")


@lru_cache(maxsize=64)
def _country_names(lang: str) -> frozenset[str]:
    """The names of the world's countries as the language writes them (ICU's display names)."""
    import icu

    own = icu.Locale(lang)
    return frozenset(icu.Locale("", code).getDisplayCountry(own) for code in icu.Locale.getISOCountries())


def _country(form: str, lang: str) -> bool:
    return form in _country_names(lang)


CASE_TAIL = 3  # letters a case ending may replace at a word's end ("Spojen|ým" → "Spojen|é")
MIN_STEM = 4  # letters a word and the country name's word share at least


def _country_in_a_case(surface: str, lang: str) -> str | None:
    """A country's name of several words in another case, or its first words ("Združenih državah
    Amerike", "Spojeným státům", "Združenih državah"): the name as the language writes it (ICU),
    each word the mention writes unchanged but for its letters' case kept. The word list reads
    such a plural name's words one by one, as singulars of their own ("Spojený stát"); the
    country's name is the one reading that agrees. None unless exactly one country fits."""
    words = surface.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    found = set()
    for name in _countries_by_start(lang).get(words[0].casefold()[:MIN_STEM], ()):
        own = name.split()
        if len(own) < len(words) or not all(_same_stem(w, o) for w, o in zip(words, own, strict=False)):
            continue
        found.add(
            " ".join(w if w.casefold() == o.casefold() else o for w, o in zip(words, own, strict=False))
        )
    return found.pop() if len(found) == 1 else None


def _country_s_case(word: str, lang: str) -> str | None:
    """The one-word country's name (as the language writes it) that ``word`` is another case of
    ("Irsko", the Slovene accusative of "Irska"), where exactly one fits; else None."""
    if not word[:1].isupper() or _country(word, lang):
        return None
    found = {c for c in _one_word_countries(lang).get(word.casefold()[:MIN_STEM], ()) if _same_stem(word, c)}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=64)
def _one_word_countries(lang: str) -> dict[str, tuple[str, ...]]:
    """The language's one-word country names by their first ``MIN_STEM`` letters."""
    table: dict[str, list[str]] = defaultdict(list)
    for name in _country_names(lang):
        if " " not in name:
            table[name.casefold()[:MIN_STEM]].append(name)
    return {k: tuple(sorted(v)) for k, v in table.items()}


@lru_cache(maxsize=64)
def _countries_by_start(lang: str) -> dict[str, tuple[str, ...]]:
    """The language's country names of several words by their first word's first ``MIN_STEM``
    letters, which a case form shares (asked for every place's mention of several words)."""
    table: dict[str, list[str]] = defaultdict(list)
    for name in _country_names(lang):
        if " " in name:
            table[name.split()[0].casefold()[:MIN_STEM]].append(name)
    return {k: tuple(sorted(v)) for k, v in table.items()}


def _same_stem(word: str, own: str) -> bool:
    """The same word in another case: they share all but the last few letters."""
    a, b = word.casefold(), own.casefold()
    shared = len(os.path.commonprefix([a, b]))
    return shared >= MIN_STEM and len(a) - shared <= CASE_TAIL and len(b) - shared <= CASE_TAIL


def _indeclinable_place(word: str, choices: Choices, lang: str, attested: Collection[str]) -> bool:
    """A place the gazetteers know as written ("Iasi", the Romanian town in plain letters) whose
    every other form the learned endings make is no place, no word of the language or of the
    language that names the world's places, and nowhere in the document ("Iase"): a foreign name
    that ends like a case form but declines none (its "-i" is no Czech dative of a noun in "-e"),
    so its nominative is as written. A place's case whose nominative is known stays a case."""
    if not word[:1].isupper() or place_key(word) is None:
        return False
    forms = {apply_edit(word, (cut, add)) for cut, add, _ in choices} - {word}
    return bool(forms) and not any(
        place_key(form)
        or form in attested
        or lemma_lexicon.zipf(form.lower(), lang) > 0
        or lemma_lexicon.foreign_zipf(form, word, lang) > 0
        for form in forms
    )


def _city_as_written(word: str) -> bool:
    """The word is, letter for letter, the own name of a city of the gazetteer (not one of its
    alternate names): a place's name, whatever inflected native word the word list reads in it
    (a plural of a Czech noun may spell a French town)."""
    hit = cities().get(fold(word))
    return hit is not None and hit[1] == word


@lru_cache(maxsize=64)
def _place_ending_swaps(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(
        (ending, tuple(others.split())) for ending, others in _pipe_rows(lang, "lemma_place_ending_swaps")
    )


def _neighbour_s_place(out: list[str], lang: str) -> list[str]:
    """A place's name of several words the gazetteers do not know as the endings made it, whose
    last word with its ending swapped (``lemma_place_ending_swaps``) they know: a place of a
    neighbouring language whose nominative ends as this language's oblique case does ("…
    Bystrica" in Czech, whose "-ice" nominatives make the endings read "-ice" as the base)."""
    last = out[-1]
    for ending, others in _place_ending_swaps(lang):
        if not last.endswith(ending):
            continue
        for other in others:
            swapped = [*out[:-1], last[: len(last) - len(ending)] + other]
            if _known_place(" ".join(swapped)):
                return swapped
    return out


def _known_place(form: str) -> bool:
    key = place_key(form)
    return bool(key) and (key.startswith("country:") or len(form) >= MIN_CITY)  # type: ignore[union-attr]


def _score(
    form: str, choices: Choices, word: str, lang: str, attested: Collection[str], place: bool = False
) -> float:
    share = sum(p for cut, add, p in choices if apply_edit(word, (cut, add)) == form)
    bonus = ATTESTED_BONUS if form != word and form in attested else 0.0
    if place and _known_place(
        form
    ):  # a one-word place: the gazetteers know its nominative (Berlíně → Berlín)
        bonus += PLACE_BONUS
    return (
        math.log(share)
        + FREQ_WEIGHT * lemma_lexicon.zipf(form.lower(), lang)
        + FOREIGN_WEIGHT * lemma_lexicon.foreign_zipf(form, word, lang)
        + bonus
    )


def train(docs: Iterable[dict[str, Any]]) -> dict[str, list[tuple[Any, str, float]]]:
    """The table as saved: key → [(the letters cut, or the quote flag's int; add; share)]."""
    counts: dict[str, Counter[tuple[Any, str]]] = defaultdict(Counter)
    for doc in docs:
        lang = doc["lang"]
        for _s, _e, surface, base, etype, _id in doc["mentions"]:
            if _strip_quotes(surface) != surface.strip():
                counts[f"q|{lang}"][(int(_strip_quotes(base) != base.strip()), "")] += 1
            st, bt = _strip_quotes(surface).split(), _strip_quotes(base).split()
            if len(st) != len(bt):
                continue
            pairs = [(_letters(a), _letters(b)) for a, b in zip(st, bt, strict=True)]
            if any(p is None or q is None or p[1] != q[1] for p, q in pairs):
                continue  # only words whose tails ("-19") agree teach an ending
            words = [p[0] for p, _ in pairs]  # type: ignore[index]
            for i in range(len(pairs) - 1):
                if pairs[i + 1][0][0].lower() == pairs[i + 1][1][0].lower():  # type: ignore[index]
                    kept = int(pairs[i][0][0].lower() == pairs[i][1][0].lower())  # type: ignore[index]
                    low = words[i].lower()
                    for k in range(AGREE_SUFFIX, 0, -1):
                        if len(low) > k:
                            counts[f"n|{lang}|{etype}|{low[-k:]}"][(kept, "")] += 1
            for i, (p, q) in enumerate(pairs):
                cut, add = edit_script(p[0], q[0])  # type: ignore[index]
                gone = p[0][len(p[0]) - cut :].lower() if cut else ""  # type: ignore[index]
                for key, _k in _keys(words, i, lang, etype):
                    counts[key][(gone, add)] += 1
    table: dict[str, list[tuple[Any, str, float]]] = {}
    for key, edits in counts.items():
        total = sum(edits.values())
        if total < MIN_COUNT:
            continue
        table[key] = [
            (c, a, round(n / total, 3))
            for (c, a), n in edits.most_common(TOP_EDITS)
            if n / total >= MIN_SHARE
        ]
    return table


def main() -> None:
    from storyline.ner.data import read_jsonl

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("-o", "--out", type=Path, required=True)
    parser.add_argument("--exclude-topic", action="append", default=[])
    args = parser.parse_args()
    table = train(d for d in read_jsonl(args.files) if d.get("topic") not in set(args.exclude_topic))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.out, "wt", encoding="utf-8") as fh:
        json.dump(table, fh, ensure_ascii=False, separators=(",", ":"))
    print({"keys": len(table), "size_kb": args.out.stat().st_size // 1024})


if __name__ == "__main__":
    main()
