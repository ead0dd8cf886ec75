"""Quotes: direct speech in any quotation style and reported speech ("заявил, что …").

Direct quotes are found by pairing marks (``lang/findings/quotes.toml``), nested marks kept inside
the outer quote, across sentences and paragraphs. A quote counts when a speech cue stands next to
it ("…», — написал X"; "X said: "…""; "в послании X: «…»"), or when it is a sentence of its own
after a colon; short quoted names and scare quotes ("абсурдные версии") are not speech. A quote
split by its attribution ("Our plane", he said, "was shot down"; «А, — сказал он, — Б») is one
quote with two spans.

Reported speech, per sentence, the first of:
- a cue and a complementizer or question word: "X заявил, что …", "X said that …", "каза, че";
  in languages that drop it ("said the plane was hit"), a cue with a subject and a clause after;
- a cue and a colon without quotation marks: "Мама сказала: …";
- "X quoted Y as saying …": Y speaks, X relays;
- the attribution after the content: "…, сообщили в МЧС", "…, said the minister";
- an "according to" phrase: "По словам X, …", "…, according to X".
Its content runs to the end of the clause; a relaying outlet at the end ("…, съобщи „X“") goes
to ``via``. Cue words are phrases per language, and where a dictionary exists (ru, uk) base
forms, so every form of "заявить" counts.

Who speaks is decided by ``speakers`` in document order, so that pronouns and titles can refer
back to the speakers before them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache

from storyline.analyse import speakers
from storyline.analyse.entities_cut import abbreviation_tail
from storyline.analyse.offsets import SpanIndex, index, memo
from storyline.analyse.phrases import PhraseList, Token, data, tokens
from storyline.analyse.speaker_base import base_form
from storyline.analyse.speaker_gender import verb_gender
from storyline.analyse.speakers import Discourse, SpeakerLexicon, speaker_lexicon
from storyline.analyse.text import lang_at
from storyline.model import OUTLET_TYPES, Analysis, QuoteMention

MAX_QUOTE = 2500
CLAUSE_END = frozenset(".;!?")


@dataclass(frozen=True)
class Cues:
    cues: PhraseList
    lemmas: frozenset[str]
    complementizers: PhraseList
    questions: PhraseList  # "рассказал, какие …": an indirect question is reported speech too
    according: PhraseList
    according_pronoun: PhraseList  # "по его словам": label m / f
    addressed: PhraseList  # cues whose next name is the addressee ("told Reuters that")
    quoted_as: PhraseList  # "quoted X as saying"
    speech_nouns: PhraseList  # "в послании X", "in a statement by X"
    content_stops: PhraseList  # where reported content ends inside a sentence (", хотя")
    bare_complement: bool  # the complementizer may be left out ("said the plane was hit")
    bare_excluded: PhraseList  # cues that never do so ("admitted 85 patients")
    clause_openers: PhraseList  # words a clause so left starts with
    morph: str | None
    speaker: SpeakerLexicon

    def cue_at(self, toks: list[Token], i: int) -> int:
        """How many tokens a cue starting at toks[i] spans (0 when none)."""
        hit = self.cues.match(toks, i)
        if hit:
            return hit[0]
        tok = toks[i]
        if self.morph and tok.kind == "w" and _is_cue_lemma(self.morph, self.lemmas, tok.low):
            return 1
        return 0

    def find(self, toks: list[Token], lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
        hi = len(toks) if hi is None else hi
        out = []
        i = lo
        while i < hi:
            n = self.cue_at(toks, i)
            if n:
                out.append((i, i + n))
                i += n
            else:
                i += 1
        return out


@lru_cache(maxsize=100_000)
def _is_cue_lemma(morph: str, lemmas: frozenset[str], word: str) -> bool:
    for p in speakers._analyzer(morph).parse(word):
        if p.score >= 0.05 and p.tag.POS in ("VERB", "INFN", "GRND", "PRTS") and p.normal_form in lemmas:
            return True
    return False


@cache
def cues(lang: str | None) -> Cues | None:
    raw = data("quotes", lang) if lang else {}
    slex = speaker_lexicon(lang)
    if not raw or slex is None:
        return None
    build = PhraseList.build
    return Cues(
        cues=build(raw.get("cues", []), "cue"),
        lemmas=frozenset(raw.get("cue_lemmas", [])),
        complementizers=build(raw.get("complementizers", []), "that"),
        questions=build(raw.get("questions", []), "wh"),
        according=build(raw.get("according", []), "according"),
        according_pronoun=build(raw.get("according_pronoun", {})),
        addressed=build(raw.get("addressed", []), "addressed"),
        quoted_as=build(raw.get("quoted_as", []), "as"),
        speech_nouns=build(raw.get("speech_nouns", []), "noun"),
        content_stops=build(raw.get("content_stops", []), "stop"),
        bare_complement=bool(raw.get("bare_complement", False)),
        bare_excluded=build(raw.get("bare_excluded", []), "no"),
        clause_openers=build(raw.get("clause_openers", []), "opener"),
        morph=raw.get("morph"),
        speaker=slex,
    )


@dataclass
class Candidate:
    """A quote before its speaker is resolved."""

    spans: list[tuple[int, int]]
    direct: bool
    lang: str | None
    cue: tuple[int, int] | None = None  # character span
    toks: list[Token] = field(default_factory=list)  # the tokens the phrase indexes
    phrase: tuple[int, int] | None = None
    org: tuple[int, int] | None = None  # a body in a prepositional group ("сообщили в МЧС")
    via: list[str] = field(default_factory=list)
    relay: tuple[int, int] | None = None  # "X quoted Y as saying": X's phrase in toks
    pronoun: tuple[str, int, int] | None = None  # "по его словам": (gender, start, end) of the pronoun
    oblique: bool = False  # the phrase is the object of a preposition ("по словам министра")


def find_quotes(text: str, analysis: Analysis, published: date | None) -> list[QuoteMention]:
    direct = _direct(text, analysis)
    covered = SpanIndex(sp for q in direct for sp in q.spans)
    found = sorted(direct + _reported(text, analysis, covered), key=lambda q: q.spans[0][0])
    discourse = Discourse()
    resolved = [_resolve(text, analysis, q, discourse) for q in found]
    return _continued(text, analysis, resolved)


def _continued(text: str, analysis: Analysis, quotes: list[QuoteMention]) -> list[QuoteMention]:
    """ "Мэр заявил, что … . Из-за этого движение закрыли. По словам мэра, …": a
    sentence with no attribution of its own between two reports of the same speaker, in one
    paragraph, goes on with the first of them."""
    for q, nxt in zip(quotes, quotes[1:], strict=False):
        if q.direct or nxt.direct or q.speaker is None or q.speaker != nxt.speaker:
            continue
        end, start = q.spans[-1][1], nxt.spans[0][0]
        between = _sentences_between(analysis.sentences, end, start)
        if len(between) != 1 or "\n" in text[end:start]:
            continue
        s, e = between[0]
        lex = cues(lang_at(analysis, s))
        if lex is None or lex.find(tokens(text, s, e)) or re.search(r"[«»„“”\"]", text[s:e]):
            continue
        if nxt.cue_span and s <= nxt.cue_span[0] < e:
            continue
        q.spans.append((s, _sentence_end(text, s, e)))
    return quotes


def _sentences_between(sentences: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    """The sentences with ``lo <= start`` and ``end <= hi``, in order."""
    ordered = memo("sentences in order", sorted, sentences)
    out = []
    for s, e in ordered[bisect_left(ordered, (lo, float("-inf"))) :]:
        if s > hi:
            break  # a sentence that starts past ``hi`` cannot end by it
        if e <= hi:
            out.append((s, e))
    return out


def _resolve(text: str, analysis: Analysis, c: Candidate, discourse: Discourse) -> QuoteMention:
    lex = cues(c.lang) or cues("en")
    assert lex is not None
    q = QuoteMention(spans=[_trim(text, s, e) for s, e in c.spans], direct=c.direct, via_texts=list(c.via))
    if c.cue:
        q.cue_span = c.cue
        q.cue = text[c.cue[0] : c.cue[1]]
    # "Директор театра добавила": the verb's gender rules out a speaker of the other one
    gender = verb_gender(c.lang, re.findall(r"\w+", q.cue)) if q.cue and c.lang else None
    if c.phrase:
        c.phrase, relayed = _citing(c.toks, c.lang, c.phrase, c.cue[0] if c.cue else None)
        if relayed:  # "BGNES, citing the Kyiv Independent, reported that …"
            q.via_texts.insert(0, text[c.toks[relayed[0]].start : c.toks[relayed[1] - 1].end])
        i, j = c.phrase
        q.speaker_start, q.speaker_end = _without_abbreviation(text, c.toks[i].start, c.toks[j - 1].end)
        q.speaker_text = text[q.speaker_start : q.speaker_end]
        limit = c.cue[0] if c.cue and q.speaker_start < c.cue[0] else None
        q.speaker = speakers.resolve(
            text, analysis, lex.speaker, c.toks, c.phrase, discourse, limit=limit, gender=gender
        )
    elif c.pronoun is not None:
        gender, ps, pe = c.pronoun
        q.speaker_text, q.speaker_start, q.speaker_end = text[ps:pe], ps, pe
        q.speaker = speakers.antecedent(text, analysis, lex.speaker, ps, gender, discourse)
    elif c.org is not None:
        i, j = c.org
        q.speaker_start, q.speaker_end = _without_abbreviation(text, c.toks[i].start, c.toks[j - 1].end)
        q.speaker_text = text[q.speaker_start : q.speaker_end]
        q.speaker = speakers.resolve(text, analysis, lex.speaker, c.toks, c.org, discourse, organisation=True)
    elif gender and c.cue and _opens_clause(c.toks, c.cue[0], lex.speaker):
        # "Добавила, что …", "«…», — dodała.": no subject, but the verb says a woman (a man)
        # spoke: the last speaker (else person named) of that gender, if near enough
        k = speakers.antecedent(text, analysis, lex.speaker, c.cue[0], gender, discourse)
        if k is not None and c.cue[0] - analysis.mentions[k].end <= speakers.RECENT:
            q.speaker = k
    if q.speaker is not None and not speakers.person_agrees(analysis, q.speaker, gender, lex.speaker.lang):
        q.speaker = None  # unattributed rather than wrong
    if q.speaker_text and c.pronoun is None:
        # shown in its base form where no entity names the speaker: "областной департамент
        # культуры", not the locative of "сообщили в областном департаменте культуры"
        q.speaker_text = base_form(q.speaker_text, c.lang, lex.morph, oblique=c.oblique or c.org is not None)
    if c.relay:
        i, j = c.relay
        q.via_texts.insert(0, text[c.toks[i].start : c.toks[j - 1].end])
    q.confidence = (0.8 if q.direct else 0.7) if q.speaker is not None else (0.6 if q.direct else 0.5)
    discourse.add(q.spans[0][0], q.speaker)
    return q


def _without_abbreviation(text: str, start: int, end: int) -> tuple[int, int]:
    """A speaker's span without the abbreviation in brackets after the name ("according to the
    Holmby Institute (HI), …"): the name is shown whole and no more (audit rule S2)."""
    cut = abbreviation_tail(text[start:end])
    return (start, start + cut) if cut else (start, end)


