"""A learned alias's country against the countries an entity's own names name.

The annotators' English name of a body often ends in its country ("Home Office UK", "Ministry of
Health Poland"): the name table then files a generic body's name or abbreviation in one language
(a ministry of the interior, "МВС") under one country's body, and an entity whose own names say it
is another country's ("ukrajinské ministerstvo vnitra") would be shown by the first country's
English name (issue 16). Such an alias is no display name for it."""

from __future__ import annotations

from collections import Counter
from functools import cache

from storyline.names.concepts import body_home
from storyline.names.gazetteers import country_named
from storyline.names.parts import data_words
from storyline.ner.aliases import display_name as alias_name

MAX_COUNTRY_WORDS = 3  # "Czech Republic", "United Kingdom": the longest qualifier read


@cache
def _abbreviation_codes() -> dict[str, str]:
    """English country abbreviations (UK) → ISO code, from the English entity data."""
    return dict(w.split(":", 1) for w in data_words("en", "country_abbreviation_codes") if ":" in w)


@cache
def alias_country(alias: str) -> str | None:
    """The country (ISO code) a learned alias's English name ends in, if it ends in one."""
    words = alias_name(alias).split()
    for n in range(min(MAX_COUNTRY_WORDS, len(words) - 1), 0, -1):
        tail = " ".join(words[-n:])
        if (code := _abbreviation_codes().get(tail)) is not None:
            return code
        if (hit := country_named(tail, "en")) is not None:
            return hit[0]
    return None


def alias_abroad(alias: str | None, names: Counter[tuple[str, str | None]]) -> bool:
    """Whether ``alias`` ends in a country that none of the entity's names (base, language) stand
    for while some of them stand for another (``body_home``: the country a body's name names, and
    a generic one's the home country of its language: Ukrainian "МВС" is Ukraine's ministry, which
    a text about another country's says with its country). The alias is another country's body."""
    if not alias or (country := alias_country(alias)) is None:
        return False
    said = {c.lstrip("@") for base, lang in names for c in body_home(base, lang, None)}
    return bool(said) and country not in said
