"""The vocabulary figures are found with (``lang/findings/figures.<lang>.toml``), a fallback for
languages without a pack, and what is known of one number while its sentence is read."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from storyline.analyse.figure_places import Place
from storyline.analyse.numbers import _table
from storyline.analyse.phrases import PhraseList, Token, data, merged_data

BOUNDARY = frozenset(',;()[]«»"“”„.!?')


@dataclass(frozen=True)
class Lexicon:
    qualifiers: PhraseList
    qualifiers_after: PhraseList  # said after the number (and its noun): "2400 على الأقل", "27 мыңға жуық"
    range_open: PhraseList
    range_join: PhraseList
    nouns: PhraseList
    verbs: PhraseList
    actions: PhraseList
    heads: PhraseList
    states: PhraseList
    context: PhraseList
    tolls: PhraseList
    things: PhraseList
    thing_verbs: dict[str, PhraseList]
    of: PhraseList
    conj: PhraseList
    subgroup: PhraseList
    preps: PhraseList
    units: PhraseList
    designators: PhraseList
    source: PhraseList
    via: PhraseList
    cited_by: PhraseList  # "X, cited by Y": the one before is the source, the one after relays
    reporting: PhraseList
    as_of: PhraseList
    change: PhraseList
    change_from: PhraseList
    change_to: PhraseList
    address: PhraseList
    earlier: PhraseList
    relative: PhraseList
    more: PhraseList
    aux: PhraseList
    overridable: frozenset[str]
    harm_overridable: frozenset[str]
    harm: frozenset[str]
    state_overridable: frozenset[str]
    sum_parts: frozenset[str]
    sum_total: str
    event_types: dict[str, tuple[str, ...]]
    secondary_events: frozenset[str]
    morph: str | None
    prefixes: tuple[str, ...] = ()  # clitics written onto a word: Arabic و ال ب ل, Persian ب
    parts: PhraseList = PhraseList(())  # who a part count covers: "children", "foreigners"
    # the crew's members of one kind ("2 pilots", "10 flight attendants"): a part of the crew, never
    # its whole — "two pilots" beside "12 crew members" is no contradiction
    crew_parts: PhraseList = PhraseList(())
    where: PhraseList = PhraseList(())  # where a part was, after "of them": "on the ground"
    at: PhraseList = PhraseList(())  # locative prepositions: "in", "в", "en", "di"
    of_them: PhraseList = PhraseList(())  # after the number: "of them", "из них", "de ellos"
    articles: frozenset[str] = frozenset()  # the indefinite article that is also "one": "un", "ein"
    total: PhraseList = PhraseList(())  # "in all", "in total", "insgesamt": the whole count
    country_endings: tuple[str, ...] = ()  # adjectives of countries in a script without capitals: "ية"
    bodies: PhraseList = PhraseList(())  # "bodies", "тела", "cadavres": a count of the dead found so far
    zero: PhraseList = PhraseList(())  # "no survivors": a count of none
    adjectives_after: bool = False  # adjectives follow the noun (Indonesian, Arabic, Persian)
    every: PhraseList = PhraseList(())  # "all", "alle", "все": the count is the whole group
    sole: frozenset[str] = frozenset()  # "only", "einzige", "unico": "the only survivor" counts one
    locative: tuple[str, ...] = ()  # endings that say "in": "'de", "-да", "-ban"
    determiners: frozenset[str] = frozenset()  # "the", "los", "die": skipped before a counted noun
    # what is done to people that says nothing of the happening's toll: "two crew were questioned"
    unrelated: PhraseList = PhraseList(())
    # people who work for a body ("pilots", "сотрудники"): when they speak or act, the body does not
    staff: PhraseList = PhraseList(())
    staff_bodies: PhraseList = PhraseList(())  # "union": the pilots' union speaks as a body
    # "presumed", "presumibilmente", "pretpostavlja se da su": said right before what happened, it
    # is not known to have happened; ``presumed_as`` says what those counted are then ("missing")
    presumed: PhraseList = PhraseList(())
    presumed_as: dict[str, str] = field(default_factory=dict)
    # endings of the participles said of a bare count ("7 notificate in …", "12 reported in …"):
    # such a word after a number is no counted noun (``figure_counted``)
    participle_endings: tuple[str, ...] = ()


@cache
def lexicon(lang: str | None) -> Lexicon | None:
    """The language's figure vocabulary; for a language without one, the fallback (every
    language's counted nouns right after a number, nothing else); None where nothing is known."""
    raw = merged_data("figures", lang) if lang else {}
    if not raw:
        raw = _fallback()
    return _build(raw, lang) if raw else None


