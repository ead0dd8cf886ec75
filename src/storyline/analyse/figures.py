"""Figures: counts about events ("погибло 38 человек", "62 passengers and five crew").

For each number in a sentence (``numbers``), the words around it say what it counts, from
``lang/findings/figures.<lang>.toml``, in this order of strength:
1. a state said of those counted ("six survivors are in critical condition" → critical): a
   subgroup, never the total;
2. a noun that names the thing counted and is not just a kind of person ("482 rescuers",
   "38 погибших");
3. a casualty verb or participle around the number ("killing 38", "29 получили ранения");
4. a noun naming a group of people ("62 passengers", "72 occupants");
5. a context phrase ("на борту находились 67 человек" → on_board).
A group counted by what was done to it that says nothing of the toll ("two crew members were
questioned", ``unrelated`` in the pack) is no figure. A number with none of these is no figure: precision first. Units ("30 минут", "38%"), codes
and designations ("рейс 5412", "Boeing 737") and years never count. "14 of 52 people on board"
gives two figures. Parts of a count ("среди погибших 5 детей", "12 in Huesca") are figures with a
``subgroup`` (``figure_parts``, ``figure_places``). Passengers and crew joined by "and" add up to
an on_board figure of their own, marked ``derived``, whose span covers both.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Hashable
from datetime import date

from storyline.analyse.figure_lexicon import BOUNDARY, Candidate, Lexicon, lexicon, stops
from storyline.analyse.figure_parts import mark_parts
from storyline.analyse.figure_places import Place, sentence_places, split_by_place
from storyline.analyse.figure_sources import attribution
from storyline.analyse.numbers import _analyzer, find_numbers
from storyline.analyse.offsets import grouped, index, memo
from storyline.analyse.phrases import Token, strip_clitics, tokens
from storyline.analyse.text import lang_at, passage_at
from storyline.model import Analysis, EventMention, FigureMention

__all__ = ["find_figures", "lexicon", "nearest_event"]

WINDOW = 10
NEAR = 6
WINDOW_BEFORE = 8
TOLL_WINDOW = 24
NEAR_PLACE = 3  # words of a place said between two coordinated counts
PUNCTUATION = {"،": ",", "؛": ";", "؟": "?"}


def find_figures(text: str, analysis: Analysis, published: date | None) -> list[FigureMention]:
    found: list[tuple[FigureMention, Place | None, bool]] = []
    last: str | None = None  # the attribute counted last: "the real number was 70" goes on with it
    recent: str | None = None  # … counted in the sentence right before: "Among them, 3 children."
    for s, e in analysis.sentences:
        lang = lang_at(analysis, s)
        lex = lexicon(lang)
        figures = _sentence(text, analysis, lex, lang, s, e, last, recent) if lex is not None else []
        found += figures
        recent = figures[-1][0].attribute if figures else None
        last = recent or last
    # a document that counts one attribute at two places or more splits a total by place
    parts = split_by_place([(f.attribute, p, near) for f, p, near in found])
    for (f, place, _near), part in zip(found, parts, strict=True):
        if part and place is not None:
            f.subgroup = "in " + place.label
    return [f for f, _, _ in found]


def _sentence(
    text: str,
    analysis: Analysis,
    lex: Lexicon,
    lang: str | None,
    s: int,
    e: int,
    last: str | None = None,
    recent: str | None = None,
) -> list[tuple[FigureMention, Place | None, bool]]:
    """The sentence's figures, each with the place it may be a part at (None for a part already,
    a total, a sum, or a count with no place) and whether that place is said with it."""
    toks = _with_numbers(text, tokens(text, s, e), find_numbers(text, s, e, lang))
    for k, t in enumerate(toks):
        if t.low in PUNCTUATION:  # the Arabic script's comma is a comma
            toks[k] = Token(t.start, t.end, PUNCTUATION[t.low], t.kind)
    strip_clitics(toks, lex.prefixes)
    _sole(toks, lex)
    cands = [c for c in _candidates(text, toks, lex) if not _dated_year(analysis, toks, c)]
    if not cands and not any(t.kind == "w" and lex.zero.match(toks, k) for k, t in enumerate(toks)):
        return []
    cands = sorted(cands + _none(toks, lex), key=lambda c: c.first)
    counts = {k for c in cands for k in range(c.first, c.last + 1)}
    for c in cands:
        if c.how != "zero":
            _attribute(toks, lex, c, lang, counts, last)
        if c.attribute:
            last = c.attribute
    _shared(toks, lex, cands)
    mark_parts(
        text, toks, lex, cands, recent, sentence_places(text, analysis, toks, lang, lex.country_endings)
    )
    cands = [c for c in cands if c.attribute and not _named_one(text, toks, c) and not _article(toks, lex, c)]
    cands = _with_groups(toks, lex, cands)
    figures = [_mention(text, analysis, lex, toks, c, s, e) for c in cands]
    out = [
        (f, None if c.subgroup or c.total else c.place, c.place_near)
        for f, c in zip(figures, cands, strict=True)
    ]
    return out + [(f, None, False) for f in _sums(text, analysis, lex, toks, cands, figures)]


def _article(toks: list[Token], lex: Lexicon, c: Candidate) -> bool:
    """ "un número indeterminado", "con un": the article is "one" only with a counted word or its
    verb right after it ("un simpatizante murió", "un suspect a fost reținut"), or after "only"
    ("nur ein Fahrgast blieb unverletzt")."""
    if c.value != 1 or toks[c.first].low not in lex.articles:
        return False
    k = c.first - 1
    if k >= 0 and _is_sole(toks[k], lex):
        return False
    if k >= 0 and (lex.preps.match(toks, k) or lex.at.match(toks, k)):
        return True  # "in ein Lager", "dans un état grave"
    if c.how == "verb_after":  # only as the subject that opens its clause: "Un suspect a fost reținut"
        return not (k < 0 or toks[k].low in BOUNDARY or lex.conj.match(toks, k)) or c.hi - c.last > 5
    if c.how == "state" and lex.of.match(toks, c.last + 1):  # "uno de ellos se encuentra en estado grave"
        return False
    return c.how not in ("noun", "noun_weak", "part") or bool(lex.of.match(toks, c.last + 1))


def _none(toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """ "There were no survivors", "não houve sobreviventes": a count of none."""
    return [
        Candidate(a, b - 1, 0.0, lo=a, hi=b, attribute=label, how="zero")
        for a, b, label in lex.zero.find(toks)
        if not any(t.kind == "num" for t in toks[a:b])
    ]


def _is_sole(t: Token, lex: Lexicon) -> bool:
    return t.kind == "w" and (t.low in lex.sole or any(a in lex.sole for a in t.alts))


def _sole(toks: list[Token], lex: Lexicon) -> None:
    """ "the only survivor", "l'unica superstite": "only" before a counted word is the number one."""
    for k, t in enumerate(toks[:-1]):
        if _is_sole(t, lex) and (
            lex.nouns.match(toks, k + 1)
            or (toks[k + 1].kind == "w" and not stops(toks, lex, k + 1) and lex.nouns.match(toks, k + 2))
        ):
            toks[k] = Token(t.start, t.end, t.low, "num", 1.0, t.alts)


def _with_groups(toks: list[Token], lex: Lexicon, cands: list[Candidate]) -> list[Candidate]:
    """ "All 14 people on board were rescued", "alle elf Fahrgäste und zwei Schaffner wurden
    verletzt": where all of a group are counted, the count is also the group's own (on board,
    passengers, crew) besides what happened to them."""
    out: list[Candidate] = []
    every = False
    for n, c in enumerate(cands):
        out.append(c)
        k = c.first - 1
        if k >= 0 and (qual := lex.qualifiers.match_ending(toks, k)):
            k -= qual[0]
        every = bool(k >= 0 and lex.every.match_ending(toks, k)) or (
            every and n > 0 and _coordinated(toks, lex, cands[n - 1], c)
        )
        if every and c.noun in lex.sum_parts | {lex.sum_total} and c.attribute != c.noun and not c.subgroup:
            out.append(
                Candidate(c.first, c.last, c.value, c.value_max, c.qualifier, c.first, max(c.noun_end, c.last + 1),
                          attribute=c.noun, how="group", noun=c.noun, noun_end=c.noun_end)
            )  # fmt: skip
    return out


def _named_one(text: str, toks: list[Token], c: Candidate) -> bool:
    """ "One witness, Lena Moor, told …": one person named, not a count."""
    k = c.hi
    return (
        c.value == 1
        and k + 1 < len(toks)
        and toks[k].low == ","
        and toks[k + 1].kind == "w"
        and text[toks[k + 1].start].isupper()
    )


def _with_numbers(text: str, toks: list[Token], numbers: list) -> list[Token]:
    out: list[Token] = []
    k = 0
    for n in numbers:
        while k < len(toks) and toks[k].end <= n.start:
            out.append(toks[k])
            k += 1
        raw = text[n.start : n.end]
        num = Token(n.start, n.end, raw.lower(), "num" if n.integer else "w", n.value)
        out.append(num)
        while k < len(toks) and toks[k].start < n.end:
            k += 1
    return out + toks[k:]


def _candidates(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind != "num" or _not_a_count(text, toks, lex, i):
            i += 1
            continue
        cand = Candidate(i, i, t.value, lo=i, hi=i + 1)
        join = lex.range_join.match(toks, i + 1)
        opener = lex.range_open.match_ending(toks, i - 1) if i else None
        # "се е увеличил от 17 на 23", "has risen from 12 to 19": two values of one count in
        # time, the later one an update, not a range
        since = lex.change_from.match_ending(toks, i - 1) if i else None
        to = lex.change_to.match(toks, i + 1)
        if since and i > since[0] and lex.change.match_ending(toks, i - since[0] - 1) and to:
            j = i + 1 + to[0]
            if j < len(toks) and toks[j].kind == "num" and not _not_a_count(text, toks, lex, j):
                cand.lo = i - since[0]
                out += [cand, Candidate(j, j, toks[j].value, lo=j, hi=j + 1, update=True)]
                i = j + 1
                continue
        if join and i + 1 + join[0] < len(toks):
            j = i + 1 + join[0]
            nxt = toks[j]
            plain_and = toks[i + 1].low in ("и", "and", "і", "та")
            if nxt.kind == "num" and nxt.value > t.value and (opener or not plain_and):
                if not _not_a_count(text, toks, lex, j):
                    cand = Candidate(i, j, t.value, nxt.value, "range", lo=i, hi=j + 1)
        if cand.qualifier == "range" and opener:
            cand.lo = i - opener[0]
        elif i and (qual := lex.qualifiers.match_ending(toks, i - 1)):
            cand.qualifier = qual[1]
            cand.lo = i - qual[0]
        if cand.qualifier == "exact":
            for k in (cand.last + 1, cand.last + 2):
                if k < len(toks) and (qual := lex.qualifiers_after.match(toks, k)):
                    cand.qualifier = qual[1]
                    cand.hi = k + qual[0]
                    break
                if k >= len(toks) or toks[k].kind != "w":
                    break
        out.append(cand)
        i = cand.last + 1
    return out


def _dated_year(analysis: Analysis, toks: list[Token], c: Candidate) -> bool:
    """A year the text's own date expression wraps ("v roce 2014 zahynuly…", "в 2014 году") is
    a date, even where a verb of dying follows it, which lets "2014 people" count."""
    t = toks[c.first]
    if c.qualifier == "range" or not (t.low.isdigit() and len(t.low) == 4 and 1900 <= t.value <= 2100):
        return False
    return any(
        x.start <= t.start and t.end <= x.end and (x.start, x.end) != (t.start, t.end)
        for x in analysis.timexes
    )


def _not_a_count(text: str, toks: list[Token], lex: Lexicon, i: int) -> bool:
    t = toks[i]
    if not math.isfinite(t.value) or t.value < 1 or t.value != int(t.value):
        return True
    if i + 1 < len(toks) and lex.units.match(toks, i + 1):
        return True
    if i + 2 < len(toks) and lex.of.match(toks, i + 1) and lex.units.match(toks, i + 2):
        return True  # "3,2 milioni di litri", "2 millones de litros"
    if i + 3 < len(toks) and toks[i + 2].kind == "num" and lex.units.match(toks, i + 3):
        if lex.conj.match(toks, i + 1) or lex.range_join.match(toks, i + 1):
            return True  # "25 и 26 июля", "25-26 July": the unit is said once for both
    if i and lex.designators.match_ending(toks, i - 1):
        return True
    if i > 1 and toks[i - 1].kind == "w":  # (a capital that opens the sentence says nothing)
        prev = text[toks[i - 1].start : toks[i - 1].end]
        if prev[0].isupper() and prev.isascii() and not _is_cue(toks, lex, i - 1):
            # "Embraer 190", "Boeing 737": a model, not a count — unless a counted word follows
            # ("Actualizare 09:40 Sunt 37 persoane rănite")
            return not (i + 1 < len(toks) and lex.nouns.match(toks, i + 1))
    if _address(text, toks, lex, i):
        return True
    raw = t.low
    if raw.isdigit() and len(raw) == 4 and 1900 <= t.value <= 2100:
        return not (i + 1 < len(toks) and lex.nouns.match(toks, i + 1))
    return False


def _address(text: str, toks: list[Token], lex: Lexicon, i: int) -> bool:
    """A house number: "на улице Садовой, 7", "ул. Мира 5" (a street word, a name, the number)."""
    k = i - 1
    while k >= 0 and toks[k].low in (",", "»", "“", "”", '"', "«", "„"):
        k -= 1
    names = 0
    while k >= 0 and toks[k].kind == "w" and text[toks[k].start].isupper() and names < 3:
        k -= 1
        names += 1
        while k >= 0 and toks[k].low in ("«", "„", '"', "“"):
            k -= 1
    if k >= 0 and toks[k].low == ".":
        k -= 1
    return names > 0 and k >= 0 and bool(lex.address.match_ending(toks, k))


def _is_cue(toks: list[Token], lex: Lexicon, j: int) -> bool:
    return any(
        pl.match_ending(toks, j)
        for pl in (lex.qualifiers, lex.verbs, lex.context, lex.range_open, lex.source)
    )


def _attribute(
    toks: list[Token], lex: Lexicon, c: Candidate, lang: str | None, counts: set[int], last: str | None
) -> None:
    """Decide what the candidate counts (``c.attribute``, None when nothing says so)."""
    j = c.last + 1
    noun = None
    noun_at = j
    # "38 of 67 people": the figure's own noun is not the total's
    article = 1 if j + 2 < len(toks) and toks[j + 1].low in lex.determiners else 0
    if j + 1 + article < len(toks) and lex.of.match(toks, j) and toks[j + 1 + article].kind == "num":
        j = _skip_noun(toks, lex, j + 2 + article)
        noun_end = c.last + 1
    else:
        hit = lex.nouns.match(toks, j)
        skip = 0
        if hit is None and j + 1 < len(toks) and toks[j].kind == "w" and not stops(toks, lex, j):
            if not lex.adjectives_after and _may_be_adjective(lex, toks[j].low):
                hit = lex.nouns.match(toks, j + 1)  # one adjective between: "five Georgian crew"
                skip = 1
        if hit is None and j + 1 < len(toks) and lex.of.match(toks, j):
            article = 1 if toks[j + 1].low in lex.determiners else 0
            hit = lex.nouns.match(toks, j + 1 + article)  # "six of the survivors"
            skip = 1 + article
        if hit:
            noun, noun_at = hit[1], j + skip
            j += skip + hit[0]
        elif thing := _thing(toks, lex, j):
            _thing_attribute(toks, lex, c, thing)
            return
        elif _inanimate_after(toks, lex, j):
            c.how = "thing"  # "97 единиц": counts of things we have no word for
            return
        noun_end = j
    c.noun, c.noun_end = noun, noun_end
    if noun in (None, "generic") and (head := _head(toks, lex, c.lo - 1)):
        # "тела ещё пяти горняков", "the bodies of 9 sailors"
        c.attribute, c.how, c.lo = head[1], "noun", head[0]
        c.hi = max(c.hi, noun_end)
        return
    after = _window_after(toks, lex, j)
    before, subgroup = _window_before(toks, lex, c.lo - 1)
    c.marker = subgroup
    state = next(((a, b, lbl) for a, b, lbl in after if lbl.startswith("state:")), None)
    verb_after = next(((a, b, lbl) for a, b, lbl in after if lbl.startswith("verb:")), None)
    context_after = next(((a, b, lbl) for a, b, lbl in after if lbl.startswith("context:")), None)
    if context_after and context_after[0] == c.last + 1:
        context_after = None  # "the 737 carried 132 people": the number names the carrier
    verb_before = next(((a, b, lbl) for a, b, lbl in before if lbl.startswith(("verb:", "verb_far:"))), None)
    if verb_before and verb_before[2].startswith("verb_far:"):
        # "пострадали при сблъсъка на двата влака": past a preposition, only a counted word we
        # know says the number counts people
        verb_before = (
            (verb_before[0], verb_before[1], "verb:" + verb_before[2].split(":", 1)[1]) if noun else None
        )
    context_before = next(((a, b, lbl) for a, b, lbl in before if lbl.startswith("context:")), None)
    unrelated = next((a for a, _b, lbl in after if lbl.startswith("unrelated:")), None)
    if unrelated is not None and not state and not (verb_after and verb_after[0] < unrelated):
        verb_after = None
        if noun is None or noun in lex.overridable:
            # "two crew members were questioned": those counted are not the toll, nor all aboard
            return
    if verb_after and verb_before and verb_after[0] >= j + NEAR:
        verb_after = None  # a verb near before the number is likelier its own than one far after
    partitive = c.last + 1 < len(toks) and _partitive(toks, lex, c)
    weak = noun is None or noun in lex.overridable or partitive
    # "three paramedics were treated for burns": harm said of those who came to help
    harmed = noun in lex.harm_overridable and not partitive
    before_of = c.lo - 2 if c.lo > 1 and toks[c.lo - 1].low in lex.determiners else c.lo - 1
    if before_of >= 0 and lex.of.match_ending(toks, before_of):
        # "из 54 пассажиров погибли семеро": 54 is the group the others are counted from
        verb_after = verb_before = None
    c.hi = max(c.hi, noun_end)
    choice: tuple[int, int, str] | None = None
    choice_at: int | None = None  # where the words that say what happened to those counted begin
    how = ""
    if state and (weak or harmed or noun in lex.state_overridable):
        choice, how = state, "state"
    elif harmed and verb_after and verb_after[2].split(":", 1)[1] in lex.harm:
        choice, how = verb_after, "verb_after"
    elif noun and not weak:
        c.attribute, c.how = noun, "noun"
        choice_at = noun_at
    elif verb_after and weak:
        choice, how = verb_after, "verb_after"
    elif verb_before and weak:
        choice, how = verb_before, "verb_before"
    elif weak and (part := _participle(toks, lex, noun_end)):
        # "25 рабочих, эвакуированных из шахты", "3 000 людей, які мітингували"
        choice, how = part, "participle"
    elif noun and noun != "generic" and not partitive:
        c.attribute, c.how = noun, "noun_weak"  # ("один из пассажиров" names a passenger)
        choice_at = noun_at
    elif (
        noun in (None, "generic")
        and not subgroup
        and (toll := _toll_before(toks, lex, c.lo - 1, counts, last))
    ):
        choice, how = toll, "toll"
    elif noun in (None, "generic") and not subgroup and (context_after or context_before):
        # "на борда е имало 17 туристи" — but in "carrying 52 schoolchildren and four teachers"
        # 52 is one part of those on board, not all of them
        if not _one_of_parts(toks, lex, c, noun_end):
            choice, how = context_after or context_before, "context"
    if choice:
        a, b, lbl = choice
        c.attribute, c.how = lbl.split(":", 1)[1], how
        c.lo, c.hi = min(c.lo, a), max(c.hi, b)
        choice_at = a if how in ("verb_after", "verb_before", "participle") else None
    if c.attribute in lex.presumed_as and choice_at and lex.presumed.match_ending(toks, choice_at - 1):
        # "four workers presumed dead", "pretpostavlja se da su poginuli": not known to have died
        c.attribute = lex.presumed_as[c.attribute]


def _head(toks: list[Token], lex: Lexicon, j: int) -> tuple[int, str] | None:
    """(first token, attribute) of a noun right before the number that says what it counts."""
    if j >= 0 and (more := lex.more.match_ending(toks, j)):
        j -= more[0]
    hit = lex.heads.match_ending(toks, j) if j >= 0 else None
    return (j - hit[0] + 1, hit[1]) if hit else None


def _thing(toks: list[Token], lex: Lexicon, j: int) -> tuple[int, str] | None:
    """(tokens to the end of the counted word, class) where the number counts things such as
    buildings: "210 домов", "12 apartment blocks"."""
    hit = lex.things.match(toks, j)
    if hit:
        return hit
    if j + 1 < len(toks) and toks[j].kind == "w" and not stops(toks, lex, j):
        hit = lex.things.match(toks, j + 1)
        if hit and _adjective(lex, toks[j].low):
            return hit[0] + 1, hit[1]
    return None


def _thing_attribute(toks: list[Token], lex: Lexicon, c: Candidate, thing: tuple[int, str]) -> None:
    """Things take their attribute from what happened to them ("подтоплены 210 домов" →
    homes_flooded, "destroyed 65 homes" → homes_destroyed); without a verb they count nothing."""
    c.how = "thing"
    verbs = lex.thing_verbs.get(thing[1])
    if verbs is None:
        return
    end = c.last + 1 + thing[0]
    c.hi = max(c.hi, end)
    k = end
    while k < len(toks) and k < end + WINDOW and toks[k].kind != "num" and toks[k].low not in BOUNDARY:
        if lex.conj.match(toks, k) and not lex.aux.match(toks, k + 1):
            break  # "damaged the roofs of 300 houses and destroyed a school"
        if hit := verbs.match(toks, k):
            c.attribute, c.hi = hit[1], k + hit[0]
            return
        k += 1
    k = c.lo - 1
    while k >= 0 and k > c.lo - 1 - WINDOW and toks[k].kind != "num" and toks[k].low not in BOUNDARY:
        if hit := verbs.match_ending(toks, k):
            c.attribute, c.lo = hit[1], k - hit[0] + 1
            return
        k -= 1


def _participle(toks: list[Token], lex: Lexicon, j: int) -> tuple[int, int, str] | None:
    """A participle or relative clause right after the counted words and a comma."""
    end = j
    while end < len(toks) and end < j + 2 and toks[end].kind == "w" and not stops(toks, lex, end):
        end += 1  # the counted word, where no lexicon names it: "25 рабочих, …"
    j = end
    if j + 1 >= len(toks) or toks[j].low != ",":
        return None
    k = j + 1
    rel = lex.relative.match(toks, k)
    if rel:
        k += rel[0]
    hit = lex.verbs.match(toks, k)
    kind = "verb"
    if hit is None and (hit := lex.context.match(toks, k)):
        kind = "context"  # "из 48, находившихся на борту"
    if hit is None:
        return None
    if not rel and lex.morph and not _may_be_participle(lex, toks[k].low):
        return None  # "погибли 3 человека, пострадали 7": a clause of its own
    after = k + hit[0]
    if not rel and not lex.morph and after < len(toks) and not lex.preps.match(toks, after):
        if toks[after].low not in BOUNDARY:
            return None  # without a dictionary: "туристи, изчезнали в планината", not "…, hospitalizovaných bylo"
    return k, k + hit[0], f"{kind}:{hit[1]}"


def _shared(toks: list[Token], lex: Lexicon, cands: list[Candidate]) -> None:
    """Counts joined by "and" share the verb said of them all ("травмы получили 9 зрителей и
    четверо стюардов"); the earlier value of a change is a value of the same count ("has
    risen to 19, up from 12")."""
    open_ = ("", "noun_weak")
    for a, b in zip(cands, cands[1:], strict=False):
        if b.how in open_ and a.how == "verb_before" and _coordinated(toks, lex, a, b):
            b.attribute, b.how = a.attribute, "shared"
        elif not b.how and a.attribute and (b.update or _earlier(toks, lex, a, b)):
            b.attribute, b.how = a.attribute, "update"
    for a, b in reversed(list(zip(cands, cands[1:], strict=False))):
        if (
            a.how in open_
            and b.how in ("verb_after", "shared_after")
            and _opens_clause(toks, lex, a)
            and _coordinated(toks, lex, a, b)
        ):
            a.attribute, a.how = b.attribute, "shared_after"


def _opens_clause(toks: list[Token], lex: Lexicon, c: Candidate) -> bool:
    """Nothing but a conjunction or "ещё" before the count in its clause: "Девет работници и
    двама шофьори … са в болница" (not "разболяла повече от 37 милиона души и …")."""
    k = c.lo - 1
    while k >= 0 and toks[k].kind == "w" and (lex.conj.match(toks, k) or lex.more.match(toks, k)):
        k -= 1
    return k < 0 or toks[k].low in BOUNDARY or toks[k].low in ("—", "–", "-", ":")


def _coordinated(toks: list[Token], lex: Lexicon, a: Candidate, b: Candidate) -> bool:
    """Only the first count's own words, one "and" and perhaps "ещё" between the two counts:
    "9 зрителей и четверо стюардов" (not "arrested two men and seized 40 kilograms")."""
    between = toks[a.last + 1 : b.lo]
    joins = [k for k in range(len(between)) if between[k].low != "," and lex.conj.match(between, k)]
    if len(joins) != 1 or joins[0] > 2 + 1 + NEAR_PLACE:
        return False
    k = joins[0]
    more = lex.more.match(between, k + 1)
    if k + 1 < len(between) and (more is None or k + 1 + more[0] != len(between)):
        return False
    words = between[:k]
    for n in range(len(words)):
        if hit := lex.at.match(words, n):  # "۱۷ نفر در استان … و چهار نفر": where the first count was
            if len(words) - n - hit[0] <= 3:
                words = words[:n]
            break
    return len(words) <= 2 and all(t.kind == "w" and not stops(words, lex, n) for n, t in enumerate(words))


def _earlier(toks: list[Token], lex: Lexicon, a: Candidate, b: Candidate) -> bool:
    """ "…has risen to 31, up from 24": b is an earlier value of a's count."""
    hit = lex.earlier.match_ending(toks, b.lo - 1) if b.lo else None
    if not hit:
        return False
    between = toks[a.hi : b.lo - hit[0]]  # ", " or " on Friday, "
    return (
        len(between) <= 5
        and all(t.kind != "num" for t in between)
        and (not between or between[-1].low == ",")
    )


def _one_of_parts(toks: list[Token], lex: Lexicon, c: Candidate, noun_end: int) -> bool:
    """A number listed with another: "52 schoolchildren and four teachers"."""
    j = max(noun_end, c.last + 2)
    k = j
    while k < len(toks) and k < j + 2 and toks[k].kind == "w" and not lex.conj.match(toks, k):
        k += 1  # the counted word itself
    after = k + 1 < len(toks) and lex.conj.match(toks, k) and toks[k + 1].kind == "num"
    if after and toks[k].low == ",":
        # "на борту было 40 человек, трое пропали": the next count has a clause of its own
        after = not any(lex.verbs.match(toks, n) for n in range(k + 2, min(k + 5, len(toks))))
    before = (
        c.lo >= 2
        and lex.conj.match(toks, c.lo - 1)
        and any(t.kind == "num" for t in toks[max(0, c.lo - 4) : c.lo - 1])
    )
    return bool(after or before)


def _partitive(toks: list[Token], lex: Lexicon, c: Candidate) -> bool:
    """ "Two of the injured died": the group a part is taken from names no attribute of its own."""
    j = c.last + 1
    return bool(lex.of.match(toks, j)) and j + 1 < len(toks) and toks[j + 1].kind != "num"


def _skip_noun(toks: list[Token], lex: Lexicon, j: int) -> int:
    hit = lex.nouns.match(toks, j)
    return j + hit[0] if hit else j


def _window_after(toks: list[Token], lex: Lexicon, j: int) -> list[tuple[int, int, str]]:
    out = []
    k = j
    limit = j + WINDOW
    while k < len(toks) and k < limit:
        t = toks[k]
        aside = lex.relative.match(toks, k + 1) or lex.subgroup.match(toks, k + 1)
        if t.low == "," and k + 1 < len(toks) and aside and not out:
            # "30 пасажирів маршрутки, що врізалася в стовп, отримали травми", "eleven people,
            # among them the driver, were hurt": past the clause
            close = next((n for n in range(k + 2, min(k + 16, len(toks))) if toks[n].low == ","), None)
            if close is not None and not any(toks[n].kind == "num" for n in range(k, close)):
                limit += close + 1 - k
                k = close + 1
                continue
        if t.low != "," and lex.conj.match(toks, k) and lex.aux.match(toks, k + 1) and not out:
            k += 1  # "четирима са с изгаряния и са откарани в болница": the same subject goes on
            continue
        if t.kind == "num" or t.low in BOUNDARY or lex.conj.match(toks, k):
            break
        for kind, pl in (
            ("state", lex.states),
            ("verb", lex.verbs),
            ("unrelated", lex.unrelated),
            ("context", lex.context),
        ):
            hit = pl.match(toks, k)
            if hit:
                out.append((k, k + hit[0], f"{kind}:{hit[1]}"))
                break
        k += 1
    return out


def _window_before(toks: list[Token], lex: Lexicon, j: int) -> tuple[list[tuple[int, int, str]], str | None]:
    """Cues before the number, nearest first (a verb beyond a preposition is marked "far":
    "пострадали при сблъсъка на двата влака"), and whether a subgroup marker opens the clause
    ("Сред загиналите има и четири деца")."""
    out = []
    k = j
    prep = far = False  # far: a preposition and then another word lie between cue and number
    while k >= 0 and k > j - WINDOW_BEFORE:
        t = toks[k]
        if t.kind == "num" or t.low in BOUNDARY or lex.conj.match(toks, k):
            break
        cue = False
        for kind, pl in (("verb", lex.verbs), ("verb", lex.actions), ("context", lex.context)):
            hit = pl.match_ending(toks, k)
            if hit:
                label = "verb_far" if kind == "verb" and far else kind
                out.append((k - hit[0] + 1, k + 1, f"{label}:{hit[1]}"))
                cue = True
                break
        if lex.preps.match(toks, k):
            prep = True
        elif prep and not cue and t.kind == "w":
            far = True  # "пострадали при сблъсъка на двата влака", not "смъртта на 14"
        k -= 1
    subgroup = None
    k = j
    while k >= 0 and not (toks[k].kind == "p" and toks[k].low in ".;:!?,"):
        if hit := lex.subgroup.match_ending(toks, k):
            subgroup = " ".join(t.low for t in toks[k - hit[0] + 1 : k + 1])
            break
        k -= 1
    return out, subgroup


def _toll_before(
    toks: list[Token], lex: Lexicon, j: int, counts: set[int], last: str | None
) -> tuple[int, int, str] | None:
    """A total named earlier in the clause, with no other count between: "the death toll from
    the fire has risen to 23", "число погибших … выросло до 17" (past "поезд № 1234", which
    counts nothing). A word that only says "the number" goes on with the count named last
    ("the real number was at least 70")."""
    k = j
    while k >= 0 and k > j - TOLL_WINDOW:
        t = toks[k]
        if (t.kind == "num" and k in counts) or t.low in (".", ";", "!", "?", "(", ")"):
            return None
        hit = lex.tolls.match_ending(toks, k)
        if hit:
            label = hit[1]
            if label == "same":
                # only right before the number ("the real number was 70"), not "the number of
                # briefings … was 129"
                if j - k > 2:
                    return None
                k0 = k - hit[0]  # the word before "the number": what it is the number of
                if k0 >= 0 and lex.things.match_ending(toks, k0):
                    return None
                named = lex.nouns.match_ending(toks, k0) if k0 >= 0 else None
                # "yaralı sayısı 3 bin 208" (injured), "yıkılan bina sayısı 1 bin 912" (buildings)
                label = named[1] if named and named[1] != "generic" else last
                if label is None:
                    return None
            return k - hit[0] + 1, k + 1, f"toll:{label}"
        k -= 1
    return None


def _may_be_adjective(lex: Lexicon, word: str) -> bool:
    """Where a dictionary exists: whether the word can be an adjective or participle ("Сім
    профспілок пілотів" counts unions, not pilots); without one, assume it can."""
    if not lex.morph:
        return True
    return any(p.tag.POS in ("ADJF", "PRTF", "NUMR") for p in _analyzer(lex.morph).parse(word))


def _adjective(lex: Lexicon, word: str) -> bool:
    """Whether the word is likeliest an adjective ("жилых домов", not "жильцов дома")."""
    if not lex.morph:
        return True
    parses = _analyzer(lex.morph).parse(word)
    return bool(parses) and parses[0].tag.POS in ("ADJF", "PRTF")


def _may_be_participle(lex: Lexicon, word: str) -> bool:
    assert lex.morph
    return any(p.tag.POS in ("PRTF", "PRTS", "ADJF") for p in _analyzer(lex.morph).parse(word))


def _inanimate_after(toks: list[Token], lex: Lexicon, j: int) -> bool:
    """The counted word, past up to two adjectives, is a thing ("14 основных транспортных
    магистралей", "4 европейские страны")."""
    for k in range(j, min(j + 3, len(toks))):
        if toks[k].kind != "w":
            return False
        if _inanimate(lex, toks[k].low):
            return True
        if not (lex.morph and _adjective(lex, toks[k].low)) or _may_be_noun(lex, toks[k].low):
            return False  # ("2 тысяч рабочих завода": "рабочих" is who is counted)
    return False


def _may_be_noun(lex: Lexicon, word: str) -> bool:
    assert lex.morph
    return any(p.tag.POS == "NOUN" and p.score > 0.05 for p in _analyzer(lex.morph).parse(word))


def _inanimate(lex: Lexicon, word: str) -> bool:
    """True when a morphological dictionary says the word is only ever an inanimate noun."""
    if not lex.morph:
        return False
    parses = [p for p in _analyzer(lex.morph).parse(word) if p.score > 0.05]
    return bool(parses) and all("NOUN" in p.tag and "inan" in p.tag for p in parses)


# ---------------------------------------------------------------- the mention


def _mention(
    text: str, analysis: Analysis, lex: Lexicon, toks: list[Token], c: Candidate, s: int, e: int
) -> FigureMention:
    start, end = toks[c.lo].start, toks[c.hi - 1].end
    source, source_text, via = attribution(text, analysis, lex, toks, s, e)
    assert c.attribute is not None
    return FigureMention(
        attribute=c.attribute,
        value=c.value,
        start=start,
        end=end,
        text=text[start:end],
        qualifier=c.qualifier,
        value_max=c.value_max,
        source=source,
        source_text=source_text,
        via_texts=via,
        event=_event(analysis, lex, c.attribute, start, s),
        time=_time(analysis, lex, toks, start, s, e),
        confidence=0.8 if c.qualifier == "exact" else 0.7,
        subgroup=c.subgroup,
    )


def _sums(
    text: str,
    analysis: Analysis,
    lex: Lexicon,
    toks: list[Token],
    cands: list[Candidate],
    figures: list[FigureMention],
) -> list[FigureMention]:
    """ "62 пассажира и 5 членов экипажа" → on_board 67, unless the sentence gives a total."""
    out: list[FigureMention] = []
    totals = {f.value for f in figures if f.attribute == lex.sum_total}
    pairs = list(zip(cands, figures, strict=True))
    for (a, fa), (b, fb) in zip(pairs, pairs[1:], strict=False):
        if (
            {fa.attribute, fb.attribute} != set(lex.sum_parts)
            or "exact" != fa.qualifier
            or "exact" != fb.qualifier
        ):
            continue
        if a.hi >= b.lo or any(not lex.conj.match(toks, k) for k in range(a.hi, b.lo)):
            continue
        value = fa.value + fb.value
        if value in totals:
            continue
        out.append(
            FigureMention(
                attribute=lex.sum_total,
                value=value,
                start=fa.start,
                end=fb.end,
                text=text[fa.start : fb.end],
                source=fa.source,
                source_text=fa.source_text,
                via_texts=fa.via_texts,
                event=fa.event,
                time=fa.time,
                confidence=0.7,
                subgroup=fa.subgroup if fa.subgroup == fb.subgroup else None,
                derived=True,
            )
        )
    return out


def _event(analysis: Analysis, lex: Lexicon, attribute: str, offset: int, s: int) -> int | None:
    """The event the figure belongs to: of the fitting types, in the sentence or the two before."""
    fits = lex.event_types.get(attribute, lex.event_types["*"])
    return nearest_event(analysis, fits, lex.secondary_events, offset, s)


def nearest_event(
    analysis: Analysis, fits: tuple[str, ...], secondary: frozenset[str], offset: int, s: int
) -> int | None:
    """The happening itself before how it came about: a crash in the sentence before wins over the
    shootdown behind it in the same sentence ("…, което доведе до смъртта на 38"); within a tier,
    the nearest sentence, then the likeliest type, then the nearest trigger."""
    sentence_starts = memo("sentence starts", _distinct_starts, analysis.sentences)
    upto = bisect_right(sentence_starts, s)
    starts = sentence_starts[max(0, upto - 3) : upto][::-1]
    if s not in starts:
        starts = [s, *starts[:2]]
    by_sentence = memo("events by sentence", _events_by_sentence, analysis.events)
    for want_secondary in (False, True):
        for sent in starts:
            near = [
                k
                for k in by_sentence.get(sent, ())
                if analysis.events[k].type in fits
                and (analysis.events[k].type in secondary) == want_secondary
            ]
            if near:
                return min(
                    near,
                    key=lambda k: (
                        fits.index(analysis.events[k].type),
                        abs(analysis.events[k].start - offset),
                    ),
                )
    return None


def _distinct_starts(sentences: list[tuple[int, int]]) -> list[int]:
    return sorted({s for s, _e in sentences})


def _events_by_sentence(events: list[EventMention]) -> dict[Hashable, list[int]]:
    return grouped(events, lambda ev: ev.sent_start)


def _time(analysis: Analysis, lex: Lexicon, toks: list[Token], offset: int, s: int, e: int) -> int | None:
    """The date the figure is valid for, where the text gives one: "as of Monday …", or the
    own date of quoted material the figure stands in (an embedded post in another language:
    its "earlier today" anchored to its own date, or the day it is dated)."""
    timexes = index(analysis.timexes)
    for _a, b, _ in lex.as_of.find(toks):
        if b < len(toks) and (at := timexes.starting_at(toks[b].start)):
            return at[0]
    passage = passage_at(analysis, offset)
    if passage is None or passage.lang == analysis.lang:
        return None
    inside = [(k, analysis.timexes[k]) for k in timexes.starting_in(passage.start, passage.end)]
    anchored = [k for k, t in inside if t.anchor]
    if anchored:
        return min(anchored, key=lambda k: abs(analysis.timexes[k].start - offset))
    dated = [k for k, t in inside if t.value and t.value.precision == "day" and t.start > offset]
    return dated[0] if dated else None
