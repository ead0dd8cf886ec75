"""Does a link between two documents rest on evidence about one happening?

Two happenings of one war (a dam's breach, a plane shot down) are told with the same countries,
their capitals and their peoples' adjectives: Ukraine, Kyiv, Russia, "Ukrainian". A cosine made of
those alone can pass the story threshold, yet says nothing about which happening a report tells.
So a story link also needs one piece of evidence about the happening itself:
- a shared entity that is not country-level (a town, a region, a person, an organisation);
- a shared event at such a place (``x:<type>@<place>``);
- main events of one kind, or of one family (``event_families``: a shoot-down and its crash);
- shared words or names that are not country names, and rare in the index (``specific``): "oblast"
  or "after" are in any two reports of one war in one language.
Which features are country-level is read from the gazetteer (a country, or a city that is a
country's capital) and the concepts (``word_country``: a country's name in any
inflection, its adjective), never from a list of names. Each document marks its own country-level
features (``DocSignals.broad``); a feature either side marks is country-level for the pair.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable
from functools import lru_cache

from storyline.link.event_families import facets
from storyline.model import Mention
from storyline.names.concepts import word_country
from storyline.names.gazetteers import abbreviated_countries, cities, country_named, fold, is_capital

# feature kinds that tell the happening when they are not country-level: entities, events at a
# place, and the words and names of the text; days, figures, stems and bare event types are
# shared by any two reports of one week, of one toll, of one kind of news
TELLING = frozenset("exwn")
WORDS = frozenset("wn")  # … of which the words and name stems tell it only when rare


@lru_cache(maxsize=100_000)  # every document names the same countries and capitals
def country_level_name(word: str, lang: str | None) -> bool:
    """Does a place's name (a base form) name a country or a country's capital? (Only the tables
    of countries and large cities are read: a capital is a large city.)"""
    if country_named(word, lang) is not None:
        return True
    folded = fold(word)
    city = cities().get(folded)
    return (city is not None and is_capital(city[0])) or folded in abbreviated_countries()


def country_level(mention: Mention, lang: str | None) -> bool:
    """Is a mention a country, its capital, or its people's adjective ("украинских", base Украина)?"""
    if mention.type != "LOC":
        return False
    word = mention.base or mention.text
    if country_level_name(word, mention.lang or lang):
        return True
    return mention.kind == "adjective" and word_country(word, mention.lang or lang) is not None


def country_word(word: str, lang: str | None) -> bool:
    """A capitalised word of the text that names a country (in any inflection), its adjective or
    its capital: what ``n:`` name stems made of it say is country-level."""
    return word_country(word, lang) is not None or country_level_name(word, lang)


def broad_features(entities: Iterable[str], names: Iterable[str]) -> frozenset[str]:
    """The country-level features of a document: its country-level entities (``e:``), events at
    them (``x:…@<entity>`` are marked by ``telling``), and name stems made only of country words."""
    return frozenset(["e:" + e for e in entities] + ["n:" + n for n in names])


def _place_of(feature: str) -> str:
    return "e:" + feature.rsplit("@", 1)[-1]


def country_level_feature(feature: str, broad: Container[str]) -> bool:
    """A feature of ``broad``, or an event at a place of ``broad`` (``x:<type>@<country>``)."""
    return feature in broad or (feature.startswith("x:") and _place_of(feature) in broad)


def telling(feature: str, broad: Container[str]) -> bool:
    """Does a shared feature say something about the happening rather than the countries?"""
    return feature[:1] in TELLING and not country_level_feature(feature, broad)


def happening_evidence(
    features_a: dict[str, float], features_b: dict[str, float], broad: Container[str],
    kind_a: str | None, kind_b: str | None, specific: Callable[[str], bool] = lambda _f: True,
) -> bool:  # fmt: skip
    """Do two documents share evidence about one happening (see the module's docstring)?
    ``broad``: the country-level features either document marks; ``kind_*``: their main events'
    kinds (None where a document has none); ``specific``: is a word or name stem rare enough
    to tell a happening (the index knows how many documents hold it)."""
    if kind_a is not None and kind_b is not None and (kind_a == kind_b or facets(kind_a, kind_b)):
        return True
    small, large = sorted((features_a, features_b), key=len)
    return any(f in large and telling(f, broad) and (f[:1] not in WORDS or specific(f)) for f in small)
