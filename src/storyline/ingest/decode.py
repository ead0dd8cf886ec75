"""Bytes → str: the encoding cascade.

1. a byte-order mark (UTF-8, UTF-16, UTF-32) decides;
2. NUL bytes: UTF-16 without BOM when one byte order reads as plausible text, else binary;
3. strict UTF-8 (a multibyte character cut off at the very end is dropped and noted);
4. charset-normalizer; when it lands on a Cyrillic single-byte code page the candidates cp1251,
   koi8-r, koi8-u and iso-8859-5 are compared by letter case, because short texts confuse the
   detector and a wrong Cyrillic code page turns most lower-case letters into capitals.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
CYRILLIC_CODEPAGES = ("cp1251", "koi8-r", "koi8-u", "iso8859-5")


class DecodeError(ValueError):
    """The bytes are not text; the message is one line for the user."""


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode_bytes(data: bytes) -> Decoded:
    if not data:
        raise DecodeError("empty file")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            # the BOM is trusted; undecodable bytes after it are replaced rather than fatal
            text = data[len(bom) :].decode(encoding, errors="replace")
            return _checked(Decoded(text, encoding + "-bom"))
    if b"\x00" in data:
        guess = _utf16_without_bom(data)
        if guess is None:
            raise DecodeError("binary file (NUL bytes), skipped")
        return _checked(guess)
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and _is_truncated_tail(data, exc.start):
            dropped = len(data) - exc.start
            return _checked(
                Decoded(
                    data[: exc.start].decode("utf-8"),
                    "utf-8",
                    [f"truncated UTF-8 at the end: {dropped} byte(s) dropped"],
                )
            )
    return _checked(_detect_single_byte(data))


def _is_truncated_tail(data: bytes, start: int) -> bool:
    """True when bytes from ``start`` are the beginning of a valid but incomplete character."""
    try:
        data[:start].decode("utf-8")
    except UnicodeDecodeError:
        return False
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        return decoder.decode(data[start:], final=False) == ""
    except UnicodeDecodeError:
        return False


def _utf16_without_bom(data: bytes) -> Decoded | None:
    if len(data) % 2:
        return None
    best: tuple[float, str, str] | None = None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _plausible_share(text)
        if best is None or score > best[0]:
            best = (score, encoding, text)
    if best is None or best[0] < 0.9:
        return None
    return Decoded(best[2], best[1])


def _plausible_share(text: str) -> float:
    """Share of characters that news text is made of: Latin, Greek, Cyrillic, punctuation and
    whitespace. The wrong UTF-16 byte order yields CJK or other far-away blocks instead."""
    if not text:
        return 0.0
    good = sum(1 for ch in text if ord(ch) < 0x0530 or 0x2000 <= ord(ch) <= 0x206F or ch in "\n\t")
    return good / len(text)


def _detect_single_byte(data: bytes) -> Decoded:
    match = from_bytes(data).best()
    if match is None:
        raise DecodeError("binary file (mostly undecodable), skipped")
    encoding = match.encoding
    text = str(match)
    if encoding.replace("_", "-") in CYRILLIC_CODEPAGES or _cyrillic_share(text) > 0.3:
        encoding, text = _best_cyrillic(data, encoding, text)
    return Decoded(text, encoding)


def _cyrillic_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff") / len(letters)


def _best_cyrillic(data: bytes, encoding: str, text: str) -> tuple[str, str]:
    def score(candidate: str) -> float:
        cyr = [ch for ch in candidate if "\u0400" <= ch <= "\u04ff"]
        if not cyr:
            return 0.0
        lower = sum(1 for ch in cyr if ch.islower())
        return (lower / len(cyr)) * (len(cyr) / max(1, sum(ch.isalpha() for ch in candidate)))

    best = (score(text), encoding, text)
    for candidate in CYRILLIC_CODEPAGES:
        try:
            decoded = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        s = score(decoded)
        if s > best[0] + 1e-9:
            best = (s, candidate, decoded)
    return best[1], best[2]


def _checked(decoded: Decoded) -> Decoded:
    """Reject text that is mostly control characters or replacement marks: binary in disguise."""
    text = decoded.text
    if not text.strip():
        raise DecodeError("empty file (whitespace only)")
    sample = text[:20000]
    bad = sum(
        1
        for ch in sample
        if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\n\r\t\f")
    )
    if bad / len(sample) > 0.1:
        raise DecodeError("binary file (mostly undecodable), skipped")
    return decoded
