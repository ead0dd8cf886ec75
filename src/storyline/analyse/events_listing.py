"""Whether an event is listed: a small logistic model over the evidence signs of its mentions.

Six audit rounds of labelled events (``eval/audit/labels-*.jsonl``) showed that hand-set weights
fitted to the rounds they were written from promise more than the next round gives. The listing
decision is therefore a logistic regression whose weights are fitted on the labelled rounds and
validated by leaving one round out (``python -m eval.audit_listing``): its output is an estimate
of the chance that a journalist reading the listed event finds it right (type, date, place and
participants), which is what ``link.events.LISTED`` is compared with.

The features are language-independent signs only (``analyse.events_evidence``, the group of the
event's type, which fields are filled and how, how many mentions report it); no words, names or
ids of the labelled items. The weights ship in ``lang/events/listing.toml`` and are refitted with
``python -m eval.audit_listing --write``.
"""

from __future__ import annotations

import math
import tomllib
from functools import cache
from pathlib import Path

from storyline.analyse.events_evidence import BY_PERSON, BY_PLACE, MentionEvidence

WEIGHTS_FILE = Path(__file__).resolve().parent.parent / "lang" / "events" / "listing.toml"

# groups of event types, so that a handful of weights covers every type (and a type added later
# falls into "other"): physical happenings, custody, gatherings told by a topic noun as often as by
# a report of them, votes and deals, cancellations and closures, and sayings
GROUPS = {
    "physical": BY_PLACE | {"shootdown", "emergency_landing"},
    "custody": BY_PERSON,
    "gathering": frozenset({"meeting", "summit", "visit", "phone_call"}),
    "civic": frozenset({"election", "agreement"}),
    "disruption": frozenset({"disruption", "closure"}),
    "saying": frozenset({"statement", "apology"}),
}
SUPPORT_CAP = 8  # mentions beyond this add nothing: a story retold by many outlets is no surer

FEATURES = (
    "happened",  # the clause says it took place (``[happened]`` of the realis pack)
    "topic_only",  # the type has such words in the language and the clause has none
    "dated",  # a time expression of its own sentence
    "relative",  # … a relative one ("on Monday", "today", "last night"), resolved against a day
    "coarse",  # … a year only ("in 2009"): a background as often as the news
    "borrowed",  # a time expression of another sentence
    "inferred",  # undated, dated by its article's day as the article's lead news
    "news",  # in the headline or lead
    "reported",  # a reference ("after the talks") or inside a subordinate clause
    "list_item",  # its sentence is a list item or a line without a sentence's end, not in the lead
    "argued",  # an argument of its kind in its clause (a place, a figure, a person arrested)
    "unargued",  # a type that needs one and has none: a figure of speech as often as not
    "place",  # a place is filled
    "parties",  # participants are filled
    "support",  # log2 of the mentions reporting it, over log2(SUPPORT_CAP)
    *(f"type_{g}" for g in GROUPS),
)


def support(mentions: int) -> float:
    return math.log2(min(SUPPORT_CAP, max(1, mentions))) / math.log2(SUPPORT_CAP)


def features(
    e: MentionEvidence,
    *,
    inferred: bool = False,
    place: bool = False,
    parties: bool = False,
    mentions: int = 1,
) -> dict[str, float]:
    """The model's inputs for one mention of an event reported by ``mentions`` mentions (linking
    sets the support again once it knows the event's mentions)."""
    f = {
        "happened": e.happened is True,
        "topic_only": e.happened is False,
        "dated": e.dated,
        "relative": e.relative,
        "coarse": e.coarse,
        "borrowed": e.borrowed,
        "inferred": inferred and not e.dated and not e.borrowed,
        "news": e.news,
        "reported": e.reported,
        "list_item": e.listed_item and not e.news,
        "argued": e.argued is True,
        "unargued": e.argued is False,
        "place": place,
        "parties": parties,
        "support": support(mentions),
    }
    for group, kinds in GROUPS.items():
        f[f"type_{group}"] = e.kind in kinds
    return {k: float(v) for k, v in f.items()}


@cache
def _shipped() -> dict:
    return tomllib.loads(WEIGHTS_FILE.read_text("utf-8"))


def weights() -> dict[str, float]:
    """The shipped weights (``bias`` and one per feature; a feature without a weight counts 0)."""
    return {k: float(v) for k, v in _shipped()["weights"].items()}


def listing_threshold() -> float:
    """The chance from which an event is listed, picked on the leave-one-round-out curve."""
    return float(_shipped()["threshold"])


def probability(f: dict[str, float], w: dict[str, float] | None = None) -> float:
    """The model's chance that the event is right, from the features of one of its mentions."""
    w = weights() if w is None else w
    z = w.get("bias", 0.0) + sum(w.get(k, 0.0) * v for k, v in f.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
