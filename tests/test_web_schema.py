"""The JSON API against its own OpenAPI document (schemathesis): every operation, with valid and
invalid parameters, answers per its document and never with a server error; a 4xx always says
what was wrong. Bounded: a few examples per operation, so the whole module takes seconds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable

from web_support import copy_store

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed (the test extras)")

from schemathesis import checks  # noqa: E402 - after the skip above

EXAMPLES = 5
CHECKS = [checks.not_a_server_error, checks.status_code_conformance, checks.content_type_conformance,
          checks.response_schema_conformance]  # fmt: skip


@pytest.fixture(scope="module")
def api_schema(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    from storyline.web import Settings, create_app
    from storyline.web.jobs import JobRunner

    db = copy_store(demo_db, tmp_path_factory.mktemp("schema") / "store.db")  # ingests and corrections write
    app = create_app(Settings(db=str(db), rate_limit=0, local_user="fuzzer"))
    with pytest.MonkeyPatch.context() as mp:
        # jobs are recorded and answered as the document says, but not run: running them is
        # test_web_write's business, and each would relink the store (seconds)
        mp.setattr(JobRunner, "_ensure_thread", lambda self: None)
        yield schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)


def _operations(api_schema: Any) -> list[Any]:
    return [result.ok() for result in api_schema.get_all_operations()]


def test_the_document_covers_the_api(api_schema: Any) -> None:
    labels = {op.label for op in _operations(api_schema)}
    assert len(labels) >= 20 and "POST /api/v1/corrections" in labels and "GET /api/v1/search" in labels


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_every_operation_answers_per_its_document(api_schema: Any, mode: str) -> None:
    """Valid requests (positive) and requests that break the document (negative) for every
    operation; schemathesis's checks hold and no 4xx comes without its reason."""
    generation = schemathesis.GenerationMode(mode)
    failures = []
    for operation in _operations(api_schema):

        @given(case=operation.as_strategy(generation_mode=generation))
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  phases=[Phase.explicit, Phase.generate],  # no shrinking: a failure is reported as found, at once
                  suppress_health_check=list(HealthCheck))  # fmt: skip
        def run(case: Any) -> None:
            response = case.call()
            case.validate_response(response, checks=CHECKS)
            if 400 <= response.status_code < 500:
                assert response.json().get("detail"), f"a {response.status_code} without its reason"

        try:
            run()
        except Unsatisfiable:  # nothing to get wrong: an operation without parameters has no negative case
            assert mode == "negative", operation.label
        except Exception as exc:  # noqa: BLE001 - gathered so one run names every failing operation
            failures.append(f"{operation.label}: {str(exc)[:600]}")
    assert not failures, "\n".join(failures)
