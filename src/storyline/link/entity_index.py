"""The entity index: incremental, cross-document, cross-lingual entity linking.

Documents are added one at a time, in ingestion order; each mention either joins an entity the
index already knows or opens a new one. Only mentions that share a blocking key are ever
compared, so adding a document costs the size of its blocks, not of the store:
- known names: the cross-lingual name table learned from annotated news (``ner.aliases``: США,
  USA, ZDA and САЩ are one key) and the general gazetteers (ICU country names in every locale,
  geonames cities with their alternate names: Актау / Aktau);
- persons: the transliterated surname's first letters; inside the block a full name joins the
  person whose surname and first name agree (and whose grammatical gender does: Aliyev is not
  Aliyeva), a bare surname the full name it follows in its document, else the full name most
  documents use, else other bare uses of it;
- everything else: transliterated match key of the base form (ТАСС / TASS), and a Jaro-Winkler
  look-up among names of the same first letters for spelling variants. Organisations and places
  share these blocks: one name is one entity whatever type each source's recogniser gave it (the
  Kremlin an organisation in one language and a place in another), and the entity's type is
  decided by all its mentions; products and events keep blocks of their own (a pipeline and
  the company that builds it share a name);
- a bare one-word "person" that no person in the index matches and that names a known city the
  index already holds as a place is that place (a rule-based recogniser's "Prosecutors in Odesa").

Entity ids are fixed when an entity opens (from its first mention); when a later document
bridges two entities the older id survives and the other redirects to it. The same code runs
for a full relink (an empty index, every document in ingestion order) and for an incremental
ingest (the stored index, only the new documents), so both give the same result.

The index keeps its state in plain dictionaries: ``restore`` opens it over loaders of plain rows
(just the blocks a batch of new documents needs are fetched) and ``snapshot`` hands back what
changed as plain data; the workflow layer moves both to and from the store.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

import regex
from rapidfuzz.distance import JaroWinkler, Levenshtein

from storyline.analyse.entity_types import decide_types
from storyline.ingest.source_names import known_source
from storyline.link.acronym_fit import (
    abbreviated_otherwise,
    expanded_otherwise,
    initials_across,
    is_abbreviation,
    marks_lost,
    plain_fit,
    read_otherwise,
    sole_fit,
    spelt_out_here,
    syllables_only,
    whole_words,
    written_here,
)
from storyline.link.acronym_partial import nearly_spells
from storyline.link.alias_guards import articled_plural, articled_plurals_only, other_party
from storyline.link.alias_people import given_apart
from storyline.link.cognate_words import cognate_words
from storyline.link.common_titles import other_common_title
from storyline.link.company_pairs import one_of_a_pair
from storyline.link.concept_siblings import another_of_its_kind
from storyline.link.coordination import listed_countries
from storyline.link.generation_carry import generation_carried
from storyline.link.headline_surnames import headline_bearer
from storyline.link.name_kinds import country_feature, feature_names, scoped_names
from storyline.link.name_tails import ends_longer_name
from storyline.link.outlet_letters import outlet_apart
from storyline.link.publishers import publisher_apart
from storyline.link.river_context import rivers_by_text
from storyline.link.script_glosses import glossed_pairs
from storyline.link.short_forms import letter_variants, named, short_forms
from storyline.link.spelling_guards import (
    adjective_apart,
    elsewhere,
    kind_across_scripts,
    last_consonant,
    longer_word,
    other_case,
    other_place,
    town_region,
    typed_as,
)
from storyline.link.subsidiaries import another_company
from storyline.link.surname_case import family_of, not_hers, plural_adjective, written_surname
from storyline.model import Mention
from storyline.names import (
    alef_readings,
    ch_readings,
    is_place,
    match_key,
    phonetic,
    place_key,
    place_spellings,
    same_letters,
    skeleton,
    to_latin,
    vowel_shape,
)
from storyline.names.concepts import (
    body_home,
    company_forms,
    concept_key,
    demonym_country,
    document_country,
    named_countries,
    roles,
    state_of,
    word_country,
)
from storyline.names.gazetteers import (
    city_names,
    countries,
    endonyms,
    foreign_capitals,
    not_cities,
    river_key,
)
from storyline.names.gazetteers import fold as fold_name
from storyline.names.given import given_name
from storyline.names.home_places import home_place
from storyline.names.media import on_a_channel, outlet_context
from storyline.names.parts import without_head_first, without_head_last
from storyline.names.people import (
    PersonName,
    given_block,
    is_short_for,
    person_name,
    same_person,
    same_surname,
)
from storyline.names.people import blocks as person_blocks_of
from storyline.names.script import is_latin, script
from storyline.ner.aliases import display_name as alias_display
from storyline.ner.external import CYRILLIC_LANGS
from storyline.ner.lemma_lexicon import lone_adjective
from storyline.serde import stable_id

NAME_SIMILARITY = 0.93
MIN_BONES = 4  # consonants a one-word name's skeleton needs before it may find the name
BONES_SIMILARITY = 0.75  # and the spellings this alike, letter by letter (Korvista is no Krivost)
MIN_FUZZY_CHARS = 5
WORD_SIMILARITY = 0.85

NAMED_TYPES = ("ORG", "LOC", "EVT", "PRO")  # matched by their name, not by a person's parts
# Types whose names are one entity whatever type a source gave: a building and the institution it
# houses (the Kremlin), an outlet or a company named after its city. A product or an event keeps
# its type: a pipeline and the company that builds it share a name and are two things.
PLACE_OR_BODY = ("ORG", "LOC")
BODY_OR_WORK = ("ORG", "PRO")  # types of a name that is neither a place nor a person
MentionKey = tuple[str, int]  # (document id, index into its analysis' mentions)


@dataclass
class EntityRecord:
    """What the index remembers of an entity: enough to name it and to match new mentions."""

    id: str
    seq: int  # opening order: the older entity survives a merge
    types: Counter[str] = field(default_factory=Counter)
    names: dict[str, Counter[str]] = field(default_factory=dict)  # lang → base form → count
    docs: int = 0
    mentions: int = 0
    alias: str | None = None  # the learned cross-lingual id, when a name is in the table
    merged_into: str | None = None
    # mentions typed as products that their text calls a news outlet ("the daily X", "X reported"):
    # counted here, where the text is at hand, because the entity list is built from records alone
    outlet: int = 0
    # lang → the countries its bodies' names of that language stand for (``body_home``), with
    # their mentions: a generic body is matched across languages only where these agree
    homes: dict[str, Counter[str]] = field(default_factory=dict)
    # its abbreviations that their texts call a news outlet ("X reported"): another script's
    # letters alike are then no evidence of it (``outlet_letters``)
    told: int = 0
    # mentions typed as products that their text names as a channel's programme ("„X” по <CHANNEL>",
    # ``on_a_channel``): a show is no outlet, whatever its other texts say around it
    programme: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "types": dict(self.types), "names": {k: dict(v) for k, v in self.names.items()},
                "docs": self.docs, "mentions": self.mentions, "alias": self.alias,
                "merged_into": self.merged_into} | ({"outlet": self.outlet} if self.outlet else {}) | (
                {"homes": {k: dict(v) for k, v in self.homes.items()}} if self.homes else {}) | (
                {"told": self.told} if self.told else {}) | (
                {"programme": self.programme} if self.programme else {})  # fmt: skip

    @classmethod
    def from_json(cls, eid: str, data: dict[str, Any]) -> EntityRecord:
        return cls(eid, data["seq"], Counter(data["types"]), {k: Counter(v) for k, v in data["names"].items()},
                   data["docs"], data["mentions"], data.get("alias"), data.get("merged_into"),
                   int(data.get("outlet", 0)), {k: Counter(v) for k, v in data.get("homes", {}).items()},
                   int(data.get("told", 0)), int(data.get("programme", 0)))  # fmt: skip


@dataclass(frozen=True)
class PersonRef:
    """A person mention: its written base form and language (how the index stores it) and the
    readings made of them (how it compares)."""

    base: str
    lang: str
    name: PersonName

    @property
    def first(self) -> bool:  # a full name (given names and surname), not a bare surname
        return self.name.full

    @property
    def member(self) -> str:
        return f"{self.lang}|{self.base}"

    @classmethod
    def parse(cls, member: str) -> PersonRef | None:
        lang, sep, base = member.partition("|")
        if not sep:  # written by an older storyline: "first surname"; read it as a name
            lang, base = "", member.replace("-", " ").strip()
        name = person_name(base, lang or None)
        return cls(base, lang, name) if name else None


@dataclass
class Keyed:
    """How one mention is matched: exact blocks (all of them name the same entity), or a
    person reference."""

    blocks: list[str]
    person: PersonRef | None
    fuzzy: str | None  # the name key for the spelling-variant look-up
    alias: str | None
    acronyms: list[str] = field(default_factory=list)  # the abbreviations a long name may go by
    abbreviation: str | None = None  # this mention may be one (AZAL, NATO): look it up
    sound: str | None = None  # the phonetic key's block, where nothing stricter finds the name
    bones: str | None = None  # the consonants' block, last: a vowel heard differently (Гардиън)
    more_bones: list[str] = field(default_factory=list)  # the skeletons of a Latin "ch" read k or h
    more_sounds: list[str] = field(
        default_factory=list
    )  # an Arabic word's alef heard "i" (``alef_readings``)
    across: str | None = None  # the exact key every type family shares: one name typed two ways
    letters: str | None = None  # an abbreviation's own letters: its name blocks hold them (BBC ≠ BCC)
    # a generic name's country, from its document ("the Senate" in a story about one country): it
    # is that country's body, never another's its bare spelling also finds
    by_country: frozenset[str] = frozenset()
    # the countries a body's name stands for across languages (``names.concepts.body_home``)
    home: frozenset[str] = frozenset()


MIN_ACRONYM = 3  # two letters name too many things
MAX_ACRONYM_WORDS = 4


def similar_words(a: str, b: str) -> bool:
    """Each word of one name is a spelling variant of the word in its place in the other: a
    typo changes a letter or two of a word, a different name changes a whole word (the European
    Council is not the European Union, however alike the letters of the whole)."""
    return all(
        JaroWinkler.similarity(x, y) >= WORD_SIMILARITY or _particles(x, y)
        for x, y in zip(a.split(), b.split(), strict=True)
    )


def _particles(x: str, y: str) -> bool:
    """Two one-vowel words between a name's words: the particle that links them (the Persian and
    Urdu "-e-" / "-i-" of "Tehrik-e-…", a conjunction "i" / "a"), each source hearing its own vowel."""
    return len(x) == len(y) == 1 and x in _VOWEL_LETTERS and y in _VOWEL_LETTERS


_VOWEL_LETTERS = frozenset("aeiouy")


def acronym_blocks(name: str) -> list[str]:
    """Where a multi-word name waits for its abbreviation: under the first two letters of its
    first word (AZerbaijan Airlines → AZ, for AZAL) and under the initials of its first two
    words (North Atlantic … → NA, for NATO)."""
    words = _words(name)
    if not 2 <= len(words) <= MAX_ACRONYM_WORDS:
        return []
    return sorted({"c|" + words[0][:2].upper(), "c|" + (words[0][0] + words[1][0]).upper()})


def _words(name: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", name.lower()) if len(w) >= 3 or w.isdigit()]


def abbreviates(abbreviation: str, name: str) -> bool:
    """Each word of the name gives the abbreviation one or more of its letters in order, the
    first of them its initial: AZAL = AZerbaijan AirLines, NATO = North Atlantic Treaty
    Organization."""
    words = _words(name)
    target = abbreviation.lower()
    if len(target) <= MIN_ACRONYM:  # three letters are the initials ("PAP" is no "Partia Pracy")
        return len(words) == len(target) and all(w[0] == t for w, t in zip(words, target, strict=True))

    def fits(pos: int, w: int) -> bool:
        if w == len(words):
            return pos == len(target)
        if pos >= len(target) or target[pos] != words[w][0]:
            return False
        word, j = words[w], pos + 1
        if fits(j, w + 1):
            return True
        for ch in word[1:]:  # take more letters of this word, in order
            if j < len(target) and ch == target[j]:
                j += 1
                if fits(j, w + 1):
                    return True
        return False

    return 2 <= len(words) <= MAX_ACRONYM_WORDS and fits(0, 0)


def _stem_of(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` with at most its last letter changed and an ending added."""
    return len(name) > 2 and word[: len(name) - 1] == name[:-1]


