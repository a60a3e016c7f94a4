"""The two SQLite databases: ``catalog.db`` (replaceable catalog) and ``workspace.db`` (the user's work).

This is the only module that writes SQL. Both databases use WAL, foreign keys, and an ordered list of
migrations recorded in ``PRAGMA user_version``; a database from a newer Vivier is refused before
anything is written. Every logical change runs in one transaction (``db.atomic()``).

The catalog keeps each record as canonical JSON (``data``) beside the columns search needs. An FTS5
index over ``name`` and the accent-folded ``search_text`` is kept in sync by triggers. The
``changes`` counter in ``meta`` increases on every write so callers can cache derived data per
catalog version.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from catalog.errors import CorruptDatabase, DatabaseError, DataFolderError, NewerSchemaError, RecordNotFound
from catalog.text.folding import fold

Migration = Callable[[sqlite_utils.Database], None]

CATALOG_DB = "catalog.db"
#: from this many rows, and at least as many as the catalog holds, put_many rebuilds the FTS index
#: once instead of updating it row by row (the rebuild reads the whole table, so it must pay off)
BULK_ROWS = 1_000
WORKSPACE_DB = "workspace.db"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def record_hash(record: dict) -> str:
    """A stable hash of a canonical record (key order does not matter)."""
    return hashlib.sha256(json.dumps(record, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def dumps(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


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


class CatalogStore:
    """The catalog database. Open with :meth:`open`; close with :meth:`close` or a ``with`` block."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None):
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: Path | str) -> "CatalogStore":
        """Open or create ``catalog.db`` at ``path`` (see :func:`open_database` for the errors)."""
        return cls(open_database(Path(path), CATALOG_MIGRATIONS, label="catalog"), Path(path))

    @classmethod
    def memory(cls) -> "CatalogStore":
        db = sqlite_utils.Database(memory=True, execute_plugins=False)
        for number, migration in enumerate(CATALOG_MIGRATIONS):
            with db.atomic():
                migration(db)
                db.execute(f"PRAGMA user_version = {number + 1}")
        return cls(db, None)

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- meta
    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])

    @property
    def changes(self) -> int:
        """A counter that grows with every write: a cache key for data derived from the catalog."""
        return int(self.meta("changes", "0"))

    def _bump(self) -> None:
        self.db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'changes'")

    def transaction(self):
        """A context manager: everything inside is one transaction."""
        return self.db.atomic()

    # -- reading
    def count(self, kind: str | None = None) -> int:
        if kind is None:
            return self.db.execute("SELECT count(*) FROM records").fetchone()[0]
        return self.db.execute("SELECT count(*) FROM records WHERE kind = ?", [kind]).fetchone()[0]

    def counts(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT kind, count(*) FROM records GROUP BY kind").fetchall())

    def get(self, record_id: str) -> tuple[str, dict]:
        """Return ``(kind, record)`` for ``record_id`` or raise :class:`RecordNotFound`."""
        row = self.db.execute("SELECT kind, data FROM records WHERE id = ?", [record_id]).fetchone()
        if row is None:
            raise RecordNotFound(record_id)
        return row[0], json.loads(row[1])

    def get_many(self, record_ids: Iterable[str]) -> dict[str, tuple[str, dict]]:
        """``{id: (kind, record)}`` for those of ``record_ids`` that exist (missing ones are left out).

        One query per 900 ids (under SQLite's limit of bound parameters), not one per record: reading
        a thousand records this way takes milliseconds where one :meth:`get` each takes a second.
        """
        wanted = list(dict.fromkeys(record_ids))
        out: dict[str, tuple[str, dict]] = {}
        for start in range(0, len(wanted), 900):
            chunk = wanted[start:start + 900]
            marks = ",".join("?" * len(chunk))
            for rid, kind, data in self.db.execute(
                    f"SELECT id, kind, data FROM records WHERE id IN ({marks})", chunk).fetchall():
                out[rid] = (kind, json.loads(data))
        return out

    def find(self, record_id: str) -> tuple[str, dict] | None:
        try:
            return self.get(record_id)
        except RecordNotFound:
            return None

    def info(self, record_id: str) -> dict | None:
        """Bookkeeping of a record: origin, whether the user edited it, when it changed."""
        row = self.db.execute(
            "SELECT origin, shipped_hash, user_edited, updated_at FROM records WHERE id = ?", [record_id]
        ).fetchone()
        if row is None:
            return None
        return {"origin": row[0], "shipped_hash": row[1], "user_edited": bool(row[2]), "updated_at": row[3]}

    def records(self, kind: str | None = None) -> Iterator[dict]:
        """Every record of ``kind`` (or all kinds), sorted by id."""
        if kind is None:
            cursor = self.db.execute("SELECT data FROM records ORDER BY kind, id")
        else:
            cursor = self.db.execute("SELECT data FROM records WHERE kind = ? ORDER BY id", [kind])
        for (data,) in cursor:
            yield json.loads(data)

    def rows(self, kind: str | None = None) -> Iterator[tuple[str, str, str, str]]:
        """``(id, kind, name, search_text)`` of every record, cheap to load for search and lists."""
        if kind is None:
            return iter(self.db.execute("SELECT id, kind, name, search_text FROM records ORDER BY id").fetchall())
        return iter(self.db.execute("SELECT id, kind, name, search_text FROM records WHERE kind = ? ORDER BY id",
                                    [kind]).fetchall())

    def fields(self, kind: str, names: Iterable[str]) -> Iterator[list]:
        """Some fields of every record of ``kind``, sorted by id: one list of values per record.

        Decoding whole records costs about 4 s per 120,000 records (descriptions and sources
        included), and lists and ranking columns need a few fields: SQLite picks them out and Python
        decodes one short JSON array per record. A name is a path below the record (``"name"``,
        ``"pricing.amount_eur"``; its JSON value, None when absent) or ``"#"`` and a path (the length
        of a list, 0 when absent or null).
        """
        items = [_field_sql(name) for name in names]
        cursor = self.db.execute(f"SELECT json_array({', '.join(items)}) FROM records WHERE kind = ? ORDER BY id",
                                 [kind])
        loads = json.loads
        for (values,) in cursor:
            yield loads(values)

    def origins(self) -> dict[str, tuple[str, str | None, bool]]:
        """``id -> (origin, shipped_hash, user_edited)`` for every record."""
        return {r[0]: (r[1], r[2], bool(r[3])) for r in
                self.db.execute("SELECT id, origin, shipped_hash, user_edited FROM records")}

    def fts_candidates(self, match: str, *, kind: str | None = None, limit: int = 500,
                       ranked: bool = True) -> list[tuple[str, str, str, str, float]]:
        """Records matching the FTS5 query ``match`` (already quoted), best bm25 first.

        Returns ``(id, kind, name, search_text, bm25)``; bm25 weights the name ten times the other text.
        With ``ranked=False`` the first ``limit`` matches come in storage order with a bm25 of 0: ranking
        costs time in proportion to every match, which an unselective prefix ("tra") has by the ten thousand.
        """
        rank = "bm25(records_fts, 10.0, 1.0)" if ranked else "0.0"
        sql = (
            f"SELECT r.id, r.kind, r.name, r.search_text, {rank} AS rank "
            "FROM records_fts JOIN records r ON r.rowid = records_fts.rowid "
            "WHERE records_fts MATCH ?" + (" AND r.kind = ?" if kind else "")
            + (" ORDER BY rank" if ranked else "") + " LIMIT ?"
        )
        params: list[Any] = [match] + ([kind] if kind else []) + [limit]
        try:
            return self.db.execute(sql, params).fetchall()
        except sqlite3.OperationalError:
            return []

    # -- writing
    def put(self, kind: str, record: dict, *, origin: str, shipped_hash: str | None = None,
            user_edited: bool = False) -> None:
        """Insert or replace one canonical record. Call inside :meth:`transaction` for multi-record changes."""
        self.db.execute(
            """INSERT INTO records(id, kind, name, data, search_text, origin, shipped_hash, user_edited, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(id) DO UPDATE SET kind=excluded.kind, name=excluded.name, data=excluded.data,
                 search_text=excluded.search_text, origin=excluded.origin, shipped_hash=excluded.shipped_hash,
                 user_edited=excluded.user_edited, updated_at=excluded.updated_at""",
            [record["id"], kind, _display_name(kind, record), dumps(record), search_text_of(kind, record),
             origin, shipped_hash, int(user_edited), _now()],
        )
        self._bump()

    def put_many(self, items: Iterable[tuple[str, dict]], *, origin: str) -> int:
        """Insert or replace many records in one statement batch (used by imports); returns the count."""
        now = _now()
        encode = _ENCODER.encode  # what dumps() writes, without building an encoder per record
        rows = [
            (rec["id"], kind, _display_name(kind, rec), encode(rec), search_text_of(kind, rec), origin, None, 0, now)
            for kind, rec in items
        ]
        sql = """INSERT INTO records(id, kind, name, data, search_text, origin, shipped_hash, user_edited, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(id) DO UPDATE SET kind=excluded.kind, name=excluded.name, data=excluded.data,
                 search_text=excluded.search_text, origin=excluded.origin, user_edited=excluded.user_edited,
                 updated_at=excluded.updated_at"""
        if len(rows) >= BULK_ROWS and len(rows) >= self.count():
            with self.db.atomic():
                # Indexing row by row through the FTS triggers took 12.5 s for 120,000 rows; one
                # rebuild of the whole index 3.8 s. The triggers are put back exactly as they were.
                triggers = self.db.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'records'").fetchall()
                for name, _sql in triggers:
                    self.db.execute(f'DROP TRIGGER "{name}"')
                self.db.conn.executemany(sql, rows)
                self.db.execute("INSERT INTO records_fts(records_fts) VALUES ('rebuild')")
                for _name, create in triggers:
                    self.db.execute(create)
        else:
            self.db.conn.executemany(sql, rows)
        self._bump()
        return len(rows)

    def delete(self, record_id: str) -> None:
        self.db.execute("DELETE FROM records WHERE id = ?", [record_id])
        self._bump()


_FIELD_PATH = re.compile(r"[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*")


def _field_sql(name: str) -> str:
    """The SQL expression of one :meth:`CatalogStore.fields` name (checked: names become SQL text)."""
    path = name.removeprefix("#")
    if not _FIELD_PATH.fullmatch(path):
        raise ValueError(f"unusable field name {name!r}")
    if name.startswith("#"):
        return f"coalesce(json_array_length(data, '$.{path}'), 0)"
    return f"data -> '$.{path}'"


#: json.dumps with options builds a new encoder per call, a sixth of writing 120,000 records
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _display_name(kind: str, record: dict) -> str:
    if kind == "listing":
        return f"{record['offering_id']} @ {record['marketplace_id']}"
    return record.get("name") or record["id"]


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
    # rebuild. The bearer token is NOT here (keychain only, catalog/secrets.py); ``needs_token`` only
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


class WorkspaceStore:
    """The user's own work: profiles, shortlists with snapshots, decisions, and the audit log."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None):
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: Path | str) -> "WorkspaceStore":
        return cls(open_database(Path(path), WORKSPACE_MIGRATIONS, label="workspace"), Path(path))

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def transaction(self):
        return self.db.atomic()

    def log(self, *, who: str, action: str, entity: str, detail: dict) -> None:
        """Append one entry to the audit log (inside the caller's transaction)."""
        self.db.execute("INSERT INTO audit_log(at, who, action, entity, detail) VALUES (?, ?, ?, ?, ?)",
                        [_now(), who, action, entity, dumps(detail)])

    def audit_entries(self, entity: str | None = None) -> list[dict]:
        sql = "SELECT id, at, who, action, entity, detail FROM audit_log"
        params: list[Any] = []
        if entity is not None:
            sql += " WHERE entity = ?"
            params.append(entity)
        return [
            {"id": r[0], "at": r[1], "who": r[2], "action": r[3], "entity": r[4], "detail": json.loads(r[5])}
            for r in self.db.execute(sql + " ORDER BY id", params)
        ]


    # -- feed subscriptions (catalog/feeds.py)
    _FEED_COLUMNS = ("name", "url", "needs_token", "etag", "last_modified", "added_at", "checked_at",
                     "applied_at", "applied_count", "declined")

    def feeds(self) -> list[dict]:
        """Every feed subscription, sorted by name."""
        rows = self.db.execute(f"SELECT {', '.join(self._FEED_COLUMNS)} FROM feeds ORDER BY name").fetchall()
        return [self._feed_row(r) for r in rows]

    def feed(self, name: str) -> dict | None:
        row = self.db.execute(f"SELECT {', '.join(self._FEED_COLUMNS)} FROM feeds WHERE name = ?", [name]).fetchone()
        return self._feed_row(row) if row else None

    def _feed_row(self, row) -> dict:
        out = dict(zip(self._FEED_COLUMNS, row))
        out["needs_token"] = bool(out["needs_token"])
        out["declined"] = json.loads(out["declined"])
        return out

    def add_feed(self, name: str, url: str, *, needs_token: bool) -> None:
        """Insert a feed subscription (the caller checked that ``name`` is free)."""
        self.db.execute("INSERT INTO feeds(name, url, needs_token, added_at) VALUES (?, ?, ?, ?)",
                        [name, url, int(needs_token), _now()])

    def remove_feed(self, name: str) -> bool:
        """Delete a subscription; True if it existed."""
        return self.db.execute("DELETE FROM feeds WHERE name = ?", [name]).rowcount > 0

    def set_feed_needs_token(self, name: str, needs_token: bool) -> None:
        self.db.execute("UPDATE feeds SET needs_token = ? WHERE name = ?", [int(needs_token), name])

    def set_feed_state(self, name: str, *, checked_at: str, etag: str | None = None,
                       last_modified: str | None = None, applied_count: int | None = None,
                       declined: dict[str, str] | None = None, applied: bool = False) -> None:
        """Record a check of a feed; with ``applied``, also its validators, record count and declined versions."""
        if applied:
            self.db.execute("UPDATE feeds SET checked_at = ?, applied_at = ?, etag = ?, last_modified = ?, "
                            "applied_count = ?, declined = ? WHERE name = ?",
                            [checked_at, checked_at, etag, last_modified, applied_count, dumps(declined or {}),
                             name])
        else:
            self.db.execute("UPDATE feeds SET checked_at = ? WHERE name = ?", [checked_at, name])

    # -- company-register size checks (catalog/register.py)
    def add_size_check(self, *, organisation_id: str, siren: str, checked_at: str, source: str,
                       source_url: str, catalog_size_class: str | None, verdict: str, data: dict) -> int:
        """Append one size check; returns its id."""
        cursor = self.db.execute(
            "INSERT INTO size_checks(organisation_id, siren, checked_at, source, source_url, catalog_size_class, "
            "verdict, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [organisation_id, siren, checked_at, source, source_url, catalog_size_class, verdict, dumps(data)])
        return cursor.lastrowid

    def size_checks(self, organisation_id: str | None = None) -> list[dict]:
        """Size checks, oldest first (of one organisation, or all)."""
        sql = ("SELECT id, organisation_id, siren, checked_at, source, source_url, catalog_size_class, verdict, data "
               "FROM size_checks")
        params: list[Any] = []
        if organisation_id is not None:
            sql += " WHERE organisation_id = ?"
            params.append(organisation_id)
        keys = ("id", "organisation_id", "siren", "checked_at", "source", "source_url", "catalog_size_class",
                "verdict")
        return [{**dict(zip(keys, r[:8])), "data": json.loads(r[8])}
                for r in self.db.execute(sql + " ORDER BY id", params)]


def now_iso() -> str:
    return _now()
