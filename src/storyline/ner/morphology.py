"""Dictionary morphology (pymorphy3) for the languages it has dictionaries for (ru, uk):
the nominative of a known word, and how much of a mention is its head phrase.

In "Всемирной организации здравоохранения" only the head ("Всемирной организации") is put in the
nominative; the complement keeps its case. Words the dictionary does not know (most foreign
surnames) are left to the learned edit scripts in ``lemma``.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache, lru_cache

from storyline.names.given import given_name
from storyline.ner import lemma_lexicon, morphology_agreeing, morphology_shared

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

        from storyline.names.parts import entity_data

        self.lang = lang
        self.analyzer = pymorphy3.MorphAnalyzer(lang=lang)
        # endings of one case that a surname may show where a given name shows another ("-ом", "-ем")
        groups = entity_data(lang).get("lemma_case_ending_groups", [])
        self.case_endings = tuple(frozenset(g.lower().split()) for g in groups)

    @lru_cache(maxsize=100_000)  # noqa: B019 - one instance per language, kept for the process
    def _parse(self, word: str, etype: str):  # noqa: ANN202 - pymorphy's Parse
        if not self.analyzer.word_is_known(word.lower()):
            return None
        parses = [p for p in self.analyzer.parse(word) if p.tag.POS in ("NOUN", "ADJF")]
        if not parses:
            return None
        wanted = _TYPE_TAGS.get(etype, set())
        # readings of equal score (the Ukrainian dictionary scores all alike) as the first part
        # of speech go to the more common word: "Раду" is "рада" (a council) far more often than
        # "рад" (a unit); the part of speech stays the dictionary's ("Лівії" is no "лівий")
        likeliest = max(
            (p for p in parses if p.tag.POS == parses[0].tag.POS),
            key=lambda p: (p.score, lemma_lexicon.zipf(p.normal_form, self.lang)),
        )
        return next((p for p in parses if wanted & set(p.tag.grammemes)), likeliest)

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

    def singular_nominative(self, word: str) -> str | None:
        """A known noun in the nominative singular of its likeliest reading (None for a word the
        dictionary does not know, or whose likeliest reading is no singular noun)."""
        if not self.analyzer.word_is_known(word.lower()):
            return None
        best = self.analyzer.parse(word)[0]
        if best.tag.POS != "NOUN" or best.tag.number != "sing":
            return None
        form = best.inflect({"nomn", "sing"})
        return _recase(word, form.word) if form is not None else None

    def prepositional_only(self, word: str) -> str | None:
        """The nominative singular of a known noun every reading of which is in the prepositional
        case ("холле" of "холл"), else None: that case stands only after a preposition, so a
        word in it after a name's head is no complement of the head but the name's own last
        word in the mention's case (a foreign name that declines at its end)."""
        if not self.analyzer.word_is_known(word.lower()):
            return None
        readings = self.analyzer.parse(word)
        if not readings or any(q.tag.POS != "NOUN" or q.tag.case not in ("loct", "loc2") for q in readings):
            return None
        form = readings[0].inflect({"nomn", "sing"})
        return _recase(word, form.word) if form is not None else None

    def prepositional_modifier(self, word: str) -> bool:
        """Whether the dictionary reads the word as an adjective or participle in the prepositional
        case ("автономном"): the noun after it is its own, in that case, and the head's."""
        return any(
            q.tag.POS in MODIFIER_POS and q.tag.case in ("loct", "loc2") for q in self.analyzer.parse(word)
        )

    def adjective_lemma(self, word: str) -> str | None:
        """A known adjective's dictionary form, the masculine nominative singular, where the
        dictionary's likeliest reading of the word is an adjective; None otherwise."""
        if not self.analyzer.word_is_known(word.lower()):
            return None
        best = self.analyzer.parse(word)[0]
        if best.tag.POS != "ADJF":
            return None
        form = best.inflect({"nomn", "sing", "masc"})
        return _recase(word, form.word) if form is not None else None

    def unparsed(self, word: str) -> bool:
        """Whether neither the dictionary nor its guesser reads the word as any part of speech."""
        return all(p.tag.POS is None for p in self.analyzer.parse(word))

    def knows(self, word: str) -> bool:
        return bool(self.analyzer.word_is_known(word.lower()))

    def adjective_compound(self, compound: str) -> bool:
        """Whether a hyphenated word the dictionary lacks ends in a word it reads as an adjective
        ("Синьцзян-Уйгурском"): the first parts stay as written and the last declines, so the
        compound is one adjective that agrees with its noun ("… автономном районе")."""
        first, _, last = compound.rpartition("-")
        return bool(first) and self.knows(last) and self.analyzer.parse(last.lower())[0].tag.POS == "ADJF"

    def guesses(self, word: str) -> list[tuple[str, float]]:
        """For a word the dictionary does not know: the nominatives its guesser proposes (from
        words that end alike), with their scores — candidates, not answers."""
        if self.analyzer.word_is_known(word.lower()):
            return []
        return _guess_forms(self.analyzer, word)

    def soft_stem(self, word: str) -> tuple[str, frozenset[str]] | None:
        """For a word the dictionary does not know, whose oblique ending leaves a stem that the
        guesser reads as soft: that stem with the soft sign (``lemma_soft_stems``: the sign and
        the pairs of a nominative's vowel and its oblique cases' one, "і:е", that the language's
        own nouns alternate and a foreign name does not: "…мінь"/"…мені" is "…мень"/"…мені" in
        a foreign place), and the readings it stands for (the hard stem, the alternate vowel's),
        in small letters. The soft reading must outweigh the hard stem's, from the words of the
        dictionary that end alike; None elsewhere."""
        sign, pairs = _soft_stems(self.lang)
        if not sign or self.analyzer.word_is_known(word.lower()):
            return None
        guesses = [(g.lower(), p) for g, p in _guess_forms(self.analyzer, word)]
        low = word.lower()
        top = max((p for _, p in guesses), default=0.0)
        for cut in range(1, 4):
            stem = low[:-cut]
            if len(stem) < 3 or stem.endswith(sign):
                continue
            soft = stem + sign
            soft_weight = sum(p for g, p in guesses if _alternate(g, soft, pairs))
            hard_weight = sum(p for g, p in guesses if g == stem)
            if soft_weight > hard_weight and soft_weight >= top:
                others = {g for g, _ in guesses if g != soft and _alternate(g, soft, pairs)}
                return _recase(word, soft), frozenset({stem, *others})
        return None

    def head_grammemes(self, tokens: list[str], etype: str) -> set[str]:
        """Gender and number of the head noun, which the adjectives before it agree with."""
        for tok in tokens:
            p = self._parse(tok, etype)
            if p is not None and p.tag.POS == "NOUN":
                return {g for g in (p.tag.gender, p.tag.number) if g}
        return set()

    def nominative(
        self,
        word: str,
        etype: str,
        agree: frozenset[str] = frozenset(),
        attested: Collection[str] = (),
        alone: bool = False,
    ) -> str | None:
        """The word in the nominative when the dictionary is sure enough, the word itself when
        it may already be nominative, None when the dictionary cannot tell (unknown words, and
        foreign names it only knows as something else). When one reading's nominative is written
        elsewhere in the document (``attested``), it wins: "Алиева" beside "Алиев" is his genitive,
        not a woman's name. ``alone``: the word is the whole name."""
        p = self._parse(word, etype)
        if p is None:
            return None
        if alone and etype == "LOC" and p.tag.POS == "ADJF":
            p = _place_noun(self.analyzer.parse(word)) or p
        readings = [q for q in self.analyzer.parse(word) if q.tag.POS in ("NOUN", "ADJF")]
        if etype == "LOC" and (own := [q for q in readings if "Geox" in q.tag.grammemes]):
            readings = own  # a place's readings as a place: "Оклахомы" is no one's plural name
        if attested:
            for q in readings:
                form = q.inflect({"nomn"})
                if form is not None and (other := _recase(word, form.word)) != word and other in attested:
                    return other
        if any(
            q.tag.case == "nomn" and not _proper_plural(q) and not _possessive_plural(q, readings)
            for q in readings
        ):
            return word
        if p.normal_form == word.lower() and p.tag.number != "plur":
            return word  # its own dictionary form, in a reading that shows no case ("Порадник")
        # unsure, unless every reading of a place has the same nominative (Небраске: dative or
        # locative), or the dictionary reads the word only as one given name in the singular and
        # lists of first names know its nominative ("Терезе"; "Асия" is no man's "Асий")
        one_form = len({q.normal_form for q in readings}) == 1
        given = one_form and all("Name" in q.tag.grammemes and q.tag.number == "sing" for q in readings)
        if p.score <= 0.5 and not (
            one_form and etype == "LOC" or etype == "PER" and given and given_name(p.normal_form)
        ):
            return None
        form = _inflected(p, {"nomn", *agree}) if p.tag.POS == "ADJF" and agree else None
        form = form or p.inflect({"nomn"})
        if form is None:
            return None
        return _recase(word, form.word)


