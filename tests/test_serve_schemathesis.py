"""Property-based run of schemathesis against the OpenAPI schema: no request may cause a
server error, and responses must match the schema.

`positive_data_acceptance` is left out on purpose: a few schema-valid requests are refused by
design (since after until, URLs pointing at private addresses), with a 422 and a message.
A longer run against a live server: see docs/serve.md.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed")
pytest.importorskip("fastapi")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import positive_data_acceptance  # noqa: E402
from schemathesis.config._checks import (  # noqa: E402
    NEGATIVE_DATA_REJECTION_EXPECTED_STATUSES,
    NegativeDataRejectionConfig,
)
from schemathesis.generation import GenerationMode  # noqa: E402

from lagebild.models import Document, RawDocument  # noqa: E402
from lagebild.serve import create_app  # noqa: E402
from lagebild.serve.app import _open_store  # noqa: E402
from lagebild.serve.sample import sample_documents  # noqa: E402

TOKEN = "schemathesis-token"


def _processor(raw: RawDocument) -> Document:
    doc = Document(source=raw.source, format=raw.format, text=raw.text or "", title=raw.title)
    return doc.finalize_ids()


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    path: Path = tmp_path_factory.mktemp("schemathesis") / "sample.duckdb"
    store = _open_store(path)
    for doc in sample_documents():
        store.add(doc)
    store.close()
    app = create_app(path, token=TOKEN, processor=_processor)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    # an invalid body that is also over the documented size limit is refused with 413 (a
    # documented response of the writing endpoints): that is a rejection too
    schema.config.checks.negative_data_rejection = NegativeDataRejectionConfig(
        expected_statuses=[*NEGATIVE_DATA_REJECTION_EXPECTED_STATUSES, "413"]
    )
    yield schema
    app.state.worker.stop()
    app.state.store.close()
    shutil.rmtree(path.parent, ignore_errors=True)


OPERATIONS = [
    ("/api/events", "GET"),
    ("/api/events/{event_id}", "GET"),
    ("/api/actors", "GET"),
    ("/api/actors", "POST"),
    ("/api/network", "GET"),
    ("/api/timeline", "GET"),
    ("/api/map", "GET"),
    ("/api/documents", "GET"),
    ("/api/documents", "POST"),
    ("/api/documents/{document_id}", "GET"),
    ("/api/jobs/{job_id}", "GET"),
    ("/api/stats", "GET"),
]


def test_every_operation_is_covered(api_schema):
    found = {
        (op.path, op.method.upper()) for op in (r.ok() for r in api_schema.get_all_operations())
    }
    assert found == set(OPERATIONS)


@pytest.mark.parametrize("mode", ["positive", "negative"])
@pytest.mark.parametrize("path, method", OPERATIONS)
def test_api_conforms_to_its_schema(api_schema, path, method, mode):
    if mode == "negative" and path == "/api/stats":
        pytest.skip("no parameters: nothing to make invalid")
    operation = api_schema[path][method]
    strategy = operation.as_strategy(generation_mode=GenerationMode(mode))

    @given(case=strategy)
    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
    def run(case):
        case.call_and_validate(
            headers={"Authorization": f"Bearer {TOKEN}"},
            excluded_checks=[positive_data_acceptance],
        )

    run()