def _opens_clause(toks: list[Token], cue: int, slex: SpeakerLexicon) -> bool:
    """Whether the cue starting at offset ``cue`` opens its clause: only marks, dashes and
    adverbs ("Позже добавила", "— dodała") before it."""
    k = 0
    while k < len(toks) and toks[k].start < cue:
        if toks[k].kind == "p":
            k += 1
        elif hit := slex.adverbs.match(toks, k):
            k += hit[0]
        else:
            return False
    return True


def _citing(
    toks: list[Token], lang: str | None, phrase: tuple[int, int], cue: int | None
) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """Split "ТАСС со ссылкой на РБК" / "BGNES, citing the Kyiv Independent" — the phrase and
    what stands between it and the cue — into the one cited (who speaks) and the one relaying."""
    i, j = phrase
    if cue is not None and j < len(toks) and toks[j].start < cue:
        j = next((k for k in range(j, len(toks)) if toks[k].start >= cue), j)
    words = data("figures", lang).get("words", {}) if lang else {}
    # "BGNES, citing X" names the relay first; "X, cited by BGNES" names the one cited first
    for key, cited_first in (("via", False), ("cited_by", True)):
        for a, b, _ in PhraseList.build(words.get(key, []), key).find(toks, i, j):
            left = [k for k in range(i, a) if toks[k].kind == "w"]
            right = [k for k in range(b, j) if toks[k].kind == "w"]
            if left and right:
                first, second = (left[0], left[-1] + 1), (right[0], right[-1] + 1)
                return (first, second) if cited_first else (second, first)
    return phrase, None  # (j was widened only to look for the marker)


