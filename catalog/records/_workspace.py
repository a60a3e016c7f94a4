"""The workspace database, ``workspace.db``: the user's own work (:class:`WorkspaceStore`).

Profiles, shortlists with their snapshots and decisions, the append-only audit log, feed
subscriptions and company-register size checks. Unlike the catalog it is never replaced, so it
survives a catalog rebuild.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ._database import WORKSPACE_MIGRATIONS, Store, _now, dumps

if TYPE_CHECKING:  # sqlite-utils (and the numpy it imports) loads when a database is first opened
    pass


class WorkspaceStore(Store):
    """The user's own work: profiles, shortlists with snapshots, decisions, and the audit log."""

    MIGRATIONS = WORKSPACE_MIGRATIONS
    LABEL = "workspace"

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


    # -- feed subscriptions (catalog/online/_feeds.py)
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

    # -- company-register size checks (catalog/online/_register.py)
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
