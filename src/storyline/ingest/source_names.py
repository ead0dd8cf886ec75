"""One newsroom, one source: the names an outlet or agency goes by, folded to one key.

News writes the same agency as an acronym ("БГНЕС"), its transliteration ("BGNES"), a
description ("the Bulgarian agency BGNES") or its full name. Counting these as four sources
inflates corroboration, so every source name is reduced to a key:

1. the name is transliterated to lower-case ASCII with ICU (``Any-Latin; Latin-ASCII``) and
   spelled loosely (``x``→``ks``, ``w``→``v``, doubled letters once …), so "Интерфакс" and
   "Interfax" meet;
2. the key is looked up among the aliases: the shipped list of major agencies and broadcasters
   (``lang/sources/sources.toml``) and what ``SourceAliases.learn`` found in the texts;
3. failing that, the words that only describe a source ("state", "news", "агентство") are
   dropped and the rest looked up; a name with a head word ("agency", "агенция") that holds a
   known name ("the Russian state agency TASS") is that source.
A name no alias knows keeps its own loose key: it is still one source under every spelling that
transliterates alike, and never guessed to be another.

Learning reads the pattern "Full Name (ACRONYM)" and "ACRONYM (Full Name)" where the acronym is
the initials of the name, and "description (Known)" / "Known (description)" where a known
source stands beside a description with a head word. An alias that would point at two sources is
dropped: it names neither for sure.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

import icu

MAX_NAME_WORDS = 8
# letters that different romanisations of one name write differently
# (ICU writes "ч" as "c", English as "ch": both end as "k")
_LOOSE = [
    ("shch", "s"), ("sch", "s"), ("ph", "f"), ("ck", "k"), ("ch", "c"), ("sh", "s"), ("zh", "z"),
    ("kh", "h"), ("ts", "c"), ("x", "ks"), ("w", "v"), ("q", "k"), ("y", "i"), ("j", "i"), ("c", "k"),
]  # fmt: skip
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_CAP = r"[^\W\d_a-zа-яёіїєґ]"  # an upper-case letter of any script (rejects lower-case Latin/Cyrillic)
# "Full Name (ABC)" / "ABC (Full Name)": the bracket, and what stands right before it back to
# the last punctuation (a clause boundary) on the same line
_BRACKET = re.compile(r"\(([^()\n]{2,80})\)")
_CLAUSE_BREAK = re.compile(r"[,;:!?«»„“”\"()\[\]\n]|\.\s")
LOOK_BACK = 120


@cache
def _transliterator() -> icu.Transliterator:
    return icu.Transliterator.createInstance("Any-Latin; Latin-ASCII; Lower")


def _loose_word(word: str) -> str:
    latin = re.sub(r"[^a-z0-9]", "", _transliterator().transliterate(_POSSESSIVE.sub("", word)))
    for a, b in _LOOSE:
        latin = latin.replace(a, b)
    # doubled letters once ("Ассошиэйтед Пресс" / "Associated Press"), but not in a two- or
    # three-letter acronym, which would shrink to a common word ("AA")
    return re.sub(r"(.)\1+", r"\1", latin) if len(latin) > 3 else latin


def words(name: str) -> list[str]:
    """The name's words as written (possessive "'s" kept; ``_loose_word`` drops it)."""
    return _WORD.findall(name)


def loose_key(name: str) -> str:
    """A spelling-tolerant Latin key: "Интерфакс" and "Interfax" both give "interfaks"."""
    return " ".join(k for w in words(name) if (k := _loose_word(w)))


@dataclass(frozen=True)
class SourceList:
    """The shipped agencies and the words that describe a source."""

    aliases: dict[str, str]  # loose key → canonical name
    heads: frozenset[str]  # loose keys of "agency", "агенция" …
    modifiers: frozenset[str]  # loose keys of "state", "news" …
    bodies: frozenset[str] = frozenset()  # canonical names of official bodies (``kind = "body"``)
    platforms: frozenset[str] = frozenset()  # loose keys of "Twitter", "Telegram" …
    body_stems: tuple[str, ...] = ()  # loose beginnings of "ministry", "комитет" …
    name_links: frozenset[str] = frozenset()  # "of", "de", "du" …: words inside a long name, case-folded


