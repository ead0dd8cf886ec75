"""A packaged tagger's opinion as a feature: natasha (slovnet, trained on Russian news) for
Cyrillic text. Its spans become one BIO tag per token; the CRF learns how far to trust them per
language (well for Russian, less for Bulgarian and Ukrainian)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache, partial

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


def natasha_spans(text: str) -> list[tuple[int, int, str]]:
    """natasha's entity spans. The tagger is called on the text directly: it tokenises the text
    itself, and the spans it returns are the ones ``Doc.tag_ner`` would copy into a document — the
    ``Doc`` way also segments the text into tokens and sentences that nothing here reads (a third
    of natasha's time)."""
    ner = _natasha()
    out = []
    for start, end in pieces(text, PIECE):
        piece = text[start:end]
        if not piece.strip():  # as Doc.tag_ner: nothing to tag
            continue
        out += [(start + s.start, start + s.stop, s.type) for s in ner(piece).spans]
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
