"""News outlets typed as products (the BSNLP convention) are shown as organisations."""

from __future__ import annotations

from storyline.link.context import LinkContext
from storyline.link.entities import link_entities
from storyline.model import Analysis, Document, Mention
from storyline.names.media import is_outlet


def test_outlets_by_their_name_their_address_or_the_word_before_them() -> None:
    assert is_outlet([("Dolinska gazeta", "cs")])  # a media word of any language inside the name
    assert is_outlet([("novinyvlaku.cz", "cs")])  # a web address
    assert is_outlet([("Kurier Zachodni", "pl")], [("jak napisał dziennik ", "pl")])
    assert not is_outlet([("Kometa 3", "ru")], [("вакцина ", "ru")])  # a product stays a product
    assert not is_outlet([("Tarlen 400", "en")], [("on board a ", "en")])


def _doc(doc_id: str, text: str, name: str, lang: str) -> tuple[Document, Analysis]:
    s = text.index(name)
    mention = Mention(s, s + len(name), name, "PRO", name, lang)
    return Document(doc_id, doc_id, text, "0" * 64, "0" * 64, lang=lang), Analysis(lang, mentions=[mention])


def test_an_outlet_entity_is_an_organisation_and_its_mentions_keep_their_type() -> None:
    docs = {
        "a": _doc("a", "Jak informuje dziennik Kurier Zachodni, most otwarto.", "Kurier Zachodni", "pl"),
        "b": _doc("b", "Szczepionka Kometa 3 trafiła do aptek.", "Kometa 3", "pl"),
    }
    ctx = LinkContext({k: d for k, (d, _a) in docs.items()}, {k: a for k, (_d, a) in docs.items()})
    link_entities(ctx)
    types = {e.name: e.type for e in ctx.entities}
    assert types == {"Kurier Zachodni": "ORG", "Kometa 3": "PRO"}
    assert ctx.analyses["a"].mentions[0].type == "PRO"


def test_outlet_shaped_names_are_outlets_in_any_language() -> None:
    # words outlets are named with ("Express", "Insider", "Welle"), inside a name of two words
    assert is_outlet([("Express Lubelski", "pl")])
    assert is_outlet([("Tech Insider Česko", "cs")])
    assert is_outlet([("Freie Welle Asia", "ru")])
    assert not is_outlet([("Express", "pl")])  # one word: a product may be called so
    assert not is_outlet([("Orion Lander", "en")])
    # the word for a magazine before a one-word title
    assert is_outlet([("Spotřebitel?", "cs")], [("řekla editorka magazínu ", "cs")])
