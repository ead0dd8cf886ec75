"""A street's name joined to the street's word by a hyphen is one place (issue 12, rec49; invented
names)."""

from __future__ import annotations

from storyline.analyse.entities_hyphened_streets import hyphened_streets
from storyline.model import Mention


def test_the_street_word_after_a_hyphen_joins_the_name_as_a_place() -> None:
    text = "Вместе с ним Кранвилл-стрит покинули министры, в заявлении Кранвилл-стрит сказано."
    mentions = []
    at = 0
    for name, etype in [("Кранвилл", "LOC"), ("Кранвилл", "PER")]:
        i = text.index(name, at)
        at = i + len(name)
        mentions.append(Mention(i, i + len(name), name, etype, name, "ru"))
    out = hyphened_streets(text, mentions, "ru", lambda s, t: s)
    assert [(m.text, m.type) for m in out] == [("Кранвилл-стрит", "LOC"), ("Кранвилл-стрит", "LOC")]
    assert hyphened_streets(text, mentions, "pl", lambda s, t: s) == mentions
