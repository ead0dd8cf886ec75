"""Who speaks: the speaker phrase next to a speech cue, and the entity it names.

The phrase comes from the words around the cue (``lang/findings/quotes.<lang>.toml``):
- where a morphological dictionary exists (ru, uk): the nominative noun group before the cue,
  past adverbs and prepositional groups ("Эксперты в Киеве отмечают" → "Эксперты"), else the one
  after it ("сказал в интервью РБК старший директор …");
- elsewhere: the words back to the clause boundary, without leading prepositional groups and
  adverbs ("On Saturday the Chilean leader said" → "the Chilean leader").

The phrase resolves to a mention of the document, in this order:
1. a person named in it (not a possessor: "Orban's spokesman", "пресс-секретарь Лукашенко");
2. a third-person pronoun → the person spoken of last: the recent speaker, else the person named
   last, of matching gender where the name shows it;
3. a title or description ("президент", "the Chilean leader", "глава Кабмина
   Молдовы") → a person the document itself introduces with a title of the same class and,
   where the description names a country or organisation, with a word of the same stem — the
   most recent speaker among them first. General title words only, never lists of names;
4. an organisation or place that is the whole phrase, or an organisation behind a spokesperson
   word ("представитель МИД", "the ministry's spokesman");
otherwise None: no guess. The phrase itself is kept as ``speaker_text`` either way.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from storyline.analyse.offsets import index, memo
from storyline.analyse.phrases import PhraseList, Token, data, tokens
from storyline.analyse.speaker_gender import agrees, person_gender
from storyline.model import OUTLET_TYPES, Analysis, Mention

QUOTE_MARKS = frozenset('«»"“”„‚‘’')
BOUNDARY = frozenset(',;:.!?()[]«»"“”„‚‘’—–')
MAX_PHRASE = 12
RECENT = 600  # characters within which the last speaker is still the one a pronoun means
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"})


@dataclass(frozen=True)
class SpeakerLexicon:
    pronouns: PhraseList  # labels m, f
    titles: PhraseList  # label: the title class (head_of_state, minister …)
    roles: PhraseList  # spokesperson words: the organisation behind them speaks
    adverbs: PhraseList
    stops: PhraseList  # conjunctions and relatives that end a phrase
    preps: PhraseList
    org_preps: PhraseList  # "сообщили в МЧС": the organisation the prepositional group names
    phrase_preps: PhraseList  # prepositions inside a speaker phrase: "the mayor of Oakville"
    apposition_preps: PhraseList  # a description's body after it: "волонтёры из «Красного Креста»"
    morph: str | None
    lang: str | None = None  # whose data this is: the person's gender reads its dictionary


@cache
def speaker_lexicon(lang: str | None) -> SpeakerLexicon | None:
    raw = data("quotes", lang) if lang else {}
    if not raw:
        return None
    build = PhraseList.build
    return SpeakerLexicon(
        pronouns=build({"m": raw.get("pronouns_m", []), "f": raw.get("pronouns_f", [])}),
        titles=build(raw.get("titles", {})),
        roles=build(raw.get("roles", []), "role"),
        adverbs=build(raw.get("adverbs", []), "adv"),
        stops=build(raw.get("stops", []), "stop"),
        preps=build(raw.get("prepositions", []), "prep"),
        org_preps=build(raw.get("org_prepositions", []), "prep"),
        phrase_preps=build(raw.get("phrase_prepositions", []), "of"),
        apposition_preps=build(raw.get("apposition_prepositions", []), "of"),
        morph=raw.get("morph"),
        lang=lang,
    )


# ---------------------------------------------------------------- morphology (ru, uk)


@dataclass(frozen=True)
class WordInfo:
    nominal: bool  # noun, adjective, pronoun, numeral, name, abbreviation, foreign word
    nominative: bool  # can be nominative (or is indeclinable)
    nominative_only: bool  # cannot be anything but nominative (or vocative)
    noun: bool  # can head a noun group
    person: bool  # animate, a name, or a foreign/unknown capitalised word
    prep: bool
    adverb: bool  # adverb, particle, or a form that never belongs to a noun group here
    verb: bool


@cache
def _analyzer(lang: str):  # noqa: ANN202 - pymorphy3's type
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


SURNAME_END = (
    "ов",
    "ев",
    "ёв",
    "ин",
    "ова",
    "ева",
    "ина",
    "ский",
    "ская",
    "цкий",
    "енко",
    "ук",
    "юк",
    "ян",
    "дзе",
    "швили",
)


@lru_cache(maxsize=200_000)
def word_info(lang: str, word: str) -> WordInfo:
    analyzer = _analyzer(lang)
    low = word.lower()
    parses = [p for p in analyzer.parse(low) if p.score >= 0.08] or analyzer.parse(low)
    best = parses[0].tag
    capital = word[:1].isupper()
    if capital and len(word) > 2 and (not analyzer.word_is_known(low) or low.endswith(SURNAME_END)):
        # a foreign name or a surname the dictionary reads as something else ("Токаев" → токай)
        if best.POS not in ("PREP", "CONJ", "PRCL", "NPRO"):
            return WordInfo(True, True, False, True, True, False, False, False)
    nominal_pos = {"NOUN", "ADJF", "NPRO", "NUMR", "PRTF", "ADJS"}
    foreign = any(g in p.tag for p in parses for g in ("LATN", "UNKN"))
    fixed = any("Fixd" in p.tag or "Abbr" in p.tag for p in parses)
    nominal = foreign or fixed or any(p.tag.POS in nominal_pos for p in parses)
    cases = {p.tag.case for p in parses if p.tag.POS in nominal_pos and p.tag.case}
    nominative = foreign or fixed or "nomn" in cases
    nominative_only = bool(cases) and cases <= {"nomn", "voct"} and not fixed
    noun = foreign or fixed or any(p.tag.POS in ("NOUN", "NPRO") for p in parses)
    person = (
        foreign
        or (fixed and capital)
        or (len(word) > 1 and word.isupper())  # an abbreviation: an organisation ("ТАСС", "МЧС")
        or any("anim" in p.tag or "Name" in p.tag or "Surn" in p.tag for p in parses if p.tag.POS == "NOUN")
        or any(p.tag.POS == "NPRO" for p in parses)
    )
    return WordInfo(
        nominal=nominal,
        nominative=nominative,
        nominative_only=nominative_only,
        noun=noun,
        person=person,
        prep=best.POS == "PREP",
        adverb=best.POS in ("ADVB", "PRCL", "PRED", "COMP", "INTJ") and not capital,
        verb=best.POS in ("VERB", "INFN", "GRND", "PRTS"),
    )


def is_verb(lang: str | None, word: str) -> bool:
    """Whether a word can be a verb form (always True where there is no dictionary)."""
    lex = speaker_lexicon(lang)
    if lex is None or lex.morph is None:
        return True
    return any(
        p.tag.POS in ("VERB", "GRND", "PRTS", "INFN") for p in _analyzer(lex.morph).parse(word.lower())
    )


# ---------------------------------------------------------------- the phrase


def phrase_before(
    text: str, toks: list[Token], lex: SpeakerLexicon, cue: int, lo: int = 0
) -> tuple[int, int] | None:
    """Token range [start, end) of who speaks, standing before the cue at toks[cue]."""
    if lex.morph:
        return _before_morph(text, toks, lex, cue - 1, lo)
    return _before_plain(text, toks, lex, cue - 1, lo)


def phrase_after(
    text: str, toks: list[Token], lex: SpeakerLexicon, after: int, hi: int | None = None
) -> tuple[int, int] | None:
    """Token range [start, end) of who speaks, standing after the cue (which ends before
    toks[after]): "— сказал глава МИД X", "said Anna Berg"."""
    hi = len(toks) if hi is None else hi
    if lex.morph:
        return _after_morph(text, toks, lex, after, hi)
    return _after_plain(text, toks, lex, after, hi)


def _is_boundary(tok: Token) -> bool:
    return tok.kind == "p" and tok.low in BOUNDARY


def _word(text: str, tok: Token) -> str:
    return text[tok.start : tok.end]


def _before_morph(
    text: str, toks: list[Token], lex: SpeakerLexicon, j: int, lo: int
) -> tuple[int, int] | None:
    assert lex.morph
    lang = lex.morph
    k = j
    for _ in range(3):  # up to two prepositional groups between the subject and the cue
        while k >= lo and toks[k].kind == "w":
            info = word_info(lang, _word(text, toks[k]))
            if info.adverb:
                k -= 1
            elif _circumstance(text, toks[k], lang):
                k -= 1  # "тогда мне сказала", "осенью заявил", "в этом же зале"
                while (
                    k >= lo and toks[k].kind == "w" and not word_info(lang, _word(text, toks[k])).nominative
                ):
                    if word_info(lang, _word(text, toks[k])).prep:
                        k -= 1
                        break
                    k -= 1
            else:
                break
        end = k
        while k >= lo and _nominal(text, toks, k, lang):
            k -= 1
        start = k + 1
        if start > end:
            if k - 1 >= lo and lex.stops.match(toks, k) and word_info(lang, _word(text, toks[k - 1])).verb:
                k -= 2  # "улыбнулся и сказал": the subject of the first verb speaks
                continue
            return _apposition(text, toks, lex, k, lo)
        # "Президент Макрон осенью заявил": a noun in the instrumental or dative is a circumstance
        while end > start and _circumstance(text, toks[end], lang):
            end -= 1
        if end - start + 1 > MAX_PHRASE:
            start = end - MAX_PHRASE + 1
        # the noun group starts at its first word that can be nominative: "В своей пропаганде
        # нацисты" → "нацисты"; without one the run is the object of a preposition
        first = next(
            (i for i in range(start, end + 1) if _starts_nominative(text, toks, i, start, lang)), None
        )
        prep_before = k >= lo and toks[k].kind == "w" and word_info(lang, _word(text, toks[k])).prep
        if first is not None and _has_head(text, toks, first, end, lang):
            if prep_before and first == start:
                # "в Минздраве" is a place, "о погибших" an object: not the subject
                if not _nominative_only(text, toks, start, end, lang):
                    k -= 1
                    continue
                # "На следующий день французский лидер": the object ends where a noun is
                # followed by an adjective that starts the subject
                split = _split_object(text, toks, start, end, lang)
                if split is not None:
                    return split, end + 1
            return first, end + 1
        if prep_before:
            k -= 1
            continue
        return None
    return None


def _apposition(text: str, toks: list[Token], lex: SpeakerLexicon, k: int, lo: int) -> tuple[int, int] | None:
    """ "Графиня Уварова, многолетний председатель общества, говорила" / "John Reed, the mayor
    of Oakville, said": a name and its apposition between commas before the cue; "Смадияров,
    коснувшись вопроса …, отметил": a subject before a gerund clause."""
    if k < lo or toks[k].low != ",":
        return None
    if lex.morph:
        for g in range(k - 1, max(lo, k - 45), -1):
            if toks[g].kind == "w" and toks[g - 1].low == "," and g - 2 >= lo:
                parses = _analyzer(lex.morph).parse(_word(text, toks[g]).lower())
                if parses and parses[0].tag.POS in ("GRND",):
                    head = _before_morph(text, toks, lex, g - 2, lo)
                    if head is not None and head[1] == g - 1:
                        return head
                    break
    c = k - 1
    while c >= lo and c > k - MAX_PHRASE and toks[c].low != ",":
        if (_is_boundary(toks[c]) and toks[c].low not in QUOTE_MARKS) or lex.stops.match(toks, c):
            return None
        if lex.morph and toks[c].kind == "w" and word_info(lex.morph, _word(text, toks[c])).verb:
            return None
        c -= 1
    if c < lo or toks[c].low != "," or c == k - 1:
        return None
    first = toks[c + 1]
    if lex.morph and not (first.kind == "w" and word_info(lex.morph, _word(text, first)).nominative):
        return None
    head = (_before_morph if lex.morph else _before_plain)(text, toks, lex, c - 1, lo)
    if head is None or head[1] != c:
        return None
    return head[0], k


