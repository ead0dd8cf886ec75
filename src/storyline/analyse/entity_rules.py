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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache

import regex

from storyline import lemma_tables
from storyline.analyse import entity_nouns
from storyline.analyse.entity_caseless import find_caseless
from storyline.analyse.entity_rules_conjoined import join_conjoined
from storyline.analyse.offsets import OffsetIndex, SpanIndex
from storyline.analyse.text import WORD_RE
from storyline.model import Mention
from storyline.names import cities, countries, fold, given_name, is_place
from storyline.names.gazetteers import city_population, river_key
from storyline.names.given import listed_given_name
from storyline.names.parts import Titles, apostrophe_split, case_stem, entity_data, has_suffixes, titles_from
from storyline.names.script import is_cased, script
from storyline.ner import lemma_lexicon
from storyline.ner.external import pieces

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_SPEECH_AFTER = re.compile(r"^\s*(?:said|says|told|added|explained|noted|wrote|stated)\b")
# a surname of the shape names of the former Soviet Union and the Balkans take, in either script
SURNAME_ENDING = re.compile(
    r"(?:ov|ova|ev|eva|in|ina|sky|ski|ska|enko|uk|yan|dze|shvili|ić|ич|ов|ова|ев|ева|ин|ина|ский|ская|енко|ук|ян)$"
)


@dataclass(frozen=True)
class Lexicon:
    stopwords: frozenset[str]
    titles: Titles
    org_words: frozenset[str]
    loc_words: frozenset[str]
    loc_cues: frozenset[str]
    connectors: frozenset[str]
    not_names: frozenset[str]
    particles: frozenset[str]  # lower-case words inside a person's name (de, van, bin, əl)
    conjunctions: frozenset[str]  # "and": the names it joins are of one kind
    demonyms_capitalised: bool  # the language capitalises adjectives of nationality (English)
    lang: str | None = None
    nouns_capitalised: bool = False  # the language capitalises every noun (German)
    weekdays: frozenset[str] = frozenset()  # in lower case (``lang/timex``)
    noun_endings: tuple[str, ...] = ()  # endings of the language's common nouns (German "-ung")
    document_words: frozenset[str] = frozenset()  # a treaty's head noun: its name is a product
    body_connectors: frozenset[str] = frozenset()  # "for" after a body's head word ("Centre for X")
    # a country's abbreviation as written ("US"): never the stop word it spells in small letters ("us")
    country_abbreviations: frozenset[str] = frozenset()

    def is_stopword(self, word: str) -> bool:
        """A stop word, unless written as one of the language's country abbreviations."""
        return word.lower() in self.stopwords and word not in self.country_abbreviations


_LISTS = ("stopwords", "org_words", "loc_words", "loc_cues", "connectors", "not_names", "particles",
          "conjunctions", "document_words", "body_connectors")  # fmt: skip


@cache
def lexicon(lang: str | None) -> Lexicon:
    """The language's word lists. A Latin-script language without lists of its own borrows the
    English ones (never its stop words): recognition then works by shape, never not at all."""
    data = dict(entity_data(lang))
    if not data.get("org_words") and (lang is None or not is_cyrillic_lang(lang)):
        data = {
            **lexicon_data("en"),
            "demonyms_capitalised": False,
            **data,
            "stopwords": data.get("stopwords", ""),
        }
    words = {f: frozenset(str(data.get(f, "")).split()) for f in _LISTS}
    # abbreviations of common nouns ("DNA", "VAT") are no names in any language (lang/entities/common.toml)
    common = str(entity_data("common").get("not_names", "")).split()
    words["not_names"] = frozenset(fold(w) for w in words["not_names"] | set(common))
    # an honorific ("Mr", "г-н") is stripped from a name as a title is (lang/entities/<lang>.toml)
    title_words = str(data.get("titles", "")).split() + str(data.get("honorifics", "")).split()
    if lang != "en" and (lang is None or not is_cyrillic_lang(lang)):
        # English passages and names turn up in every Latin-script page (an embedded post, an
        # agency quoted by its English name, "Associated Press", a river's "X River"): English
        # titles and the words that make a name an organisation's or a place's hold there too
        title_words += str(lexicon_data("en").get("titles", "")).split()
        words["org_words"] |= set(str(lexicon_data("en").get("org_words", "")).split())
        words["loc_words"] |= english_place_words()
        words["document_words"] |= set(str(lexicon_data("en").get("document_words", "")).split())
        words["body_connectors"] |= set(str(lexicon_data("en").get("body_connectors", "")).split())
    return Lexicon(
        titles=titles_from(title_words, str(data.get("title_suffixes", "")).split()),
        demonyms_capitalised=bool(data.get("demonyms_capitalised", False)),
        lang=lang,
        nouns_capitalised=bool(data.get("nouns_capitalised", False)),
        weekdays=_weekdays(lang),
        noun_endings=tuple(str(data.get("noun_endings", "")).split()),
        country_abbreviations=frozenset(str(data.get("country_abbreviations", "")).split()),
        **words,
    )