@cache
def _soft_stems(lang: str) -> tuple[str, frozenset[tuple[str, str]]]:
    from storyline.names.parts import data_words

    words = data_words(lang, "lemma_soft_stems")
    if not words:
        return "", frozenset()
    pairs = frozenset(tuple(w.split(":", 1)) for w in words[1:] if ":" in w)
    return words[0], pairs  # type: ignore[return-value]


def _alternate(guess: str, soft: str, pairs: frozenset[tuple[str, str]]) -> bool:
    """Whether ``guess`` is ``soft``, or ``soft`` with one vowel in the nominative's alternate
    (the guesser's "вашмінь" for a foreign "вашмень")."""
    if guess == soft:
        return True
    if len(guess) != len(soft):
        return False
    diff = [(a, b) for a, b in zip(guess, soft, strict=True) if a != b]
    return len(diff) == 1 and diff[0] in pairs


def _place_noun(parses: list):  # noqa: ANN202 - pymorphy's Parse
    """The reading of an adjective-like word as the one noun a place named by it alone is: a
    town that declines like an adjective may be a neuter noun ("Вилкового" is the town
    "Вилкове", not the masculine "вилковий"). None where the dictionary lists no such noun (ru
    "Первомайского" keeps its masculine) or nouns of two genders ("Кропивницького": a city
    "Кропивницький" and a village "Кропивницьке" alike — the masculine stays)."""
    nouns = [q for q in parses if q.tag.POS == "NOUN" and not PERSON & set(q.tag.grammemes)]
    return nouns[0] if len({q.normal_form for q in nouns}) == 1 else None


