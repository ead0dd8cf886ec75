"""Document and passage language (placeholder: replaced by lingua below)."""
from __future__ import annotations

from storyline.model import Passage


def detect(text: str, lang: str | None) -> tuple[str | None, list[Passage]]:
    return lang, []


def support(lang: str | None) -> str:
    return "basic"