@cache
def english_place_words() -> frozenset[str]:
    """English words that make a name a place's ("river", "lake", "street"), in lower case."""
    return frozenset(str(lexicon_data("en").get("loc_words", "")).split())


def _weekdays(lang: str | None) -> frozenset[str]:
    """The language's names of weekdays and English ones, in lower case: a name never ends with
    one ("Early Tuesday" is a time, not a person)."""
    from storyline.analyse import timex_data

    out: set[str] = set()
    for code in {lang or "en", "en"}:
        data = timex_data.lexicon(code) or {}
        out.update(" ".join(data.get("weekdays", [])).lower().split())
    return frozenset(out)


def lexicon_data(lang: str) -> dict[str, str]:
    data = entity_data(lang)
    if not data:
        raise FileNotFoundError(f"no entity vocabulary for {lang!r}")
    return data


def is_cyrillic_lang(lang: str) -> bool:
    return lang in {"ru", "bg", "uk", "be", "sr", "mk", "kk"}


def find_by_rules(text: str, start: int, end: int, lang: str | None) -> list[Mention]:
    """Mentions in ``text[start:end]`` by the rules (and natasha for Cyrillic); scripts without
    capitals go to ``entity_caseless``."""
    if _CYRILLIC.search(text, start, end) and (lang is None or is_cyrillic_lang(lang)):
        return _cyrillic(text, start, end, lang or "ru")
    written_in = script(text[start:end])
    if written_in and not is_cased(written_in):
        return find_caseless(text, start, end, lang)
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
    found: list[Mention] = []
    for a, b in pieces(text[start:end]):  # natasha's memory grows with what it reads at once
        found += _cyrillic_piece(text, start + a, start + b, lang)
    found += gazetteer_places(text, start, end, lang, found)
    return found


def _cyrillic_piece(text: str, start: int, end: int, lang: str) -> list[Mention]:
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
    taken = SpanIndex((m.start, m.end) for m in found)
    extra: list[Mention] = []
    for m in _CAP_WORD.finditer(text, start, end):
        if taken.contains(m.start()):
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
    if etype == "PER" and len(tokens) == 2 and all(SURNAME_ENDING.search(t.group().lower()) for t in tokens):
        return [(t.start(), t.end()) for t in tokens]
    return [(0, len(surface))]


def _strip_title(surface: str, start: int, titles: Titles) -> tuple[int, str]:
    while True:
        m = re.match(r"([\w-]+)\s+", surface)
        if not m or m.group(1) not in titles:
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
        out = []
        for tok in surface.split():
            lemma = lemma_tables.lemmatize(tok, lang)
            out.append(_recase(tok, lemma) if lemma[:3].lower() == tok[:3].lower() else tok)
        return " ".join(out)
    return surface


def _recase(original: str, lemma: str) -> str:
    if original.isupper() and len(original) > 1:
        return lemma.upper()
    return lemma[:1].upper() + lemma[1:] if original[:1].isupper() else lemma


# ---------------------------------------------------------------- cased scripts: rules

