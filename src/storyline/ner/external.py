"""A packaged tagger's opinion as a feature: natasha (slovnet, trained on Russian news) for
Cyrillic text. Its spans become one BIO tag per token; the CRF learns how far to trust them per
language (well for Russian, less for Bulgarian and Ukrainian)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache, partial

import numpy as np

from storyline.ner.tokens import Token

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
CYRILLIC_LANGS = frozenset({"ru", "bg", "uk", "be", "sr", "mk", "kk"})


@cache
def _natasha():  # noqa: ANN202 - natasha objects are untyped
    from natasha import NewsEmbedding, NewsNERTagger

    tagger = NewsNERTagger(NewsEmbedding())
    crf = tagger.infer.model.head.crf
    crf.decode = partial(viterbi, crf.transitions.array)  # this instance's decoding only
    return tagger


def viterbi(transitions: np.ndarray, emissions: np.ndarray, mask: np.ndarray) -> list[np.ndarray]:
    """slovnet's CRF decoding (``slovnet.exec.model.CRF.decode``), step for step the same sums
    and the same choices, without its per-step index grids: the best score into each tag is read
    with ``max`` where slovnet gathers it at the ``argmax`` — the same number. It was a fifth of
    natasha's time."""
    batch_size, seq_len, _tags = emissions.shape
    if batch_size == 1 and seq_len and mask.all():
        return [_viterbi_one(transitions, emissions[0])]
    emissions = emissions.swapaxes(1, 0)
    mask = mask.swapaxes(1, 0)
    # the steps every sequence of the batch still has (all of them for one text): no masking there
    full = mask.all(axis=1).tolist()
    history = []
    score = emissions[0]  # batch x tags
    for index in range(1, seq_len):
        step = score[:, :, None] + transitions + emissions[index][:, None, :]  # batch x tags x tags
        history.append(step.argmax(-2))
        score = step.max(-2) if full[index] else np.where(mask[index][:, None], step.max(-2), score)
    sizes = mask.sum(0) - 1
    batch = []
    for b in range(batch_size):
        best = score[b].argmax()
        tags = [best]
        for indexes in reversed(history[: sizes[b]]):
            best = indexes[b][best]
            tags.append(best)
        tags.reverse()
        batch.append(np.array(tags))
    return batch


def _viterbi_one(transitions: np.ndarray, emissions: np.ndarray) -> np.ndarray:
    """``viterbi`` of one unmasked sequence (one text: the only call natasha gets here), with
    the batch axis and the mask left out: the same sums in the same order, the same first-best
    choices, fewer numpy calls per step (each step is a few microseconds of numpy overhead on a
    tags x tags array)."""
    score = emissions[0]
    history = []
    for row in emissions[1:]:
        step = score[:, None] + transitions + row  # tags x tags: from x to
        history.append(step.argmax(0))
        score = step.max(0)
    best = int(score.argmax())
    tags = [best]
    for indexes in reversed(np.array(history).tolist() if history else []):
        best = indexes[best]
        tags.append(best)
    tags.reverse()
    return np.array(tags)


# the word and shape ids of the most recent words (news repeats its words)
WORDS_KEPT = 20_000


@lru_cache(maxsize=WORDS_KEPT)
def _ids(word: str) -> tuple[int, int]:
    """natasha's word id and shape id of a word (``WordShapeEncoder.item``), once per word."""
    from slovnet.shape import word_shape

    encoder = _natasha().infer.encoder
    return encoder.words_vocab.encode(word.lower()), encoder.shapes_vocab.encode(word_shape(word))


def _tag(text: str) -> list[tuple[int, int, str]]:
    """``[(s.start, s.stop, s.type) for s in ner(text).spans]`` for one text, made the way
    slovnet makes them (``NERInfer``: razdel's tokens, word and shape ids, the model, the CRF's
    tags, spans from BIO tags) without what serves batches and markups: per-token records, the
    tokens found again in the text by their strings (razdel's offsets are the same), the shapes
    and ids of words already seen."""
    from razdel import tokenize
    from slovnet.bio import bio_spans

    ner = _natasha()
    infer = ner.infer
    tokens = list(tokenize(text))
    if not tokens:  # as slovnet does with nothing to tag, whatever that is
        return [(s.start, s.stop, s.type) for s in ner(text).spans]
    ids = [_ids(t.text) for t in tokens]
    word_id = np.array([[w for w, _s in ids]])
    shape_id = np.array([[s for _w, s in ids]])
    pad_mask = word_id == infer.encoder.words_vocab.pad_id
    pred = infer.model(word_id, shape_id, pad_mask)
    (tag_ids,) = infer.model.head.crf.decode(pred, ~pad_mask)
    names = infer.decoder.tags_vocab.items
    return [(s.start, s.stop, s.type) for s in bio_spans(tokens, [names[t] for t in tag_ids])]


def natasha_spans(text: str) -> list[tuple[int, int, str]]:
    """natasha's entity spans. The tagger is called on the text directly: it tokenises the text
    itself, and the spans it returns are the ones ``Doc.tag_ner`` would copy into a document — the
    ``Doc`` way also segments the text into tokens and sentences that nothing here reads (a third
    of natasha's time)."""
    out = []
    for start, end in pieces(text, PIECE):
        piece = text[start:end]
        if not piece.strip():  # as Doc.tag_ner: nothing to tag
            continue
        out += [(start + s, start + e, t) for s, e, t in _tag(piece)]
    return out


# natasha tags a text as one sequence: its memory grows with the text (about 1.6 GB per million
# characters), so a long text goes to it in pieces of this many characters, cut between paragraphs
PIECE = 100_000


def pieces(text: str, size: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces of ``text`` of at most ``size`` characters, each cut
    after a line break where the piece has one, else after a space; a text of ``size`` or less is
    one piece (every news article: they are read whole, as before)."""
    size = size or PIECE
    start = 0
    while len(text) - start > size:
        window_end = start + size
        cut = text.rfind("\n", start, window_end)
        if cut < 0:
            cut = text.rfind(" ", start, window_end)
        end = cut + 1 if cut >= 0 else window_end
        yield start, end
        start = end
    yield start, len(text)


def applies(text: str, lang: str | None) -> bool:
    return lang in CYRILLIC_LANGS and bool(_CYRILLIC.search(text))


def token_tags(sents: Sequence[Sequence[Token]], spans: list[tuple[int, int, str]]) -> list[list[str]]:
    """BIO tag per token from character spans (a token inside a span takes its type)."""
    starts = sorted(spans)
    out: list[list[str]] = []
    k = 0
    for sent in sents:
        tags = []
        for tok in sent:
            while k < len(starts) and starts[k][1] <= tok.start:
                k += 1
            tag = "O"
            if k < len(starts) and starts[k][0] <= tok.start and tok.end <= starts[k][1]:
                tag = ("B-" if tok.start == starts[k][0] else "I-") + starts[k][2]
            tags.append(tag)
        out.append(tags)
    return out