GUESS_POS = ("NOUN", "ADJF")
PROPER = frozenset({"Geox", "Name", "Surn", "Patr"})
PERSON = frozenset({"Name", "Surn", "Patr"})


def _proper_plural(parse) -> bool:  # noqa: ANN001 - pymorphy's Parse
    """A place's or a person's name read as a nominative plural: "Пенсильвании" is the oblique
    singular of a state, not "the Pennsylvanias", whatever reading the dictionary also lists."""
    grammemes = set(parse.tag.grammemes)  # a plural-only name (Афины, Филиппины) is plural
    return parse.tag.number == "plur" and bool(PROPER & grammemes) and "Pltm" not in grammemes


def _possessive_plural(parse, readings: list) -> bool:  # noqa: ANN001 - pymorphy's Parse
    """An adjective's plural nominative beside readings of the word as one singular noun's
    oblique case: "Донеччині" is the locative of the region "Донеччина", and only by the letter
    the plural of the possessive adjective the dictionary makes of it ("донеччин")."""
    nouns = [q for q in readings if q.tag.POS == "NOUN"]
    return (
        parse.tag.POS == "ADJF"
        and parse.tag.number == "plur"
        and bool(nouns)
        and all(q.tag.number != "plur" and q.tag.case != "nomn" for q in nouns)
    )


