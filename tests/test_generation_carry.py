"""Within one document the son named with his generational word ("… Jr", "… mladší") is the same
man later without it, unless the document names another bearer of the name (the father, a
"… Sr", a relative); across documents the name without the word stays the father's."""

from __future__ import annotations

from storyline.link.entity_index import EntityIndex
from storyline.model import Mention


def _doc(text: str, lang: str, names: list[tuple[str, str]]) -> tuple[list[Mention], str]:
    """Person mentions of ``text``, each (as written, base form) found in order after the last."""
    mentions, at = [], 0
    for written, base in names:
        start = text.index(written, at)
        at = start + len(written)
        mentions.append(Mention(start, at, written, "PER", base, lang))
    return mentions, text


def _linked(docs: dict[str, tuple[list[Mention], str]]) -> dict[tuple[str, int], str]:
    index = EntityIndex()
    out = {}
    for doc_id, (mentions, text) in docs.items():
        for i, eid in index.add_document(doc_id, mentions, text).items():
            out[(doc_id, i)] = eid
    return {k: index.resolve(v) for k, v in out.items()}


SON_ONLY = _doc(
    "Radomír Kovářík, Jr. přijel do Brna. Novináři se ptali Radomíra Kovaříka na plány. "
    "Kovářík odpověděl, že Radomír Kovářík, Jr. zůstane.",
    "cs",
    [
        ("Radomír Kovářík, Jr", "Radomír Kovářík, Jr"),
        ("Radomíra Kovaříka", "Radomír Kovářík"),
        ("Kovářík", "Kovářík"),
        ("Radomír Kovářík, Jr", "Radomír Kovářík, Jr"),
    ],
)


def test_the_son_without_his_word_later_in_the_document_is_the_son() -> None:
    got = _linked({"son": SON_ONLY})
    son = got[("son", 0)]
    assert got[("son", 1)] == got[("son", 2)] == got[("son", 3)] == son


def test_the_name_without_the_word_in_another_document_stays_the_father() -> None:
    father = _doc("Radomír Kovářík otevřel továrnu.", "cs", [("Radomír Kovářík", "Radomír Kovářík")])
    got = _linked({"son": SON_ONLY, "father": father})
    assert got[("father", 0)] != got[("son", 0)]
    assert got[("son", 1)] == got[("son", 0)]  # the son's own document still reads him so


def test_a_document_that_names_the_father_too_keeps_them_apart() -> None:
    both = _doc(
        "Tobias Hollender Jr. spoke first. Tobias Hollender Sr. spoke later. Tobias Hollender left.",
        "en",
        [
            ("Tobias Hollender Jr", "Tobias Hollender Jr"),
            ("Tobias Hollender Sr", "Tobias Hollender Sr"),
            ("Tobias Hollender", "Tobias Hollender"),
        ],
    )
    got = _linked({"both": both})
    assert len({got[("both", 0)], got[("both", 1)], got[("both", 2)]}) == 3


def test_the_father_named_first_or_after_a_word_for_a_relative_is_not_the_son() -> None:
    first = _doc(
        "Tobias Hollender founded the firm. Tobias Hollender Jr. runs it. Tobias Hollender is proud.",
        "en",
        [
            ("Tobias Hollender", "Tobias Hollender"),
            ("Tobias Hollender Jr", "Tobias Hollender Jr"),
            ("Tobias Hollender", "Tobias Hollender"),
        ],
    )
    kin = _doc(
        "Tobias Hollender Jr. runs the firm, the son of Tobias Hollender, who founded it.",
        "en",
        [("Tobias Hollender Jr", "Tobias Hollender Jr"), ("Tobias Hollender", "Tobias Hollender")],
    )
    got = _linked({"first": first, "kin": kin})
    assert got[("first", 1)] not in (got[("first", 0)], got[("first", 2)])
    assert got[("kin", 0)] != got[("kin", 1)]


def test_a_bare_surname_stands_for_the_full_name_of_it_the_text_spoke_of_last() -> None:
    doc = _doc(
        "Tobias Hollender Jr. came in. Hollender sat down. He met Greta Hollender. Hollender smiled.",
        "en",
        [
            ("Tobias Hollender Jr", "Tobias Hollender Jr"),
            ("Hollender", "Hollender"),
            ("Greta Hollender", "Greta Hollender"),
            ("Hollender", "Hollender"),
        ],
    )
    got = _linked({"doc": doc})
    assert got[("doc", 1)] == got[("doc", 0)]  # the son, the one the text named last
    assert got[("doc", 3)] == got[("doc", 2)] != got[("doc", 0)]  # Greta, named since
