"""The surname of a full name whose given name is in a case the name list lacks is looked for
again (issue 12, rec49; invented names)."""

from __future__ import annotations

from storyline.analyse.entities_second import _surnames
from storyline.model import Mention


def test_a_given_name_known_by_its_base_form_vouches_for_the_surname() -> None:
    text = "Встреча с Терезой Калвин прошла. Калвин уехала."
    mention = Mention(10, 24, "Терезой Калвин", "PER", "Тереза Калвин", "ru")
    assert text[10:24] == "Терезой Калвин"
    assert _surnames([mention], "ru") == {"Калвин": "Калвин"}