def _guess_forms(analyzer, word: str) -> list[tuple[str, float]]:  # noqa: ANN001 - pymorphy's analyzer
    out: dict[str, float] = {}
    for p in analyzer.parse(word):
        if p.tag.POS in GUESS_POS and (form := p.inflect({"nomn"})) is not None:
            key = _recase(word, form.word)
            out[key] = out.get(key, 0.0) + p.score
    return sorted(out.items(), key=lambda kv: -kv[1])


def _recase(original: str, lemma: str) -> str:
    if "ё" in lemma and "ё" not in original.lower():
        lemma = lemma.replace("ё", "е")  # the dictionary writes "ё" where most texts write "е"
    if original.isupper() and len(original) > 1:
        return lemma.upper()
    if original[:1].isupper():
        lemma = lemma[:1].upper() + lemma[1:]
    written, parts = original.split("-"), lemma.split("-")
    if len(written) == len(parts) > 1:  # each part of a compound as written: "Нью-Йорк", "мРНК-вакцина"
        lemma = "-".join(_part_as_written(w, p) for w, p in zip(written, parts, strict=True))
    return lemma


def _part_as_written(written: str, part: str) -> str:
    if part.lower() == written.lower():
        return written
    return part[:1].upper() + part[1:] if written[:1].isupper() else part


@cache
def for_lang(lang: str) -> Morphology | None:
    return Morphology(lang) if lang in ("ru", "uk") else None


# --- a multiword name as a unit: its head noun and the words that agree with it ---------------

Phrase = dict[int, str]  # the base forms of the words a dictionary decided, by position
NAME_TAGS = frozenset({"Surn", "Patr", "Name"})
GENDER_LETTER = {"masc": "m", "femn": "f"}
MIN_STEM = 3  # letters a surname keeps when it loses a case ending


def phrase_nominative(
    morph: Morphology, words: list[str], etype: str, attested: Collection[str] = ()
) -> tuple[Phrase, int] | None:
    """The base forms of the words of a multiword name that the dictionary can put in the
    nominative as one unit, and the length of its head phrase (the words after it are
    complements that keep their case); None where it cannot tell. ``attested``: the words of
    the name's document."""
    if etype == "PER":
        if len(words) < 2 or not all(w[:1].isalpha() for w in words):
            return None
        person = person_nominative(morph, words, attested)
        return (person, len(words)) if person else None
    # the words before a number, a bracket or a dash ("… промисловості (BDI)", "… поток — 2"):
    # what follows them is no part of the head phrase and keeps its form
    k = next((i for i, w in enumerate(words) if not w[:1].isalpha()), len(words))
    if k < 2:
        return None
    if k == len(words) and (after := morphology_agreeing.head_then_adjectives(morph.analyzer, words)):
        return after, k  # "Ростове Великом": the adjectives after the noun are the name's own
    return (
        _coordinated_modifiers(morph, words[:k])
        or _modified_head(morph, words[:k])
        or morphology_shared.singular_of_shared(morph.analyzer, words[:k])
    )


def _coordinated_modifiers(morph: Morphology, words: list[str]) -> tuple[Phrase, int] | None:
    """Adjectives joined by a conjunction before the one noun they modify ("Центральної та
    Східної Європи"): the head phrase of the name without the conjunction, which keeps its form;
    None where no conjunction follows an adjective or the words without it form no head phrase."""
    joins = [
        i
        for i in range(1, len(words) - 2)
        if _is_coordinating(morph, words[i])
        and any(q.tag.POS in MODIFIER_POS for q in morph.analyzer.parse(words[i - 1]))
    ]
    if len(joins) != 1:
        return None
    kept = [i for i in range(len(words)) if i != joins[0]]
    found = _modified_head(morph, [words[i] for i in kept])
    if found is None or not found[0] or found[1] <= joins[0]:
        return None  # no modifier after the conjunction belongs to the head phrase
    phrase, n = found
    return {kept[i]: w for i, w in phrase.items()} | {joins[0]: words[joins[0]]}, kept[n - 1] + 1


