"""Numbers as written in news, in any language: digits of any script ("۱۸", "١٢", "१२"), grouped
thousands ("3.412", "4,318", "17 236" with plain, no-break or narrow spaces, "٣٬٤١٢"), decimals
with a local multiplier ("1.5 million", "6,3 тыс.", "36 ألف", "27 мың"), a multiplier with the
rest after it ("47 bin 318", "۲۷ هزار و ۴۰۶"), case endings on digits ("12 418-ге", "5-ти"), and
number words in any case or gender ("тридцать восемь", "двама", "пятерых", "thirty-eight",
"quatre-vingt-treize", "zweiundzwanzig", "harmincezer", "a dozen").

Number words come from ``lang/findings/numbers.<lang>.toml``: a table of forms (or of base forms,
where the file names a pymorphy3 dictionary that turns "восьмидесяти" into "восемьдесят"), stems
("мың*" for every case of the word), multipliers ("тысяча", "million", "тыс."), and switches:
``compounds`` (number words written as one word, split into known pieces: German, Hungarian),
``teens_after`` (values after which 10–19 still add: French "soixante-dix", "quatre-vingt-treize")
and ``digit_suffixes = ["*"]`` (any case ending after a digit, for agglutinative languages). A
language without a table still gets every digit number. Number-parser covers only en, es, hi, ru
and uk, so the tables are our own. Digits that are part of a code are not numbers here: flight
numbers (J2-8243), registrations (4K-AZ65), dates (25.12.2024), times (10:30), decimals.
Whether a number counts something is the figures analyser's business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from storyline.analyse.phrases import merged_data

# the spaces news puts between thousands: plain, no-break, narrow no-break, thin; Arabic's own mark
GROUP = " \u00a0\u202f\u2009\u066c"
# thousands groups first; otherwise a run with dots, commas or colons (a date, a time, a decimal)
DIGITS_RE = re.compile(rf"\d{{1,3}}(?:[{GROUP}.,]\d{{3}})+(?!\d)|\d+(?:[.,:\u066b]\d+)*")
RANGE_GAP_RE = re.compile(r"\s?[-–—]\s?")  # "5–7 тисяч", "5 - 7 тыс."
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
SPACE = " \u00a0\u202f\u2009"


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
    suffixes: frozenset[str]  # case endings written after digits: "27-ма" (bg), "5-ти" (ru); "*": any
    stems: tuple[tuple[str, float, bool], ...] = ()  # ("мың", 1000, True): every ending of the word
    compounds: bool = False  # "zweiundzwanzig", "harmincezer": pieces written as one word
    teens_after: frozenset[float] = frozenset()  # "quatre-vingt-treize": 80 then 13 still adds


@cache
def _table(lang: str | None) -> NumberWords:
    raw = merged_data("numbers", lang) if lang else {}
    words = {_norm(k): float(v) for k, v in raw.get("words", {}).items()}
    mults = {_norm(k): float(v) for k, v in raw.get("multipliers", {}).items()}
    stems = [(k[:-1], v, False) for k, v in words.items() if k.endswith("*")]
    stems += [(k[:-1], v, True) for k, v in mults.items() if k.endswith("*")]
    stems.sort(key=lambda t: -len(t[0]))  # the longest stem first: "двадцат*" before "два*"
    return NumberWords(
        {k: v for k, v in words.items() if not k.endswith("*")},
        {k: v for k, v in mults.items() if not k.endswith("*")},
        frozenset(raw.get("joiners", [])),
        raw.get("morph"),
        frozenset(raw.get("digit_suffixes", [])),
        tuple(stems),
        bool(raw.get("compounds")),
        frozenset(float(v) for v in raw.get("teens_after", [])),
    )


def _norm(word: str) -> str:
    return word.lower().replace("’", "'").replace("ё", "е")


@cache
def _analyzer(lang: str):  # noqa: ANN202 - pymorphy3's type
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def is_multiplier(word: str, lang: str | None) -> bool:
    """Whether ``word`` multiplies the number before it ("тыс", "milionů", "mld")."""
    hit = _word_value(lang, word)
    return bool(hit and hit[1])


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
    for stem, value, is_mult in table.stems:
        if w.startswith(stem):
            return value, is_mult
    return None


def _pieces(lang: str | None, word: str) -> list[tuple[float, bool]] | None:
    """The number words a word is made of: one for a plain form, several for a compound
    ("zweihundertdreiundzwanzig" → 2, ×100, 23; "harmincezer" → 30, ×1000)."""
    hit = _word_value(lang, word)
    if hit is not None:
        return [hit]
    table = _table(lang)
    if not table.compounds or len(word) < 4:
        return None
    return _split_compound(lang, _norm(word))


@cache
def _split_compound(lang: str | None, word: str) -> list[tuple[float, bool]] | None:
    if not word:
        return []
    table = _table(lang)
    # the longest known piece first; a joiner ("und") makes the unit before it add to the tens after
    for n in range(len(word), 0, -1):
        head = word[:n]
        if head in table.joiners:
            rest = _split_compound(lang, word[n:])
            if rest:
                return [(-1.0, False), *rest]  # -1: a joiner, resolved in _combine_joined
            continue
        value = table.multipliers.get(head)
        piece = (value, True) if value is not None else None
        if piece is None and head in table.forms:
            piece = (table.forms[head], False)
        if piece is None:
            continue
        rest = _split_compound(lang, word[n:])
        if rest is not None:
            return _combine_joined([piece, *rest])
    return None


def _combine_joined(pieces: list[tuple[float, bool]]) -> list[tuple[float, bool]]:
    """ "drei und zwanzig" → 23: the unit written before the tens."""
    if len(pieces) >= 3 and pieces[1] == (-1.0, False) and not pieces[0][1] and not pieces[2][1]:
        return [(pieces[0][0] + pieces[2][0], False), *pieces[3:]]
    return pieces


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
    if len(raw) > 1 and raw[0] == "0" and raw[1].isdigit():
        return None  # "03", "007": a month, a code, never a count
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    after2 = text[e + 1] if e + 1 < len(text) else " "
    if before.isalpha() or before in "_№#$€£/\\" or (before in "-–" and _code_before(text, s - 1)):
        return None  # J2-8243, 4K-AZ65's tail, №5, $20
    suffixes = _table(lang).suffixes
    if after in "-–'’" and after2.isalpha():
        suffix = re.match(r"[^\W\d_]+", text[e + 1 : end])
        if suffix and (after not in "'’" or "*" in suffixes) and "." not in raw and "," not in raw:
            if "*" in suffixes or suffix.group().lower() in suffixes:  # "12 418-ге", "2317'ye", "5-ти"
                return Number(s, e + 1 + suffix.end(), _value(raw))
    if after.isalpha() or after in "%‰_/" or (after in "-–" and after2.isalpha()):
        return None  # 4K, 38%, 38-летний, 5th
    if after == ":" and after2.isdigit() or before == ":":
        return None  # 10:30
    if ":" in raw:
        return None  # 10:30
    groups = re.split(rf"[{GROUP}.,\u066b]", raw)
    if len(groups) == 1:
        return Number(s, e, _value(raw))
    if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3 and "\u066b" not in raw:
        # thousands grouping; "1.234" in English is a decimal, but counts are whole in news
        return Number(s, e, _value("".join(groups)))
    if len(groups) == 2 and raw[len(groups[0])] in ".,\u066b":
        return Number(s, e, _value(f"{groups[0]}.{groups[1]}"), integer=False)
    return None  # 25.12.2024, 1 2 3, …


def _value(raw: str) -> float:
    """Python reads digits of every script ("۱۸", "١٢"); the group marks go."""
    return float("".join(ch for ch in raw if ch.isdigit() or ch == "."))


def _code_before(text: str, hyphen: int) -> bool:
    """A letter in the word before the hyphen makes it a code (J2-8243), not a range (25-30)."""
    k = hyphen
    while k > 0 and text[k - 1].isalnum():
        k -= 1
    return any(ch.isalpha() for ch in text[k:hyphen])


def _number_words(text: str, start: int, end: int, lang: str | None) -> list[Number]:
    table = _table(lang)
    if not table.forms and not table.stems:
        return []
    out: list[Number] = []
    words = list(WORD_RE.finditer(text, start, end))
    i = 0
    while i < len(words):
        first = _pieces(lang, words[i].group())
        if first is None or (first[0][1] and _norm(words[i].group()) not in ("dozen",)):
            i += 1
            continue
        total, current, last_place, last_value = 0.0, 0.0, 10.0**9, 0.0
        j = i
        s = words[i].start()
        e = s
        while j < len(words):
            if j > i and not _adjacent(text, words[j - 1].end(), words[j].start()):
                break
            joined = _hyphenated(lang, text, words, j)
            pieces = [joined[0]] if joined else _pieces(lang, words[j].group())
            if pieces is None:
                if _norm(words[j].group()) in table.joiners and j > i and j + 1 < len(words):
                    nxt = _word_value(lang, words[j + 1].group())
                    if nxt and not nxt[1] and nxt[0] < last_place and current:
                        j += 1
                        continue
                break
            stop = False
            for value, is_mult in pieces:
                if is_mult:
                    if value == 100:
                        current = max(current, 1) * 100
                        last_place = 100
                    else:
                        total += max(current, 1) * value
                        current, last_place = 0.0, value
                else:
                    teen = last_value in table.teens_after and value < 20
                    if current and value >= last_place and not teen:
                        stop = True
                        break  # "two three" are two numbers
                    current += value
                    last_place = _place(value)
                last_value = value
            if stop:
                break
            e = words[j + (joined[1] if joined else 0)].end()
            j += 1 + (joined[1] if joined else 0)
        value = total + current
        if _norm(text[s:e]) == "dozen" and s > 0 and text[max(0, s - 2) : s].lower() == "a ":
            s -= 2
        if value and e > s:
            out.append(Number(s, e, value, words=True))
        i = max(j, i + 1)
    return out


def _hyphenated(
    lang: str | None, text: str, words: list[re.Match[str]], j: int
) -> tuple[tuple[float, bool], int] | None:
    """A form the table lists with a hyphen ("quatre-vingt", "quatre-vingts"): (value, words more)."""
    if j + 1 >= len(words) or text[words[j].end() : words[j + 1].start()] != "-":
        return None
    hit = _word_value(lang, f"{words[j].group()}-{words[j + 1].group()}")
    return (hit, 1) if hit else None


def _adjacent(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    return gap in (" ", "-", "\u00a0", "‐")


def _place(value: float) -> float:
    place = 1.0
    v = int(value)
    while v and v % 10 == 0:
        v //= 10
        place *= 10
    return place


MULT_RE = re.compile(rf"[{SPACE}]([^\W\d_]+)\.?")


def _apply_multipliers(text: str, numbers: list[Number], end: int, lang: str | None) -> list[Number]:
    """ "5 тыс. человек", "2 million" → one number; in "5–7 тисяч" the multiplier is said once
    for both ends of the range; what follows the multiplier adds: "47 bin 318", "۲۷ هزار و ۴۰۶"."""
    out: list[Number] = []
    table = _table(lang)
    skip_until = -1
    for k, n in enumerate(numbers):
        if n.start < skip_until:
            continue
        if n.words:
            out.append(n)
            continue
        m = MULT_RE.match(text, n.end, end)
        hit = _word_value(lang, m.group(1)) if m else None  # any form: "1,5 тысячи", "3 тисячі"
        mult = hit[0] if hit and hit[1] else None
        if m and mult and mult >= 1000:
            raw = text[n.start : n.end]
            if re.fullmatch(r"\d{1,3}[.,]\d{3}", raw):
                # "1,340 милиона", "21.300 ألف": before a multiplier the mark is a decimal one
                n = Number(n.start, n.end, _value(raw.replace(",", ".")), False)
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
            stop = m.end()
            rest = _rest(text, table, numbers[k + 1 : k + 2], stop, mult, end, lang)
            if rest is not None:
                value += rest.value
                stop = skip_until = rest.end
            out.append(Number(n.start, stop, value, value == int(value)))
        else:
            out.append(n)
    return out


def _rest(
    text: str, table: NumberWords, nxt: list[Number], after: int, mult: float, end: int, lang: str | None
) -> Number | None:
    """The number right after a multiplier, perhaps past a joiner, that adds to it ("bin 318"),
    with a smaller multiplier of its own where it has one ("1 млн 250 тыс." → 250 000)."""
    if not nxt or nxt[0].value >= mult or not nxt[0].integer:
        return None
    gap = text[after : nxt[0].start]
    words = gap.split()
    if not gap or gap.strip() and not (len(words) == 1 and _norm(words[0]) in table.joiners):
        return None
    if not all(ch.isspace() or ch.isalpha() for ch in gap):
        return None
    rest = nxt[0]
    m = MULT_RE.match(text, rest.end, end)
    hit = _word_value(lang, m.group(1)) if m else None
    if m and hit and hit[1] and rest.value * hit[0] < mult:
        return Number(rest.start, m.end(), rest.value * hit[0])
    return rest