def _starts_nominative(text: str, toks: list[Token], i: int, start: int, lang: str) -> bool:
    """A word that can open the subject: nominative, and not the noun of an adjective that is
    not ("Краснодарского края" is genitive)."""
    tok = toks[i]
    if tok.kind != "w" or not _nom(text, tok, lang):
        return False
    if i > start and toks[i - 1].kind == "w":
        prev = _analyzer(lang).parse(_word(text, toks[i - 1]).lower())
        if prev and prev[0].tag.POS in ("ADJF", "PRTF") and not _nom(text, toks[i - 1], lang):
            return False
    return True


def _split_object(text: str, toks: list[Token], start: int, end: int, lang: str) -> int | None:
    for p in range(start + 1, end + 1):
        left = toks[p - 1]
        right = toks[p]
        if left.kind != "w" or right.kind != "w":
            continue
        lpos = _analyzer(lang).parse(_word(text, left).lower())[0].tag.POS
        rpos = _analyzer(lang).parse(_word(text, right).lower())[0].tag.POS
        if lpos == "NOUN" and rpos in ("ADJF", "PRTF"):
            if not _nominative_only(text, toks, start, p - 1, lang) and _nominative_only(
                text, toks, p, end, lang
            ):
                return p
    return None


def _circumstance(text: str, tok: Token, lang: str) -> bool:
    if tok.kind != "w":
        return False
    parses = [p for p in _analyzer(lang).parse(_word(text, tok).lower()) if p.score >= 0.05]
    cases = {p.tag.case for p in parses if p.tag.case}
    return bool(cases) and cases <= {"ablt", "datv", "loct"} and not _fixed(text, tok, lang)