def _is_coordinating(morph: Morphology, word: str) -> bool:
    # the Russian dictionary tags no conjunction as coordinating: any will do between adjectives
    return word.islower() and morph.analyzer.parse(word)[0].tag.POS == "CONJ"


def _inflected(parse, grammemes: set[str]):  # noqa: ANN001, ANN202 - pymorphy's Parse
    """``parse`` in ``grammemes``; where the dictionary has no form tagged so and asks for the
    nominative, its lexeme's first form where that form shows no case and no other grammeme
    asked for is missing: the Ukrainian dictionary leaves some adjectives' masculine nominative
    untagged for case ("газовий"), so asked for it, pymorphy3 finds nothing."""
    form = parse.inflect(grammemes)
    if form is not None or "nomn" not in grammemes:
        return form
    first = parse.lexeme[0]
    tags = set(first.tag.grammemes)
    if first.tag.case is None and grammemes - {"nomn", "sing"} <= tags:
        return first
    return None


def _modified_head(morph: Morphology, words: list[str]) -> tuple[Phrase, int] | None:
    """Adjectives and participles before a head noun ("Орловской области"), in one case, number
    and gender with it: all of them go to the nominative together — the noun in its own number
    (a plural name stays plural: "Объединённых Эмиратов"), each modifier in the noun's gender."""
    analyzer = morph.analyzer
    found = None
    for j in range(1, len(words)):
        if not analyzer.word_is_known(words[j].lower()):
            break  # a foreign or unknown word: the learned endings decide
        best = None
        for n in analyzer.parse(words[j]):
            if n.tag.POS != "NOUN":
                continue
            mods = [_agreeing_modifier(morph, w, n.tag) for w in words[:j]]
            if all(mods):
                # equal scores (the Ukrainian dictionary's) go to the more common word: "року" is
                # a form of "рік" far more often than of "рок"
                score = (n.score + sum(m.score for m in mods), lemma_lexicon.zipf(n.normal_form, morph.lang))  # type: ignore[union-attr]
                if best is None or score > best[0]:
                    best = (score, n, mods)
        if best is not None:
            found = (best[1], best[2], j)  # a later noun the same words agree with is the head
        if not any(q.tag.POS in MODIFIER_POS for q in analyzer.parse(words[j])):
            break  # a noun that is no modifier ends the head phrase
    if found is None:
        return _head_first(morph, words)
    noun, mods, j = found
    return _in_nominative(noun, mods, words[: j + 1]), j + 1


HEAD_SURE = 0.5  # the share of a head noun's readings its likeliest oblique singular must have


def _head_first(morph: Morphology, words: list[str]) -> tuple[Phrase, int] | None:
    """A name that opens with its head noun and goes on with a complement ("Министерства
    сельского хозяйства"): the head in the nominative singular where the dictionary reads it so
    most of the time, though its form also reads as a nominative plural."""
    parses = [q for q in morph.analyzer.parse(words[0]) if q.tag.POS == "NOUN"]
    if not parses or not morph.analyzer.word_is_known(words[0].lower()):
        return None
    # of equal readings (the Ukrainian dictionary scores all alike), the more common word's:
    # "Раді" is "рада" (a council) far more often than "рад" (a unit)
    best = max(parses, key=lambda q: (q.score, lemma_lexicon.zipf(q.normal_form, morph.lang)))
    if best.tag.case in (None, "nomn") or best.score < HEAD_SURE or not _singular(best):
        return None
    if any(q.tag.case == "nomn" and _singular(q) for q in parses if q.score >= best.score):
        return None  # as likely its own singular nominative ("Рада")
    if {"Name", "Surn", "Patr", "Fixd"} & set(best.tag.grammemes):
        return None
    form = best.inflect({"nomn", "sing"} if best.tag.number else {"nomn"})
    return ({0: _recase(words[0], form.word)}, 1) if form is not None else None


def _singular(parse) -> bool:  # noqa: ANN001 - pymorphy's Parse
    # the Ukrainian dictionary tags no singular: a reading with a gender and no number is one
    return parse.tag.number == "sing" or (parse.tag.number is None and parse.tag.gender is not None)


