"""The domain types: the vocabulary every part of storyline speaks.

Two layers:
- per-document findings (``Analysis`` and its ``*Mention`` parts) produced by ``analyse``; their
  offsets are code-point indices into the document's canonical text and they hold no document id,
  so one analysis is a pure function of one text and can be cached by its hash;
- cross-document results (``Entity``, ``Event``, ``Figure`` … gathered in a ``Dossier``) produced by
  ``link``; their evidence is a list of ``Span`` that name the document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Precision = Literal["day", "month", "year"]

# Who can speak or relay besides people: organisations, and media, which the BSNLP convention the
# entity tagger learned from types as products (PRO: "Нова телевизия", "The Times").
OUTLET_TYPES = ("ORG", "PRO")


@dataclass
class DateValue:
    """A date with its precision: ``value`` is YYYY-MM-DD, YYYY-MM or YYYY (or None when unknown)."""

    value: str | None
    precision: Precision | None
    basis: str = "text"
    confidence: float = 1.0
    earliest: str | None = None
    latest: str | None = None
    # the month and day ("MM-DD") a text names where nothing tells the year ("on 6 February" in
    # an undated report): ``value`` stays None, for a year would be a guess
    month_day: str | None = None


@dataclass
class Span:
    """Evidence: ``text == documents[doc].text[start:end]``."""

    doc: str
    start: int
    end: int
    text: str


# ---------------------------------------------------------------- per-document findings


@dataclass
class Passage:
    start: int
    end: int
    lang: str | None


@dataclass
class Mention:
    """A named-entity mention. ``base`` is its base form (nominative / lemma)."""

    start: int
    end: int
    text: str
    type: str  # PER, ORG, LOC, EVT, PRO
    base: str | None = None
    lang: str | None = None
    kind: str | None = None  # "adjective": a word derived from the name ("азербайджанский")


@dataclass
class TimeExpr:
    """A time expression. ``value`` is set when the text alone fixes the date (or the anchor
    was known at analysis time); ``rel`` keeps a relative expression symbolic so that linking can
    resolve it once the document's (possibly inferred) date is known, e.g.
    ``{"kind": "weekday", "weekday": 5, "direction": "past"}``, ``{"kind": "offset", "days": -1}``,
    ``{"kind": "month", "month": 2}``. ``anchor`` is an own anchor date (YYYY-MM-DD) for quoted
    material that carries its own date (an embedded tweet)."""

    start: int
    end: int
    text: str
    value: DateValue | None = None
    rel: dict[str, Any] | None = None
    anchor: str | None = None


@dataclass
class EventMention:
    """A typed event trigger; ``time``/``place``/``participants`` index into the analysis'
    ``timexes`` and ``mentions``."""

    type: str
    start: int
    end: int
    text: str
    sent_start: int
    sent_end: int
    time: int | None = None
    place: int | None = None
    participants: list[int] = field(default_factory=list)
    confidence: float = 0.7


@dataclass
class FigureMention:
    """A count about an event. The span holds the number as written and the counted word."""

    attribute: str
    value: float
    start: int
    end: int
    text: str
    qualifier: str = "exact"
    value_max: float | None = None
    source: int | None = None  # index into mentions
    source_text: str | None = None
    via_texts: list[str] = field(default_factory=list)
    event: int | None = None  # index into events
    time: int | None = None  # index into timexes (the date the figure is valid for)
    confidence: float = 0.7
    subgroup: str | None = None  # who the count covers when it is a part ("children", "in Tver")
    derived: bool = False  # a sum the text does not state (passengers + crew → on_board)


@dataclass
class QuoteMention:
    """Direct (quoted) or reported speech; ``spans`` are (start, end) pairs of the quoted words."""

    spans: list[tuple[int, int]]
    direct: bool
    cue: str | None = None
    speaker: int | None = None  # index into mentions
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    via_texts: list[str] = field(default_factory=list)
    confidence: float = 0.7
    cue_span: tuple[int, int] | None = None  # where the cue word stands


@dataclass
class ClaimMention:
    """A proposition about an event attributed to a speaker, e.g. the cause of a crash."""

    attribute: str  # cause, responsibility
    value: str  # short normalised English phrase
    stance: str  # asserts, denies, hedges, reports
    start: int
    end: int
    text: str
    speaker: int | None = None
    speaker_text: str | None = None
    event: int | None = None
    confidence: float = 0.6


@dataclass
class Analysis:
    """Everything ``analyse`` finds in one document."""

    lang: str | None
    lang_support: str = "basic"  # full, partial, basic
    passages: list[Passage] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[TimeExpr] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    figures: list[FigureMention] = field(default_factory=list)
    quotes: list[QuoteMention] = field(default_factory=list)
    claims: list[ClaimMention] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)  # base-form content words, for grouping
    outlet: str | None = None
    dateline: DateValue | None = None  # a publication date written in the body
    embedding: str | None = None  # the lead's multilingual vector, packed (analyse.embedding)


# ---------------------------------------------------------------- documents


@dataclass
class Document:
    id: str
    source: str
    text: str
    text_sha256: str
    raw_sha256: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None
    published: DateValue = field(default_factory=lambda: DateValue(None, None, basis="none", confidence=0.0))
    duplicate_of: str | None = None
    version_of: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


# ---------------------------------------------------------------- cross-document results


@dataclass
class EntityMention:
    doc: str
    start: int
    end: int
    text: str
    base: str | None = None
    lang: str | None = None
    kind: str | None = None


@dataclass
class Entity:
    id: str
    type: str
    name: str
    names: dict[str, list[str]]
    mentions: list[EntityMention]
    kind: str | None = None


@dataclass
class Story:
    id: str
    title: str
    documents: list[str]
    topic: str | None = None
    start: str | None = None
    end: str | None = None
    entities: list[str] = field(default_factory=list)
    why: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Event:
    id: str
    type: str
    date: DateValue
    evidence: list[Span]
    story: str | None = None
    label: str | None = None
    place: str | None = None
    participants: list[str] = field(default_factory=list)
    confidence: float = 0.7
    # other types under which the same happening was reported ("shootdown", "emergency_landing"
    # of a crash): facets of this event, not events of their own
    facets: list[str] = field(default_factory=list)
    # "near": the place is a point the happening was near ("near X", "15 km downstream from X"), not
    # one that holds it; None: the happening took place in it
    place_relation: str | None = None


@dataclass
class Figure:
    id: str
    attribute: str
    value: float
    qualifier: str
    evidence: list[Span]
    event: str | None = None
    value_max: float | None = None
    source: str | None = None
    via: list[str] = field(default_factory=list)
    as_of: str | None = None
    confidence: float = 0.7
    subgroup: str | None = None  # who the count covers when it is a part of the total
    derived: bool = False  # a sum the text does not state


@dataclass
class Claim:
    id: str
    attribute: str
    value: str
    stance: str
    evidence: list[Span]
    event: str | None = None
    speaker: str | None = None
    via: list[str] = field(default_factory=list)
    confidence: float = 0.6


@dataclass
class Quote:
    id: str
    speaker: str | None
    direct: bool
    evidence: list[Span]
    speaker_text: str | None = None
    cue: str | None = None
    via: list[str] = field(default_factory=list)
    confidence: float = 0.7


@dataclass
class Position:
    value: Any
    items: list[str]
    first_reported: str | None = None
    support: int | None = None  # independent sources holding it (copies of one wire story count once)


@dataclass
class Conflict:
    id: str
    kind: str  # figure, claim, date
    attribute: str
    status: str  # contradiction, update, unresolved
    positions: list[Position]
    event: str | None = None


@dataclass
class Correction:
    """An analyst's decision, stored as its own record and re-applied by every relink."""

    id: int | None
    kind: str  # merge, split, reject, set_speaker
    payload: dict[str, Any]
    created_at: str | None = None
    note: str | None = None


@dataclass
class Dossier:
    documents: list[Document] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