_CAP_TOKEN = regex.compile(r"[^\W\d_][\w'’ʼ-]*")
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|ic|ani|i)$")
_CUT = re.compile(r"[\n«»\"“”„()\[\]—]")
_APOSTROPHES = "'’ʼ"
_ELIDED = regex.compile(r"([^\W\d_]+)['’ʼ]\p{Ll}")  # "L’avion": the letters before the apostrophe
_INITIAL_BEFORE = re.compile(r"(?:[.!?:\"“«]\s*|\n\s*|^\s*)$")


@dataclass
class _Tok:
    start: int
    end: int  # where the name ends: before an ending set off by an apostrophe ("Yılmaz'ın")
    text: str
    closes: bool  # it carries a case ending: the noun phrase ends with it


Candidate = tuple[int, int, str, bool, bool]  # start, end, surface, titled, sentence-initial


def _latin(text: str, start: int, end: int, lang: str) -> list[Mention]:
    """Mentions in a passage of a script with capitals (Latin, Greek, Armenian …)."""
    lex = lexicon(lang)
    passage = text[start:end]
    lowered = {w.lower() for w in regex.findall(r"\b[^\W\d_]+\b", passage) if w.islower()}
    written = {fold(w) for w in regex.findall(r"[^\W\d_]+", passage)}

    def known(word: str) -> bool:  # a stem that is a place, or that the passage writes on its own
        return is_place(word) or fold(word) in written  # (not a first name: Nurlani is no Nurlan + -i)

    toks = _tokens(text, start, end, lang, known)
    candidates = [
        c
        for run, initial in _runs(text, start, toks, lex)
        for c in _split_run(text, run, initial, lex, lowered)
    ]
    candidates = join_conjoined(
        text, candidates, lex.conjunctions, lex.org_words, lambda w: max(_zipf(w, lang), _zipf(w, "en"))
    )
    split = [_route_split(c, lex) for c in candidates]
    routes = {parts[1][0] for parts in split if len(parts) == 2}  # where a route's second place starts
    candidates = [c for parts in split for c in parts]
    split = [_platform_split(c) for c in candidates]
    platforms = {parts[0][0] for parts in split if len(parts) == 2}  # where a platform's name stands
    candidates = [c for parts in split for c in parts]
    nw = entity_nouns.noun_words(lang)
    hints: dict[int, str] = {}  # where a name starts after the noun that said its type
    owners: dict[int, str] = {}  # where a genitive name starts before its nouns: its stem
    nouns: tuple[frozenset[str], frozenset[int]] = (frozenset(), frozenset())
    if nw is not None:
        candidates = _without_nouns(candidates, nw, lex, known, hints, owners)
        nouns = entity_nouns.common_nouns(text, start, end, nw)
    surnames = {c[2].split()[-1] for c in candidates if len(c[2].split()) > 1}
    surnames |= {c[2] for c in candidates if c[3] and len(c[2].split()) == 1}  # "President Kowal"
    speakers = {c[2] for c in candidates if _SPEECH_AFTER.match(text[c[1] : c[1] + 20])}
    found: list[Mention] = []
    untyped: list[tuple[int, str]] = []
    for s, _e, surface, titled, initial in candidates:
        if s in routes:  # the second place of a route ("X-London Gatwick")
            found.append(Mention(s, s + len(surface), surface, "LOC", _base(surface, lang, known), lang))
            continue
        if s in platforms:  # BSNLP's gold types a platform ("Telegram") as a product
            found.append(Mention(s, s + len(surface), surface, "PRO", surface, lang))
            continue
        base = surface[:-2] if surface.endswith(("'s", "’s")) else surface  # the possessive is no part
        tokens = base.split()
        if len(tokens) == 1 and (tokens[0] in nouns[0] or s in nouns[1]):
            continue  # a common noun, capitalised as every noun is ("dem heftigen Erdbeben")
        if s in owners:  # the name in the genitive, its nouns left ("Xs Name")
            stem = owners[s]
            etype = "LOC" if is_place(stem) else "PER" if given_name(stem) or stem in surnames else None
            if etype:
                found.append(Mention(s, s + len(base), base, etype, stem, lang))
            continue
        if initial and len(tokens) == 1 and (lex.is_stopword(tokens[0]) or tokens[0].lower() in lowered):
            continue
        etype = _latin_type(text, s, tokens, titled, surnames, speakers, lex)
        if s in hints:
            etype = hints[s]  # "des Herstellers X", "Stadt X": the noun cut off says what X is
        if etype:
            form = _base(base, lang, known)
            if etype == "LOC" and len(tokens) == 1 and not is_place(form) and is_place(_lemma(form, lang)):
                form = _lemma(form, lang)  # "Ungariei" → Ungaria
            found.append(Mention(s, s + len(base), base, etype, form, lang))
        elif len(tokens) == 1 and not initial:
            untyped.append((s, base))
    found += _coordinated(text, untyped, found, lex, lang, known)
    return _short_names(text, sorted(found, key=lambda m: m.start))