# ---------------------------------------------------------------- direct speech


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Outermost quoted stretches (start, end of the words inside the marks)."""
    marks: dict[str, list[str]] = data("quotes")["marks"]
    out: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if (
            stack
            and stack[-1][0] == "'"
            and (
                ch == "\n"
                or i - stack[-1][1] > 400
                or (len(stack) > 1 and ch in marks[stack[-2][0]] and ch != "'")
            )
        ):
            stack.pop()  # a straight single quote that never closed was an apostrophe ("'90s") after all
        if stack and ch in marks[stack[-1][0]] and _may_close(text, i, ch) and not _opens_nested(text, i, ch):
            opener, start = stack.pop()
            if not stack:
                out.append((start + 1, i))
            continue
        if ch in marks and _may_open(text, i, ch):
            if stack and stack[-1][0] == "'":
                stack.pop()  # nothing is quoted inside a straight single quote: it was an apostrophe
            if stack and i - stack[0][1] > MAX_QUOTE:
                stack.clear()  # an unclosed mark: forget it
            stack.append((ch, i))
    return out


def _may_open(text: str, i: int, ch: str) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev = text[i - 1] if i else " "
    if ch == "'":
        return not prev.isalnum() and nxt.isalpha()  # not "'90s"
    if ch in '‘‚"':
        return not prev.isalnum() and not nxt.isspace()
    return not nxt.isspace() or ch == "«"


def _opens_nested(text: str, i: int, ch: str) -> bool:
    """A straight quote after a space and before a word opens a quote inside the quote
    ("… в компании "Казмунайгаз", …")."""
    if ch != '"':
        return False
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return prev in " (\n" and nxt.isalnum()


def _may_close(text: str, i: int, ch: str) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in "’‘":
        return not nxt.isalnum()  # "don’t" is an apostrophe
    if ch == "'":
        # a straight single quote closes only after the sentence's own punctuation ('…,' said
        # X): "the workers' union", "Kenya's" are apostrophes
        return not nxt.isalnum() and i > 0 and text[i - 1] in ",.!?…"
    return True


def _direct(text: str, analysis: Analysis) -> list[Candidate]:
    conf = data("quotes")
    found: list[Candidate] = []
    spans = quote_spans(text)
    k = 0
    while k < len(spans):
        qs, qe = spans[k]
        lang = lang_at(analysis, qs)
        lex = cues(lang) or cues("en")
        assert lex is not None
        inner = _inner_attribution(text, analysis, lex, qs, qe)
        after = inner[1] if inner else _after(text, analysis, lex, qe + 1)
        before = _before(text, analysis, lex, qs - 1)
        quote = Candidate(spans=inner[0] if inner else [(qs, qe)], direct=True, lang=lang)
        if after and after.continues and k + 1 < len(spans) and spans[k + 1][0] - 1 == after.next_open:
            quote.spans.append(spans[k + 1])  # "Our plane", he said, "was shot down"
            k += 1
        attr = (
            after
            if after and after.has_speaker()
            else before
            if before and before.has_speaker()
            else after or before
        )
        if attr:
            quote.cue, quote.toks, quote.phrase, quote.org = attr.cue, attr.toks, attr.phrase, attr.org
            quote.oblique = attr.oblique
        n_words = sum(len(re.findall(r"\w+", text[s:e])) for s, e in quote.spans)
        bare_ok = n_words >= conf["min_words_bare"] and _after_colon(text, qs - 1)
        if (attr and n_words >= conf["min_words"]) or bare_ok:
            found.append(quote)
            found += _nested(text, analysis, lex, qs, qe, lang, conf["min_words"])
        k += 1
    return found


def _nested(
    text: str, analysis: Analysis, lex: Cues, qs: int, qe: int, lang: str | None, min_words: int
) -> list[Candidate]:
    """Speech quoted inside a quote, with its own cue: «Черговий сказав нам: „Зачиніть
    вікна“, але …», “The pilot said, ‘Brace yourselves,’ and then …”."""
    out = []
    for s, e in quote_spans(text[qs:qe]):
        s, e = qs + s, qs + e
        lo = qs
        for m in re.finditer(r"[.!?]\s", text[qs : s - 1]):
            lo = qs + m.end()  # the inner quote's own sentence inside the outer one
        toks = tokens(text, lo, s - 1)
        hits = lex.find(toks)
        if not hits or len(re.findall(r"\w+", text[s:e])) < min_words:
            continue
        a, b = hits[-1]
        # the cue right before the marks, past an addressee ("нам", "us") and a colon or comma
        if sum(t.kind == "w" for t in toks[b:]) > 1:
            continue
        attr = _attribution(text, analysis, lex, toks, (a, b))
        if attr.has_speaker():
            out.append(Candidate([(s, e)], True, lang, attr.cue, attr.toks, attr.phrase, attr.org))
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1] in " \n,—–-":
        e -= 1
    return s, e


def _after_colon(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j >= 0 and text[j] == ":"


@dataclass
class Attribution:
    cue: tuple[int, int] | None
    toks: list[Token]
    phrase: tuple[int, int] | None
    org: tuple[int, int] | None = None
    continues: bool = False  # the attribution ends in a comma: the quote goes on
    next_open: int = -1
    oblique: bool = False  # the phrase is the object of a preposition ("по словам X: «…»")

    def has_speaker(self) -> bool:
        return self.phrase is not None or self.org is not None


def _attribution(
    text: str, analysis: Analysis, lex: Cues, toks: list[Token], cue: tuple[int, int]
) -> Attribution:
    a, b = cue
    slex = lex.speaker
    phrase = speakers.phrase_before(text, toks, slex, a)
    if phrase is None and lex.addressed.match(toks, a):
        # "told Reuters a source close to …": past the addressee, if someone else follows
        after = _skip_mention(analysis, toks, b)
        if after > b:
            phrase = speakers.phrase_after(text, toks, slex, after)
    if phrase is None:
        phrase = speakers.phrase_after(text, toks, slex, b)
    if phrase is None:
        phrase = speakers.coordinated_subject(analysis, toks, slex, a)
    org = None if phrase else speakers.org_group(toks, slex, a, b)
    if org and lex.speech_nouns.match_ending(toks, org[0]):
        org = None  # "говорится в сообщении": a text, not a body that speaks
    return Attribution((toks[a].start, toks[b - 1].end), toks, phrase, org)


def _skip_mention(analysis: Analysis, toks: list[Token], k: int) -> int:
    """Past an addressee named right after "told" ("told Reuters a source said")."""
    if k < len(toks) and (at := index(analysis.mentions).starting_at(toks[k].start)):
        m = analysis.mentions[at[0]]
        while k < len(toks) and toks[k].end <= m.end:
            k += 1
    return k


def _inner_attribution(
    text: str, analysis: Analysis, lex: Cues, qs: int, qe: int
) -> tuple[list[tuple[int, int]], Attribution] | None:
    """«А, — сказал он. — Б»: the attribution sits inside one pair of marks."""
    for m in re.finditer(r"[,.!?…]?\s+[—–-]\s+([^—–«»\"]{2,80}?)[,.:]\s+[—–-]\s+", text[qs:qe]):
        s, e = qs + m.start(1), qs + m.end(1)
        toks = tokens(text, s, e)
        hit = next(iter(lex.find(toks)), None)
        if hit:
            return [(qs, qs + m.start()), (qs + m.end(), qe)], _attribution(text, analysis, lex, toks, hit)
    return None


_AFTER_MARK = re.compile(r"[ \t]*(?:,|[!?…]?[ \t]*[-—–])?[ \t]*([^\n«»„“”\"]{0,160})")


def _after(text: str, analysis: Analysis, lex: Cues, i: int) -> Attribution | None:
    """ "…», - написал X." / "…", he said, "…" — the words right after the closing mark."""
    # a comma or a dash goes on to the attribution; a full stop ends the quote's sentence
    m = _AFTER_MARK.match(text, i)  # at ``i``, not on a copy of the rest of a long text
    if not m or not m.group(1):
        return None
    seg_start = m.start(1)
    seg = m.group(1)
    stop = re.search(r"[.!?;:]|,\s*(?=[«„“\"])", seg)
    seg_end = seg_start + (stop.start() if stop else len(seg))
    toks = tokens(text, seg_start, seg_end)
    hit = next(iter(lex.find(toks, 0, min(len(toks), 12))), None)
    if hit is None:
        return None
    attr = _attribution(text, analysis, lex, toks, hit)
    rest = text[seg_end : seg_end + 6]
    nxt = re.match(r",?\s*[-—–]?\s*([«„“\"])", rest)
    if nxt:
        attr.continues = True
        attr.next_open = seg_end + nxt.start(1)
    return attr


def _before(text: str, analysis: Analysis, lex: Cues, i: int) -> Attribution | None:
    """ "X said: "…"" / "По словам X, «…»" / "В послании X …: «…»" — the clause before the
    opening mark."""
    # the line's start, or 240 characters back: a line break further back changes nothing, and
    # looking for it would read a long text without breaks back to its start for every quote
    line_start = text.rfind("\n", max(0, i - 240), i) + 1
    base = seg_start = max(line_start, i - 240)
    for m in re.finditer(r"[.!?»”“\"]\s", text[base:i]):
        seg_start = base + m.end()  # the clause after the last sentence end
    seg = text[seg_start:i].rstrip()
    if not seg or seg[-1] not in ":,":
        return None
    toks = tokens(text, seg_start, seg_start + len(seg) - 1)
    hits = lex.find(toks)
    if hits:
        return _attribution(text, analysis, lex, toks, hits[-1])
    for a, b, _ in reversed(lex.according.find(toks)):
        phrase = _phrase_following(text, lex, toks, b)
        return Attribution((toks[a].start, toks[b - 1].end), toks, phrase, oblique=True)
    for a, b, _ in lex.speech_nouns.find(toks):
        # "В ответном послании главы X выражается …: «…»": the author follows the noun
        phrase = _phrase_following(text, lex, toks, b, any_case=True)
        if phrase:
            return Attribution((toks[a].start, toks[b - 1].end), toks, phrase, oblique=True)
    return None


def _phrase_following(
    text: str, lex: Cues, toks: list[Token], b: int, any_case: bool = False
) -> tuple[int, int] | None:
    """The noun group right after "по словам", "according to", "в послании"."""
    k = b
    while k < len(toks) and toks[k].kind == "w" and toks[k].low in speakers.DETERMINERS:
        k += 1
    start = k
    while k < len(toks) and not speakers._is_boundary(toks[k]) and k - start < speakers.MAX_PHRASE:
        if lex.speaker.stops.match(toks, k):
            break
        if lex.morph and toks[k].kind == "w" and not any_case:
            info = speakers.word_info(lex.morph, text[toks[k].start : toks[k].end])
            if info.verb:
                break
        elif lex.morph and toks[k].kind == "w":
            info = speakers.word_info(lex.morph, text[toks[k].start : toks[k].end])
            if not info.nominal:
                break
        k += 1
    return (b, k) if k > start else None


# ---------------------------------------------------------------- reported speech


def _reported(text: str, analysis: Analysis, covered: SpanIndex) -> list[Candidate]:
    found: list[Candidate] = []
    for s, e in analysis.sentences:
        lang = lang_at(analysis, s)
        lex = cues(lang)
        if lex is None:
            continue
        toks = tokens(text, s, e)
        for q in _reported_in(text, analysis, lex, toks, s, e, covered):
            if not any(covered.overlaps(qs, qe) for qs, qe in q.spans):
                q.lang = lang
                found.append(q)
    return found


def _inside(covered: SpanIndex, offset: int) -> bool:
    return covered.contains(offset)


def _reported_in(
    text: str,
    analysis: Analysis,
    lex: Cues,
    toks: list[Token],
    s: int,
    e: int,
    covered: SpanIndex,
) -> list[Candidate]:
    """The reports of one sentence: one, or two where an "according to" clause comes first and
    another speaker's report follows ("По данным полиции, погибли шесть человек, а
    правозащитники утверждают, что погибших 16")."""
    q = _reported_one(text, analysis, lex, toks, s, e, covered)
    if q is not None and q.cue is not None and q.spans[0][0] > q.cue[0]:
        # "… said 61 people had died, while a charity said …": the rest of the
        # sentence after a clause that is the writer's again may hold a report of its own
        end = q.spans[-1][1]
        rest = next((k for k, t in enumerate(toks) if t.start > end and t.kind == "w"), None)
        if (
            rest is not None
            and rest > 1
            and toks[rest - 1].low == ","
            and lex.content_stops.match(toks, rest)
        ):
            more = _reported_one(text, analysis, lex, toks[rest:], toks[rest].start, e, covered)
            if more is not None and more.cue is not None and more.spans[0][0] > more.cue[0]:
                return [q, more]
    if q is None or q.cue is None or not q.spans or q.spans[0][0] < q.cue[0]:
        return [q] if q else []
    first = q.phrase[0] if q.phrase and q.toks is toks else None
    cue_tok = next((k for k, t in enumerate(toks) if t.start >= q.cue[0]), len(toks))
    head = min(first, cue_tok) if first is not None else cue_tok
    comma = next((k for k in range(head - 1, 0, -1) if toks[k].low == ","), None)
    if comma is None:
        return [q]
    other = _according(text, analysis, lex, toks[:comma], toks[comma].start, covered)
    return [other, q] if other else [q]


