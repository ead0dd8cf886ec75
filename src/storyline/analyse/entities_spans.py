"""Whole names: a recogniser's span extended over what it cut off.

- A company's legal form after its name ("Nordvik Partner s.r.l.", "Holmby GmbH", "… sp. z o.o.")
  belongs to the name, and so do up to two capitalised words between the name and the form.
- A name's number ("Nordvirus-19", "Holmby Stream 2", "Nordvax V") is part of it
  (``entities_numbered``).
- A capitalised word joined to the name's first word by a hyphen ("Nord-Holmby" where the tagger
  found "Holmby"; not "anti-Holmby") is part of it, and so is a capitalised abbreviation just before a place or a body
  ("Wlk. Brytanii", "St. Nordvik"): the full stop made the tagger stop there.
- Two capitalised names joined by an ampersand ("Nordvik & Holmby") are one firm's name: the
  tagger stopped at the sign.
- A surname's particle before a person's name ("van Rijswijk", ``particles``) is part of it: the
  tagger reads a lower-case word as none of a name's. Not a particle that is a common word of the
  language (German "von").
- A name's head before a lower-case abbreviation of the language that joins it to the rest
  ("Komisja ds. …", ``name_abbreviations``) is part of it: the full stop made the tagger stop.
- A web address's domain glued to the name ("Nordvik.co.id", "Holmby.pl") is the outlet's name; a
  capitalised word after a full stop ("Holmby.Then") is the next sentence run on, not a domain.

- A parenthetical that starts in lower case ("the Holmby Institute (in Nordvik)", "(formerly …)")
  describes the name, it is not part of it: the name ends before it. One in capitals is its
  abbreviation or its other spelling ("(NVX)", "(Nordvik Holmby)") and stays here (an abbreviation
  at the end is made a mention of its own later, ``entities_cut``).
- A quotation mark at one end of a name without its pair inside ("Nordic Star»" where the text
  writes «Nordic Star») is the text's, not the name's: the tagger sometimes takes the closing mark
  of a quoted title and leaves the opening one.
- A date run into the end of a name ("the Nordvik Fair of 2014", "the memorandum of 25 May") is
  not part of it: a tail of numbers, month and year words (the language's time vocabulary,
  ``lang/timex``) and short prepositions goes when it holds a number and a month or year word.

The legal forms are the same in every language (``LEGAL_FORMS``): they are written in Latin
letters or as the Cyrillic abbreviations of the post-Soviet and Balkan forms.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import regex

from storyline.analyse.entities_numbered import date_words, numbered
from storyline.model import Mention
from storyline.names import is_place

LEGAL_FORMS = (
    r"s\.r\.l\.|s\.r\.o\.|spol\.\ s\ r\.\ ?o\.|[Ss]p\.\ z\ o\.\ ?o\.|d\.o\.o\.|d\.d\.|a\.s\.|S\.A\.|S\.p\.A\.|"
    r"N\.V\.|B\.V\.|Ltd\.?|Limited|GmbH|AG|SE|Inc\.?|LLC|PLC|plc|Oy|ASA|"
    r"АД|ЕАД|ООД|ЕООД|ПАО|ОАО|ЗАО|ТОВ|ПрАТ"
)
_LEGAL = regex.compile(
    rf"(?:,?[ \t]+\p{{Lu}}[\p{{L}}\p{{M}}&-]*){{0,2}},?[ \t]+(?:{LEGAL_FORMS})(?![\p{{L}}\p{{N}}])"
)
# a domain: lower-case labels, or labels all in capitals ("SITE.CO.ID"), never "Name.Next"
_DOMAIN = regex.compile(r"(?:\.(?:[a-z]{2,6}|[A-Z]{2,6}))+(?![\p{L}\p{N}.]|\.\p{L})")
EXTENDED_TYPES = frozenset({"ORG", "PRO"})


_TOKEN = regex.compile(r"[\p{L}\p{M}]+|\p{N}+\.?")
MAX_PREPOSITION = 3


def whole_names(
    text: str,
    mentions: list[Mention],
    end: int,
    lang: str | None = None,
    rebase: Callable[[str, str], str] | None = None,
) -> list[Mention]:
    """``mentions`` (sorted, of a passage ending at ``end``) with organisations and products
    extended over a legal form or a domain, and a date at the end cut off; mentions the longer
    span covers go. ``rebase`` (surface, type → base form): a name joined over an abbreviation
    inside it ("Komisji ds. Rybołówstwa") takes the base form of its whole span — the head is in
    a case the two parts' own base forms do not tell, the matter after "ds." keeps its case."""
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue  # inside the span a name before it was extended over
        m = _without_date(_without_parenthetical(_quotes_paired(m)), lang)
        if out and _ABBREVIATION.fullmatch(text, out[-1].start, m.start):
            out.pop()  # the abbreviation found as a name of its own ("Wlk.")
        m = _with_prefix(text, m, out[-1].end if out else 0)
        if m.type == "PER":
            m = _with_particle(text, m, out[-1].end if out else 0, lang)
        if out and m.type in MATTER_TYPES and _head_with_abbreviation(text, out[-1], m, lang):
            # "Grupy Sterującej ds." | "Brexitu" (EVT): the body's head before "ds." found as an
            # organisation, its matter (an event, a product, a place) found apart — one body;
            # BSNLP's gold marks the whole ("Grupę Sterującą ds. Brexitu", "grupy ds. Polski")
            head = out.pop()
            surface = text[head.start : m.end]
            m = Mention(
                head.start, m.end, surface, "ORG", text[head.start : m.start] + (m.base or m.text), m.lang
            )
            if rebase is not None:
                m = replace(m, base=rebase(surface, "ORG"))
        elif m.type == "ORG":  # after "ds." an event or a product is the matter ("Minister ds. <EVT>")
            # a one-word head found as a name of its own ("Komisji" | "ds. X") joins; a whole name
            # found before "ds." stays one ("the Commission's vice-president ds. X": the post's matter)
            alone = bool(out) and " " not in out[-1].text.strip()
            floor = out[-2].end if alone and len(out) > 1 else out[-1].end if out and not alone else 0
            joined = _with_inner_abbreviation(text, m, floor, lang)
            if out and _head_with_abbreviation(text, out[-1], m, lang):  # "Komisji ds." | "X"
                head = out.pop()
                joined = Mention(
                    head.start, m.end, text[head.start : m.end], m.type,
                    text[head.start : m.start] + (m.base or m.text), m.lang, kind=m.kind,
                )  # fmt: skip
            elif alone and joined.start <= out[-1].start < m.start:
                out.pop()
            elif out and joined.start < out[-1].end:
                joined = _with_inner_abbreviation(text, m, out[-1].end, lang)
            if rebase is not None and joined.start < m.start:
                joined = replace(joined, base=rebase(joined.text, joined.type))
            m = joined
        m = numbered(text, m, end, lang)
        if m.type in EXTENDED_TYPES:
            m = _extended(text, m, end)
            m = _ampersand(text, m, out[-1].end if out else 0, end)
        out.append(m)
    return out


