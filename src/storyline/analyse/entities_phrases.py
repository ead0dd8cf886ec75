"""Mentions whose phrase shows they are no name, or two names run together: the checks on a
passage's mentions that need the words around them (audit round 12).

- A stock code in brackets after a company's name ("Nordgas (NRDGn.DE)") is a ticker, not a name:
  a share class in lower case or digits before a dot and an exchange's code in capitals.
- In a language that capitalises every noun (German), a one-word "name" that is a frequent word
  of the language, joined by "and" to another frequent capitalised word that no mention covers
  ("ohne Brot und Wasser"), is a common noun like its partner: a city may be called so too.
- A named event that opens with a place in an oblique case followed by a preposition ("[exit
  of] Nordland from the Union") is what is left of a phrase whose head noun the tagger did not
  take (``prepositions``): no name.
- A phrase of English words in lower case after its first ("Severe respiratory illness in
  adults") in a passage of another language is a gloss of a term, no name.
- An organisation that is a place, a locative preposition (``place_prepositions``) and another
  place ("[the embassy of] the Republic of X in Y") is two places, not one body. A body's own
  name before "in <place>" ("the High Court in Z") stays whole: it is no place itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from storyline.analyse.entity_rules import WORD_ZIPF, _zipf, lexicon
from storyline.model import Mention
from storyline.names import given_name, is_place
from storyline.names.parts import data_words

# an exchange's code after a dot, a share class in lower case or digits before it ("XYZn.DE",
# "AB01.DE"), or a plain code in capitals ("XYZ.PA") when it stands in brackets after a name
_TICKER = regex.compile(r"[A-Z][A-Z0-9]*(?:[a-z]|[0-9]+)\.[A-Z]{1,3}")
_BRACKETED_CODE = regex.compile(r"[A-Z][A-Z0-9]{1,7}\.[A-Z]{1,3}")
_WORDS = regex.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE_END = ".!?…:\n"

Rebase = Callable[[str, str], str]  # (surface, type) → base form
Known = Callable[[str, str], bool]  # (type, base) → a learned table knows it


def check(
    text: str, mentions: list[Mention], lang: str | None, rebase: Rebase, known: Known
) -> list[Mention]:
    """The mentions of one passage, less tickers and common nouns, with fused places split."""
    out: list[Mention] = []
    for m in mentions:
        if _ticker(text, m) or _fragment_event(text, m, lang, rebase, known) or _english_phrase(m, lang):
            continue
        out += _places_in_place(text, m, lang, rebase, known)
    if lexicon(lang).nouns_capitalised:
        out = [m for m in out if not _coordinated_noun(text, m, out, lang)]
    return out


def _ticker(text: str, m: Mention) -> bool:
    surface = m.text.strip()
    if _TICKER.fullmatch(surface):
        return True
    before = text[max(0, m.start - 3) : m.start].rstrip()
    after = text[m.end : m.end + 1]
    # "Nordgas (XYZ.DE)": a plain code is a ticker only in brackets after a name (a site's own
    # name, "NEWS.XY", stands alone)
    return bool(_BRACKETED_CODE.fullmatch(surface)) and before.endswith("(") and after == ")"


def _english_phrase(m: Mention, lang: str | None) -> bool:
    """Three words or more, all in lower case after the first, that are English words and not
    this language's, in a passage of another language: a gloss of a term in English ("(Severe
    respiratory illness in adults)"), a common noun phrase, not a name."""
    words = _WORDS.findall(m.text)
    if not lang or lang == "en" or m.type == "PER" or len(words) < 3:
        return False
    rest = words[1:]
    if not all(w.islower() for w in rest) or not all(_zipf(w, "en") >= ENGLISH_ZIPF for w in rest):
        return False
    foreign = [w for w in rest if _zipf(w, "en") - _zipf(w, lang) >= FOREIGN_MARGIN]
    return 2 * len(foreign) >= len(rest)


ENGLISH_ZIPF = 3.0  # a word at least this frequent in English (wordfreq) is an English word
FOREIGN_MARGIN = 1.5  # … and one this much more frequent in English than in the passage's language


def _fragment_event(text: str, m: Mention, lang: str | None, rebase: Rebase, known: Known) -> bool:
    if m.type != "EVT":
        return False
    words = list(_WORDS.finditer(text, m.start, m.end))
    if len(words) < 3 or not words[0].group()[:1].isupper():
        return False
    first, second = words[0].group(), words[1].group()
    if second not in data_words(lang, "prepositions"):
        return False
    base = rebase(first, "LOC")
    return base != first and (is_place(base) or known("LOC", base))


def _places_in_place(text: str, m: Mention, lang: str | None, rebase: Rebase, known: Known) -> list[Mention]:
    if m.type != "ORG":
        return [m]
    words = list(_WORDS.finditer(text, m.start, m.end))
    preps = data_words(lang, "place_prepositions")
    at = [k for k, w in enumerate(words) if 0 < k < len(words) - 1 and w.group() in preps]
    if len(at) != 1:
        return [m]
    k = at[0]
    head = text[m.start : words[k - 1].end()]
    tail = text[words[k + 1].start() : m.end]
    parts = []
    for s, surface in ((m.start, head), (words[k + 1].start(), tail)):
        base = rebase(surface, "LOC")
        if not (is_place(base) or known("LOC", base) or is_place(surface)):
            return [m]
        parts.append(replace(m, start=s, end=s + len(surface), text=surface, base=base, type="LOC"))
    return parts


def _coordinated_noun(text: str, m: Mention, mentions: list[Mention], lang: str | None) -> bool:
    """A one-word name that is a frequent word, joined by a conjunction to a capitalised frequent
    word no mention covers, inside a sentence: a noun ("ohne Brot und Wasser")."""
    if m.type == "PER" or " " in m.text.strip() or _starts_sentence(text, m.start):
        return False
    if _zipf(m.text.lower(), lang) < WORD_ZIPF or given_name(m.text):
        return False
    conj = lexicon(lang).conjunctions
    before = regex.search(r"([^\W\d_]+)\s+([^\W\d_]+)\s+$", text[max(0, m.start - 40) : m.start])
    after = regex.match(r"\s+([^\W\d_]+)\s+([^\W\d_]+)", text[m.end : m.end + 40])
    partners = []
    if before and before.group(2).lower() in conj:
        partners.append((m.start - len(before.group(0)), before.group(1)))
    if after and after.group(1).lower() in conj:
        partners.append((m.end + after.start(2), after.group(2)))
    for at, word in partners:
        if (
            word[:1].isupper()
            and not any(o.start <= at < o.end for o in mentions)
            and _zipf(word.lower(), lang) >= WORD_ZIPF
            and not is_place(word)
            and not given_name(word)
        ):
            return True
    return False


def _starts_sentence(text: str, start: int) -> bool:
    head = text[max(0, start - 3) : start].rstrip(" \t\"'„“«»")
    return not head or head[-1] in _SENTENCE_END
