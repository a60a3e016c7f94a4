"""Opening the two SQLite databases and their schemas: ``catalog.db`` and ``workspace.db``.

Both databases use WAL, foreign keys, and an ordered list of migrations recorded in
``PRAGMA user_version``; a database from a newer Vivier is refused before anything is written. This
module holds those migrations, :func:`open_database` that applies them, the text FTS indexes for a
catalog record (:func:`search_text_of`), and the small helpers both stores share (canonical JSON,
record hashes, timestamps). SQL is written here and in the two stores (``_store.py``,
``_workspace.py``) only.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Self

from catalog.errors import CorruptDatabase, DatabaseError, DataFolderError, NewerSchemaError
from catalog.text.folding import fold

if TYPE_CHECKING:  # sqlite-utils (and the numpy it imports) loads when a database is first opened
    import sqlite_utils

Migration = Callable[["sqlite_utils.Database"], None]

CATALOG_DB = "catalog.db"
WORKSPACE_DB = "workspace.db"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def record_hash(record: dict) -> str:
    """A stable hash of a canonical record (key order does not matter)."""
    return hashlib.sha256(json.dumps(record, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def dumps(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def now_iso() -> str:
    return _now()


#: database files whose pages this process has already checked
_CHECKED: set[str] = set()


def open_database(path: Path, migrations: list[Migration], *, label: str) -> sqlite_utils.Database:
    """Open (creating if needed) the SQLite file at ``path`` and bring it to the latest schema.

    Raises :class:`CorruptDatabase` if the file is not a usable database, :class:`NewerSchemaError`
    if a newer Vivier wrote it (nothing is changed then), :class:`DataFolderError` if it cannot be
    created or written.
    """
    path = Path(path)
    existed = path.exists()
    try:
        conn = sqlite3.connect(str(path), check_same_thread=True)
    except sqlite3.Error as e:
        raise DataFolderError(f"cannot open or create {path}: {e}") from e
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if existed:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as e:
        conn.close()
        raise CorruptDatabase(path, str(e)) from e
    if version > len(migrations):
        conn.close()
        raise NewerSchemaError(path, version, len(migrations))
    try:
        if existed and str(path.resolve()) not in _CHECKED:
            # a full page check costs ~0.5 s at 100k records: once per file and process is enough;
            # later connections (background jobs) only need the header check above
            integrity = conn.execute("PRAGMA quick_check").fetchone()[0]
            if integrity != "ok":
                conn.close()
                raise CorruptDatabase(path, integrity)
            _CHECKED.add(str(path.resolve()))
        import sqlite_utils

        db = sqlite_utils.Database(conn, execute_plugins=False)  # no plugin scan: ~30 ms at every start
        db.execute("PRAGMA foreign_keys = ON")
        if db.journal_mode != "wal":
            db.enable_wal()
        for number in range(version, len(migrations)):
            with db.atomic():
                migrations[number](db)
                db.execute(f"PRAGMA user_version = {number + 1}")
    except sqlite3.OperationalError as e:
        conn.close()
        if "readonly" in str(e) or "read-only" in str(e) or "unable to open" in str(e):
            raise DataFolderError(f"cannot write the {label} database {path}: the folder or file is read-only") from e
        raise DatabaseError(f"cannot prepare the {label} database {path}: {e}") from e
    except sqlite3.DatabaseError as e:
        conn.close()
        raise CorruptDatabase(path, str(e)) from e
    return db


# ---------------------------------------------------------------- catalog.db

class Store:
    """What both databases share: the sqlite-utils connection, its file (None in memory), closing, transactions.

    A subclass names its ``MIGRATIONS`` and ``LABEL`` (used in error messages); :meth:`open` opens its file.
    """

    MIGRATIONS: list[Migration] = []
    LABEL = ""

    def __init__(self, db: sqlite_utils.Database, path: Path | None):
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: Path | str) -> Self:
        """Open or create the database file at ``path`` (see :func:`open_database` for the errors)."""
        return cls(open_database(Path(path), cls.MIGRATIONS, label=cls.LABEL), Path(path))

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def transaction(self):
        """A context manager: everything inside is one transaction."""
        return self.db.atomic()


def _catalog_v1(db: sqlite_utils.Database) -> None:
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """CREATE TABLE records (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            data TEXT NOT NULL,
            search_text TEXT NOT NULL,
            origin TEXT NOT NULL,
            shipped_hash TEXT,
            user_edited INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX records_kind ON records(kind)")
    db["records"].enable_fts(
        ["name", "search_text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2"
    )
    db.execute("INSERT INTO meta(key, value) VALUES ('changes', '0')")


CATALOG_MIGRATIONS: list[Migration] = [_catalog_v1]


def search_text_of(kind: str, record: dict) -> str:
    """The accent-folded text FTS indexes for a record: names, aliases, kind, capabilities, descriptions."""
    parts: list[str] = [record.get("name") or "", *(record.get("aliases") or [])]
    parts.append(record.get("kind") or kind)
    parts.extend(_concept_terms("capabilities", record.get("capabilities") or []))
    parts.extend(_concept_terms("sectors", record.get("sectors") or []))
    for key in ("description", "buyer_effect"):
        value = record.get(key)
        if isinstance(value, dict):
            parts.extend([value.get("fr", ""), value.get("en", "")])
    for key in ("operator", "coordinator", "host_site", "hq_city", "organisation_id", "parent"):
        if record.get(key):
            parts.append(str(record[key]))
    return fold(" ".join(p for p in parts if p))


def _concept_terms(section: str, ids: list[str]) -> list[str]:
    """The taxonomy's FR and EN labels and synonyms of ``ids``, so "traduction" finds a translation offering."""
    if not ids:
        return []
    from catalog.errors import FileFormatError

    from ._taxonomy import shipped_taxonomy

    try:
        concepts = getattr(shipped_taxonomy(), section)
    except FileFormatError:
        concepts = {}
    terms: list[str] = []
    for cid in ids:
        concept = concepts.get(cid)
        terms.extend(_terms(concept) if concept else [cid.replace("-", " ")])
    return terms


@functools.lru_cache(maxsize=2048)
def _terms(concept) -> tuple[str, ...]:
    # Concept.terms folds every label and synonym on each call: once per concept, not per record
    return concept.terms


# ---------------------------------------------------------------- workspace.db

def _workspace_v1(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE profiles (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('buyer', 'company')),
            name TEXT NOT NULL,
            data TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE shortlists (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            profile TEXT NOT NULL,
            catalog_version TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE shortlist_items (
            shortlist_id INTEGER NOT NULL REFERENCES shortlists(id) ON DELETE CASCADE,
            offering_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            score REAL,
            snapshot TEXT NOT NULL,
            decision TEXT NOT NULL DEFAULT 'to_contact'
                CHECK (decision IN ('to_contact', 'retained', 'rejected')),
            notes TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (shortlist_id, offering_id)
        )"""
    )
    db.execute(
        """CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            detail TEXT NOT NULL
        )"""
    )
    # The audit log is append-only: a decision's history must survive later edits.
    db.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
               "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
    db.execute("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
               "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")


def _workspace_v2(db: sqlite_utils.Database) -> None:
    # Feed subscriptions live in the workspace: they are the user's choices and must survive a catalog
    # rebuild. The bearer token is NOT here (keychain only, catalog/online/_secrets.py); ``needs_token`` only
    # says that one was given, so a missing keychain entry can be reported by name.
    db.execute(
        """CREATE TABLE feeds (
            name TEXT PRIMARY KEY,
            url TEXT NOT NULL,
            needs_token INTEGER NOT NULL DEFAULT 0,
            etag TEXT,
            last_modified TEXT,
            added_at TEXT NOT NULL,
            checked_at TEXT,
            applied_at TEXT,
            applied_count INTEGER,
            declined TEXT NOT NULL DEFAULT '{}'
        )"""
    )
    # Company-register checks of an organisation's size class: sourced, dated facts kept beside the
    # catalog's size class (never written into it). Append-only history, newest last.
    db.execute(
        """CREATE TABLE size_checks (
            id INTEGER PRIMARY KEY,
            organisation_id TEXT NOT NULL,
            siren TEXT NOT NULL,
            checked_at TEXT NOT NULL,
            source TEXT NOT NULL,
            source_url TEXT NOT NULL,
            catalog_size_class TEXT,
            verdict TEXT NOT NULL CHECK (verdict IN ('consistent', 'mismatch', 'inconclusive', 'not_found')),
            data TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX size_checks_organisation ON size_checks(organisation_id, id)")


WORKSPACE_MIGRATIONS: list[Migration] = [_workspace_v1, _workspace_v2]
