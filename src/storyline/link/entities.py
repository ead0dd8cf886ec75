"""Entity linking: one entity per real-world referent across documents, languages and scripts.

The matching itself is the incremental ``EntityIndex`` (see there for the blocking keys).
``link_entities`` runs it over the documents of a ``LinkContext`` in ingestion order — a full
relink — unless it is handed an index that already holds them. Analyst merges and splits
(``Correction``) are laid over the index's answer, so they survive every relink and every new
document; ``build_entities`` then names each entity (Latin script where known) and lists its
mentions.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from storyline import ner
from storyline.analyse.descriptive_phrases import descriptive_phrase
from storyline.analyse.entities_cut import abbreviation_tail
from storyline.analyse.entities_former_city_regions import another_word
from storyline.analyse.entity_confidence import ARTICLED_NOUN, DESCRIPTIVE_PHRASE
from storyline.link.alias_countries import alias_abroad
from storyline.link.alias_people import given_apart
from storyline.link.business_plurals import business_plurals
from storyline.link.company_pairs import one_of_a_pair
from storyline.link.context import LinkContext, MentionKey
from storyline.link.customer_products import customer_products
from storyline.link.entity_index import EntityIndex, EntityRecord
from storyline.link.land_nouns import land_noun
from storyline.link.outlet_share import told_as_outlet
from storyline.link.subsidiaries import another_company
from storyline.link.verb_forms import verb_form
from storyline.model import Correction, Entity, EntityMention, Mention
from storyline.names import country_name, fold, is_place, phonetic, to_latin
from storyline.names.arabic_foreign import foreign_given_name, foreign_reading
from storyline.names.concepts import (
    PEOPLE_MEMBER,
    articled_noun,
    city_dweller,
    demonym_noun,
    demonym_plural,
    misplaced_article,
)
from storyline.names.gazetteers import city as gazetteer_city
from storyline.names.gazetteers import continents, country_named, river_name, transliterated_exonym
from storyline.names.given import press_spelling
from storyline.names.home_places import region_of_adjective
from storyline.names.institutions import is_institution
from storyline.names.keys import match_key, skeleton
from storyline.names.media import is_outlet, on_a_channel, outlet_context, outlet_named
from storyline.names.people import surname_first, written_as_name
from storyline.names.script import is_cased, is_latin, script
from storyline.names.translit import display_latin
from storyline.names.vowelled import has_spellings, vowelled
from storyline.ner.aliases import display_name as alias_name
from storyline.serde import stable_id
from storyline.unionfind import UnionFind

FULL_NAME_SHARE = 0.05  # a full name names a person when this share of the uses write it


def new_index() -> EntityIndex:
    return EntityIndex(aliases=ner.alias_table())


def link_entities(ctx: LinkContext, index: EntityIndex | None = None) -> EntityIndex:
    """Fill ``ctx.mention_entity`` and ``ctx.entities``. Without an index, every document of the
    context is added to a new one (in ingestion order); with one, ``ctx.mention_entity`` must
    already hold its answer for the context's documents."""
    if index is None:
        index = new_index()
        for doc_id in ordered(ctx):
            doc = ctx.documents.get(doc_id)
            for i, eid in index.add_document(
                doc_id, ctx.analyses[doc_id].mentions, doc.text if doc else None
            ).items():
                ctx.mention_entity[(doc_id, i)] = eid
        # an entity a later document merged into another: its earlier mentions follow it
        for key, eid in ctx.mention_entity.items():
            ctx.mention_entity[key] = index.resolve(eid)
    assignment = apply_corrections(ctx.mention_entity, lambda k: _mention(ctx, k), ctx.corrections)
    ctx.mention_entity.clear()
    ctx.mention_entity.update(assignment)
    mentions = {k: _mention(ctx, k) for k in assignment}
    ctx.entities = build_entities(assignment, mentions, index.records, lambda k: ctx.documents[k[0]].text)
    return index


