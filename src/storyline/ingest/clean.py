"""The canonical text: every later offset points into what ``canonicalize`` returns.

Order matters: normalise characters first (so the rules see ``\\n`` lines and NFC letters), take
the plain-text header off, drop boilerplate lines, repair drop caps (before look-alike repair,
because a drop cap is a one-letter word), fix look-alikes, then normalise blank lines again where
removed lines left gaps.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from storyline.ingest.boilerplate import remove_boilerplate
from storyline.ingest.dropcap import repair_drop_caps
from storyline.ingest.header import Header, split_header
from storyline.ingest.normalize import normalize_text
from storyline.ingest.scripts import fix_homoglyphs


@dataclass
class Cleaned:
    text: str
    header: Header = field(default_factory=Header)


def canonicalize(text: str, with_header: bool = False) -> Cleaned:
    text = normalize_text(text)
    header = Header()
    if with_header:
        header, text = split_header(text)
    text = remove_boilerplate(text)
    text = repair_drop_caps(text)
    text = fix_homoglyphs(text)
    return Cleaned(normalize_text(text).strip(), header)
