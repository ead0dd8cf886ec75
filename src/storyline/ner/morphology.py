"""Dictionary morphology (pymorphy3) for the languages it has dictionaries for (ru, uk):
the nominative of a known word, and how much of a mention is its head phrase.

In "Всемирной организации здравоохранения" only the head ("Всемирной организации") is put in the
nominative; the complement keeps its case. Words the dictionary does not know (most foreign
surnames) are left to the learned edit scripts in ``lemma``.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache, lru_cache

MODIFIER_POS = ("ADJF", "PRTF")  # adjectives and participles ("Соединённых Штатов") agree with a noun
_TYPE_TAGS = {"PER": {"Name", "Surn", "Patr"}, "LOC": {"Geox"}, "ORG": {"Orgn"}}


def _letters_without_names_are_not_latin() -> None:
    """pymorphy3 tells Latin letters by their Unicode name, and letters Python has no name for
    (Tangut, Khitan …) made every parse of a word holding one raise ValueError, so one such
    character failed a whole document's analysis (found by fuzzing). Every MorphAnalyzer of
    the process, the analysers' included, goes through this one function."""
    import pymorphy3.shapes as shapes

    if getattr(shapes.is_latin_char, "storyline_safe", False):
        return
    original = shapes.is_latin_char

    def is_latin_char(uchr: str) -> bool:
        try:
            return original(uchr)
        except ValueError:
            return False

    is_latin_char.storyline_safe = True  # type: ignore[attr-defined]
    shapes.is_latin_char = is_latin_char


_letters_without_names_are_not_latin()


