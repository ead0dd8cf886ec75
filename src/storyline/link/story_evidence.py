"""Does a link between two documents rest on evidence about one happening?

Two happenings of one war (a dam's breach, a plane shot down) are told with the same countries,
their capitals and their peoples' adjectives: Ukraine, Kyiv, Russia, "Ukrainian". A cosine made of
those alone can pass the story threshold, yet says nothing about which happening a report tells.
So a story link also needs one piece of evidence about the happening itself:
- a shared entity that is not country-level (a town, a region, a person, an organisation);
- a shared event at such a place (``x:<type>@<place>``);
- main events of one kind, or of one family (``event_families``: a shoot-down and its crash);
- shared words or names that are not country names.
Which features are country-level is read from the gazetteer (``place_key``: a country, or a city
that is a country's capital) and the concepts (``word_country``: a country's name in any
inflection, its adjective), never from a list of names. Each document marks its own country-level
features (``DocSignals.broad``); a feature either side marks is country-level for the pair.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from storyline.link.event_families import facets
from storyline.model import Mention
from storyline.names.concepts import word_country
from storyline.names.gazetteers import abbreviated_countries, fold, is_capital, place_key

# feature kinds that tell the happening when they are not country-level: entities, events at a
# place, and the words and names of the text; days, figures, stems and bare event types are
# shared by any two reports of one week, of one toll, of one kind of news
TELLING = frozenset("exwn")


@lru_cache(maxsize=100_000)  # every document names the same countries and capitals
def country_level_name(word: str, lang: str | None) -> bool:
    """Does a place's name (a base form) name a country or a country's capital?"""
    key = place_key(word, lang)
    if key is not None and key.startswith("country:"):
        return True
    if key is not None and key.startswith("city:"):
        return is_capital(int(key.removeprefix("city:")))
    return fold(word) in abbreviated_countries()


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


def country_level_feature(feature: str, broad: frozenset[str]) -> bool:
    """A feature of ``broad``, or an event at a place of ``broad`` (``x:<type>@<country>``)."""
    return feature in broad or (feature.startswith("x:") and _place_of(feature) in broad)


def telling(feature: str, broad: frozenset[str]) -> bool:
    """Does a shared feature say something about the happening rather than the countries?"""
    return feature[:1] in TELLING and not country_level_feature(feature, broad)


def happening_evidence(
    features_a: dict[str, float], features_b: dict[str, float], broad: frozenset[str],
    kind_a: str | None, kind_b: str | None,
) -> bool:  # fmt: skip
    """Do two documents share evidence about one happening (see the module's docstring)?
    ``broad``: the country-level features either document marks; ``kind_*``: their main events'
    kinds (None where a document has none)."""
    if kind_a is not None and kind_b is not None and (kind_a == kind_b or facets(kind_a, kind_b)):
        return True
    small, large = sorted((features_a, features_b), key=len)
    return any(f in large and telling(f, broad) for f in small)