def _nominal(text: str, toks: list[Token], k: int, lang: str) -> bool:
    tok = toks[k]
    if tok.kind == "num":
        return False
    if tok.kind == "p":
        # a hyphen inside a name or title ("Тимофеев - Ресовский", "вице-премьер")
        return tok.low in ("-", "‑") and 0 < k < len(toks) - 1 and toks[k - 1].kind == "w"
    w = word_info(lang, _word(text, tok))
    return w.nominal or tok.low in ("же",)


def _nom(text: str, tok: Token, lang: str) -> bool:
    return word_info(lang, _word(text, tok)).nominative


def _nominative_only(text: str, toks: list[Token], i: int, j: int, lang: str) -> bool:
    return any(t.kind == "w" and word_info(lang, _word(text, t)).nominative_only for t in toks[i : j + 1])


def _has_head(text: str, toks: list[Token], i: int, j: int, lang: str) -> bool:
    return any(t.kind == "w" and word_info(lang, _word(text, t)).noun for t in toks[i : j + 1])


def _after_morph(
    text: str, toks: list[Token], lex: SpeakerLexicon, k: int, hi: int
) -> tuple[int, int] | None:
    assert lex.morph
    lang = lex.morph
    for _ in range(4):  # past adverbs, prepositional groups and time nouns ("вечером в среду")
        while k < hi and toks[k].kind == "w" and word_info(lang, _word(text, toks[k])).adverb:
            k += 1
        if k >= hi or toks[k].kind != "w":
            return None
        info = word_info(lang, _word(text, toks[k]))
        if info.prep:
            k += 1
            # the object of the preposition: its first noun and what hangs on it undeclined
            while k < hi and toks[k].kind == "w" and not word_info(lang, _word(text, toks[k])).noun:
                k += 1
            k += 1
            while k < hi and toks[k].kind == "w" and _fixed(text, toks[k], lang):
                k += 1
            continue
        if _circumstance(text, toks[k], lang) and k + 1 < hi and toks[k + 1].kind == "w":
            k += 1  # "рассказал журналистам начальник …": the addressee, then who speaks
            continue
        start = k
        while k < hi and _nominal(text, toks, k, lang) and k - start < MAX_PHRASE:
            k += 1
        if k == start:
            return None
        if _nom(text, toks[start], lang) and _has_head(text, toks, start, k - 1, lang):
            if any(word_info(lang, _word(text, t)).person for t in toks[start:k] if t.kind == "w") or (
                lex.titles.find(toks, start, k) or lex.roles.find(toks, start, k)
            ):
                return start, k
            return None
    return None


