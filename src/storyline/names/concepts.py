"""Concept keys: one key for a name of an institution or a place translated word by word.

Transliteration joins names that are *spelled* differently (ТАСС / TASS); a translated name
("Верховный суд", "Sąd Najwyższy", "Supreme Court"; "Северный поток", "Nord Stream") shares no
letters across languages. Each word of such a name is looked up in a small per-language lexicon
of general institution and geography words (``lang/concepts/<lang>.toml``: folded stems, so
inflected and definite forms match: "Върховният", "Sądu") and becomes a language-independent
concept; a country's name or adjective becomes the country; a number stays; any other word is
kept as the first letters of its match key. The key is the sorted set of these tokens.

A name made of concept words alone ("the Supreme Court", "the Conservatives", "the Foreign
Ministry") names a different body in each country, so its key takes the country its document is
mostly about (``document_country``): the Supreme Court in a story about one country is not the
one of another. A name with a country, a number, a word of its own, or a supranational scope
("European", "World") needs no context. What each concept does is ``lang/concepts/roles.toml``.
A language without a lexicon still gets keys from the others' (a foreign name written as is:
"Nord Stream" in Polish text), where their stems do not disagree.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from storyline.names.gazetteers import abbreviated_countries, continents, countries, place_key
from storyline.names.gazetteers import fold as _fold
from storyline.names.keys import match_key

MAX_ENDING = 4  # letters an inflection or article may add to a stem
# a lexicon entry that ends so is a whole word, never a stem: a two-letter abbreviation ("MZ", a
# health ministry) takes no ending, and a longer one of the same start is another body's ("MZV")
WHOLE_WORD = "="
PROPER_CHARS = 4  # letters of a word outside the lexicon that its key keeps
MIN_COUNTRY_STEM = 5  # a shorter country stem would take common words for countries
_VOWELS = "aeiouyаеиоуыэюяіїєъь"
_WORD = re.compile(r"\d+|[^\W\d_]+")  # a number written against a word is a number ("Stream2")
# an English possessive ending ("Ukraine's State Emergency Service"): no word of the name, so
# "Ukraine's X", "Ukrainian X" and "X of Ukraine" are one key
_POSSESSIVE = re.compile(r"(?<=[^\W\d_])['’]s\b")


def fold(text: str) -> str:
    """Lower case without accents; ł is l too (NFKD leaves it whole), so "Bałtyk" meets "baltyk"."""
    return _fold(text).replace("ł", "l")


@dataclass(frozen=True)
class Roles:
    heads: frozenset[str]
    scope: frozenset[str]
    parties: frozenset[str]
    dropped: frozenset[str]
    silent: frozenset[str]  # read as words that inflect, then left out of the key
    bodies: frozenset[str]  # heads that name a body of people (not a stream, a sea, a state's form)
    features: frozenset[str] = frozenset()  # heads of a land or water feature, never a state


@cache
def roles() -> Roles:
    data = tomllib.loads((_dir() / "roles.toml").read_text("utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(str(data.get(key, "")).split())

    return Roles(
        words("heads"),
        words("scope"),
        words("party_families"),
        words("dropped"),
        words("silent"),
        words("bodies"),
        words("features"),
    )


def _dir():  # type: ignore[no-untyped-def]
    return resources.files("storyline") / "lang" / "concepts"


@cache
def lexicon(lang: str) -> dict[str, tuple[str, ...]]:
    """Folded stem → concepts, for one language ({} without a lexicon)."""
    path = _dir() / f"{lang}.toml"
    if not lang or not path.is_file():
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for concepts, stems in tomllib.loads(path.read_text("utf-8")).items():
        for stem in str(stems).split():
            whole = stem.endswith(WHOLE_WORD)
            out[fold(stem.removesuffix(WHOLE_WORD)) + (WHOLE_WORD if whole else "")] = tuple(concepts.split())
    return out


@cache
def shared_lexicon() -> dict[str, tuple[str, ...]]:
    """Every language's stems at once, less those two languages read differently (Slovak
    "súd" is a court, French "sud" the south)."""
    out: dict[str, tuple[str, ...]] = {}
    clash: set[str] = set()
    for path in sorted(_dir().iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".toml") or path.name == "roles.toml":
            continue
        for stem, concepts in lexicon(path.name.removesuffix(".toml")).items():
            if out.setdefault(stem, concepts) != concepts:
                clash.add(stem)
    return {k: v for k, v in out.items() if k not in clash}


def _lookup(word: str, table: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """The concepts of the longest stem the word starts with, if few enough letters follow
    (a short stem allows fewer: "vlad" is a government, "Vladimir" is not)."""
    dropped = roles().dropped
    if (whole := table.get(word + WHOLE_WORD)) is not None:
        return whole
    for cut in range(len(word), 0, -1):
        hit = table.get(word[:cut])
        if hit is not None and len(word) - cut <= min(MAX_ENDING, cut - 1):
            if cut < len(word) and all(c in dropped for c in hit):
                continue  # a function word is never inflected: "нак" is no "на" (of), "Zaz" no "za"
            return hit
        if len(word) - cut >= MAX_ENDING:
            break
    return None


@cache
def _country_stems() -> dict[str, str]:
    """A one-word country name in any locale, less its final vowels → ISO code (Pakistanu and
    Великобритании are inflected forms of a name in the table)."""
    out: dict[str, str] = {}
    for name, (code, _english) in countries().items():
        if " " in name or "-" in name:
            continue
        stem = name.rstrip(_VOWELS)
        if len(stem) >= MIN_COUNTRY_STEM:
            out.setdefault(stem, code)
    return out


@lru_cache(maxsize=100_000)
def word_country(word: str, lang: str | None) -> str | None:
    """The country a word of a name names: the country's name in any inflection, or its
    relational adjective ("британский", "Polish")."""
    pkey = place_key(word)
    if pkey and pkey.startswith("country:"):
        return pkey.removeprefix("country:")
    w = fold(word)
    stems = _country_stems()
    for cut in range(0, min(3, len(w) - MIN_COUNTRY_STEM) + 1):
        code = stems.get(w[: len(w) - cut].rstrip(_VOWELS))
        if code:
            return code
    if lang:
        from storyline.analyse.adjectives import country_adjective  # analyse imports names

        name = country_adjective(word, lang)
        pkey = place_key(name) if name else None
        if pkey and pkey.startswith("country:"):
            return pkey.removeprefix("country:")
    return None


@lru_cache(maxsize=100_000)
def demonym_country(word: str, lang: str | None) -> str | None:
    """The country whose people or adjective a single word names ("пакистанцы", "Pákistánci",
    "российский"): a country's stem with one of the language's ``demonym_endings`` or an
    adjectival ending. Only these endings: a surname may start like a country (Германов)."""
    if not lang or " " in word.strip():
        return None
    from storyline.analyse.adjectives import country_adjective  # analyse imports names
    from storyline.names.parts import entity_data

    name = country_adjective(word, lang)
    pkey = place_key(name) if name else None
    if pkey and pkey.startswith("country:"):
        return pkey.removeprefix("country:")
    w = fold(word)
    concepts = _lookup(w, lexicon(lang)) or ()
    if len(concepts) == 1 and concepts[0].startswith("@"):
        return concepts[0][1:]
    stems = _country_stems()
    for ending in str(entity_data(lang).get("demonym_endings", "")).split():
        ending = fold(ending)
        if w.endswith(ending) and len(w) - len(ending) >= MIN_COUNTRY_STEM:
            stem = w[: len(w) - len(ending)]
            code = stems.get(stem) or stems.get(stem.rstrip(_VOWELS))
            if code:
                return code
    singular = _adjective_singular(w, lang)
    return demonym_country(singular, lang) if singular else None


def _adjective_singular(folded: str, lang: str) -> str | None:
    """A plural adjective of a people as its singular (``demonym_adjective_plurals``, "plural:
    singular" endings: Czech "britští" → "britský", Polish "brytyjscy" → "brytyjski"): the
    plural's consonants change, so the country's stem is not at its start."""
    from storyline.names.parts import entity_data

    for pair in str(entity_data(lang).get("demonym_adjective_plurals", "")).split():
        plural, _, singular = (fold(x) for x in pair.partition(":"))
        if folded.endswith(plural) and len(folded) - len(plural) >= MIN_ADJECTIVE_STEM:
            return folded[: len(folded) - len(plural)] + singular
    return None


# letters of a people's stem shared with the country's adjective ("Brit-ka" of "brit-ský"):
# shorter ones ("Pol-ka", "Rus-ka") are words of their own too often
MIN_ADJECTIVE_STEM = 4


def _adjective_stem(stem: str, lang: str) -> bool:
    """Whether a people's stem is its country's adjective's less the adjectival ending (Czech
    "Brit-ka" of "brit-ský", Polish "Brytyj-ka" of "brytyj-ski"): the language's first
    ``adjective_endings`` (the masculine nominative) after the stem makes a country's adjective."""
    from storyline.names.parts import entity_data

    endings = str(entity_data(lang).get("adjective_endings", "")).split()
    return (
        bool(endings)
        and len(stem) >= MIN_ADJECTIVE_STEM
        and demonym_country(stem + endings[0], lang) is not None
    )


