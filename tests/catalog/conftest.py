"""Fixtures of the headless catalog tests."""

from __future__ import annotations

import copy
import json

import pytest

from catalog.records import CatalogStore, WorkspaceStore, load_shipped, load_taxonomy, sync_shipped

from .fixtures import MINI, TAXONOMY, write_catalog
from .localserver import http_server, https_server  # noqa: F401 (fixtures of the online tests)


@pytest.fixture
def mini_content():
    return copy.deepcopy(MINI)


@pytest.fixture
def taxonomy(tmp_path):
    path = tmp_path / "taxonomy.json"
    path.write_text(json.dumps(TAXONOMY, ensure_ascii=False), encoding="utf-8")
    return load_taxonomy(path)


@pytest.fixture
def mini_store(tmp_path, mini_content):
    """A real catalog.db file loaded with the mini catalog."""
    folder = write_catalog(tmp_path / "shipped", mini_content)
    store = CatalogStore.open(tmp_path / "catalog.db")
    sync_shipped(store, load_shipped(folder))
    yield store
    store.close()


@pytest.fixture
def workspace(tmp_path):
    """A real workspace.db in the test's folder."""
    store = WorkspaceStore.open(tmp_path / "workspace.db")
    yield store
    store.close()
