"""What a spelling match alone may not join (``EntityIndex``: found by letters, sound or
consonants, not by a name, an alias or a gazetteer key).

A likeness of letters says that two names may be one name spelled two ways; it says nothing
against what else is known of them:
- the gazetteer: a mention it knows as one place is not an entity whose names it knows only as
  other places (a city is not the country whose name its letters resemble, nor another city);
- two entities at once: a mention found alike to two entities bridges them, so one mention
  would merge two whole things. Where some of them were typed as the mention is and others
  never were, the mention is of the kind it shares (an adjective typed as an organisation,
  alike both to a party's members and to a place of a similar stem, is the party's);
- a city's names in a script: where the gazetteer writes a city in the name's script and the
  name is none of those, a name of another script that transliterates alike is no name of the
  city (Russian "Дунай", the river, reads "Dunaj", which is Slovene for Vienna; Russian writes
  Vienna "Вена");
- a river: the shipped table's river is no city and no other river, whatever letters their
  names share (Russian "Дунай" and Slovene "Dunaj", Vienna, are one name key);
- a longer word: a one-word name that is another with a tail of letters after it, in a
  language that does not decline names ("Generalitat" after "Generali"), is a word of its own, however alike the beginnings make the
  two (Jaro-Winkler rewards a shared start); a case ending adds a letter or two;
- small letters: a one-word adjective in small letters (a Slovene region's, "iz goriške
  regije") and an entity whose one-word names are all capitalised (a town of that stem,
  "Gorišnica"), or the other way round: the case of the first letter tells an adjective from a
  proper noun, in the languages that capitalise names;
- another last consonant: a one-word name that is another with its last consonant replaced by one
  no spelling or transliteration writes for it ("Medicor" is not "Medicom"): endings add letters,
  and a script's spellings change a consonant for its voiced or voiceless pair (Hamburg, Hamburk).
- a body and a place in two scripts: a name typed a body (a company) that sounds like an entity
  every source typed a place (or the other way round), all of whose names are in another script,
  is another thing (audit round 32: a misspelt drug maker's Latin name in a Russian list of makers
  sounded like a Cyrillic surname a hospital is named after, and the merged entity was shown a
  place). In one script a body typed a place by one source's tagger is the name spelled alike;
  across scripts only a name, an alias or a gazetteer key joins the two.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from functools import cache

from storyline.names import fold, place_key, to_latin
from storyline.names.gazetteers import city_names, continents, river_key, river_names_anywhere
from storyline.names.keys import match_key, phonetic
from storyline.names.parts import data_words
from storyline.names.script import script


def known_places(names: Mapping[str, Counter[str]]) -> set[str]:
    """The gazetteer keys of an entity's names (language → base form → count); a language's name of
    a river is the river ("Labe" in Czech), whatever town geonames also calls so."""
    keys = {
        name: key
        for lang, counted in names.items()
        for name in counted
        if (key := river_key(name, lang) or place_key(name, lang))
    }
    # a name the river shares with a city on it (rivers.toml's ``city_names``), in an entity that
    # goes by the river's own names too, is the river its text made it (``link.river_context``)
    rivers = {k for k in keys.values() if k.startswith("river:")}
    shared = river_names_anywhere()
    return {
        f"river:{shared[fold(name)]}" if f"river:{shared.get(fold(name))}" in rivers else key
        for name, key in keys.items()
    }


def elsewhere(place: str, names: Mapping[str, Counter[str]]) -> bool:
    """An entity whose names the gazetteer knows as places, none of them ``place``."""
    places = known_places(names)
    return bool(places) and place not in places


def written_otherwise(place: str, name: str) -> bool:
    """Whether the gazetteer writes the city ``place`` ("city:<id>") in the script of ``name``
    and ``name`` is none of those names: in that script the city is called otherwise."""
    if not place.startswith("city:") or fold(name) in continents():
        return False  # a continent's name is also a town's in geonames ("Asia"): no city's name
    written = script(name)
    own = [n for n in city_names().get(int(place[5:]), ()) if script(n) == written]
    return bool(own) and fold(name) not in own


def other_place(place: str | None, base: str, names: Mapping[str, Counter[str]]) -> bool:
    """A mention and an entity joined by a name key, one of them a gazetteer city, the other no
    name the gazetteer gives that city in its own script: the mention without a city (``place``
    None) is not the entity's city; the mention of a city is not an entity none of whose names
    the gazetteer knows as a place and one of which it writes otherwise."""
    if place is None:
        cities = {k for k in known_places(names) if k.startswith("city:")}
        return bool(cities) and all(written_otherwise(c, base) for c in cities)
    known = known_places(names)
    if place.startswith("river:") or any(k.startswith("river:") for k in known):
        return place not in known and bool(known)  # a river is neither a city nor another river
    if not place.startswith("city:"):
        return False  # a country
    if known:  # a known place (``elsewhere`` judges a spelling), unless the marks tell two apart
        return marks_apart(place, base, names, known)
    return any(written_otherwise(place, name) for counted in names.values() for name in counted)


def marks_apart(place: str, base: str, names: Mapping[str, Counter[str]], known: set[str]) -> bool:
    """Two towns the gazetteer knows as two, whose names one key holds only because it drops the
    marks: a name written with a mark ("Březno", š, ţ) is not the same letters without it, nor a
    name of another script whose transliteration lacks it ("Брезно"), while each is a real town of
    its own (a town of one country and a namesake city of another). A name written the same
    letter for letter, marks and all, may still be one city the table keys twice."""
    if not known or place in known or not all(k.startswith("city:") for k in known):
        return False
    mine = _as_written(base)
    return all(_as_written(name) != mine for counted in names.values() for name in counted)


def _as_written(name: str) -> str:
    """A name's letters, marks kept: its own where Latin, else its transliteration (which writes
    no marks: Cyrillic writes ř as р, so "Брезно" has none), read alike whatever its language."""
    name = name.strip().lower()
    return name if script(name) in ("LATIN", "") else to_latin(name).lower()


def typed_as(etype: str, found: Iterable[str], types: Mapping[str, Counter[str]]) -> list[str]:
    """Of several entities found by spelling (``types``: entity id → its counted types), those
    typed ``etype``, when some are and some are not; else all of them."""
    found = list(found)
    if len(set(found)) < 2:
        return found
    alike = [e for e in found if types[e][etype]]
    return alike or found


_BODY_OR_PLACE = {"ORG": "LOC", "LOC": "ORG"}


def kind_across_scripts(
    etype: str, name: str, names: Mapping[str, Counter[str]], types: Counter[str]
) -> bool:
    """Whether a mention typed ``etype`` (a body or a place) and an entity (its ``names`` per
    language, its counted ``types``) never typed so, only as the other of the two, have no name in
    a script in common: a sound alike across scripts is then no evidence of one thing."""
    other = _BODY_OR_PLACE.get(etype)
    if other is None or types[etype] or not types[other]:
        return False
    own = script(name)
    return bool(own) and all(script(n) != own for counted in names.values() for n in counted)


MIN_TAIL = 2  # letters after a whole word that make another word, not a typo's or a case's letter
# the lists of a language's endings that a name (or its adjective) may carry in a text
_ENDING_LISTS = (
    "lemma_case_endings",
    "mans_surname_endings",
    "lemma_apostrophe_endings",
    "adjective_endings",
    "spelling_tail_endings",  # articles, plural cases, a foreign place's "-ia"
)


@cache
def _endings(lang: str | None) -> frozenset[str]:
    """The endings a language puts on a name, as match keys (the keys the tails are cut from)."""
    return frozenset(k for key in _ENDING_LISTS for e in data_words(lang, key) if (k := match_key(e, lang)))


def longer_word(name: str, mention: str, lang: str | None) -> bool:
    """Whether the mention (a match key of one word) is the found ``name`` with ``MIN_TAIL`` or
    more letters after it that are no ending of the mention's language: the tail then makes
    another word ("Generalitat" is not "Generali"; a US state is not the country its name
    begins with; a Polish adjective in "-nia" is not the noun of its stem), where a case or an
    adjective's ending of a language that declines keeps the name ("Gazpromovi", "berlinski").
    Only one word: in a name of words, a word cut short is the word abbreviated ("обл." for
    "область"), and a tail that is no letters is a domain's."""
    if " " in name.strip() or " " in mention.strip():
        return False
    tail = mention.strip()[len(name.strip()) :]
    return (
        mention.strip().startswith(name.strip())
        and len(tail) >= MIN_TAIL
        and tail.isalpha()
        and tail not in _endings(lang)
    )