def _given_spelt_otherwise(a: PersonRef, b: PersonRef) -> bool:
    """Of two lone words, one a given name and the other spelt otherwise (another ending, a letter
    more): a given name alone names anyone of it, so only its own spelling is evidence; a word an
    ending away may be a place or another name ("Marian" and "Mariani")."""
    if not (a.name.first_name or b.name.first_name):
        return False
    return not {r.surname for r in a.name.readings} & {r.surname for r in b.name.readings}


def _first_given(ref: PersonRef) -> str:
    """The match key of a full name's first word (a first name alone names its bearer only when
    it is written the same: Мухаммед after Мухаммад Файсал is someone else)."""
    return match_key(ref.base.split()[0], ref.lang) if ref.first else ""


def _name_keys(base: str, lang: str | None) -> list[str]:
    """Match keys of a name. Ukrainian gets the Russian reading too: its и is Russian ы and its
    і Russian и, so Пакистан reads "pakystan" in Ukrainian transliteration but is Pakistan. A
    two-letter abbreviation is keyed apart from longer names: the match key's sounds read a doubled
    letter as one, and a longer abbreviation (MMF) would find it (MF) as another language's
    spelling — which it is for three letters and more (ВОЗ, ВООЗ), rarely for two."""
    keys = [match_key(base, lang)]
    if lang == "uk":
        keys.append(match_key(base, "ru"))
    if is_abbreviation(base) and len(base.strip()) == 2:
        keys = [f"{k}|2" for k in keys]
    return [k for i, k in enumerate(keys) if k and k not in keys[:i]]


MIN_RUN_TOGETHER = 3  # letters of each word of a name that may be written run together


def run_together(key: str) -> str | None:
    """A multiword name's match key with its words run together, when each word is long enough
    to be a word of its own (not an initial or a particle: "A. B. C." is no "ABC")."""
    words = key.split()
    if len(words) < 2 or not all(len(w) >= MIN_RUN_TOGETHER or w.isdigit() for w in words):
        return None
    return "".join(words)


_FIRST_OF_SERIES = re.compile(r"^(.*[^\W\d_].*?)(?:\s+|\s*[-–—]\s*)(?:1|I|І)$")


def first_of_series(name: str) -> str | None:
    """The bare name of a name numbered 1 (Nord Stream 1, Sputnik-1), else None."""
    found = _FIRST_OF_SERIES.match(name.strip())
    return found.group(1).strip() if found else None


_DOMAIN = re.compile(r"\w\.([^\W\d_]{2,6})\s*$")


def _domain(name: str) -> str | None:
    """The top-level domain a name ends in ("Gazeta.ua"): outlets of one word and two domains
    are two outlets."""
    found = _DOMAIN.search(name)
    return to_latin(found.group(1)).lower() if found else None  # Лента.ру is Lenta.ru


def _most_common(counts: Counter[str]) -> str:
    """The most counted key (the first counted on a tie)."""
    return counts.most_common(1)[0][0]


def _other_countries(a: set[str], b: set[str]) -> bool:
    """Two entities whose names name different countries as theirs."""
    return bool(a and b) and not (a <= b or b <= a)


def _country_elsewhere(name: str, country: str | None) -> bool:
    """Whether some word of a name names a country and none of them ``country`` (a document's)."""
    if country is None:
        return False
    named = {c for word in name.split() if (c := word_country(word, None)) is not None}
    return bool(named) and country not in named


def _same_domain(a: str, b: str) -> bool:
    """Two names agree on their domain unless both have one and they differ (Politico and
    politico.eu may be one outlet)."""
    da, db = _domain(a), _domain(b)
    return da is None or db is None or da == db


def key_mention(
    m: Mention,
    aliases: Callable[[str, str, str], str | None],
    country: str | None = None,
    surnames: frozenset[str] = frozenset(),
    river: str | None = None,
) -> Keyed | None:
    """The blocking keys of a mention (and turns a mention of a known country or city into LOC).
    ``country`` is the one its document is mostly about, which tells apart the bodies of
    different countries that share a generic name (a supreme court, a foreign ministry).
    ``surnames``: those of the people its document names in full (``person_surnames``).
    ``river``: the river key its text gives a name it shares with a city (``rivers_by_text``)."""
    base = m.base or m.text
    names = _name_keys(base, m.lang)
    if not names:
        return None
    if m.type == "LOC":  # Ukrainian "Вилкове" (base "Вилковий") is "Vylkove" and Russian "Вилково"
        names += [k for s, lang in place_spellings(base, m.lang) if (k := match_key(s, lang)) not in names]
    # the city's name in another language (Czech "Dunaj" is the river), a far locale's name of a
    # country in capitals (a brand, ``foreign_capitals``): a name apart from the place's letters
    other_thing = bool(m.lang) and (
        fold_name(base) in not_cities(m.lang or "") or foreign_capitals(base, m.lang)
    )
    if other_thing:
        names = [f"{name}|not-city" for name in names]
    alias = aliases(m.type, base, m.lang or "") or (aliases(m.type, base, "ru") if m.lang == "uk" else None)
    if alias and another_company(base, m.lang, alias):
        alias = None  # a subsidiary the annotators filed under its parent's id
    if alias and one_of_a_pair(base, m.type, m.lang, alias, aliases):
        alias = None  # "<Maker>-<Partner>": the pair is neither company alone
    # a river of the shipped table goes by one key under its name in every language (Дунай,
    # Дунав, Danube): the names share no letters; the language's name is the river, not a far town
    if river is not None and m.type == "LOC":
        # a name the river shares with a city, made the river by its text: its river key alone,
        # lest its letters find the city (or a later mention of the city find it)
        return Keyed([f"g|{river}"], None, None, None)
    river = river_key(base, m.lang) if m.type == "LOC" else None
    pkey = river or (place_key(base, m.lang) if m.type in ("LOC", "PER", "ORG") else None)
    if pkey and pkey.startswith("city:") and m.kind == "region":
        pkey = None  # a region named after a renamed city's old name (entities_former_city_regions)
    if pkey and m.type == "PER" and fold_name(base) in surnames:
        pkey = None  # "Kuba" after "Martin Kuba": a person the text names, not the country spelt alike
    if pkey and (m.type == "LOC" or pkey.startswith("country:")):
        m.type = "LOC"
        if pkey.startswith("city:"):
            # a bare city name is the city: the learned table links it where annotators read it
            # as the city's airport or club ("flights to <city>"), which would merge the facility
            # with the place whose name it carries
            alias = None
    else:
        pkey = None
    if not pkey and m.type == "LOC" and (code := _transliterated_endonym(base, m.lang)):
        pkey = "country:" + code  # "Ейре": the country's own name (Éire) in another script
    if (
        not pkey
        and not alias
        and m.type in ("PER", "LOC")
        and not (m.type == "PER" and fold_name(base) in surnames)
        and (code := demonym_country(base, m.lang))
    ):
        pkey = "country:" + code  # "the Pakistanis", "the Pakistani": a mention of the country
    if not pkey and m.type in ("LOC", "ORG") and (code := state_of(base, m.lang)):
        pkey, m.type = "country:" + code, "LOC"  # "Republika Irlandii", "Руска федерация": the country
    concept = _concept_block(m.type, base, m.lang, country) if not pkey else None
    if concept and country_feature(base, m.lang):
        # "the British Isles": a country's islands, keyed apart from a bare "Island" of a story
        # about that country (one country's press calls the country so), which is the country
        concept += "|feature"
    generic = bool(country and concept and (ck := concept_key(base, m.lang)) and ck.generic)
    by_country = frozenset({"@" + country}) if generic and country else frozenset()
    if concept and m.type == "PER" and not alias:  # a party's members ("the conservatives") are the party
        return Keyed([concept, *(f"x|PER:{name}" for name in names)], None, None, None)
    if m.type == "PER" and not pkey and (not alias or alias.startswith("PER-")):
        # people are matched by given names and surname; a learned person alias only names them
        name = person_name(base, m.lang)
        if name is None:
            return None
        return Keyed([], PersonRef(base, m.lang or "", name), None, alias)
    blocks = [f"a|{alias}"] if alias else []
    blocks += [f"g|{pkey}"] if pkey else []
    blocks += [concept] if concept else []
    blocks += [f"x|{type_family(m.type)}:{name}" for name in names]
    if (
        m.type == "LOC"
        and not pkey
        and (bare := without_head_first(base, m.lang) or without_head_last(base, m.lang))
    ):
        # "puente <Name>", "<Name> Bridge": the bridge goes by the name alone too, as other
        # languages write it (a person of the name is keyed as a person, apart)
        family = type_family(m.type)
        blocks += [b for name in _name_keys(bare, m.lang) if (b := f"x|{family}:{name}") not in blocks]
    if m.type in NAMED_TYPES and not pkey:
        # a name of words is also written run together ("Nord Stream" / "Nordstream"): its words
        # joined are the one-word name's key
        blocks += [f"x|{type_family(m.type)}:{joined}" for name in names if (joined := run_together(name))]
    if m.type in NAMED_TYPES and not pkey and (first := first_of_series(base)):
        # the first of a series goes by its bare name too: Nord Stream 1 is "Nord Stream"
        blocks += [f"x|{type_family(m.type)}:{name}" for name in _name_keys(first, m.lang)]
        bare_concept = _concept_block(m.type, first, m.lang, country)
        blocks += [bare_concept] if bare_concept and bare_concept not in blocks else []
    if m.type in ("ORG", "PRO") and not pkey and (body := known_source(base)) is not None:
        # one agency, broadcaster or emergency service under its names in every language (the
        # shipped source list: "ДСНС", "ГСЧС", "State Emergency Service of Ukraine")
        blocks.append(f"src|{body}")
    fuzzy = (
        names[0] if m.type in NAMED_TYPES and len(names[0]) >= MIN_FUZZY_CHARS and not other_thing else None
    )
    domain = _domain(base)
    if domain and fuzzy is not None:  # the domain kept apart: Gazeta.ua and Газета.ru are two outlets
        fuzzy = f"{fuzzy.removesuffix(domain)}.{domain}" if fuzzy.endswith(domain) else None
    home = body_home(base, m.lang, country) if concept and type_family(m.type) == "N" else frozenset()
    keyed = Keyed(blocks, None, fuzzy, alias, by_country=by_country, home=home)
    if is_abbreviation(base):
        keyed.letters = to_latin(base.strip(), m.lang).lower()
    if not pkey and len(base.split()) >= 2 and m.type in NAMED_TYPES and m.lang:
        keyed.across = f"t|{names[0]}"
    if fuzzy is not None and m.type in NAMED_TYPES:
        sound = phonetic(base, m.lang)
        if len(sound.replace(" ", "")) >= MIN_FUZZY_CHARS:
            # one sound, spelled by each language's conventions: Dżarkand, Džárkand, Джарканд
            digits = " ".join(re.findall(r"\d+", base))  # the phonetic key drops them: Nord Stream 2 is not 1
            digits += f".{domain}" if domain else ""  # and a domain's dot
            keyed.sound = f"ph|{type_family(m.type)}:{sound}|{digits}"
            # an Arabic name's initial alef may be an "i" the romanisation reads "a" (انديا: India)
            keyed.more_sounds = [
                f"ph|{type_family(m.type)}:{k}|{digits}" for k in alef_readings(base, m.lang)
            ]
            bones = skeleton(sound)
            if len(bones) >= MIN_BONES and len(sound.split()) == 1:
                keyed.bones = f"sk|{type_family(m.type)}:{bones}|{digits}"
            elif len(bones) == MIN_BONES - 1 and len(sound.split()) == 1:
                # too few consonants to go by alone: with the vowels where they are, whatever
                # their class (Пунджаб / Пенджаб / Punjab: u, e, a heard for one vowel)
                keyed.bones = f"sv|{m.type}:{vowel_shape(sound)}|{digits}"
            # Cyrillic writes a German or English "ch" к or х, which the phonetic key reads č
            keyed.more_bones = [
                f"sk|{type_family(m.type)}:{other}|{digits}"
                for other in dict.fromkeys(
                    skeleton(k) for k in ch_readings(base, m.lang) if len(k.split()) == 1
                )
                if len(other) >= MIN_BONES and other != bones
            ]
    if m.type in ("ORG", "PRO"):
        surface = m.text.strip()
        if surface.isupper() and MIN_ACRONYM <= len(surface) <= 6 and surface.isalpha() and surface.isascii():
            keyed.abbreviation = surface
        else:
            keyed.acronyms = acronym_blocks(to_latin(base, m.lang))
    return keyed