def _agreeing_modifier(morph: Morphology, word: str, noun):  # noqa: ANN001, ANN202 - pymorphy's tag and Parse
    """The reading of ``word`` as an adjective or participle in the case, number and (in the
    singular) gender of the noun reading ``noun``; None if it has none. Of equal readings, the
    more common word's ("окружной" before "окружный")."""
    readings = [
        q
        for q in morph.analyzer.parse(word)
        if q.tag.POS in MODIFIER_POS
        and q.tag.case == noun.case
        and q.tag.number == noun.number
        and (noun.number == "plur" or q.tag.gender == noun.gender)
    ]
    return max(readings, key=lambda q: (q.score, lemma_lexicon.zipf(q.normal_form, morph.lang)), default=None)


def _in_nominative(noun, mods: list, words: list[str]) -> Phrase:  # noqa: ANN001 - pymorphy's Parses
    if noun.tag.case == "nomn":
        return {i: w for i, w in enumerate(words)}  # already the base form as a whole
    number = {noun.tag.number} if noun.tag.number else set()  # the Ukrainian dictionary tags no singular
    if number:
        found = noun.inflect({"nomn"} | number)
        head = found.word if found is not None else None
    else:
        # nor the singular's nominative ("арбітраж" has no case tag): asked for a nominative
        # it gives the plural ("арбітражі"); the dictionary form is the singular nominative
        head = noun.normal_form
    out: Phrase = {len(words) - 1: _recase(words[-1], head)} if head is not None else {}
    gender = {noun.tag.gender} if noun.tag.number != "plur" and noun.tag.gender else set()
    for i, m in enumerate(mods):
        form = _inflected(m, {"nomn"} | number | gender)
        if form is not None and head is not None:
            out[i] = _recase(words[i], form.word)
    return out if len(out) == len(words) else {}


def person_nominative(morph: Morphology, words: list[str], attested: Collection[str] = ()) -> Phrase:
    """A person's given name and the names after it (patronymic, surname) in one case and one
    gender: the given name tells both. In an oblique case each later name takes the dictionary's
    reading in that case and gender, or else loses the case ending the given name lost ("Виктора
    Брума" → "Виктор Брум"). A woman's given name in the nominative leaves the whole name as written
    ("Марина Колесникова" is a woman's name, not "Марина Колесников"); where the given name may be either
    (a woman's "Олександра", a man's genitive), the surname decides."""
    analyzer = morph.analyzer
    first = words[0]
    if len(first) < 2 or not analyzer.word_is_known(first.lower()):
        return {}  # an initial, or a name the dictionary does not know
    given = [p for p in analyzer.parse(first) if "Name" in p.tag.grammemes and p.tag.number != "plur"]
    if given and all("Fixd" in p.tag.grammemes and p.tag.gender == "femn" for p in given):
        # an indeclinable woman's given name ("Кэтрин") does not show the case, but it says she is
        # a woman: a later name in a consonant is hers as written ("-ом" is no case of hers), one
        # in a vowel ("Ивановой") is left to the learned endings
        return {i: w for i, w in enumerate(words) if i and w[-1:].lower() not in _NOT_CONSONANTS}
    if not given or any("Fixd" in p.tag.grammemes for p in given):
        return {}  # an indeclinable given name ("Жозе") does not show the case
    oblique = [p for p in given if p.tag.case != "nomn"]
    female = any(p.tag.case == "nomn" and p.tag.gender == "femn" for p in given)
    if (
        female
        and first[-1:].lower() == "а"
        and not given_name(first)
        and given_name(first[:-1])
        and all(_shows_no_case(morph, w) for w in words[1:])
    ):
        # the dictionary's woman's name no list of first names has, whose stub less "-а" is a
        # listed name, before a surname that shows no case: a man's genitive or accusative of a
        # foreign name ("Дилана" of "Дилан"), his surname as written
        return {0: first[:-1], **{i: w for i, w in enumerate(words) if i}}
    if female and (his := _mans_by_the_document(words, oblique, attested)):
        return his  # a man's name in a case: the document writes his surname without the ending
    if female and not given_name(first) and any(_mans_listed_nominative(first, p) for p in oblique):
        # the dictionary's woman's name that no list of first names has, whose man's reading in a
        # case has a nominative that is a listed man's name ("Пола" of "Пол"): a man's name in that
        # case, whatever a foreign surname after it may read as (its guessed endings say nothing)
        female = False
    if female and all(_womans_nominative(morph, w) for w in words[1:]):
        return {i: w for i, w in enumerate(words)}  # "Марина Колесникова", not a man's genitive
    if morphology_agreeing.mans_nominative_only(given, first) and not morphology_agreeing.stem_written(
        words[-1], attested
    ):
        return {i: w for i, w in enumerate(words)}  # "Себастьян Пиньера": his surname's "-а" is its own
    if any(p.tag.case == "nomn" and p.tag.gender == "masc" for p in given):
        return {}  # a man's given name in the nominative: the learned endings read his surname
    if oblique and (found := _in_case(morph, words, max(oblique, key=lambda p: p.score), female, given)):
        return found
    # a man's given name in the nominative leaves the surname to the learned endings (a text may
    # write a given name in the nominative and the surname in a case)
    return {i: w for i, w in enumerate(words)} if female else {}