_HYPHENATED = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}-])[\p{Lu}\p{N}][\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{M}\p{N}]+)*-$"
)
# an abbreviation has no vowel after its capital ("Wlk.", "St.", "W."): "May." or "NATO." ends a sentence
_ABBREVIATION = regex.compile(r"(?<![\p{L}\p{M}.])\p{Lu}(?:(?![aeiouyаеиоуыэюяёіїєæøå])\p{Ll}){0,3}\.[ \t]$")
MAX_PREFIX = 30


def _with_prefix(text: str, m: Mention, floor: int) -> Mention:
    """The span started further left: over a hyphenated first part or an abbreviation (not a
    person's: "Dr. X" is a title)."""
    lo = max(floor, m.start - MAX_PREFIX)
    hit = _HYPHENATED.search(text, lo, m.start)
    if hit is None and m.type != "PER":
        hit = _ABBREVIATION.search(text, lo, m.start)
    if hit is None:
        return m
    prefix = text[hit.start() : m.start]
    return Mention(
        hit.start(), m.end, prefix + m.text, m.type, prefix + (m.base or m.text), m.lang, kind=m.kind
    )


MIN_PARTICLE = 3  # letters: "de", "da", "al" are prepositions or conjunctions in too many languages
MAX_PARTICLES = 2  # "van der"