def _fixed(text: str, tok: Token, lang: str) -> bool:
    parses = _analyzer(lang).parse(_word(text, tok).lower())
    return any("Fixd" in p.tag or "Abbr" in p.tag or "LATN" in p.tag for p in parses)


def _before_plain(
    text: str, toks: list[Token], lex: SpeakerLexicon, j: int, lo: int
) -> tuple[int, int] | None:
    k = j
    while k >= lo and (hit := lex.adverbs.match_ending(toks, k)):
        k -= hit[0]
    end = k
    while k >= lo and not _is_boundary(toks[k]) and not lex.stops.match(toks, k) and end - k < MAX_PHRASE:
        if toks[k].kind == "num":
            break
        if lex.preps.match(toks, k) and not lex.phrase_preps.match(toks, k) and k < end:
            # "… в четвъртък миналата седмица адвокатът Тиери Ерсог подчерта": the subject
            # starts after the last prepositional group
            break
        k -= 1
    start = k + 1
    if start > end:
        return _apposition(text, toks, lex, k, lo)
    if lex.preps.match(toks, k) if k >= lo else False:
        start = _named_start(text, toks, lex, start, end)
    else:
        start = _skip_leading_preps(text, toks, lex, start, end)
    if start is None or not _speakerish(text, toks, lex, start, end + 1):
        return None
    return start, end + 1


def _named_start(text: str, toks: list[Token], lex: SpeakerLexicon, start: int, end: int) -> int:
    """Where the subject starts in words that follow a prepositional group: its first name,
    title, role, pronoun or determiner ("миналата седмица адвокатът …" → "адвокатът")."""
    for k in range(start, end + 1):
        tok = toks[k]
        if tok.kind != "w":
            continue
        if (
            text[tok.start].isupper()
            or tok.low in DETERMINERS
            or lex.titles.match(toks, k)
            or lex.roles.match(toks, k)
            or lex.pronouns.match(toks, k)
        ):
            return k
    return start


def _skip_leading_preps(
    text: str, toks: list[Token], lex: SpeakerLexicon, start: int, end: int
) -> int | None:
    """ "On Saturday Macron" → "Macron"; "In a statement the ministry" → "the ministry"."""
    while start <= end and lex.preps.match(toks, start):
        start += 1
        if start <= end and toks[start].low in DETERMINERS:
            start += 1
        start += 1  # the preposition's noun
        while start <= end and toks[start].low not in DETERMINERS and _lower(text, toks[start]):
            if lex.titles.match(toks, start) or lex.roles.match(toks, start):
                break
            start += 1
    return start if start <= end else None