def _without_nouns(
    candidates: list[Candidate], nw: entity_nouns.NounWords, lex: Lexicon, known: Callable[[str], bool],
    hints: dict[int, str], owners: dict[int, str],
) -> list[Candidate]:  # fmt: skip
    """Where every noun is capitalised, a run's common nouns are cut off (``entity_nouns``): those
    before its name ("Stadt X", "Seite der X"), with the type they say the name has (``hints``),
    and those after a name in the genitive ("Xs Name": ``owners``, the stem). A run of common
    nouns alone ("Angaben der Fluggesellschaft") goes."""
    kept = lex.org_words | lex.loc_words | lex.document_words

    def keeps(word: str) -> bool:
        return word.lower() in kept or word in lex.titles

    def named(stem: str) -> bool:
        return known(stem) or bool(given_name(stem))

    out: list[Candidate] = []
    for c in candidates:
        s, e, surface, titled, initial = c
        tokens = surface.split()
        if titled or len(tokens) < 2:
            out.append(c)
            continue
        cut, hint = entity_nouns.lead_cut(tokens, nw, keeps)
        if cut >= len(tokens):
            continue
        if cut:
            at = s + surface.index(tokens[cut], len(" ".join(tokens[:cut])))
            c = (at, e, surface[at - s :], False, False)
            tokens = tokens[cut:]
            owner = entity_nouns.genitive_stem(tokens[0], nw, named) if len(tokens) == 1 else None
            if owner is not None:  # "der Heimatstadt Xs": the town is X's, X no town
                owners[at] = owner
            elif hint:
                hints[at] = hint
        stem = entity_nouns.possessor(tokens, nw, named)
        if stem is not None:
            owners[c[0]] = stem
            c = (c[0], c[0] + len(tokens[0]), tokens[0], False, c[4])
        out.append(c)
    return out


_OPENS_BRACKET = re.compile(r"\s*\($")


