"""Entity recognition and base forms, learned from annotated news (../shared/data/bsnlp).

``Recogniser`` tags a stretch of text with a linear-chain CRF (``features``, ``train``) and gives
every mention its base form (``lemma``). The models ship inside the package
(``storyline/models``); ``make models`` retrains them, and the evaluation trains one pair per
held-out topic. ``use_models(dir)`` points the process at other model files (the evaluation's
leave-one-topic-out folds, or a user's own training).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from storyline.analyse import shared
from storyline.ner import external, morphology  # noqa: F401 - morphology makes pymorphy3 safe first
from storyline.ner.aliases import Aliases
from storyline.ner.data import sentences, spans_from_tags
from storyline.ner.features import Clusters, DocumentContext, first_name, quote_mask, sentence_features
from storyline.ner.lemma import BEFORE, Lemmatizer, document_words
from storyline.ner.subject_gender import woman_as_subject

# Languages the tagger was trained on, and the trained language each other language borrows
# its language-specific features from (same script, close grammar).
TRAINED = frozenset({"bg", "cs", "pl", "ru", "sl", "uk"})
NEAREST = {"sk": "cs", "hr": "sl", "bs": "sl", "sr": "bg", "mk": "bg", "be": "ru", "kk": "ru"}

_MODEL_DIR_ENV = "STORYLINE_MODELS"
CLUSTERS_FILE = "clusters.tsv.gz"  # the word clusters a model was trained with (absent: none)
_override: Path | None = None


def use_models(directory: str | Path | None) -> None:
    """Load ``ner.crfsuite`` and ``lemma.json.gz`` from ``directory`` (None: the packaged ones)."""
    global _override
    _override = Path(directory) if directory else None
    _recogniser.cache_clear()
    _aliases.cache_clear()


def model_dir() -> Path:
    if _override is not None:
        return _override
    if os.environ.get(_MODEL_DIR_ENV):
        return Path(os.environ[_MODEL_DIR_ENV])
    return _packaged_models()


@cache
def _packaged_models() -> Path:
    # asked for every entity a batch names (``alias_table``): importlib's lookup once, not each time
    return Path(str(resources.files("storyline") / "models"))


def tagger_lang(lang: str | None) -> str | None:
    """The trained language whose model serves ``lang``, or None when none does."""
    if lang in TRAINED:
        return lang
    return NEAREST.get(lang or "")


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    type: str
    base: str


class Recogniser:
    def __init__(self, directory: Path) -> None:
        import pycrfsuite

        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(directory / "ner.crfsuite"))
        self.lemmatizer = Lemmatizer.load(directory / "lemma.json.gz")
        self.clusters = Clusters.load(directory / CLUSTERS_FILE)

    def find(self, text: str, start: int, end: int, lang: str) -> list[Found]:
        """Mentions in ``text[start:end]`` (offsets into ``text``), tagged as language ``lang``."""
        chunk = text[start:end]
        sents = sentences(chunk)
        ctx = DocumentContext(sents)
        ext = (
            external.token_tags(sents, external.natasha_spans(chunk))
            if external.applies(chunk, lang)
            else None
        )
        words = shared.of(chunk).memo("document_words", lambda: document_words(chunk))
        found: list[Found] = []
        for i, sent in enumerate(sents):
            feats = sentence_features(
                sent, lang, ctx, quote_mask(sent), ext[i] if ext else None, self.clusters
            )
            for s, e, etype in spans_from_tags(sent, self.tagger.tag(feats)):
                for s2, e2 in split_glued_surnames(chunk, s, e, etype, lang):
                    woman = etype == "PER" and woman_as_subject(chunk, s2, e2, lang)
                    before = chunk[max(0, s2 - BEFORE) : s2]  # a preposition may demand a case
                    base = self.lemmatizer.base(chunk[s2:e2], lang, etype, words, woman, before)
                    found.append(Found(start + s2, start + e2, etype, base))
        return found


# Endings of Slavic and Caucasian surnames (Петров, Алиев, Путин, Kowalski, Novák-ová …).
_SURNAME = re.compile(
    r"(?:ov|ova|ev|eva|in|ina|yn|sky|ski|ska|ský|ská|enko|uk|yan|dze|shvili|ić|ич|ов|ова|ев|ева|ин|ина|ын|ский|ская|енко|ук|ян|дзе|швили)$"
)


def split_glued_surnames(text: str, start: int, end: int, etype: str, lang: str) -> list[tuple[int, int]]:
    """Two surnames side by side ("… Алиев Путин …" in a list of speakers) are two people, not
    one: a two-word person whose first word is no first name and both words end like surnames."""
    if etype != "PER":
        return [(start, end)]
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) != 2:
        return [(start, end)]
    a, b = (w.group() for w in words)
    if first_name(a, lang, endings=False) or not (_SURNAME.search(a.lower()) and _SURNAME.search(b.lower())):
        return [(start, end)]
    return [(start + w.start(), start + w.end()) for w in words]


@cache
def _recogniser(directory: Path) -> Recogniser | None:
    if not (directory / "ner.crfsuite").is_file():
        return None
    return Recogniser(directory)


def recogniser() -> Recogniser | None:
    """The loaded models (once per process), or None when no model file is installed."""
    return _recogniser(model_dir())


@cache
def _aliases(directory: Path) -> Aliases:
    return Aliases.load(directory / "aliases.json.gz")


def alias_table() -> Aliases:
    """The learned cross-lingual name table (empty when none is installed)."""
    return _aliases(model_dir())
