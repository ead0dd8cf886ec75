"""Small builders shared by the tests: linked documents, time expressions and figures of one text."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date
from functools import cache
from pathlib import Path

import pytest

import storyline
from storyline.analyse import analyse
from storyline.analyse.figures import find_figures
from storyline.analyse.text import split_sentences
from storyline.analyse.timex import find_timexes
from storyline.link.context import LinkContext
from storyline.link.entities import link_entities
from storyline.model import Analysis, Document, FigureMention, Mention, TimeExpr
from storyline.ner.lemma import Lemmatizer

PUB = date(2023, 3, 16)  # a Thursday

PACKAGED_LEMMA = Path(storyline.__file__).parent / "models" / "lemma.json.gz"


def linked(texts: dict[str, tuple[str, str]]) -> LinkContext:
    """Documents (name → (language, text)) analysed and their entities linked."""
    docs, analyses = {}, {}
    for name, (lang, text) in texts.items():
        doc_id = "d-" + hashlib.sha256(text.encode()).hexdigest()[:16]
        docs[doc_id] = Document(doc_id, name, text, "0" * 64, "0" * 64, lang=lang)
        analyses[doc_id] = analyse(text, lang=lang)
    ctx = LinkContext(docs, analyses)
    link_entities(ctx)
    return ctx


def mentions_linked(lang: str, text: str, found: list[tuple[str, str]]) -> LinkContext:
    """One document whose mentions are given (surface, type; each at its first place in the text,
    its base form as written), its entities linked: linking and listing without the analysers."""
    ms = []
    for surface, etype in found:
        i = text.index(surface)
        ms.append(Mention(i, i + len(surface), surface, etype, surface, lang))
    ctx = LinkContext(
        {"a": Document("a", "a", text, "0" * 64, "0" * 64, lang=lang)}, {"a": Analysis(lang, mentions=ms)}
    )
    link_entities(ctx)
    return ctx


def timexes(text: str, lang: str, published: date | None = PUB) -> list[TimeExpr]:
    return find_timexes(text, Analysis(lang=lang), published)


def one_timex(text: str, lang: str, published: date | None = PUB) -> TimeExpr:
    found = timexes(text, lang, published)
    assert len(found) == 1, [t.text for t in found]
    return found[0]


def figures(text: str, lang: str, places: tuple[str, ...] = ()) -> list[FigureMention]:
    """The figures of one text; ``places`` are given as the text's place mentions."""
    analysis = Analysis(lang=lang)
    analysis.sentences = split_sentences(text)
    for name in places:
        start = text.index(name)
        analysis.mentions.append(
            Mention(start=start, end=start + len(name), text=name, type="LOC", base=name)
        )
    return find_figures(text, analysis, None)


def workers_left_after_kill(script: str, env: dict[str, str], wait_s: float) -> tuple[list[int], list[int]]:
    """Run ``script`` (it prints its worker processes' pids on one line, then sleeps), kill -9 it
    and give its workers ``wait_s`` seconds to die with it: (workers, those still alive — killed
    here so that a failing test leaves nothing behind)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script)], env=env, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    workers = [int(p) for p in proc.stdout.readline().split()]
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline and any(_alive(p) for p in workers):
        time.sleep(0.2)
    alive = [p for p in workers if _alive(p)]
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    return workers, alive


def _alive(pid: int) -> bool:
    """A process that exists and is no zombie (a zombie's parent, killed, can no longer reap it)."""
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "zombie" not in state


def index_linked(
    docs: dict[str, list[Mention]], aliases: object | None = None, texts: dict[str, str] | None = None
) -> dict[tuple[str, int], str]:
    """Documents' mentions through one entity index, in order: (document, mention) → its entity.
    ``aliases`` replaces the shipped name table (``Aliases({})``: none); ``texts``: documents'
    texts, for what the index reads around a mention."""
    from storyline.link.entity_index import EntityIndex

    index = EntityIndex() if aliases is None else EntityIndex(aliases=aliases)  # type: ignore[arg-type]
    out = {}
    for doc_id, mentions in docs.items():
        for i, eid in index.add_document(doc_id, mentions, (texts or {}).get(doc_id)).items():
            out[(doc_id, i)] = eid
    return {k: index.resolve(v) for k, v in out.items()}


def bare_surname_of(bare: str, bare_lang: str, full: str, full_lang: str) -> bool:
    """Whether a lone surname is the surname of a full name (both read as person names)."""
    from storyline.names.people import person_name, same_surname

    a, b = person_name(bare, bare_lang), person_name(full, full_lang)
    assert a is not None and b is not None
    return same_surname(a, b)


def realis_why(text: str, lang: str, kind: str, trigger: str, day: date = date(2024, 5, 15)) -> str | None:
    """Why the event ``trigger`` (its first occurrence) of type ``kind`` is no happening, with the
    sentence's time expressions read against ``day`` (None: a happening)."""
    from storyline.analyse.event_realis import why_not_happening

    analysis = Analysis(lang=lang, sentences=split_sentences(text))
    analysis.timexes = find_timexes(text, analysis, day)
    at = text.index(trigger)
    return why_not_happening(text, analysis, kind, at, at + len(trigger), 0, len(text))


def event_kinds(text: str, lang: str, names: dict[str, str] | None = None) -> set[str]:
    """The event types found in one text (``names``: surface → entity type, as ``analysis`` takes)."""
    from test_link_dates import analysis

    return {m.type for m in analysis(text, lang, names or {}).events}


def event_parties(text: str, lang: str, names: dict[str, str], kind: str) -> list[str]:
    """The participants' surfaces of the first event of ``kind`` in one text (it must have one)."""
    from test_link_dates import analysis

    a = analysis(text, lang, names)
    found = [m for m in a.events if m.type == kind]
    assert found, f"no {kind} in {text!r}"
    return [a.mentions[k].text for k in found[0].participants]


@cache
def _packaged_lemmatizer() -> Lemmatizer:
    return Lemmatizer.load(PACKAGED_LEMMA)


def packaged_lemmatizer() -> Lemmatizer:
    """The packaged base-form table (the case endings learned from BSNLP); skips without it."""
    if not PACKAGED_LEMMA.exists():
        pytest.skip("no packaged lemma table")
    return _packaged_lemmatizer()
