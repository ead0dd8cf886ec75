"""Two names a tagger read as one, split apart.

- A place followed by the region it lies in, in the genitive ("Nordvik of the Tarnow oblast":
  Russian "Нордвик Тарновской области") is two places: the settlement and the region. The
  language lists the region nouns in the genitive (``region_genitives`` in
  ``lang/entities/<lang>.toml``); the region is the capitalised word before such a noun and the
  noun itself, the settlement whatever capitalised words come before.
- A name followed by a comma and a known place ("… in Ohio, USA": a place of the gazetteers or
  one the learned name table knows as a place) ends at the comma: a name
  does not run over a comma into the country it is in; the place after it is a mention of its own.
  A name in quotation marks is a title and may hold a comma ("Hello, Zandia").

- A country and a title in small letters, run on over the name after it ("<Country> басшысы
  <Province>": Kazakh "Turkey's head", then the province he spoke in; issue 16, web pages round
  3), is two names: the country, and what follows the title with the mention's type. The title is
  one of the language's ``titles`` (``lang/entities/<lang>.toml``); only a known country opens
  such a run, as "the <country>'s <title>" is how news names an office holder.

- Two places side by side with only a space between ("<Country> <Country>", "<Country> <Town>"
  where one clause ends and the next begins without a comma) are two places: one word a country,
  the other a country or a place of the learned name table (a gazetteer's towns hold everyday
  words: "Novi", "Green"), the two together no place, the first no adjective ("<Central>
  <Continent>" is one region). Two towns stay one name: "<City> <Airport>" names an airport.
- A country and a full name after it with only a space between ("<Country> <Given> <Surname>", a
  dateline or a caption run into its first words) is the country and the person.

- A name in Latin letters and capitalised words in Cyrillic after it ("<AGENCY> <Court's name>",
  a news agency's dateline run into the first words of its report; "<Event> <Country>" where a
  heading runs into a place) is two names: annotated Cyrillic news writes a Latin name and Cyrillic
  words after it as one name a handful of times (a programme's "<Outlet> <Title>"), where the
  tagger runs a dateline into the next name in every wire report. Cyrillic words that open with a
  person's common noun ("<AGENCY> <Spouse> …"), or one word alone that is a common noun ("<Mall>
  <City>" of an address) or that the text writes in small letters elsewhere (a sentence's first
  word where no full stop ended the heading), are the next words and no name.

- A name in Latin letters and small-letter Cyrillic words after it ("<Airline> профсоюзов",
  "<Outlet> ссылаясь …", "<Firm> и оператора": the sentence's next words; issue 12, rec49) ends
  before them: no annotated Cyrillic news runs a Latin name on into small Cyrillic words (ru, uk,
  bg: 0 of 20 such spans right, 16 of them right without the words).

A name a learned table knows as it is (``known``) is left whole.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from storyline.analyse.entities_features import is_adjective
from storyline.model import Mention
from storyline.names import countries, fold, given_name, is_place
from storyline.names.parts import data_words, titles
from storyline.names.script import is_latin, script
from storyline.ner.morphology import for_lang

Rebase = Callable[[str, str], str]  # (surface, type) → base form
_QUOTES = "«»„“”\"‘’'‹›"
_WORDS = regex.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def split_fused(
    text: str, mentions: list[Mention], lang: str | None, rebase: Rebase, known: Callable[[str, str], bool]
) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if known(m.type, m.base or m.text):
            out.append(m)
            continue
        parts = (
            _place_and_region(text, m, lang, rebase)
            or _before_comma_place(text, m, rebase, known)
            or _country_title_name(text, m, lang, rebase)
            or _two_places(text, m, lang, rebase, known)
            or _country_and_person(text, m, rebase)
            or _latin_then_cyrillic(text, m, rebase)
            or _latin_then_small_words(text, m, rebase)
        )
        out += parts or [m]
    return out


def _part(text: str, m: Mention, start: int, end: int, etype: str, rebase: Rebase) -> Mention:
    surface = text[start:end]
    return Mention(start, end, surface, etype, rebase(surface, etype), m.lang, kind=m.kind)


def _place_and_region(text: str, m: Mention, lang: str | None, rebase: Rebase) -> list[Mention] | None:
    """A settlement and its region in the genitive, fused: the two places apart."""
    if m.type != "LOC":
        return None
    regions = data_words(lang, "region_genitives")
    words = list(_WORDS.finditer(text, m.start, m.end))
    if len(words) < 3 or words[-1].end() != m.end or words[-1].group().lower() not in regions:
        return None
    region = words[-2]
    settlement = words[:-2]
    if not all(w.group()[:1].isupper() for w in [*settlement, region]):
        return None
    return [
        _part(text, m, m.start, settlement[-1].end(), "LOC", rebase),
        _part(text, m, region.start(), m.end, "LOC", rebase),
    ]


def _quoted(text: str, m: Mention) -> bool:
    before = text[max(0, m.start - 2) : m.start].strip()
    after = text[m.end : m.end + 2].strip()
    return bool(before and before[-1] in _QUOTES or after and after[0] in _QUOTES)


def _before_comma_place(
    text: str, m: Mention, rebase: Rebase, known: Callable[[str, str], bool]
) -> list[Mention] | None:
    """A name that runs over ", <known place>" at its end: the name before the comma, the place
    after it (a place of the gazetteers, or one the learned table knows as a place)."""
    cut = m.text.rfind(", ")
    if cut <= 0 or _quoted(text, m):
        return None  # a title in quotation marks may hold a comma ("Hello, Zandia", a show)
    place_start = m.start + cut + 2
    place = text[place_start : m.end]
    base = rebase(place, "LOC")
    if not place[:1].isupper() or not (is_place(base) or is_place(place) or known("LOC", base)):
        return None
    head = _part(text, m, m.start, m.start + cut, m.type, rebase)
    return [head, Mention(place_start, m.end, place, "LOC", base, m.lang)]


def _country_title_name(text: str, m: Mention, lang: str | None, rebase: Rebase) -> list[Mention] | None:
    """ "<Country> <title> <Name>" read as one: the country, and the name after the title."""
    words = list(_WORDS.finditer(text, m.start, m.end))
    if not lang or len(words) < 3 or _quoted(text, m):
        return None
    country, title = words[0], words[1]
    if not (title.group().islower() and title.group() in titles(lang)):
        return None
    if fold(country.group()) not in countries() or not words[2].group()[:1].isupper():
        return None
    return [
        _part(text, m, m.start, country.end(), "LOC", rebase),
        _part(text, m, words[2].start(), m.end, m.type, rebase),
    ]


def _two_places(
    text: str, m: Mention, lang: str | None, rebase: Rebase, known: Callable[[str, str], bool]
) -> list[Mention] | None:
    """Two places side by side with no word or mark between them, read as one place ("<Country>
    <Country>" where one clause ends and the next begins without a comma): each word a country
    or a place of the learned table (a gazetteer's towns hold everyday words: "Novi", "Green"),
    the two together no place. Not after an adjective: "<Central> <Continent>" is one region."""
    words = list(_WORDS.finditer(text, m.start, m.end))
    if (
        m.type != "LOC"
        or len(words) != 2
        or text[words[0].end() : words[1].start()] != " "
        or _quoted(text, m)
    ):
        return None
    if (
        words[0].start() != m.start
        or words[1].end() != m.end
        or not all(w.group()[:1].isupper() for w in words)
    ):
        return None
    whole = m.base or m.text
    if is_place(whole) or is_place(m.text) or (lang and is_adjective(words[0].group(), lang)):
        return None
    parts = [_part(text, m, w.start(), w.end(), "LOC", rebase) for w in words]
    is_country = [fold(p.base or p.text) in countries() for p in parts]
    # one of them a country: two towns side by side are as often one name ("<City> <Airport>",
    # an airport named with its city) as a route written without its dash
    if not any(is_country) or not all(
        c or known("LOC", p.base or p.text) for c, p in zip(is_country, parts, strict=True)
    ):
        return None
    return parts


def _country_and_person(text: str, m: Mention, rebase: Rebase) -> list[Mention] | None:
    """A country and a full name after it with only a space between ("<Country> <Given> <Surname>",
    a dateline or a caption run into its first words): the country, and the person."""
    words = list(_WORDS.finditer(text, m.start, m.end))
    if len(words) < 3 or words[0].start() != m.start or _quoted(text, m):
        return None
    if text[words[0].end() : words[1].start()] != " " or fold(words[0].group()) not in countries():
        return None
    if not given_name(words[1].group()) or not all(w.group()[:1].isupper() for w in words[1:]):
        return None
    return [
        _part(text, m, m.start, words[0].end(), "LOC", rebase),
        _part(text, m, words[1].start(), m.end, "PER", rebase),
    ]


def _latin_then_cyrillic(text: str, m: Mention, rebase: Rebase) -> list[Mention] | None:
    """ "<LATIN NAME> <Cyrillic Name>" read as one: the Latin name, and the Cyrillic words after it
    (a place when a gazetteer knows them, a person when they open with a given name, else the
    mention's type)."""
    words = list(_WORDS.finditer(text, m.start, m.end))
    if len(words) < 2 or _quoted(text, m) or not is_latin(words[0].group()):
        return None
    k = next((i for i, w in enumerate(words) if not is_latin(w.group())), None)
    if k is None or len(words[0].group()) < 2:
        return None
    first = words[k]
    if (
        script(first.group()) != "CYRILLIC"
        or not first.group()[:1].isupper()
        or text[words[k - 1].end() : first.start()].strip(" \t")
        or not all(script(w.group()) == "CYRILLIC" for w in words[k:])
    ):
        return None
    head = _part(text, m, m.start, words[k - 1].end(), m.type, rebase)
    if _common_noun(first.group(), m.lang, person=k < len(words) - 1) or (
        k == len(words) - 1 and _written_small(text, first.group())
    ):
        return [head]  # "<AGENCY> <Spouse> and …", "<Mall> <City>": the next words, no name
    rest = text[first.start() : m.end]
    if is_place(rest) or is_place(rebase(rest, "LOC")):
        rest_type = "LOC"
    elif k < len(words) - 1 and given_name(first.group()):
        rest_type = "PER"  # "<Event> <Given> <Surname>": the tagger's type was the Latin name's
    else:
        rest_type = m.type
    return [head, _part(text, m, first.start(), m.end, rest_type, rebase)]


_SMALL_CYRILLIC = regex.compile(r"[ \t]+(?=\p{Ll})(?=\p{Cyrillic})")


def _latin_then_small_words(text: str, m: Mention, rebase: Rebase) -> list[Mention] | None:
    """ "<Latin Name> <small Cyrillic words>" read as one: the Latin name alone."""
    gap = _SMALL_CYRILLIC.search(text, m.start, m.end)
    if gap is None or _quoted(text, m):
        return None
    head = text[m.start : gap.start()]
    if not is_latin(head) or not regex.search(r"\p{Lu}", head):
        return None
    return [_part(text, m, m.start, gap.start(), m.type, rebase)]


def _written_small(text: str, word: str) -> bool:
    """The text writes the word in small letters elsewhere: a common word that opened a sentence."""
    return (
        regex.search(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(word.lower())}(?![\p{{L}}\p{{M}}])", text)
        is not None
    )


_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})


def _common_noun(word: str, lang: str | None, person: bool) -> bool:
    """A capitalised word the dictionary knows only as a common noun (pymorphy3: ru, uk); with
    ``person``, one for a person: a husband, a citizen, a leader, a governor (a noun for a thing
    may open a body's name: "Суд <Country>")."""
    morph = for_lang(lang or "")
    if morph is None:
        return False
    parses = [p for p in morph.analyzer.parse(word) if p.is_known]
    return (
        bool(parses)
        and (not person or parses[0].tag.animacy == "anim")
        and all(p.tag.POS == "NOUN" and not (_NAME_GRAMMEMES & p.tag.grammemes) for p in parses)
    )