def _lower(text: str, tok: Token) -> bool:
    return tok.kind == "w" and text[tok.start].islower()


def _speakerish(text: str, toks: list[Token], lex: SpeakerLexicon, i: int, j: int) -> bool:
    """Without morphology, a phrase must name someone: a capitalised word, a title or role, a
    pronoun — not "the report" or "reports"."""
    if toks[i].low in ("the",) and j - i >= 2:
        return True  # "the railway company", "the ministry"
    for k in range(i, j):
        tok = toks[k]
        if tok.kind == "w" and text[tok.start].isupper() and not (k == i and tok.low in DETERMINERS):
            return True
        if lex.titles.match(toks, k) or lex.roles.match(toks, k) or lex.pronouns.match(toks, k):
            return True
    return False


def _after_plain(
    text: str, toks: list[Token], lex: SpeakerLexicon, k: int, hi: int
) -> tuple[int, int] | None:
    while k < hi and (hit := lex.adverbs.match(toks, k)):
        k += hit[0]
    while k < hi and lex.preps.match(toks, k):  # "said on Sunday", "каза в понеделник"
        k += 1
        while k < hi and toks[k].low in DETERMINERS:
            k += 1
        k += 1
    start = k
    while k < hi and not _is_boundary(toks[k]) and not lex.stops.match(toks, k) and k - start < MAX_PHRASE:
        if lex.preps.match(toks, k) and k > start and not lex.phrase_preps.match(toks, k):
            break  # "said Anna Berg in an interview"
        k += 1
    if k == start or not _speakerish(text, toks, lex, start, k):
        return None
    if _lower(text, toks[start]) and not (
        toks[start].low in DETERMINERS
        or lex.pronouns.match(toks, start)
        or any(t.kind == "w" and text[t.start].isupper() for t in toks[start + 1 : k])
        # "местните власти", "гръцкото здравно министерство": adjectives before the noun
        or any(lex.titles.match(toks, n) or lex.roles.match(toks, n) for n in range(start, min(k, start + 3)))
    ):
        return None
    return start, k


def head_only(text: str, toks: list[Token], lex: SpeakerLexicon, phrase: tuple[int, int]) -> tuple[int, int]:
    """The naming part at the start of a phrase that runs on into the clause ("прокуратурата
    причината е …" → "прокуратурата"): a role or title with the names after it, or a run of
    capitalised words."""
    i, j = phrase
    hit = lex.roles.match(toks, i) or lex.titles.match(toks, i)
    k = i + hit[0] if hit else i
    while k < j and toks[k].kind == "w" and text[toks[k].start].isupper():
        k += 1
    return (i, k) if k > i else phrase


def coordinated_subject(
    analysis: Analysis, toks: list[Token], lex: SpeakerLexicon, cue: int
) -> tuple[int, int] | None:
    """ "Макрон изрази съболезнования и увери, че …": the cue's verb is the second of two joined by
    "и"/"and", so the first one's subject speaks — the last person named in that clause who is
    not the object of a preposition."""
    if cue < 2 or not lex.stops.match(toks, cue - 1) or toks[cue - 1].low not in ("и", "and", "і", "та", "a"):
        return None
    k = cue - 2
    while k >= 0 and not _is_boundary(toks[k]):
        k -= 1
    lo, hi = toks[k + 1].start if k + 1 < cue else 0, toks[cue - 1].start
    best = None
    for n in index(analysis.mentions).within(lo, hi):
        m = analysis.mentions[n]
        if m.type == "PER":
            i = next(n for n, t in enumerate(toks) if t.start >= m.start)
            j = next((n for n, t in enumerate(toks) if t.start >= m.end), cue - 1)
            if i == 0 or not lex.preps.match(toks, i - 1):
                best = (i, j)
    return best


def org_group(toks: list[Token], lex: SpeakerLexicon, cue: int, cue_end: int) -> tuple[int, int] | None:
    """ "В МЧС сообщили", "сообщили в пресс-службе Кремля", "съобщиха от МВР": the organisation
    in a prepositional group right before or after an impersonal cue, as a token range."""
    for _a, b, _ in lex.org_preps.find(toks, cue_end, min(len(toks), cue_end + 3)):
        end = b
        while end < len(toks) and not _is_boundary(toks[end]) and not lex.stops.match(toks, end):
            end += 1
        if end > b:
            return b, min(end, b + MAX_PHRASE)
    for a, b, _ in lex.org_preps.find(toks, max(0, cue - MAX_PHRASE), cue):
        if a == 0 or _is_boundary(toks[a - 1]):  # "В МЧС сообщили" opens its clause
            end = b
            while end < cue and toks[end].kind == "w" and not lex.preps.match(toks, end):
                end += 1
            if end > b:
                return b, end
    return None


