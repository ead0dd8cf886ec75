"""Words for a kind of land said for one country: "na Otoku" (on the Island, Britain), "the
Kingdom". Annotated news links them to the country, so linking keeps them as its mentions, but
a reader of the country's other names would take them for names of it (audit rule N5: common
nouns are no names). Each language lists them in ``land_nouns`` (``lang/entities/<lang>.toml``)."""

from __future__ import annotations

from storyline.names.parts import data_words


def land_noun(base: str, lang: str | None) -> bool:
    """Whether a base form is one of its language's words for a kind of land, alone."""
    words = base.split()
    return len(words) == 1 and words[0].lower() in data_words(lang, "land_nouns")
