"""What the analysers of one document share is made once, and sharing changes no result: the
sentences, the findings analysers' tokens, natasha's decoding, the phrase lists' memory."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from storyline.analyse import analyse, phrases, shared
from storyline.analyse.phrases import PhraseList, Token, _scan, strip_clitics, tokens
from storyline.analyse.text import split_sentences
from storyline.ner.external import viterbi

TEXT = (
    "Marta Lindqvist said on Tuesday that 14 people were hurt in the fire at the Oslo depot.\n"
    "Two of them, both drivers, are in hospital, the police added."
)


def test_a_text_has_one_shared_object_and_its_sentences_are_split_once() -> None:
    text = "".join(["First one. ", "Second one."])  # a fresh string object
    a = shared.of(text)
    assert shared.of(text) is a
    assert a.sentences == split_sentences(text)
    a.sentences.append((0, 1))  # each caller gets a list of its own
    assert a.sentences == split_sentences(text)
    calls = []
    assert a.memo("k", lambda: calls.append(1) or 7) == 7
    assert a.memo("k", lambda: calls.append(1) or 8) == 7
    assert calls == [1]
    shared.release(text)
    assert shared.of(text) is not a


def test_equal_texts_that_are_different_objects_do_not_share() -> None:
    one = "".join(["Same ", "words."])
    two = "".join(["Same ", "words."])
    assert one == two and one is not two
    assert shared.of(one) is not shared.of(two)


def test_only_the_last_few_texts_are_kept() -> None:
    texts = ["".join(["text ", str(n)]) for n in range(shared.KEEP + 2)]
    first = shared.of(texts[0])
    for t in texts[1:]:
        shared.of(t)
    assert shared.of(texts[0]) is not first


def test_threads_do_not_share() -> None:
    text = "".join(["A thread's ", "text."])
    mine = shared.of(text)
    theirs: list[shared.Shared] = []
    worker = threading.Thread(target=lambda: theirs.append(shared.of(text)))
    worker.start()
    worker.join()
    assert theirs[0] is not mine


def test_tokens_are_made_once_and_each_caller_gets_its_own_list() -> None:
    text = "".join([TEXT])
    s, e = split_sentences(text)[0]
    first = tokens(text, s, e)
    second = tokens(text, s, e)
    assert first == second == _scan(text, s, e)
    assert first is not second and first[0] is second[0]  # the same tokens, in new lists
    first.pop()
    assert tokens(text, s, e) == second


def test_stripping_clitics_replaces_tokens_and_leaves_the_shared_ones_alone() -> None:
    text = "".join(["والقتلى ثلاثة"])
    toks = tokens(text, 0, len(text))
    strip_clitics(toks, ("و", "ال"))
    assert toks[0].alts and "قتلى" in toks[0].alts
    assert tokens(text, 0, len(text))[0].alts == ()


def test_phrase_lists_find_the_same_with_and_without_their_memory() -> None:
    plist = PhraseList.build({"hurt": ["injur*", "hurt", "in hospital"], "dead": ["dead", "kill*"]})
    toks = _scan(TEXT, 0, len(TEXT)) + [Token(0, 1, "killed"), Token(0, 1, "wounded", alts=("injured",))]
    first = plist.find(toks)
    again = plist.find(toks)  # now from memory
    plist.memo.clear()
    assert first == again == plist.find(toks)
    assert [label for _i, _j, label in first] == ["hurt", "hurt", "dead", "hurt"]


def test_phrase_memory_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phrases, "MEMO_SIZE", 3)
    plist = PhraseList.build({"x": ["alpha"]})
    words = [Token(0, 1, w) for w in ("a", "b", "c", "d", "alpha")]
    assert plist.find(words) == [(4, 5, "x")]
    assert len(plist.memo) <= 3


def test_natasha_decoding_chooses_what_slovnet_chooses() -> None:
    from slovnet.exec.model import CRF

    rng = np.random.default_rng(7)
    for trial in range(200):
        batch, length, tags = int(rng.integers(1, 4)), int(rng.integers(1, 40)), 7
        transitions = rng.normal(size=(tags, tags)).astype(np.float32)
        emissions = rng.normal(size=(batch, length, tags)).astype(np.float32)
        if trial % 2:  # ties: the first best must win in both
            emissions, transitions = np.round(emissions), np.round(transitions)
        sizes = rng.integers(1, length + 1, size=batch)
        mask = np.arange(length)[None, :] < sizes[:, None]
        crf = CRF.__new__(CRF)
        crf.__dict__["transitions"] = type("W", (), {"array": transitions})()
        expected = CRF.decode(crf, emissions, mask)
        got = viterbi(transitions, emissions, mask)
        assert len(got) == len(expected)
        assert all(np.array_equal(a, b) for a, b in zip(got, expected, strict=True))


def test_analyse_releases_the_document() -> None:
    text = "".join([TEXT])
    before = shared.of(text)
    analysis = analyse(text, "en")
    assert analysis.sentences == split_sentences(text)
    assert shared.of(text) is not before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Привет, как дела у Марии сегодня?", "cyrl"),
        ("Hello there, how is Maria today?", "latn"),
        ("Привет мир hello world", "mixed"),
        ("ſtrange Ķelvin — 123 !!", "latn"),
        ("", "cyrl"),  # no letters at all: nothing outweighs Cyrillic (as before)
    ],
)
def test_the_script_of_a_paragraph_is_counted_letter_by_letter(text: str, expected: str) -> None:
    from storyline.analyse.language import _script

    cyr = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    lat = sum(1 for ch in text if ch.isalpha()) - cyr
    assert _script(text) == expected
    assert (cyr >= 0.8 * (cyr + lat)) == (expected == "cyrl")


def test_natasha_decoding_of_one_text_chooses_what_slovnet_chooses() -> None:
    """One text is one unmasked sequence: the short path must decode as slovnet does."""
    from slovnet.exec.model import CRF

    rng = np.random.default_rng(11)
    for trial in range(200):
        length, tags = int(rng.integers(1, 60)), 7
        transitions = rng.normal(size=(tags, tags)).astype(np.float32)
        emissions = rng.normal(size=(1, length, tags)).astype(np.float32)
        if trial % 2:  # ties
            emissions, transitions = np.round(emissions), np.round(transitions)
        mask = np.ones((1, length), dtype=bool)
        crf = CRF.__new__(CRF)
        crf.__dict__["transitions"] = type("W", (), {"array": transitions})()
        (expected,) = CRF.decode(crf, emissions, mask)
        (got,) = viterbi(transitions, emissions, mask)
        assert np.array_equal(got, expected)


def test_natasha_spans_are_the_ones_its_own_pipeline_gives() -> None:
    """``natasha_spans`` runs natasha's model without slovnet's batch and markup plumbing: the
    spans must be those of ``NewsNERTagger(text)`` with slovnet's own decoding."""
    from functools import partial

    from storyline.ner import external

    texts = [
        "Министр Олег Варламов прибыл в Тулу, где встретился с губернатором Ириной Сомовой. "
        "Компания «Северсталь-Инвест» и банк ВТБ подписали соглашение в Нижнем Новгороде.",
        "Президентът Петър Сивков посети Варна и Бургас заедно с кмета Мария Тодорова.",
        "Голова правління Степан Мельник виступив у Львові перед представниками ООН та ЄС.",
        "…  ?!  ",
    ]
    tagger = external._natasha()
    crf = tagger.infer.model.head.crf
    ours = [external.natasha_spans(t) for t in texts]
    del crf.__dict__["decode"]  # slovnet's own decoding, for this comparison only
    try:
        theirs = [[(s.start, s.stop, s.type) for s in tagger(t).spans] for t in texts]
    finally:
        crf.decode = partial(external.viterbi, crf.transitions.array)
    assert ours == theirs
    assert any(ours)  # the texts have names: the comparison compares something