# an entity mention's kind: one member of a country's people (``demonym_noun``), a common noun
PEOPLE_MEMBER = "people_member"
MAX_COUNTRY_TAIL = 3  # letters a country's name has after its people's stem (Britan-ija, Japon-ska)


MAX_SHARED_WORD = 2  # a last word of more country names than this is generic ("republic", "islands")


@cache
def _one_word_countries() -> tuple[str, ...]:
    """Every one-word country name of the table, folded, and the last word of a name of words
    ("Velika Britanija": "britanija") that is no generic word of many names."""
    last = Counter(name.split()[-1] for name in countries() if " " in name)
    words = {name for name in countries() if " " not in name and "-" not in name}
    words |= {w for w, n in last.items() if n <= MAX_SHARED_WORD and "-" not in w}
    return tuple(sorted(words))


@lru_cache(maxsize=100_000)
def demonym_noun(word: str, lang: str | None) -> bool:
    """Whether a one-word name is one member of a country's people, a singular noun ("Vietnamec",
    a Vietnamese man; "Britanka", a British woman): the language's ``demonym_singular_endings``
    after a stem that a country's name begins with (or ``demonym_country`` reads it so), or that
    is a continent's name less its last vowel (a language lists the ending a continent's people
    take apart: Slovene "Evrop-ejec"; audit round 35 N1, "a convinced European" typed a person).
    The audits read it as a common noun, neither the country (as BSNLP links it) nor a person's name;
    the plural ("Vietnamci", the Vietnamese) stands for the country."""
    from storyline.names.given import given_name
    from storyline.names.parts import entity_data

    w = word.strip()
    if not lang or not w[:1].isupper() or " " in w or "-" in w:
        return False
    folded = fold(w)
    if place_key(w) or given_name(w) or folded in continents() or folded in _one_word_countries():
        return False  # a place's own name ("Amerika", "Jamajka"), or a given name ("Francka")
    for ending in str(entity_data(lang).get("demonym_singular_endings", "")).split():
        ending = fold(ending)
        stem = folded[: len(folded) - len(ending)]
        if not folded.endswith(ending):
            continue
        if _adjective_stem(stem, lang):
            return True  # the adjective's stem ("Brit-ka", "Brytyj-ka"): audit round 36 N1
        if len(stem) < MIN_COUNTRY_STEM:
            continue
        if demonym_country(w, lang) is not None or any(
            name.startswith(stem) and len(name) - len(stem) <= MAX_COUNTRY_TAIL
            for name in _one_word_countries()
        ):
            return True
        if any(stem + tail in continents() for tail in CITY_TAILS):
            return True  # a continent's ("Evrop-ejec" of "Evropa"): one member of its people too
    return False


