"""Rule-based entity recognition, for languages the trained tagger (``storyline.ner``) does not
serve — English and any other Latin-script language — and as the fallback when no model is
installed.

Latin-script passages: capitalised sequences, typed by organisation/place words, gazetteers (ICU
country names, geonames cities) and the document's own evidence (a surname seen in a full name is
a person). Cyrillic passages without a model: natasha (slovnet NER, trained on Russian news).
Per-language word lists live in ``lang/entities/<lang>.toml``; a language without a list falls
back to the English rules' shape with no stop words, so recognition never silently returns nothing.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from storyline.analyse.text import WORD_RE
from storyline.model import Mention
from storyline.names import cities, countries, fold

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_SPEECH_AFTER = re.compile(r"^\s*(?:said|says|told|added|explained|noted|wrote|stated)\b")
_SURNAME = re.compile(
    r"(?:ov|ova|ev|eva|in|ina|sky|ski|ska|enko|uk|yan|dze|shvili|ić|ич|ов|ова|ев|ева|ин|ина|ский|ская|енко|ук|ян)$"
)


@dataclass(frozen=True)
class Lexicon:
    stopwords: frozenset[str]
    titles: frozenset[str]
    org_words: frozenset[str]
    loc_words: frozenset[str]
    loc_cues: frozenset[str]
    connectors: frozenset[str]
    not_names: frozenset[str]


@cache
def lexicon(lang: str | None) -> Lexicon:
    path = resources.files("storyline") / "lang" / "entities" / f"{lang}.toml"
    data = tomllib.loads(path.read_text("utf-8")) if lang and path.is_file() else {}
    if not data.get("org_words") and (lang is None or not is_cyrillic_lang(lang)):
        data = {**lexicon_data("en"), "stopwords": data.get("stopwords", "")}
    return Lexicon(**{f: frozenset(data.get(f, "").split()) for f in Lexicon.__dataclass_fields__})


@cache
def lexicon_data(lang: str) -> dict[str, str]:
    return tomllib.loads(
        (resources.files("storyline") / "lang" / "entities" / f"{lang}.toml").read_text("utf-8")
    )


def is_cyrillic_lang(lang: str) -> bool:
    return lang in {"ru", "bg", "uk", "be", "sr", "mk", "kk"}


def find_by_rules(text: str, start: int, end: int, lang: str | None) -> list[Mention]:
    """Mentions in ``text[start:end]`` by the rules (and natasha for Cyrillic)."""
    if _CYRILLIC.search(text, start, end) and (lang is None or is_cyrillic_lang(lang)):
        return _cyrillic(text, start, end, lang or "ru")
    return _latin(text, start, end, lang or "en")


# ---------------------------------------------------------------- Cyrillic: natasha


@cache
def _natasha():  # noqa: ANN202 - natasha objects are untyped
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    emb = NewsEmbedding()
    return Segmenter(), NewsNERTagger(emb), NewsMorphTagger(emb), MorphVocab()


@cache
def _morph(lang: str):  # noqa: ANN202
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def _cyrillic(text: str, start: int, end: int, lang: str) -> list[Mention]:
    from natasha import Doc

    segmenter, ner, morph, vocab = _natasha()
    doc = Doc(text[start:end])
    doc.segment(segmenter)
    doc.tag_ner(ner)
    if lang == "ru":
        doc.tag_morph(morph)
    lex = lexicon(lang)
    found: list[Mention] = []
    for span in doc.spans:
        for s, e in _split_glued(span.text, span.type):
            cut = _CUT.search(span.text, s, e)  # natasha runs over line breaks and quotes
            e = cut.start() if cut else e
            surface = span.text[s:e].rstrip(" ,.")
            s0 = start + span.start + s
            s0, surface = _strip_title(surface, s0, lex.titles)
            if not surface or fold(surface) in lex.not_names or len(surface) < 2:
                continue
            if span.type == "LOC" and " " in surface and (tail := _known_place_tail(surface, lang)):
                s0, surface, base = s0 + len(surface) - len(tail[0]), tail[0], tail[1]  # "Братский Казахстан"
            elif lang == "ru" and (s, e) == (0, len(span.text)):
                span.normalize(vocab)
                base = span.normal or surface
            elif span.type != "PER" and " " in surface:
                base = surface  # token-wise lemmas break adjective agreement ("Дунайська зоря")
            else:
                base = _lemma_tokens(surface, lang)
            found.append(Mention(s0, s0 + len(surface), surface, span.type, base, lang))
    found += gazetteer_places(text, start, end, lang, found)
    return found


def _known_place_tail(surface: str, lang: str) -> tuple[str, str] | None:
    """The last word of a multi-word place when only it is a known place: a leading adjective
    is then an epithet, not part of the name."""
    if fold(surface) in countries() or fold(surface) in cities():
        return None
    last = surface.split()[-1]
    base = _lemma_tokens(last, lang) if lang in ("ru", "uk") else last
    return (last, base) if fold(base) in countries() or fold(base) in cities() else None


_CAP_WORD = re.compile(r"(?<![\w-])[А-ЯЁЇІЄҐ][а-яёїієґ'ʼ’-]{2,}(?![\w-])")


def gazetteer_places(text: str, start: int, end: int, lang: str, found: list[Mention]) -> list[Mention]:
    """Countries and cities the statistical tagger missed, found by looking capitalised words
    (and their lemmas) up in the gazetteers. Sentence-initial words are skipped: a capitalised
    common noun there may share its spelling with some town."""
    taken = [(m.start, m.end) for m in found]
    extra: list[Mention] = []
    for m in _CAP_WORD.finditer(text, start, end):
        if any(s <= m.start() < e for s, e in taken):
            continue
        before = text[max(start, m.start() - 3) : m.start()]
        if m.start() == start or re.search(r"(?:[.!?:«\"“„]\s*|\n\s*)$", before):
            continue
        word = m.group()
        base = _lemma_tokens(word, lang) if lang in ("ru", "uk") else word
        key = next((b for b in (base, word) if fold(b) in countries() or fold(b) in cities()), None)
        if key:
            extra.append(Mention(m.start(), m.end(), word, "LOC", key, lang))
    return extra


def _split_glued(surface: str, etype: str) -> list[tuple[int, int]]:
    """natasha glues two adjacent surnames ("Алиев Путин") into one person: split them."""
    tokens = list(WORD_RE.finditer(surface))
    if etype == "PER" and len(tokens) == 2 and all(_SURNAME.search(t.group().lower()) for t in tokens):
        return [(t.start(), t.end()) for t in tokens]
    return [(0, len(surface))]


def _strip_title(surface: str, start: int, titles: frozenset[str]) -> tuple[int, str]:
    while True:
        m = re.match(r"([\w-]+)\s+", surface)
        if not m or fold(m.group(1)) not in titles:
            return start, surface
        surface = surface[m.end() :]
        start += m.end()


def _lemma_tokens(surface: str, lang: str) -> str:
    """Base form token by token for languages natasha cannot normalise; keeps capitals."""
    if lang in ("uk", "ru"):
        morph = _morph(lang)
        out = []
        for tok in surface.split():
            lemma = morph.parse(tok)[0].normal_form
            out.append(_recase(tok, lemma) if lemma[:2] == tok[:2].lower() else tok)
        return " ".join(out)
    if lang in {"cs", "pl", "sl", "sk", "hr"}:
        import simplemma

        out = []
        for tok in surface.split():
            lemma = simplemma.lemmatize(tok, lang=lang)
            out.append(_recase(tok, lemma) if lemma[:3].lower() == tok[:3].lower() else tok)
        return " ".join(out)
    return surface


def _recase(original: str, lemma: str) -> str:
    if original.isupper() and len(original) > 1:
        return lemma.upper()
    return lemma[:1].upper() + lemma[1:] if original[:1].isupper() else lemma


# ---------------------------------------------------------------- Latin script: rules

_CAP_TOKEN = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|ic|ani|i)$")
_CUT = re.compile(r"[\n«»\"“”„()\[\]—]")


def _latin(text: str, start: int, end: int, lang: str) -> list[Mention]:
    lex = lexicon(lang)
    lowered = {w.lower() for w in re.findall(r"\b[^\W\d_]+\b", text[start:end]) if w.islower()}
    candidates = list(_capitalised_runs(text, start, end, lex, lowered))
    surnames = {c[2].split()[-1] for c in candidates if len(c[2].split()) > 1}
    speakers = {c[2] for c in candidates if _SPEECH_AFTER.match(text[c[1] : c[1] + 20])}
    found: list[Mention] = []
    for s, _e, surface, titled, initial in candidates:
        base = surface[:-2] if surface.endswith(("'s", "’s")) else surface  # the possessive is no part
        tokens = base.split()
        if (
            initial
            and len(tokens) == 1
            and (tokens[0].lower() in lex.stopwords or tokens[0].lower() in lowered)
        ):
            continue
        etype = _latin_type(text, s, tokens, titled, surnames, speakers, lex)
        if etype:
            found.append(Mention(s, s + len(base), base, etype, _lemma_tokens(base, lang), lang))
    return found


def _capitalised_runs(text: str, start: int, end: int, lex: Lexicon, lowered: set[str]):  # noqa: ANN202
    """(start, end, surface, had_title, sentence_initial) for each run of capitalised words."""
    toks = list(_CAP_TOKEN.finditer(text, start, end))
    i = 0
    while i < len(toks):
        tok = toks[i]
        if not tok.group()[0].isupper() or _is_code(text, tok):
            i += 1
            continue
        before = text[max(start, tok.start() - 3) : tok.start()]
        initial = tok.start() == start or bool(re.search(r"(?:[.!?:\"“«]\s*|\n\s*|^\s*)$", before))
        run = [tok]
        j = i + 1
        while j < len(toks) and text[run[-1].end() : toks[j].start()] in (" ", " "):
            nxt = toks[j].group()
            if _is_code(text, toks[j]):
                break  # a code such as a flight number: not part of a name
            if nxt[0].isupper():
                run.append(toks[j])
                j += 1
            elif nxt.lower() in lex.connectors and j + 1 < len(toks) and toks[j + 1].group()[0].isupper():
                run += [toks[j], toks[j + 1]]
                j += 2
            else:
                break
        i = j
        titled = False
        # "Russian President Vladimir Putin", "Kazakhstan's President X": drop up to the title
        title_at = [k for k, t in enumerate(run[:-1]) if t.group().lower() in lex.titles]
        if title_at:
            run, titled, initial = run[title_at[-1] + 1 :], True, False
        while run and run[0].group().lower() in lex.stopwords:
            run, initial = run[1:], False
        # trailing common nouns ("… Airlines Flight"): words the text also uses in lower case
        while run and (run[-1].group().lower() in lex.connectors or run[-1].group().lower() in lowered):
            if len(run) == 1 or run[-1].group().lower() in lex.org_words | lex.loc_words:
                break
            run = run[:-1]
        if (
            len(run) == 1
            and _DEMONYM.search(run[0].group())
            and re.match(r" [a-z]", text[run[0].end() : run[0].end() + 2])
        ):
            run = []  # "Ukrainian drones": an adjective, not a name
        if run:
            s, e = run[0].start(), run[-1].end()
            yield s, e, text[s:e].rstrip(".,"), titled, initial


def _is_code(text: str, tok: re.Match[str]) -> bool:
    """Flight numbers, registrations, models (J2-8243, 4K-AZ65, E190) are not names."""
    return any(ch.isdigit() for ch in tok.group()) or (tok.start() > 0 and text[tok.start() - 1].isdigit())


def _latin_type(
    text: str, s: int, tokens: list[str], titled: bool, surnames: set[str], speakers: set[str], lex: Lexicon
) -> str | None:
    lowers = [t.lower() for t in tokens]
    name = " ".join(tokens)
    if any(t in lex.org_words for t in lowers):
        return "ORG"
    if fold(name) in countries() or any(t in lex.loc_words for t in lowers):
        return "LOC"
    if any(t in lex.connectors for t in lowers):
        return "ORG"  # "Heroes of X", "Bank of Y": a person's name rarely has a connector
    if len(tokens) == 1 and tokens[0].isupper() and 2 <= len(tokens[0]) <= 6:
        return "ORG"
    if titled:
        return "PER"
    if len(tokens) == 1 and (tokens[0] in surnames or name in speakers):
        return "PER"
    if fold(name) in cities():
        return "LOC"
    if len(tokens) >= 2:
        return "PER"
    prev = re.search(r"(\w+)\s+$", text[max(0, s - 20) : s])
    if prev and prev.group(1).lower() in lex.loc_cues:
        return "LOC"
    return "PER" if _SURNAME.search(lowers[0]) else None
