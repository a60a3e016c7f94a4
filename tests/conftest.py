"""Fixtures shared by every test: a temporary data folder, never the user's own."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Every test gets its own VIVIER_DATA_DIR, so nothing reads or writes the real user folder."""
    folder = tmp_path_factory.mktemp("vivier-data")
    monkeypatch.setenv("VIVIER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def data_dir(_isolated_data_dir):
    return _isolated_data_dir