MIN_COMPOUND_STEM = 3  # letters of the first word's stem ("nov-", "juzn-")


@cache
def compound_countries() -> dict[str, str]:
    """A two-word country name as its people's name runs it into one word → ISO code: the first
    word's stem, the linking vowel "o" and the second word ("Nova Zelandija" → "novozelandija",
    whose people are "Novozelandci"; "Новая Зеландия" → "новозеландия", "Новозеландцы")."""
    out: dict[str, str] = {}
    for name, (code, _english) in countries().items():
        words = name.split()
        if len(words) != 2 or "-" in name:
            continue
        stem = words[0].rstrip(_VOWELS)
        if len(stem) < MIN_COMPOUND_STEM:
            continue
        link = "о" if "а" <= stem[-1] <= "я" else "o"  # Cyrillic or Latin, as the name is written
        out.setdefault(stem + link + words[1], code)
    return out


# a city whose people have a name of their own in the press (Parisians, Londoners): as large as
# a city with names of its own in other languages (``gazetteers.EXONYM_CITY``)
PEOPLE_CITY = 100_000
# what a place's name may have after its people's stem: a city's nominative ending ("Praha",
# "Москва"); a country's longer suffix too ("Rakous-ko", "Avstr-ija"). Few, so that a surname's
# plural meets no far town's alternate name ("Kovai" in India)
CITY_TAILS = ("", "a", "а")  # Latin and Cyrillic a
COUNTRY_TAILS = (*CITY_TAILS, "o", "ko", "sko", "ja", "ija", "ia", "ия", "ья", "я")
MIN_PEOPLE_STEM = 4  # a shorter stem ("Nov-áci") would take a surname's plural for a town's people
# a tail of the language's own (``demonym_place_tails``: Polish "Fin-landia") this long makes the
# place's name specific enough that a shorter stem ("Fin-owie", the Finns) is the people's
MIN_SHORT_STEM = 3
LONG_TAIL = 4


