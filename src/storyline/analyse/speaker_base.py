"""A speaker description in its base form: "сообщили в областном департаменте культуры" is
shown as "областной департамент культуры", "по словам пресс-секретаря ведомства" as
"пресс-секретарь ведомства", "według rzecznika ministerstwa" as "rzecznik ministerstwa".

Only a phrase that is the object of a preposition changes ("по словам", "сообщили в"): the
speaker phrase before or after a verb is already found in the nominative. Where pymorphy3 has
the language (ru, uk) the noun group that opens the phrase — its adjectives
and head noun, and a name in apposition in the same case — goes to the nominative, keeping its
number and the head's gender; what hangs on the head in the genitive ("культуры") stays as
written. Elsewhere, in a language that declines its nouns (``declines = true`` in
``lang/findings/quotes.<lang>.toml``: Polish, Czech; not Bulgarian, whose "полицията" is
already the base form with its article), only the first word changes, when the language's word list
(``ner.lemma_lexicon``) gives it another dictionary form and that form is no adjective's: word
lists know no agreement, so "wojewódzkim departamencie" is left as written rather than made
"wojewódzki departament" wrongly elsewhere. A language with neither is shown as written.
"""

from __future__ import annotations

import re

from storyline.analyse.phrases import data
from storyline.ner.lemma_lexicon import is_adjective_lemma, lemma, recase

_WORD = re.compile(r"\w[\w\-‑]*")
_NOMINAL = ("NOUN", "ADJF", "PRTF")


def base_form(phrase: str, lang: str | None, morph: str | None, oblique: bool = False) -> str:
    """The phrase with its opening noun group in the nominative (the phrase itself where it is
    already, or where nothing can be told)."""
    if not oblique:
        # a subject is found as a nominative group: one that opens otherwise is a stray phrase
        # ("в свою очередь председатель"), no case of the speaker's
        return phrase
    if morph:
        return _with_morph(phrase, morph, oblique)
    if lang and data("quotes", lang).get("declines"):
        return _with_word_list(phrase, lang)
    return phrase


def _with_word_list(phrase: str, lang: str) -> str:
    first = _WORD.search(phrase)
    if first is None or not first.group()[:1].islower():
        return phrase  # a name or an abbreviation ("MSZ") is written as it is
    word = first.group()
    found = lemma(word, lang)
    if not found or found.lower() == word.lower() or is_adjective_lemma(found, lang):
        return phrase
    return phrase[: first.start()] + recase(word, found) + phrase[first.end() :]


def _with_morph(phrase: str, morph: str, oblique: bool = False) -> str:
    from storyline.analyse.speakers import _analyzer

    analyzer = _analyzer(morph)
    words = list(_WORD.finditer(phrase))
    group: list[list] = []  # the parses of each word of the opening group, as nominals
    head = None
    for n, m in enumerate(words):
        if n and m.group()[:1].isupper():
            break  # a name: the group of common words ended before it
        parses = [p for p in analyzer.parse(m.group().lower()) if p.tag.POS in _NOMINAL and p.score >= 0.01]
        if not parses:
            break
        group.append(parses)
        if max(parses, key=lambda p: p.score).tag.POS == "NOUN":  # "городской" is a noun too, rarely
            head = n
            break
    if head is None:
        return phrase
    nouns = [p for p in group[head] if p.tag.POS == "NOUN"]
    case = _common_case(group[:head], nouns, oblique)
    if case is None or case == "nomn":
        return phrase
    # the reading of the head its adjectives agree with: "міській раді" is "рада", not "рад"
    noun = next(
        (p for p in nouns if p.tag.case == case and all(_agree(p, adj, case) for adj in group[:head])),
        next(p for p in nouns if p.tag.case == case),
    )
    number = noun.tag.number  # (the Ukrainian dictionary marks the plural only)
    replaced: list[tuple[int, int, str]] = []
    form = noun.inflect({"nomn"} | ({number} if number else set()))
    if form is None:
        return phrase
    replaced.append((words[head].start(), words[head].end(), form.word))
    for n in range(head):
        adj = next(
            (p for p in group[n] if p.tag.case == case and p.tag.POS != "NOUN" and _agree(noun, [p], case)),
            next(p for p in group[n] if p.tag.case == case and p.tag.POS != "NOUN"),
        )
        want = {"nomn"} | ({number} if number else set())
        if number != "plur" and noun.tag.gender:
            want.add(noun.tag.gender)
        form = adj.inflect(want)
        if form is None:
            return phrase
        replaced.append((words[n].start(), words[n].end(), form.word))
    # a name right after the head in the same case is its apposition: "пресс-секретаря Ивана Орлова"
    for m in words[head + 1 :]:
        if not m.group()[:1].isupper():
            break
        name = next(
            (
                p
                for p in analyzer.parse(m.group().lower())
                if p.tag.case == case and ("Name" in p.tag or "Surn" in p.tag or "Patr" in p.tag)
            ),
            None,
        )
        form = name.inflect({"nomn"}) if name is not None else None
        if form is None:
            break
        replaced.append((m.start(), m.end(), form.word))
    out = phrase
    for s, e, word in sorted(replaced, reverse=True):
        out = out[:s] + recase(phrase[s:e], word) + out[e:]
    return out


def _common_case(adjectives: list[list], nouns: list, oblique: bool) -> str | None:
    """The case the head noun and every adjective before it can all be in, nominative first
    (then the phrase is its own base form) unless the phrase is the object of a preposition
    ("по словам главы": a genitive, not the plural "главы"), else in the order the dictionary
    ranks the head."""
    cases: list[str] = []
    for p in nouns:
        c = p.tag.case
        if c and c not in cases:
            cases.append(c)
    number = {c: {p.tag.number for p in nouns if p.tag.case == c} for c in cases}
    fitting = [
        c
        for c in cases
        if all(
            any(p.tag.POS != "NOUN" and p.tag.case == c and (p.tag.number in number[c]) for p in adj)
            for adj in adjectives
        )
    ]
    if "nomn" in fitting and not (oblique and len(fitting) > 1):
        return "nomn"
    fitting = [c for c in fitting if c not in ("nomn", "voct")] or fitting
    return fitting[0] if fitting else None


def _agree(noun, adjective: list, case: str) -> bool:  # noqa: ANN001 - pymorphy3's Parse
    """Whether one reading of the adjective agrees with this reading of the noun in case and,
    in the singular, gender."""
    return any(
        p.tag.POS != "NOUN"
        and p.tag.case == case
        and (noun.tag.number == "plur" or p.tag.gender in (None, noun.tag.gender))
        for p in adjective
    )