def _build(raw: dict, lang: str | None) -> Lexicon:
    common = data("figures")
    words = raw.get("words", {})
    build = PhraseList.build
    casualty = tuple(common["event_types"]["casualty"])
    event_types = {k: tuple(v) for k, v in common["event_types"].items() if k != "casualty"}
    preps = words.get("prepositions") or (data("quotes", lang).get("prepositions", []) if lang else [])
    return Lexicon(
        qualifiers=build(raw.get("qualifiers")),
        qualifiers_after=build(raw.get("qualifiers_after")),
        range_open=build(raw.get("range", {}).get("open", [])),
        range_join=build(raw.get("range", {}).get("join", [])),
        nouns=build(raw.get("nouns")),
        verbs=build(raw.get("verbs")),
        actions=build(raw.get("actions")),
        heads=build(raw.get("heads")),
        states=build(raw.get("states")),
        context=build(raw.get("context")),
        tolls=build(raw.get("tolls")),
        things=build(raw.get("things")),
        thing_verbs={k: build(v) for k, v in raw.get("thing_verbs", {}).items()},
        of=build(words.get("of", [])),
        conj=build(words.get("and", [])),
        subgroup=build(words.get("subgroup", [])),
        preps=build(preps),
        units=build(words.get("units", [])),
        designators=build(words.get("designators", [])),
        source=build(words.get("source", [])),
        via=build(words.get("via", [])),
        cited_by=build(words.get("cited_by", [])),
        reporting=build(words.get("reporting", [])),
        as_of=build(words.get("as_of", [])),
        change=build(words.get("change", [])),
        change_from=build(words.get("change_from", [])),
        change_to=build(words.get("change_to", [])),
        address=build(words.get("address", [])),
        earlier=build(words.get("earlier", [])),
        relative=build(words.get("relative", [])),
        more=build(words.get("more", [])),
        aux=build(words.get("aux", [])),
        overridable=frozenset(common["overridable"]),
        harm_overridable=frozenset(common.get("harm_overridable", [])),
        harm=frozenset(common.get("harm", [])),
        state_overridable=frozenset(common["overridable"] + common.get("state_overridable", [])),
        sum_parts=frozenset(common["sum_parts"]),
        sum_total=common["sum_total"],
        event_types={"*": casualty, **event_types},
        secondary_events=frozenset(common.get("secondary_events", [])),
        morph=_table(lang).morph if lang else None,
        prefixes=tuple(sorted(raw.get("clitics", {}).get("prefixes", []), key=len, reverse=True)),
        parts=build(raw.get("parts")),
        crew_parts=build(raw.get("crew_parts")),
        where=build(raw.get("where")),
        at=build(words.get("at", [])),
        of_them=build(words.get("of_them", [])),
        articles=frozenset(words.get("articles", [])),
        total=build(words.get("total", [])),
        determiners=frozenset(words.get("determiners", [])),
        locative=tuple(words.get("locative_endings", [])),
        every=build(words.get("all", [])),
        zero=build(raw.get("zero")),
        bodies=build(words.get("bodies", [])),
        country_endings=tuple(words.get("country_endings", [])),
        adjectives_after=bool(words.get("adjectives_after", False)),
        sole=frozenset(words.get("sole", [])),
        unrelated=build(raw.get("unrelated")),
        staff=build(words.get("staff", [])),
        staff_bodies=build(words.get("staff_bodies", [])),
        presumed=build(words.get("presumed", [])),
        presumed_as=dict(common.get("presumed_as", {})),
        participle_endings=tuple(words.get("participle_endings", [])),
    )


@cache
def _fallback() -> dict:
    """For a language without a pack: only a number right before a counted noun that some pack
    knows ("38 morti" and "38 muertos" look alike across languages) says what it counts, and only
    nouns that name what happened (the dead, the injured …), never "people" — no guess."""
    common = data("figures")
    keep = set(common.get("fallback_attributes", []))
    nouns: dict[str, list[str]] = {}
    folder = resources.files("storyline") / "lang" / "findings"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        name = entry.name
        if not (name.startswith("figures.") and name.endswith(".toml") and name.count(".") == 2):
            continue
        for label, phrases in merged_data("figures", name.split(".")[1]).get("nouns", {}).items():
            if label in keep:
                # a stem shorter than five letters matches too much in an unknown language
                nouns.setdefault(label, []).extend(
                    p for p in phrases if len(p.rstrip("*")) >= 5 or "*" not in p
                )
    return {"nouns": nouns} if nouns else {}


@dataclass
class Candidate:
    first: int  # token indices of the number (or range) itself
    last: int
    value: float
    value_max: float | None = None
    qualifier: str = "exact"
    lo: int = 0  # token range of the evidence
    hi: int = 0
    attribute: str | None = None
    how: str = ""  # what said the attribute: noun, verb_after, verb_before, state, toll, context, …
    update: bool = False  # the new value of a change: "risen from 12 to 19"
    notes: list[str] = field(default_factory=list)
    marker: str | None = None  # a subgroup marker before it in the clause: "including", "dont"
    subgroup: str | None = None
    noun: str | None = None  # what the counted words alone say ("passengers"), whatever the verb says
    noun_end: int = 0
    place: Place | None = None  # where the count was, if the sentence says
    place_near: bool = False  # … said with the count or opening its sentence, not merely before it
    total: bool = False  # "in all", "insgesamt", "au total": the count is the whole, never a part


def stops(toks: list[Token], lex: Lexicon, j: int) -> bool:
    return bool(
        toks[j].kind != "w"
        or lex.conj.match(toks, j)
        or lex.verbs.match(toks, j)
        or lex.states.match(toks, j)
        or lex.context.match(toks, j)
        or lex.of.match(toks, j)
    )