@lru_cache(maxsize=100_000)
def demonym_plural(word: str, lang: str | None) -> bool:
    """Whether a one-word name is a country's, a continent's or a large city's people, a plural
    noun ("Rakušané", the Austrians; "Londončani", the Londoners; "Европейци"): the language's
    ``demonym_plural_endings`` after the start of the place's name, its last consonant
    softened as the language does before them (``demonym_stem_alternations``: Czech "Paříž" →
    "Pařížané", "ou" → "u" of "Rakousko" → "Rakušané"). A person entity of these alone is
    a people, no one's name; the plural linked to its country stays the country's mention."""
    from storyline.names.given import given_name
    from storyline.names.parts import data_words

    w = word.strip()
    if not lang or not w[:1].isupper() or not w.isalpha() or given_name(w) or place_key(w):
        return False
    folded = fold(w)
    for ending in data_words(lang, "demonym_plural_endings"):
        ending = fold(ending)
        if not folded.endswith(ending) or len(folded) - len(ending) < MIN_SHORT_STEM:
            continue
        if demonym_country(w, lang) is not None:
            return True
        tails = (*COUNTRY_TAILS, *(fold(t) for t in data_words(lang, "demonym_place_tails")))
        # an ending a family's plural also has ("Nowakowie"): only a country's or a continent's
        # people, as a surname may spell a far town's name
        towns = ending not in {fold(e) for e in data_words(lang, "demonym_family_endings")}
        for stem in _unsoftened(folded[: len(folded) - len(ending)], lang):
            for tail in tails:
                if len(stem) < MIN_PEOPLE_STEM and len(tail) < LONG_TAIL:
                    continue
                key = place_key(stem + tail, lang) or ""
                if not key and (code := compound_countries().get(stem + tail)):
                    key = f"country:{code}"  # "Novozeland-ci": the people of a two-word country
                if key.startswith("country:") or (tail in CITY_TAILS and stem + tail in continents()):
                    return True
                if towns and tail in CITY_TAILS and _large_city(stem + tail, key):
                    return True
    return False


