"""Evidence against joining two person entities that one new name matches.

A full name matched by spelling alone may be alike to two people at once (a Cyrillic rendering
between two Polish surnames that share their first letters); following both matches would make
the two one person on that one mention, and every later mention of either would then carry the
other's names. The entities' own full names decide: where both are written in one language and
none of the one's is the other's, they are two people, whatever the newcomer resembles.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from storyline.names.people import PersonName, person_name, same_person


def _full_names(counted: Counter[str], lang: str) -> list[PersonName]:
    names = (person_name(base, lang or None) for base in counted)
    return [n for n in names if n is not None and n.full]


def other_people(a: Mapping[str, Counter[str]], b: Mapping[str, Counter[str]]) -> bool:
    """Whether two entities' names (language → base forms) hold, in one language, full names of
    which none in the one is the same person as any in the other."""
    for lang in sorted(set(a) & set(b)):
        ours, theirs = _full_names(a[lang], lang), _full_names(b[lang], lang)
        if ours and theirs and not any(same_person(x, y) for x in ours for y in theirs):
            return True
    return False