def _short_names(text: str, found: list[Mention]) -> list[Mention]:
    """A "person" in brackets right after an organisation's name is that body's short name
    ("… Prevention Service (Norpa II)": a mixed-case acronym, a numbered branch), an
    organisation: a person's name seldom stands in brackets after a body's."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            m.type == "PER"
            and prev is not None
            and prev.type == "ORG"
            and text[m.end : m.end + 1] == ")"
            and _OPENS_BRACKET.fullmatch(text, prev.end, m.start)
        ):
            m = replace(m, type="ORG")
        out.append(m)
    return out


def _route_split(c: Candidate, lex: Lexicon) -> list[Candidate]:
    """A route of two places joined by a hyphen ("Ahmedabad-London Gatwick", "Lisbon-Porto") is
    no one name: its first place, and its second (with the words after it), each a place. A
    hyphenated name whose parts are not both places ("Smith-Jones") stays whole, and so does a
    pair that a word for a place in the name makes one ("the Nordby-Velna Bridge", a region or a
    canal named after the two places it joins: ``loc_words``). (A lower-case "bridge" after the
    pair is left to the split: BSNLP's gold annotates the two places so.)"""
    s, e, surface, titled, initial = c
    head, sep, rest = surface.partition("-")
    first_rest = rest.split(" ", 1)[0]
    if not sep or " " in head or titled or not (is_place(head) and is_place(first_rest)):
        return [c]
    if " " in rest and rest.split()[-1].lower() in lex.loc_words:
        return [c]
    if given_name(head):
        return [c]  # "Jean-Paul", "Marie-Claire": a double first name, not a route
    second = s + len(head) + 1
    return [(s, s + len(head), head, False, initial), (second, e, rest, False, False)]


@cache
def _platform_names() -> frozenset[str]:
    return frozenset(str(entity_data("common").get("platforms", "")).split())


def _platform_split(c: Candidate) -> list[Candidate]:
    """A platform's name before another name ("the Telegram <channel>", "YouTube <channel>") is
    two names: the platform's, and the channel's or account's after it, typed on its own."""
    s, e, surface, titled, initial = c
    head, sep, rest = surface.partition(" ")
    if not sep or head not in _platform_names() or titled:
        return [c]
    return [(s, s + len(head), head, False, initial), (s + len(head) + 1, e, rest, False, False)]


def _tokens(text: str, start: int, end: int, lang: str, known: Callable[[str], bool]) -> list[_Tok]:
    suffixed = has_suffixes(lang)
    out = []
    for m in _CAP_TOKEN.finditer(text, start, end):
        word = m.group().rstrip(_APOSTROPHES + "-")
        if not word:
            continue
        cut = apostrophe_split(word, lang)
        if cut is not None:
            out.append(_Tok(m.start(), m.start() + cut, word[:cut], True))
            continue
        closes = suffixed and word[0].isupper() and case_stem(word, lang, known) != word
        out.append(_Tok(m.start(), m.start() + len(word), word, closes))
    return out


def _capitalised(tok: _Tok, lex: Lexicon) -> bool:
    """A capitalised word, or a lower-case name particle joined to one ("əl-Haşim", "al-Assad").
    An elided article before a common noun ("L’avion" opening a sentence) is no capitalised word:
    the noun after the apostrophe is in small letters."""
    if tok.text[0].isupper():
        elided = _ELIDED.match(tok.text)
        return not (elided and elided.group(1).lower() in _elided_articles())
    head, _, rest = tok.text.partition("-")
    return bool(rest) and head.lower() in lex.particles and rest[:1].isupper()


@cache
def _elided_articles() -> frozenset[str]:
    return frozenset(str(entity_data("common").get("elided_articles", "")).lower().split())


def _runs(text: str, start: int, toks: list[_Tok], lex: Lexicon) -> Iterator[tuple[list[_Tok], bool]]:
    """Runs of capitalised words (with the connectors and particles between them), and whether
    each starts a sentence."""
    i = 0
    while i < len(toks):
        tok = toks[i]
        if not _capitalised(tok, lex) or _is_code(text, tok):
            i += 1
            continue
        initial = tok.start == start or bool(
            _INITIAL_BEFORE.search(text[max(start, tok.start - 3) : tok.start])
        )
        run = [tok]
        j = i + 1
        while not run[-1].closes and j < len(toks) and text[run[-1].end : toks[j].start] in (" ", " "):
            nxt = toks[j]
            if _is_code(text, nxt):
                break  # a code such as a flight number: not part of a name
            if _capitalised(nxt, lex):
                run.append(nxt)
                j += 1
            elif (
                (
                    nxt.text.lower() in lex.connectors | lex.particles
                    or (nxt.text.lower() in lex.body_connectors and run[-1].text.lower() in lex.org_words)
                )
                and j + 1 < len(toks)
                and toks[j + 1].text[0].isupper()
                and text[nxt.end : toks[j + 1].start] in (" ", " ")
            ):
                run += [nxt, toks[j + 1]]
                j += 2
            else:
                break
        i = j
        yield run, initial


def _without_opening_noun(run: list[_Tok], lex: Lexicon) -> list[_Tok]:
    """A run that opens a sentence with a common noun, a connector and a body's name
    ("Investigadores do Centro de …", "Experts of the Institute …"): the noun is capitalised
    only because it starts the sentence; the name is the body's, from its head word on. A noun
    that is itself a body's or a place's word ("Banco do Brasil"), a first name or a place stays."""
    k = 1
    while k < len(run) and run[k].text.lower() in lex.connectors:
        k += 1
    if k == 1 or k >= len(run) or run[k].text.lower() not in lex.org_words:
        return run
    first = run[0].text
    heads = lex.org_words | lex.loc_words
    if (
        first.lower() in heads
        or given_name(first)
        or is_place(first)
        or _zipf(first.lower(), lex.lang) < WORD_ZIPF
    ):
        return run
    return run[k:]


def _span(text: str, run: list[_Tok], titled: bool, initial: bool) -> Candidate:
    s, e = run[0].start, run[-1].end
    return s, e, text[s:e].rstrip(".,"), titled, initial


def _split_run(text: str, run: list[_Tok], initial: bool, lex: Lexicon, lowered: set[str]) -> list[Candidate]:
    """The names in one run: titles cut off ("Russian President Vladimir Putin", "İran
    Cumhurbaşkanı Dupont"), a place before a person split off ("Croazia Andrej Horvat"), leading
    stop words and trailing common nouns dropped."""
    out: list[Candidate] = []
    titled = False
    title_at = [k for k, t in enumerate(run[:-1]) if t.text in lex.titles]
    if title_at:
        k = title_at[-1]
        out += [_span(text, [t], False, False) for t in run[:k] if is_place(t.text)]  # "İran Cumhurbaşkanı"
        run, titled, initial = run[k + 1 :], True, False
    elif all(t.text in lex.titles for t in run):
        return []  # a title alone ("Premier") names no one
    # a stop word written as a country's abbreviation is the country ("the US Coast Guard", "US
    # officials": not the pronoun "us"); BSNLP's gold keeps it in the body's name ("US Space Force")
    while run and lex.is_stopword(run[0].text):
        run, initial = run[1:], False
    if initial:
        run = _without_opening_noun(run, lex)
    # trailing common nouns ("… Airlines Flight"): words the text also uses in lower case; a
    # weekday ("Early Tuesday") is a time, never the end of a name
    while run and run[-1].text.lower() in lex.weekdays:
        run = run[:-1]
    while run and (run[-1].text.lower() in lex.connectors or run[-1].text.lower() in lowered):
        if len(run) == 1 or run[-1].text.lower() in lex.org_words | lex.loc_words:
            break
        run = run[:-1]
    if (
        lex.demonyms_capitalised
        and len(run) == 1
        and _DEMONYM.search(run[0].text)
        and re.match(r" [a-z]", text[run[0].end : run[0].end + 2])
    ):
        return out  # "Ukrainian drones": an adjective, not a name
    # words before a first name that are no names ("Luar Negeri Budi …", "Externe Ion …":
    # the rest of a title's office) are cut off
    first = next((k for k, t in enumerate(run[:-1]) if given_name(t.text)), None)
    if first and first <= 2 and len(run) - first >= 2:
        head = [t.text.lower() for t in run[:first]]
        if (
            not any(w in lex.org_words | lex.loc_words | lex.particles for w in head)
            and not any(is_place(t.text) for t in run[:first])
            and (titled or all(_zipf(w, lex.lang) >= COMMON_ZIPF for w in head))
        ):
            run, initial = run[first:], False
    for k in range(len(run) - 2):
        place, nxt = run[k].text, run[k + 1].text
        if nxt.lower() in lex.org_words | lex.loc_words or not (
            (_is_country(place, lex.lang) and (titled or given_name(nxt)))
            or (is_place(place) and not given_name(place) and given_name(nxt))
        ):
            continue
        if k:
            out.append(_span(text, run[:k], False, initial))
        out.append(_span(text, [run[k]], False, initial and not k))
        run, initial = run[k + 1 :], False
        break
    if run:
        out.append(_span(text, run, titled, initial))
    return out


COMMON_ZIPF = 4.0  # a word this frequent in its language (wordfreq) is a word, not a name
WORD_ZIPF = 3.5  # … and a run of words each at least this frequent, with no first name, no name


@cache
def _zipf(word: str, lang: str | None) -> float:
    from wordfreq import available_languages, zipf_frequency

    if lang not in available_languages():  # wordfreq would answer for a "nearest" language
        return 0.0
    try:
        return zipf_frequency(word, lang or "")
    except (LookupError, ValueError):
        return 0.0


@cache
def _lemma(word: str, lang: str | None) -> str:
    """simplemma's lemma of a word (the word itself where simplemma has no such language)."""
    try:
        lemma = lemma_tables.lemmatize(word, lang or "")
    except ValueError:
        return word
    return _recase(word, lemma)


def _is_country(word: str, lang: str | None) -> bool:
    """A country's name, also inflected ("Ungariei", "Polens")."""
    return fold(word) in countries() or fold(_lemma(word, lang)) in countries()


def _is_place_form(word: str, lang: str | None) -> bool:
    """An inflected place ("Gəncəyə", "Debrecenben"): its stem or lemma is a known place."""
    return is_place(case_stem(word, lang)) or is_place(_lemma(word, lang))


def _is_code(text: str, tok: _Tok) -> bool:
    """Flight numbers, registrations, models (J2-8243, 4K-AZ65, E190) are not names."""
    return any(ch.isdigit() for ch in tok.text) or (tok.start > 0 and text[tok.start - 1].isdigit())


def _latin_type(
    text: str, s: int, tokens: list[str], titled: bool, surnames: set[str], speakers: set[str], lex: Lexicon
) -> str | None:
    lowers = [t.lower() for t in tokens]
    name = " ".join(tokens)
    if any(t in lex.org_words for t in lowers):
        return "ORG"
    if len(tokens) >= 2 and any(t in lex.document_words for t in lowers):
        return "PRO"  # "the Treaty of Lisbon", "Montrealer Übereinkommen": BSNLP types treaties PRO
    if fold(name) in countries() or any(t in lex.loc_words for t in lowers):
        return "LOC"
    if river_key(name, lex.lang):
        return "LOC"  # a river of the shipped table ("the Danube"): no cue before it says so
    if len(tokens) >= 2 and fold(name) in cities():
        return "LOC"
    if (
        len(tokens) >= 2
        and given_name(tokens[0])
        and all(t[0].isupper() or t.lower() in lex.particles for t in tokens)
    ):
        return "PER"  # "Renato de Albuquerque": a first name, and particles that belong to names
    if lex.nouns_capitalised and _all_words(tokens, lex, skip=lex.connectors):
        return None  # German common nouns, capitalised as all nouns are ("Rettung der Zivilisten")
    if any(t in lex.connectors for t in lowers):
        return "ORG"  # "Heroes of X", "Bank of Y": a person's name rarely has a connector
    if len(tokens) == 1 and tokens[0].isupper() and 2 <= len(tokens[0]) <= 6:
        return "ORG"
    if len(tokens) == 1 and _is_country(tokens[0], lex.lang):
        return "LOC"  # an inflected country ("Premierul Ungariei")
    if titled:
        return "PER"
    if len(tokens) == 1 and (tokens[0] in surnames or name in speakers):
        return "PER"
    if len(tokens) == 1 and _given_name_of_a_small_town(text, s, tokens[0], lex):
        return "PER"
    if fold(name) in cities() or (len(tokens) == 1 and _is_place_form(tokens[0], lex.lang)):
        return "LOC"
    if len(tokens) >= 2 and not given_name(tokens[0]) and any(_is_country(t, lex.lang) for t in tokens):
        return "LOC"  # "Şərqi Türkiyə": a region named after its country
    if _all_words(tokens, lex):
        return None  # words of the language, no first name among them: "Letzte Woche", "Drei Kinder"
    if lex.lang != "en" and _all_words(tokens, lexicon("en")) and not any(is_place(t) for t in tokens):
        return None  # English words in another language's page (an embedded post's "Plane Crash")
    if len(tokens) >= 2:
        return "PER"
    if _common_noun(tokens[0], lex) and not given_name(tokens[0]):
        return None  # German "einen Meilenstein", "im Zentrum": a noun, capitalised as all nouns are
    prev = re.search(r"(\w+)\s+$", text[max(0, s - 20) : s])
    if prev and prev.group(1).lower() in lex.loc_cues:
        return "LOC"
    return "PER" if SURNAME_ENDING.search(lowers[0]) else None


SMALL_TOWN = 100_000  # people: a town this small that a given name spells is seldom the news's


def _given_name_of_a_small_town(text: str, s: int, word: str, lex: Lexicon) -> bool:
    """A given name alone that some small town is also called (an alternate name of "Le <Name>")
    is the person (a name of Faker's lists: the gender guesser's rarer ones spell outlets, "Xinhua"), unless a place's cue stands right before it ("em", "in"): web pages round 11,
    a man's given name in brackets typed a place."""
    if not listed_given_name(word) or (hit := cities().get(fold(word))) is None:
        return False
    if city_population().get(hit[0], 0) >= SMALL_TOWN:
        return False
    prev = re.search(r"(\w+)\s+$", text[max(0, s - 20) : s])
    return not (prev and prev.group(1).lower() in lex.loc_cues)


NOUN_ZIPF = 2.5  # a word of the language, not a far place's name that ends alike ("Bandung")


def _common_noun(word: str, lex: Lexicon) -> bool:
    """Where every noun is capitalised, a capital says nothing of a name, nor "in X" of a place:
    "in Untersuchungshaft" (in custody) is as common as "in Oberwiesen". A word of the language
    that ends as its common nouns do (``noun_endings``: "-ung", "-heit", "-schaft"), or that its
    word list declines as a common noun ("Meilensteine", "Zentren": ``is_declined_noun``), or
    that is such a declined form or a compound of one (``entity_nouns``), is such a noun. Only a word that nothing else names (a place, a surname the text gives in full)
    reaches this test."""
    if not lex.nouns_capitalised or lex.lang is None:
        return False
    low = word.lower()
    if low.endswith(lex.noun_endings) and _zipf(low, lex.lang) >= NOUN_ZIPF:
        return True
    nw = entity_nouns.noun_words(lex.lang)
    if nw is None:
        return lemma_lexicon.is_declined_noun(word, lex.lang)
    # a plural the word list derives from a noun ("nach Angaben", according to) or a compound
    # ending in one ("Polizeiangaben") is a noun too
    return entity_nouns.declined(word, nw) or entity_nouns.compound_noun(word, nw)


def _all_words(tokens: list[str], lex: Lexicon, skip: frozenset[str] = frozenset()) -> bool:
    """Two words or more, each a frequent word of the language (``skip``: words not weighed), none
    a first name."""
    content = [t for t in tokens if t.lower() not in skip]
    return (
        len(tokens) >= 2
        and bool(content)
        and not any(given_name(t) for t in tokens)
        and all(_zipf(t.lower(), lex.lang) >= WORD_ZIPF for t in content)
    )


def _coordinated(
    text: str, untyped: list[tuple[int, str]], found: list[Mention], lex: Lexicon, lang: str,
    known: Callable[[str], bool],
) -> list[Mention]:  # fmt: skip
    """A single unknown name joined by "and" to a person is a person too ("Pratama dan Wirawan")."""
    if not lex.conjunctions:
        return []
    people = [m for m in found if m.type == "PER"]
    near = OffsetIndex(people)
    out = []
    for s, word in untyped:
        e = s + len(word)
        # only a person at most 8 characters away can be joined to it by a conjunction
        for m in map(people.__getitem__, near.overlapping(s - 9, e + 9)):
            gap = text[m.end : s] if m.end <= s else text[e : m.start] if e <= m.start else None
            if gap is not None and gap.strip().lower() in lex.conjunctions and len(gap) <= 8:
                out.append(Mention(s, e, word, "PER", _base(word, lang, known), lang))
                break
    return out


def _base(surface: str, lang: str, known: Callable[[str], bool]) -> str:
    """The base form: word by word for the Slavic languages (simplemma, pymorphy3); the case
    ending of the last word cut off in the languages that have them."""
    base = _lemma_tokens(surface, lang)
    if has_suffixes(lang):
        words = base.split()
        words[-1] = case_stem(words[-1], lang, known)
        base = " ".join(words)
    return base
