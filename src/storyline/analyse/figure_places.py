"""Where a count was: the places a sentence names, and which counts of a document split a total
by place ("4 810 in one country, 1 370 in the other"; "74 in Teruel, 12 in Huesca").

Places are the document's LOC/GPE mentions (country adjectives included: "the Ukrainian side")
and, where the recogniser has none (Arabic, Persian, Kazakh …), the countries ICU names in the
document's language or in English — written with a clitic ("والأردن") or a case ending
("Грекияда", "Румынии") too. A count takes the place said right with it ("7 died in Alvor"), else
the place the sentence names last before it.

A place alone makes no part: "three died in Alvor" is the whole count when nothing else is said.
A document splits an attribute by place when its counts of that attribute name two places or
more; then each count with a place is a part. A country among places that are all smaller (no
other country) is the total they belong to, not a part: "the toll in Portugal rose to 31 … 20
in Braga, 11 in Faro".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import icu

from storyline.analyse.offsets import index
from storyline.analyse.phrases import Token
from storyline.model import Analysis
from storyline.names import fold, place_key

MIN_STEM = 4  # a shorter country name as a word's beginning matches too much ("Mali" → "malicious")
CASELESS = ("ar", "fa", "he", "ur", "ps", "ckb")


@dataclass(frozen=True)
class Place:
    first: int  # token indices in the sentence
    last: int
    label: str  # as written
    key: str  # the same for one place however it is written ("country:TR", a folded name)
    adjective: bool = False  # "the Tunisian authorities", "السلطات التونسية": whose count it is

    @property
    def country(self) -> bool:
        return self.key.startswith("country:")


@cache
def _countries(lang: str | None) -> tuple[dict[str, str], dict[str, str]]:
    """(folded one-word country name → ISO code, folded stem → ISO code) in ``lang`` and English."""
    names: dict[str, str] = {}
    for code in icu.Locale.getISOCountries():
        for loc in {lang or "en", "en"}:
            name = icu.Locale("", code).getDisplayCountry(icu.Locale(loc)).split(" (")[0]
            if " " not in name and "-" not in name and len(name) >= MIN_STEM:
                names.setdefault(fold(name), code)
    stems = {k.rstrip("аяеэиыоуюёіїєaeiouyəı"): v for k, v in names.items()}
    return names, {k: v for k, v in stems.items() if len(k) >= MIN_STEM}


@cache
def _caseless_stems(lang: str) -> dict[str, str]:
    """Folded stems of the country names in a script without capitals, less a final long vowel
    or feminine ending ("تونس" for "التونسية", "ليتوانيا" → "ليتوان")."""
    names, _ = _countries(lang)
    stems = {k.rstrip("اةيىه"): v for k, v in names.items() if not k.isascii()}
    return {k: v for k, v in stems.items() if len(k) >= 3}


@lru_cache(maxsize=1 << 16)
def _country(word: str, text: str, lang: str | None, endings: tuple[str, ...] = ()) -> str | None:
    """The ISO code of the country a word names: the name itself, or (in a script with capitals,
    where the word is capitalised) the name's stem with an ending ("Турции", "Türkiye'de"), or (in
    a script without, after its clitics) the stem with an adjective ending the language's pack
    lists ("التونسية", "الأردنية")."""
    names, stems = _countries(lang)
    w = fold(word)
    if w in names:
        return names[w]
    if lang in CASELESS:
        for ending in map(fold, endings):  # folded like the word (ة and ه are one letter to fold)
            if w.endswith(ending) and (code := _caseless_stems(lang).get(w[: -len(ending)])):
                return code
        return None
    if not text[:1].isupper():
        return None
    w = w.split("'")[0].split("’")[0]
    for cut in range(min(len(w), 14), MIN_STEM - 1, -1):
        if (code := stems.get(w[:cut])) and len(w) - cut <= 5:
            return code
    return None


def sentence_places(
    text: str, analysis: Analysis, toks: list[Token], lang: str | None, endings: tuple[str, ...] = ()
) -> list[Place]:
    """The places the sentence names, in order: recognised mentions first, then countries the
    recogniser left out."""
    out: list[Place] = []
    by_start = {t.start: k for k, t in enumerate(toks)}
    by_end = {t.end: k for k, t in enumerate(toks)}
    lo, hi = (toks[0].start, toks[-1].end) if toks else (0, 0)
    taken: set[int] = set()
    for n in index(analysis.mentions).starting_in(lo, hi):
        m = analysis.mentions[n]
        if m.type not in ("LOC", "GPE"):
            continue
        first, last = by_start.get(m.start), by_end.get(m.end)
        if first is None or last is None:
            continue
        base = m.base or m.text
        code = _country(m.text, m.text[:1], lang) if " " not in m.text else None  # "в Румынии"
        key = place_key(base) or ("country:" + code if code else "name:" + stem(fold(base)))
        out.append(Place(first, last, m.text, key, m.kind == "adjective"))
        taken.update(range(first, last + 1))
    for k, t in enumerate(toks):
        if k in taken or t.kind != "w":
            continue
        raw = text[t.start : t.end]
        for word in (t.low, *t.alts):
            if code := _country(word, raw[:1] if word == t.low else word[:1], lang, endings):
                named = fold(word) in _countries(lang)[0]
                label = (raw if word == t.low else word) if named else _name(code, lang)
                out.append(Place(k, k, label, "country:" + code, not named))
                break
    return sorted(out, key=lambda p: p.first)


def _name(code: str, lang: str | None) -> str:
    """The country's name in the language ("التونسية" is in "تونس")."""
    return icu.Locale("", code).getDisplayCountry(icu.Locale(lang or "en")).split(" (")[0]


def stem(name: str) -> str:
    """Case endings aside: "braga" and "bragi" are one place."""
    return name if len(name) <= 5 else name[: max(5, len(name) - 2)]


def split_by_place(counts: list[tuple[str, Place | None, bool]]) -> list[bool]:
    """For the (attribute, place, whether the place is said right with the count) of every count
    of a document that may be a part: whether it is one, because the document splits that
    attribute by place."""
    out = [False] * len(counts)
    by_attribute: dict[str, list[int]] = {}
    for n, (attribute, place, _near) in enumerate(counts):
        if place is not None:
            by_attribute.setdefault(attribute, []).append(n)
    for members in by_attribute.values():
        keys = {counts[n][1].key for n in members}  # type: ignore[union-attr]
        if len(keys) < 2:
            continue
        countries = {k for k in keys if k.startswith("country:")}
        for n in members:
            place = counts[n][1]
            assert place is not None
            # one country over smaller places is their total, not a part of it
            out[n] = place.key in keys and not (place.country and len(countries) == 1)
    return out
