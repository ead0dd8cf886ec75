"""A person's one name in quotation marks is still the person when the document names them in full.

A "person" between the quotation marks news puts around titles is read as a thing (a ship, a show:
``entities_hygiene._thing_type``). But a name printed on something ("jars labelled „Anna” and
„Tom”") is the name of the people the article is about: BSNLP's gold types such a mention a person
(audit round 33: "Meghan" on a label, typed a product). What tells the two apart is the rest of the
document: it names the person with the word and another capitalised word beside it ("Anna Kowal",
"the duke's wife, Anna Kowal"), outside quotation marks. A ship or a show named after a given name
is rarely also written so in the same article.
"""

from __future__ import annotations

import regex

from storyline.model import Mention

_QUOTES = "\"'«»„“”‘’‹›"


def named_in_full(text: str, m: Mention) -> bool:
    """Whether the one-word mention ``m`` stands elsewhere in ``text`` with a capitalised word right
    before or after it, not between quotation marks: a person named in full."""
    word = m.text.strip()
    if not word or " " in word or not word[:1].isupper():
        return False
    w = regex.escape(word)
    pattern = regex.compile(
        rf"(?<![\w{_QUOTES}])(?:{w}[ \t]+\p{{Lu}}\p{{Ll}}+|\p{{Lu}}\p{{Ll}}+[ \t]+{w})(?![\w{_QUOTES}])"
    )
    return any(not (f.start() < m.end and f.end() > m.start) for f in pattern.finditer(text))