# ---------------------------------------------------------------- resolution


@dataclass
class Discourse:
    """What has been said so far in one document: who spoke last, for pronouns and titles."""

    speakers: list[tuple[int, int]] = field(default_factory=list)  # (offset, mention index)
    # whether speakers came in document order (as quotes are resolved): then the ones before an
    # offset are found by bisection, and the walk back stops at the window's edge
    in_order: bool = field(default=True, compare=False, repr=False)

    def add(self, offset: int, mention: int | None) -> None:
        if mention is not None:
            if self.speakers and offset < self.speakers[-1][0]:
                self.in_order = False
            self.speakers.append((offset, mention))

    def last(self, before: int, within: int | None = None) -> Iterator[int]:
        """Speakers before an offset, most recent first, lazily: callers stop at the first that
        fits, so a long document's hundreds of speakers are not listed for every quote."""
        if not self.in_order:
            for offset, k in reversed(self.speakers):
                if offset < before and (within is None or before - offset <= within):
                    yield k
            return
        for n in range(bisect_left(self.speakers, before, key=lambda sp: sp[0]) - 1, -1, -1):
            offset, k = self.speakers[n]
            if within is not None and before - offset > within:
                return  # the ones before are further still
            yield k


def resolve(
    text: str,
    analysis: Analysis,
    lex: SpeakerLexicon,
    toks: list[Token],
    phrase: tuple[int, int],
    discourse: Discourse,
    organisation: bool = False,
    limit: int | None = None,
    gender: str | None = None,
) -> int | None:
    """The mention (index into analysis.mentions) the speaker phrase toks[i:j] stands for;
    ``organisation``: the phrase names a body ("сообщили в МЧС"), only an ORG mention will do;
    ``limit``: where the cue starts when the phrase stands before it (a name the description runs
    on to lies before the cue, never past it); ``gender``: the cue's verb shows it ("добавила"),
    so no person of the other gender speaks — rather no one than the wrong one."""
    i, j = phrase
    s, e = toks[i].start, toks[j - 1].end
    # overlapping, not only inside: recognisers sometimes take a word too many ("Според Петраускас")
    inside = index(analysis.mentions).overlapping(s, e)
    people = [
        k
        for k in inside
        if analysis.mentions[k].type == "PER"
        and not _possessor(text, analysis, lex, k, e)
        and not _title_only(analysis.mentions[k], toks, lex)
    ]
    if organisation:  # "в МЧС сообщили", "в Кремле заявили": the body, or the seat of one
        orgs = [
            k
            for k in inside
            if analysis.mentions[k].type in ("LOC", *OUTLET_TYPES) and not analysis.mentions[k].kind
        ]
        # "в департаменте культуры области": a place that only follows the body's common name
        # says where the body is, it does not speak; a named body does
        orgs = [
            k for k in orgs if analysis.mentions[k].type != "LOC" or _whole(analysis.mentions[k], toks, i, j)
        ]
        return orgs[-1] if orgs else None
    people = [k for k in people if agrees(gender, analysis.mentions[k], lex.lang)]
    if people:
        return people[-1]
    # a title, a role, or a description in common nouns ("фермер", "a local official")
    described = not lex.pronouns.match(toks, i) and (
        lex.titles.find(toks, i, j)
        or lex.roles.find(toks, i, j)
        or all(t.kind != "w" or text[t.start].islower() for t in toks[i:j])
    )
    if (
        described
        and (named := _named_after(analysis, toks, lex, j, limit)) is not None
        and agrees(gender, analysis.mentions[named], lex.lang)
    ):
        return named
    pronoun = lex.pronouns.match(toks, i)
    if pronoun and j - i == pronoun[0]:
        return antecedent(text, analysis, lex, s, pronoun[1] or gender, discourse)
    titles = lex.titles.find(toks, i, j)
    if titles:
        who = _described(text, analysis, lex, toks, phrase, titles, discourse, gender)
        if who is not None:
            return who
    orgs = [
        k
        for k in inside
        if analysis.mentions[k].type in ("LOC", *OUTLET_TYPES) and not analysis.mentions[k].kind
    ]
    if orgs:
        rest = [t for t in toks[i:j] if not _in_mention(analysis.mentions[orgs[-1]], t)]
        bare = all(t.low in DETERMINERS or t.kind == "p" for t in rest)
        org = [k for k in orgs if analysis.mentions[k].type in OUTLET_TYPES]
        if bare:
            return orgs[-1]
        if org and lex.roles.find(toks, i, j) and not titles:
            return org[-1]
    return None


