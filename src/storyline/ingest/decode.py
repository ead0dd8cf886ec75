"""Bytes → str: the encoding cascade.

1. a byte-order mark (UTF-8, UTF-16, UTF-32) decides;
2. NUL bytes: UTF-16 without BOM when one byte order reads as plausible text, else binary;
3. strict UTF-8 (a multibyte character cut off at the very end is dropped and noted);
4. charset-normalizer, checked against the common single-byte code pages (cp1251, koi8-r/u,
   iso-8859-5, cp1250, iso-8859-2, cp1252) by how plausible the words read, because short texts
   confuse the detector (koi8-r read as Shift-JIS, cp1251 as a Macedonian code page);
5. the language check: code pages that read about as plausibly (cp1250 and cp1252 share most
   accented letters: "enquête" / "enquęte") are told apart by how many of their accented words
   the detected language's word list (wordfreq) knows. When the winner is not clearly better, or
   its words are mostly unknown, the document carries a warning saying so.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field

from charset_normalizer import from_bytes
from wordfreq import available_languages, zipf_frequency

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# single-byte code pages compared with the detector's pick (short texts fool it)
SINGLE_BYTE = ("cp1251", "koi8-r", "koi8-u", "iso8859-5", "cp1250", "iso8859-2", "cp1252")
# letters of the languages we read (ru, uk, bg, cs, pl, sl, and Western European accents)
COMMON_LETTERS = frozenset(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґáäčďéěíĺľňóôŕřšťúůýžąćęłńśźżàâçèêëîïœùûüÿßöõåæø"
)
_WORD = re.compile(r"[^\W\d_]+")
_WORDLISTS = frozenset(available_languages())
CONTENDER_MARGIN = 0.15  # readings this close to the most plausible one go to the language check
KNOWN_ENOUGH = 0.5  # below this share of known accented words the choice is a guess: warn
CLEAR_WIN = 0.15  # the winner's share must beat the runner-up's by this much, else warn


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
    candidates: list[tuple[str, str]] = []
    if match is not None:
        candidates.append((match.encoding, str(match)))
    for encoding in SINGLE_BYTE:
        try:
            candidates.append((encoding, data.decode(encoding)))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise DecodeError("binary file (mostly undecodable), skipped")
    # the detector's pick wins ties; another code page must read clearly better
    best_encoding, best_text = candidates[0]
    best_score = _plausibility(best_text)
    for encoding, text in candidates[1:]:
        score = _plausibility(text)
        if score > best_score + 0.05:
            best_encoding, best_text, best_score = encoding, text, score
    contenders = {}
    for encoding, text in candidates:  # one per distinct reading, the detector's first
        if _plausibility(text) >= best_score - CONTENDER_MARGIN:
            contenders.setdefault(text, encoding)
    if len(contenders) == 1:
        return Decoded(best_text, best_encoding)
    return _by_language([(enc, text) for text, enc in contenders.items()])


def _by_language(contenders: list[tuple[str, str]]) -> Decoded:
    """Of readings that look about as plausible, the one whose accented words its language knows."""
    scored = sorted(
        ((_known_share(text), -n, enc, text) for n, (enc, text) in enumerate(contenders)), reverse=True
    )
    (share, _, encoding, text), (runner_share, _, runner, _) = scored[0], scored[1]
    warnings = []
    if share is None or share < KNOWN_ENOUGH or share - (runner_share or 0.0) < CLEAR_WIN:
        warnings.append(f"encoding uncertain: read as {encoding}, {runner} reads almost as well")
    return Decoded(text, encoding, warnings)


def _known_share(text: str) -> float:
    """Share of the words with non-ASCII letters that the text's language has in its word list;
    0.0 when the language cannot be told or has no list."""
    from storyline.analyse.language import detect_one  # lingua: loaded only for such files

    sample = text[:20000]
    lang = detect_one(sample[:4000])
    if lang is None or lang not in _WORDLISTS:
        return 0.0
    words = [w.lower() for w in _WORD.findall(sample) if not w.isascii()][:400]
    if not words:
        return 0.0
    return sum(1 for w in words if zipf_frequency(w, lang) > 0) / len(words)


def _plausibility(text: str) -> float:
    """Share of the words with non-ASCII letters that read like news words: one script, and only
    frequent letters of the languages we read. A wrong code page yields rare letters (ђ, ћ, ѓ),
    capitals inside words, or Cyrillic letters inside Latin words."""
    words = [w for w in _WORD.findall(text[:20000]) if not w.isascii()]
    if not words:
        return 0.5
    good = 0
    for word in words:
        letters = [ch for ch in word if not ch.isascii()]
        latin = any(ch.isascii() for ch in word)
        cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in letters)
        inner_caps = any(ch.isupper() for ch in word[1:]) and not word.isupper()
        if (latin and cyrillic) or inner_caps:
            continue
        if all(ch.lower() in COMMON_LETTERS for ch in letters):
            good += 1
    return good / len(words)


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