def _transliterated_endonym(base: str, lang: str | None) -> str | None:
    """The country whose own name a place written in a non-Latin script transliterates."""
    if is_latin(base):
        return None
    return endonyms().get(fold_name(to_latin(base, lang)))


def _concept_block(etype: str, base: str, lang: str | None, country: str | None) -> str | None:
    """The block of a translated name's concept key (``names.concepts``): a named body or place
    of any type family, or a one-word party family typed as people (its members). A place's
    one word that the word list reads as an adjective ("Severna", northern) has none: an adjective
    left alone (its noun cut off, "(Northern) Norway") is no name of the concept's noun (the North)."""
    ck = concept_key(base, lang)
    if ck is None or (etype == "LOC" and lone_adjective(base, lang)):
        return None
    if etype == "PER":
        if not (ck.party and ck.generic and len(base.split()) == 1):
            return None
        etype = "ORG"
    key = ck.key(country)
    return f"k|{type_family(etype)}:{key}" if key else None


def _listed_countries(mentions: list[Mention], text: str | None) -> dict[int, str]:
    """The country of each generic body listed after one named by its country's adjective."""
    if text is None:
        return {}
    return listed_countries(mentions, text, lambda m: named_countries(m.base or m.text, m.lang))


def _outlet_like(m: Mention) -> bool:
    """A product, or a "place" no gazetteer knows: what a text may call a teller of the news."""
    return m.type == "PRO" or (m.type == "LOC" and not is_place(m.base or m.text))


def person_surnames(mentions: Iterable[Mention]) -> frozenset[str]:
    """The last words of the people a document names with two words or more: a lone "person" so
    written is one of them even where a country is spelt the same ("Kuba", Cuba in Czech)."""
    return frozenset(
        fold_name(words[-1])
        for m in mentions
        if m.type == "PER" and len(words := (m.base or m.text).split()) >= 2
    )


def mention_country(mentions: Iterable[Mention]) -> str | None:
    """The country a document's mentions name most often."""
    return document_country(m.base or m.text for m in mentions)


_OPEN_BRACKET = re.compile(r"[»”“\"']?\s*\(\s*$")


def bracketed_pairs(mentions: list[Mention], text: str) -> list[tuple[int, int]]:
    """(name, abbreviation) index pairs: "Name (ABBR)" or "ABBR (Name)", where the ABBR is an
    all-capital single word of the same type family (organisations and products)."""
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    pairs = []
    for a, b in zip(order, order[1:], strict=False):
        ma, mb = mentions[a], mentions[b]
        if ma.type not in ("ORG", "PRO") or mb.type not in ("ORG", "PRO"):
            continue
        if not _OPEN_BRACKET.match(text[ma.end : mb.start]) or not text[
            mb.end : mb.end + 2
        ].lstrip().startswith(")"):
            continue
        short = [i for i in (a, b) if _abbreviation(mentions[i].text)]
        if len(short) == 1:
            abbr, name = mentions[short[0]], mentions[b if short[0] == a else a]
            # an abbreviation in words says more than one word can: its letters must spell the
            # name ("(DG AGRI)" after "Komisji Europejskiej" is a part of it, not its name)
            if not (len(abbr.text.split()) == 1 or _spells(abbr, name)) or _owner_spelt(abbr, name):
                continue
            # the name ends a longer body's name, read as two ("<Unit> of …" "<Ministry of X>"
            # (ABBR)): an abbreviation its letters do not spell is the longer body's
            if name is ma and not _spells(abbr, name) and ends_longer_name(name, mentions, text):
                continue
            pairs.append((a, b))
    return pairs


MIN_UNIT_WORDS = 2


def _owner_spelt(abbr: Mention, name: Mention) -> bool:
    """Whether the abbreviation spells only the last words of the name before it, not the whole
    name: the body a unit belongs to ("the Centre for X of the National Institute of Y (NIY)"), which
    is another body than its unit."""
    letters = to_latin("".join(regex.findall(r"[\p{L}\p{N}]+", abbr.text)), abbr.lang)
    words = to_latin(name.text, name.lang).split()
    if len(words) < 3 or plain_fit(letters, " ".join(words)):
        return False
    # two words or more before it: a unit's own name ("Centre for X"), not a word said with the
    # owner's name ("Soros Open Society Foundation (OSF)")
    return any(plain_fit(letters, " ".join(words[k:])) for k in range(MIN_UNIT_WORDS, len(words) - 1))


MAX_ABBREVIATION_LETTERS = 8  # "FF UK", "ČT24": letters of an abbreviation written in words


def _abbreviation(text: str) -> bool:
    """All capitals in one word ("AZAL"), or in two or three short ones ("FF UK": a faculty and
    its university, as Czech and Slovak abbreviate them)."""
    words = text.split()
    if not text.isupper() or not words:
        return False
    return len(words) == 1 or (len(words) <= 3 and sum(map(len, words)) <= MAX_ABBREVIATION_LETTERS)


def _spells(abbr: Mention, name: Mention) -> bool:
    letters = "".join(regex.findall(r"[\p{L}\p{N}]+", abbr.text))
    return plain_fit(to_latin(letters, abbr.lang), to_latin(name.text, name.lang))


_BETWEEN_FORM_AND_NAME = re.compile(r"[\s«»\"„“”']*")


def legal_form_mentions(
    mentions: list[Mention], text: str | None, assigned: dict[int, str], resolve: Callable[[str], str]
) -> dict[int, str]:
    """A company's legal form said alone ("НАК", "the AG") stands for the one company its document
    names with that form ("НАК «Нафтогаз України»"), or for the name written right after it (a
    recogniser's "НАК" and "«Нафтогаз України»" as two mentions). Only that mention moves: the bare
    form is every such company's in other documents, so its entity never joins one of them."""
    forms = {
        i: company_forms(m.base or m.text, m.lang)
        for i, m in enumerate(mentions)
        if i in assigned and type_family(m.type) == "N"
    }
    order = sorted(forms, key=lambda i: mentions[i].start)
    out: dict[int, str] = {}
    for pos, i in enumerate(order):
        own, other = forms[i]
        if not own or other:
            continue
        found = {resolve(assigned[j]) for j in order if forms[j][1] and own & forms[j][0]}
        if text is not None and pos + 1 < len(order):
            j, m = order[pos + 1], mentions[i]
            if forms[j][1] and _BETWEEN_FORM_AND_NAME.fullmatch(text[m.end : mentions[j].start]):
                found.add(resolve(assigned[j]))
        if len(found) == 1:
            out[i] = found.pop()
    return out