class Morphology:
    def __init__(self, lang: str) -> None:
        import pymorphy3

        self.analyzer = pymorphy3.MorphAnalyzer(lang=lang)

    @lru_cache(maxsize=100_000)  # noqa: B019 - one instance per language, kept for the process
    def _parse(self, word: str, etype: str):  # noqa: ANN202 - pymorphy's Parse
        if not self.analyzer.word_is_known(word.lower()):
            return None
        parses = [p for p in self.analyzer.parse(word) if p.tag.POS in ("NOUN", "ADJF")]
        if not parses:
            return None
        wanted = _TYPE_TAGS.get(etype, set())
        return next((p for p in parses if wanted & set(p.tag.grammemes)), parses[0])

    def head_length(self, tokens: list[str], etype: str) -> int:
        """Tokens up to and including the first noun (all of them for a person's name)."""
        if etype == "PER":
            return len(tokens)
        for i, tok in enumerate(tokens):
            p = self._parse(tok, etype)
            if p is None and self._modifies_noun(tokens, i):
                continue  # an adjective the dictionary does not know ("Мангистауской области")
            if p is None or p.tag.POS == "NOUN":
                return i + 1
        return len(tokens)

    def _modifies_noun(self, tokens: list[str], i: int) -> bool:
        """Token ``i`` agrees with the noun after the known adjectives that follow it."""
        j = i + 1
        while j < len(tokens) and (q := self._parse(tokens[j], "")) is not None and q.tag.POS == "ADJF":
            j += 1
        return j < len(tokens) and self._agreeing_noun(tokens[i], tokens[j]) is not None

    def _agreeing_noun(self, adjective: str, noun: str):  # noqa: ANN202 - pymorphy's Parse
        """The reading of ``noun`` (a word the dictionary knows) that an adjectival reading of
        ``adjective`` agrees with in case, number and, in the singular, gender; None if none."""
        if not self.analyzer.word_is_known(noun.lower()):
            return None
        adjs = [q.tag for q in self.analyzer.parse(adjective) if q.tag.POS in MODIFIER_POS]
        for n in self.analyzer.parse(noun):
            if n.tag.POS != "NOUN":
                continue
            for a in adjs:
                if (
                    a.case == n.tag.case
                    and a.number == n.tag.number
                    and (a.number == "plur" or a.gender == n.tag.gender)
                ):
                    return n
        return None

    def head_nominative(self, modifiers: list[str], head: str) -> str | None:
        """The head noun in the nominative when the adjectives before it show its case: in
        "Краснодарского края" the adjective cannot be nominative, so "края" is the genitive
        singular of "край", not its nominative plural. None when they do not tell."""
        if not modifiers or not self.analyzer.word_is_known(head.lower()):
            return None
        last = modifiers[-1]
        if not self._modifies_noun([last, head], 0):
            return None
        if any(q.tag.POS in MODIFIER_POS and q.tag.case == "nomn" for q in self.analyzer.parse(last)):
            return None
        reading = self._agreeing_noun(last, head)
        if reading is None or reading.tag.case == "nomn":
            return None
        form = reading.inflect({"nomn"} | ({reading.tag.number} if reading.tag.number else set()))
        return _recase(head, form.word) if form is not None else None

    def knows(self, word: str) -> bool:
        return bool(self.analyzer.word_is_known(word.lower()))

    def guesses(self, word: str) -> list[tuple[str, float]]:
        """For a word the dictionary does not know: the nominatives its guesser proposes (from
        words that end alike), with their scores — candidates, not answers."""
        if self.analyzer.word_is_known(word.lower()):
            return []
        return _guess_forms(self.analyzer, word)

    def head_grammemes(self, tokens: list[str], etype: str) -> set[str]:
        """Gender and number of the head noun, which the adjectives before it agree with."""
        for tok in tokens:
            p = self._parse(tok, etype)
            if p is not None and p.tag.POS == "NOUN":
                return {g for g in (p.tag.gender, p.tag.number) if g}
        return set()

    def nominative(
        self, word: str, etype: str, agree: frozenset[str] = frozenset(), attested: Collection[str] = ()
    ) -> str | None:
        """The word in the nominative when the dictionary is sure enough, the word itself when
        it may already be nominative, None when the dictionary cannot tell (unknown words, and
        foreign names it only knows as something else). When one reading's nominative is written
        elsewhere in the document (``attested``), it wins: "Алиева" beside "Алиев" is his genitive,
        not a woman's name."""
        p = self._parse(word, etype)
        if p is None:
            return None
        readings = [q for q in self.analyzer.parse(word) if q.tag.POS in ("NOUN", "ADJF")]
        if etype == "LOC" and (own := [q for q in readings if "Geox" in q.tag.grammemes]):
            readings = own  # a place's readings as a place: "Оклахомы" is no one's plural name
        if attested:
            for q in readings:
                form = q.inflect({"nomn"})
                if form is not None and (other := _recase(word, form.word)) != word and other in attested:
                    return other
        if any(q.tag.case == "nomn" and not _proper_plural(q) for q in readings):
            return word
        # unsure, unless every reading of a place has the same nominative (Небраске: dative or locative)
        if p.score <= 0.5 and not (etype == "LOC" and len({q.normal_form for q in readings}) == 1):
            return None
        form = p.inflect({"nomn", *agree}) if p.tag.POS == "ADJF" and agree else None
        form = form or p.inflect({"nomn"})
        if form is None:
            return None
        return _recase(word, form.word)


GUESS_POS = ("NOUN", "ADJF")
PROPER = frozenset({"Geox", "Name", "Surn", "Patr"})


def _proper_plural(parse) -> bool:  # noqa: ANN001 - pymorphy's Parse
    """A place's or a person's name read as a nominative plural: "Пенсильвании" is the oblique
    singular of a state, not "the Pennsylvanias", whatever reading the dictionary also lists."""
    grammemes = set(parse.tag.grammemes)  # a plural-only name (Афины, Филиппины) is plural
    return parse.tag.number == "plur" and bool(PROPER & grammemes) and "Pltm" not in grammemes


def _guess_forms(analyzer, word: str) -> list[tuple[str, float]]:  # noqa: ANN001 - pymorphy's analyzer
    out: dict[str, float] = {}
    for p in analyzer.parse(word):
        if p.tag.POS in GUESS_POS and (form := p.inflect({"nomn"})) is not None:
            key = _recase(word, form.word)
            out[key] = out.get(key, 0.0) + p.score
    return sorted(out.items(), key=lambda kv: -kv[1])


def _recase(original: str, lemma: str) -> str:
    if original.isupper() and len(original) > 1:
        return lemma.upper()
    if original[:1].isupper():
        return lemma[:1].upper() + lemma[1:]
    return lemma


@cache
def for_lang(lang: str) -> Morphology | None:
    return Morphology(lang) if lang in ("ru", "uk") else None
