"""A Red Cross or Red Crescent society named with its country after the movement's words, in a
language that puts the country after the noun ("<Red Crescent> <Country>", Indonesian "Bulan Sabit
Merah <Country>"): the country's name is the last word of the society's, one organisation (web
pages round 6: the country cut off and shown as a place of its own). The rules split a run of
capitalised words at a country before a person's name ("<Body> <Country> <Given> <Surname>"),
which is right for an office's holder but cuts a national society's name.

Languages so written set ``aid_society_country_after`` (``lang/entities/<lang>.toml``); the
movement's words are its ``aid_societies`` (``entities_kinds``). Only a country's name right
after the society's, one space between.
"""

from __future__ import annotations

from dataclasses import replace

from storyline.analyse.entities_kinds import _holds
from storyline.model import Mention
from storyline.names import countries, fold
from storyline.names.parts import entity_data


def national_societies(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` (sorted) with a society and its country after it joined (the module's doc)."""
    if not lang or not entity_data(lang).get("aid_society_country_after"):
        return mentions
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == "ORG"
            and m.type == "LOC"
            and text[prev.end : m.start] == " "
            and fold(m.text) in countries()
            and _holds(prev.text, lang, "aid_societies")
        ):
            whole = text[prev.start : m.end]
            out[-1] = replace(
                prev, end=m.end, text=whole, base=(prev.base or prev.text) + " " + (m.base or m.text)
            )
            continue
        out.append(m)
    return out