def _mans_listed_nominative(first: str, reading) -> bool:  # noqa: ANN001 - pymorphy's Parse
    """Whether ``reading`` of a given name is a man's in an oblique case whose nominative a list of
    first names holds as a man's."""
    return reading.tag.gender == "masc" and given_name(_recase(first, reading.normal_form)) == "m"


def _mans_by_the_document(words: list[str], oblique: list, attested: Collection[str]) -> Phrase:  # noqa: ANN001
    """A given name the dictionary reads both as a woman's nominative and as a man's oblique case
    ("Богдана"), before surnames that end as it does: the man's, in that case, where the
    document writes each surname without that ending on its own elsewhere ("Богдана Варкера" in a
    text that also writes "Варкер"); {} otherwise."""
    first = words[0]
    for reading in sorted((p for p in oblique if p.tag.gender == "masc"), key=lambda p: -p.score):
        base = reading.inflect({"nomn"} | ({reading.tag.number} if reading.tag.number else set()))
        if base is None or given_name(_recase(first, base.word)) != "m":
            continue
        lost = first[len(base.word) :] if first.lower().startswith(base.word.lower()) else ""
        if not lost:
            continue
        stems = [w[: -len(lost)] for w in words[1:] if w.lower().endswith(lost.lower())]
        if len(stems) == len(words) - 1 and all(len(s) >= MIN_STEM and s in attested for s in stems):
            return {0: _recase(first, base.word), **{i: s for i, s in enumerate(stems, 1)}}
    return {}


def _shows_no_case(morph: Morphology, word: str) -> bool:
    """Whether a later name is one the dictionary reads as indeclinable only ("Fixd")."""
    readings = morph.analyzer.parse(word)
    return bool(readings) and all("Fixd" in q.tag.grammemes for q in readings)


def _womans_nominative(morph: Morphology, word: str) -> bool:
    """Whether a later name reads as a woman's in the nominative (or shows no case at all)."""
    return any(
        q.tag.case == "nomn"
        and (q.tag.gender == "femn" or "ms-f" in q.tag.grammemes or "Fixd" in q.tag.grammemes)
        for q in morph.analyzer.parse(word)
    )


