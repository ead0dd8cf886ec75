"""Outlets typed as products that main's rules left products (issue 16, branch ents78): a
speaker's words said before an outlet with the verb a few words back, the outlet's own web or
e-mail address beside its name, an address with a Cyrillic top-level domain, a name ending in an
outlet's word ("<Morgen>post", "<Town>TV"), and the words of a correspondent, a journalist, an
interview or a piece for it. Invented names; products in like sentences stay products."""

from __future__ import annotations

from storyline.link.entities import build_entities
from storyline.link.entity_index import EntityIndex, EntityRecord
from storyline.model import Mention
from storyline.names.media import is_outlet, on_a_channel, outlet_compound, outlet_context


def _at(text: str, name: str, lang: str, etype: str = "PRO") -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, etype, name, lang)


def test_words_said_before_an_outlet_the_verb_a_few_words_back() -> None:
    cases = [
        ("„Сега е трудно“, каза д-р Мира Вълкова пред Зелвенски Глас.", "Зелвенски Глас", "bg"),
        ("„Няма как“, казва той пред Кироварска Вечер.", "Кироварска Вечер", "bg"),
        ("Директорът заяви пред „Утринна Зора“, че летището работи.", "Утринна Зора", "bg"),
    ]
    for text, name, lang in cases:
        assert outlet_context(text, _at(text, name, lang)), text


def test_the_preposition_without_a_verb_of_saying_or_across_a_clause_names_no_outlet() -> None:
    cases = [
        ("Опашката стоеше пред Зелвенски Мол от сутринта.", "Зелвенски Мол", "bg"),
        ("Той каза, че колата е пред Кироварска Кула.", "Кироварска Кула", "bg"),
    ]
    for text, name, lang in cases:
        assert not outlet_context(text, _at(text, name, lang)), text


def test_the_outlets_own_address_beside_its_name() -> None:
    cases = [
        ("Пращайте сигнали на „ЗОРНИК“ – zornik@zornik.bg и на телефона.", "ЗОРНИК", "bg"),
        ("She wrote in Valley Thinker (www.ValleyThinker.com) that it failed.", "Valley Thinker", "en"),
    ]
    for text, name, lang in cases:
        assert outlet_context(text, _at(text, name, lang)), text
    # an address of another name is no evidence
    text = "Записаться можно через приложение «Зелвоплан» или на сайте kirovo.ru."
    assert not outlet_context(text, _at(text, "Зелвоплан", "ru"))


def test_a_correspondent_a_journalist_an_interview_or_a_piece_names_an_outlet() -> None:
    cases = [
        ("Корреспондент «Зорька 24» Анна Петрова рассказала подробности.", "Зорька 24", "ru"),
        ("Об этом он сказал в интервью Зелвенскому Вестнику.", "Зелвенскому Вестнику", "ru"),
        ("Подробности читайте в материале «Кирово-Онлайн».", "Кирово-Онлайн", "ru"),
        ("Stwierdził to w wywiadzie dla „Zelvy”, nie podając szczegółów.", "Zelvy", "pl"),
        ("Reporterzy Kira 24 Plus śledzą wydarzenia.", "Kira 24 Plus", "pl"),
        ("je v svojem članku za Zelvin Glas zapisal general.", "Zelvin Glas", "sl"),
        ("«Зелвенець» розповідає, коли світ повернеться до норми.", "Зелвенець", "uk"),
        ("коментира германският ежедневник „Зелвер Абенд“.", "Зелвер Абенд", "bg"),
        ("съобщава електронното издание Zelvothema, цитирано от агенция.", "Zelvothema", "bg"),
    ]
    for text, name, lang in cases:
        assert outlet_context(text, _at(text, name, lang)), text


def test_products_in_like_sentences_stay_products() -> None:
    cases = [
        ("Записаться можно через мобильное приложение «Зелвоплан».", "Зелвоплан", "ru"),
        ("Nowy samochód Zelvo Kombi kosztuje sto tysięcy.", "Zelvo Kombi", "pl"),
        ("Ваксината Кировак пристигна в болниците.", "Кировак", "bg"),
    ]
    for text, name, lang in cases:
        assert not outlet_context(text, _at(text, name, lang)), text


def test_a_name_ending_in_an_outlets_word_or_an_address_is_an_outlet() -> None:
    for name in [
        "Zelvenpost",
        "Kirabergzeitung",
        "KiraTV",
        "PlovaMedia",
        "Nord LifeTv",
        "Zelviner Abendpost",
    ]:
        assert outlet_compound(name.split()[-1]) and is_outlet([(name, "pl")]), name
    assert is_outlet([("Зелво.бг", "bg")]) and is_outlet([("Кирово.Инфо", "ru")])
    for name in ["Multimedia", "Signpost", "WhatsKira", "iZelvo", "Zelvo Go", "Kirofon"]:
        assert not is_outlet([(name, "pl")]), name


def test_one_address_beside_the_name_makes_the_stored_entity_an_organisation() -> None:
    index = EntityIndex()
    first = "Всички права запазени. Копирането на материали от „ЗОРНИК“ е забранено."
    second = "Пращайте сигнали на „ЗОРНИК“ – zornik@zornik.bg и на телефона."
    a = index.add_document("a", [_at(first, "ЗОРНИК", "bg")], first)[0]
    b = index.add_document("b", [_at(second, "ЗОРНИК", "bg")], second)[0]
    assert a == b and index.records[a].outlet == 1
    record = EntityRecord.from_json(a, index.records[a].to_json())
    mentions = {("a", 0): _at(first, "ЗОРНИК", "bg"), ("b", 0): _at(second, "ЗОРНИК", "bg")}
    [entity] = build_entities({k: a for k in mentions}, mentions, {a: record})
    assert entity.type == "ORG"


def test_a_show_on_a_channel_stays_a_product_though_a_speaker_is_on_its_air() -> None:
    index = EntityIndex()
    first = "„Ще пътуваме утре“, заяви „Добро утро, Зелвия” по ZTV Иван Колев."
    second = "Това съобщи кореспондентът на ZTV в ефира на „Добро утро, Зелвия“."
    name = "Добро утро, Зелвия"
    a = index.add_document("a", [_at(first, name, "bg")], first)[0]
    b = index.add_document("b", [_at(second, name, "bg")], second)[0]
    assert a == b and index.records[a].programme == 1
    record = EntityRecord.from_json(a, index.records[a].to_json())
    mentions = {("a", 0): _at(first, name, "bg"), ("b", 0): _at(second, name, "bg")}
    [entity] = build_entities({k: a for k in mentions}, mentions, {a: record})
    assert entity.type == "PRO"
    # the same words on air, and no channel after the name anywhere: an outlet
    alone = EntityIndex()
    c = alone.add_document("b", [_at(second, name, "bg")], second)[0]
    [entity] = build_entities({("b", 0): c}, {("b", 0): _at(second, name, "bg")}, {c: alone.records[c]})
    assert entity.type == "ORG"


def test_an_abbreviation_after_a_name_without_a_preposition_names_no_channel() -> None:
    cases = [
        ("Jak pisze „Zelvenblatt” UE mogłaby zaoszczędzić.", "Zelvenblatt", "pl"),
        ("Тръбата „Кирски поток” СНИМКА: Архив", "Кирски поток", "bg"),
        ("Рамката на „Зелвия“ на ЕС е приета.", "Зелвия", "bg"),
    ]
    for text, name, lang in cases:
        assert not on_a_channel(text, _at(text, name, lang)), text
    text = "She said on Morning Zelvia on ZTV that the port is closed."
    assert on_a_channel(text, _at(text, "Morning Zelvia", "en"))
