"""Names the recogniser cut short, made whole again.

- A name in Latin letters inside a Cyrillic text runs on over the capitalised Latin words right
  after it ("The Nordic" | "Herald" where the text writes "The Nordic Herald"): a Cyrillic tagger
  reads foreign words by shape alone and may stop inside a newspaper's title. Between the two
  there is only a space; a word that begins a mention of its own is not taken.
- A body's name the rules found after its head noun, a country's adjective and a preposition
  ("Ministerul polonez pentru" | "Afaceri Digitale") begins at the head noun: a lower-case
  adjective between the capitalised words made the rules start a new name, and the head alone
  went as a generic noun. The head is one of the language's words for bodies (``org_words``,
  ``generic_nouns``), the preposition one of its function words (not a conjunction, not a
  word that leads to a place: "the Ministry in Warsaw" is not the ministry's name).

- A title in quotation marks that the recogniser cut at a full stop inside it (a channel's
  ""UP. Hard questions"", a show's ""Nordvale. Live"") runs on to the closing mark: a sentence
  does not end inside quotation marks that the mention opens right after (issue 16, round 26).
  Bodies and products only: a quoted sentence may open with a place or a person ("Nordvale. …"),
  and a conference's title with the event it is on (BSNLP's gold has "Brexit" alone in one).

And one name the recogniser made of two: a name's abbreviation in brackets after it ("Nordic
Shipping Council (NSC)", "Европейска агенция … (EMA)") is a mention of its own, in any script, as
annotated news marks it (in BSNLP's gold it stands apart 604 times, inside the name 53 times, 49
of them in one topic's Bulgarian) and as the audit rules want a name: the whole name, no more (N2,
S2). The name ends before the bracket and the abbreviation, without the brackets, follows it in
text order; linking makes the two one entity (``bracketed_pairs``). An abbreviation is a short word
of mostly capital letters, maybe with digits, a hyphen or a small letter inside ("NSC", "ЕЦБ",
"CoE", "H2O-7"); not a word ("(Norway)"), a number ("(1999)"), a Roman numeral ("(XIV)": a part
of a company's or a ship's name). A person's name keeps its bracket (a nickname, a party).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import icu
import regex

from storyline.analyse.entities_generic import generic_nouns
from storyline.analyse.entity_rules import is_cyrillic_lang, lexicon
from storyline.model import Mention
from storyline.names import fold
from storyline.names.script import is_latin

_LATIN_WORD_AFTER = regex.compile(r"[ \t]+((?=\p{Latin})\p{Lu}[\p{Latin}\p{M}]*)(?![\p{L}\p{M}\p{N}])")
# the tagger may leave the closing bracket out of the name ("… лекарствата (EMA" | ")")
_ABBREVIATION_LAST = regex.compile(r"[ \t]*\((\p{Lu}[\p{Lu}\p{Ll}\p{N}-]{1,9})(\)?)$")
# a Roman number up to 89, as companies and funds number their parts; with C, D, M more often
# an abbreviation ("CDC", "DC")
_ROMAN = regex.compile(r"(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
MIN_CAPITALS = 2
_HEAD_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]+)[ \t]+(\p{Ll}[\p{L}\p{M}]+)[ \t]+(\p{Ll}[\p{L}\p{M}]+)[ \t]+$"
)
MAX_ENDING = 5  # "rus" → "ruseasca": a country's stem and an adjectival ending
MIN_STEM = 3
LOOK_BACK = 80


def whole_again(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` (sorted) with names the recogniser cut short made whole."""
    if not lang:
        return mentions
    mentions = [_quoted_title_whole(text, part) for m in mentions for part in _abbreviation_apart(text, m)]
    if is_cyrillic_lang(lang):
        return _latin_run_on(text, mentions)
    return [_with_head(text, m, mentions[k - 1].end if k else 0, lang) for k, m in enumerate(mentions)]


_OPENING_QUOTES = '"«„“‘‹'
_CLOSING_QUOTES = '"»“”’›'
_TITLE_REST = regex.compile(r"\.?[ \t]+\p{Lu}[^\n\"«»„“”‘’‹›.!?]{0,60}?(?=[\"»“”’›])")