def ordered(ctx: LinkContext) -> list[str]:
    """Documents in ingestion order (the store lists them so), then any others by id."""
    first = [d for d in ctx.documents if d in ctx.analyses]
    return first + sorted(set(ctx.analyses) - set(first))


def apply_corrections(
    assignment: dict[MentionKey, str],
    mention_of: Callable[[MentionKey], Mention],
    fixes: Iterable[Correction],
) -> dict[MentionKey, str]:
    """Merges join the entities holding the recorded mentions; splits move the recorded names
    (and any later mention with those names) out into an entity of their own. ``assignment`` may
    be a part of the store: an entity is recognised by the recorded mentions it holds there."""
    out = dict(assignment)
    fixes = list(fixes)
    sets: UnionFind[str] = UnionFind()
    for fix in fixes:
        if fix.kind != "merge":
            continue
        ids = [str(e) for e in fix.payload.get("entities", [])]
        holders = [out.get((str(k[0]), int(k[1]))) for g in fix.payload.get("mentions", []) for k in g[:1]]
        holders = [h for h in holders if h] or ids
        for other in holders[1:]:
            sets.union(holders[0], other)
    if sets.parent:
        out = {k: sets.find(e) if e in sets.parent else e for k, e in out.items()}
    for fix in fixes:
        if fix.kind != "split":
            continue
        anchors = {out.get((str(k[0]), int(k[1]))) for k in fix.payload.get("mentions", [])} - {None}
        anchors |= {
            sets.find(fix.payload["entity"])
            if fix.payload.get("entity") in sets.parent
            else fix.payload.get("entity")
        }
        names = {fold(n) for n in fix.payload.get("names", [])}
        for eid in anchors - {None}:
            members = [k for k, e in out.items() if e == eid]
            moved = [k for k in members if fold(mention_of(k).base or mention_of(k).text) in names]
            if moved:
                new_id = stable_id("e-", eid, "split", *sorted(names))
                for k in moved:
                    out[k] = new_id
    return out


def _mention(ctx: LinkContext, key: MentionKey) -> Mention:
    return ctx.analyses[key[0]].mentions[key[1]]


def display_name(names: Counter[tuple[str, str | None]], etype: str, alias: str | None = None) -> str:
    """The display name (``_display_name``), a person's name written in capitals only (a byline, a
    headline: "MARA LENTINI") in the case of a name."""
    name = _display_name(names, etype, alias)
    if etype == "PER" and name.isupper() and len(name.split()) > 1:
        return " ".join("-".join(p[:1] + p[1:].lower() for p in w.split("-")) for w in name.split())
    return name