def town_region(base: str, lang: str | None, names: Mapping[str, Counter[str]]) -> bool:
    """Whether a one-word mention and an entity found by its spelling are a region named from a
    town (``region_endings`` of the language: Czech "Jesenicko", every case) and a name that is
    not one: the region and the town it is named from, or another town alike in letters
    ("Jesenice"), are two places however alike the spellings."""
    if " " in base.strip():
        return False
    theirs = [
        _region(name, other)
        for other, counted in names.items()
        for name in counted
        if " " not in name.strip()
    ]
    if not theirs:
        return False
    return (_region(base, lang) and not any(theirs)) or (not _region(base, lang) and all(theirs))


def _region(name: str, lang: str | None) -> bool:
    word = fold(name)
    return any(word.endswith(e) and len(word) > len(e) + 2 for e in data_words(lang, "region_endings"))


def _one_word_names(names: Mapping[str, Counter[str]], keep: Callable[[str], bool]) -> list[tuple[str, str]]:
    """(name, the name's language) of the other side's one-word names that ``keep`` accepts."""
    return [
        (name.strip(), other)
        for other, counted in names.items()
        for name in counted
        if " " not in name.strip() and keep(name.strip())
    ]


def other_case(base: str, lang: str | None, names: Mapping[str, Counter[str]]) -> bool:
    """Whether a one-word adjective in small letters (a relational adjective of the language's
    ``adjective_endings``: "goriška" regija) and an entity whose one-word names all begin with a
    capital, none of them the adjective's own noun (the towns "Gorišnica", "Gorca"), or the other
    way round, are two things. The adjective of a name joins it ("wielkopolski", "Wielkopolska";
    "брюссельский", "Брюссель"), and a noun in small letters is left to the other checks: a
    misspelt name ("pundžab") is still the name."""
    word = base.strip()
    if " " in word or not word[:1].isalpha():
        return False
    theirs = _one_word_names(names, lambda name: name[:1].isalpha() and script(name) == script(word))
    if not theirs:
        return False
    if _small_adjective(word, lang):
        return all(name[:1].isupper() and not _adjective_of(word, lang, name) for name, _other in theirs)
    return word[:1].isupper() and all(
        _small_adjective(name, other) and not _adjective_of(name, other, word) for name, other in theirs
    )