@cache
def _joined_cities() -> dict[str, int]:
    """A city name of two words or more, folded, its spaces dropped → geonames id: its people's
    name runs the words into one ("New York" → "Newyorčani", "Newyorčan")."""
    from storyline.names.gazetteers import cities

    return {key.replace(" ", ""): geoid for key, (geoid, _name) in cities().items() if " " in key}


def _large_city(name: str, key: str) -> bool:
    """``name`` (folded) is a city of ``PEOPLE_CITY`` people or more: by its place key, or
    written without the spaces of its name of words."""
    from storyline.names.gazetteers import city_population

    geoid = int(key.removeprefix("city:")) if key.startswith("city:") else _joined_cities().get(name)
    return bool(geoid) and city_population().get(geoid, 0) >= PEOPLE_CITY


def city_dweller(word: str, lang: str | None) -> bool:
    """Whether a one-word name is one inhabitant of a large city, a singular noun ("Newyorčan",
    a New Yorker; "Londončanka"): the language's ``demonym_city_singular_endings`` after the
    city's name, its last consonant softened (``demonym_stem_alternations``). A common noun, no
    person's name nor a mention of the city by name."""
    from storyline.names.given import given_name
    from storyline.names.parts import data_words

    w = word.strip()
    if not lang or not w[:1].isupper() or not w.isalpha() or given_name(w) or place_key(w):
        return False
    folded = fold(w)
    for ending in data_words(lang, "demonym_city_singular_endings"):
        ending = fold(ending)
        if not folded.endswith(ending) or len(folded) - len(ending) < MIN_PEOPLE_STEM:
            continue
        for stem in _unsoftened(folded[: len(folded) - len(ending)], lang):
            if len(stem) >= MIN_PEOPLE_STEM and any(
                _large_city(stem + tail, place_key(stem + tail, lang) or "") for tail in CITY_TAILS
            ):
                return True
    return False


MIN_ARTICLED_STEM = 3  # letters before the article: a shorter lower-case word is a function word


def articled_noun(text: str, lang: str | None) -> bool:
    """Whether a mention is written in lower case and ends in one of the language's definite
    articles (``definite_article_endings``: Bulgarian "епидемията", the epidemic; "европейците",
    the Europeans). A name is capitalised in a cased script; a noun the text writes small with its
    article is a common one, however a tagger trained on BSNLP (which marks some) typed it."""
    words = text.split()
    if not lang or not words or not all(w[:1].islower() for w in words):
        return False
    return _articled(words[-1], lang)


def _articled(word: str, lang: str) -> bool:
    """A word that ends in one of the language's definite articles, a stem before it."""
    from storyline.names.parts import data_words

    w = word.lower()
    return any(
        w.endswith(a) and len(w) - len(a) >= MIN_ARTICLED_STEM
        for a in data_words(lang, "definite_article_endings")
    )


def misplaced_article(base: str, lang: str | None) -> bool:
    """Whether a name's definite article sits on its last word right after a word without one
    ("Федерално правителството"): a language that writes the article as an ending puts it on the
    first word of a noun phrase ("Федералното правителство"), so such a form is no one's writing
    but a base form half taken back (after a preposition in lower case it is right: "Министерство
    на здравеопазването")."""
    words = base.split()
    if not lang or len(words) < 2 or words[-2][:1].islower():
        return False
    return _articled(words[-1], lang) and not _articled(words[-2], lang)


