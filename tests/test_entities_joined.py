"""Two names joined by a conjunction inside one span are two names when the passage names each."""

from __future__ import annotations

from storyline.analyse.entities_joined import split_joined
from storyline.model import Mention


def _rebase(word: str, _etype: str) -> str:
    return {"Holmbyho": "Holmby", "Nordviku": "Nordvik", "Bibiové": "Bibiová"}.get(word, word)


def _at(text: str, name: str, etype: str, lang: str, nth: int = 0) -> Mention:
    s = -1
    for _ in range(nth + 1):
        s = text.index(name, s + 1)
    return Mention(s, s + len(name), name, etype, _rebase(name, etype), lang)


def _spans(got: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in got]


def test_two_companies_the_passage_names_alone_are_split() -> None:
    for lang, joiner in (("uk", "і"), ("pl", "i"), ("sl", "in"), ("ru", "и")):
        for a, b in (("Nordvik AG", "Holmby AG"), ("Lomsko Energy", "Varta Gas")):
            text = f"Суд: {a} {joiner} {b} платять. Потім {a} заявила, а {b} мовчала."
            first = [
                _at(text, f"{a} {joiner} {b}", "ORG", lang),
                _at(text, a, "ORG", lang, 1),
                _at(text, b, "ORG", lang, 1),
            ]
            got = split_joined(text, first, lang, _rebase)
            assert _spans(got) == [(a, "ORG"), (b, "ORG"), (a, "ORG"), (b, "ORG")]


def test_the_part_after_the_conjunction_may_be_described_and_typed_by_the_passage() -> None:
    text = "Umowę podpisały Nordvik i brytyjsko-holenderski Holmby Oil. Holmby Oil zyskał, Nordvik nie."
    first = [
        _at(text, "Nordvik i brytyjsko-holenderski Holmby Oil", "LOC", "pl"),
        _at(text, "Holmby Oil", "ORG", "pl", 1),
        _at(text, "Nordvik", "ORG", "pl", 1),
    ]
    got = split_joined(text, first, "pl", _rebase)
    assert _spans(got)[:2] == [("Nordvik", "ORG"), ("Holmby Oil", "ORG")]


def test_a_name_with_a_conjunction_the_passage_never_splits_stays() -> None:
    text = "Ministerstwo Handlu i Przemysłu wydało komunikat. Ministerstwo Handlu i Przemysłu milczy."
    first = [_at(text, "Ministerstwo Handlu i Przemysłu", "ORG", "pl", n) for n in (0, 1)]
    assert split_joined(text, first, "pl", _rebase) == first
    # one side named alone is not enough
    text = "Nordvik i Holmby podpisali. Nordvik zyskał."
    first = [_at(text, "Nordvik i Holmby", "ORG", "pl"), _at(text, "Nordvik", "ORG", "pl", 1)]
    assert split_joined(text, first, "pl", _rebase) == first


def test_a_full_name_run_into_a_name_before_it_is_two_names() -> None:
    for lang, text, other, person, kind in (
        ("bg", "Министърът за Брекзит Дейвид Нордвик заяви. Брекзит е факт. Нордвик мълчи.", "Брекзит",
         "Дейвид Нордвик", "EVT"),
        ("cs", "Manžel Bibiové Anna Holmbyová řekl. Bibiové nic. Holmbyová odjela.", "Bibiové", "Anna Holmbyová",
         "PER"),
    ):  # fmt: skip
        span = f"{other} {person}"
        first = [
            _at(text, span, "PER", lang),
            _at(text, other, kind, lang, 1),
            _at(text, person.split()[1], "PER", lang, 1),
        ]
        got = split_joined(text, first, lang, _rebase)
        assert _spans(got)[:2] == [(other, kind), (person, "PER")]


def test_a_name_of_three_words_stays_whole() -> None:
    # a given name before the person's: one name of three words, even when a part is named alone
    text = "Kierowca Maria Anna Holmby odjechał. Potem Holmby wrócił, a Maria czekała."
    first = [
        _at(text, "Maria Anna Holmby", "PER", "pl"),
        _at(text, "Holmby", "PER", "pl", 1),
        _at(text, "Maria", "PER", "pl", 1),
    ]
    assert split_joined(text, first, "pl", _rebase) == first
    # a person in the nominative before a full name is a name of three words, not two people
    text = "Prawnik Holmby Anna Nordvik mówił. Holmby milczy, Nordvik nie."
    first = [
        _at(text, "Holmby Anna Nordvik", "PER", "pl"),
        _at(text, "Holmby", "PER", "pl", 1),
        _at(text, "Nordvik", "PER", "pl", 1),
    ]
    assert split_joined(text, first, "pl", _rebase) == first
    # the other part named nowhere alone, and no place: the span stays
    text = "Agencja Nordvik Anna Holmby podała. Holmby milczy."
    first = [_at(text, "Nordvik Anna Holmby", "PER", "pl"), _at(text, "Holmby", "PER", "pl", 1)]
    assert split_joined(text, first, "pl", _rebase) == first
