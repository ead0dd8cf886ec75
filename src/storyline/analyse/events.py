"""Event triggers: typed mentions of happenings, with their time, place and participants.

The trigger vocabulary is data, one file per language (``lang/events/<lang>.toml``): patterns of
one or more words, where ``stem*`` matches any ending — the inflection of Slavic nouns and verbs
is handled by stems, not by a lemmatiser, which keeps this analyser fast and dependency-free.
At one position the longest pattern wins ("аварийной посадки" is a landing, not an accident).
One mention per type and sentence: a sentence that says "crash" twice reports one crash.

A trigger that is a word of a name (a PER/ORG/LOC/PRO mention: "the Fire Brigade Museum") names a
thing, not a happening, and is dropped. Arguments come from what earlier analysers found: ``time`` is the nearest time expression in the
sentence that is not cut off from the trigger, else the nearest earlier one in the paragraph; ``place`` a LOC mention in the sentence introduced by a place cue ("near", "в
районе", "край"), strong cues before plain prepositions; ``participants`` the PER/ORG mentions
of the sentence.

A date is cut off from a trigger by another trigger between them (unless the date opens the
sentence and so sets the scene for all of it), by a relative pronoun between them ("On Saturday
he expressed condolences over the flight, *which* crashed …"), and — when the date comes first —
by a reference cue that makes the trigger a mere mention of a known happening ("Today we mourn
*over* the crash", "по поводу крушения", "the victims *of* the crash"): such a ``reference`` takes
a date only from words after it ("after the crash on Wednesday") and never from its paragraph.
Nor does a trigger in a subordinate or reported clause ("confirmed *that* the plane was shot down",
"*according to* Putin, missiles exploded") take a date from the sentences before it.

An investigation, a compensation or an award takes a date only from its own sentence: the
scene a paragraph sets is the happening's, and these come weeks or months after it.

A commemoration ("today marks one year since the crash", "the anniversary of the attack") is an
event of its own: the sentence's date is the commemoration's, and the happening it remembers is
a reference there. A trigger inside an embedded post ("A plane crashed near … — Name (@handle)
23 August 2023") that has no date of its own takes the post's: a post reports as it happens.

Languages that write proclitics together with the word (Arabic و, ب, ال …) list them in
``clitics``; a token also matches with one of them taken off. Work per document is
near-linear: mentions and time expressions are found by bisection on their offsets, never by
scanning them all for every trigger.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from storyline.analyse.event_realis import CONCRETE, Words, find, morph, pack, why_not_happening
from storyline.analyse.events_anterior import cue_spans
from storyline.analyse.events_attach import credit, governed, names_a_body
from storyline.analyse.events_listed import in_place_list, in_time_list
from storyline.analyse.posts import find_posts
from storyline.analyse.text import WORD_RE, lang_at, split_sentences
from storyline.analyse.timex import context_data, signature_timex
from storyline.model import Analysis, EventMention, Mention, TimeExpr
from storyline.names.gazetteers import continents, fold

COMMEMORATION = "commemoration"
STATEMENT = "statement"
SPEECH_REACH = 2  # words between a verb of saying and the date it takes
MAX_REFERENCE_GAP = 6  # words from a reference trigger to a date after it that still dates it
# words between a trigger and a name that takes part in it: the audit rounds found names further
# off (or across a comma: an aside, an apposition, a list) mostly context, not parties
PARTY_REACH = 5
MAX_PARTIES = 3  # names of one mention
# the audit rounds found the names around a statement, an arrest or an investigation mostly not
# its parties (the person the news is about, the body that reports it, a relative): these have one
# party, right next to the trigger ("the ministry said", "заявил Петров", "arrested Ivan Petrov");
# a fire or a shooting names none (the names near it are of owners, ships, witnesses); and the
# places next to a statement are what it is about, seldom where it was made
CLOSE_PARTIES = frozenset({STATEMENT, "arrest", "detention", "investigation"})
CLOSE_REACH = 2
NO_PARTIES = frozenset({"fire", "shooting"})
# what people do to people aboard a vehicle: the company whose plane or ship it was ("attacked a
# passenger on a <airline> plane") did not take part; a crash or a landing is the operator's own
ABOARD = frozenset({"attack", "arrest", "detention"})
NO_PLACE = frozenset({STATEMENT})
WEAK_PLACE_REACH = 6  # words between a trigger and a place after a plain preposition ("in")
# what sets a clause apart from the trigger's: a semicolon, a colon, brackets, a dash, or a comma
# before a word (a comma inside a number — "2,5" — separates nothing); quotation marks do not, as
# names are quoted too (a quotation ends with a comma or a dash anyway)
CLAUSE_MARK = re.compile(r"[;:()\[\]]|,\s|\s[-–—]\s|[–—]")
# a sentence boundary the splitter took for an abbreviation: a year's abbreviation ("in 1996 г. The
# …", "w 1996 r. Pogrzeb …") ends a sentence when a capital follows; other abbreviations before a
# capital are mostly titles ("prof. Smith", "ul. Main") and stay inside their sentence
MISSED_BOUNDARY = re.compile(r"\b\d{4}\s?([^\W\d_]{1,3})\.\s+(?=[^\W\d_])")
# a code with digits ending a sentence the splitter did not end ("… the 5G network. After the meeting
# …"): a name before it is not in the trigger's sentence
CODE_BOUNDARY = re.compile(r"\b\w*\d\w*\.\s+(?=[^\W\d_])")
# the rest of a name cut off at "&" ("Johnson & Johnson", an HTML "&amp;" the splitter ended a sentence
# at): the mention is a piece of a longer name, no party
CUT_AFTER = re.compile(r"\s*&(?:amp;)?\s*\w")
CUT_BEFORE = re.compile(r"\w\s*&(?:amp;)?\s*$")
OPENING_WORDS = 2  # "On Sunday, …", "В неделя, …": a date this close to the sentence's start sets its scene
PARENTHESIS_WORDS = 7  # words from a trigger (its own included) to a date set off by a comma that dates it
PLAN_REACH = 3  # words from "scheduled", "планируемый" to the date it sets ("scheduled for 3 May")
RELATIVE_REACH = 3  # "the quake [of magnitude 7], which …": the pronoun follows the trigger closely
BEFORE_WHAT = frozenset({"election"})  # happenings a "before" dates others by (``_before_another``)
# relative dates counted back to a period that ends before the article's day; not "yesterday":
# its aftermath may be today
EARLIER_KINDS = frozenset({"week_offset", "month_offset", "year_offset"})
AFTER_GAP = 2  # words before another trigger where an "after" ties it to that one ("after the summit")
BEFORE_REACH = 4  # words from the trigger to a "before" that places it ("met two weeks before the vote")
REMEMBERED_REACH = 2  # words from a commemoration to the happening it remembers ("anniversary of the")
# types whose "second" one is told back to ("the second crash of the type", "a second referendum"
# still sought); a second meeting, flight cancelled or anniversary is as often the day's news
SERIES_TYPES = CONCRETE | {"election"}
MIN_STEM = 3  # a token with a clitic taken off must keep at least this many letters

Pattern = tuple[tuple[str, bool], ...]  # (word, is_prefix) per token


@dataclass(frozen=True)
class Lexicon:
    exact: dict[str, list[tuple[Pattern, str]]]  # first word → patterns starting with it
    prefix: dict[str, list[tuple[Pattern, str]]]  # first stem → patterns starting with it
    prefix_lengths: tuple[int, ...]
    place_strong: tuple[tuple[str, ...], ...]
    place_weak: tuple[tuple[str, ...], ...]
    place_fillers: frozenset[str]
    reference_cues: tuple[tuple[str, ...], ...] = ()
    determiners: frozenset[str] = frozenset()
    clause_words: frozenset[str] = frozenset()
    hearsay_cues: tuple[tuple[str, ...], ...] = ()
    complementizers: frozenset[str] = frozenset()
    clause_joiners: frozenset[str] = frozenset()
    clitics: tuple[str, ...] = ()
    place_suffix: re.Pattern[str] | None = None
    since_before: tuple[tuple[str, ...], ...] = ()
    since_after: frozenset[str] = frozenset()
    speech_exact: frozenset[str] = frozenset()
    speech_stems: tuple[str, ...] = ()
    # nouns a trigger word only modifies ("fire station", "burial site"): then it names no happening
    compound_heads: frozenset[str] = frozenset()
    vehicles: frozenset[str] = frozenset()  # nouns for a ship or an aircraft ("ferry", "паром*")
    vehicle_stems: tuple[str, ...] = ()
    route_from: frozenset[str] = frozenset()  # "from" of "from X to Y" ("из", "iz")
    post_exact: frozenset[str] = frozenset()  # "consul", "correspondent" … in a place
    post_stems: tuple[str, ...] = ()
    relation_exact: frozenset[str] = frozenset()  # "family", "lawyer" … of a name
    relation_stems: tuple[str, ...] = ()
    # "until", "до": right before a date, it makes the date a limit ("cancellations extended until
    # April"), not the day of a happening
    until_before: frozenset[str] = frozenset()
    # "earlier", "last month", "ранее": the clause tells something that happened before the
    # article's news, so the article's date is no date for it
    anterior_cues: tuple[tuple[str, ...], ...] = ()
    # "and": right after the trigger it opens the next conjunct ("apologised, and Bolton said …"),
    # whose names are not the trigger's parties
    coordinators: frozenset[str] = frozenset()
    # "without", "behind the back of", "втайне от": right before a name, they keep it out of the
    # happening
    excluding: tuple[tuple[str, ...], ...] = ()
    # "second", "previous", "друга": right before the trigger, the happening is one of a series
    # told back to ("the second crash of the type sparked a debate"), not the article's news:
    # words, or stems ending in "*"
    series_exact: frozenset[str] = frozenset()
    series_stems: tuple[str, ...] = ()
    # "adviser", "aide": a name after one and a linking word ("the adviser of X", "съветникът на
    # X"), or in the genitive where the morphology tells it ("советник Трампа"), is the aide's
    # principal: the aide took part, not the person named. Right before a name in the nominative
    # the word is the person's own title ("советник Сидоров"), so it is no relation word
    aide_exact: frozenset[str] = frozenset()
    aide_stems: tuple[str, ...] = ()
    aide_links: frozenset[str] = frozenset()
    # "aboard", "на борту": right before an organisation's name, the name is a vehicle's operator
    aboard: tuple[tuple[str, ...], ...] = ()
    # "before", "перед": right before another happening's trigger in the clause, it places the
    # trigger before that happening ("the meetings took place before the referendum"), not on the
    # article's day
    before_words: frozenset[str] = frozenset()
    # "after", "po", "след": right before another happening's trigger ahead of the trigger in its
    # clause, it places the trigger after that happening ("after the summit he said"); when the
    # article tells that happening as before its news ("the summit last month"), so is this one
    after_words: frozenset[str] = frozenset()
    # "near", "15 km from": the place cues (of ``place_strong``) that put a happening near a place,
    # not in it (``place_is_near``)
    near_cues: tuple[tuple[str, ...], ...] = ()
    # nouns for an aircraft ("plane", "авион*"): a collapse word in a sentence that names one tells
    # a crash ("авион се срушио", "samolot runął": the verbs are the same for a building)
    aircraft_exact: frozenset[str] = frozenset()
    aircraft_stems: tuple[str, ...] = ()

    def is_aide(self, word: str) -> bool:
        word = word.lower()
        return word in self.aide_exact or (bool(self.aide_stems) and word.startswith(self.aide_stems))

    def is_relation(self, word: str) -> bool:
        word = word.lower()
        return word in self.relation_exact or (
            bool(self.relation_stems) and word.startswith(self.relation_stems)
        )

    def is_aircraft(self, word: str) -> bool:
        word = word.lower()
        return word in self.aircraft_exact or (
            bool(self.aircraft_stems) and word.startswith(self.aircraft_stems)
        )

    def is_vehicle(self, word: str) -> bool:
        word = word.lower()
        return word in self.vehicles or (bool(self.vehicle_stems) and word.startswith(self.vehicle_stems))


@cache
def _data(lang: str) -> dict | None:
    """A pack with the one it ``extends`` merged in (Bosnian and Croatian extend Serbian)."""
    path = resources.files("storyline") / "lang" / "events" / f"{lang}.toml"
    if not re.fullmatch(r"[a-z]{2,3}", lang) or not path.is_file():
        return None
    data = tomllib.loads(path.read_text("utf-8"))
    base = _data(data.pop("extends")) if "extends" in data else None
    if base is None:
        return data
    return {**base, **data, "triggers": {**base.get("triggers", {}), **data.get("triggers", {})}}


@cache
def lexicon(lang: str | None) -> Lexicon | None:
    if not lang:
        return None
    data = _data(lang)
    if data is None:
        return None
    exact: dict[str, list[tuple[Pattern, str]]] = {}
    prefix: dict[str, list[tuple[Pattern, str]]] = {}
    for kind, patterns in data["triggers"].items():
        for raw in patterns:
            pattern = tuple((w.lower().rstrip("*"), w.endswith("*")) for w in raw.split())
            first, is_prefix = pattern[0]
            (prefix if is_prefix else exact).setdefault(first, []).append((pattern, kind))
    for table in (exact, prefix):  # longest pattern first
        for entries in table.values():
            entries.sort(key=lambda e: -len(e[0]))

    def cues(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(c.split()) for c in data.get(key, "").split("|") if c.strip())

    return Lexicon(
        exact,
        prefix,
        tuple(sorted({len(k) for k in prefix}, reverse=True)),
        cues("place_strong"),
        cues("place_weak"),
        frozenset(data.get("place_fillers", "").split()),
        cues("reference_cues"),
        frozenset(data.get("determiners", "").split()),
        frozenset(data.get("clause_words", "").split()),
        cues("hearsay_cues"),
        frozenset(data.get("complementizers", "").split()),
        frozenset(data.get("clause_joiners", "").split()),
        tuple(sorted(data.get("clitics", "").split(), key=len, reverse=True)),
        re.compile(
            rf"^(?:['’]?(?:{'|'.join(sorted(map(re.escape, suffixes), key=len, reverse=True))}))(?!\w)"
        )
        if (suffixes := data.get("place_suffixes", "").split())
        else None,
        cues("since_before"),
        frozenset(data.get("since_after", "").split()),
        frozenset(w for w in data.get("speech_verbs", "").split() if not w.endswith("*")),
        tuple(w[:-1] for w in data.get("speech_verbs", "").split() if w.endswith("*")),
        frozenset(data.get("compound_heads", "").split()),
        frozenset(w for w in data.get("vehicles", "").split() if not w.endswith("*")),
        tuple(w[:-1] for w in data.get("vehicles", "").split() if w.endswith("*")),
        frozenset(w.lower() for w in data.get("route_from", "").split("|") if w.strip()),
        frozenset(w.lower() for w in data.get("post_nouns", "").split() if not w.endswith("*")),
        tuple(w.lower()[:-1] for w in data.get("post_nouns", "").split() if w.endswith("*")),
        frozenset(w.lower() for w in data.get("relation_words", "").split() if not w.endswith("*")),
        tuple(w.lower()[:-1] for w in data.get("relation_words", "").split() if w.endswith("*")),
        frozenset(w.lower() for w in data.get("until_before", "").split()),
        tuple(
            tuple(WORD_RE.findall(c.lower())) for c in data.get("anterior_cues", "").split("|") if c.strip()
        ),
        frozenset(data.get("coordinators", "").lower().split()),
        tuple(tuple(WORD_RE.findall(c.lower())) for c in data.get("excluding", "").split("|") if c.strip()),
        frozenset(w for w in data.get("series_cues", "").lower().split() if not w.endswith("*")),
        tuple(w[:-1] for w in data.get("series_cues", "").lower().split() if w.endswith("*")),
        frozenset(w for w in data.get("aides", "").lower().split() if not w.endswith("*")),
        tuple(w[:-1] for w in data.get("aides", "").lower().split() if w.endswith("*")),
        frozenset(data.get("aide_links", "").lower().split()),
        tuple(tuple(WORD_RE.findall(c.lower())) for c in data.get("aboard", "").split("|") if c.strip()),
        frozenset(data.get("before_words", "").lower().split()),
        frozenset(data.get("after_words", "").lower().split()),
        cues("near_cues"),
        frozenset(w for w in data.get("aircraft", "").lower().split() if not w.endswith("*")),
        tuple(w[:-1] for w in data.get("aircraft", "").lower().split() if w.endswith("*")),
    )


@dataclass
class _Index:
    """Offsets sorted once per document, so that each trigger finds its sentence's mentions and
    time expressions by bisection."""

    mention_order: list[int]  # mention indices by start
    mention_starts: list[int]
    timex_starts: list[int]  # time expressions come sorted by start
    passage_starts: list[int]

    @classmethod
    def of(cls, analysis: Analysis) -> _Index:
        order = sorted(range(len(analysis.mentions)), key=lambda k: analysis.mentions[k].start)
        return cls(
            order,
            [analysis.mentions[k].start for k in order],
            [t.start for t in analysis.timexes],
            [p.start for p in analysis.passages],
        )

    def mentions_in(self, mentions: list[Mention], start: int, end: int) -> list[int]:
        lo, hi = bisect.bisect_left(self.mention_starts, start), bisect.bisect_left(self.mention_starts, end)
        return sorted(k for k in self.mention_order[lo:hi] if mentions[k].end <= end)

    def timexes_in(self, timexes: list[TimeExpr], start: int, end: int) -> list[int]:
        lo, hi = bisect.bisect_left(self.timex_starts, start), bisect.bisect_left(self.timex_starts, end)
        return [k for k in range(lo, hi) if timexes[k].end <= end]


def find_events(text: str, analysis: Analysis, published: date | None) -> list[EventMention]:
    sentences = analysis.sentences or split_sentences(text)
    index = _Index.of(analysis)
    found: list[EventMention] = []
    for sent_start, sent_end in sentences:
        lex = _lexicon_at(analysis, index, sent_start)
        lang = lang_at(analysis, sent_start)
        triggers = [
            t
            for t in _triggers(text, lex, sent_start, sent_end, pack(lang).not_trigger)
            if not _inside_name(analysis.mentions, index, t[1], t[2])
            and not names_a_body(text, lang, t[0], sent_start, t[1])
        ]
        triggers = _aircraft_crashes(text, lex, triggers, sent_start, sent_end)
        if not triggers:
            continue
        plans = pack(lang).prospect
        weekdays = _weekdays(lang)
        remembered = any(kind == COMMEMORATION for kind, _s, _e in triggers)
        in_sentence = index.mentions_in(analysis.mentions, sent_start, sent_end)
        nearby = [analysis.mentions[k] for k in in_sentence]
        place_words = frozenset(c[0] for c in (*lex.place_weak, *lex.place_strong) if len(c) == 1)
        # a name in someone's title ("the governor of X", "President of the X Council Y") or a
        # photo credit is no party and no place of the sentence's happenings
        aside = {
            k
            for k in in_sentence
            if (
                analysis.mentions[k].type != "PER"
                and governed(text, lang, sent_start, analysis.mentions[k], nearby, place_words)
            )
            or credit(text, analysis.mentions[k], nearby)
        }
        parties = [
            k
            for k in in_sentence
            if analysis.mentions[k].type in ("PER", "ORG")
            and k not in aside
            and not common_phrase(analysis.mentions[k].text)
        ]
        for kind, start, end in triggers:
            if why_not_happening(text, analysis, kind, start, end, sent_start, sent_end):
                continue  # a plan, a negation, a name, a figure of speech: no happening
            recalled = _recalled(text, triggers, start)
            close = kind in CLOSE_PARTIES
            reach = CLOSE_REACH if close else PARTY_REACH
            participants = _nearest(
                [
                    k
                    for k in parties
                    if kind not in NO_PARTIES
                    and not recalled
                    and _party_of(text, lex, analysis.mentions[k], start, end, reach)
                    and not _related(text, lex, analysis.mentions[k], lang)
                    and not _set_apart(text, lex, analysis.mentions[k], end)
                    and not (kind in ABOARD and _operator(text, lex, analysis.mentions[k]))
                    and not _cut_name(text, analysis.mentions[k], nearby)
                ],
                analysis.mentions,
                start,
                1 if close else MAX_PARTIES,
            )
            # a happening remembered by a commemoration takes no date from its sentence
            dated = kind == COMMEMORATION or not remembered
            time = (
                _time_of(
                    text,
                    lex,
                    analysis.timexes,
                    index,
                    triggers,
                    start,
                    sent_start,
                    sent_end,
                    published,
                    plans,
                    weekdays,
                )
                if dated
                else None
            )
            if time is not None and (
                _told_earlier_than(text, lex, analysis.timexes[time], start, analysis.timexes)
                # "on Sunday, Monday and Tuesday": spread over the days, none of them its date
                or in_time_list(text, lang, analysis.timexes, time)
            ):
                time = None
            place = (
                None
                if kind in NO_PLACE
                else _place_of(
                    text,
                    lex,
                    analysis.mentions,
                    # a happening a commemoration remembers ("protested in X on the anniversary of
                    # the referendum") is placed only by the words after it ("the anniversary of the
                    # crash near Y"): a place before is the commemorators' (round 22)
                    [
                        k
                        for k in in_sentence
                        if k not in aside and not (recalled and analysis.mentions[k].start < start)
                    ],
                    start,
                    sent_start,
                    lang,
                )
            )
            if (
                kind in CONCRETE
                and place is not None
                and time is None
                and _continent(analysis.mentions[place])
            ):
                # "the terrorist attacks in Europe": physical happenings across a continent, none at a
                # time ("flights cancelled in Europe" by one strike is one disruption)
                continue
            found.append(
                EventMention(
                    type=kind,
                    start=start,
                    end=end,
                    text=text[start:end],
                    sent_start=sent_start,
                    sent_end=sent_end,
                    time=time,
                    place=place,
                    participants=participants,
                )
            )
    _date_from_posts(text, analysis, found)
    return found


NAME_TYPES = ("PER", "ORG", "LOC", "PRO")  # an EVT mention may well be the happening itself


def _inside_name(mentions: list[Mention], index: _Index, start: int, end: int) -> bool:
    """Is the trigger a word of a name ("the Fire Brigade Museum", "Crash Test Dummies", an
    airport named after a man)? Such a word names a thing, it reports no happening."""
    lo = bisect.bisect_right(index.mention_starts, start)
    for k in index.mention_order[max(0, lo - 8) : lo]:
        m = mentions[k]
        if m.type in NAME_TYPES and m.start <= start and end <= m.end and m.kind != "adjective":
            return True
    return False


def _nearest(parties: list[int], mentions: list[Mention], at: int, most: int = 0) -> list[int]:
    """The names nearest the trigger, in text order: beyond a few, a sentence's names are more often
    its context (a list of attendees, someone's relatives) than parties to the happening."""
    near = sorted(parties, key=lambda k: abs(mentions[k].start - at))[: most or MAX_PARTIES]
    return sorted(near)


def common_phrase(name: str) -> bool:
    """Is the mention written all in lower case in a script that has capitals ("rakouská vláda",
    "the government")? Then it is a common-noun phrase the recogniser took for an organisation
    (BSNLP marks "the Austrian government" as one), not a name: no named party to a happening."""
    letters = [c for c in name if c.isalpha() and c.lower() != c.upper()]
    return bool(letters) and not any(c.isupper() for c in letters)


def _party_of(text: str, lex: Lexicon, m: Mention, start: int, end: int, reach: int = 0) -> bool:
    """Is a name in the trigger's clause and near it? A name further on in the sentence ("…, the
    burial site that holds the grave of <name>") is not a party to the happening."""
    lo, hi = (m.end, start) if m.end <= start else (end, m.start)
    if lo > hi:
        return True  # the name holds the trigger or overlaps it
    return (
        len(WORD_RE.findall(text, lo, hi)) <= (reach or PARTY_REACH)
        and not _other_clause(text, lex, lo, hi)
        and not CLAUSE_MARK.search(text[lo:hi])
        and not any(text[b.end()].isupper() for b in CODE_BOUNDARY.finditer(text, lo, hi))
    )


def _cut_name(text: str, m: Mention, nearby: list[Mention]) -> bool:
    """Is the mention a piece of a longer name the recogniser cut: before or after an "&" ("Johnson"
    of "Johnson & Johnson"; "Johnson &amp;" where the splitter ended a sentence at the entity), or one
    side of a hyphen that glues a name of two words or more to the next ("Rada Energetyczna USA" and
    "Unia Europejska" of "… USA-Unia Europejska": the joint council of both)?"""
    if re.search(r"\s&(?:amp;)?$", m.text) or CUT_BEFORE.search(text[max(0, m.start - 12) : m.start]):
        return True
    after = text[m.end : m.end + 12]
    if after.lstrip().startswith("&"):
        return bool(CUT_AFTER.match(after))
    if len(WORD_RE.findall(m.text)) >= 2 and re.match(r"-[^\W\d_]", after) and after[1].isupper():
        return True
    return text[m.start - 1 : m.start] == "-" and any(
        o.end == m.start - 1 and len(WORD_RE.findall(o.text)) >= 2 and o.text[:1].isupper() for o in nearby
    )


def _related(text: str, lex: Lexicon, m: Mention, lang: str | None = None) -> bool:
    """Is the name governed by a relation noun right before it ("the family of X", "адвокат X")?
    Then the relation (the family, the lawyer) takes part, not the person named."""
    before = WORD_RE.findall(text, max(0, m.start - 30), m.start)
    words = [w for w in before if w.lower() not in lex.determiners][-2:]
    return (
        any(lex.is_relation(w) for w in words[-1:])
        or (len(words) == 2 and words[-1].lower() in ("of", "de", "di", "von") and lex.is_relation(words[0]))
        # "the relatives of X" in a language that links with a word ("близките на X")
        or (len(words) == 2 and words[-1].lower() in lex.aide_links and lex.is_relation(words[0]))
        or (len(words) == 2 and words[-1].lower() in lex.aide_links and lex.is_aide(words[0]))
        or (bool(words) and lex.is_aide(words[-1]) and _genitive(m, lang))
    )


def _genitive(m: Mention, lang: str | None) -> bool:
    """Is the name's first word in the genitive and in no other case that could be its subject
    ("Трампа", not "Сидоров" nor "Петрова", which may be a woman's nominative)? Only where a
    morphology tells the cases (ru, uk)."""
    analyzer = morph(lang)
    first = WORD_RE.findall(m.text)[:1]
    if analyzer is None or not first:
        return False
    cases = {p.tag.case for p in analyzer.parse(first[0])}
    return "gent" in cases and "nomn" not in cases


def _operator(text: str, lex: Lexicon, m: Mention) -> bool:
    """Is the organisation named right after or right before a vehicle's noun ("на борту самолёта
    <airline>", "a <airline> plane"), or right after "aboard" ("na letalu <airline>"): the vehicle's
    operator?"""
    if m.type != "ORG":
        return False
    before = re.search(r"(\w+)[\s«»„“”\"']*$", text[max(0, m.start - 30) : m.start])
    after = re.match(r"[\s«»„“”\"']*(\w+)", text[m.end : m.end + 30])
    if any(found and lex.is_vehicle(found.group(1)) for found in (before, after)):
        return True
    words = [w.lower() for w in WORD_RE.findall(text, max(0, m.start - 40), m.start)]
    return any(tuple(words[-len(c) :]) == c for c in lex.aboard if len(c) <= len(words))


def _set_apart(text: str, lex: Lexicon, m: Mention, end: int) -> bool:
    """Is the name kept out of the happening: right after the trigger and an "and" that opens the next
    conjunct ("she apologised and Bolton announced …", "the meeting and Smith's statement" — not
    with a word between: "се срещна и с X", "met also with X"), or right after words that exclude
    it ("met the sceptics behind the back of X", "втайне от Мэй", "without X")?"""
    if m.start >= end:
        between = WORD_RE.findall(text, end, m.start)
        if len(between) == 1 and between[0].lower() in lex.coordinators:
            return True
    before = [w.lower() for w in WORD_RE.findall(text, max(0, m.start - 40), m.start)]
    return any(tuple(before[-len(c) :]) == c for c in lex.excluding if len(c) <= len(before))


def _date_from_posts(text: str, analysis: Analysis, found: list[EventMention]) -> None:
    """An undated trigger inside an embedded post takes the post's date (its signature's)."""
    if not found or "(@" not in text:
        return
    starts = [m.start for m in found]  # found is in text order
    timex_starts = [t.start for t in analysis.timexes]
    for post in find_posts(text, analysis):
        k = signature_timex(post, analysis.timexes, timex_starts)
        if k is None:
            continue
        for m in found[bisect.bisect_left(starts, post.start) : bisect.bisect_left(starts, post.signature)]:
            time = analysis.timexes[m.time] if m.time is not None else None
            if time is None or time.start < post.start:
                m.time = k


def is_subordinate(text: str, analysis: Analysis, mention: EventMention) -> bool:
    """Is the trigger inside a relative or complement clause ("…, which crashed", "said that the
    plane was shot down") or reported ("according to Putin, two missiles exploded")? Such a
    mention is not the article's own news and takes no date from the sentences before it."""
    return _subordinate(text, lexicon_at(analysis, mention.sent_start), mention.sent_start, mention.start)


def _subordinate(text: str, lex: Lexicon, sent_start: int, at: int) -> bool:
    before = text[sent_start:at]
    if sum(before.count(q) for q in '"«»“”„') % 2:
        return True  # inside a direct quote
    words = [w.lower() for w in re.findall(r"\w+", before)]
    if set(words) & (lex.clause_words | lex.complementizers):
        return True
    return any(
        tuple(words[i : i + len(c)]) == c for c in lex.hearsay_cues for i in range(len(words) - len(c) + 1)
    )


def is_reference(text: str, analysis: Analysis, mention: EventMention) -> bool:
    """Is this trigger a mention of a known happening ("over the crash", "по поводу крушения")
    rather than the report of one? Linking treats such mentions as background. So is a happening
    a commemoration right before it remembers ("the anniversary of the crash", "годовщина
    крушения"): the article's date is the commemoration's, not the happening's."""
    return _governed(text, lexicon_at(analysis, mention.sent_start), mention.sent_start, mention.start) or (
        _remembered(text, analysis, mention)
    )


def is_anterior(text: str, analysis: Analysis, mention: EventMention, follow: bool = True) -> bool:
    """Does the trigger's own clause tell it as before the news ("arrested earlier", "ранее",
    "last month") — a happening the article's date does not date?"""
    lex = lexicon_at(analysis, mention.sent_start)
    if mention.type in SERIES_TYPES and _in_series(text, lex, mention.sent_start, mention.start):
        return True
    if _before_another(text, lex, mention):
        return True
    if follow and _after_anterior(text, analysis, lex, mention):
        return True
    for lo, hi in cue_spans(text, lex.anterior_cues, analysis.timexes, mention.sent_start, mention.sent_end):
        gap = (hi, mention.start) if hi <= mention.start else (mention.end, lo)
        # "Earlier, police detained …" sets the cue off with a comma; any other comma between cue
        # and trigger parts them ("X was appointed, formerly a deputy, the statement says")
        between = text[gap[0] : gap[1]].lstrip() if hi <= mention.start else text[gap[0] : gap[1]]
        if hi <= mention.start and between.startswith(","):
            between = between[1:]
        if not re.search(r"[,;:(]", between) and not _other_clause(text, lex, *gap):
            return True
    return False


def _after_anterior(text: str, analysis: Analysis, lex: Lexicon, mention: EventMention) -> bool:
    """ "After the summit, Trump said …" where the article told the summit as "last month": an
    "after" right before another happening's trigger, ahead of the trigger in its clause (one word
    may come between), ties the trigger to that happening; when the article's first mention of
    that kind is told as before its news (``is_anterior``), the article's day is no date for this
    one either. Not followed further than one step."""
    if not lex.after_words:
        return False
    ahead = [
        m
        for m in analysis.events
        if m.sent_start == mention.sent_start and m.end <= mention.start and m.type != mention.type
    ]
    if not ahead:
        return False
    words = [
        (m.group().lower(), m.start()) for m in WORD_RE.finditer(text, mention.sent_start, mention.start)
    ]
    for other in ahead:
        if re.search(r"[;:(]", text[other.end : mention.start]):
            continue
        before = [w for w, at in words if at < other.start][-AFTER_GAP:]
        if not any(w in lex.after_words for w in before):
            continue
        first = next((m for m in analysis.events if m.type == other.type), None)
        if first is None:
            continue
        if first.time is None and is_anterior(text, analysis, first, follow=False):
            return True
        if first.time is not None and _earlier_period(analysis.timexes[first.time]):
            return True
    return False


def _earlier_period(t: TimeExpr) -> bool:
    """ "last month", "a week ago": a time expression counted back from the article's day, to a
    period that ends before it."""
    rel = t.rel or {}
    offsets = [rel.get(k) for k in ("days", "weeks", "months", "years")]
    return rel.get("kind") in EARLIER_KINDS and any(isinstance(n, int) and n < 0 for n in offsets)


def _before_another(text: str, lex: Lexicon, mention: EventMention) -> bool:
    """ "The meetings took place before the referendum": a "before" after the trigger, in its clause,
    right before an election's trigger (one word may come between), places the trigger before that
    vote, which a text names as the backdrop of what led up to it — the article's day is no date for
    it. Not before any happening: "a statement before the start of the talks" is the talks' day."""
    if not lex.before_words:
        return False
    words = [(m.group().lower(), m.start()) for m in WORD_RE.finditer(text, mention.end, mention.sent_end)]
    starts = {s for kind, s, _e in _triggers(text, lex, mention.end, mention.sent_end) if kind in BEFORE_WHAT}
    for i, (word, at) in enumerate(words[:BEFORE_REACH]):
        if re.search(r"[,;:(]", text[mention.end : at]):
            return False
        if word in lex.before_words and any(s in starts for _w, s in words[i + 1 : i + 3]):
            return True
    return False


def in_series(text: str, analysis: Analysis, mention: EventMention) -> bool:
    """Is the trigger told as one of a series ("the second crash of the type", "druga nesreča")?
    Its happening is not the one the series' other reports name."""
    lex = lexicon_at(analysis, mention.sent_start)
    return mention.type in SERIES_TYPES and _in_series(text, lex, mention.sent_start, mention.start)


def _in_series(text: str, lex: Lexicon, sent_start: int, at: int) -> bool:
    """An ordinal or "previous" right before the trigger, with at most determiners between ("the
    second crash", "druga nesreča", "предыдущая авария")."""
    if not lex.series_exact and not lex.series_stems:
        return False
    before = [w.lower() for w in WORD_RE.findall(text, max(sent_start, at - 40), at)]
    while before and before[-1] in lex.determiners:
        before.pop()
    if not before:
        return False
    word = before[-1]
    return word in lex.series_exact or word.startswith(lex.series_stems)


def _told_earlier_than(text: str, lex: Lexicon, t: TimeExpr, start: int, timexes: list[TimeExpr]) -> bool:
    """ "On Monday it was reported that guards had earlier arrested two men": an anterior cue
    between a date and the trigger after it puts the happening before that date."""
    return t.end <= start and bool(cue_spans(text, lex.anterior_cues, timexes, t.end, start))


def _remembered(text: str, analysis: Analysis, mention: EventMention) -> bool:
    return any(
        c.type == COMMEMORATION
        and c.sent_start == mention.sent_start
        and c.end <= mention.start
        and len(WORD_RE.findall(text, c.end, mention.start)) <= REMEMBERED_REACH
        for c in analysis.events
    )


def _recalled(text: str, triggers: list[tuple[str, int, int]], start: int) -> bool:
    """Is the trigger what a commemoration right before it remembers ("X's trip on the anniversary
    of the crash")? The names of its sentence are the commemorators', not the happening's parties
    ("X visited Y on the anniversary of the agreement": the visit is no remembered one)."""
    return any(
        kind == COMMEMORATION and end <= start and len(WORD_RE.findall(text, end, start)) <= REMEMBERED_REACH
        for kind, _s, end in triggers
    )


def _triggers(
    text: str, lex: Lexicon, sent_start: int, sent_end: int, other_words: tuple[tuple[str, Words], ...] = ()
) -> list[tuple[str, int, int]]:
    """(type, start, end) of the first trigger of each type in the sentence. A stem's match that is
    another word (``other_words``, the realis pack's ``[not_trigger]``: "пожарные", firefighters, for
    a fire) is skipped, so that the type's noun after it is the one found ("Пожарные потушили
    пожар")."""
    tokens = [(m.group().lower(), m.start(), m.end()) for m in WORD_RE.finditer(text, sent_start, sent_end)]
    out: list[tuple[str, int, int]] = []
    seen: set[str] = set()
    i = 0
    while i < len(tokens):
        hit = _match_at(lex, tokens, i)
        if hit is None:
            i += 1
            continue
        length, kind = hit
        if i + length < len(tokens) and tokens[i + length][0] in lex.compound_heads:
            i += length  # "the fire station", "a burial site": a thing, not a happening
            continue
        words = [w for w, _s, _e in tokens[i : i + length]]
        if any(k == kind and find(words, ws) for k, ws in other_words):
            i += length
            continue
        if kind not in seen:
            seen.add(kind)
            out.append((kind, tokens[i][1], tokens[i + length - 1][2]))
        i += length
    return out


def lexicon_at(analysis: Analysis, offset: int) -> Lexicon:
    """The trigger list of the passage's language (an English tweet in a Bulgarian article),
    English rules where a language has none."""
    return _lexicon_at(analysis, None, offset)


def _lexicon_at(analysis: Analysis, index: _Index | None, offset: int) -> Lexicon:
    starts = index.passage_starts if index is not None else [p.start for p in analysis.passages]
    i = bisect.bisect_right(starts, offset) - 1
    lang = analysis.passages[i].lang if 0 <= i and offset < analysis.passages[i].end else None
    lex = lexicon(lang or analysis.lang) or lexicon("en")
    assert lex is not None
    return lex


def _match_at(lex: Lexicon, tokens: list[tuple[str, int, int]], i: int) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for word in _forms(lex, tokens[i][0]):
        candidates = list(lex.exact.get(word, []))
        for n in lex.prefix_lengths:
            if n <= len(word):
                candidates.extend(lex.prefix.get(word[:n], []))
        for pattern, kind in candidates:
            if (best is None or len(pattern) > best[0]) and _matches(lex, pattern, tokens, i):
                best = (len(pattern), kind)
    return best


def _forms(lex: Lexicon, token: str) -> list[str]:
    """The token, and the token without each proclitic it starts with ("والزلزال" → "الزلزال", "زلزال")."""
    forms = [token]
    for clitic in lex.clitics:
        if token.startswith(clitic) and len(token) - len(clitic) >= MIN_STEM:
            forms.append(token[len(clitic) :])
    return forms


def _matches(lex: Lexicon, pattern: Pattern, tokens: list[tuple[str, int, int]], i: int) -> bool:
    if i + len(pattern) > len(tokens):
        return False
    for (word, is_prefix), (token, _s, _e) in zip(pattern, tokens[i:], strict=False):
        if not any(form.startswith(word) if is_prefix else form == word for form in _forms(lex, token)):
            return False
    return True


def _time_of(
    text: str,
    lex: Lexicon,
    timexes: list[TimeExpr],
    index: _Index,
    triggers: list[tuple[str, int, int]],
    at: int,
    sent_start: int,
    sent_end: int,
    published: date | None = None,
    plans: Words = (),
    weekdays: dict[str, int] | None = None,
) -> int | None:
    """The time expression of the trigger's own clause, or None. A date of another sentence — the
    paragraph's scene — is never taken: the audit rounds found it was another happening's date
    (the day a statement announced, the planned day of a strike) as often as this one's."""
    governed = _governed(text, lex, sent_start, at)
    kind = next(k for k, s, _e in triggers if s == at)

    def usable(k: int) -> bool:
        # a saying after the happening it reports dates the saying ("…, the ministry said on
        # Sunday"); one before it frames the news ("On Sunday police said that a fire broke out")
        t = timexes[k]
        return (
            not _since(text, lex, t)
            and (kind == STATEMENT or t.start < at or not _said_when(text, lex, t))
            and (kind == STATEMENT or t.start > at or not _object_of_saying(text, lex, t, at, sent_start))
            and not _planned_for(text, plans, t, sent_start)
            and not _after_publication(t, published)
            and not _weekday_disagrees(t, weekdays)
        )

    in_sentence = [k for k in index.timexes_in(timexes, sent_start, sent_end) if usable(k)]
    if kind == COMMEMORATION and any(_a_day(timexes[k]) for k in in_sentence):
        # "a year ago today": the commemoration is of today, not of a year ago
        in_sentence = [k for k in in_sentence if _a_day(timexes[k])]
    if not in_sentence:
        return None
    first = min(s for _k, s, _e in triggers)
    free = [
        k
        for k in in_sentence
        if not _cut_off(text, lex, kind, timexes[k], at, first, triggers, governed, sent_start)
    ]
    return min(free, key=lambda k: abs(timexes[k].start - at)) if free else None


def _cut_off(
    text: str,
    lex: Lexicon,
    kind: str,
    t: TimeExpr,
    at: int,
    first: int,
    triggers: list[tuple[str, int, int]],
    governed: bool,
    sent_start: int,
) -> bool:
    lo, hi = (t.end, at) if t.start < at else (at, t.start)
    if t.start < at and governed:
        return True
    if any(
        m.group(1).islower() and text[m.end()].isupper()
        for m in MISSED_BOUNDARY.finditer(text, min(t.start, at), max(t.start, at) + 1)
    ):
        return True  # "… in May 1996 г. The funeral was held today": two sentences the splitter joined
    after = t.start > at
    gap = text[lo:hi]
    if not after and len(WORD_RE.findall(text, sent_start, t.start)) <= OPENING_WORDS:
        # a date opening the sentence sets its scene across appositions ("On 12 June, flight 17, a
        # two-engine jet, crashed"); into a complement clause ("On 3 May the authorities said that
        # a fire broke out") only for a physical happening, which took place by the day it was told
        if kind not in CONCRETE and {w.lower() for w in WORD_RE.findall(gap)} & lex.complementizers:
            return True
        gap = gap.replace(",", " ")
    elif after and _parenthetical(gap) and text[t.end : t.end + 2].lstrip().startswith(","):
        gap = ""  # "the destruction of the dam, on 6 June, …": the date set off right after it
    if CLAUSE_MARK.search(gap) and not (after and _describes(text, lex, at, hi)):
        return True  # the date belongs to another clause: a participle, a quotation, an aside
    # "after the crash on Wednesday": a reference takes a date right after it, not one of the
    # next clause ("after the quake, aid began to arrive on Saturday")
    if after and governed and len(re.findall(r"\w+", text[at:hi])) > MAX_REFERENCE_GAP:
        return True
    if _other_clause(text, lex, lo, hi) and not (after and _describes(text, lex, at, hi)):
        return True
    # "said that the ship passed inspection in January and that the fire…": a date inside one
    # complement clause does not reach into the next (a date in the main clause still does)
    words = lambda a, b: {w.lower() for w in re.findall(r"\w+", text[a:b])}  # noqa: E731
    if words(lo, hi) & lex.complementizers and words(sent_start, min(lo, t.start)) & lex.complementizers:
        return True
    opens_sentence = t.start < first
    return not opens_sentence and any(lo < s < hi for _k, s, _e in triggers)


def _parenthetical(gap: str) -> bool:
    """Is the text from a trigger to a date after it a few words and one comma right before the
    date or its preposition ("the dam of the river, on 6 June, …")? The caller wants a comma
    after the date too: set off on both sides, it is an aside on the trigger, not the next clause's
    ("…, and in November a court sentenced her")."""
    return (
        len(CLAUSE_MARK.findall(gap)) == 1
        and "," in gap
        and len(WORD_RE.findall(gap.rsplit(",", 1)[1])) <= 1
        and len(WORD_RE.findall(gap)) <= PARENTHESIS_WORDS
    )


def _a_day(t: TimeExpr) -> bool:
    if t.rel is not None:
        return t.rel.get("kind") in ("same_day", "offset", "weekday", "month_day")
    return t.value is not None and t.value.precision == "day"


def _planned_for(text: str, plans: Words, t: TimeExpr, sent_start: int) -> bool:
    """ "the strike scheduled for 28 September", "намеченной на 28 сентября": the date of a plan
    named right before it is that plan's, not the trigger's (plan words: the realis pack)."""
    if not plans:
        return False
    before = [w.lower() for w in WORD_RE.findall(text[max(sent_start, t.start - 60) : t.start])][-PLAN_REACH:]
    return find(before, plans)


@cache
def _weekdays(lang: str | None) -> dict[str, int]:
    """Weekday names of the language (its timex data): name → 0 (Monday) … 6."""
    if not lang or not re.fullmatch(r"[a-z]{2,3}", lang):
        return {}
    try:
        return context_data(lang).weekday_of
    except (FileNotFoundError, KeyError, ValueError):  # no timex data for the language
        return {}


def _weekday_disagrees(t: TimeExpr, weekdays: dict[str, int] | None) -> bool:
    """ "Thursday, 18 January" resolved to a year where 18 January is no Thursday: the year was
    guessed wrong (a coming day read as a past one), so the date is not to be trusted."""
    v = t.value
    if not weekdays or v is None or v.precision != "day" or not v.value:
        return False
    named = {weekdays[w] for w in WORD_RE.findall(t.text.lower()) if w in weekdays}
    return bool(named) and date.fromisoformat(v.value).weekday() not in named


def _after_publication(t: TimeExpr, published: date | None) -> bool:
    """A date after the article appeared cannot be a reported happening's (the realis filter let
    the trigger through as past): it is a planned day of something else in the sentence."""
    v = t.value
    if published is None or v is None or not v.value:
        return False
    day = published.isoformat()
    return v.value[: len(day)] > day[: len(v.value)]


def _said_when(text: str, lex: Lexicon, t: TimeExpr) -> bool:
    """ "the ministry said on Monday", "сообщил в воскресенье", "a anunțat duminică": a date next to
    a verb of saying dates the saying, not the happening it reports."""
    if not (lex.speech_exact or lex.speech_stems):
        return False
    near = re.findall(r"\w+", text[max(0, t.start - 30) : t.start])[-SPEECH_REACH:]
    near += re.findall(r"\w+", text[t.end : t.end + 30])[:SPEECH_REACH]
    return any(w.lower() in lex.speech_exact or w.lower().startswith(lex.speech_stems) for w in near)


def _object_of_saying(text: str, lex: Lexicon, t: TimeExpr, at: int, sent_start: int) -> bool:
    """ "X published on Sunday details of the investigation", "ogłosił w poniedziałek wyniki
    śledztwa": a date right after a verb of saying or publishing in its own clause, with the
    trigger inside the saying's object (no comma, no "that" between), dates the saying — the day
    the news told of the happening, not the happening's own day."""
    if not (lex.speech_exact or lex.speech_stems):
        return False
    lead = text[max(sent_start, t.start - 30) : t.start]
    lead = CLAUSE_MARK.split(lead)[-1]  # "said, that today …": the verb is not the date's
    before = [w.lower() for w in WORD_RE.findall(lead)][-SPEECH_REACH:]
    if set(before) & lex.complementizers or not any(
        w in lex.speech_exact or w.startswith(lex.speech_stems) for w in before
    ):
        return False
    gap = text[t.end : at]
    words = [w.lower() for w in WORD_RE.findall(gap)]
    # "told on Monday of the agreement", "announced last week at a meeting": a trigger in a
    # phrase of a preposition is what the saying was about or where it took place, which often
    # shares its day; only the saying's own object is kept apart
    if not words or len(words[0]) <= 2 or (words[0],) in lex.place_strong + lex.place_weak:
        return False
    return not CLAUSE_MARK.search(gap) and not (set(words) & lex.complementizers)


def _since(text: str, lex: Lexicon, t: TimeExpr) -> bool:
    """ "the deadliest quake since 1999", "1939 жылдан бергі", "extended until April": a date that
    starts or ends a period is no happening's date."""
    before = [w.lower() for w in re.findall(r"\w+", text[max(0, t.start - 40) : t.start] + " " + t.text)]
    before = before[
        : len(before) - len(re.findall(r"\w+", t.text)) + 1
    ]  # the words before, and the first of t
    if set(before[-2:]) & lex.until_before:
        return True  # "until April", "до квітня" (the expression may hold its preposition)
    if any(
        tuple(before[i : i + len(c)]) == c
        for c in lex.since_before
        for i in range(max(0, len(before) - 4), len(before))
    ):
        return True
    after = [w.lower() for w in re.findall(r"\w+", text[t.end : t.end + 30])][:2]
    return bool(set(after) & lex.since_after) or any(t.text.lower().endswith(w) for w in lex.since_after)


def _describes(text: str, lex: Lexicon, at: int, hi: int) -> bool:
    """Is the one relative clause between a trigger and a later date about the trigger itself
    ("the earthquake, which struck on 28 March", "землетрясения, которое произошло 28 марта")?"""
    words = [w.lower() for w in re.findall(r"\w+", text[at:hi])]
    marks = [i for i, w in enumerate(words) if w in lex.clause_words]
    if len(marks) != 1 or marks[0] > RELATIVE_REACH:
        return False
    return not any(w.lower() in lex.clause_joiners for w in re.findall(r"[,;]\s*(\w+)", text[at:hi]))


def _other_clause(text: str, lex: Lexicon, lo: int, hi: int) -> bool:
    """A relative pronoun, or a comma and a conjunction ("…закрыть X, а в июне задержали Y"),
    between two offsets: what lies beyond belongs to another clause."""
    between = {w.lower() for w in re.findall(r"\w+", text[lo:hi])}
    if between & lex.clause_words:
        return True
    return any(w.lower() in lex.clause_joiners for w in re.findall(r"[,;]\s*(\w+)", text[lo:hi]))


def _governed(text: str, lex: Lexicon, sent_start: int, at: int) -> bool:
    """A reference cue right before the trigger, with at most determiners between."""
    before = [w.lower() for w in re.findall(r"\w+", text[max(sent_start, at - 60) : at])]
    while before and before[-1] in lex.determiners:
        before.pop()
    return any(tuple(before[-len(c) :]) == c for c in lex.reference_cues if len(c) <= len(before))


def _aircraft_crashes(
    text: str, lex: Lexicon, triggers: list[tuple[str, int, int]], sent_start: int, sent_end: int
) -> list[tuple[str, int, int]]:
    """A collapse in a sentence that names an aircraft is a crash: Slavic languages tell both with
    one verb ("авион се срушио", "samolot runął", "самолетът рухна"), and an aircraft does not
    collapse. Where the sentence has a crash trigger too, the collapse word is the same crash told
    again and gives no second mention (round 22: a plane crash typed collapse)."""
    if not any(kind == "collapse" for kind, _s, _e in triggers):
        return triggers
    if not (lex.aircraft_exact or lex.aircraft_stems) or not any(
        lex.is_aircraft(w) for w in WORD_RE.findall(text, sent_start, sent_end)
    ):
        return triggers
    crashed = any(kind == "crash" for kind, _s, _e in triggers)
    return [
        ("crash", s, e) if kind == "collapse" else (kind, s, e)
        for kind, s, e in triggers
        if not (kind == "collapse" and crashed)
    ]


def _place_of(
    text: str,
    lex: Lexicon,
    mentions: list[Mention],
    in_sentence: list[int],
    at: int,
    sent_start: int,
    lang: str | None = None,
) -> int | None:
    best: tuple[int, bool, int, int] | None = None  # (-strength, before, distance, index)
    places = [mentions[k] for k in in_sentence if mentions[k].type == "LOC"]
    for k in in_sentence:
        m = mentions[k]
        if m.type != "LOC" or m.kind:
            continue
        if _other_clause(text, lex, min(at, m.start), max(at, m.start)):
            continue
        if _in_aside(text, sent_start, m, at):
            continue  # "a flight to X (a town 100 km from Y) was cancelled": the aside's place
        if _describes_vehicle(text, lex, m):
            continue  # "the captain of the ferry that burned on the X was detained": the ferry's place
        if m.start < at and in_place_list(text, lang, places, m, lex.coordinators):
            # "after strikes in X, Y and Z, the airline cancelled flights": a list before the trigger
            # places what is told before it (the cause), spread over three; one after it ("cancelled
            # flights in X, Y and Z") places the happening, which the first place is part of (rounds
            # 10-23 took it as right)
            continue
        strength = cue_strength(text, lex, sent_start, m.start, m.end)
        if strength == 1 and _destination(text, lex, mentions, in_sentence, m):
            continue  # "a flight from Oslo to Riga": where it went, not where it happened
        if strength == 1 and _post(text, lex, sent_start, m):
            continue  # "the consul in Riga visited the injured": his post, not where he went
        lo, hi = (m.end, at) if m.end <= at else (at, m.start)
        if strength == 1 and len(WORD_RE.findall(text, lo, hi)) > WEAK_PLACE_REACH:
            continue  # "in <country>" far from the trigger is more often where someone spoke
        if strength:
            # between places of the same cue, one after the trigger modifies it ("the attack on a spy
            # in Britain"), one before it more often another noun of a list ("from the conflicts in
            # Ukraine to the attack …", "during the visit of X to Y": Y)
            key = (-strength, m.start < at, abs(m.start - at), k)
            best = key if best is None or key < best else best
    return best[3] if best else None


def _in_aside(text: str, sent_start: int, m: Mention, at: int) -> bool:
    """Is the place inside brackets that do not hold the trigger ("Girona (a town 100 km from Y)")?
    The aside describes another place; a bracket closed before the place ("after the attack (on X)
    in Y") sets nothing apart."""
    opening = max(text.rfind("(", sent_start, m.start), text.rfind("[", sent_start, m.start))
    if opening < 0 or max(text.rfind(")", opening, m.start), text.rfind("]", opening, m.start)) >= 0:
        return False
    closing = [k for k in (text.find(")", m.end), text.find("]", m.end)) if k >= 0]
    close = min(closing) if closing else len(text)
    return not opening < at < close


def place_is_near(text: str, analysis: Analysis, mention: EventMention) -> bool | None:
    """Is the mention's place given by a cue of nearness ("near X", "неподалік X", "15 km downstream
    from X"; ``near_cues``): a point the happening was near, not a place that holds it? Other strong
    cues place inside ("over X", "في شمال", in the north of). A language without the list cannot
    tell: None, so that its mention neither claims "near" nor "in"."""
    if mention.place is None:
        return False
    lex = lexicon_at(analysis, mention.sent_start)
    if not lex.near_cues:
        return None
    return _after_cue(text, lex, mention.sent_start, analysis.mentions[mention.place].start, lex.near_cues)


def _continent(m: Mention) -> bool:
    """Is the place a continent ("в Европа", "w Europie": the base form, else the text)?"""
    return any(fold(name) in continents() for name in (m.base, m.text) if name)


def _describes_vehicle(text: str, lex: Lexicon, m: Mention) -> bool:
    """Is the place inside a description of a vehicle — right before the vehicle's noun, as a
    participle's place is in Slavic word order ("сгоревшего на X парома", "spalonego na X promu")?
    It tells where the vehicle was, not where a happening told about its crew took place."""
    after = WORD_RE.findall(text, m.end, min(len(text), m.end + 30))[:1]
    return bool(after) and lex.is_vehicle(after[0])


def _post(text: str, lex: Lexicon, sent_start: int, m: Mention) -> bool:
    """Is the place someone's post: a plain preposition and a place right after a noun such as
    "consul", "correspondent", "ambassador" ("консулът ни в X", "our correspondent in X")?"""
    if not (lex.post_exact or lex.post_stems):
        return False
    before = [w.lower() for w in WORD_RE.findall(text, max(sent_start, m.start - 50), m.start)][-4:]

    def post(w: str) -> bool:
        return w in lex.post_exact or (bool(lex.post_stems) and w.startswith(lex.post_stems))

    # the noun right before the preposition, or before a short possessive ("консулът ни в")
    return (len(before) >= 2 and post(before[-2])) or (
        len(before) >= 3 and len(before[-2]) <= 3 and post(before[-3])
    )


def _destination(
    text: str, lex: Lexicon, mentions: list[Mention], in_sentence: list[int], m: Mention
) -> bool:
    """Is the place the second of "from X to Y", Y after a plain preposition ("iz Osla v Rigo",
    "из Осло в Ригу")? The preposition is the language's "in" too, so only the pair tells."""
    if not lex.route_from:
        return False
    for k in in_sentence:
        x = mentions[k]
        if x.type != "LOC" or x.end > m.start:
            continue
        between = WORD_RE.findall(text, x.end, m.start)
        before = WORD_RE.findall(text, max(0, x.start - 20), x.start)
        if len(between) == 1 and before and before[-1].lower() in lex.route_from:
            return True
    return False


def cue_strength(text: str, lex: Lexicon, sent_start: int, at: int, end: int | None = None) -> int:
    """2 after a strong place cue ("near", "в районе города"), 1 after a plain preposition or with
    a locative case ending where a language marks place by suffix ("Ankara'da", "Алматыда")."""
    if lex.place_suffix is not None and end is not None:
        name = text[at:end]
        own = max(name.rfind("'"), name.rfind("’"))  # "Ankara'da" as one mention
        if lex.place_suffix.match(text[end : end + 8]) or (own > 0 and lex.place_suffix.match(name[own:])):
            return 1
    for strength, cues in ((2, lex.place_strong), (1, lex.place_weak)):
        if _after_cue(text, lex, sent_start, at, cues):
            return strength
    return 0


def _after_cue(text: str, lex: Lexicon, sent_start: int, at: int, cues: tuple[tuple[str, ...], ...]) -> bool:
    """Is the place at ``at`` right after one of the cues (words such as "city of" between)?"""
    before = [w.lower() for w in re.findall(r"\w+", text[max(sent_start, at - 60) : at])]
    while before and before[-1] in lex.place_fillers:
        before.pop()
    return any(tuple(before[-len(c) :]) == c for c in cues if len(c) <= len(before))
