"""Two names a tagger read as one: a conjunction joins them, or nothing stands between them.

"Nordvik AG and Holmby AG signed …": a tagger that has seen long official names with "and" in
them ("the Ministry of Trade and Industry") runs on over the conjunction and reads one name. The
document decides: when the words on each side of a conjunction inside a span are each named on
their own elsewhere in the passage (the same written form, or the same base form), the span is
the two names. The part after the conjunction may start with words in lower case that describe
it ("… and the Anglo-Dutch Holmby"): the name is its capitalised rest. A name with a conjunction
inside that the passage never splits ("the Ministry of Trade and Industry", "Nordvik & Holmby"
written only so) stays whole.

A person's full name right after another name ("the minister for Brexit David Nordvik", "the
lawyer of Bibi Saif Holmby": a genitive or a matter before the person) is two names when the
other is named on its own in the passage or is a known place (``_unglued``).

After a plural noun for firms ("vaccines of the firms Nordvax and Holmby": ``company_words_plural``)
a span of two capitalised names of a word or two each, joined by a conjunction, is the two firms
whether or not the passage names them apart: a tagger reads "Nordvax and Holmby" as the one
product the firms make (BSNLP's gold: the two firms, every time so written).

The conjunctions are each language's ``conjunctions`` (``lang/entities/<lang>.toml``).
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from storyline.model import Mention
from storyline.names import fold, is_place
from storyline.names.parts import conjunctions, data_words
from storyline.ner.features import first_name

Rebase = Callable[[str, str], str]  # (surface, type) → base form
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*")
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])([\p{L}\p{M}]+)[ \t]+[«„“\"']?$")
REACH = 40  # characters looked at before a span for the noun


def split_joined(text: str, mentions: list[Mention], lang: str | None, rebase: Rebase) -> list[Mention]:
    """``mentions`` (of one passage) with each span that joins two of the passage's names, by a
    conjunction or with a person's full name last, replaced by the two names."""
    joiners = conjunctions(lang)
    if not joiners or not any(" " in m.text for m in mentions):
        return mentions
    types: dict[str, set[str]] = {}  # a form or base form the passage names on its own → its types
    for m in mentions:
        for form in {m.text, m.base or m.text}:
            types.setdefault(fold(form), set()).add(m.type)
    # one type where the passage gives the name one; else the span's own
    named = {form: next(iter(ts)) if len(ts) == 1 else "" for form, ts in types.items()}
    firms = frozenset(data_words(lang, "company_words_plural"))
    out: list[Mention] = []
    for m in mentions:
        if firms and (pair := _firms(text, m, joiners, firms, rebase)):
            out += pair
            continue
        out += _split(text, m, joiners, named, rebase) or _unglued(text, m, named, rebase) or [m]
    return out


def _firms(
    text: str, m: Mention, joiners: frozenset[str], firms: frozenset[str], rebase: Rebase
) -> list[Mention] | None:
    """The two firms a span after a plural noun for firms joins ("firem Nordvax a Holmby")."""
    before = _WORD_BEFORE.search(text, max(0, m.start - REACH), m.start)
    if before is None or before.group(1) not in firms:
        return None
    words = list(_WORD.finditer(text, m.start, m.end))
    at = [k for k, w in enumerate(words) if w.group() in joiners]
    if len(at) != 1 or not all(w.group()[:1].isupper() for k, w in enumerate(words) if k != at[0]):
        return None
    left, right = words[: at[0]], words[at[0] + 1 :]
    if not 1 <= len(left) <= 2 or not 1 <= len(right) <= 2:
        return None
    return [
        Mention(ws[0].start(), ws[-1].end(), (t := text[ws[0].start() : ws[-1].end()]), "ORG",
                rebase(t, "ORG"), m.lang)
        for ws in (left, right)
    ]  # fmt: skip


def _unglued(text: str, m: Mention, named: dict[str, str], rebase: Rebase) -> list[Mention] | None:
    """A person's full name run into another name before it without a word between ("… for
    Brexit David Nordvik", "the lawyer of Bibi Saif Holmby"): two names when the other is named on
    its own in the passage or is a known place, and the person's name is a given name and one
    more word. Not a name of three words ("Anna Maria Nordvik", "Nordvik Bank Lomsko")."""
    words = list(_WORD.finditer(text, m.start, m.end))
    if len(words) < 3 or not all(w.group()[:1].isupper() for w in words):
        return None
    if any(text[a.end() : b.start()] != " " for a, b in zip(words, words[1:], strict=False)):
        return None
    lang = m.lang or ""
    other, person = words[:-2], words[-2:]
    if not first_name(person[0].group(), lang) or first_name(other[-1].group(), lang):
        return None
    whole = text[person[0].start() : person[-1].end()]
    if not first_name(person[0].group(), lang, endings=False) and "PER" not in (
        _named_as(whole, "PER", named, rebase),
        _named_as(person[1].group(), "PER", named, rebase),
    ):
        return None  # an inflected given name, when the passage names the person elsewhere
    if is_place(person[1].group()) and not named.get(fold(person[1].group())) == "PER":
        return None  # "Nordvik Bank Lomsko": a body and its place
    part = text[other[0].start() : other[-1].end()]
    kind = _named_as(part, m.type, named, rebase)
    if kind is None and m.type != "PER" and is_place(rebase(part, "LOC")):
        kind = "LOC"  # (a "person" of three words whose first is a place's name is a person: "Douglas")
    kind = kind or (m.type if kind == "" and m.type != "PER" else kind)
    if not kind or (kind == "PER" and rebase(part, "PER") == part):
        return None  # a person before a person: only in a case of its own ("the lawyer of Bibi")
    return [
        Mention(ws[0].start(), ws[-1].end(), (t := text[ws[0].start() : ws[-1].end()]), etype,
                rebase(t, etype), m.lang)
        for ws, etype in ((other, kind), (person, "PER"))
    ]  # fmt: skip


def _split(
    text: str, m: Mention, joiners: frozenset[str], named: dict[str, str], rebase: Rebase
) -> list[Mention] | None:
    words = list(_WORD.finditer(text, m.start, m.end))
    for k, w in enumerate(words[1:-1], start=1):
        if w.group() not in joiners:
            continue
        left = words[:k]
        right = words[k + 1 :]
        while right and not right[0].group()[:1].isupper():
            right = right[1:]
        if not right or not left[0].group()[:1].isupper():
            continue
        a = text[left[0].start() : left[-1].end()]
        b = text[right[0].start() : m.end]
        kinds = [_named_as(part, m.type, named, rebase) for part in (a, b)]
        if None in kinds:
            continue
        return [
            Mention(s, s + len(part), part, kind or m.type, rebase(part, kind or m.type), m.lang)
            for (s, part), kind in zip(((left[0].start(), a), (right[0].start(), b)), kinds, strict=True)
        ]
    return None


def _named_as(part: str, etype: str, named: dict[str, str], rebase: Rebase) -> str | None:
    """The type the passage names ``part`` by on its own elsewhere (as written or by its base
    form; "" when by more than one), or None when it does not."""
    found = named.get(fold(part))
    return found if found is not None else named.get(fold(rebase(part, etype)))
