"""How much one event mention tells that a specific happening of its type took place.

The realis filter (``event_realis``) drops what is plainly no happening: a plan, a negation, a
figure of speech. What it keeps is still of uneven worth: "Minister X met his counterpart in Y
on Monday" reports a meeting; "…, she said in an interview with Z" only names a conversation,
and "since the referendum" names an election as a topic. A timeline a journalist can trust lists
the first and keeps the others apart, so every mention gets *signs* from what its own sentence
says:

- ``happened``: for the types whose trigger noun is mostly a topic (meetings, summits, elections,
  disruptions, visits …), a word of the clause that says the happening took place ("met", "was
  held", "voted", "cancelled"; data: ``[happened]`` in ``lang/events/realis/<lang>.toml``). Where
  the language's pack lists such words for the type and the clause has none, the mention is weak;
  a language or a type without a list is judged on the other signs only;
- ``dated`` / ``relative`` / ``coarse`` / ``borrowed``: a time expression of the trigger's own
  sentence that dates it (and whether it is relative — "on Monday", "today" — or a year only), or
  one of another sentence;
- ``news``: the headline or lead of its article, where the article's own news is told;
- ``reported``: a mention only referred to ("after the talks") or inside a subordinate clause;
- ``argued``: an argument of its kind in its clause (see ``BY_PLACE``);
- ``listed_item``: its sentence is an item of a list or a line with no sentence end.

Nothing here deletes a mention: the listing model (``analyse.events_listing``) turns the signs of
an event's mentions and the number of mentions reporting it into the event's confidence, and
what falls under the listing threshold stays in the store and the dossier as a low-confidence
event (``storyline timeline --all``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.analyse.event_realis import clause_span, clause_words, find, pack
from storyline.analyse.text import WORD_RE, lang_at
from storyline.model import Analysis, EventMention, Mention

# types whose trigger words are as often figures of speech ("an avalanche of criticism", "a blow
# to the premier", "Brexit is a catastrophe", "a storm on the internet") or other senses ("the
# court cancelled the verdict", "the arrest of shares"): the literal happening has an argument of
# its kind in its clause — a named place or a figure (of dead, of hectares) for a physical one, a
# named person or a figure for an arrest —, or a word of the pack's ``[arguments]``: ``physical``
# (vehicles, buildings, casualties, weapons, nature) for these types, ``person`` for an arrest or a
# detention, and per type for the others (``disruption``: flights, trains, supply …)
BY_PLACE = frozenset(
    "crash explosion fire attack shooting earthquake flood storm collapse dam_breach landslide".split()
)
BY_PERSON = frozenset({"arrest", "detention"})
FIGURE = re.compile(r"\d")
LEAD_SENTENCES = 3  # the headline and the first sentences: where an article tells its own news


@dataclass(frozen=True)
class MentionEvidence:
    happened: bool | None  # None: no list of such words for this type and language
    dated: bool
    borrowed: bool  # dated by a time expression of another sentence (the paragraph's scene)
    news: bool
    reported: bool
    argued: bool | None = None  # None: a type that needs no argument and has no word list
    kind: str = ""  # the event type
    relative: bool = False  # dated by a relative expression of its sentence ("on Monday", "today")
    coarse: bool = False  # dated by a year only ("in 2009"): as often a background as the news
    listed_item: bool = False  # its sentence is an item of a list or a line without a sentence's end


def mention_evidence(
    text: str, analysis: Analysis, m: EventMention, *, reported: bool = False
) -> MentionEvidence:
    """The signs of one mention; ``reported`` is the caller's judgement that the mention is a
    reference or sits in a subordinate clause (linking computes it anyway)."""
    lang = lang_at(analysis, m.start)
    needs = [ws for t, ws in pack(lang).happened if t == m.type]
    happened: bool | None = None
    if needs:
        words = clause_words(text, analysis, m.start, m.end, m.sent_start, m.sent_end)
        happened = any(find(words, ws) for ws in needs)
    own_time = (
        m.time is not None
        and m.time < len(analysis.timexes)
        and m.sent_start <= analysis.timexes[m.time].start < m.sent_end
    )
    lead_end = (
        analysis.sentences[LEAD_SENTENCES - 1][1] if len(analysis.sentences) >= LEAD_SENTENCES else None
    )
    return MentionEvidence(
        happened=happened,
        dated=own_time,
        borrowed=m.time is not None and not own_time,
        news=lead_end is None or m.start < lead_end,
        reported=reported,
        argued=_argued(text, analysis, m, lang),
        kind=m.type,
        relative=own_time and analysis.timexes[m.time].rel is not None,  # type: ignore[index]
        coarse=own_time and _precision(analysis, m.time) == "year",
        listed_item=_list_item(text, m.sent_start, m.sent_end),
    )


def _precision(analysis: Analysis, k: int | None) -> str | None:
    value = analysis.timexes[k].value if k is not None else None
    return value.precision if value is not None else None


LIST_MARK = re.compile(r"\s*(?:[-–—•*·▪►]|\d{1,2}[.)])\s")
SENTENCE_END = re.compile(r"[.!?…][\"'»“”’)\]]*\s*$")


def _list_item(text: str, start: int, end: int) -> bool:
    """An item of a list (a bullet, a number) or a line that ends without a sentence's end: advice,
    a specification, a caption — what a list of symptoms or a test plan is made of, not a report.
    A headline is such a line too; the lead sign tells them apart."""
    sentence = text[start:end]
    return bool(LIST_MARK.match(sentence)) or not SENTENCE_END.search(sentence)


def _object(text: str, analysis: Analysis, m: EventMention, x: Mention) -> bool:
    """A country or city after a verb of attacking with no place cue before it ("X hit Ruritania
    and Freedonia over the tariffs") is what a speaker attacked in words as often as a target; where
    an attack happened is told with a place cue ("in", "near", "в районе")."""
    if m.type != "attack" or x.start < m.end:
        return False
    from storyline.analyse.events import cue_strength, lexicon_at  # events imports this module

    return not cue_strength(text, lexicon_at(analysis, m.sent_start), m.sent_start, x.start, x.end)


def _argued(text: str, analysis: Analysis, m: EventMention, lang: str | None) -> bool | None:
    """Does the trigger's clause hold an argument of the happening's kind (see ``BY_PLACE``)?"""
    group = "physical" if m.type in BY_PLACE else "person" if m.type in BY_PERSON else m.type
    lists = [ws for t, ws in pack(lang).arguments if t == group]
    if not lists and m.type not in BY_PLACE and m.type not in BY_PERSON:
        return None
    # for a physical type, the words anywhere in its sentence ("the plane, a jet of 1998, crashed"):
    # a figure of speech seldom shares its sentence with an aircraft, a building or the dead; the
    # others (who is arrested, what is cancelled) are in the trigger's clause
    words = (
        [w.lower() for w in WORD_RE.findall(text, m.sent_start, m.sent_end)]
        if m.type in BY_PLACE
        else clause_words(text, analysis, m.start, m.end, m.sent_start, m.sent_end)
    )
    if any(find(words, ws) for ws in lists):
        return True
    lo, hi = clause_span(text, analysis, m.start, m.end, m.sent_start, m.sent_end)
    kinds = ("LOC",) if m.type in BY_PLACE else ("PER",) if m.type in BY_PERSON else ()
    if any(
        x.type in kinds and lo <= x.start < hi and not _object(text, analysis, m, x)
        for x in analysis.mentions
    ):
        return True
    if not kinds:
        return False
    # a figure of the clause (of dead, of hectares, of people), not a date's digits
    # nor the digits of a name ("Shield 3", "Route 66")
    dates = [(t.start, t.end) for t in analysis.timexes if t.start < hi and t.end > lo]
    dates += [(x.start, x.end) for x in analysis.mentions if x.start < hi and x.end > lo]
    return any(not any(a <= f.start() < b for a, b in dates) for f in FIGURE.finditer(text, lo, hi))
