"""The second pass: other occurrences and case forms of the names a passage's first pass found."""

from __future__ import annotations

from storyline.analyse.entities_second import second_pass
from storyline.model import Mention


def _rebase(word: str, _etype: str) -> str:
    return {"Dobrovica": "Dobrovic", "Dobrovicem": "Dobrovic", "Dobrovicský": "Dobrovicský"}.get(word, word)


def _found(text: str, name: str, etype: str, base: str) -> Mention:
    s = text.index(name)
    return Mention(s, s + len(name), name, etype, base, "cs")


def test_other_occurrences_and_case_forms_are_added() -> None:
    text = "Dobrovic přijel do Lomska. Pak se Dobrovic vrátil. Setkání s Dobrovicem trvalo hodinu."
    first = [_found(text, "Dobrovic", "PER", "Dobrovic"), _found(text, "Lomska", "LOC", "Lomsko")]
    got = second_pass(text, 0, len(text), first, "cs", _rebase)
    assert [(m.text, m.type, m.base) for m in got] == [
        ("Dobrovic", "PER", "Dobrovic"), ("Lomska", "LOC", "Lomsko"),
        ("Dobrovic", "PER", "Dobrovic"), ("Dobrovicem", "PER", "Dobrovic"),
    ]  # fmt: skip


def test_longer_words_common_words_and_parts_of_longer_names_are_not() -> None:
    text = "Dobrovic mluvil. Dobrovicský kraj a Jan Dobrovic. Věřil, že lípa kvete. Lípa stála. Dobrovic 2 je loď."
    first = [_found(text, "Dobrovic", "PER", "Dobrovic"), _found(text, "Lípa", "LOC", "Lípa")]
    got = second_pass(text, 0, len(text), first, "cs", _rebase)
    # "Dobrovicský" is another word, "Jan Dobrovic" and "Dobrovic 2" longer names, "Lípa" a common word here
    assert [(m.start, m.text) for m in got] == [(m.start, m.text) for m in first]
