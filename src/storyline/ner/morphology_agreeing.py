"""Words after a name's first word that agree with it in case (Russian and Ukrainian).

Three shapes the dictionary reads with certainty, where the learned endings of single words go
wrong:
- a head noun followed by capitalised adjectives in its case, number and gender ("Ростове
  Великом", "Новгорода Северского"): the adjective is the name's own word after its noun and goes
  to the nominative with it ("Ростов Великий"), where a complement after a head keeps its case;
- a capitalised adjective after a man's given name in a case ("Петра Великого"), an epithet or
  an adjectival surname: the nominative in his gender ("Пётр Великий");
- a man's surname of the "-а" declension after his given name in a case, that the dictionary
  knows as such a noun ("Анджея Дуды" → "Анджей Дуда"): the case ending is none a consonant
  surname takes, so the given name's lost ending does not find it.

The functions take pymorphy3's parses and return base forms; ``morphology`` calls them.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

MODIFIER_POS = ("ADJF", "PRTF")
NAME_TAGS = frozenset({"Surn", "Patr", "Name"})
A_DECLENSION = ("а", "я")  # nominative endings of the declension a man's surname in "-а" follows


def recase(original: str, lemma: str) -> str:
    """``lemma`` written with ``original``'s capital."""
    if "ё" in lemma and "ё" not in original.lower():
        lemma = lemma.replace("ё", "е")  # the dictionary writes "ё" where most texts write "е"
    return lemma[:1].upper() + lemma[1:] if original[:1].isupper() else lemma


def _agreeing(analyzer: Any, word: str, tag: Any) -> Any:
    """``word``'s likeliest reading as an adjective or participle in ``tag``'s case, number and
    (in the singular) gender; None if it has none."""
    readings = [
        q
        for q in analyzer.parse(word)
        if q.tag.POS in MODIFIER_POS
        and q.tag.case == tag.case
        and q.tag.number == tag.number
        and (tag.number == "plur" or q.tag.gender == tag.gender)
    ]
    return max(readings, key=lambda q: q.score, default=None)


def _nominative(parse: Any, tag: Any) -> str | None:
    """``parse`` (an adjective) in the nominative of ``tag``'s number and gender."""
    number = {tag.number} if tag.number else set()
    gender = {tag.gender} if tag.number != "plur" and tag.gender else set()
    form = parse.inflect({"nomn"} | number | gender)
    return form.word if form is not None else None


def _capitalised_word(word: str) -> bool:
    return word[:1].isupper() and word.isalpha() and not word.isupper()


def head_then_adjectives(analyzer: Any, words: list[str]) -> dict[int, str] | None:
    """A head noun in an oblique case followed only by capitalised adjectives that agree with
    it ("Ростове Великом"): every word in the nominative; None for any other shape. A noun that
    is a personal name is left to the person's rules."""
    if len(words) < 2 or not all(_capitalised_word(w) for w in words[1:]):
        return None
    if not analyzer.word_is_known(words[0].lower()):
        return None
    best = None
    for noun in analyzer.parse(words[0]):
        if noun.tag.POS != "NOUN" or noun.tag.case in (None, "nomn") or NAME_TAGS & set(noun.tag.grammemes):
            continue
        mods = [_agreeing(analyzer, w, noun.tag) for w in words[1:]]
        if all(mods) and (best is None or noun.score > best[0].score):
            best = (noun, mods)
    if best is None:
        return None
    noun, mods = best
    number = {noun.tag.number} if noun.tag.number else set()
    head = noun.inflect({"nomn"} | number)
    forms = [_nominative(m, noun.tag) for m in mods]
    if head is None or not all(forms):
        return None
    return {
        0: recase(words[0], head.word),
        **{i: recase(w, f) for i, (w, f) in enumerate(zip(words[1:], forms, strict=True), 1) if f},
    }


def epithet_after_given(analyzer: Any, word: str, given: Any) -> str | None:
    """A capitalised adjective after a given name read as ``given`` (a case, number and gender),
    in that case: its nominative in the given name's gender ("Великого" → "Великий")."""
    if not _capitalised_word(word):
        return None
    reading = _agreeing(analyzer, word, given)
    form = _nominative(reading, given) if reading is not None else None
    return recase(word, form) if form else None


def a_declension_surname(analyzer: Any, word: str, given: Any) -> str | None:
    """A man's surname after his given name read as ``given`` (an oblique case), which the
    dictionary knows as a noun of the "-а" declension in that case ("Дуды" of "дуда"): its
    nominative. Only a word the dictionary knows: a foreign surname it guesses at ("Лири",
    "Барклі") is often indeclinable."""
    if given.gender != "masc" or given.case in (None, "nomn") or not _capitalised_word(word):
        return None
    if not analyzer.word_is_known(word.lower()):
        return None
    for q in analyzer.parse(word):
        if (
            q.tag.POS == "NOUN"
            and q.tag.case == given.case
            and q.tag.number in (None, "sing")
            and q.normal_form.endswith(A_DECLENSION)
            and "Fixd" not in q.tag.grammemes
        ):
            return recase(word, q.normal_form)
    return None


def mans_nominative_only(readings: list[Any], first: str) -> bool:
    """Whether a given name reads only as a man's nominative and ends in a consonant: its other
    cases would show an ending ("Себастьяна"), so the names after it are in the nominative as
    written, a surname in "-а" too ("Себастьян Пиньера"). A given name in a vowel ("Джереми")
    declines in no case and says nothing."""
    return (
        bool(readings)
        and all(p.tag.case == "nomn" and p.tag.gender == "masc" for p in readings)
        and first[-1:].lower() not in "аеёиоуыэюяіїєь'’ʼ"
    )


def stem_written(surname: str, attested: Collection[str]) -> bool:
    """Whether the document writes ``surname`` without its last vowel as a word of its own
    ("Лохер" beside "Лохера"): then that vowel is a case ending, whatever the given name's form
    (a text may write "Мартін Лохера" for his genitive)."""
    return surname[-1:].lower() in A_DECLENSION and surname[:-1] in attested
