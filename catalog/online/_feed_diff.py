"""Catalog feeds, the differences: what updating a feed would change, computed without writing anything.

:func:`check_feed` downloads and validates the feed's file and returns a :class:`FeedDiff`: per kind,
the records added, changed (field by field) or removed, and the conflicts (see :mod:`catalog.online._feeds`).
"""

from __future__ import annotations

import json
import ssl
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from catalog.errors import FileFormatError, ValidationError
from catalog.records import KINDS, CatalogStore, Taxonomy, WorkspaceStore, record_hash, validate_import

from . import _secrets as secrets
from ._feeds import FEED_TIMEOUT, MAX_FEED_BYTES, FeedError, feed_origin, feed_secret_key, require_feed
from ._net import display_url, http_get


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any

    def to_json(self) -> dict:
        return {"field": self.field, "old": self.old, "new": self.new}


@dataclass(frozen=True)
class RecordChange:
    """One record the update would add, change or remove; ``conflict`` is None, "edited_locally" or "id_taken"."""

    id: str
    kind: str
    name: str
    action: str  # "added", "changed", "removed"
    fields: tuple[FieldChange, ...] = ()
    conflict: str | None = None
    local_origin: str | None = None

    def to_json(self) -> dict:
        return {"id": self.id, "kind": self.kind, "name": self.name, "action": self.action,
                "fields": [f.to_json() for f in self.fields], "conflict": self.conflict,
                "local_origin": self.local_origin}


@dataclass
class FeedDiff:
    """What an update of one feed would do. ``status``: "not_modified" (HTTP 304), "up_to_date" or "changes"."""

    feed: str
    url: str
    status: str
    changes: list[RecordChange] = field(default_factory=list)
    unchanged: int = 0
    kept_referenced: list[str] = field(default_factory=list)
    version: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    base_changes: int = 0  # catalog.db's change counter when the diff was made
    records: dict[str, tuple[str, dict]] = field(default_factory=dict, repr=False)  # id -> (kind, feed version)

    @property
    def conflicts(self) -> list[RecordChange]:
        return [c for c in self.changes if c.conflict]

    def by_kind(self) -> dict[str, dict[str, list[RecordChange]]]:
        """``kind -> {"added": [...], "changed": [...], "removed": [...]}`` for the kinds that change."""
        out: dict[str, dict[str, list[RecordChange]]] = {}
        for kind in KINDS:
            changes = [c for c in self.changes if c.kind == kind]
            if changes:
                out[kind] = {a: [c for c in changes if c.action == a] for a in ("added", "changed", "removed")}
        return out

    def counts(self) -> dict[str, int]:
        return {a: sum(1 for c in self.changes if c.action == a) for a in ("added", "changed", "removed")} | {
            "conflicts": len(self.conflicts), "unchanged": self.unchanged}

    def to_json(self) -> dict:
        return {
            "feed": self.feed, "url": display_url(self.url), "status": self.status, "version": self.version,
            "counts": self.counts(), "kept_referenced": self.kept_referenced,
            "by_kind": {kind: {a: [c.to_json() for c in v] for a, v in actions.items()}
                        for kind, actions in self.by_kind().items()},
        }


def field_changes(old: dict, new: dict) -> tuple[FieldChange, ...]:
    """Top-level fields whose value differs between two canonical records, in the new record's field order."""
    names = list(new) + [k for k in old if k not in new]
    return tuple(FieldChange(k, old.get(k), new.get(k)) for k in names if old.get(k) != new.get(k))


def _name(kind: str, record: dict) -> str:
    if kind == "listing":
        return f"{record['offering_id']} @ {record['marketplace_id']}"
    return record.get("name") or record["id"]


def check_feed(workspace: WorkspaceStore, catalog: CatalogStore, name: str, *, token: str | None = None,
               max_bytes: int = MAX_FEED_BYTES, timeout: float = FEED_TIMEOUT,
               ssl_context: ssl.SSLContext | None = None, taxonomy: Taxonomy | None = None) -> FeedDiff:
    """Download and validate the feed ``name`` and compare it with the catalog. Writes nothing.

    ``token`` overrides the keychain's token for this call. Raises :class:`NetworkError` (offline,
    DNS, timeout, TLS, token refused, not found, server error, too large, redirect to http),
    :class:`FileFormatError` or :class:`ValidationError` (the file is not a valid catalog: every
    problem with row and field), :class:`FeedError` (unknown feed, token missing).
    """
    row = require_feed(workspace, name)
    token = token or secrets.get_secret(feed_secret_key(name))
    if row["needs_token"] and not token:
        raise FeedError(f"the feed {name!r} needs a token and none is remembered (no system keychain, or it was "
                        "removed); give it again with: vivier feeds update " + name + " --token-stdin")
    origin = feed_origin(name)
    origins = catalog.origins()
    headers = {"Accept": "application/json"}
    # Conditional only if the catalog still holds what was applied: after a rebuild the records are
    # gone while the validators say "nothing new", and a 304 would never bring them back.
    local_count = sum(1 for o, _h, _e in origins.values() if o == origin)
    if row["applied_at"] and row["applied_count"] == local_count:
        if row["etag"]:
            headers["If-None-Match"] = row["etag"]
        if row["last_modified"]:
            headers["If-Modified-Since"] = row["last_modified"]
    what = f"the feed {name!r}"
    response = http_get(row["url"], what=what, headers=headers,
                        secret_headers={"Authorization": f"Bearer {token}"} if token else None,
                        max_bytes=max_bytes, timeout=timeout, ssl_context=ssl_context, accept_statuses=(200, 304),
                        auth_hint=f"give a valid token with: vivier feeds update {name} --token-stdin")
    base = dict(feed=name, url=row["url"], etag=response.headers.get("etag"),
                last_modified=response.headers.get("last-modified"), base_changes=catalog.changes)
    if response.status == 304:
        return FeedDiff(status="not_modified", **base | {"etag": row["etag"], "last_modified": row["last_modified"]})
    items, version = _validate(catalog, name, row["url"], response.body, taxonomy)
    diff = FeedDiff(status="changes", version=version, **base)
    diff.records = {rec["id"]: (kind, rec) for kind, rec, _row in items}
    _compare(catalog, diff, origins, origin, row["declined"])
    if not diff.changes:
        diff.status = "up_to_date"
    return diff


