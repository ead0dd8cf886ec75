"""Token features for the entity tagger.

Everything here is general: the word, its shape and affixes (Slavic inflection lives in the
last letters), its neighbours, whether the same document also writes it in lower case (a common
noun at the start of a sentence), how frequent it is in the language (wordfreq), and whether a
country or city table knows it (ICU, geonames). The tagger learns the weights from annotated
news; nothing here names a particular person, place or story.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from storyline.names import cities, countries, fold
from storyline.ner.tokens import Token

_QUOTES_OPEN = set("«„“\"'‚‘")
_QUOTES_CLOSE = set("»“”\"'‘’")
_SENT_END = set(".!?…")


@lru_cache(maxsize=200_000)
def shape(word: str) -> str:
    """Xxxx → "Xx", ABC → "X", abc → "x", 12 → "d", mixed kept short: "XxX"."""
    out = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:4]


@lru_cache(maxsize=200_000)
def _zipf(word: str, lang: str) -> int:
    from wordfreq import zipf_frequency

    try:
        return int(zipf_frequency(word, lang, wordlist="best"))
    except LookupError:
        return -1


@lru_cache(maxsize=200_000)
def _gazetteer(word: str) -> str:
    """ "C" country, "T" town, "c"/"t" when the word minus an inflectional ending is one."""
    key = fold(word)
    if len(key) < 3:
        return ""
    if key in countries():
        return "C"
    if key in cities():
        return "T"
    for cut in (1, 2, 3):
        stem = key[:-cut]
        if len(stem) >= 4 and (stem in countries() or stem + "а" in countries() or stem + "a" in countries()):
            return "c"
        if len(stem) >= 4 and stem in cities():
            return "t"
    return ""


@lru_cache(maxsize=200_000)
def first_name(word: str, lang: str, endings: bool = True) -> str:
    """ "m", "f" or "a" when the word (or it without an inflectional ending) is a first name in
    gender-guesser's list of first names from many countries; Cyrillic is transliterated first."""
    from storyline.names import to_latin

    latin = to_latin(word, lang) if not word.isascii() else word
    for form in (latin, latin[:-1], latin[:-2]) if endings else (latin,):
        if len(form) < 3:
            break
        g = _names().get_gender(form)
        if g != "unknown":
            return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}.get(g, "a")
    return ""


