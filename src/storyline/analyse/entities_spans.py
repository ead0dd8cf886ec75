"""Whole names: a recogniser's span extended over what it cut off.

- A company's legal form after its name ("Nordvik Partner s.r.l.", "Holmby GmbH", "… sp. z o.o.")
  belongs to the name, and so do up to two capitalised words between the name and the form.
- A number glued to a name, or after a hyphen ("Nordvirus-19", "Holmby-2", "NVX1002"), is part of
  it: a tokenizer splits there, and a tagger that stopped at the letters cut the name.
- A web address's domain glued to the name ("Nordvik.co.id", "Holmby.pl") is the outlet's name; a
  capitalised word after a full stop ("Holmby.Then") is the next sentence run on, not a domain.

The legal forms are the same in every language (``LEGAL_FORMS``): they are written in Latin
letters or as the Cyrillic abbreviations of the post-Soviet and Balkan forms.
"""

from __future__ import annotations

import regex

from storyline.model import Mention

LEGAL_FORMS = (
    r"s\.r\.l\.|s\.r\.o\.|spol\.\ s\ r\.\ ?o\.|[Ss]p\.\ z\ o\.\ ?o\.|d\.o\.o\.|d\.d\.|a\.s\.|S\.A\.|S\.p\.A\.|"
    r"N\.V\.|B\.V\.|Ltd\.?|Limited|GmbH|AG|SE|Inc\.?|LLC|PLC|plc|Oy|ASA|"
    r"АД|ЕАД|ООД|ЕООД|ПАО|ОАО|ЗАО|ТОВ|ПрАТ"
)
_LEGAL = regex.compile(
    rf"(?:,?[ \t]+\p{{Lu}}[\p{{L}}\p{{M}}&-]*){{0,2}},?[ \t]+(?:{LEGAL_FORMS})(?![\p{{L}}\p{{N}}])"
)
# a domain: lower-case labels, or labels all in capitals ("SITE.CO.ID"), never "Name.Next"
_DOMAIN = regex.compile(r"(?:\.(?:[a-z]{2,6}|[A-Z]{2,6}))+(?![\p{L}\p{N}.]|\.\p{L})")
_NUMBERED = regex.compile(r"(?:[-‑–][ \t]?)?\p{N}[\p{L}\p{N}]*(?![\p{L}\p{N}]|[.,]\p{N})")
EXTENDED_TYPES = frozenset({"ORG", "PRO"})


def whole_names(text: str, mentions: list[Mention], end: int) -> list[Mention]:
    """``mentions`` (sorted, of a passage ending at ``end``) with organisations and products
    extended over a legal form or a domain; mentions the longer span covers go."""
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue  # inside the span a name before it was extended over
        m = _numbered(text, m, end)
        if m.type in EXTENDED_TYPES:
            m = _extended(text, m, end)
        out.append(m)
    return out


def _numbered(text: str, m: Mention, end: int) -> Mention:
    tail = _NUMBERED.match(text, m.end, end)
    if tail is None or not m.text[-1:].isalpha():
        return m
    return _to(text, m, tail.end())


def _to(text: str, m: Mention, stop: int) -> Mention:
    base = (m.base or m.text) + text[m.end : stop]
    return Mention(m.start, stop, text[m.start : stop], m.type, base, m.lang, kind=m.kind)


def _extended(text: str, m: Mention, end: int) -> Mention:
    tail = _LEGAL.match(text, m.end, end) or _DOMAIN.match(text, m.end, end)
    if tail is None or m.text[-1:] == ".":
        return m
    return _to(text, m, tail.end())