def _validate(catalog: CatalogStore, name: str, url: str, body: bytes, taxonomy) -> tuple[list, str | None]:
    """Validate the downloaded file with the catalog importer; problems name ``<feed>.json``, row and field."""
    shown = display_url(url)
    try:
        document = json.loads(body.decode("utf-8-sig"))
    except UnicodeDecodeError as e:
        raise FileFormatError(f"the feed {name!r} at {shown} is not UTF-8 text (byte {e.start}); nothing was "
                              "changed") from None
    except json.JSONDecodeError as e:
        raise FileFormatError(f"the feed {name!r} at {shown} is not valid JSON (line {e.lineno}, column {e.colno}: "
                              f"{e.msg}); nothing was changed") from None
    version = document.get("version") if isinstance(document, dict) else None
    with tempfile.TemporaryDirectory(prefix="vivier-feed-") as folder:
        path = Path(folder) / f"{name}.json"
        path.write_bytes(body)
        try:
            # A feed is another publisher's curated list: a name close to one of ours is theirs to
            # decide, and refusing the whole file for it would leave subscribers stuck.
            items = validate_import(catalog, path, allow_duplicates=True, taxonomy=taxonomy)
        except ValidationError as e:
            raise ValidationError(e.problems, summary=f"the feed {name!r} at {shown} is invalid and was not "
                                  "applied (nothing was changed)") from None
        except FileFormatError as e:
            raise FileFormatError(f"the feed {name!r} at {shown} is not a Vivier catalog: "
                                  f"{str(e).replace(str(path) + ': ', '')}; nothing was changed") from None
    return items, version if isinstance(version, str) else None


def _compare(catalog: CatalogStore, diff: FeedDiff, origins: dict, origin: str, declined: dict[str, str]) -> None:
    removed: list[RecordChange] = []
    for rid, (kind, rec) in sorted(diff.records.items(), key=lambda kv: (KINDS.index(kv[1][0]), kv[0])):
        current = origins.get(rid)
        if current is None:
            diff.changes.append(RecordChange(rid, kind, _name(kind, rec), "added"))
            continue
        local_origin, upstream_hash, edited = current
        _kind, local = catalog.get(rid)
        if local_origin != origin:
            if local != rec and declined.get(rid) != record_hash(rec):
                diff.changes.append(RecordChange(rid, kind, _name(kind, rec), "changed", field_changes(local, rec),
                                                 conflict="id_taken", local_origin=local_origin))
            else:
                diff.unchanged += 1
            continue
        if edited:
            if upstream_hash == record_hash(rec) or local == rec:
                diff.unchanged += 1  # the feed did not change what the user edited: keep the edit, no question
            else:
                diff.changes.append(RecordChange(rid, kind, _name(kind, rec), "changed", field_changes(local, rec),
                                                 conflict="edited_locally", local_origin=local_origin))
        elif local != rec:
            diff.changes.append(RecordChange(rid, kind, _name(kind, rec), "changed", field_changes(local, rec),
                                             local_origin=local_origin))
        else:
            diff.unchanged += 1
    gone = {rid for rid, (o, upstream_hash, edited) in origins.items()
            if o == origin and rid not in diff.records and not (edited and upstream_hash is None)}
    blocked = _still_referenced(catalog, diff, gone)
    for rid in sorted(gone, key=lambda r: (KINDS.index(catalog.get(r)[0]), r)):
        kind, local = catalog.get(rid)
        if rid in blocked:
            diff.kept_referenced.append(rid)
            continue
        edited = origins[rid][2]
        removed.append(RecordChange(rid, kind, _name(kind, local), "removed",
                                    conflict="edited_locally" if edited else None, local_origin=origin))
    diff.changes.extend(removed)


def _references(kind: str, record: dict) -> list[str]:
    if kind == "offering":
        return [record["organisation_id"]]
    if kind == "listing":
        return [record["offering_id"], record["marketplace_id"]]
    return []


def _still_referenced(catalog: CatalogStore, diff: FeedDiff, gone: set[str]) -> set[str]:
    """Ids in ``gone`` that a record staying in the catalog (after the update) still points at."""
    if not gone:
        return set()
    referenced: set[str] = set()
    for kind in ("offering", "listing"):
        for record in catalog.records(kind):
            if record["id"] in gone or record["id"] in diff.records:
                continue
            referenced.update(_references(kind, record))
    for kind, record in diff.records.values():
        referenced.update(_references(kind, record))
    blocked = gone & referenced
    # Removing an offering that stays (because a listing needs it) is fine; but its organisation must stay too.
    for rid in list(blocked):
        kind, record = catalog.get(rid)
        blocked.update(set(_references(kind, record)) & gone)
    return blocked


__all__ = ["FeedDiff", "FieldChange", "RecordChange", "check_feed", "field_changes"]
