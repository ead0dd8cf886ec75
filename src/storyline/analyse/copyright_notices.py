"""A site's copyright notice at the end of its articles: "… are protected by the <Copyright Act>. ©
<years> <Publisher>. All rights reserved." (audit round 34: a law's name from a news site's footer,
14 mentions in 13 documents, listed as an entity).

An outlet prints the same notice under every article, so whatever it names (the law, the
publisher's company, the site) turns up in many documents and is listed as if the news spoke of it.
BSNLP's gold marks those names, so recognition, scored against it, keeps the mentions; as with a
quoted headline (``quoted_headlines``) they are marked ``COPYRIGHT_NOTICE`` and the entity list folds
an entity of such mentions alone (an outlet the articles also cite stays listed by those).

A notice is found by its sign: a line holding "©" (or "(c)" before a year) whose sign is near the
document's end (``MAX_TAIL`` characters after it at most; a photo credit in the middle of an article
is no notice). The notice is the whole of that line when the line is short and an article's body stands before it
(a footer paragraph of its own), else the line from the sign on (a site that runs the article and
its footer together on one line).
"""

from __future__ import annotations

import re
from dataclasses import replace

from storyline.analyse.entity_confidence import COPYRIGHT_NOTICE
from storyline.model import Mention

MAX_TAIL = 800  # characters from the sign to the document's end: a footer, not an article's body
MAX_FOOTER_LINE = 1200  # a line this long at most is a footer paragraph of its own …
MIN_BODY = 400  # … when this much text stands before it (an article's body, not a title alone)
_SIGN = re.compile(r"©|\((?:c|C)\)\s*(?:19|20)\d\d")


def notice_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the document's copyright notices (start, end)."""
    spans = []
    for sign in _SIGN.finditer(text):
        if len(text.rstrip()) - sign.start() > MAX_TAIL:
            continue
        line_start = text.rfind("\n", 0, sign.start()) + 1
        line_end = text.find("\n", sign.start())
        line_end = len(text) if line_end < 0 else line_end
        own = line_end - line_start <= MAX_FOOTER_LINE and len(text[:line_start].strip()) >= MIN_BODY
        start = line_start if own else sign.start()
        spans.append((start, line_end))
    return spans


def notices_marked(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, one inside a copyright notice marked ``COPYRIGHT_NOTICE``."""
    spans = notice_spans(text)
    if not spans:
        return mentions
    return [
        replace(m, kind=COPYRIGHT_NOTICE)
        if m.kind is None and any(s <= m.start and m.end <= e for s, e in spans)
        else m
        for m in mentions
    ]