def _unsoftened(stem: str, lang: str) -> set[str]:
    """The stem as written and with the language's alternations undone, each and together
    (pairs "softened:plain" of folded letters: folding already takes "š" back to "s", so only
    the alternations that change a letter are listed: Czech "z:h" of "Praha" / "Pražané")."""
    from storyline.names.parts import data_words

    out = {stem}
    for pair in data_words(lang, "demonym_stem_alternations"):
        soft, _, plain = (fold(x) for x in pair.partition(":"))
        if soft:
            out |= {s.replace(soft, plain) for s in out if soft in s}
    return {s for s in out if len(s) >= MIN_SHORT_STEM}


@dataclass(frozen=True)
class ConceptKey:
    tokens: tuple[str, ...]  # sorted
    generic: bool  # concept words only: the name needs its document's country
    party: bool  # a political family, with or without the word "party"

    def key(self, country: str | None) -> str | None:
        """The block key; a generic name without a country to tell it apart has none when it
        is a single concept (every language's word for "parliament" would be one entity)."""
        tokens = list(self.tokens)
        if self.generic:
            if country:
                tokens.append("@" + country)
            elif len(tokens) < 2:
                return None
        return " ".join(sorted(tokens))  # "the Supreme Court" in a story about X is "X's Supreme Court"


@lru_cache(maxsize=200_000)
def name_tokens(name: str, lang: str | None, proper_chars: int = PROPER_CHARS) -> tuple[tuple[str, str], ...]:
    """The language-independent tokens of a name's words, each with its kind: "number" (#2),
    "concept" (a lexicon word: court, sea, europe), "country" (@PK: a country's inflected name
    or adjective), "country_name" (its name as such: Pakistan) or "proper" (any other word: the
    first ``proper_chars`` letters of its match key)."""
    r = roles()
    own = lexicon(lang) if lang else {}
    shared = shared_lexicon()
    out: list[tuple[str, str]] = []
    after_function_word = False
    for raw in _WORD.findall(_POSSESSIVE.sub("", name)):
        if raw.isdigit():
            out.append(("#" + str(int(raw)), "number"))
            after_function_word = False
            continue
        w = fold(raw)
        concepts = _lookup(w, own) if own else None
        concepts = concepts or _lookup(w, shared)
        if concepts:
            # "@XX" is a country's adjective the gazetteers do not derive ("британский")
            out.extend(
                (c, "country" if c.startswith("@") else "concept")
                for c in concepts
                if c not in r.dropped and c not in r.silent
            )
            after_function_word = all(c in r.dropped for c in concepts)
            continue
        # a country's abbreviation that a locale writes as its name ("Senat USA") is the country
        # too; another short word is not looked up, lest a common word be read as a country's stem
        code = abbreviated_countries().get(w) if raw.isupper() else None
        code = code or (word_country(raw, lang) if len(w) >= MIN_COUNTRY_STEM - 1 else None)
        if code:
            # "country_name": the country's own name set after a name (Interfax-Ukraine, Adecco
            # Polska), not inflected, an adjective or after "of" (Naftogaz of Ukraine)
            named = (place_key(raw) or "") == "country:" + code and not after_function_word
            out.append(("@" + code, "country_name" if named else "country"))
        else:
            out.append((match_key(raw, lang)[:proper_chars] or w[:proper_chars], "proper"))
        after_function_word = False
    return tuple(out)


COMPANY_FORM = "company_form"


@lru_cache(maxsize=100_000)
def company_forms(name: str, lang: str | None) -> tuple[frozenset[str], bool]:
    """The legal forms a name's words hold (folded: "нак", "ag") and whether it has other words
    too ("НАК «Нафтогаз»" has; a bare "НАК" or "AG" has not)."""
    own = lexicon(lang) if lang else {}
    shared = shared_lexicon()
    forms, other = set(), False
    for raw in _WORD.findall(name):
        w = fold(raw)
        if ((_lookup(w, own) if own else None) or _lookup(w, shared)) == (COMPANY_FORM,):
            forms.add(w)
        else:
            other = True
    return frozenset(forms), other