def _reported_one(
    text: str,
    analysis: Analysis,
    lex: Cues,
    toks: list[Token],
    s: int,
    e: int,
    covered: SpanIndex,
) -> Candidate | None:
    found = [(a, b) for a, b in lex.find(toks) if not _inside(covered, toks[a].start)]
    fallback: Candidate | None = None
    for pattern in ("quoted_as", "complement", "colon", "inverted"):
        for a, b in found:
            if pattern == "quoted_as":
                q = _quoted_as(text, analysis, lex, toks, a, b, e)
            elif pattern == "complement":
                q = _complement(text, analysis, lex, toks, a, b, e)
            elif pattern == "colon":
                q = _colon(text, analysis, lex, toks, a, b, e, covered)
            else:
                q = _inverted(text, analysis, lex, toks, a, b, covered)
            if q is None:
                continue
            if _personal_speaker(text, analysis, lex, q):
                return q
            if q.phrase is None and q.org is None:
                fallback = fallback or q  # "Обещают, что …": someone unnamed speaks
            # "эти симптомы говорят о том, что …", "сам факт переговоров подтверждает, что …":
            # a thing, not a speaker
    acc = _according(text, analysis, lex, toks, e, covered)
    if acc and fallback and fallback.cue and acc.spans[0][0] <= fallback.cue[0] < acc.spans[-1][1]:
        return fallback  # "По данным X, партия заявила, что …": the report inside is the quote
    return acc or fallback


