"""Who a figure is given as (its source) and who passes it on (its relays), from its sentence.

The words of the figure pack (``lang/findings/figures.<lang>.toml``) mark the roles:

- ``source`` ("according to X", "по данным X"): X is the source;
- ``via`` ("ТАСС со ссылкой на РБК"): a chain of relays, the last one cited the source unless the
  sentence names one of its own;
- ``cited_by`` ("X, cited by Y"): X the source, Y relays it;
- ``reporting`` ("…, reports BTA"): the outlet right after the verb relays the sentence; a body
  there ("announced the Investigative Committee") speaks for itself, the source;
- the one who speaks with a verb of reporting — the name right before it ("the WHO (WHO)
  reported …") or a person in apposition after it ("wrote the head of the region, Ivan Petrov,")
  — is the source where the sentence names none; a news outlet there relays.

A news agency or newspaper taken as the source ("according to the agency X", "…, reported X, cited
by Y") for what someone else says in that sentence ("the WHO reported …", "wrote the governor,
Ivan Petrov, …") passes it on: the one who speaks is the source, the outlet a relay.
"""

from __future__ import annotations

from functools import lru_cache

from storyline.analyse.figure_lexicon import Lexicon
from storyline.analyse.offsets import index
from storyline.analyse.phrases import Token
from storyline.ingest.source_names import SourceAliases, is_body, is_platform, loose_key, shipped, words
from storyline.model import OUTLET_TYPES, Analysis, Mention
from storyline.names.gazetteers import is_place

RELAY_GAP = 2  # words between a verb of reporting and the outlet it names ("пише британският вестник X")
UNNAMED_WORDS = 4  # at most so many words before a verb of reporting say who spoke ("the local authorities")
SPEAKER_GAP = 12
STAFF_GAP = 3  # words between a word for a body's people and the body ("piloti skandinávských aerolinek X")
PERSON_AFTER_BODY = 4  # words between a body and the person heading it ("… of the region <name>")  # words between a verb of reporting and a person in apposition after it
_QUOTES_BRACKETS = {"(", ")", "[", "]", "«", "»", "„", "“", "”", '"'}
CLAUSE_PUNCT = (",", ";", ".", ":", "!", "?")


def attribution(
    text: str, analysis: Analysis, lex: Lexicon, toks: list[Token], s: int, e: int
) -> tuple[int | None, str | None, list[str]]:
    """(source mention, source words, relaying outlets) said in the sentence."""
    source: int | None = None
    source_text: str | None = None
    marker: int | None = None  # where "according to" stands: a speaker is looked for before it
    via: list[str] = []
    for a, b, _ in lex.source.find(toks):
        stop = _clause_end(toks, b)
        if stop > b:
            source_text = text[toks[b].start : toks[stop - 1].end]
            source = _mention_in(analysis, toks[b].start, toks[stop - 1].end)
            if source is not None and _staff_of(lex, toks, analysis.mentions[source]):
                source = None  # "according to the pilots of X": the pilots, unnamed, not X
            if source is None:
                # "according to the fire chief of <city>, <name>": the person set off after the title
                source = _person_opening(analysis, toks, stop)
            marker = toks[a].start
            break
    relaying = _after_reporting(analysis, lex, toks)
    # "ТАСС со ссылкой на РБК …": the chain of relays, nearest the reader first; the last one
    # cited is the source unless the sentence names one of its own ("по данным МЧС")
    chain: list[int] = []
    for a, b, _ in lex.via.find(toks):
        stop = _clause_end(toks, b)
        cited = _mention_in(analysis, toks[b].start, toks[stop - 1].end) if stop > b else None
        relay = _mention_before(analysis, s, toks[a].start)
        for m in (relay, cited):
            if m is not None and m not in chain:
                chain.append(m)
    # "X, cited by Y" / "X, цитиран от Y": the passive turns the chain round — the name before the
    # marker is the source (a person too: "the minister, quoted by BTA"), the one after relays it
    relays: list[int] = []
    for a, b, _ in lex.cited_by.find(toks):
        stop = _clause_end(toks, b)
        relay = _mention_in(analysis, toks[b].start, toks[stop - 1].end) if stop > b else None
        cited = _mention_before(analysis, s, toks[a].start, speakers=True)
        if cited is not None and source is None and cited != relay:
            source, source_text = cited, analysis.mentions[cited].text
        if relay is not None and relay not in relays:
            relays.append(relay)
    if chain and source is None:
        source = chain.pop()
        source_text = analysis.mentions[source].text
    via += [analysis.mentions[m].text for m in [*relays, *chain] if m != source]
    for m in relaying:
        if m == source:
            continue
        text_m = analysis.mentions[m].text
        if is_body(text_m):
            # "announced the Investigative Committee": a body speaks for itself — the source
            # when the sentence names none, never a relay; "announced the head of the Regional
            # Administration <name>": the person who heads it spoke
            if source is None:
                source = _person_after(analysis, toks, m) or m
                source_text = analysis.mentions[source].text
            continue
        if text_m not in via:
            via.append(text_m)
    if source is None or _news(analysis, toks, source):
        speaker = _speaker(analysis, lex, toks, marker)
        if speaker is not None and speaker != source:
            if source is not None and analysis.mentions[source].text not in via:
                via.append(analysis.mentions[source].text)  # "…, said X, according to agency Y"
            source, source_text = speaker, analysis.mentions[speaker].text
    if source is None and source_text is None:
        # "the authorities reported 27 new cases, writes X": someone unnamed said it — kept as the
        # source's words, so that linking does not take X, who only passes it on, for its source
        source_text = _unnamed_speaker(text, lex, toks)
    return source, source_text, via


