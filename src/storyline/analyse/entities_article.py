"""The English article before a body's name is no part of it (issue 16, web pages round 1).

"The Federal Aviation Agency has announced …": a sentence that starts with the article gives the
recogniser "The" with a capital, and it takes the word in. Only there: a capital "The" inside a
sentence of another language is the writer's, part of the name as written (BSNLP's gold keeps it:
"raportu The X Committee"). A body's name is the words after it
(the audit rules; BSNLP's gold never starts an organisation's name with an article). An outlet's
name keeps it: "The Times", "The Associated Press" are written so on their mastheads. A body is
an organisation whose last word is an English head noun of a body (``org_words`` of
``lang/entities/en.toml``: agency, ministry, committee …) and not one an outlet's name ends in
(``article_outlet_heads``). English names turn up as written in every language's text.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from storyline.model import Mention
from storyline.names.parts import data_words

ARTICLE = "The "
_OPENING = "«„“\"‘'‹"
_SENTENCE_END = ".!?…:\n"
MIN_WORDS = 3  # the article and two words at least: "The Agency" alone is no name either way


@cache
def _body_heads() -> frozenset[str]:
    return frozenset(data_words("en", "org_words")) - frozenset(data_words("en", "article_outlet_heads"))


def _opens_sentence(text: str, start: int) -> bool:
    """Only a sentence's first word or a line's is the article capitalised by the sentence; "The"
    with a capital inside one (a Polish "raportu The X Committee") is written as part of the name."""
    before = text[:start].rstrip(" \t" + _OPENING)
    return not before or before[-1] in _SENTENCE_END


def without_english_article(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the article cut off every body's name that opens a sentence with it."""
    out = []
    for m in mentions:
        words = m.text.split()
        if (
            m.type == "ORG"
            and m.text.startswith(ARTICLE)
            and _opens_sentence(text, m.start)
            and len(words) >= MIN_WORDS
            and words[1][:1].isupper()
            and words[-1].lower() in _body_heads()
        ):
            base = m.base or m.text
            rest = m.text[len(ARTICLE) :]
            m = replace(
                m,
                start=m.start + len(ARTICLE),
                text=rest,
                base=base[len(ARTICLE) :] if base.startswith(ARTICLE) else rest,
            )
        out.append(m)
    return out