def barrelled_with(bare: PersonRef, full: PersonRef) -> bool:
    """A bare surname that is the last half of a full name's double-barrelled surname ("Smythe"
    of "Ann Lowe-Smythe"): written alone, it names that person, whom ``same_surname`` (which
    reads the whole surname) does not find."""
    last = full.base.split()[-1] if full.base.split() else ""
    if "-" not in last.strip("-") or " " in bare.base.strip():
        return False
    half = person_name(last.rsplit("-", 1)[1], full.lang)
    return half is not None and same_surname(bare.name, half)


def _given_of(bare: PersonRef, full: PersonRef) -> bool:
    """A bare word that is a given name (``first_name``) and this full name's first given name
    too: the word may name anyone of that given name, and its likeness to the surname is no
    evidence ("Oskar" of an "Oskar Oskar" a source wrote for Oskar Ossler)."""
    return bare.name.first_name and any(r.given[:1] == (bare.name.surname,) for r in full.name.readings)


def _letters(name: str, lang: str | None) -> str:
    """A name's letters and digits in Latin letters, small (as an abbreviation's are compared)."""
    return _bare(to_latin(name, lang).lower())


def _bare(letters: str) -> str:
    return re.sub(r"[\W_]+", "", letters)


def _given_last(full: PersonRef) -> bool:
    """A full name whose last word is a known given name and whose first word is none, written in
    Latin letters in a text of a Cyrillic language: a romanised record (a passport's, a passenger
    list's) that writes the surname first, so the word read as its surname is its bearer's given
    name. (Written in its text's own letters, such a name is read as written: a surname that is a
    given name elsewhere, "Shahmir Sanni", keeps its bare uses.)"""
    words = full.base.split()
    return (
        full.lang in CYRILLIC_LANGS
        and is_latin(full.base)
        and len(words) >= 2
        and bool(given_name(words[-1]))
        and not given_name(words[0])
    )


def _given_alone(bare: PersonRef, full: PersonRef) -> bool:
    """A bare given name and a full name that may be written surname first (``_given_last``): the
    word names anyone of that given name, so it joins that full name only where its own document
    gives the full name (``add_document``'s nearest full name), never across documents."""
    return bare.name.first_name and _given_last(full)


# letters an abjad writes a word's first vowel with (alif, hamza's seats, ayn; Hebrew alef, ayin)
_VOWEL_CARRIERS = frozenset("اأإآٱءئؤعאע")


def _initial_vowel_unwritten(a: PersonRef, b: PersonRef) -> bool:
    """Of two names, one in an abjad and one in an alphabet, the abjad's surname begins with a
    consonant letter where the other's begins with a vowel: an abjad writes a first vowel with a
    letter of its own, so its consonants alone are another name ("Italiani" is no "تولون",
    however alike the skeletons)."""
    if a.name.abjad == b.name.abjad:
        return False
    abjad, alphabet = (a, b) if a.name.abjad else (b, a)
    first = (abjad.base.split() or [""])[-1][:1]
    return bool(first) and first not in _VOWEL_CARRIERS and alphabet.name.latin[:1] in "aeiou"


def _given_named(bare: PersonRef, people: list[tuple[PersonRef, str]]) -> set[str]:
    """The entities a bare given name could name only by their given name: a person known by a
    full name is not found by a bare given name on a surname's evidence alone, where one of his
    full names has that word for his given name."""
    return {eid for other, eid in people if other.first and _given_of(bare, other)}


def person_blocks(ref: PersonRef) -> list[str]:
    """The surname blocks of a person, and for a full name the block of its first given name
    (where "Marek K." finds "Marek Kováč")."""
    given = given_block(ref.name) if ref.first else None
    return ["p|" + b for b in person_blocks_of(ref.name)] + ([f"pg|{given}"] if given else [])


def type_family(etype: str) -> str:
    """The block family of a type: places and organisations share one (sources type one
    building, outlet or institution differently); every other type is its own."""
    return "N" if etype in PLACE_OR_BODY else etype


def _other_place(place: str | None, name: str) -> bool:
    """A spelling alike is no evidence against the gazetteer: two names it knows as two places
    (Viena and Vietnam differ by two letters) stay two, however close the letters."""
    if place is None:
        return False
    theirs = place_key(name)
    return theirs is not None and theirs != place


def _digits(name: str) -> list[str]:
    """The numbers of a name: two codes a digit apart (flights FR 1001 and FR 1002, Nord Stream 1
    and 2) are spelled alike but are two things, so a spelling match needs the same numbers."""
    return re.findall(r"\d+", name)


def _spelt_alike(a: str, b: str, lang: str) -> bool:
    """Two names of one language as alike as the spelling matches of ``EntityIndex`` ask: one
    sound, the same consonants with most letters in place, or letters alike throughout."""
    if fold_name(a) in fold_name(b).split():
        return True  # a word of the name said alone ("Brytania" of "Wielka Brytania")
    ka, kb = (_name_keys(a, lang) or [""])[0], (_name_keys(b, lang) or [""])[0]
    sa, sb = phonetic(a, lang), phonetic(b, lang)
    return (
        sa == sb
        or (
            bool(_skeletons(a, sa, lang) & _skeletons(b, sb, lang))
            and Levenshtein.normalized_similarity(ka, kb) >= BONES_SIMILARITY
        )
        or JaroWinkler.similarity(ka, kb) >= NAME_SIMILARITY
    )


def _skeletons(name: str, sound: str, lang: str) -> set[str]:
    """A name's consonants, with each reading of a "ch" (х, к or č: Шейхупура, Шейкупура)."""
    return {skeleton(sound), *(skeleton(k) for k in ch_readings(name, lang))}


def fuzzy_block(etype: str, name: str) -> str:
    return f"f|{type_family(etype)}:{name[:3]}"


FIRST_CONSONANTS = 3
BODY_DOCS = 2  # documents that type an entity a body (and none a place) for it to be one


def fuzzy_blocks(etype: str, name: str) -> list[str]:
    """Where a name's spelling variants are looked up: under its first letters, and under its
    first consonants in any order, so that a vowel put in ("Супутник" / "Sputnik") or two
    letters swapped near the start ("Натфогаз") still meets the name."""
    consonants = [c for c in name if c.isalpha() and c not in _VOWEL_LETTERS][:FIRST_CONSONANTS]
    out = [fuzzy_block(etype, name)]
    if len(consonants) == FIRST_CONSONANTS:
        out.append(f"fc|{type_family(etype)}:{''.join(sorted(consonants))}")
    return out