@lru_cache(maxsize=200_000)
def concept_key(name: str, lang: str | None) -> ConceptKey | None:
    """The concept key of a name, or None when it has no head concept (a plain proper name is
    matched by its spelling, not here)."""
    r = roles()
    words = name_tokens(name, lang)
    tokens = [t for t, _ in words]
    has_head = any(t in r.heads or t in r.parties for t, kind in words if kind == "concept")
    # a country, a number, a word of its own or a supranational scope sets the name apart
    generic = all(kind == "concept" and t not in r.scope for t, kind in words)
    party = any(t in r.parties for t in tokens)
    if party:  # "Conservative Party" and "the Conservatives" are one
        tokens = [t for t in tokens if t != "party"]
    if not has_head or not tokens:
        return None
    return ConceptKey(tuple(sorted(set(tokens))), generic, party)


STATE_FORMS = frozenset({"republic", "federation", "federal", "united", "state"})


def state_of(name: str, lang: str | None) -> str | None:
    """The country a name of its state form names: a country and words of a state's form only
    ("Republika Irlandii", "Ирландская Республика", "Russian Federation"), else None. A country's
    islands are a place of their own (the British Isles are not the United Kingdom, the Canary
    Islands not Spain), though BSNLP's annotators link some of them to the country."""
    ck = concept_key(name, lang)
    if ck is None:
        return None
    countries_ = [t for t in ck.tokens if t.startswith("@")]
    rest = set(ck.tokens) - set(countries_)
    if len(countries_) == 1 and rest and rest <= STATE_FORMS:
        return countries_[0][1:]
    return None


def document_country(bases: Iterable[str]) -> str | None:
    """The country a document names most often among its mentions' base forms (the first
    named on a tie), or None."""
    counts: Counter[str] = Counter()
    for base in bases:
        pkey = place_key(base)
        if pkey and pkey.startswith("country:"):
            counts[pkey.removeprefix("country:")] += 1
    return counts.most_common(1)[0][0] if counts else None


# A language spoken in several countries has no home of its own: its generic body of a text
# that names no country is this language's, unknown, which matches no other language's body
UNKNOWN_HOME = "~"


def named_countries(name: str, lang: str | None) -> frozenset[str]:
    """The countries a body's name names by a word of its own (its concept key's "@XX")."""
    ck = concept_key(name, lang)
    if ck is None or ck.generic:
        return frozenset()
    return frozenset(t for t in ck.tokens if t.startswith("@"))


def home_country(lang: str | None) -> str | None:
    """The one country whose press writes the language (``home_country`` of its entity data),
    or None for a language of several (Russian, English, Arabic …)."""
    from storyline.names.parts import entity_data  # parts imports this module's neighbours

    code = entity_data(lang).get("home_country") if lang else None
    return str(code) if code else None


def body_home(name: str, lang: str | None, country: str | None) -> frozenset[str]:
    """The countries a body's name stands for when it is matched across languages: the
    countries its words name ("ruské ministerstvo zdravotnictví": @RU); for a generic body
    ("Ministerstwo Zdrowia") its document's country, else its language's home country (@PL),
    else the language itself ("~ru": a Russian generic body may be Ukraine's or Russia's).
    Empty for a name that is no body of a state (a sea, a plain name)."""
    ck = concept_key(name, lang)
    if ck is None or not set(ck.tokens) & roles().bodies:
        return frozenset()
    if not ck.generic:
        return named_countries(name, lang)
    if country:
        return frozenset({"@" + country})
    home = home_country(lang)
    if home:
        return frozenset({"@" + home})
    return frozenset({UNKNOWN_HOME + lang}) if lang else frozenset()