def _quoted_title_whole(text: str, m: Mention) -> Mention:
    """A mention right after an opening quotation mark, cut at a full stop before the closing one."""
    if m.type not in ("ORG", "PRO") or not m.start or text[m.start - 1 : m.start] not in _OPENING_QUOTES:
        return m
    if not (m.text.endswith(".") or text[m.end : m.end + 1] == "."):
        return m
    rest = _TITLE_REST.match(text, m.end)
    if rest is None:
        return m
    tail = text[m.end : rest.end()]
    return replace(m, end=rest.end(), text=m.text + tail, base=(m.base or m.text) + tail)


def _is_abbreviation(word: str) -> bool:
    """Capitals for at least half its letters and two of them ("NSC", "CoE", "UKip"), not a
    word with a capital ("Norway", "Ema") nor a Roman numeral ("XIV")."""
    letters = [ch for ch in word if ch.isalpha()]
    capitals = sum(ch.isupper() for ch in letters)
    return capitals >= MIN_CAPITALS and 2 * capitals >= len(letters) and not _ROMAN.fullmatch(word)


def abbreviation_tail(surface: str) -> int | None:
    """Where the name ends in ``surface`` when a bracketed abbreviation follows it ("Holmby
    Institute (HI)" → 15), else None: a speaker's phrase shows the name without it too."""
    found = _ABBREVIATION_LAST.search(surface)
    if found is None or not found.start() or not found.group(2) or not _is_abbreviation(found.group(1)):
        return None
    return found.start()


def _abbreviation_apart(text: str, m: Mention) -> list[Mention]:
    """The name and its abbreviation in brackets, in text order, each without the brackets."""
    found = _ABBREVIATION_LAST.search(m.text)
    if found is None or not found.start() or m.type == "PER" or not _is_abbreviation(found.group(1)):
        return [m]
    if not found.group(2) and text[m.end : m.end + 1] != ")":
        return [m]  # a bracket left open: not an abbreviation's
    head = m.text[: found.start()]
    base = _ABBREVIATION_LAST.sub("", m.base) if m.base else head
    abbreviation = found.group(1)
    at = m.start + found.start(1)
    return [
        replace(m, end=m.start + len(head), text=head, base=base.strip() or head),
        replace(m, start=at, end=at + len(abbreviation), text=abbreviation, base=abbreviation),
    ]


def _latin_run_on(text: str, mentions: list[Mention]) -> list[Mention]:
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        if m.type != "PER" and is_latin(m.text):
            end = m.end
            while (nxt := _LATIN_WORD_AFTER.match(text, end)) and nxt.start(1) not in starts:
                end = nxt.end()
            if end > m.end:
                tail = text[m.end : end]
                m = replace(m, end=end, text=m.text + tail, base=(m.base or m.text) + tail)
        out.append(m)
    return out


def _with_head(text: str, m: Mention, floor: int, lang: str) -> Mention:
    if m.type != "ORG":
        return m
    before = _HEAD_BEFORE.search(text, max(floor, m.start - LOOK_BACK), m.start)
    if before is None:
        return m
    head, adjective, preposition = before.group(1), before.group(2), before.group(3)
    lex = lexicon(lang)
    if not (fold(head) in {fold(w) for w in lex.org_words} or head in generic_nouns(lang)):
        return m
    if preposition not in lex.stopwords and preposition not in lex.connectors:
        return m
    if preposition in lex.conjunctions or preposition in lex.loc_cues or not _of_a_country(adjective, lang):
        return m
    start = before.start(1)
    lead = text[start : m.start]
    return replace(m, start=start, text=lead + m.text, base=lead + (m.base or m.text))


def _of_a_country(word: str, lang: str) -> bool:
    """A word made of a country's name less its last vowels and a short ending ("rus", "polonez")."""
    w = fold(word)
    return any(
        w[:cut] in _country_stems(lang) for cut in range(max(MIN_STEM, len(w) - MAX_ENDING), len(w) + 1)
    )


@cache
def _country_stems(lang: str) -> frozenset[str]:
    locale = icu.Locale(lang)
    out = set()
    for code in icu.Locale.getISOCountries():
        name = icu.Locale("", code).getDisplayCountry(locale)
        if " " not in name and "-" not in name:
            stem = fold(name).rstrip("aeiouy")
            if len(stem) >= MIN_STEM:
                out.add(stem)
    return frozenset(out)
