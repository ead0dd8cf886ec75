"""Word tokens and phrase lists for the findings analysers (figures, quotes, claims).

The vocabulary is data: ``lang/findings/<kind>.<lang>.toml`` per language, ``<kind>.toml`` for
what holds in every language. A phrase is one or more words where ``stem*`` matches any ending,
so Slavic inflection is covered by stems rather than a lemmatiser. Matching is on lower-cased
tokens; punctuation tokens are kept so that a phrase never spans a comma.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from storyline.analyse import shared

TOKEN_RE = re.compile(r"\d+(?![\w])|\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    low: str
    kind: str = "w"  # w (word), p (punctuation), num (a number)
    value: float = 0.0
    # the word without a clitic written onto it (Arabic "والقتلى" → "القتلى", "قتلى"): matched too
    alts: tuple[str, ...] = ()


def strip_clitics(toks: list[Token], prefixes: tuple[str, ...]) -> None:
    """Give each word its forms without the clitic prefixes of the language (longest first), so
    that a phrase list names "قتلى" once and matches "والقتلى", "للقتلى", "بالقتلى". A word that
    has such forms is replaced in the list by a new token: the tokens themselves are shared by the
    analysers of the document (``tokens``)."""
    if not prefixes:
        return
    for k, t in enumerate(toks):
        if t.kind != "w":
            continue
        alts: list[str] = []
        frontier = [t.low]
        while frontier:
            word = frontier.pop()
            for p in prefixes:
                if word.startswith(p) and len(word) - len(p) >= 2 and word[len(p) :] not in alts:
                    alts.append(word[len(p) :])
                    frontier.append(word[len(p) :])
        if tuple(alts) != t.alts:
            toks[k] = Token(t.start, t.end, t.low, t.kind, t.value, tuple(alts))


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``. Figures, quotes and claims each read every sentence, so
    a span's tokens are made once per document (``shared``) and each caller gets its own list of
    the same tokens: change the list at will, never a token (replace it)."""
    return list(shared.of(text).memo(("phrases.tokens", start, end), lambda: _scan(text, start, end)))


def _scan(text: str, start: int, end: int) -> list[Token]:
    out = []
    for m in TOKEN_RE.finditer(text, start, end):
        word = m.group()
        kind = "w" if (word[0].isalnum() or word[0] == "_") else "p"
        out.append(Token(m.start(), m.end(), word.lower().replace("’", "'").replace("ё", "е"), kind))
    return out


@cache
def data(kind: str, lang: str | None = None) -> dict[str, Any]:
    """The findings data of one kind for one language ({} where there is none)."""
    name = f"{kind}.{lang}.toml" if lang else f"{kind}.toml"
    path = resources.files("storyline") / "lang" / "findings" / name
    return tomllib.loads(path.read_text("utf-8")) if path.is_file() else {}


@cache
def merged_data(kind: str, lang: str | None = None) -> dict[str, Any]:
    """``data`` where a language's file may say ``extends = "sr"`` (Croatian and Bosnian share
    Serbian's words): the base's tables with the language's own entries added."""
    raw = data(kind, lang)
    base = raw.get("extends")
    if not base:
        return raw
    return _merge(merged_data(kind, base), {k: v for k, v in raw.items() if k != "extends"})