def _display_name(names: Counter[tuple[str, str | None]], etype: str, alias: str | None = None) -> str:
    """The display name from the base forms an entity goes by ((base, language) → uses): Latin
    script where known — a country's or a city's English name, a Latin-script full name, the
    annotators' English name of a learned alias, else a transliteration, a person's given names
    spelled as the Latin-script press spells them (Ilkham → Ilham)."""
    bases: Counter[str] = Counter()
    lang_of: dict[str, str | None] = {}
    for (base, lang), n in names.items():
        bases[base] += n
        lang_of.setdefault(base, lang)
    bases = _names_only(bases)
    if etype == "LOC":
        for base, _ in bases.most_common():
            hit = country_named(base, lang_of.get(base))  # a capital is its city, not its country
            if hit:
                return country_name(hit[0])
        english = [b for b, _ in bases.most_common() if lang_of.get(b) == "en"]
        if english:
            return english[0]
        for base, _ in bases.most_common():  # a river of the shipped table by its English name
            if river := river_name(base, lang_of.get(base)):
                return river
        # a home region's adjective alone, by the region's name, where the entity goes by it most
        # (an entity that merged a city with its region's adjective keeps the city's name)
        top = bases.most_common(1)[0][0] if bases else ""
        if region := region_of_adjective(top, lang_of.get(top)):
            return region
        for base, _ in bases.most_common():  # a known city by its English name (Bruksela → Brussels) …
            city = gazetteer_city(base, lang_of.get(base))
            # … unless the table's name is an old one (geonames calls Aktau "Shevchenko"), or the
            # name is the city's old one, another word, which a region kept ("<old name> region");
            # an Arabic name's letter-by-letter romanisation is no word to compare (its start is)
            if (
                city
                and _same_start(city[1], base, lang_of.get(base))
                # a small foreign city's name in the text's script: the text may mean a village
                # of its own country of that name, which is shown as the text writes it
                and not transliterated_exonym(base, lang_of.get(base), city)
                and (
                    script(base) in ("ARABIC", "HEBREW")
                    or not another_word(match_key(city[1]), match_key(base, lang_of.get(base)))
                )
            ):
                return _romanised_plainly(_as_written(city[1], base, lang_of.get(base)), base)
    total = sum(bases.values())

    def full_name(base: str) -> bool:  # a person's full name, unless a stray one in a large entity
        return (
            etype == "PER"
            and len(base.split()) > 1
            and bases[base] >= FULL_NAME_SHARE * total
            and written_as_name(base, lang_of.get(base))  # not a title said with the name
        )

    # the most words a form opening with a capital has: "ponte <Name>" gives way to "<Name> Bridge",
    # but "pakistański Senat" not to a bare "Senat", which drops what the lower-case word said
    capital_words = max((len(b.split()) for b in bases if not _opens_lower(b)), default=0)
    ranked = sorted(
        bases.items(),
        # a form no source writes (an article left on the wrong word) only where nothing else is
        key=lambda kv: (
            misplaced_article(kv[0], lang_of.get(kv[0])),
            # "ponte <Name>": a head noun written first is no name's start while a form opening
            # with a capital and as many words is there; a person's particle ("de", "van") is
            _opens_lower(kv[0]) and etype != "PER" and capital_words >= len(kv[0].split()),
            -full_name(kv[0]),
            -kv[1],
            lang_of.get(kv[0]) != "en",
            not kv[0].isascii(),
            kv[0],
        ),
    )
    # a name written in Latin letters (accents, ə, ı, ş kept: "Zuzana Čaputová", "İlkin Əliyev")
    latin = [b for b, _ in ranked if is_latin(b)]
    if latin and (etype != "PER" or len(latin[0].split()) > 1 or len(ranked[0][0].split()) == 1):
        if not (alias and etype == "PER" and len(latin[0].split()) == 1):
            return latin[0]
    if alias:
        return _without_abbreviation(alias_name(alias))
    best = ranked[0][0]
    lang = lang_of.get(best)
    if etype == "PER" and script(best) == "ARABIC" and has_spellings(lang):
        name = _vowelled_name(best, str(lang))
    else:
        name = display_latin(best, lang).replace("'", "")  # Greek digraphs read as the standard reads them
        if not is_cased(script(best)):  # romanised from a script without capitals: "Fayz Ahmd Kydway"
            name = " ".join(w[:1].upper() + w[1:] for w in name.split())
        if etype == "PER" and len(name.split()) > 1:  # given names as the Latin-script press spells them
            name = " ".join([*(press_spelling(w) for w in name.split()[:-1]), name.split()[-1]])
    if etype == "PER" and latin and len(latin[0].split()) == 1 and len(name.split()) > 1:
        name = " ".join([*name.split()[:-1], latin[0]])  # the press spelling of the surname
    return name


def _opens_lower(base: str) -> bool:
    """Whether a name of words opens with a word in lower case of a cased script ("ponte <Name>")."""
    words = base.split()
    return len(words) > 1 and words[0].isalpha() and words[0].islower() and is_cased(script(words[0]))


def _without_abbreviation(name: str) -> str:
    """A learned alias's English name without the abbreviation the annotators put after it
    ("Organization for … Development(OECD)"): a name is shown whole and no more (N2)."""
    cut = abbreviation_tail(name)
    return name[:cut].rstrip() if cut else name


