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



from keyring.backend import KeyringBackend  # noqa: E402
from keyring.errors import PasswordDeleteError  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring backend for tests (keyring ships none: jaraco/keyring#631)."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


@pytest.fixture(autouse=True)
def memory_keyring():
    """Every test gets an empty in-memory keychain, never the real one; secrets kept in memory are dropped."""
    import keyring

    from tests.support import forget_session_secrets

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    forget_session_secrets()
    yield backend
    keyring.set_keyring(previous)
    forget_session_secrets()


# ---------------------------------------------------------------- catalogs (headless tests and commands)

from catalog.records import WorkspaceStore, load_taxonomy  # noqa: E402
from tests.support.catalogs import MINI, TAXONOMY, make_store  # noqa: E402
from tests.support.localserver import http_server, https_server  # noqa: E402, F401 (fixtures of the online tests)


@pytest.fixture
def mini_content():
    import copy

    return copy.deepcopy(MINI)


@pytest.fixture
def taxonomy(tmp_path):
    import json

    path = tmp_path / "taxonomy.json"
    path.write_text(json.dumps(TAXONOMY, ensure_ascii=False), encoding="utf-8")
    return load_taxonomy(path)


@pytest.fixture
def mini_store(tmp_path, mini_content):
    """A real catalog.db file loaded with the mini catalog."""
    store = make_store(tmp_path, **mini_content)
    yield store
    store.close()


@pytest.fixture
def workspace(tmp_path):
    """A real workspace.db in the test's folder."""
    store = WorkspaceStore.open(tmp_path / "workspace.db")
    yield store
    store.close()