def _personal_speaker(text: str, analysis: Analysis, lex: Cues, q: Candidate) -> bool:
    """Whether the speaker phrase names someone who can speak: a mention, a title, a role, a
    pronoun, an animate noun or (without a dictionary) a capitalised word."""
    if q.org is not None:
        return True
    if q.phrase is None:
        return False
    i, j = q.phrase
    s, e = q.toks[i].start, q.toks[j - 1].end
    if index(analysis.mentions).starting_in(s, e) or _personal(text, lex, q.toks, q.phrase):
        return True
    if not lex.morph and q.toks[i].low == "the" and j - i >= 2:
        return True  # "according to the emergency service"
    for t in q.toks[i:j]:
        if t.kind != "w":
            continue
        if lex.morph:
            if speakers.word_info(lex.morph, text[t.start : t.end]).person:
                return True
        elif text[t.start].isupper():
            return True
    return False


def _complement(
    text: str, analysis: Analysis, lex: Cues, toks: list[Token], a: int, b: int, e: int
) -> Candidate | None:
    """ "X заявил (журналистам), что …", "X said that …", "X рассказал, какие …"."""
    for j in range(b, min(b + 7, len(toks))):
        tok = toks[j]
        if lex.complementizers.match(toks, j) or (
            j > b and toks[j - 1].low == "," and lex.questions.match(toks, j) and lex.morph
        ):
            start = j + 1 if lex.complementizers.match(toks, j) else j
            if start >= len(toks):
                return None
            return _content(text, analysis, lex, toks, a, b, start, e)
        if tok.low in (".", ";", "«", '"', "“", "„", ":") or (j > b and lex.cue_at(toks, j)):
            break
    if lex.bare_complement and b < len(toks) and not lex.bare_excluded.match(toks, a):
        # "Officials said the ship had sunk": a subject before the cue and a clause after it
        k = _skip_mention(analysis, toks, b) if lex.addressed.match(toks, a) else b
        if k < len(toks) and k == b and lex.addressed.match(toks, a) and toks[k].kind == "w":
            k += 1  # "told reporters …"
        if k < len(toks) and _starts_clause(text, lex, toks, k) and len(toks) - k >= 4:
            if speakers.phrase_before(text, toks, lex.speaker, a) is not None:
                return _content(text, analysis, lex, toks, a, b, k, e)
    return None