@cache
def shipped() -> SourceList:
    raw = (resources.files("storyline") / "lang" / "sources" / "sources.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    aliases: dict[str, str] = {}
    for entry in data.get("source", []):
        for name in [entry["name"], *entry.get("names", [])]:
            aliases.setdefault(loose_key(name), entry["name"])
    bodies = frozenset(e["name"] for e in data.get("source", []) if e.get("kind") == "body")
    platforms = frozenset(loose_key(n) for n in data.get("platforms", {}).get("names", [])) - {""}
    desc = data.get("descriptors", {})
    body_stems = tuple(k for w in desc.get("bodies", []) if (k := loose_key(w)))
    heads = frozenset(k for w in desc.get("heads", []) for k in loose_key(w).split())
    modifiers = frozenset(k for w in desc.get("modifiers", []) for k in loose_key(w).split()) - heads
    return SourceList(
        aliases=aliases,
        heads=heads,
        modifiers=modifiers,
        bodies=bodies,
        platforms=platforms,
        body_stems=body_stems,
        name_links=frozenset(w.casefold() for w in desc.get("name_links", [])),
    )


@lru_cache(maxsize=4096)
def is_platform(name: str) -> bool:
    """A social network or messenger ("Twitter", "в Telegram" is read without its preposition)."""
    return loose_key(name) in shipped().platforms


@lru_cache(maxsize=4096)
def is_body(name: str) -> bool:
    """Is the name an official body or an institution — one that speaks for itself and relays
    nobody: an official body of the shipped list, or a name with a word such as "ministry",
    "комитет", "government", "administration" (``[descriptors] bodies``)?"""
    canonical = SourceAliases().canonical(name)
    if canonical is not None:
        return canonical in shipped().bodies
    return any(k.startswith(shipped().body_stems) for k in loose_key(name).split())


@dataclass
class SourceAliases:
    """The shipped aliases plus those learned from a set of texts."""

    base: SourceList = field(default_factory=shipped)
    learned: dict[str, str] = field(default_factory=dict)  # loose key → canonical name
    _ambiguous: set[str] = field(default_factory=set)

    def canonical(self, name: str | None, whole: bool = False) -> str | None:
        """The source a name stands for, or None when no alias knows it. ``whole``: only as the
        name of the source itself, not a part of it ("BBC Radio 4" is no name of the BBC's)."""
        if not name:
            return None
        toks = [k for w in words(name) if (k := _loose_word(w))]
        if not toks:
            return None
        heads, modifiers = self.base.heads, self.base.modifiers
        named = [t for t in toks if t not in modifiers]
        core = [t for t in named if t not in heads]
        for candidate in (toks,) if whole else (toks, named, core):
            if candidate and (found := self._lookup(" ".join(candidate))):
                return found
        if len(core) < len(named) and not whole:
            return self._known_inside(toks)
        return None

    def key(self, name: str) -> str:
        """What counting compares: the canonical source where one is known, else the loose key."""
        canonical = self.canonical(name)
        return loose_key(canonical) if canonical else loose_key(name) or name.casefold()

    def _lookup(self, key: str) -> str | None:
        return self.learned.get(key) or self.base.aliases.get(key)

    def _known_inside(self, toks: list[str]) -> str | None:
        """The longest run of words that is a known source ("… agency BGNES" → BGNES)."""
        for n in range(len(toks) - 1, 0, -1):
            for i in range(len(toks) - n + 1):
                run = toks[i : i + n]
                if self._generic(run):
                    continue  # "a", "news": words that describe, never a name
                if found := self._lookup(" ".join(run)):
                    return found
        return None

    def _generic(self, toks: list[str]) -> bool:
        return all(t in self.base.heads or t in self.base.modifiers for t in toks)

    # ------------------------------------------------------------ learning

    def add(self, alias: str, canonical: str) -> None:
        """Record that ``alias`` names ``canonical``; an alias pointing two ways is forgotten.
        "the Moravian news agency" is recorded as "Moravian agency" too."""
        full = loose_key(alias)
        target = self.canonical(canonical) or canonical
        named = " ".join(t for t in full.split() if t not in self.base.modifiers)
        for key in dict.fromkeys((full, named)):
            if not key or key in self._ambiguous or key == loose_key(target) or self._generic(key.split()):
                continue  # "News Agency (NA)" does not make every news agency NA
            if self.base.aliases.get(key, target) != target or self.learned.get(key, target) != target:
                self._ambiguous.add(key)
                self.learned.pop(key, None)
            else:
                self.learned[key] = target

    def learn(self, texts: Iterable[str], outlets: Iterable[str] = ()) -> SourceAliases:
        """Aliases from "X (Y)" pairs in the texts; ``outlets`` (names from bylines and source lines)
        count as known sources beside the shipped ones."""
        known = {loose_key(o) for o in outlets if o} - {""}
        for text in texts:
            for m in _BRACKET.finditer(text):
                before = _CLAUSE_BREAK.split(text[max(0, m.start() - LOOK_BACK) : m.start()])[-1].strip()
                if before and len(words(before)) <= MAX_NAME_WORDS:
                    self._learn_pair(before, m.group(1), known)
        return self

    def _learn_pair(self, before: str, inside: str, known: set[str]) -> None:
        inside = inside.strip(" .,;:«»„“”\"'")
        for name, other in ((before, inside), (inside, before)):
            if not _is_acronym(name):
                continue
            full = _initials_match(name, other)
            if full:
                self.add(full, self.canonical(name) or name)
                return
        for name, other in ((inside, before), (before, inside)):
            if len(words(name)) > 4:
                continue
            key = loose_key(name)
            if not (key in known or self._lookup(key)):
                continue
            description = _description_tail(other, self.base.heads, self.base.modifiers)
            if description and loose_key(description) != key:
                self.add(description, self.canonical(name) or name)
                return


def _is_acronym(name: str) -> bool:
    letters = re.sub(r"[\W_]", "", name)
    upper = sum(1 for ch in letters if ch.isupper())
    return 2 <= len(letters) <= 8 and " " not in name.strip() and upper >= max(2, len(letters) - 1)


def _initials_match(acronym: str, text: str) -> str | None:
    """The words at the end of ``text`` whose initials spell the acronym, in its own script or
    transliterated ("Българска телеграфна агенция" for "БТА"); lower-case function words may sit
    between them ("Agence France-Presse", "News Agency of the Slovak Republic")."""
    target = re.sub(r"[\W_]", "", acronym).casefold()
    target_latin = _loose_word(acronym)
    ws = words(text)[-MAX_NAME_WORDS:]
    for start in range(len(ws)):
        tail = ws[start:]
        if not tail[0][:1].isupper():
            continue
        for significant in (tail, [w for w in tail if w[:1].isupper()]):
            initials = "".join(w[0] for w in significant).casefold()
            parts = "".join(p[0] for w in significant for p in w.split("-") if p).casefold()
            if target in (initials, parts) or target_latin in (_loose_word(initials), _loose_word(parts)):
                return " ".join(tail)
        if _spells(target, "".join(w[0] for w in tail).casefold()):
            return " ".join(tail)
    return None


MAX_SKIPPED_INITIALS = 2


def _spells(acronym: str, initials: str) -> bool:
    """An acronym that skips a word or two of its name ("ДСНС": Державна Служба України з
    Надзвичайних Ситуацій): the first and last words agree, the rest in order."""
    if len(acronym) < 3 or not initials or acronym[0] != initials[0] or acronym[-1] != initials[-1]:
        return False
    if len(initials) - len(acronym) > MAX_SKIPPED_INITIALS:
        return False
    rest = iter(initials)
    return all(ch in rest for ch in acronym)


def _description_tail(text: str, heads: frozenset[str], modifiers: frozenset[str]) -> str | None:
    """The words of ``text`` from the last head word's phrase on ("Moravian news agency"),
    when the text ends in such a description."""
    ws = words(text)[-MAX_NAME_WORDS:]
    keys = [_loose_word(w) for w in ws]
    if not keys or not any(k in heads for k in keys[-3:]):
        return None
    if all(k in heads or k in modifiers for k in keys[-4:]):
        return None  # "the state news agency" describes any agency: it names none
    return " ".join(ws[-4:]) if len(ws) > 4 else " ".join(ws)


@lru_cache(maxsize=100_000)
def known_source(name: str) -> str | None:
    """The shipped list's canonical name of the agency, outlet or body ``name`` is one of the
    names of (its acronym, a transliteration, a translation), else None: what the shipped list
    says alone, never what one corpus taught."""
    return _shipped_aliases().canonical(name, whole=True)


@cache
def _shipped_aliases() -> SourceAliases:
    return SourceAliases()