def _merge(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        elif isinstance(v, list) and isinstance(out.get(k), list):
            out[k] = out[k] + v
        else:
            out[k] = v
    return out


Phrase = tuple[tuple[str, bool], ...]  # (word, is_stem) per token
MEMO_SIZE = 20_000  # words whose candidate phrases a list remembers (a list per kind and language)


@dataclass(frozen=True)
class PhraseList:
    """Phrases with a label each; the longest match at a position wins.

    Entries are indexed by their first word (exact words in a dict, stems by prefix), so a match
    tries only the phrases that can start with the token at hand, not the whole list."""

    entries: tuple[tuple[Phrase, str], ...]
    exact: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)
    stems: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)
    numbers: tuple[int, ...] = field(default=(), compare=False, repr=False)
    stem_lengths: tuple[int, ...] = field(default=(), compare=False, repr=False)
    memo: dict[str | tuple[str, tuple[str, ...]], tuple[int, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        exact: dict[str, list[int]] = {}
        stems: dict[str, list[int]] = {}
        numbers: list[int] = []
        for n, (phrase, _label) in enumerate(self.entries):
            word, stem = phrase[0]
            if word == "#":
                numbers.append(n)
            (stems if stem else exact).setdefault(word, []).append(n)
        object.__setattr__(self, "exact", {k: tuple(v) for k, v in exact.items()})
        object.__setattr__(self, "stems", {k: tuple(v) for k, v in stems.items()})
        object.__setattr__(self, "numbers", tuple(numbers))
        # only the lengths some stem has are worth looking up a word's beginning at
        object.__setattr__(self, "stem_lengths", tuple(sorted({len(k) for k in stems}, reverse=True)))

    def _candidates(self, tok: Token) -> tuple[int, ...]:
        """Entries that may start at this token, in list order (longest phrases first). The
        answer depends on the word alone and the same words come back all the time, so it is
        remembered per word (the memory is emptied when it grows large: a long ingest meets
        ever new words)."""
        if tok.kind == "num":
            return self.numbers
        key = (tok.low, tok.alts) if tok.alts else tok.low
        found = self.memo.get(key)
        if found is None:
            if len(self.memo) >= MEMO_SIZE:
                self.memo.clear()
            found = self.memo[key] = self._look_up(tok)
        return found

    def _look_up(self, tok: Token) -> tuple[int, ...]:
        found: list[int] = []
        for low in (tok.low, *tok.alts):
            found += self.exact.get(low, ())
            for n in self.stem_lengths:
                if n <= len(low):
                    found += self.stems.get(low[:n], ())
        return tuple(sorted(set(found)) if tok.alts else sorted(found))

    @classmethod
    def build(cls, table: dict[str, list[str]] | list[str] | None, label: str = "") -> PhraseList:
        items: list[tuple[Phrase, str]] = []
        if isinstance(table, list):
            table = {label: table}
        for name, phrases in (table or {}).items():
            for raw in phrases:
                phrase = tuple(
                    (w.lower().rstrip("*").replace("ё", "е"), w.endswith("*")) for w in _split(raw)
                )
                if phrase:
                    items.append((phrase, name))
        items.sort(key=lambda e: -len(e[0]))
        return cls(tuple(items))

    def match(self, toks: list[Token], i: int) -> tuple[int, str] | None:
        """(number of tokens, label) of the longest phrase starting at token i."""
        if i >= len(toks):
            return None
        tok = toks[i]
        # the memory looked up here first: most tokens start no phrase, and this is asked of
        # every token by every list
        found = None if tok.kind == "num" or tok.alts else self.memo.get(tok.low)
        for n in self._candidates(tok) if found is None else found:
            phrase, label = self.entries[n]
            if _matches(phrase, toks, i):
                return len(phrase), label
        return None

    def match_ending(self, toks: list[Token], j: int) -> tuple[int, str] | None:
        """(number of tokens, label) of the longest phrase ending at token j (inclusive)."""
        best: tuple[int, int, str] | None = None  # (entry index, length, label)
        for i in range(max(0, j - self._longest() + 1), j + 1):
            for n in self._candidates(toks[i]):
                phrase, label = self.entries[n]
                if i + len(phrase) - 1 == j and _matches(phrase, toks, i):
                    if best is None or n < best[0]:
                        best = (n, len(phrase), label)
                    break
        return (best[1], best[2]) if best else None

    def _longest(self) -> int:
        return len(self.entries[0][0]) if self.entries else 0

    def find(self, toks: list[Token], lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
        """All non-overlapping matches (first token, end token exclusive, label) in toks[lo:hi]."""
        hi = len(toks) if hi is None else hi
        out = []
        i = lo
        memo = self.memo
        while i < hi:
            tok = toks[i]
            if tok.kind != "num" and not tok.alts and memo.get(tok.low) == ():
                i += 1  # a word known to start no phrase of this list (most words)
                continue
            hit = self.match(toks, i)
            if hit and i + hit[0] <= hi:
                out.append((i, i + hit[0], hit[1]))
                i += hit[0]
            else:
                i += 1
        return out


def _split(raw: str) -> list[str]:
    # punctuation inside a phrase is its own token, as in ``tokens``
    return [m.group() for m in re.finditer(r"[\w*]+(?:[-'’][\w*]+)*|[^\w\s*]", raw.replace("’", "'"))]


def _matches(phrase: Phrase, toks: list[Token], i: int) -> bool:
    if i + len(phrase) > len(toks):
        return False
    for (word, stem), tok in zip(phrase, toks[i : i + len(phrase)], strict=False):
        if tok.kind == "num":
            if word != "#":  # '#' in a phrase stands for a number
                return False
            continue
        if tok.low.startswith(word) if stem else tok.low == word:
            continue
        if not tok.alts or not any((a.startswith(word) if stem else a == word) for a in tok.alts):
            return False
    return True