def _unnamed_speaker(text: str, lex: Lexicon, toks: list[Token]) -> str | None:
    """The words before a verb of reporting back to the clause's start ("the authorities in the
    country"), when a few words say who without a name."""
    for a, _b, _ in lex.reporting.find(toks):
        k = a
        while k > 0 and toks[k - 1].low not in CLAUSE_PUNCT and toks[k - 1].low not in _QUOTES_BRACKETS:
            k -= 1
        said = [t for t in toks[k:a] if t.kind == "w"]
        if 0 < len(said) <= UNNAMED_WORDS:
            return text[toks[k].start : toks[a - 1].end]
    return None


def _after_reporting(analysis: Analysis, lex: Lexicon, toks: list[Token]) -> list[int]:
    """The names right after a verb of reporting ("reports BTA", "пише британският вестник X"),
    social networks left out ("posted on Telegram": where, not who). A name further on is the
    one who spoke ("announced on Sunday the head of the regional administration") or the news'
    subject, not a relay."""
    out: list[int] = []
    for _a, b, _ in lex.reporting.find(toks):
        if b >= len(toks):
            continue
        m = _mention_in(analysis, toks[b].start, toks[min(_clause_end(toks, b), len(toks)) - 1].end)
        if m is None or _words_between(toks, b, analysis.mentions[m].start) > RELAY_GAP:
            continue
        if _staff_of(lex, toks, analysis.mentions[m]):
            continue  # "announced the pilots of X": X neither speaks nor passes it on
        if analysis.mentions[m].type in OUTLET_TYPES and not is_platform(analysis.mentions[m].text):
            if m not in out:
                out.append(m)
    return out


def _speaker(analysis: Analysis, lex: Lexicon, toks: list[Token], before: int | None) -> int | None:
    """The person or body that speaks with a verb of reporting in the sentence: the name right
    before the verb ("the WHO (WHO) reported"), else a person set off by commas after it ("wrote
    the head of the region, Ivan Petrov,"); a news outlet there relays, it does not speak."""
    mentions = analysis.mentions
    for a, b, _ in lex.reporting.find(toks):
        if before is not None and toks[a].start > before:
            break
        # the name may end in a bracket or quote of its own ("… организация (СЗО)", „X“) or
        # have one after it: each end up to the last word before the verb is tried
        k = a
        while k > 0:
            found = _mention_ending(analysis, toks[k - 1].end)
            if found is not None:
                if (
                    mentions[found].start >= toks[0].start
                    and not _news(analysis, toks, found)
                    and not _staff_of(lex, toks, mentions[found])
                ):
                    return found
                break
            if toks[k - 1].low not in _QUOTES_BRACKETS:
                break
            k -= 1
        apposed = _apposed_person(analysis, toks, b, before)
        if apposed is not None:
            return apposed
    return None


def _staff_of(lex: Lexicon, toks: list[Token], m: Mention) -> bool:
    """Whether the mention names the body whose people act ("Piloti aerolinek X oznámili",
    "Співробітники компанії X заявили", "X pilots said"): pilots or staff on strike speak for
    themselves, not as the body's voice — a spokesperson ("представитель X") or their union
    ("профсоюз пилотов X") still does."""
    if m.type == "PER":
        return False
    first = next((k for k, t in enumerate(toks) if t.end > m.start), len(toks))
    after = next((k for k, t in enumerate(toks) if t.start >= m.end), len(toks))
    if lex.staff.match(toks, after):
        return True
    k, seen = first - 1, 0
    while k >= 0 and seen < STAFF_GAP and toks[k].kind == "w":
        if lex.staff_bodies.match(toks, k):
            return False  # "профсоюз пилотов X", "the pilots union X": the union speaks, a body
        if lex.staff.match(toks, k):
            return not (k > 0 and lex.staff_bodies.match(toks, k - 1))
        k, seen = k - 1, seen + 1
    return False