def _names_only(bases: Counter[str]) -> Counter[str]:
    """The base forms that are written as names: words of a cased script with no capital at all
    ("sociální demokraté", a party's members said as common words) are no display name while a
    name written with one is there. An abbreviation or a name in an uncased script stays."""
    named = Counter({b: n for b, n in bases.items() if not _common_words(b)})
    return named or bases


def _common_words(base: str) -> bool:
    if _WEB_ADDRESS.search(base):  # an outlet's address ("money.pl") is its name as branded
        return False
    return is_cased(script(base)) and not any(c.isupper() for c in base) and any(c.isalpha() for c in base)


_WEB_ADDRESS = re.compile(r"\w\.[^\W\d_]{2,6}\b")


def _vowelled_name(base: str, lang: str) -> str:
    """An Arabic-script person's name with the press spellings of its common elements (Arabic,
    Persian, Urdu write no short vowels: "Othman Abdul Jalil", not "Thman Bd Aljlyl"); a word the
    data does not know is romanised as before, a given name then spelled as the press spells it."""
    words = base.split()
    out: list[str] = []
    foreign = False  # a foreign given name read with its vowels: the words after it so too
    for i, (word, spelled) in enumerate(zip(words, vowelled(base, lang), strict=True)):
        if spelled is None:
            spelled = to_latin(word, lang).replace("'", "")
            spelled = spelled[:1].upper() + spelled[1:]
            if foreign:
                out.append(foreign_reading(spelled))
                continue
            # a name the press spells from the letters as they are (Fayz: Faiz) is no foreign one
            if (
                i < len(words) - 1
                and press_spelling(spelled) == spelled
                and (given := foreign_given_name(spelled))
            ):
                foreign = True  # "Mylaghrws Twlwn": Milagros Tolon
                out.append(given)
                continue
            press = press_spelling(spelled) if i < len(words) - 1 else spelled
            # vowels only (Fayz: Faiz): the press spelling's other readings (a lone h read as
            # the g of Ukrainian г) are no Arabic letters' readings
            spelled = press if _consonants(press) == _consonants(spelled) else spelled
        if spelled:
            out.append(spelled)
    name = " ".join(out)
    return name[:1].upper() + name[1:]  # "al-Hassan" starts a name as "Al-Hassan"


def _consonants(word: str) -> str:
    return re.sub("[aeiouy]", "", word.lower())


def _same_start(english: str, base: str, lang: str | None) -> bool:
    """Whether a gazetteer's English name of a city starts as the city's own name does (else the
    table's name is an old or another one). An abjad's name (Arabic, Hebrew) is compared by its
    first consonant: its letter-by-letter romanisation ("Alladhqyt", "hmah") writes no vowel
    before it, and the sound key drops an h that opens a name (Ḩamāh: "ama"); an Arabic-script
    name is read without its article (al-), which English names mostly drop ("Latakia")."""
    if script(base) == "ARABIC":
        bare = base[2:] if base.startswith("ال") and len(base) > 3 else base
        return _first_consonant(english) == _first_consonant(to_latin(bare, lang))
    if script(base) == "HEBREW":
        return _first_consonant(english) == _first_consonant(to_latin(base, lang))
    return fold(english)[:1] == fold(to_latin(base, lang))[:1]


def _first_consonant(name: str) -> str:
    return skeleton(phonetic(name))[:1]


def _romanised_plainly(english: str, base: str) -> str:
    """A gazetteer's Latin name of a place whose source writes it in a script without capitals
    (an abjad): without the marks of a scholarly romanisation (geonames' "Ḩamāh", "Ţarţūs"),
    which no news source writes: "Hamah", "Tartus"."""
    if is_cased(script(base)):
        return english
    plain = unicodedata.normalize("NFKD", english)
    return unicodedata.normalize("NFC", "".join(c for c in plain if not unicodedata.combining(c)))


