"""One name, one type within a document: a vehicle's name is linked as a product, decided by the
evidence of the whole text rather than by each mention's tagger alone.

A tagger types a ship's name as a person in one sentence ("The <name>, built in 1987, …"), as an
organisation in the next ("on the ferry «<name>»") and as a product in a third; linking keeps
types apart (a pipeline and the company that builds it share a name), so one ship became three
entities. The evidence, strongest first:

- a noun for a vehicle right before the name ("the ferry <name>", "паром «<name>»") makes it a
  product (BSNLP's type for vehicles); a name typed as an organisation needs the quotation marks
  too (an organisation's name seldom stands in quotation marks right after such a noun). Right
  after the name ("the <name> ferry") the noun makes a product of a "person" only: a place there
  is where the vehicle goes ("the Danube ferry", "сгоревшего на Дунае парома");
- within one document a name of two or more words written the same way as a vehicle's is the
  vehicle wherever it stands ("The <name>, built in 1987, …"); a one-word name too (web pages
  round 4: "the container ship <Name>. The <Name>, flying …" stayed a place, a city of that name),
  save where a mention of it is typed as a person (a ship named after someone leaves the person
  alone) or the name is a country's. Other mixed types are left as they
  are: annotated news types a person's name as an event where it names their case, in the same
  article ("the <name> case"), and linking keeps the two apart.

The vehicle nouns are the events packs' ``vehicles`` (``lang/events/<lang>.toml``), the same list
the events use to keep a vehicle out of a happening's participants.
"""

from __future__ import annotations

import re
from functools import cache

from storyline.model import Mention
from storyline.names import fold

QUOTE_MARKS = "«»„“”\"'‘’‚"
WORD = re.compile(r"\w[\w-]*")
REACH = 30  # characters looked at on each side for the neighbouring word


@cache
def _is_vehicle(lang: str | None, word: str) -> bool:
    from storyline.analyse.events import lexicon

    lex = lexicon(lang) or lexicon("en")
    return lex is not None and lex.is_vehicle(word)


def _possessor(m: Mention) -> bool:
    """A person's name in an oblique case after a vehicle noun is its owner ("літак Пригожина",
    "самолёт Иванова": X's plane), not its name: a vehicle's name stands in the nominative or in
    quotation marks."""
    return m.type == "PER" and bool(m.base) and fold(m.base) != fold(m.text)


def vehicle_named(m: Mention, text: str) -> bool:
    """The mention names a vehicle: a noun for one stands right before it (or right after a
    name typed as a person)."""
    lo = m.start + len(m.text) - len(m.text.lstrip(QUOTE_MARKS))
    hi = m.end - (len(m.text) - len(m.text.rstrip(QUOTE_MARKS)))
    gap_before = text[max(0, lo - REACH) : lo]
    quoted = gap_before.rstrip()[-1:] in QUOTE_MARKS if gap_before.strip() else False
    before = WORD.findall(gap_before)[-1:]
    after = WORD.findall(text[hi : hi + REACH])[:1]
    between_before = gap_before[gap_before.rfind(before[0]) + len(before[0]) :] if before else ""
    if before and between_before.strip(" " + QUOTE_MARKS) == "" and _is_vehicle(m.lang, before[0]):
        if quoted or not (m.type == "ORG" or _possessor(m)):
            return True
    between_after = text[hi : text.find(after[0], hi)] if after else ""
    return (
        m.type == "PER"
        and bool(after)
        and between_after.strip(" " + QUOTE_MARKS) == ""
        and _is_vehicle(m.lang, after[0])
    )


def decide_types(mentions: list[Mention], text: str) -> None:
    """Set each mention's type by the evidence of its document (in place)."""
    vehicles = {i for i, m in enumerate(mentions) if m.kind != "adjective" and vehicle_named(m, text)}
    for i in vehicles:
        mentions[i].type = "PRO"
    groups: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        name = fold(m.base or m.text)
        if m.kind != "adjective" and (len(name.split()) >= 2 or _one_word_vessel(name)):
            groups.setdefault(name, []).append(i)
    for name, members in groups.items():
        if any(i in vehicles for i in members):
            for i in members:
                if len(name.split()) >= 2 or mentions[i].type != "PER":
                    mentions[i].type = "PRO"


def _one_word_vessel(name: str) -> bool:
    """A one-word name may be the vehicle's elsewhere in the document too ("the container ship
    <Name> … The <Name>, flying the flag of …"), unless it is a country's: a ship named after one
    leaves the country's other mentions alone."""
    from storyline.names import countries

    return name not in countries()
