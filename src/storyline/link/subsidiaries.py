"""A company's name with a country and more words is another company.

The learned name table (``ner.aliases``) takes a name's cross-lingual id from the annotators, who
sometimes gave a national subsidiary its parent's id ("<Brand> Nederland Transport and Trading
B.V." as "<Brand>"). To a reader the subsidiary is another company: its own registration, its own
deals. So a name that holds the alias's own name, a country's name and further words of its own
does not go by that alias. A name with the country alone ("<Brand> UK") may be the company said
with its market and keeps it.

A name with no country but a legal form of its own and two or more words besides the alias's
name ("<Brand> Gas Trading Finance B.V.") is a registered company of its own too: the parent
said with its form ("<Brand> AG") or with one word ("<Brand> Holdings plc") keeps the alias.
"""

from __future__ import annotations

import regex

from storyline.analyse.entities_spans import LEGAL_FORMS
from storyline.names import match_key, to_latin
from storyline.names.concepts import company_forms
from storyline.names.gazetteers import countries
from storyline.names.gazetteers import fold as fold_name
from storyline.ner.aliases import display_name

MIN_WORDS = 3  # the alias's name, a country and at least one more word
MIN_OWN_WORDS = 2  # words of its own beside the alias's name and a legal form
_FORM = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{LEGAL_FORMS})(?![\p{{L}}\p{{N}}])")


def another_company(base: str, lang: str | None, alias: str) -> bool:
    """Whether ``base`` names a subsidiary of the company ``alias`` stands for."""
    if not alias.startswith("ORG-"):
        return False
    words = base.split()
    if len(words) < MIN_WORDS:
        return False
    own = [match_key(w) for w in display_name(alias).split()]
    if any(_country(w) for w in display_name(alias).split()):
        return False  # the alias itself names a country: the name may be it in full
    keys = [match_key(w, lang) for w in words]
    if not own or not all(k in keys for k in own):
        return False
    country = {i for i, w in enumerate(words) if _country(w)}
    country |= {
        j for i in range(len(words) - 1) if _country(f"{words[i]} {words[i + 1]}") for j in (i, i + 1)
    }
    rest = [w for i, (w, k) in enumerate(zip(words, keys, strict=True)) if i not in country and k not in own]
    if country:
        return any(any(c.isalpha() for c in w) for w in rest)
    return _registered(base, lang, rest)


def _registered(base: str, lang: str | None, rest: list[str]) -> bool:
    """Whether a name holds a legal form and ``MIN_OWN_WORDS`` words of its own besides it."""
    forms, _ = company_forms(base, lang)
    latin = to_latin(base, lang)
    if not forms and not _FORM.search(latin):
        return False
    own = [w for w in rest if any(c.isalpha() for c in w) and not _form_word(w, lang)]
    return len(own) >= MIN_OWN_WORDS


def _form_word(word: str, lang: str | None) -> bool:
    """A legal form written as one word ("AG", "Б.В.", "ООО")."""
    forms, other = company_forms(word, lang)
    return bool(forms and not other) or bool(_FORM.fullmatch(to_latin(word, lang).strip(",")))


def _country(word: str) -> bool:
    return fold_name(word) in countries()
