"""A firm's name of names joined by a sign ("Kröte + Lange", "Hölle & Söhne"): the names
before the last sign are as written.

The sign joins its founders' names, or words of another language, into one name that declines
at its end, if at all ("Kröte + Langeja"): a word before the sign is no case form of the
language's own, though its ending may read as one ("Kröte" as the genitive of a "Kröta").
"""

from __future__ import annotations

SIGNS = frozenset("&+")  # a written sign, not a word: the same in every language


def before_the_sign_as_written(tokens: list[str], out: list[str]) -> list[str]:
    """``out`` (the base forms of ``tokens``) with every word before the name's last joining
    sign as written."""
    last = max((j for j, tok in enumerate(tokens) if tok in SIGNS), default=None)
    if last is None or len(out) != len(tokens):
        return out
    return [*tokens[:last], *out[last:]]