def _starts_clause(text: str, lex: Cues, toks: list[Token], k: int) -> bool:
    """Whether a clause can start here: a word that opens one ("the", "it", "he"), a number or a
    name — not "said on Sunday", "said in an address"."""
    tok = toks[k]
    if tok.kind != "w":
        return False
    if tok.low.isdigit() or lex.clause_openers.match(toks, k):
        return True
    return text[tok.start].isupper() and not lex.speaker.preps.match(toks, k)


def _content(
    text: str, analysis: Analysis, lex: Cues, toks: list[Token], a: int, b: int, start: int, e: int
) -> Candidate:
    end, via = _content_end(text, analysis, lex, toks, start, e)
    attr = _attribution(text, analysis, lex, toks[:start], (a, b))
    return Candidate(
        spans=[(toks[start].start, end)],
        direct=False,
        lang=None,
        cue=attr.cue,
        toks=toks,
        phrase=attr.phrase,
        org=attr.org,
        via=via,
    )


def _content_end(
    text: str, analysis: Analysis, lex: Cues, toks: list[Token], start: int, e: int
) -> tuple[int, list[str]]:
    """Where reported content ends: the sentence end, before a relaying outlet (", съобщи
    „Киев Индипендънт“") or a clause that is the writer's again (", хотя …")."""
    end = _sentence_end(text, toks[start].start, e)
    for k in range(start + 1, len(toks)):
        if toks[k].low != ",":
            continue
        if lex.content_stops.match(toks, k + 1):
            return toks[k].start, []
        n = lex.cue_at(toks, k + 1) if k + 1 < len(toks) else 0
        if n:
            ms = analysis.mentions
            tail = [ms[n] for n in index(ms).starting_in(toks[k + 1].end, end) if ms[n].type in OUTLET_TYPES]
            rest = [t for t in toks[k + 1 + n :] if t.kind == "w"]
            if (
                tail
                and rest
                and all(any(m.start <= t.start < m.end for m in tail) or t.low in ("the",) for t in rest)
            ):
                return toks[k].start, [tail[0].text]
    return end, []


