import os
import sqlite3

import pytest

from catalog.errors import CorruptDatabase, DataFolderError, NewerSchemaError, RecordNotFound
from catalog.records import CATALOG_MIGRATIONS, WORKSPACE_MIGRATIONS, CatalogStore, WorkspaceStore
from catalog.session import open_session, rebuild_catalog


def test_new_catalog_has_schema_wal_and_fts_triggers(tmp_path):
    store = CatalogStore.open(tmp_path / "catalog.db")
    db = store.db
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(CATALOG_MIGRATIONS)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert sorted(db.triggers_dict) == ["records_ad", "records_ai", "records_au"]
    store.close()


def test_fts_follows_inserts_updates_and_deletes(mini_store):
    assert [r[0] for r in mini_store.fts_candidates('"oeuvre"*')] == ["reseau-ia"]
    kind, record = mini_store.get("reseau-ia")
    mini_store.put(kind, {**record, "name": "Collectif Lumière", "description": {"fr": "IA", "en": "AI"}},
                   origin="user")
    assert mini_store.fts_candidates('"oeuvre"*') == []
    assert [r[0] for r in mini_store.fts_candidates('"lumiere"*')] == ["reseau-ia"]
    mini_store.delete("reseau-ia")
    assert mini_store.fts_candidates('"lumiere"*') == []


def test_changes_counter_grows_with_every_write(mini_store):
    before = mini_store.changes
    kind, record = mini_store.get("deepl")
    mini_store.put(kind, record, origin="user")
    assert mini_store.changes == before + 1


def test_get_unknown_id(mini_store):
    with pytest.raises(RecordNotFound, match="no catalog record has the id 'nope'"):
        mini_store.get("nope")


def test_reopening_applies_no_migration_twice(tmp_path):
    CatalogStore.open(tmp_path / "c.db").close()
    store = CatalogStore.open(tmp_path / "c.db")
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(CATALOG_MIGRATIONS)
    store.close()


def test_corrupted_catalog_is_reported_and_can_be_rebuilt(data_dir, monkeypatch, tmp_path):
    import catalog.records._seed
    from tests.support.catalogs import MINI, write_catalog

    shipped = write_catalog(tmp_path / "shipped", MINI)
    monkeypatch.setattr(catalog.records._seed, "resource_path", lambda *parts: shipped)
    (data_dir / "catalog.db").write_bytes(os.urandom(8192))
    with pytest.raises(CorruptDatabase, match="is damaged or is not a Vivier database.*vivier catalog rebuild"):
        open_session(data_dir)
    kept, report = rebuild_catalog(data_dir)
    assert kept.name.startswith("catalog.db.damaged-") and kept.exists()
    assert len(report.added) == 8
    with open_session(data_dir) as session:
        assert session.catalog.count() == 8


def test_workspace_from_a_newer_version_is_refused_untouched(data_dir):
    path = data_dir / "workspace.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {len(WORKSPACE_MIGRATIONS) + 5}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError, match="created by a newer version of Vivier .* nothing was changed"):
        WorkspaceStore.open(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["workspace.db"]


def test_read_only_data_folder(tmp_path, monkeypatch):
    """Root ignores permission bits, so the check that the folder is writable is exercised directly."""
    import catalog.paths

    folder = tmp_path / "ro"
    folder.mkdir()
    monkeypatch.setattr(catalog.paths.os, "access", lambda path, mode: False)
    with pytest.raises(DataFolderError, match=f"the data folder {folder} is read-only"):
        open_session(folder)
    assert list(folder.iterdir()) == []


def test_audit_log_is_append_only(tmp_path):
    ws = WorkspaceStore.open(tmp_path / "workspace.db")
    with ws.transaction():
        ws.log(who="alice", action="create", entity="shortlist:1", detail={"name": "x"})
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        ws.db.execute("DELETE FROM audit_log")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        ws.db.execute("UPDATE audit_log SET who = 'mallory'")
    assert [(e["who"], e["action"], e["detail"]) for e in ws.audit_entries()] == [("alice", "create", {"name": "x"})]
    ws.close()
