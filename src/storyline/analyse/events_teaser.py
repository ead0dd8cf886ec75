"""A link to another article inside the body ("Czytaj też: <its title> >>>", "Read also: …"):
the title is that article's headline, not this one's news, so a trigger in it reports nothing here.

The teaser opens with a language's cue and a colon and runs to a link marker (">>>", "»") that
follows closely; without a marker its end is unknown and nothing is taken for a teaser.
"""

from __future__ import annotations

import re
from functools import lru_cache

# how far after the cue's colon a teaser's title may run (a headline, with a question at most)
TEASER_REACH = 240
# the arrows a site puts after a linked title
LINK_MARKER_RE = re.compile(r">{2,}|»{1,}|→")


@lru_cache(maxsize=64)  # one pattern per language's cues
def _cue_re(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    if not cues:
        return None
    alternatives = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})\s*:", re.IGNORECASE)


def in_teaser(text: str, cues: tuple[str, ...], start: int) -> bool:
    """Is ``text[start]`` inside a "read also" teaser opened by one of ``cues``?"""
    pattern = _cue_re(cues)
    if pattern is None:
        return False
    for cue in pattern.finditer(text, max(0, start - TEASER_REACH), start):
        window_end = min(len(text), cue.end() + TEASER_REACH)
        # without a marker the title's end is unknown: a flattened page runs the article's own
        # next sentence on after it ("Read also: <title> Strikes paralysed the airports …")
        marker = LINK_MARKER_RE.search(text, cue.end(), window_end)
        if marker is not None and cue.end() <= start < marker.start():
            return True
    return False
