"""An article of a treaty or a law named by its number ("článek 50", "член 50", "Article 50") is a
document's part, a product at most (BSNLP's gold: PRO, every one), never an organisation or a
person, whatever type the tagger gave it.

The words for "article" are each language's ``article_words`` (``lang/entities/<lang>.toml``, the
forms a case gives them); the mention opens with one and a number follows it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from storyline.model import Mention
from storyline.names import fold
from storyline.names.parts import data_words

PRODUCT = "PRO"
_NUMBERED = re.compile(r"^(\w+)\s+\d+[a-z]?\b")


def is_article(m: Mention) -> bool:
    found = _NUMBERED.match(m.text)
    return found is not None and fold(found.group(1)) in {
        fold(w) for w in data_words(m.lang, "article_words")
    }


def articles_as_products(mentions: list[Mention]) -> list[Mention]:
    """The mentions, a treaty's or a law's numbered article typed as a product."""
    return [replace(m, type=PRODUCT) if m.type != PRODUCT and is_article(m) else m for m in mentions]