@lru_cache(maxsize=1)
def _names():  # noqa: ANN202 - gender_guesser's Detector
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=200_000)
def _morph_tags(word: str, lang: str) -> tuple[str, ...]:
    """Part of speech and name classes from pymorphy3's dictionary (ru, uk)."""
    from storyline.ner.morphology import for_lang

    morph = for_lang(lang)
    if morph is None:
        return ()
    p = morph.analyzer.parse(word)[0]
    tags = [f"pos={p.tag.POS}"]
    grammemes = p.tag.grammemes  # a set: the Ukrainian tag set lacks some Russian grammemes
    tags += [f"mg={g}" for g in ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr") if g in grammemes]
    if not morph.analyzer.word_is_known(word.lower()):
        tags.append("unk")
    return tuple(tags)


class DocumentContext:
    """What the whole document says about its words: which appear in lower case somewhere,
    which appear capitalised in the middle of a sentence, and which stand in a run of
    capitalised words somewhere (a surname seen in a full name, a name seen whole)."""

    def __init__(self, sentences: Sequence[Sequence[Token]]) -> None:
        self.lower: set[str] = set()
        self.cap_inside: set[str] = set()
        self.in_run: set[str] = set()
        for sent in sentences:
            first = True
            prev_cap, prev_word = False, ""
            for tok in sent:
                w = tok.text
                if not w[0].isalpha():
                    prev_cap = False
                    continue
                cap = w[0].isupper()
                if w.islower():
                    self.lower.add(w)
                elif not first and cap:
                    self.cap_inside.add(w.lower())
                if cap and prev_cap:
                    self.in_run.add(w.lower())
                    self.in_run.add(prev_word.lower())
                prev_cap, prev_word, first = cap, w, False


class Clusters:
    """Each word's cluster features (``storyline.ner.clusters``): its own ids at every level, and
    the mid level id it gives the tokens next to it. The strings are made once, at loading."""

    def __init__(self, table: Mapping[str, Mapping[str, tuple[int, ...]]]) -> None:
        self.own: dict[str, dict[str, tuple[str, ...]]] = {}
        self.around: dict[str, dict[str, tuple[str, str]]] = {}
        for lang, words in table.items():
            own, around = {}, {}
            for w, ids in words.items():
                own[w] = tuple(f"k{n}={lang}{c}" for n, c in enumerate(ids))
                mid = ids[len(ids) // 2]
                around[w] = (f"-1k={lang}{mid}", f"+1k={lang}{mid}")
            self.own[lang], self.around[lang] = own, around

    @classmethod
    def load(cls, path: Path) -> Clusters | None:
        """The clusters in ``path``, or None when the model has none."""
        from storyline.ner import clusters

        return cls(clusters.load(path)) if path.is_file() else None

    def features(self, words: Sequence[str], lang: str) -> list[list[str]]:
        """The cluster features of each token of a sentence (none for a word without a cluster)."""
        own, around = self.own.get(lang, {}), self.around.get(lang, {})
        lower = [w.lower() for w in words]
        out: list[list[str]] = []
        for i, lw in enumerate(lower):
            f = list(own.get(lw, ()))
            if i > 0 and (a := around.get(lower[i - 1])):
                f.append(a[0])
            if i + 1 < len(lower) and (a := around.get(lower[i + 1])):
                f.append(a[1])
            out.append(f)
        return out


# the features' strings of the most recent words: the frequent ones stay, memory stays small
WORDS_KEPT = 20_000


@lru_cache(maxsize=WORDS_KEPT)
def _word_feats(w: str, lang: str) -> dict[str, str]:
    """A word's own features (shared by every occurrence: read, never change)."""
    lw = w.lower()
    return {"w": lw, "sh": shape(w), "s3": lw[-3:], "s2": lw[-2:], "p3": lw[:3]}


@lru_cache(maxsize=WORDS_KEPT)
def _word_head(w: str, lang: str) -> tuple[str, ...]:
    """The first features of every token, which depend on the word alone: made once per word
    (news repeats its words; building these strings was most of the features' time)."""
    lw = w.lower()
    b = _word_feats(w, lang)
    return (
        "b",
        "L=" + lang,
        "w=" + b["w"],
        "sh=" + b["sh"],
        "s1=" + lw[-1:],
        "s2=" + b["s2"],
        "s3=" + b["s3"],
        "s4=" + lw[-4:],
        "p2=" + lw[:2],
        "p3=" + b["p3"],
        "Ls3=" + lang + b["s3"],
        "Ls2=" + lang + b["s2"],
    )


_PAD = {k: f"{k}pad" for k in (-2, -1, 1, 2)}


@lru_cache(maxsize=WORDS_KEPT)
def _word_around(w: str, lang: str) -> dict[int, tuple[str, str, str]]:
    """The features a word gives the tokens ``k`` places away from it, made once per word."""
    b = _word_feats(w, lang)
    return {k: (f"{k}w={b['w']}", f"{k}sh={b['sh']}", f"{k}s3={b['s3']}") for k in (-2, -1, 1, 2)}


def sentence_features(
    sent: Sequence[Token],
    lang: str,
    doc: DocumentContext,
    quoted: Sequence[bool],
    external: Sequence[str] | None = None,
    clusters: Clusters | None = None,
) -> list[list[str]]:
    """One list of string features per token (python-crfsuite's fast path). ``external`` is
    another tagger's BIO tag per token (natasha for Cyrillic), used as evidence; ``clusters``
    the model's word clusters, when it was trained with them."""
    n = len(sent)
    words = [t.text for t in sent]
    kf = clusters.features(words, lang) if clusters is not None else None
    basic = [_word_feats(w, lang) for w in words]
    first_alpha = next((i for i, w in enumerate(words) if w[0].isalpha()), 0)
    out: list[list[str]] = []
    for i, w in enumerate(words):
        lw = w.lower()
        b = basic[i]
        f = list(_word_head(w, lang))
        if w[0].isalpha():
            cap = w[0].isupper()
            initial = i == first_alpha or (
                i > 0 and (words[i - 1] in _SENT_END or words[i - 1] in _QUOTES_OPEN)
            )
            if cap:
                f.append("cap")
                if initial:
                    f.append("cap_init")
                if lw in doc.lower:
                    f.append("low_seen")
                if lw in doc.cap_inside:
                    f.append("cap_inside")
                z = _zipf(lw, lang)
                f.append(f"z={z}")
                if initial:
                    f.append(f"zi={z}")
                if len(w) > 1 and w.isupper():
                    f.append("allcaps")
                g = _gazetteer(w)
                if g:
                    f.append("gz=" + g)
                if lw in doc.in_run:
                    f.append("in_run")
                fn = first_name(w, lang)
                if fn:
                    f.append("fn=" + fn)
                    if i + 1 < n and words[i + 1][:1].isupper():
                        f.append("fn_next_cap")
            f.append(f"len={min(len(w), 12)}")
            f.extend(_morph_tags(w, lang))
        elif w.isdigit():
            f.append("num")
        if quoted[i]:
            f.append("inq")
        if external is not None:
            f.append("x=" + external[i])
            if i + 1 < n:
                f.append("x+1=" + external[i + 1])
        if i > 0 and sent[i - 1].end == sent[i].start:
            f.append("glued")
        for k in (-2, -1, 1, 2):
            j = i + k
            if 0 <= j < n:
                f += _word_around(words[j], lang)[k]
            else:
                f.append(_PAD[k])
        if i > 0:
            f.append("w-1|w=" + basic[i - 1]["w"] + "|" + b["w"])
        if i + 1 < n:
            f.append("w|w+1=" + b["w"] + "|" + basic[i + 1]["w"])
            f.append("sh|sh+1=" + b["sh"] + "|" + basic[i + 1]["sh"])
        if kf is not None:
            f += kf[i]
        out.append(f)
    return out


def quote_mask(sent: Sequence[Token]) -> list[bool]:
    """Which tokens sit between opening and closing quotation marks (names of products,
    newspapers and companies are often quoted)."""
    mask = []
    inside = False
    for t in sent:
        if t.text in _QUOTES_OPEN and not inside:
            inside = True
            mask.append(False)
            continue
        if t.text in _QUOTES_CLOSE and inside:
            inside = False
            mask.append(False)
            continue
        mask.append(inside)
    return mask
