"""Annotated documents → tagged sentences (BIO over ``tokens.Token``), and tags → spans."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.analyse import shared
from storyline.ner.tokens import Token, tokenize

TYPES = ("PER", "ORG", "LOC", "EVT", "PRO")


@dataclass
class TaggedSentence:
    tokens: list[Token]
    tags: list[str]


def read_jsonl(paths: Iterable[Path]) -> Iterator[dict[str, Any]]:
    """Documents in the ../shared/data/bsnlp format (text + [start, end, surface, base, type, id])."""
    for path in paths:
        with Path(path).open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)


def sentences(text: str) -> list[list[Token]]:
    """The tagger's tokens, sentence by sentence (sentences split once per text: ``shared``), in
    the sentences it was trained on (razdel's, not read on over an abbreviation)."""
    return [toks for s, e in shared.of(text).tagger_sentences if (toks := tokenize(text, s, e))]


QUOTES = frozenset("«»\"“”„‟'‚‘’")


def unquote(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the quotation marks around it: annotators include them in some documents
    and not in others, so the tagger learns names without them."""
    while end - start > 2 and text[start] in QUOTES and text[end - 1] in QUOTES:
        start, end = start + 1, end - 1
    return start, end


def tag_document(text: str, mentions: Sequence[Sequence[Any]]) -> list[TaggedSentence]:
    """BIO tags from gold character spans; a token takes a span's tag when it lies inside it."""
    out = []
    spans = sorted((*unquote(text, int(m[0]), int(m[1])), str(m[4])) for m in mentions)
    for toks in sentences(text):
        tags = ["O"] * len(toks)
        for s, e, etype in spans:
            inside = [i for i, t in enumerate(toks) if t.start >= s and t.end <= e]
            if not inside or any(tags[i] != "O" for i in inside):
                continue
            tags[inside[0]] = "B-" + etype
            for i in inside[1:]:
                tags[i] = "I-" + etype
        out.append(TaggedSentence(toks, tags))
    return out


def spans_from_tags(tokens: Sequence[Token], tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) for each B/I run; a stray I- starts a new span."""
    spans: list[tuple[int, int, str]] = []
    cur: list[Any] | None = None
    for tok, tag in zip(tokens, tags, strict=True):
        if tag == "O":
            cur = None
            continue
        kind, etype = tag.split("-", 1)
        if kind == "B" or cur is None or cur[2] != etype:
            cur = [tok.start, tok.end, etype]
            spans.append(cur)  # type: ignore[arg-type]
        else:
            cur[1] = tok.end
    return [tuple(s) for s in spans]  # type: ignore[misc]