def _as_written(english: str, base: str, lang: str | None) -> str:
    """A city's English name cut to the words the name itself says: geonames calls the city
    "<Name> City" where a state or a country has the name too, and a name written without
    "City" may be either ("Oklahoma": the state, or the city said short)."""
    words, said = english.split(), len(re.split(r"[\s-]+", base.strip()))
    if len(words) > said and phonetic(" ".join(words[:said])) == phonetic(to_latin(base, lang)):
        return " ".join(words[:said])
    return english


def majority_alias(names: Counter[tuple[str, str | None]], etype: str) -> str | None:
    """The learned cross-lingual id most of an entity's uses go by (the index keeps the first it
    met, which may be a stray mention's)."""
    table = ner.alias_table()
    votes: Counter[str] = Counter()
    for (base, lang), n in names.items():
        alias = table(etype, base, lang or "")
        # a subsidiary the annotators filed under its parent's id is no vote for the parent's name
        # (``key_mention`` links it so too): "<Brand> Gas Finance B.V." is not shown as "<Brand>"
        if (
            alias
            and not another_company(base, lang, alias)
            and not one_of_a_pair(base, etype, lang, alias, table)
        ):
            votes[alias] += n
    return votes.most_common(1)[0][0] if votes else None


def shown_alias(names: Counter[tuple[str, str | None]], etype: str, kept: str | None) -> str | None:
    """The learned id an entity is shown by (``majority_alias``, else the one the index kept),
    unless it is a person's whose given name none of the entity's full names has: a namesake's
    id, which a bare surname brought (``alias_people``)."""
    alias = majority_alias(names, etype) or kept
    if alias_abroad(alias, names):  # another country's body: "МВС" of Ukraine is no "Home Office UK"
        return None
    by_lang: dict[str, Counter[str]] = defaultdict(Counter)
    for (base, lang), n in names.items():
        by_lang[lang or "und"][base] += n
    return None if given_apart(alias, by_lang) else alias


def record_name(record: EntityRecord) -> str:
    """The display name of an entity from its record alone (what ``build_entities`` names it)."""
    seen = record_names(record)
    if not seen:  # opened and merged away before it counted a name: it is never shown
        return ""
    etype = record.types.most_common(1)[0][0] if record.types else ""
    return display_name(seen, etype, shown_alias(seen, etype, record.alias))


def record_names(record: EntityRecord) -> Counter[tuple[str, str | None]]:
    return Counter({(base, lang): n for lang, bases in record.names.items() for base, n in bases.items()})


def _outlet(
    keys: list[MentionKey],
    ms: list[Mention],
    text_of: Callable[[MentionKey], str] | None,
    record: EntityRecord | None,
) -> bool:
    """A product entity that is a news outlet: by its name, or by the words around a mention
    (counted on its record where the texts were at hand) unless a text names it as a channel's
    programme ("„X” по <CHANNEL>": a show's name stands where an outlet's would, "в ефира на X")."""
    names = {(m.base or m.text, m.lang) for m in ms}
    if customer_products(names):
        return False  # "Moj <Company>": a company's portal or app, where the words say "portal"
    if is_outlet(names) or any(_known_outlet(m.text) or _known_outlet(m.base or "") for m in ms):
        return True
    pairs = list(zip(keys, ms, strict=True))
    if (record is not None and record.programme > 0) or (
        text_of is not None and any(on_a_channel(text_of(k), m) for k, m in pairs)
    ):
        return False
    if record is not None and record.outlet > 0:
        # a product discussed at length that a few texts read as telling the news is no outlet
        return told_as_outlet(record.outlet, max(record.mentions, len(ms)))
    return text_of is not None and any(outlet_context(text_of(k), m) for k, m in pairs)


