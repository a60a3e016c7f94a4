"""Long jobs as generators: progress steps, results, and closing them early."""

from __future__ import annotations

import json

import pytest

from catalog.errors import ValidationError
from catalog.jobs import Progress, run_job
from catalog.records import CatalogStore, export_file_job, import_file_job
from tests.support.catalogs import SRC, T


def _steps_and_result(job):
    steps = []
    return steps, run_job(job, on_progress=steps.append)


def test_import_job_reports_progress_and_returns_the_report(mini_store, tmp_path):
    path = tmp_path / "new.json"
    path.write_text(json.dumps({"schema": "vivier.catalog/1", "organisations": [
        {"id": "aleph-alpha", "name": "Aleph Alpha", "hq_country": "DE", "description": T("AI."), "sources": SRC}]}))
    steps, report = _steps_and_result(import_file_job(mini_store.path, path))
    assert steps == [Progress(0, 1, "reading, checking and writing new.json"), Progress(1, 1, "done")]
    assert (report.added, report.updated) == (["aleph-alpha"], [])
    with CatalogStore.open(mini_store.path) as other:
        assert other.get("aleph-alpha")[1]["name"] == "Aleph Alpha"


def test_import_job_raises_validation_errors(mini_store, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"schema": "vivier.catalog/1", "organisations": [{"id": "Bad Id"}]}))
    job = import_file_job(mini_store.path, path)
    next(job)
    with pytest.raises(ValidationError, match="bad.json was not imported"):
        next(job)


def test_export_job_writes_the_file(mini_store, tmp_path):
    steps, counts = _steps_and_result(export_file_job(mini_store.path, tmp_path / "out.json"))
    assert [s.done for s in steps] == [0, 1]
    assert counts == {"organisation": 3, "offering": 2, "marketplace": 1, "listing": 1, "programme": 1}
    assert len(json.loads((tmp_path / "out.json").read_text())["organisations"]) == 3


def test_closing_a_job_before_it_writes_changes_nothing(mini_store, tmp_path):
    job = export_file_job(mini_store.path, tmp_path / "out.json")
    next(job)
    job.close()
    assert not (tmp_path / "out.json").exists()
