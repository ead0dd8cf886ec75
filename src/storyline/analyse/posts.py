"""Posts embedded in an article — a tweet ending "— Name (@handle) May 3, 2024": where each one
starts and ends, and its language when it is not the article's.

A post is the paragraph its signature closes (and the paragraph before, when the signature stands
on a line of its own); in another language than the article, the paragraphs before it in that
language belong to it too. Language detection of the article runs paragraph by paragraph only
where the script changes, so an English tweet in a Slovak or French article is found here: its
span becomes a passage of its own language (``mark_passages``), and the time and event rules of
that language read it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from storyline.model import Analysis, Passage

SIGNATURE = re.compile(r"\(@\w{1,30}\)[ \t]*\S[^\n]{0,40}$", re.MULTILINE)
PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
MAX_PARAGRAPHS = 4  # a post is short: never more paragraphs than this
ALONE_CHARS = 40  # a signature line with less text than this before the handle stands alone


@dataclass(frozen=True)
class Post:
    start: int  # where the post's text begins
    signature: int  # where "(@handle)" is
    end: int  # the end of the signature line
    lang: str | None  # the post's language where it differs from the article's, else None


def find_posts(text: str, analysis: Analysis) -> list[Post]:
    posts: list[Post] = []
    paragraphs: list[tuple[int, int]] = []
    starts: list[int] = []
    for m in SIGNATURE.finditer(text):
        if not paragraphs:  # once per document, and only when it quotes a post
            paragraphs = [(p.start(), p.end()) for p in PARAGRAPH.finditer(text)]
            starts = [s for s, _e in paragraphs]
        idx = bisect.bisect_right(starts, m.start()) - 1
        if idx < 0:
            continue
        own_start = paragraphs[idx][0]
        first = idx - 1 if idx > 0 and len(text[own_start : m.start()].strip()) < ALONE_CHARS else idx
        lang = _lang_of(text[paragraphs[first][0] : m.start()])
        other = lang if lang and analysis.lang and lang != analysis.lang else None
        start = paragraphs[first][0]
        if other:
            for j in range(first - 1, max(-1, first - MAX_PARAGRAPHS), -1):
                if _lang_of(text[paragraphs[j][0] : paragraphs[j][1]]) != other:
                    break
                start = paragraphs[j][0]
        posts.append(Post(start, m.start(), m.end(), other))
    return posts


def mark_passages(analysis: Analysis, posts: list[Post], length: int) -> None:
    """Give each post in another language a passage of its own (passages still tile the text)."""
    for post in posts:
        if post.lang is None:
            continue
        if not analysis.passages:
            analysis.passages = [Passage(0, length, analysis.lang)]
        out: list[Passage] = []
        for p in analysis.passages:
            if p.end <= post.start or p.start >= post.end:
                out.append(p)
                continue
            if p.start < post.start:
                out.append(Passage(p.start, post.start, p.lang))
            if not out or out[-1].end <= post.start:
                out.append(Passage(post.start, post.end, post.lang))
            if p.end > post.end:
                out.append(Passage(post.end, p.end, p.lang))
        analysis.passages = out


def _lang_of(text: str) -> str | None:
    from storyline.analyse.language import detect_one

    return detect_one(text) if len(text.strip()) >= 20 else None