def _reporting_non_place(
    keys: list[MentionKey],
    ms: list[Mention],
    text_of: Callable[[MentionKey], str] | None,
    record: EntityRecord | None,
) -> bool:
    """A "place" that no gazetteer knows, one of whose mentions the text calls a teller of the news
    ("scrive X", "X reported", "according to the daily X": ``outlet_context``), is an outlet (issue
    16, web pages: a newspaper's name typed as a place). A known place that "reports" is its
    government ("Moscow reported"), left a place; so is a continent, which the place tables leave
    out ("Europe says" is its governments; audit, web pages round 10: "na Europa" shown ORG)."""
    if any(is_place(m.base or m.text) or is_place(m.text) or _continent(m) for m in ms):
        return False
    if record is not None and record.outlet > 0:
        return True  # counted when the texts were at hand (``EntityIndex.add_document``)
    return text_of is not None and any(outlet_context(text_of(k), m) for k, m in zip(keys, ms, strict=True))


def _continent(m: Mention) -> bool:
    return any(fold(name) in continents() for name in (m.base, m.text) if name)


def _known_outlet(name: str) -> bool:
    """A news agency or broadcaster of the shipped source list (``lang/sources/sources.toml``),
    by one of its listed names exactly (loosely spelled), not an official body of that list."""
    from storyline.ingest.source_names import loose_key, shipped

    listed = shipped()
    found = listed.aliases.get(loose_key(name)) if name else None
    return found is not None and found not in listed.bodies


def entity_names(ms: list[Mention], etype: str) -> dict[str, list[str]]:
    """The names an entity goes by, per language. A country's people ("the Austrians"), a party's
    members ("the unionists") and a name's adjective are mentions of it (BSNLP links them so)
    but not names of it: a reader of the entity's other names would take them for spellings."""
    own = [m for m in ms if not _not_a_name(m, etype)] or ms
    names: dict[str, list[str]] = defaultdict(list)
    for m in own:
        base = m.base or m.text
        if base not in names[m.lang or "und"]:
            names[m.lang or "und"].append(base)
    return dict(names)


def _people_member(m: Mention) -> bool:
    """A mention typed as a person that is one member of a country's people, a singular noun."""
    return (
        m.type == "PER"
        and m.kind != "adjective"
        and (demonym_noun(m.base or m.text, m.lang) or city_dweller(m.base or m.text, m.lang))
    )


def _people(m: Mention, etype: str) -> bool:
    """A mention of a person entity that is a country's or a large city's people, a plural
    ("Rakušané", "Parižani"): no one's name either. Linked to its country, the country's entity
    does not show it (``_people_of_a_place``)."""
    return etype == "PER" and m.type == "PER" and m.kind != "adjective" and demonym_plural(m.text, m.lang)


def _people_of_a_place(m: Mention, etype: str) -> bool:
    """A mention typed as a person, not as an adjective, linked to a place's entity: the place's
    people ("Англичане", "Brytyjczyków", "британците": BSNLP links a people to its country), no
    name of the place (audit rounds 21 and 23 N1: the English shown as the country). No person's
    name is a place's either: the tables that link such a mention link it by the people's word."""
    return etype == "LOC" and m.type == "PER" and m.kind != "adjective"


def _kind(m: Mention, etype: str, articled: frozenset[str] = frozenset()) -> str | None:
    """The entity mention's kind: a people's member or the people, a common noun with its article
    in lower case ("епидемията": BSNLP marks some, the audits call them no name; the entity list
    folds an entity of these alone) or the same noun in lower case without it (``articled``: the
    base forms of the entity's articled mentions), else the mention's own."""
    if _people_member(m) or _people(m, etype):
        return PEOPLE_MEMBER
    if m.kind is None and (
        articled_noun(m.text, m.lang) or (m.text[:1].islower() and (m.base or m.text) in articled)
    ):
        return ARTICLED_NOUN
    if m.kind is None and descriptive_phrase(m.text, etype, m.lang):
        return DESCRIPTIVE_PHRASE  # "the Spanish government": a body described, not named
    return m.kind


def _articled_bases(ms: list[Mention]) -> frozenset[str]:
    return frozenset(m.base or m.text for m in ms if articled_noun(m.text, m.lang))