def _quoted_as(
    text: str, analysis: Analysis, lex: Cues, toks: list[Token], a: int, b: int, e: int
) -> Candidate | None:
    """ "TASS quoted the ministry as saying (that) …": the ministry speaks, TASS relays."""
    for j in range(b + 1, min(b + 10, len(toks))):
        hit = lex.quoted_as.match(toks, j)
        if not hit:
            continue
        start = j + hit[0]
        if start < len(toks) and lex.complementizers.match(toks, start):
            start += 1
        if start >= len(toks):
            return None
        end, via = _content_end(text, analysis, lex, toks, start, e)
        relay = speakers.phrase_before(text, toks, lex.speaker, a)
        return Candidate(
            spans=[(toks[start].start, end)],
            direct=False,
            lang=None,
            cue=(toks[j].start, toks[start - 1].end),
            toks=toks,
            phrase=(b, j),
            via=via,
            relay=relay,
        )
    return None


def _colon(
    text: str,
    analysis: Analysis,
    lex: Cues,
    toks: list[Token],
    a: int,
    b: int,
    e: int,
    covered: SpanIndex,
) -> Candidate | None:
    """ "Мама сказала: попробуй …" — speech after a colon without quotation marks."""
    j = b
    while j < len(toks) and j < b + 5 and toks[j].low != ":" and toks[j].kind == "w":
        j += 1
    if (
        j >= len(toks) - 3
        or toks[j].low != ":"
        or toks[j + 1].kind == "p"
        or _inside(covered, toks[j + 1].start)
    ):
        return None
    attr = _attribution(text, analysis, lex, toks[:j], (a, b))
    if not attr.has_speaker():
        return None
    end, via = _content_end(text, analysis, lex, toks, j + 1, e)
    return Candidate([(toks[j + 1].start, end)], False, None, attr.cue, toks, attr.phrase, attr.org, via)


def _inverted(
    text: str,
    analysis: Analysis,
    lex: Cues,
    toks: list[Token],
    a: int,
    b: int,
    covered: SpanIndex,
) -> Candidate | None:
    """ "…, сообщили в МЧС." / "…, утверждает Пастухов, …" / "…, the coast guard said." — the
    attribution after the content it reports."""
    if lex.morph and not speakers.is_verb(lex.morph, text[toks[a].start : toks[a].end]):
        return None
    # the comma that ends the content: right before the cue, or before the subject that precedes it
    k = a - 1
    if k >= 0 and toks[k].low in ("—", "–", "-"):
        k -= 1
    phrase: tuple[int, int] | None = None
    if k < 1 or toks[k].low != ",":
        c = next((i for i in range(a - 1, max(-1, a - speakers.MAX_PHRASE), -1) if toks[i].low == ","), None)
        if c is None or c < 1:
            return None
        phrase = speakers.phrase_before(text, toks, lex.speaker, a, c + 1)
        if phrase is None or phrase[0] != c + 1:
            return None
        if lex.morph and not _personal_phrase(text, analysis, lex, toks, phrase):
            return None
        k = c
    start = 0
    while start < k and toks[start].kind == "p" and toks[start].low in ("—", "–", "-", "«", '"', "“", "„"):
        start += 1  # a dialogue dash, an opening mark
    if not any(t.kind == "w" for t in toks[start:k]) or _inside(covered, toks[start].start):
        return None
    org = None
    if phrase is None:
        phrase = speakers.phrase_after(text, toks, lex.speaker, b)
        org = None if phrase else speakers.org_group(toks, lex.speaker, a, b)
        if phrase is None and org is None:
            return None
    spans = [(toks[start].start, toks[k].start)]
    rest = _continuation(text, toks, phrase[1] if phrase and phrase[0] > a else (org[1] if org else b))
    if rest and phrase and phrase[0] > a:  # "Эта тенденция, говорят эксперты, сохранится"
        spans.append(rest)
    elif rest and phrase and phrase[0] == k + 1 and phrase[1] == a and not lex.morph:
        spans.append(rest)  # "The blaze, investigators said, began in a storage room"
    elif sum(t.kind == "w" for t in toks[start:k]) < 3:
        return None
    return Candidate(
        spans=spans,
        direct=False,
        lang=None,
        cue=(toks[a].start, toks[b - 1].end),
        toks=toks,
        phrase=phrase,
        org=org,
    )


def _personal_phrase(
    text: str, analysis: Analysis, lex: Cues, toks: list[Token], phrase: tuple[int, int]
) -> bool:
    return _personal_speaker(text, analysis, lex, Candidate([], False, None, toks=toks, phrase=phrase))