def _named_after(
    analysis: Analysis, toks: list[Token], lex: SpeakerLexicon, j: int, limit: int | None
) -> int | None:
    """The name a description runs on to: "начальник пожарной части района Павел
    Ильин", "учитель із Полтави Олена Гринь" (a person), "организация «Красный
    Крест»", "activists from Greenpeace" (a body), within the clause."""
    mentions = index(analysis.mentions)
    k = j
    while k < len(toks) and k < j + 8:
        tok = toks[k]
        if (tok.kind == "p" and tok.low not in QUOTE_MARKS) or (limit is not None and tok.start >= limit):
            return None
        if lex.stops.match(toks, k):
            return None
        at = mentions.starting_at(tok.start)
        m = at[-1] if at else None  # the last of the mentions starting there, as a map by start keeps
        if m is not None:
            kind = analysis.mentions[m].type
            between = toks[j:k]
            joined = bool(between) and (
                all(t.low in QUOTE_MARKS for t in between) or lex.apposition_preps.match(toks, j) is not None
            )
            if kind == "PER" or (kind == "ORG" and joined):
                return m  # (not "написала … у Twitter": a medium, not who speaks)
        k += 1
    return None


def _whole(m: Mention, toks: list[Token], i: int, j: int) -> bool:
    """Whether the mention is all the phrase toks[i:j] says, but for determiners and marks."""
    rest = [t for t in toks[i:j] if not _in_mention(m, t)]
    return all(t.low in DETERMINERS or t.kind == "p" for t in rest)


def _title_only(m: Mention, toks: list[Token], lex: SpeakerLexicon) -> bool:
    """A "person" mention that is only a title word ("Държавният" of "държавният глава")."""
    first = next((k for k, t in enumerate(toks) if t.start == m.start), None)
    if first is None:
        return False
    hit = lex.titles.match(toks, first) or lex.roles.match(toks, first)
    return bool(hit) and toks[first + hit[0] - 1].end >= m.end


def _in_mention(m: Mention, tok: Token) -> bool:
    return m.start <= tok.start and tok.end <= m.end


def _possessor(text: str, analysis: Analysis, lex: SpeakerLexicon, k: int, phrase_end: int) -> bool:
    """ "Orban's spokesman", "говорителят на Макрон", "пресс-секретарь Лукашенко": the person named is
    not the one speaking."""
    m = analysis.mentions[k]
    if text[m.end : m.end + 2] in ("'s", "’s") and m.end + 2 < phrase_end:
        return True
    before = text[max(0, m.start - 6) : m.start].lower().split()
    if before and before[-1] in ("of", "на") and lex.morph is None:
        return True
    if lex.morph:
        last = re.findall(r"\w+", m.text)
        if last and not word_info(lex.morph, last[-1]).nominative:
            return True
    return False


def antecedent(
    text: str, analysis: Analysis, lex: SpeakerLexicon, before: int, gender: str | None, discourse: Discourse
) -> int | None:
    """The person a third-person pronoun refers back to."""
    for k in discourse.last(before, RECENT):
        if analysis.mentions[k].type == "PER" and gender_of(analysis.mentions[k]) in (gender, None):
            return k
    for k in index(analysis.mentions).ending_by(before):
        m = analysis.mentions[k]
        if m.type == "PER" and gender_of(m) in (gender, None):
            return k
    return None


def _described(
    text: str,
    analysis: Analysis,
    lex: SpeakerLexicon,
    toks: list[Token],
    phrase: tuple[int, int],
    titles: list[tuple[int, int, str]],
    discourse: Discourse,
    gender: str | None = None,
) -> int | None:
    """A person the document introduced with a title of the same class (and the same country or
    organisation word, where the description has one), of the gender the verb shows: "Директор
    театра добавила" is not the theatre's artistic director Pavel, named before."""
    i, j = phrase
    classes = {label for _, _, label in titles}
    in_title = {k for a, b, _ in titles for k in range(a, b)}
    modifiers = [
        t.low
        for k, t in enumerate(toks[i:j], i)
        if k not in in_title and t.kind == "w" and len(t.low) >= 4 and t.low not in DETERMINERS
    ]
    before = toks[i].start
    people = memo("people", People, text, analysis.mentions, lex)
    keys: set[str] = set()  # the people introduced so, named before the phrase
    for label in classes:
        for key in people.by_label.get(label, {}):
            if key not in keys and people.first_end(key, label, tuple(modifiers)) <= before:
                if person_agrees(analysis, people.by_key[key][0], gender, lex.lang):
                    keys.add(key)
    if not keys:
        return None
    for k in discourse.last(before):
        # the discourse also holds organisations that spoke: they have no person key of their own
        key = people.keys[k] if k in people.keys else person_key(analysis.mentions[k])
        if key in keys:
            return k
    return max(people.latest(key, before) for key in keys)