@cache
def surname_particles(lang: str | None) -> frozenset[str]:
    """The particles of ``lang``'s surnames ("van", "von", "bin") that are no common word of it
    (German "von" is "of", so there it does not start a name)."""
    common = _words_of(lang, "stopwords") | _words_of(lang, "conjunctions")
    return frozenset(w for w in _words_of(lang, "particles") - common if len(w) >= MIN_PARTICLE)


def _with_particle(text: str, m: Mention, floor: int, lang: str | None) -> Mention:
    """A person's span started further left over the particles of the surname ("van Rijswijk"
    where the tagger found "Rijswijk": a lower-case word the tagger reads as not a name's)."""
    particles = surname_particles(lang or m.lang)
    start = m.start
    for _ in range(MAX_PARTICLES):
        hit = _PARTICLE.search(text, max(floor, start - MAX_PREFIX), start)
        if hit is None or hit.group(1) not in particles:
            break
        start = hit.start()
    if start == m.start or not m.text[:1].isupper():
        return m
    prefix = text[start : m.start]
    return Mention(start, m.end, prefix + m.text, m.type, prefix + (m.base or m.text), m.lang, kind=m.kind)


MATTER_TYPES = ("EVT", "PRO", "LOC")  # what a body's matter after "ds." may be found as, beside a body

_PARTICLE = regex.compile(r"(?<![\p{L}\p{M}\p{N}.-])(\p{Ll}+)[ \t]+$")


@cache
def _inner_abbreviations(lang: str | None) -> regex.Pattern[str] | None:
    """``name_abbreviations`` of ``lang/entities/<lang>.toml``: abbreviations written in lower case
    inside a body's name (Polish "Komisja ds. X", "Szkoła im. X")."""
    from storyline.names.parts import entity_data

    data = entity_data(lang)
    words = str(data.get("name_abbreviations", "")).split()
    if not words:
        return None
    alternatives = "|".join(regex.escape(w) for w in words)
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])((?:\p{{Lu}}[\p{{L}}\p{{M}}-]*[ \t]+)?)\p{{Lu}}[\p{{L}}\p{{M}}-]*[ \t]+"
        rf"(?:{alternatives})[ \t]+$"
    )


def _with_inner_abbreviation(text: str, m: Mention, floor: int, lang: str | None) -> Mention:
    """The span started further left, over the name's head (one or two capitalised words) and a
    lower-case abbreviation that joins it to the rest ("Komisji ds. <Rest>" where the tagger found
    only the rest: the full stop made it stop). A first word that opens the sentence or is a title
    ("Chair of …") is not the name's."""
    pattern = _inner_abbreviations(lang or m.lang)
    hit = pattern.search(text, max(floor, m.start - MAX_PREFIX * 2), m.start) if pattern else None
    if hit is None:
        return m
    start = hit.start()
    head = text[hit.end(1) :].split(None, 1)[0]
    if head.lower() in _words_of(lang or m.lang, "titles"):
        return m  # "Minister ds. …": a post, not a body
    first = hit.group(1).strip()
    if first and (_opens_sentence(text, start) or first.lower() in _words_of(lang or m.lang, "titles")):
        start = hit.end(1)
    prefix = text[start : m.start]
    return Mention(start, m.end, prefix + m.text, m.type, prefix + (m.base or m.text), m.lang, kind=m.kind)


def _head_with_abbreviation(text: str, head: Mention, m: Mention, lang: str | None) -> bool:
    """The tagger's span before the name is its head with the abbreviation ("Komisji ds."); a
    whole name before it ("the Commission's vice-president ds. X") stays apart."""
    pattern = _inner_abbreviations(lang or m.lang)
    return (
        pattern is not None
        and head.type == "ORG"
        and head.text.rstrip().endswith(".")
        and bool(pattern.fullmatch(text, head.start, m.start))
    )


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?…\n:"