class EntityIndex:
    """Mentions in, entity ids out. ``loader(blocks)`` returns stored rows for blocks not yet
    in memory (``(block, member, entity_id)``) and ``records(ids)`` the stored records."""

    def __init__(
        self,
        aliases: Callable[[str, str, str], str | None] | None = None,
        loader: Callable[[Iterable[str]], Iterable[tuple[str, str, str]]] | None = None,
        records: Callable[[Iterable[str]], dict[str, EntityRecord]] | None = None,
        next_seq: int = 0,
    ) -> None:
        self.aliases = aliases or (lambda _t, _n, _l: None)
        self._loader = loader
        self._load_records = records
        self.blocks: dict[str, dict[str, str]] = {}  # block → member → entity id
        self.records: dict[str, EntityRecord] = {}
        self.next_seq = next_seq
        self.dirty_blocks: set[tuple[str, str]] = set()
        self.dirty_records: set[str] = set()
        self.merged: dict[str, str] = {}  # old id → surviving id, this session
        # the names (and languages) the document being added has given each entity so far: its
        # record counts them only once the whole document is linked
        self._doc_letters: dict[str, set[tuple[str, str]]] = {}
        self._doc_country: str | None = None  # the country the document being added names most

    @classmethod
    def restore(
        cls,
        aliases: Callable[[str, str, str], str | None] | None,
        blocks: Callable[[Iterable[str]], Iterable[tuple[str, str, str]]],
        records: Callable[[Iterable[str]], dict[str, dict[str, Any]]],
        next_seq: int,
    ) -> EntityIndex:
        """An index over kept state: ``blocks(keys)`` gives (block, member, entity id) rows and
        ``records(ids)`` the records as dicts (``EntityRecord.to_json``), both fetched when needed."""

        def load_records(ids: Iterable[str]) -> dict[str, EntityRecord]:
            return {eid: EntityRecord.from_json(eid, data) for eid, data in records(ids).items()}

        return cls(aliases=aliases, loader=blocks, records=load_records, next_seq=next_seq)

    def snapshot(self) -> dict[str, Any]:
        """What changed since the index was restored or last snapshot, as plain data, then forgets
        the changes: ``blocks`` (block, member, entity id) rows, ``records`` id → dict, ``merged``
        old id → surviving id, ``next_seq``."""
        out = {
            "blocks": [(b, m, self.blocks[b][m]) for b, m in sorted(self.dirty_blocks)],
            "records": {eid: self.records[eid].to_json() for eid in sorted(self.dirty_records)},
            "merged": {gone: self.resolve(keep) for gone, keep in self.merged.items()},
            "next_seq": self.next_seq,
        }
        self.dirty_blocks.clear()
        self.dirty_records.clear()
        self.merged.clear()
        return out

    # ------------------------------------------------------------ state

    def _block(self, block: str) -> dict[str, str]:
        if block not in self.blocks:
            rows = self._loader([block]) if self._loader else ()
            self.blocks[block] = {member: eid for _b, member, eid in rows}
        return self.blocks[block]

    def preload(self, blocks: Iterable[str]) -> None:
        """Fetch many blocks in one go (the store answers one query instead of one per block)."""
        missing = sorted({b for b in blocks if b not in self.blocks})
        if not missing or not self._loader:
            return
        for b in missing:
            self.blocks[b] = {}
        for block, member, eid in self._loader(missing):
            self.blocks[block][member] = eid

    def record(self, eid: str) -> EntityRecord:
        eid = self.resolve(eid)
        return self.records[eid]

    def resolve(self, eid: str) -> str:
        seen = []
        while True:
            if eid not in self.records and self._load_records:
                self.records.update(self._load_records([eid]))
            rec = self.records.get(eid)
            if rec is None or rec.merged_into is None:
                break
            seen.append(eid)
            eid = rec.merged_into
        for old in seen[:-1]:  # path compression, kept in memory only
            self.records[old].merged_into = eid
        return eid

    def _put(self, block: str, member: str, eid: str) -> None:
        table = self._block(block)
        if table.get(member) != eid:
            table[member] = eid
            self.dirty_blocks.add((block, member))

    def _open(self, first: MentionKey, alias: str | None) -> str:
        eid = stable_id("e-", first[0], first[1])
        self.records[eid] = EntityRecord(eid, self.next_seq, alias=alias)
        self.next_seq += 1
        self.dirty_records.add(eid)
        return eid

    def merge(self, a: str, b: str) -> str:
        """One entity from two; the older survives."""
        a, b = self.resolve(a), self.resolve(b)
        if a == b:
            return a
        keep, gone = (a, b) if self.records[a].seq <= self.records[b].seq else (b, a)
        k, g = self.records[keep], self.records[gone]
        k.types.update(g.types)
        for lang, names in g.names.items():
            k.names.setdefault(lang, Counter()).update(names)
        k.docs += g.docs
        k.mentions += g.mentions
        k.outlet += g.outlet
        k.told += g.told
        k.programme += g.programme
        for lang, codes in g.homes.items():
            k.homes.setdefault(lang, Counter()).update(codes)
        k.alias = k.alias or g.alias
        g.merged_into = keep
        self.merged[gone] = keep
        for old, new in list(self.merged.items()):
            if new == gone:
                self.merged[old] = keep
        self.dirty_records.update((keep, gone))
        return keep

    # ------------------------------------------------------------ adding documents

    def blocks_for(self, mentions: list[Mention], text: str | None = None) -> set[str]:
        """Every block the mentions of a document may touch (for ``preload``)."""
        out: set[str] = set()
        country = mention_country(mentions)
        listed = _listed_countries(mentions, text)
        surnames = person_surnames(mentions)
        rivers = rivers_by_text(mentions, text)
        for i, m in enumerate(mentions):
            keyed = key_mention(
                Mention(m.start, m.end, m.text, m.type, m.base, m.lang),
                self.aliases,
                listed.get(i, country),
                surnames,
                rivers.get(i),
            )
            if keyed is None:
                continue
            out.update(keyed.blocks)
            if keyed.abbreviation:
                out.update(("c|" + keyed.abbreviation[:2], "sc|" + keyed.abbreviation[:2]))
            out.update(keyed.acronyms)
            out.update("s" + b for b in keyed.acronyms)
            if keyed.fuzzy:
                out.update(fuzzy_blocks(m.type, keyed.fuzzy))
            if keyed.sound:
                out.add(keyed.sound)
            out.update(keyed.more_sounds)
            if keyed.bones:
                out.add(keyed.bones)
            out.update(keyed.more_bones)
            if keyed.across:
                out.add(keyed.across)
            if keyed.person:
                out.update(person_blocks(keyed.person))
                if (pkey := place_key(keyed.person.base)) is not None:
                    out.add("g|" + pkey)
        return out

    def add_document(self, doc_id: str, mentions: list[Mention], text: str | None = None) -> dict[int, str]:
        """Entity id for each mention index of one document (mentions without a usable key get
        none). Adds the document's names to the index. With the document's ``text``, a name
        followed by its abbreviation in brackets ("Азербайджанские авиалинии (AZAL)") is one
        entity with it, and each name's type is decided by the whole text (``entity_types``)."""
        assigned: dict[int, str] = {}
        self._doc_letters = {}
        if text is not None:
            decide_types(mentions, text)
        country = mention_country(mentions)
        self._doc_country = country
        listed = _listed_countries(mentions, text)
        surnames = person_surnames(mentions)
        rivers = rivers_by_text(mentions, text)
        keyed = {
            i: k
            for i, m in enumerate(mentions)
            if (k := key_mention(m, self.aliases, listed.get(i, country), surnames, rivers.get(i)))
            is not None
        }
        persons = {i: k.person for i, k in keyed.items() if k.person is not None}
        here = written_here(mentions)
        # abbreviations the text calls a news outlet ("X reported"): see ``outlet_letters``
        told = {
            i
            for i, k in keyed.items()
            if k.letters and text is not None and outlet_context(text, mentions[i])
        }
        # names the text calls a teller of the news ("scrive X"): a product so named, or a
        # "place" no gazetteer knows, is an outlet (counted on its entity below)
        # a product the text names as a channel's programme ("„X” по <CHANNEL>", "X on <CHANNEL>")
        programmes = {
            i
            for i, m in enumerate(mentions)
            if text is not None and m.type == "PRO" and on_a_channel(text, m)
        }
        outlets = {
            i
            for i, m in enumerate(mentions)
            if text is not None
            and i not in programmes
            and (_outlet_like(m) or m.type == "ORG")
            and outlet_context(text, m)
        }
        for i, k in keyed.items():
            if k.blocks:
                assigned[i] = self._add_named(doc_id, i, mentions[i], k, here, i in told, i in outlets)
        full = [i for i, p in persons.items() if p.first]
        # the son named with his generational word, then without it: still him in this document
        carried = generation_carried(mentions, persons, text)
        for i in full:
            if i in carried:
                continue
            assigned[i] = self._add_full_name(doc_id, i, persons[i])
            self._name(assigned[i], keyed[i].alias)
        for i in full:
            if i in carried:  # not put in the index: in other documents the name is the father's
                assigned[i] = self.resolve(assigned[carried[i]])
        for i in sorted(i for i, p in persons.items() if not p.first):
            if (family := family_of(mentions[i], [persons[j].base for j in full])) is not None:
                # "the Horáks": a family, its own entity, not its man of the document
                mentions[i].base = family[1]
                assigned[i] = self._add_family(doc_id, i, family[0], mentions[i].lang)
                continue
            if i in carried:
                assigned[i] = self.resolve(assigned[carried[i]])
                continue
            before = [j for j in full if mentions[j].start < mentions[i].start]
            # the nearest full name before it with this surname, or with it as its first name ("Asia"
            # after "Asia Bibi"): a word that is one person's surname and another's given name names
            # the one the text spoke of last
            earlier = [
                j
                for j in before
                if (
                    same_surname(persons[j].name, persons[i].name)
                    or _first_given(persons[j]) == match_key(persons[i].base, persons[i].lang)
                    or barrelled_with(persons[i], persons[j])
                )
                and not not_hers(mentions[i], persons[j].base)  # "Novakom" is no "Jelena Novak"
            ]
            if not earlier:
                # the document names its bearer later, with both halves of a double-barrelled
                # surname: the bare half is that person, not another document's bearer of it
                later = [j for j in full if j not in before and barrelled_with(persons[i], persons[j])]
                earlier = later[:1]
            if not earlier and keyed[i].alias is None:
                # a headline's "Novak:" before the body's "Petra Novak", where nobody else bears it
                earlier = [j] if (j := headline_bearer(i, mentions, persons, text)) is not None else []
            if earlier:
                j = max(earlier, key=lambda j: mentions[j].start)
                assigned[i] = self.resolve(assigned[j])
                if (surname := written_surname(mentions[i], persons[j].base, mentions[j].text)) is not None:
                    mentions[i].base = surname
            elif (place := self._known_place(persons[i])) is not None:
                assigned[i] = place
            else:
                assigned[i] = self._add_bare_surname(doc_id, i, persons[i], mentions[i], keyed[i].alias)
                self._name(assigned[i], keyed[i].alias)
        if text is not None:
            for a, b in bracketed_pairs(mentions, text):
                if a not in assigned or b not in assigned:
                    continue
                abbr, name = (a, b) if _abbreviation(mentions[a].text) else (b, a)
                if nearly_spells(
                    _letters(mentions[abbr].text, mentions[abbr].lang),
                    to_latin(mentions[name].text, mentions[name].lang),
                ):
                    # a name the abbreviation spells but for a letter or a word: this document's
                    # slip for the abbreviation's body; elsewhere the name is another's
                    assigned[name] = self.resolve(assigned[abbr])
                    continue
                self.merge(assigned[a], assigned[b])
            for a, b in glossed_pairs(mentions, text, type_family):
                if a in assigned and b in assigned:  # the writer's own transliteration: one name
                    self.merge(assigned[a], assigned[b])
        self._join_short_forms(mentions, keyed, assigned)
        for i, company in legal_form_mentions(mentions, text, assigned, self.resolve).items():
            assigned[i] = company
        assigned = {i: self.resolve(e) for i, e in assigned.items()}
        self._count(assigned, mentions)
        for i in told & assigned.keys():
            self.records[assigned[i]].told += 1
        for i in outlets & assigned.keys():
            # link/entities decides with the entity's other names whether it is shown as one
            self.records[assigned[i]].outlet += 1
        for i in programmes & assigned.keys():
            self.records[assigned[i]].programme += 1
        return assigned

    def _join_short_forms(
        self, mentions: list[Mention], keyed: dict[int, Keyed], assigned: dict[int, str]
    ) -> None:
        """A short form and the one full name of its document that it stands for are one thing
        (``short_forms``): its entity joins; a bare name beside its one lettered variant
        (``letter_variants``): its mention."""
        items = []
        for i, k in keyed.items():
            m = mentions[i]
            if i not in assigned:
                continue
            if m.type == "PER":  # a party's members, keyed as a person where the country is unknown
                item = named(i, m, "N", short_ok=True, member=True)
                if item is not None and all(t in roles().parties for t in item.tokens):
                    items.append(item)
                continue
            if k.person is None:
                place = any(b.startswith("g|") for b in k.blocks)
                if (item := named(i, m, type_family(m.type), short_ok=not place)) is not None:
                    items.append(item)
        entity_of = {i: self.resolve(e) for i, e in assigned.items()}
        for short, full in short_forms(items, entity_of):
            self.merge(assigned[short], assigned[full])
        entity_of = {i: self.resolve(e) for i, e in assigned.items()}
        for bare, variant in letter_variants(items, entity_of):
            assigned[bare] = entity_of[variant]

    def _add_named(
        self,
        doc_id: str,
        i: int,
        m: Mention,
        k: Keyed,
        here: frozenset[str] = frozenset(),
        told: bool = False,
        outlet: bool = False,
    ) -> str:
        """The entity of a name (``here``: the document's names, as ``written_here`` gives them;
        ``told``: its text calls the abbreviation a news outlet; ``outlet``: it calls the name one)."""
        if k.alias and (holder := self._block(f"a|{k.alias}").get("")) is not None:
            held = self.records[self.resolve(holder)].names
            if other_party(m.base or m.text, m.lang, held) or another_of_its_kind(
                m.base or m.text, m.lang, held
            ):
                # the table filed a party family's word under another party, or "South <X>" under
                # the id of the "North <X>" its entity goes by: the words win
                k = replace(k, alias=None, blocks=[b for b in k.blocks if b != f"a|{k.alias}"])
        ignored = self._overruled_alias(k)
        place = next((b[2:] for b in k.blocks if b.startswith("g|")), None)
        word = None if k.letters else _letters(m.base or m.text, m.lang)
        size = len(_bare(m.base or m.text))  # an abbreviation's letters in its own script
        found = [
            eid
            for b in k.blocks
            if b not in ignored
            and (eid := self._holder(b, k.letters, word, size)) is not None
            # a name key is letters: a city and a name its script writes otherwise are two places
            and not (
                b.startswith("x|")
                and other_place(place, m.base or m.text, self.records[self.resolve(eid)].names)
            )
            # one key of letters, two ids of the name table: Latin "Focus" of a foreign magazine
            # and Cyrillic "Фокус" of an agency read alike, but the table learned them apart
            and not (b.startswith("x|") and self._other_alias_of(eid, k.alias))
        ]
        long_name = to_latin(m.base or m.text, m.lang)
        spelt = spelt_out_here(k.abbreviation, here) if k.abbreviation else []
        if spelt:  # the document reads the abbreviation: a body of other words is another one
            found = [
                e for e in found if not read_otherwise(k.abbreviation or "", self._latin_names(e), spelt)
            ]
        if not found and k.abbreviation and concept_key(k.abbreviation, None) is None:
            block = self._block("c|" + k.abbreviation[:2])
            # only an unambiguous abbreviation joins a long name, and only a plain one alone
            # a body its language abbreviates otherwise still counts against ambiguity
            found = sole_fit(
                (
                    self.resolve(e),
                    (plain_fit(k.abbreviation, name) or name in here)
                    and not abbreviated_otherwise(k.abbreviation, self._names_in(e, m.lang), m.lang)
                    and not read_otherwise(k.abbreviation, [name], spelt),
                )
                for name, e in block.items()
                if whole_words(k.abbreviation, name, abbreviates)
                # a long name that names a country ("<X> Radio Slovenia") is not what an
                # abbreviation of its letters means in a text about another country
                and not _country_elsewhere(name, self._doc_country)
                # nor a phrase of another script whose initials it spells by chance
                and not (name not in here and self._initials_across(k.abbreviation, e))
                # its language would have kept the marks of the long name's initials
                and not any(marks_lost(k.abbreviation, n, m.lang) for n in self._names_in(e, m.lang))
            )
        if not found and k.acronyms:  # an abbreviation seen before its long name
            found = sole_fit(
                (
                    self.resolve(e),
                    (
                        abbr in here
                        or (
                            plain_fit(abbr, long_name)
                            and not syllables_only(abbr, long_name, self._latin_names(e))
                            and not initials_across(abbr, m.base or m.text, m.lang)
                        )
                    )
                    and not expanded_otherwise(abbr, long_name, self._names_in(e, m.lang), m.lang),
                )
                for b in k.acronyms
                for abbr, e in self._block("s" + b).items()
                # a body's abbreviation the concept lexicons read as words ("MSZ": a foreign
                # ministry) stands for that body, not for any name of its initials
                if whole_words(abbr, long_name, abbreviates)
                and concept_key(abbr, None) is None
                and not self._holds_another_body(e, abbr, m)
                # written plain in the long name's language, which keeps its initials' marks
                and not (abbr in self._names_in(e, m.lang) and marks_lost(abbr, m.base or m.text, m.lang))
            )
        by_name = bool(found)  # by a name, an abbreviation or its expansion; else by spelling
        if not found and k.fuzzy:
            near = {n: e for b in fuzzy_blocks(m.type, k.fuzzy) for n, e in self._block(b).items()}
            for name, other in near.items():
                if (
                    len(name.split()) == len(k.fuzzy.split())
                    and not _other_place(place, name)
                    and _digits(name) == _digits(k.fuzzy)
                    and _same_domain(name, k.fuzzy)
                    and JaroWinkler.similarity(name, k.fuzzy) >= NAME_SIMILARITY
                    and similar_words(name, k.fuzzy)
                    and not longer_word(name, k.fuzzy, m.lang)
                    # and the other way: a one-word name found inside a longer word of the same
                    # start is another name too, whichever of the two came first
                    and not longer_word(k.fuzzy, name, m.lang)
                    and not last_consonant(name, k.fuzzy)
                ):
                    found.append(other)
        if not found and k.sound:
            found = [e for s in (k.sound, *k.more_sounds) if (e := self._block(s).get("")) is not None][:1]
        bones = [b for b in (k.bones, *k.more_bones) if b]
        if not found and bones:
            found = [
                other
                for block in bones
                for name, other in self._block(block).items()
                if name
                and Levenshtein.normalized_similarity(name, k.fuzzy or "") >= BONES_SIMILARITY
                and _digits(name) == _digits(k.fuzzy or "")
                and not _other_place(place, name)
            ][:1]
        if found and not by_name and k.alias is None and m.lang:
            found = [e for e in found if not self._written_otherwise(e, m.base or m.text, m.lang)]
        if found and not by_name and k.alias is not None:
            found = [e for e in found if not self._learned_otherwise(e, k.alias)]
        if found and not by_name:
            found = self._spelling_only(found, m, place)
        if place is not None and place.startswith("city:") and fold_name(m.base or m.text) in countries():
            # a city written with its own marks folds to a country's name (a capital named after
            # its country, marked otherwise), so the country's spelling blocks find it: the city
            # is still not the country. (Only then: the gazetteer reads some of a country's old
            # names as a town's.)
            found = [e for e in found if not self._is_country(e)]
        if m.type == "PRO":  # a work titled by an everyday word: other languages' are other works
            found = [
                e
                for e in found
                if (k.alias and self.records[self.resolve(e)].alias == k.alias)
                or not other_common_title(m.base or m.text, m.lang, self.records[self.resolve(e)].names)
            ]
        if m.type in ("PRO", "LOC") and place is None:
            # a word of its language is not another language's cognate word that a loose reading
            # of their letters found (Bulgarian "Симфония", a radio; Polish "Symfonia", a programme)
            found = [
                e
                for e in found
                # (the name table's learned translation, dearer to tell, asked only of a cognate)
                if not (
                    cognate_words(
                        m.base or m.text,
                        m.lang,
                        self.records[self.resolve(e)].names,
                        self._read_as(e, m, outlet),
                    )
                    and not self._learned_apart(e, k.alias, m.base or m.text, m.lang)
                )
            ]
        if place is None and country_feature(m.base or m.text, m.lang):
            # "the British Isles", "the Irish island": a country's feature is no country, whatever
            # concept key or alias a bare feature word of one country's press gave the country
            found = [e for e in found if not self._is_country(e)]
        named = named_countries(m.base or m.text, m.lang)
        if named:
            # a body its words give a country ("the British central bank") is never one of
            # supranational scope (the European Central Bank) that a generic name led it to
            found = [e for e in found if not scoped_names(self.records[self.resolve(e)].names)]
        own = named or k.by_country
        if own:
            # "the Slovak government" and "slovenska vlada" (Slovene: Slovenia's) share a spelling
            # or a learned alias, but a body named by one country's adjective is never another's
            found = [e for e in found if not self._countries(e) - own]
        if k.home:
            # a generic body of one language's country is not another's, however its concept
            # key, a learned alias or a spelling found it ("Ministerstwo Zdrowia" of a Polish
            # text, "Ministrstvo za zdravje" of a Slovene one); within one language the
            # document's own country decides, as before
            found = [e for e in found if not self._home_apart(e, k.home, m.lang or "")]
        if named and k.home == named:
            # a body its own words give a country ("britansko ministrstvo …", the British one)
            # is that country's in its own language too: not the body most of that language's
            # mentions stand for another country's (its own country's bare "ministry of …")
            found = [e for e in found if not self._home_elsewhere(e, named, m.lang or "")]
        if (
            m.type in BODY_OR_WORK
            and k.letters
            and k.alias is None
            and not any(b.startswith(("src|", "k|")) for b in k.blocks)
        ):
            # an outlet's letters in another script: only the source list or the name table joins
            # them (``outlet_letters``); both would have given the mention a key of its own, as a
            # concept key does a body of its words ("МИД")
            found = [
                e
                for e in found
                if not outlet_apart(
                    m.base or m.text,
                    m.lang,
                    told,
                    self.records[self.resolve(e)].told,
                    self.records[self.resolve(e)].names,
                )
            ]
        if m.type in BODY_OR_WORK:  # a title is not its publisher (``publishers``)
            found = [
                e
                for e in found
                if not publisher_apart(
                    m.base or m.text,
                    m.lang,
                    outlet,
                    self.records[self.resolve(e)].names,
                    self.records[self.resolve(e)].outlet,
                )
            ]
        if (domain := _domain(m.base or m.text)) is not None:
            # a bare "Gazeta" may stand for either, but Gazeta.ua never joins Gazeta.ru's entity
            found = [e for e in found if self._domains(e) <= {domain}]
        eid = None
        for other in found:
            if eid is not None and _other_countries(self._countries(eid), self._countries(other)):
                continue  # the Senate of one country and another's, both found by the bare "Senat"
            if eid is not None and self._other_alias(eid, other):
                # a bare "Focus" found both a news agency and a publisher the annotators filed
                # under two ids: the mention joins the first, the two stay two
                continue
            if eid is not None and self._feature_apart(eid, other):
                continue  # a bare "Island" found both the country and the country's islands
            eid = self.resolve(other) if eid is None else self.merge(eid, other)
        if eid is None:
            eid = self._open((doc_id, i), k.alias)
        elif k.alias and not self.records[eid].alias:
            self.records[eid].alias = k.alias
        if k.home:
            self.records[eid].homes.setdefault(m.lang or "", Counter()).update(k.home)
            self.dirty_records.add(eid)
        for b in k.blocks:
            if b not in ignored:
                self._put(b, k.letters if k.letters and b.startswith("x|") else "", eid)
        for b in k.acronyms:
            self._put(b, long_name, eid)
        if k.abbreviation:
            self._put("sc|" + k.abbreviation[:2], k.abbreviation, eid)
        if k.fuzzy:
            for block in fuzzy_blocks(m.type, k.fuzzy):
                self._put(block, k.fuzzy, eid)
        for sound in (k.sound, *k.more_sounds) if k.sound else ():
            if "" not in self._block(sound):
                self._put(sound, "", eid)
        if k.fuzzy:
            for block in bones:
                self._put(block, k.fuzzy, eid)
        if k.across:
            eid = self._join_across_types(k.across, type_family(m.type), m.lang or "", eid)
        self._doc_letters.setdefault(eid, set()).add((m.base or m.text, m.lang or ""))
        return eid

    def _holds_another_body(self, eid: str, abbr: str, m: Mention) -> bool:
        """Whether the entity of an abbreviation already holds a long name that the abbreviation
        abbreviates and that names another kind of body than the mention's long name (their
        concept words differ): Slovene "SES", "Stranka evropskih socialistov", is no "State
        Emergency Service", whose initials it also is."""
        mine = concept_key(m.base or m.text, m.lang)
        if mine is None:
            return False
        own = {t for t in mine.tokens if not t.startswith("@")}
        for lang, counted in self.records[self.resolve(eid)].names.items():
            for name in counted:
                theirs = concept_key(name, lang) if name != abbr else None
                if theirs is None or not plain_fit(abbr, to_latin(name, lang)):
                    continue
                other = {t for t in theirs.tokens if not t.startswith("@")}
                if not (own <= other or other <= own):
                    return True
        return False

    def _written_otherwise(self, eid: str, base: str, lang: str) -> bool:
        """Whether the name table knows how ``lang`` writes the entity (names of it in that language
        are learned aliases) and ``base``, found only by its spelling or sound, is alike to none of
        them: it is then another thing that language names (Slovene writes Wales "Wales"; its
        "Valonija", alike to Polish "Walia", is Wallonia; Bulgarian "Червено море" is not "Черно
        море"), not the language's own name misspelt or spelt with other vowels."""
        rec = self.records[self.resolve(eid)]
        written = script(base)  # a Russian text's Latin "Ryanair" tells nothing of its Cyrillic spelling
        known = [
            name
            for name in rec.names.get(lang, ())
            if not is_abbreviation(name)  # nor "ČSA" of how the full name is spelt
            and script(name) == written
            and any(self.aliases(etype, name, lang) is not None for etype in rec.types)
        ]
        return bool(known) and not any(_spelt_alike(base, name, lang) for name in known)

    def _read_as(self, eid: str, m: Mention, outlet: bool) -> str:
        """The type a name is compared as with an entity's words (``cognate_words``): an outlet's
        name (either side's texts call it one) is a title, whose letters a loose reading of a
        common word's does not join ("scrive <Word>", a newspaper, and another language's word)."""
        return "PRO" if outlet or self.records[self.resolve(eid)].outlet else m.type

    def _learned_apart(self, eid: str, alias: str | None, base: str, lang: str | None) -> bool:
        """Whether the name table files the mention and the entity under one id by keys of their
        own: a translation it learned ("Vzhod", "Východ"), not one key two words fold into."""
        rec = self.records[self.resolve(eid)]
        mine = (script(base), match_key(base, lang))
        return (
            alias is not None
            and rec.alias == alias
            and all(
                (script(n), match_key(n, other)) != mine
                for other, counted in rec.names.items()
                for n in counted
            )
        )

    def _learned_otherwise(self, eid: str, alias: str) -> bool:
        """Whether the name table files the entity, found only by a mention's spelling or sound,
        under another id than the mention's own learned ``alias``: the table then knows them as
        two things (a sea or a region and a city a letter or two apart), however alike
        their letters. A gazetteer's place drops its learned alias (``key_mention``), so its
        names are looked up again here."""
        rec = self.records[self.resolve(eid)]
        if rec.alias is not None:
            return rec.alias != alias
        return any(
            (theirs := self.aliases(etype, name, lang)) is not None and theirs != alias
            for lang, counted in rec.names.items()
            for name in counted
            for etype in rec.types
        )

    def _spelling_only(self, found: list[str], m: Mention, place: str | None) -> list[str]:
        """Of the entities a mention found by spelling alone, those the gazetteer, the types and
        the region names do not keep apart (``spelling_guards``)."""
        found = [self.resolve(e) for e in found]
        if place is not None:
            found = [e for e in found if not elsewhere(place, self.records[e].names)]
            # a place the gazetteer knows is not a body or a work named a letter or two otherwise
            # (a town and a party named "the Left") that documents name as such: one document's
            # type alone may be its recogniser's slip (a town's Czech name typed ORG)
            found = [e for e in found if not self._named_body(e)]
        if m.type in PLACE_OR_BODY and home_place(m.base or m.text, m.lang or ""):
            # a town or municipality its own country's press writes so (Slovene "<X>je") is not a
            # place the gazetteer knows by another name a letter or two away (a foreign city, or
            # the country whose capital it is): the gazetteer would have found that one by name
            found = [e for e in found if not self._gazetteer_place(e, place)]
        if m.type in BODY_OR_WORK and (own := place_key(m.base or m.text, m.lang)) is not None:
            # a name its whole text types a body or a work whose own letters spell another place
            # the gazetteer knows (an outlet called "the island" in Arabic, a city's name there)
            # is not the place a gazetteer knows by a name a letter or two away (the country
            # whose name begins alike): the gazetteer keys a place's names, and this one is
            # another. (A country's or a city's name typed a body for its government, "Brussels
            # decided", spells the place itself and still joins it.)
            found = [e for e in found if not self._gazetteer_locality(e, own)]
        if place is None:
            found = [e for e in found if not self._gazetteer_writes_otherwise(e, m.base or m.text)]
        found = [e for e in found if not town_region(m.base or m.text, m.lang, self.records[e].names)]
        # a common word's plural with its article ("the Lefts") and a town spelt alike: two things
        if articled_plural(m.base or m.text, m.lang):
            found = []
        found = [e for e in found if not articled_plurals_only(self.records[e].names)]
        found = [e for e in found if not adjective_apart(m.base or m.text, m.lang, self.records[e].names)]
        if m.kind != "adjective" and demonym_country(m.base or m.text, m.lang) is None:
            # a country's adjective in small letters is a mention of the country, by design
            found = [e for e in found if not other_case(m.base or m.text, m.lang, self.records[e].names)]
        # a body and a place whose names share no script: a sound alike joins no company to a place
        found = [
            e
            for e in found
            if not kind_across_scripts(m.type, m.base or m.text, self.records[e].names, self.records[e].types)
        ]
        return typed_as(m.type, found, {e: self.records[e].types for e in found})

    def _other_alias_of(self, eid: str, alias: str | None) -> bool:
        """Whether an entity carries a learned alias that names another thing than a mention's own
        ``alias``: another name, not the same name under another type (the annotators file the
        Kremlin as a place and as a body, "LOC-Kremlin" and "ORG-Kremlin": one name, one entity)."""
        theirs = self.records[self.resolve(eid)].alias
        return bool(alias and theirs) and alias_display(alias) != alias_display(theirs)  # type: ignore[arg-type]

    def _other_alias(self, a: str, b: str) -> bool:
        """Whether two entities carry two learned aliases (two ids of the annotators)."""
        x, y = self.records[self.resolve(a)].alias, self.records[self.resolve(b)].alias
        return bool(x and y and x != y)

    def _named_body(self, eid: str) -> bool:
        """An entity no source typed a place and at least ``BODY_DOCS`` documents name."""
        rec = self.records[self.resolve(eid)]
        return bool(rec.types) and not rec.types["LOC"] and rec.docs >= BODY_DOCS

    def _gazetteer_writes_otherwise(self, eid: str, name: str) -> bool:
        """Whether an entity is a city the gazetteer knows, named so far only in other scripts
        than ``name``'s, whose names in ``name``'s script the gazetteer lists, none of them
        ``name``: the gazetteer would have found the city by that name, so a name its key did
        not find, only a loose spelling in another script, is another place (a river or a region
        a letter or two from an Indian city's transliteration)."""
        own = script(name)
        rec = self.records[self.resolve(eid)]
        names = [(n, lang) for lang, counted in rec.names.items() for n in counted]
        if not own or any(script(n) == own for n, _ in names):
            return False
        ids = {int(k[5:]) for n, lang in names if (k := place_key(n, lang)) and k.startswith("city:")}
        table = city_names()
        listed = [n for geoid in ids for n in table.get(geoid, ()) if script(n) == own]
        # a listed name with another ending is the city in a case form its lemmatiser left
        return bool(listed) and not any(_stem_of(fold_name(name), n) for n in listed)

    def _gazetteer_place(self, eid: str, own: str | None) -> bool:
        """Whether one of the entity's names is a country or city the gazetteer knows, other than
        the mention's own gazetteer place ``own``."""
        rec = self.records[self.resolve(eid)]
        keys = {place_key(name, lang) for lang, counted in rec.names.items() for name in counted}
        return bool(keys - {None, own})

    def _gazetteer_locality(self, eid: str, own: str | None) -> bool:
        """An entity most of whose mentions are typed a place and one of whose names is a
        country or city the gazetteer knows, other than ``own``."""
        rec = self.records[self.resolve(eid)]
        places = rec.types["LOC"]
        return places > sum(rec.types.values()) - places and self._gazetteer_place(eid, own)

    def _initials_across(self, abbr: str, eid: str) -> bool:
        """Whether every base form of an entity that a Latin abbreviation's letters fit is a name
        of another script whose initials alone it spells (``initials_across``)."""
        rec = self.records[self.resolve(eid)]
        fitting = [
            (name, lang)
            for lang, counted in rec.names.items()
            for name in counted
            if name != abbr and whole_words(abbr, to_latin(name, lang), abbreviates)
        ]
        return bool(fitting) and all(initials_across(abbr, name, lang) for name, lang in fitting)

    def _latin_names(self, eid: str) -> list[str]:
        """An entity's base forms in every language, in Latin letters."""
        rec = self.records[self.resolve(eid)]
        return [to_latin(name, lang) for lang, counted in rec.names.items() for name in counted]

    def _names_in(self, eid: str, lang: str | None) -> list[str]:
        """An entity's base forms in one language."""
        return list(self.records[self.resolve(eid)].names.get(lang or "und", ()))

    def _home_apart(self, eid: str, home: frozenset[str], lang: str) -> bool:
        """Whether an entity's bodies named in other languages than ``lang`` stand for another
        country than ``home``: in each language, the country most of its mentions stand for (a
        document's country is a guess; one text about another country does not make a Polish
        ministry that country's)."""
        homes = self.records[self.resolve(eid)].homes
        theirs = {_most_common(codes) for other, codes in homes.items() if other != lang and codes}
        return bool(theirs) and not theirs & home

    def _home_elsewhere(self, eid: str, home: frozenset[str], lang: str) -> bool:
        """Whether most of an entity's bodies named in ``lang`` stand for a known country other
        than ``home`` (a language's own unknown home, "~ru", tells nothing)."""
        codes = self.records[self.resolve(eid)].homes.get(lang)
        if not codes:
            return False
        top = _most_common(codes)
        return top.startswith("@") and top not in home

    def _feature_apart(self, a: str, b: str) -> bool:
        """Whether one entity is a country and the other, no country, a country's feature (the
        British Isles): two places that a bare feature word must not bridge."""
        a, b = self.resolve(a), self.resolve(b)
        if a == b or self._is_country(a) == self._is_country(b):
            return False
        other = b if self._is_country(a) else a
        return feature_names(self.records[other].names)

    def _countries(self, eid: str) -> set[str]:
        """The countries an entity's names name as theirs ("pakistański Senat": Pakistan)."""
        names = self.records[self.resolve(eid)].names.items()
        return {c for lang, counted in names for name in counted for c in named_countries(name, lang)}

    def _is_country(self, eid: str) -> bool:
        """An entity that some of its names name as a country."""
        names = self.records[self.resolve(eid)].names.items()
        return any(
            (place_key(name, lang) or "").startswith("country:")
            for lang, counted in names
            for name in counted
        )

    def _domains(self, eid: str) -> set[str]:
        """The domains an entity's names end in."""
        names = self.records[self.resolve(eid)].names.values()
        return {d for counted in names for name in counted if (d := _domain(name)) is not None}

    def _holder(self, block: str, letters: str | None, word: str | None = None, size: int = 0) -> str | None:
        """The entity a name block holds for a name. A name's match key reads a doubled letter as
        one and c as k, so the name block of an abbreviation holds its own letters, and an
        abbreviation finds only the same letters, or the same with a letter written twice (ВООЗ,
        ВОЗ): BBC and BCC are two bodies. A name written as a word (``word``: its letters, "Nato")
        finds one of its own letters, and an abbreviation finds a word's entity only where one of
        its names has the abbreviation's letters."""
        table = self._block(block)
        if "" in table:
            if (
                letters is None
                or not block.startswith("x|")
                or self._goes_by(table[""], block, letters, size)
            ):
                return table[""]
            # an abbreviation found by a word's key (the key drops an ending: "STAN", "Stany") is
            # that word only where the entity goes by its letters; else it may be an abbreviation
            table = {member: eid for member, eid in table.items() if member}
        if not block.startswith("x|") or not table:
            return None
        if letters is None:
            if word is not None:  # a word finds an abbreviation of its own letters only
                return next((eid for member, eid in table.items() if same_letters(_bare(member), word)), None)
            return next(iter(table.values()))
        return next((eid for member, eid in table.items() if same_letters(member, letters)), None)

    def _goes_by(self, eid: str, block: str, letters: str, size: int) -> bool:
        """Whether an entity an abbreviation (of ``size`` letters) found by a word's name block goes
        by it: one of its names has the abbreviation's letters, or is a word of that block with no
        more letters than the abbreviation (the same letters in another script: "Юкип", UKIP). A
        longer word is one whose key dropped an ending ("Stany" is keyed as "STAN")."""
        eid, letters, key = self.resolve(eid), _bare(letters), block.split(":", 1)[1]
        here = [n for e, seen in self._doc_letters.items() if self.resolve(e) == eid for n in seen]
        names = [(name, lang) for lang, counted in self.records[eid].names.items() for name in counted]
        return any(
            same_letters(_letters(name, lang), letters)
            or (len(_bare(name)) <= size and key in _name_keys(name, lang))
            for name, lang in [*here, *names]
        )

    def _join_across_types(self, block: str, family: str, lang: str, eid: str) -> str:
        """One multiword name written the same way (the same match key) in two languages, typed
        differently by each language's tagger (a ship an organisation in one, a product in
        another), is one thing: types decided across languages, by all the mentions. Where one
        language itself writes the name with both types, they are two things (a pipeline and its
        company) and stay apart."""
        table = self._block(block)
        for other_family, other in list(table.items()):
            other = self.resolve(other)
            if other_family == family or other == eid:
                continue
            theirs, ours = self.records[other], self.records[eid]
            if lang in theirs.names or set(theirs.names) & set(ours.names):
                continue
            eid = self.merge(eid, other)
        self._put(block, family, eid)
        return self.resolve(eid)

    def _overruled_alias(self, k: Keyed) -> set[str]:
        """The learned-alias block, where it holds another entity than the concept key of the
        name's own words: the table learned one name for another ("Європейська Рада" as the
        European Parliament) or a generic name for one of its bearers ("Parlament"), and following
        both would merge two whole entities on one mention. The words' meaning wins; the alias's
        entity is left as it is."""
        held = {b: self.resolve(self._block(b)[""]) for b in k.blocks if "" in self._block(b)}
        aliases = {b for b in held if b.startswith("a|")}
        concepts = {held[b] for b in held if b.startswith("k|")}
        if not aliases or not concepts or concepts & {held[b] for b in aliases}:
            return set()
        return aliases

    def _name(self, eid: str, alias: str | None) -> None:
        """Remember a learned alias of a person, for the display name only."""
        rec = self.records[self.resolve(eid)]
        if alias and not rec.alias:
            rec.alias = alias
            self.dirty_records.add(rec.id)

    def _people(self, ref: PersonRef) -> list[tuple[PersonRef, str]]:
        out: dict[str, tuple[PersonRef, str]] = {}
        for block in person_blocks(ref):
            for member, eid in self._block(block).items():
                other = PersonRef.parse(member)
                if other is not None:
                    out[member] = (other, self.resolve(eid))
        return [(other, self.resolve(eid)) for other, eid in out.values()]

    def _put_person(self, ref: PersonRef, eid: str) -> None:
        for block in person_blocks(ref):
            self._put(block, ref.member, eid)

    def _add_full_name(self, doc_id: str, i: int, ref: PersonRef) -> str:
        people = self._people(ref)
        if len(ref.name.surname) == 1:  # "Marek K.": the one full name it stands for, if one
            expands = {eid for other, eid in people if other.first and is_short_for(ref.name, other.name)}
            eid = expands.pop() if len(expands) == 1 else self._open((doc_id, i), None)
            self._put_person(ref, eid)
            return self.resolve(eid)
        matches = {eid for other, eid in people if other.first and same_person(other.name, ref.name)}
        for short, short_eid in people:  # a "Marek K." seen before: joins if no other Marek K… is known
            if is_short_for(short.name, ref.name) and not any(
                is_short_for(short.name, o.name) and not same_person(o.name, ref.name) for o, _ in people
            ):
                matches.add(short_eid)
        eid = None
        for other in sorted(matches, key=lambda e: self.records[e].seq):
            eid = other if eid is None else self.merge(eid, other)
        if eid is None:
            eid = self._open((doc_id, i), None)
        # bare uses of this surname seen before any full name now belong to it
        for other, bare in people:
            if (
                not other.first
                and same_surname(other.name, ref.name)
                and not plural_adjective(other.base, other.lang)  # a family, or an adjective
                and not self._has_full(bare, people)
                and not _given_of(other, ref)
                and not _given_alone(other, ref)
                and not _initial_vowel_unwritten(other, ref)
                # the name table read the bare word as a person of another given name (a title and
                # a name, "the pope <Name>", against "<Given> <Name>"): a namesake, as the other
                # way round in ``_add_bare_surname``
                and not given_apart(
                    self.records[self.resolve(bare)].alias, {ref.lang: Counter({ref.base: 1})}
                )
            ):
                eid = self.merge(eid, bare)
        self._put_person(ref, eid)
        return self.resolve(eid)

    def _known_place(self, ref: PersonRef) -> str | None:
        """The place entity a one-word "person" names, when it is a known city that the index
        holds as a place and no person of the index goes by it."""
        if ref.first or " " in ref.base.strip():
            return None
        pkey = place_key(ref.base)
        if not pkey or not pkey.startswith("city:"):
            return None
        holder = self._block("g|" + pkey).get("")
        if holder is None or any(same_surname(other.name, ref.name) for other, _ in self._people(ref)):
            return None
        return self.resolve(holder)

    def _has_full(self, eid: str, people: list[tuple[PersonRef, str]]) -> bool:
        return any(other.first and self.resolve(e) == self.resolve(eid) for other, e in people)

    def _add_bare_surname(
        self, doc_id: str, i: int, ref: PersonRef, m: Mention, alias: str | None = None
    ) -> str:
        people = self._people(ref)
        named_by = _given_named(ref, people)
        full = {
            eid
            for other, eid in people
            if other.first
            and same_surname(ref.name, other.name)
            and not plural_adjective(ref.base, ref.lang)  # a family, or an adjective: no one person
            and not not_hers(m, other.base)
            and eid not in named_by
            and not _given_alone(ref, other)
            and not _initial_vowel_unwritten(ref, other)
        }
        if others := {e for e in full if self._other_person(e, alias)}:
            # the name table knows the bare surname as one person and a full name of its letters
            # as another (a surname of the same consonants in another language's letters): two
            # people. The bare word then joins only a full name the table files under its own id;
            # one it does not know is no better evidence than the one it knows as another person
            full = {e for e in full - others if self.records[self.resolve(e)].alias == alias}
        if full:
            return max(full, key=lambda e: (self.records[e].docs, -self.records[e].seq))
        bare = [
            eid
            for other, eid in people
            if not other.first
            and same_surname(other.name, ref.name)
            and not self._other_person(eid, alias)
            and not _given_spelt_otherwise(ref, other)
        ]
        eid = bare[0] if bare else self._open((doc_id, i), None)
        self._put_person(ref, eid)
        return eid

    def _other_person(self, eid: str, alias: str | None) -> bool:
        """Whether a person entity's learned alias is another person's than ``alias``, or its full
        names are of another given name than the alias's (``alias_people``)."""
        rec = self.records[self.resolve(eid)]
        theirs = rec.alias
        if alias and theirs and alias.startswith("PER-") and theirs.startswith("PER-") and alias != theirs:
            return True
        # or the entity's full names give another given name than the alias's: a namesake
        return given_apart(alias, rec.names)

    def _add_family(self, doc_id: str, i: int, surname: str, lang: str | None) -> str:
        """The entity of a family (``family_of``), one for every writing of its surname."""
        block = "pf|" + match_key(surname, lang)
        eid = self._block(block).get("")
        if eid is None:
            eid = self._open((doc_id, i), None)
            self._put(block, "", eid)
        return self.resolve(eid)

    def _count(self, assigned: dict[int, str], mentions: list[Mention]) -> None:
        for eid in set(assigned.values()):
            self.records[eid].docs += 1
        for i, eid in assigned.items():
            rec = self.records[eid]
            m = mentions[i]
            rec.types[m.type] += 1
            rec.names.setdefault(m.lang or "und", Counter())[m.base or m.text] += 1
            rec.mentions += 1
            self.dirty_records.add(eid)