class People:
    """The people of one document as the titles of one language introduce them: for each
    mention of a person, its key and the title classes of its introduction, computed once, so
    that finding "the president" does not re-read every earlier introduction for every quote."""

    def __init__(self, text: str, mentions: list[Mention], lex: SpeakerLexicon) -> None:
        self.mentions = mentions
        self.keys: dict[int, str] = {}
        self.by_key: dict[str, list[int]] = {}
        self.intros: dict[int, list[Token]] = {}
        self.by_label: dict[str, dict[str, list[int]]] = {}
        for k, m in enumerate(mentions):
            if m.type != "PER":
                continue
            key = self.keys[k] = person_key(m)
            self.by_key.setdefault(key, []).append(k)
            ctoks = self.intros[k] = introduction(text, mentions, k)[1]
            for label in {label for _, _, label in lex.titles.find(ctoks)}:
                self.by_label.setdefault(label, {}).setdefault(key, []).append(k)
        self.in_order = all(a.start <= b.start for a, b in zip(mentions, mentions[1:], strict=False))
        self._first_end: dict[tuple[str, str, tuple[str, ...]], float] = {}

    def first_end(self, key: str, label: str, modifiers: tuple[str, ...]) -> float:
        """Where the earliest-ending introduction of the person by a title of this class (with
        words of the same stem as every modifier) ends; infinity where there is none."""
        hit = self._first_end.get((key, label, modifiers))
        if hit is None:
            ends = [
                self.mentions[k].end
                for k in self.by_label[label].get(key, ())
                if all(any(same_root(t.low, mod) for t in self.intros[k]) for mod in modifiers)
            ]
            hit = self._first_end[key, label, modifiers] = min(ends, default=math.inf)
        return hit

    def latest(self, key: str, before: int) -> int:
        """The person's last mention that ends by ``before`` (one does: the caller knows)."""
        ks = self.by_key[key]
        # mentions in order of start: those starting after ``before`` cannot end by it
        n = bisect_right(ks, before, key=lambda k: self.mentions[k].start) if self.in_order else len(ks)
        return next(k for k in reversed(ks[:n]) if self.mentions[k].end <= before)


VOWELS = frozenset("aeiouyаеёиоуыэюяіїєъьáéíóúýěů")


def same_root(a: str, b: str) -> bool:
    """ "России" ~ "российский", "Литвы" ~ "литовский" (not "латвийский"), "Latvia" ~ "Latvian":
    the same first five letters, or the same first three letters and first three consonants."""
    a, b = a.casefold().replace("'", ""), b.casefold().replace("'", "")
    if a[:5] == b[:5]:
        return True
    ka = [c for c in a if c.isalpha() and c not in VOWELS][:3]
    kb = [c for c in b if c.isalpha() and c not in VOWELS][:3]
    return len(ka) == 3 and ka == kb and a[:3] == b[:3]


def introduction(text: str, mentions: list[Mention], k: int) -> tuple[int, list[Token]]:
    """The words that present a person: up to six words before the name in its clause
    ("молдавским президентом", "Chile's President") and an apposition after it
    ("John Reed, the mayor of …,")."""
    m = mentions[k]
    lo = max(0, m.start - 80)
    left = text[lo : m.start]
    cut = max(left.rfind(ch) for ch in '.!?;\n(«"“„')
    left_start = lo + cut + 1
    toks = tokens(text, left_start, m.start)[-6:]
    after = re.match(r",\s+([^,.;:!?\n]{2,60}),", text[m.end : m.end + 70])
    if after:
        toks += tokens(text, m.end + after.start(1), m.end + after.end(1))
    return left_start, toks


def person_key(m: Mention) -> str:
    """Mentions of one person in one document share their last name."""
    words = re.findall(r"\w+", m.base or m.text)
    return (words[-1] if words else m.text).casefold()


def person_agrees(analysis: Analysis, k: int, gender: str | None, lang: str | None) -> bool:
    """Whether the person of mention ``k`` can be the subject of a verb of this gender, told by
    their fullest mention in the document: the one with a first name, most often in the nominative
    ("Громова" alone may be a man's genitive)."""
    if gender is None or analysis.mentions[k].type != "PER":
        return True
    same = memo("people by key", _by_key, analysis.mentions).get(person_key(analysis.mentions[k]), [k])
    fullest = max(same, key=lambda n: len(analysis.mentions[n].text.split()))
    return agrees(gender, analysis.mentions[fullest], lang)


def _by_key(mentions: list[Mention]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for n, m in enumerate(mentions):
        if m.type == "PER":
            out.setdefault(person_key(m), []).append(n)
    return out


def gender_of(m: Mention) -> str | None:
    """Gender where the name shows it (``speaker_gender``: a first name, a surname's ending —
    Петрова, Kowalska, Петров); None when it cannot be told."""
    return person_gender(m)