@cache
def _words_of(lang: str | None, field: str) -> frozenset[str]:
    from storyline.names.parts import entity_data

    return frozenset(str(entity_data(lang).get(field, "")).lower().split())


_OPENING_MARKS = "«„“‚‹"
_CLOSING_MARKS = "»“”’›"


def _quotes_paired(m: Mention) -> Mention:
    """The span without a typographic quotation mark at an end whose pair is not inside it."""
    text, lo, hi = m.text, 0, len(m.text)
    if (
        hi - lo > 1
        and text[hi - 1] in _CLOSING_MARKS
        and not any(c in _OPENING_MARKS for c in text[lo : hi - 1])
    ):
        hi -= 1
    if hi - lo > 1 and text[lo] in _OPENING_MARKS and not any(c in _CLOSING_MARKS for c in text[lo + 1 : hi]):
        lo += 1
    if (lo, hi) == (0, len(text)):
        return m
    kept = text[lo:hi]
    base = m.base.strip(_OPENING_MARKS + _CLOSING_MARKS) if m.base else kept
    return Mention(m.start + lo, m.start + hi, kept, m.type, base, m.lang, kind=m.kind)


_PAIRS = {"«": "»", "„": "“”", "“": "”", "‹": "›", '"': '"'}


def with_closing_quotes(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a name that opens a quotation inside it ("<Abbr> «<Name>") and ends right
    before its closing mark taking the mark in: the name is the quoted whole ("<Abbr> «<Name>»"),
    as BSNLP's gold always writes it (web pages round 6: the closing mark left out, the name shown
    unbalanced). A name that is all inside the marks is left as it is."""
    return [_with_closing_quote(text, m) for m in mentions]


def _with_closing_quote(text: str, m: Mention) -> Mention:
    opening = next((c for c in reversed(m.text[1:]) if c in _PAIRS), None)
    if opening is None or m.end >= len(text) or text[m.end] not in _PAIRS[opening]:
        return m
    inside = m.text[m.text.rindex(opening) + 1 :]
    if opening == '"' and m.text.count('"') % 2 == 0 or any(c in _PAIRS[opening] for c in inside):
        return m  # the mark is paired already
    closing = text[m.end]
    base = m.base or m.text
    if opening in base and not base.endswith(closing):
        base += closing
    return replace(m, end=m.end + 1, text=m.text + closing, base=base)


# an opening bracket after a word, then a lower-case letter: a description in brackets
_DESCRIBED = regex.compile(r"[ \t]*\([ \t]*\p{Ll}")
_LAST_WORD = regex.compile(r"[ \t]+\p{L}{1,3}$")  # a short word ending the text before the bracket


def _without_parenthetical(m: Mention) -> Mention:
    hit = _DESCRIBED.search(m.text)
    if hit is None or hit.start() == 0:
        return m
    stop = hit.start()
    # a preposition left before the bracket ("the Act on (leaving) …") goes with it
    while (
        (last := _LAST_WORD.search(m.text, 0, stop)) and last.start() > 0 and last.group().strip().islower()
    ):
        stop = last.start()
    base = m.base or m.text
    # the base form cut alike where it has the same bracket, else the surface before it
    cut = _DESCRIBED.search(base)
    base = base[: cut.start()] if cut is not None and cut.start() > 0 else m.text[:stop]
    return Mention(m.start, m.start + stop, m.text[:stop], m.type, base, m.lang, kind=m.kind)


def _without_date(m: Mention, lang: str | None) -> Mention:
    words = date_words(lang)
    if not words:
        return m
    tokens = list(_TOKEN.finditer(m.text))
    cut, number, dated = len(tokens), False, False
    while cut > 1:
        t = tokens[cut - 1].group()
        low = t.lower()
        if t[:1].isdigit():
            number = True
        elif low in words:
            dated = True
        elif not (t.islower() and len(t) <= MAX_PREPOSITION):
            break
        cut -= 1
    if not (number and dated) or cut == len(tokens):
        return m
    stop = tokens[cut - 1].end()
    base = m.text[:stop]
    base_tokens = list(_TOKEN.finditer(m.base or ""))
    if len(base_tokens) == len(tokens):  # the base form word for word: cut it alike
        base = (m.base or "")[: base_tokens[cut - 1].end()]
    return Mention(m.start, m.start + stop, m.text[:stop], m.type, base, m.lang, kind=m.kind)


def _to(text: str, m: Mention, stop: int) -> Mention:
    base = (m.base or m.text) + text[m.end : stop]
    return Mention(m.start, stop, text[m.start : stop], m.type, base, m.lang, kind=m.kind)


# a dotted legal form cut at one of its letters ("… Company B" | ".V.", "… Кооператив У.А" | "."): the
# tokens split "B.V." at its full stops and the tagger ended the name at a letter. Any script: the
# press transliterates the form ("Б.В.", "У.А."), which no list of forms can hold in full.
_CUT_INITIALS = regex.compile(r"(?<=[ \t])\p{Lu}(?:\.\p{Lu})*$")
_INITIALS_REST = regex.compile(r"(?:\.\p{Lu})*\.?(?![\p{L}\p{M}\p{N}])")
MIN_INITIALS = 2  # letters of the form: "Group A." is a name and a letter
MAX_INITIALS = 3


def _with_initials(text: str, m: Mention, end: int) -> Mention:
    """``m`` run on over the rest of a dotted legal form it ends inside."""
    cut = _CUT_INITIALS.search(m.text)
    rest = _INITIALS_REST.match(text, m.end, end) if cut else None
    if cut is None or rest is None or rest.end() == m.end:
        return m
    letters = sum(ch.isupper() for ch in cut.group() + rest.group())
    if not MIN_INITIALS <= letters <= MAX_INITIALS:
        return m
    return _to(text, m, rest.end())


def _extended(text: str, m: Mention, end: int) -> Mention:
    m = _with_initials(text, m, end)
    tail = _LEGAL.match(text, m.end, end) or _DOMAIN.match(text, m.end, end)
    if tail is None or m.text[-1:] == ".":
        return m
    return _to(text, m, tail.end())


def _word_name(name: str) -> bool:
    return any(c.islower() for c in name) and not is_place(name)


# "Nordvik & Holmby": an ampersand joins two names into one firm's; a tagger stops at the sign
# (written "&amp;" where a feed left the HTML entity in the text)
_AMPERSAND_AFTER = regex.compile(r"[ \t]*&(?:amp;)?[ \t]*\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*)?")
_AMPERSAND_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*[ \t]*&(?:amp;)?[ \t]*$")


def _ampersand(text: str, m: Mention, floor: int, end: int) -> Mention:
    """The other half of a firm's name joined by an ampersand, after the name or before it. Both
    halves are written as words: two abbreviations ("UK & EU") or a place are two names."""
    if not _word_name(m.text):
        return m
    if m.text[-1:].isalpha():
        tail = _AMPERSAND_AFTER.match(text, m.end, end)
        if tail is not None and _word_name(tail.group().replace("&amp;", "&").strip(" \t&")):
            m = _to(text, m, tail.end())
    head = _AMPERSAND_BEFORE.search(text, max(floor, m.start - MAX_PREFIX), m.start)
    if head is not None and _word_name(head.group().replace("&amp;", "&").strip(" \t&")):
        prefix = text[head.start() : m.start]
        m = Mention(
            head.start(), m.end, prefix + m.text, m.type, prefix + (m.base or m.text), m.lang, kind=m.kind
        )
    if m.base and "&amp;" in m.base:  # the span is the text's; the name is written with its sign
        m = Mention(m.start, m.end, m.text, m.type, m.base.replace("&amp;", "&"), m.lang, kind=m.kind)
    return m