def _continuation(text: str, toks: list[Token], k: int) -> tuple[int, int] | None:
    """The content that goes on after a parenthetical attribution: ", говорят эксперты, …"."""
    if k < len(toks) and toks[k].low == "(":  # a remark in brackets after the speaker
        while k < len(toks) and toks[k].low != ")":
            k += 1
        k += 1
    if k + 1 >= len(toks) or toks[k].low not in (",", "—", "–"):
        return None
    k += 1
    while k < len(toks) and toks[k].kind == "p" and toks[k].low in ("—", "–", "-"):
        k += 1
    if sum(t.kind == "w" for t in toks[k:]) < 3:
        return None
    return toks[k].start, _sentence_end(text, toks[k].start, toks[-1].end)


def _according(
    text: str, analysis: Analysis, lex: Cues, toks: list[Token], e: int, covered: SpanIndex
) -> Candidate | None:
    """ "По словам X, …" / "…, according to X." / "По его словам, …" """
    for a, b, gender in lex.according_pronoun.find(toks):
        if _inside(covered, toks[a].start):
            continue
        pron = next(
            (k for k in range(a, b) if lex.speaker.pronouns.match(toks, k) or _possessive(toks[k].low)), a
        )
        cue = (toks[a].start, toks[b - 1].end)
        if b < len(toks) and toks[b].low == "," and b + 1 < len(toks):
            span = (toks[b + 1].start, _sentence_end(text, toks[b + 1].start, e))
        elif a > 2 and toks[a - 1].low == ",":
            span = (toks[0].start, toks[a - 1].start)
        elif a == 0 and sum(t.kind == "w" for t in toks[b:]) >= 2:
            span = (toks[b].start, _sentence_end(text, toks[b].start, e))  # "По думите му в района …"
        else:
            continue
        return Candidate([span], False, None, cue, toks, pronoun=(gender, toks[pron].start, toks[pron].end))
    for a, b, _ in lex.according.find(toks):
        if _inside(covered, toks[a].start):
            continue
        comma = next((j for j in range(b, min(b + 20, len(toks))) if toks[j].low in (",", ".")), len(toks))
        if comma <= b:
            continue
        phrase = speakers.phrase_after(text, toks[:comma], lex.speaker, b) or (b, comma)
        if a == 0 and not lex.morph and phrase[1] == comma and (comma == len(toks) or toks[comma].low != ","):
            phrase = speakers.head_only(text, toks, lex.speaker, phrase)  # "По думите на директора няма …"
            if phrase[1] < comma and lex.speaker.phrase_preps.match(toks, phrase[1]):
                continue  # "Според Министерството на здравеопазването …": where the name ends is unclear
        if not _personal_phrase(text, analysis, lex, toks, phrase):
            continue  # "according to reports": no one in particular
        after = (
            (toks[comma + 1].start, _sentence_end(text, toks[comma + 1].start, e))
            if comma + 1 < len(toks)
            and toks[comma].low == ","
            and sum(t.kind == "w" for t in toks[comma:]) >= 3
            else None
        )
        if a > 2 and toks[a - 1].low == "," and sum(t.kind == "w" for t in toks[: a - 1]) >= 3:
            spans = [(toks[0].start, toks[a - 1].start)]  # "…, according to the ministry."
            if after and a > 0:
                spans.append(after)  # "…, который, по данным СМИ, …": both sides
        elif (
            a == 0
            and phrase[1] < comma
            and sum(t.kind == "w" for t in toks[phrase[1] : comma]) >= 2
            and _clause(text, lex, toks[phrase[1] : comma])
        ):
            # no comma after the source: "По данни на полицията в шествието са участвали …"
            spans = [(toks[phrase[1]].start, _sentence_end(text, toks[phrase[1]].start, e))]
        elif after:
            spans = [after]
        else:
            continue
        return Candidate(spans, False, None, (toks[a].start, toks[b - 1].end), toks, phrase, oblique=True)
    return None


def _clause(text: str, lex: Cues, toks: list[Token]) -> bool:
    """Whether the words hold a verb (always assumed where there is no dictionary): "в шествието
    са участвали …" is a clause, "з питань транспорту Петро Гнатюк" the rest of a name."""
    if not lex.morph:
        return True
    return any(t.kind == "w" and speakers.word_info(lex.morph, text[t.start : t.end]).verb for t in toks)


def _possessive(word: str) -> bool:
    """The pronoun word inside "по его словам", "according to him", "по думите му"."""
    return word in (
        "его",
        "ее",
        "её",
        "його",
        "її",
        "him",
        "her",
        "his",
        "му",
        "ѝ",
        "й",
        "него",
        "нея",
        "niego",
        "niej",
        "jego",
        "jej",
        "něj",
        "něho",
        "ní",
    )


def _personal(text: str, lex: Cues, toks: list[Token], phrase: tuple[int, int]) -> bool:
    """A phrase that names a person by title, role or pronoun ("по словам президента")."""
    i, j = phrase
    slex = lex.speaker
    return bool(slex.titles.find(toks, i, j) or slex.roles.find(toks, i, j) or slex.pronouns.match(toks, i))


def _sentence_end(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1] in " .!?…\n":
        e -= 1
    return e
