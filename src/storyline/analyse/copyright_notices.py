"""A site's copyright notice at the end of its articles: "… are protected by the <Copyright Act>. ©
<years> <Publisher>. All rights reserved." (audit round 34: a law's name from a news site's footer,
14 mentions in 13 documents, listed as an entity).

An outlet prints the same notice under every article, so whatever it names (the law, the
publisher's company, the site) turns up in many documents and is listed as if the news spoke of it.
BSNLP's gold marks those names, so recognition, scored against it, keeps the mentions; as with a
quoted headline (``quoted_headlines``) they are marked ``COPYRIGHT_NOTICE`` and the entity list folds
an entity of such mentions alone (an outlet the articles also cite stays listed by those).

A notice is found by its sign: a line holding "©" (or "(c)" before a year), or one of the
language's words of a notice (``copyright_phrases`` of ``lang/entities/<lang>.toml``: "all rights
reserved", "protected by the Copyright Act": a site that prints no sign), near the document's end (``MAX_TAIL`` characters after it at most; a photo credit in the middle of an article
is no notice). The notice is the whole of that line when the line is short and an article's body stands before it
(a footer paragraph of its own), else the line from the sign on (a site that runs the article and
its footer together on one line).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

import regex

from storyline.analyse.entity_confidence import COPYRIGHT_NOTICE
from storyline.model import Mention
from storyline.names.parts import alternation, entity_data

MAX_TAIL = 800  # characters from the sign to the document's end: a footer, not an article's body
MAX_FOOTER_LINE = 1200  # a line this long at most is a footer paragraph of its own …
MIN_BODY = 400  # … when this much text stands before it (an article's body, not a title alone)
_SIGN = re.compile(r"©|\((?:c|C)\)\s*(?:19|20)\d\d")


@cache
def _phrases(lang: str | None) -> regex.Pattern[str] | None:
    words = [p for code in {lang or "en", "en"} for p in entity_data(code).get("copyright_phrases", [])]
    if not words:
        return None
    return regex.compile(alternation(words), regex.IGNORECASE)


def _signs(text: str, lang: str | None) -> list[tuple[int, bool]]:
    """(position, a sign rather than words) of each copyright sign or phrase."""
    found = [(m.start(), True) for m in _SIGN.finditer(text)]
    if (phrases := _phrases(lang)) is not None:
        found += [(m.start(), False) for m in phrases.finditer(text)]
    return found


def notice_spans(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """The spans of the document's copyright notices (start, end)."""
    spans = []
    for at, sign in _signs(text, lang):
        if len(text.rstrip()) - at > MAX_TAIL:
            continue
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        own = line_end - line_start <= MAX_FOOTER_LINE and len(text[:line_start].strip()) >= MIN_BODY
        # a phrase's notice on a long line opens with the phrase's sentence ("The content … is
        # protected by the <Act>"), a sign's with the sign ("© 2019 …")
        sentence = max(line_start, text.rfind(". ", 0, at) + 2) if not sign else at
        spans.append((line_start if own else sentence, line_end))
    return spans


def notices_marked(text: str, mentions: list[Mention], lang: str | None = None) -> list[Mention]:
    """The mentions, one inside a copyright notice marked ``COPYRIGHT_NOTICE``."""
    spans = notice_spans(text, lang)
    if not spans:
        return mentions
    return [
        replace(m, kind=COPYRIGHT_NOTICE)
        if m.kind is None and any(s <= m.start and m.end <= e for s, e in spans)
        else m
        for m in mentions
    ]
