"""Numbers as written in news: digits (with spaces, dots or commas grouping thousands) and number
words in any case or gender ("тридцать восемь", "двама", "пятерых", "thirty-eight", "a dozen").

Number words come from ``lang/findings/numbers.<lang>.toml``: a table of forms (or of base forms,
where the file names a pymorphy3 dictionary that turns "восьмидесяти" into "восемьдесят") and
multipliers ("тысяча", "million", "тыс."). Digits that are part of a code are not numbers here:
flight numbers (J2-8243), registrations (4K-AZ65), dates (25.12.2024), times (10:30), decimals.
Whether a number counts something is the figures analyser's business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from storyline.analyse.phrases import data

# thousands groups first; otherwise a run with dots, commas or colons (a date, a time, a decimal)
DIGITS_RE = re.compile(r"\d{1,3}(?:[  .,]\d{3})+(?!\d)|\d+(?:[.,:]\d+)*")
RANGE_GAP_RE = re.compile(r"\s?[-–—]\s?")  # "5–7 тисяч", "5 - 7 тыс."
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    value: float
    integer: bool = True
    words: bool = False


@dataclass(frozen=True)
class NumberWords:
    forms: dict[str, float]
    multipliers: dict[str, float]
    joiners: frozenset[str]
    morph: str | None
    suffixes: frozenset[str]  # case endings written after digits: "27-ма" (bg), "5-ти" (ru)


@cache
def _table(lang: str | None) -> NumberWords:
    raw = data("numbers", lang) if lang else {}
    return NumberWords(
        {_norm(k): float(v) for k, v in raw.get("words", {}).items()},
        {_norm(k): float(v) for k, v in raw.get("multipliers", {}).items()},
        frozenset(raw.get("joiners", [])),
        raw.get("morph"),
        frozenset(raw.get("digit_suffixes", [])),
    )


def _norm(word: str) -> str:
    return word.lower().replace("’", "'").replace("ё", "е")


@cache
def _analyzer(lang: str):  # noqa: ANN202 - pymorphy3's type
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@cache
def _word_value(lang: str | None, word: str) -> tuple[float, bool] | None:
    """(value, is_multiplier) of one number word."""
    table = _table(lang)
    w = _norm(word)
    for candidate in _forms(table, w):
        if candidate in table.multipliers:
            return table.multipliers[candidate], True
        if candidate in table.forms:
            return table.forms[candidate], False
    return None


def _forms(table: NumberWords, word: str) -> list[str]:
    out = [word]
    if table.morph and word not in table.forms and word not in table.multipliers:
        out += [_norm(p.normal_form) for p in _analyzer(table.morph).parse(word)]
    return out


def find_numbers(text: str, start: int, end: int, lang: str | None) -> list[Number]:
    """Every number in text[start:end], left to right."""
    found = [n for m in DIGITS_RE.finditer(text, start, end) if (n := _digits(text, m, end, lang))]
    found += _number_words(text, start, end, lang)
    found.sort(key=lambda n: n.start)
    return _apply_multipliers(text, found, end, lang)


def _digits(text: str, m: re.Match[str], end: int, lang: str | None = None) -> Number | None:
    raw = m.group()
    s, e = m.start(), m.end()
    if sum(ch.isdigit() for ch in raw) > 12:
        return None  # an account number, a hash, a run of digits: never a count
    # a separator at the end belongs to the sentence ("… 38.")
    while raw and not raw[-1].isdigit():
        raw, e = raw[:-1], e - 1
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    after2 = text[e + 1] if e + 1 < len(text) else " "
    if before.isalpha() or before in "_№#$€£/\\" or (before in "-–" and _code_before(text, s - 1)):
        return None  # J2-8243, 4K-AZ65's tail, №5, $20
    if after in "-–" and after2.isalpha():
        suffix = re.match(r"[^\W\d_]+", text[e + 1 : end])
        if suffix and suffix.group().lower() in _table(lang).suffixes and "." not in raw and "," not in raw:
            return Number(s, e + 1 + suffix.end(), float(raw.replace(" ", "").replace("\u00a0", "")))
    if after.isalpha() or after in "%‰_/" or (after in "-–" and after2.isalpha()):
        return None  # 4K, 38%, 38-летний, 5th
    if after == ":" and after2.isdigit() or before == ":":
        return None  # 10:30
    if ":" in raw:
        return None  # 10:30
    groups = re.split(r"[  .,]", raw)
    if len(groups) == 1:
        return Number(s, e, float(raw))
    if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
        # thousands grouping; "1.234" in English is a decimal, but counts are whole in news
        return Number(s, e, float("".join(groups)))
    if len(groups) == 2 and raw[len(groups[0])] in ".,":
        return Number(s, e, float(f"{groups[0]}.{groups[1]}"), integer=False)
    return None  # 25.12.2024, 1 2 3, …


def _code_before(text: str, hyphen: int) -> bool:
    """A letter in the word before the hyphen makes it a code (J2-8243), not a range (25-30)."""
    k = hyphen
    while k > 0 and text[k - 1].isalnum():
        k -= 1
    return any(ch.isalpha() for ch in text[k:hyphen])


def _number_words(text: str, start: int, end: int, lang: str | None) -> list[Number]:
    table = _table(lang)
    if not table.forms:
        return []
    out: list[Number] = []
    words = list(WORD_RE.finditer(text, start, end))
    i = 0
    while i < len(words):
        hit = _word_value(lang, words[i].group())
        if hit is None or (hit[1] and _norm(words[i].group()) not in ("dozen",)):
            i += 1
            continue
        total, current, last_place = 0.0, 0.0, 10.0**9
        j = i
        s = words[i].start()
        e = s
        while j < len(words):
            if j > i and not _adjacent(text, words[j - 1].end(), words[j].start()):
                break
            hit = _word_value(lang, words[j].group())
            if hit is None:
                if _norm(words[j].group()) in table.joiners and j > i and j + 1 < len(words):
                    nxt = _word_value(lang, words[j + 1].group())
                    if nxt and not nxt[1] and nxt[0] < last_place and current:
                        j += 1
                        continue
                break
            value, is_mult = hit
            if is_mult:
                if value == 100:
                    current = max(current, 1) * 100
                    last_place = 100
                else:
                    total += max(current, 1) * value
                    current, last_place = 0.0, value
            else:
                if current and value >= last_place:
                    break  # "two three" are two numbers
                current += value
                last_place = _place(value)
            e = words[j].end()
            j += 1
        value = total + current
        if _norm(text[s:e]) == "dozen" and s > 0 and text[max(0, s - 2) : s].lower() == "a ":
            s -= 2
        if value:
            out.append(Number(s, e, value, words=True))
        i = max(j, i + 1)
    return out


def _adjacent(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    return gap in (" ", "-", " ", "‐")


def _place(value: float) -> float:
    place = 1.0
    v = int(value)
    while v and v % 10 == 0:
        v //= 10
        place *= 10
    return place


def _apply_multipliers(text: str, numbers: list[Number], end: int, lang: str | None) -> list[Number]:
    """ "5 тыс. человек", "2 million" → one number; in "5–7 тисяч" the multiplier is said once
    for both ends of the range."""
    out: list[Number] = []
    for n in numbers:
        if n.words:
            out.append(n)
            continue
        m = re.match(r"[  ]([^\W\d_]+)\.?", text[n.end : end])
        hit = _word_value(lang, m.group(1)) if m else None  # any form: "1,5 тысячи", "3 тисячі"
        mult = hit[0] if hit and hit[1] else None
        if m and mult and mult >= 1000:
            raw = text[n.start : n.end]
            if re.fullmatch(r"\d{1,3}[.,]\d{3}", raw) and mult >= 1_000_000:
                n = Number(n.start, n.end, float(raw.replace(",", ".")), False)  # "1,250 милиона"
            value = n.value * mult
            prev = out[-1] if out else None
            if (
                prev is not None
                and not prev.words
                and RANGE_GAP_RE.fullmatch(text[prev.end : n.start])
                and prev.value < n.value
                and prev.value * mult < value
            ):
                out[-1] = Number(prev.start, prev.end, prev.value * mult, prev.integer)
            out.append(Number(n.start, n.end + m.end(), value, value == int(value)))
        else:
            out.append(n)
    return out
