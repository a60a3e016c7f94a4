"""The catalog database, ``catalog.db``: the replaceable catalog of records (:class:`CatalogStore`).

The catalog keeps each record as canonical JSON (``data``) beside the columns search needs. An FTS5
index over ``name`` and the accent-folded ``search_text`` is kept in sync by triggers. The
``changes`` counter in ``meta`` increases on every write so callers can cache derived data per
catalog version. Every logical change runs in one transaction (``db.atomic()``).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from catalog.errors import RecordNotFound

from ._database import CATALOG_MIGRATIONS, Store, _now, dumps, search_text_of

if TYPE_CHECKING:  # sqlite-utils (and the numpy it imports) loads when a database is first opened
    pass

#: from this many rows, and at least as many as the catalog holds, put_many rebuilds the FTS index
#: once instead of updating it row by row (the rebuild reads the whole table, so it must pay off)
BULK_ROWS = 1_000


class CatalogStore(Store):
    """The catalog database. Open with :meth:`open`; close with :meth:`close` or a ``with`` block."""

    MIGRATIONS = CATALOG_MIGRATIONS
    LABEL = "catalog"

    @classmethod
    def memory(cls) -> "CatalogStore":
        import sqlite_utils

        db = sqlite_utils.Database(memory=True, execute_plugins=False)
        for number, migration in enumerate(CATALOG_MIGRATIONS):
            with db.atomic():
                migration(db)
                db.execute(f"PRAGMA user_version = {number + 1}")
        return cls(db, None)

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