def _in_case(morph: Morphology, words: list[str], reading, sure: bool, given: list) -> Phrase:  # noqa: ANN001 - pymorphy's Parse
    """The names in the nominative when the given name is ``reading``; {} where a later name
    cannot follow it, or (``sure``: it may be a nominative too) shows no case ending of its own.
    ``given``: every reading of the given name as a first name."""
    first = words[0]
    base = reading.inflect({"nomn"} | ({reading.tag.number} if reading.tag.number else set()))
    if base is None:
        return {}
    nominative = _recase(first, base.word)
    listed = given_name(nominative)
    if listed not in (GENDER_LETTER.get(reading.tag.gender or ""), "a") and (
        listed or not _unlisted_given(morph, words, nominative, reading, given)
    ):
        return {}  # a nominative no list of first names has: the dictionary read a woman's name as a man's
    out: Phrase = {0: nominative}
    lost = first[len(base.word) :] if first.lower().startswith(base.word.lower()) else None
    for i in range(1, len(words)):
        form = _later_name(morph, words[i], reading.tag, lost)
        if form is None or (sure and form == words[i]):
            return {}
        out[i] = form
    return out


def _unlisted_given(morph: Morphology, words: list[str], nominative: str, reading, given: list) -> bool:  # noqa: ANN001 - pymorphy's Parse
    """A foreign given name the lists hold in Latin letters only ("Грэма", a transcribed Graham):
    the dictionary reads it as one gender's name only, its form is the nominative with a case
    ending after it, and each later name is a name to the dictionary or no word of its in that
    case and gender. Not a woman's name the dictionary also reads as a man's (her "-ии" is no
    man's "-ий" with an ending after it), nor a name before a common noun in the same case
    ("Грэма Стола")."""
    if not all(p.tag.gender == reading.tag.gender for p in given):
        return False
    if not (words[0].lower().startswith(nominative.lower()) and len(words[0]) > len(nominative)):
        return False

    def surname(word: str) -> bool:
        readings = morph.analyzer.parse(word)
        if any(NAME_TAGS & set(q.tag.grammemes) for q in readings):
            return True
        same = [q for q in readings if q.tag.case == reading.tag.case and q.tag.gender == reading.tag.gender]
        return not same or not morph.analyzer.word_is_known(word.lower())

    return all(surname(w) for w in words[1:])


def _later_name(morph: Morphology, word: str, given, lost: str | None) -> str | None:  # noqa: ANN001 - pymorphy's tag
    """A patronymic or surname after a given name read as ``given`` (its case and gender)."""
    readings = [
        q
        for q in morph.analyzer.parse(word)
        if q.tag.POS in ("NOUN", "ADJF")
        and q.tag.case == given.case
        and q.tag.number == given.number
        and (q.tag.gender == given.gender or "ms-f" in q.tag.grammemes)
    ]
    named = [q for q in readings if NAME_TAGS & set(q.tag.grammemes) and "Fixd" not in q.tag.grammemes]
    if named:
        form = max(named, key=lambda q: q.score).inflect(
            {"nomn", given.gender} | ({given.number} if given.number else set())
        )
        if form is not None:
            return _recase(word, form.word)
    if ending := _ends_in(word, lost, morph.case_endings):
        return word[: -len(ending)] if len(word) - len(ending) >= MIN_STEM else None
    # "Петра Великого", "Анджея Дуды": an epithet, or a surname of the "-а" declension
    if form := morphology_agreeing.epithet_after_given(morph.analyzer, word, given):
        return form
    if form := morphology_agreeing.a_declension_surname(morph.analyzer, word, given):
        return form
    if any("Fixd" in q.tag.grammemes for q in readings):
        return word  # an indeclinable surname ("Шевченко")
    if given.gender == "femn" and word[-1:].lower() not in _NOT_CONSONANTS:
        return word  # a woman's surname in a consonant declines in no case ("Анны Пауэлл")
    return None  # the dictionary cannot tell: the learned endings decide


_NOT_CONSONANTS = "аеёиоуыэюяіїєйь'’ʼ"  # a surname ending so may be in a woman's case ("Ивановой")


def _ends_in(word: str, lost: str | None, groups: tuple[frozenset[str], ...]) -> str:
    """The case ending of ``word`` that does what ``lost`` did to the given name (the same
    ending, or one of its group: "-ом" and "-ем" are one case); "" if none."""
    if not lost:
        return ""
    low = word.lower()
    same = next((g for g in groups if lost.lower() in g), frozenset({lost.lower()}))
    return next((e for e in sorted(same, key=len, reverse=True) if low.endswith(e)), "")
