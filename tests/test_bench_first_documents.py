"""bench.first_documents: the first documents of each language, in the order asked for."""

from __future__ import annotations

import pytest
from bench.first_documents import SHARED, documents


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data/bsnlp is not beside this checkout")
def test_the_first_documents_of_each_language_in_order() -> None:
    docs = documents(["sl", "bg"], 2)
    assert [d["lang"] for d in docs] == ["sl", "sl", "bg", "bg"]
    assert len({d["id"] for d in docs}) == 4
    assert documents(["xx"], 2) == []