def _not_a_name(m: Mention, etype: str) -> bool:
    # a place's mention by a word for a kind of land ("the Island" for a country) is no name of it,
    # nor is a verb made of a name ("tweeted" of a platform's)
    return (
        m.kind == "adjective"
        or (m.type == "PER" and etype != "PER")
        or (etype == "LOC" and land_noun(m.base or m.text, m.lang))
        or verb_form(m.text, m.base, m.lang)
    )


def build_entities(
    assignment: dict[MentionKey, str],
    mentions: dict[MentionKey, Mention],
    records: dict[str, EntityRecord],
    text_of: Callable[[MentionKey], str] | None = None,
    rejected: set[str] = frozenset(),  # type: ignore[assignment]
    known_names: dict[str, str] | None = None,
) -> list[Entity]:
    """Entities from an assignment of mentions. The display name comes from everything the
    index has seen of the entity (its record), so a story shows the name the whole store uses;
    ``known_names`` are display names already made from the records (kept beside them when linking
    saved them), which spares the name tables."""
    by_entity: dict[str, list[MentionKey]] = defaultdict(list)
    for key in sorted(assignment):
        by_entity[assignment[key]].append(key)
    entities: list[Entity] = []
    for eid, keys in by_entity.items():
        if eid in rejected:
            continue
        ms = [mentions[k] for k in keys]
        record = records.get(eid)
        # one entity, one type: the majority of everything the index has seen of it, in every
        # language and document, not of the mentions at hand
        types = record.types if record and record.types else Counter(m.type for m in ms)
        etype = types.most_common(1)[0][0]
        if etype == "PRO" and _outlet(keys, ms, text_of, record):
            etype = "ORG"  # an outlet: BSNLP's product, an organisation to the reader
        elif etype == "PRO" and business_plurals((m.base or m.text, m.lang) for m in ms):
            etype = "ORG"  # «<Adjective> pharmacies»: a chain of shops, no product
        elif etype == "LOC" and is_institution((m.base or m.text, m.lang) for m in ms):
            etype = "ORG"  # a university or an institute: a body, though BSNLP types some places
        elif etype == "LOC" and _reporting_non_place(keys, ms, text_of, record):
            etype = "ORG"  # "scrive <Newspaper>": no place the gazetteers know, and places do not write
        elif etype == "PER" and any(outlet_named(m.base or m.text, m.lang) for m in ms):
            etype = "ORG"  # "Tasnim News": no person's name holds a media word
        elif etype == "ORG" and all(surname_first(m.text) for m in ms):
            etype = "PER"  # "Orlov Dmitriy" in a list, typed as a body
        names = entity_names(ms, etype)
        members = [_people_member(m) or _people_of_a_place(m, etype) for m in ms]
        shown = [(k, m) for k, m, member in zip(keys, ms, members, strict=True) if not member]
        if etype == "PER" or not shown:
            # a person entity of one people's members alone ("Britanka", the Briton) keeps them,
            # marked, and the entity list folds it away (``entity_confidence.is_listed``)
            shown = list(zip(keys, ms, strict=True))
        # else one member of a country's people ("Vietnamec", a Vietnamese man), or a place's
        # people ("Англичане", the English), is a common noun: BSNLP links it to the country
        # (the assignment keeps it), the country's entity does not show it among its mentions
        articled = _articled_bases(ms)
        spans = [
            EntityMention(
                k[0],
                m.start,
                m.end,
                text_of(k)[m.start : m.end] if text_of else m.text,
                m.base,
                m.lang,
                _kind(m, etype, articled),
            )
            for k, m in shown
        ]
        if known_names and record and eid in known_names:
            name = known_names[eid]
        else:
            seen = record_names(record) if record else Counter((m.base or m.text, m.lang) for m in ms)
            name = display_name(seen, etype, shown_alias(seen, etype, record.alias if record else None))
        entities.append(Entity(eid, etype, name, names, spans))
    entities.sort(key=lambda e: (-len({m.doc for m in e.mentions}), -len(e.mentions), e.name))
    return entities