def _mention_ending(analysis: Analysis, end: int) -> int | None:
    """A person or an organisation (a bracketed acronym after its full name too) ending at ``end``."""
    for k in index(analysis.mentions).overlapping(end - 1, end):
        m = analysis.mentions[k]
        if m.end == end and m.type in ("PER", *OUTLET_TYPES) and not m.kind and not _a_place(m.text):
            if not is_platform(m.text):
                return k
    return None


def _apposed_person(analysis: Analysis, toks: list[Token], b: int, before: int | None) -> int | None:
    """ "…, wrote the head of the region, Ivan Petrov, on Telegram": a person whose name opens the
    clause after the one that follows the verb, within ``SPEAKER_GAP`` words of it."""
    first_end = _clause_end(toks, b)
    nxt = first_end + 1
    if nxt >= len(toks) or _words_between(toks, b, toks[nxt].start) > SPEAKER_GAP:
        return None
    if before is not None and toks[nxt].start >= before:
        return None
    return _person_opening(analysis, toks, first_end)


def _person_opening(analysis: Analysis, toks: list[Token], comma: int) -> int | None:
    """The person whose name opens the clause after the comma at token ``comma``."""
    if comma + 1 >= len(toks) or toks[comma].low != ",":
        return None
    for k in index(analysis.mentions).starting_at(toks[comma + 1].start):
        if analysis.mentions[k].type == "PER":
            return k
    return None


def _person_after(analysis: Analysis, toks: list[Token], body: int) -> int | None:
    """A person named within a few words after a body, in its clause ("the commander of the
    Military Administration of the region <name>"): the one who speaks for it."""
    end = analysis.mentions[body].end
    after = [k for k, t in enumerate(toks) if t.start >= end]
    if not after:
        return None
    stop = _clause_end(toks, after[0])
    limit = toks[stop - 1].end if stop > after[0] else end
    for k in index(analysis.mentions).starting_in(end, limit):
        m = analysis.mentions[k]
        if m.type == "PER" and _words_between(toks, after[0], m.start) <= PERSON_AFTER_BODY:
            return k
    return None


def _news(analysis: Analysis, toks: list[Token], k: int) -> bool:
    """Is mention ``k`` a news agency, paper or broadcaster — a known one, or one the words
    right before it call so ("the agency X", "британският вестник X")? A body or a person is not."""
    m = analysis.mentions[k]
    if m.type not in OUTLET_TYPES or is_body(m.text):
        return False
    if _known_outlet(m.text):
        return True
    before = [t for t in toks if t.end <= m.start][-3:]
    heads = shipped().heads
    return any(key in heads for t in before for w in words(t.low) if (key := loose_key(w)))


@lru_cache(maxsize=4096)
def _known_outlet(name: str) -> bool:
    canonical = SourceAliases().canonical(name)
    return canonical is not None and canonical not in shipped().bodies


def _words_between(toks: list[Token], b: int, offset: int) -> int:
    return sum(1 for t in toks[b:] if t.start < offset and t.kind == "w")


def _clause_end(toks: list[Token], b: int) -> int:
    k = b
    while k < len(toks) and toks[k].low not in CLAUSE_PUNCT:
        k += 1
    return k


def _mention_in(analysis: Analysis, start: int, end: int) -> int | None:
    mentions = analysis.mentions
    return next(
        (
            k
            for k in index(mentions).overlapping(start, end)
            if mentions[k].type in ("PER", *OUTLET_TYPES) and not _a_place(mentions[k].text)
        ),
        None,
    )


@lru_cache(maxsize=4096)
def _a_place(name: str) -> bool:
    """A town or a country the recogniser typed as an organisation ("the fire chief of <city>"):
    where the source is, never the source (unless it is also a known outlet's name)."""
    return is_place(name) and SourceAliases().canonical(name) is None


def _mention_before(analysis: Analysis, s: int, offset: int, speakers: bool = False) -> int | None:
    """The last outlet (with ``speakers``, also person) named between ``s`` and ``offset``."""
    mentions = analysis.mentions
    types = ("PER", *OUTLET_TYPES) if speakers else OUTLET_TYPES
    found = [k for k in index(mentions).within(s, offset) if mentions[k].type in types]
    return found[-1] if found else None