@cache  # asked for every name of every candidate entity
def _adjective_endings(lang: str | None) -> tuple[str, ...]:
    return tuple(fold(e) for e in data_words(lang, "adjective_endings"))


def _small_adjective(name: str, lang: str | None) -> bool:
    word = name.strip()
    return word[:1].islower() and fold(word).endswith(_adjective_endings(lang))


_VOWELS = "aeiouyаеиоуыэюяіїєъь"


def _adjective_of(adjective: str, lang: str | None, name: str) -> bool:
    """Whether the adjective is the name's own: the same word with another ending
    ("wielkopolski", "Wielkopolska"), or the name with an adjective's ending ("брюссельский")."""
    adj, noun = fold(adjective), fold(name)
    stems = {adj.rstrip(_VOWELS)} | {
        adj[: -len(e)] for e in _adjective_endings(lang) if e and adj.endswith(e)
    }
    return bool(stems & {noun, noun.rstrip(_VOWELS)})


# consonants that one name's spellings write for one another at its end: voiced and voiceless
# pairs (Hamburg, Hamburk), Ukrainian г read h (Бундестаг), c read k or s
_LAST_CONSONANTS = ("gkhc", "dt", "bp", "zsc", "vfw", "jy")
_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")


def last_consonant(name: str, mention: str) -> bool:
    """Whether two match keys of one word each are one name but for their last letters, two
    consonants that no spelling writes for each other ("medicor", "medicom"): another word."""
    a, b = name.strip(), mention.strip()
    if " " in a or " " in b or len(a) != len(b) or a[:-1] != b[:-1] or a == b:
        return False
    x, y = a[-1], b[-1]
    return {x, y} <= _CONSONANTS and not any(x in pair and y in pair for pair in _LAST_CONSONANTS)


MIN_ADJECTIVE_ENDING = 3  # "-ская", "-ski": a relational adjective's suffix, not a lone vowel's ending


def adjective_apart(base: str, lang: str | None, names: Mapping[str, Counter[str]]) -> bool:
    """Whether a one-word capitalised name in the form of an adjective (an ending of the
    language's ``adjective_endings``: "Каховская", of a dam or a canal named from the town) and
    an entity whose one-word names are none of them such a form (the town "Kakhovka"), or the
    other way round, are two things: an adjective is no spelling of a town's name, whatever the
    letters they share. The adjective in small letters is ``other_case``'s."""
    word = base.strip()
    if " " in word or not word[:1].isupper():
        return False
    theirs = _one_word_names(names, lambda name: name[:1].isupper())
    if not theirs:
        return False
    sound = phonetic(word, lang).replace(" ", "")
    for name, other in theirs:
        said = phonetic(name, other).replace(" ", "")
        if (
            said
            and sound
            and (said.startswith(sound) or sound.startswith(said) or _tail(said) == _tail(sound))
        ):
            # a case of the name, its ending alike an adjective's: a town in "-sk" declines so
            # ("Blagoveščenska" of "Blagověšensk"), where the two end in the same consonants
            return False
    if _capital_adjective(word, lang):
        return not any(_capital_adjective(name, other) for name, other in theirs)
    return all(_capital_adjective(name, other) for name, other in theirs)


def _tail(sound: str) -> str:
    """A phonetic key's last two consonants, its final vowels left out."""
    return sound.rstrip("aiu")[-2:]


def _capital_adjective(name: str, lang: str | None) -> bool:
    word = fold(name)
    return any(
        len(e) >= MIN_ADJECTIVE_ENDING and word.endswith(e) and len(word) - len(e) >= MIN_ADJECTIVE_ENDING
        for e in _adjective_endings(lang)
    )
