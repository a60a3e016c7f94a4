"""Catalog feeds: subscribe to a catalog file published at an HTTPS address and apply its updates.

A central purchasing body, a regional AI hub or a team lead publishes a catalog in Vivier's own JSON
export format (``{"schema": "vivier.catalog/1", "organisations": [...], ...}``); other desktops
subscribe to it. Nothing is contacted unless the user asks for an update.

Where things are kept
    - The subscription (name, address, HTTP validators ``ETag``/``Last-Modified``, when it was last
      checked and applied, how many records it then had) is in ``workspace.db`` (table ``feeds``):
      it is the user's choice and survives a catalog rebuild.
    - A bearer token, if the feed needs one, is only in the system keychain (:mod:`catalog.online._secrets`,
      key ``feed:<name>``); the database only notes that one was given.
    - Each record a feed brought keeps ``origin = "feed:<name>"`` in ``catalog.db``, and the hash of
      the feed's version of it in the ``shipped_hash`` column (the "upstream version" hash, as for
      shipped records), which tells a feed change from a local edit.

An update, in two steps the desktop can separate (check, show, let the user choose, then apply):
    1. :func:`check_feed` downloads the file (size limit, timeout, TLS verified, conditional request),
       validates the whole file with the catalog importer (every problem, with row and field), and
       returns a :class:`FeedDiff`: per kind, records added / changed (field by field) / removed,
       and the conflicts. Nothing is written.
    2. :func:`apply_feed` writes the diff in one ``catalog.db`` transaction. A conflict is never
       resolved silently: by default the local version is kept, and the feed's version is taken
       only for the ids the user chose (:data:`TAKE_FEED`).

Conflicts
    - ``edited_locally``: the user edited a record this feed brought, and the feed changed or removed it.
      Keeping the local version remembers the feed version that was declined, so the same question
      is not asked again until the feed changes that record again.
    - ``id_taken``: the feed has a record whose id belongs to a record from elsewhere (the shipped
      catalog, an import, another feed). Keeping the local record remembers the declined feed version
      in the subscription (``declined``: id -> hash), with the same effect.
    - A removal that would leave another record pointing at nothing (an offering's organisation, a
      listing's offering or marketplace) is not applied; it is reported in ``kept_referenced``.
"""

from __future__ import annotations

import json
import re
import ssl
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from catalog.errors import CatalogError, FileFormatError, UserInputError, ValidationError
from catalog.records import KINDS, CatalogStore, Taxonomy, WorkspaceStore, now_iso, record_hash, validate_import

from . import _secrets as secrets
from ._net import NetworkError, check_url, display_url, http_get

FEED_ORIGIN_PREFIX = "feed:"
#: a feed file larger than this is refused: the whole shipped catalog is well under 1 MB and a
#: 100,000-offering catalog exports to about 60 MB; anything bigger is a mistake or an attack
MAX_FEED_BYTES = 64 * 1024 * 1024
#: seconds allowed for each network operation and for the whole download of a feed
FEED_TIMEOUT = 60.0
NAME_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9_-]{0,38}[a-z0-9])?$")

KEEP_MINE = "keep_mine"
TAKE_FEED = "take_feed"


class FeedError(CatalogError):
    """A feed operation that cannot be done (unknown feed, stale diff, missing token)."""


def feed_origin(name: str) -> str:
    return FEED_ORIGIN_PREFIX + name


def _secret_key(name: str) -> str:
    return f"feed:{name}"


# ---------------------------------------------------------------- subscriptions

@dataclass(frozen=True)
class Feed:
    """One subscription as the settings page and ``vivier feeds list`` show it."""

    name: str
    url: str
    token: str  # where the token is: "keychain", "session" (memory only), "missing" (needed, not found), "none"
    added_at: str
    checked_at: str | None
    applied_at: str | None
    records: int  # records in catalog.db that came from this feed

    def to_json(self) -> dict:
        return {"name": self.name, "url": display_url(self.url), "token": self.token, "added_at": self.added_at,
                "checked_at": self.checked_at, "applied_at": self.applied_at, "records": self.records}


@dataclass(frozen=True)
class FeedAdded:
    feed: Feed
    token_saved: secrets.SecretSaved | None  # None when no token was given


def list_feeds(workspace: WorkspaceStore, catalog: CatalogStore) -> list[Feed]:
    """Every subscription, sorted by name, with its token's whereabouts and its record count."""
    counts: dict[str, int] = {}
    for origin, _hash, _edited in catalog.origins().values():
        counts[origin] = counts.get(origin, 0) + 1
    return [_feed(row, counts.get(feed_origin(row["name"]), 0)) for row in workspace.feeds()]


def _feed(row: dict, records: int) -> Feed:
    where = secrets.secret_location(_secret_key(row["name"]))
    if where == "none" and row["needs_token"]:
        where = "missing"
    return Feed(row["name"], row["url"], where, row["added_at"], row["checked_at"], row["applied_at"], records)


def add_feed(workspace: WorkspaceStore, catalog: CatalogStore, name: str, url: str, *,
             token: str | None = None) -> FeedAdded:
    """Subscribe to the catalog file at ``url`` under ``name``; keep ``token`` (if any) in the keychain.

    Nothing is downloaded. Raises :class:`UserInputError` for a bad name, a name already used or an
    address that is not https (plain http only for the local machine).
    """
    if not isinstance(name, str) or not NAME_PATTERN.match(name):
        raise UserInputError(f"the feed name {str(name)[:60]!r} is not valid: use 1-40 lowercase letters, digits, "
                             "'-' or '_'")
    url = check_url(url, what="feed address")
    if workspace.feed(name) is not None:
        raise UserInputError(f"a feed named {name!r} already exists; remove it first or choose another name")
    if token is not None and not token.strip():
        raise UserInputError(f"the token for the feed {name!r} is empty")
    with workspace.transaction():
        workspace.add_feed(name, url, needs_token=token is not None)
        workspace.log(who="user", action="feed_add", entity=feed_origin(name), detail={"url": display_url(url)})
    saved = secrets.store_secret(_secret_key(name), token.strip()) if token is not None else None
    records = sum(1 for o, _h, _e in catalog.origins().values() if o == feed_origin(name))
    return FeedAdded(_feed(workspace.feed(name), records), saved)


def remove_feed(workspace: WorkspaceStore, name: str) -> bool:
    """Unsubscribe from ``name`` and forget its token. The records it brought stay in the catalog.

    Returns False if the keychain refused to delete the token (it is locked). Raises
    :class:`FeedError` for an unknown feed.
    """
    _require(workspace, name)
    with workspace.transaction():
        workspace.remove_feed(name)
        workspace.log(who="user", action="feed_remove", entity=feed_origin(name), detail={})
    return secrets.forget_secret(_secret_key(name))


def set_feed_token(workspace: WorkspaceStore, name: str, token: str) -> secrets.SecretSaved:
    """Replace the token of the feed ``name`` (keychain, or this session when there is none)."""
    _require(workspace, name)
    if not token or not token.strip():
        raise UserInputError(f"the token for the feed {name!r} is empty")
    if not workspace.feed(name)["needs_token"]:
        with workspace.transaction():
            workspace.set_feed_needs_token(name, True)
    return secrets.store_secret(_secret_key(name), token.strip())


def _require(workspace: WorkspaceStore, name: str) -> dict:
    row = workspace.feed(name)
    if row is None:
        known = ", ".join(r["name"] for r in workspace.feeds()) or "none"
        raise FeedError(f"no feed is named {name!r} (feeds: {known})")
    return row


# ---------------------------------------------------------------- differences

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
    row = _require(workspace, name)
    token = token or secrets.get_secret(_secret_key(name))
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


# ---------------------------------------------------------------- applying

@dataclass
class FeedApplied:
    """What :func:`apply_feed` wrote. ``kept_local`` are conflicts where the local version stayed."""

    feed: str
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    took_feed: list[str] = field(default_factory=list)
    kept_local: list[str] = field(default_factory=list)
    kept_referenced: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"feed": self.feed, "added": self.added, "changed": self.changed, "removed": self.removed,
                "took_feed": self.took_feed, "kept_local": self.kept_local, "kept_referenced": self.kept_referenced}


def apply_feed(workspace: WorkspaceStore, catalog: CatalogStore, diff: FeedDiff, *,
               choices: dict[str, str] | None = None) -> FeedApplied:
    """Write ``diff`` to the catalog in one transaction, then remember the feed's validators.

    ``choices`` maps a conflicting record id to :data:`TAKE_FEED` or :data:`KEEP_MINE`; a conflict
    not in ``choices`` keeps the local version. Raises :class:`FeedError` when the catalog changed
    since the diff was made (check again), or when ``choices`` names an id that is not a conflict.
    """
    choices = dict(choices or {})
    conflict_ids = {c.id for c in diff.conflicts}
    unknown = sorted(set(choices) - conflict_ids)
    if unknown:
        raise FeedError(f"{', '.join(map(repr, unknown))} is not a conflict of this update of the feed "
                        f"{diff.feed!r}; conflicts: {', '.join(sorted(conflict_ids)) or 'none'}")
    bad = sorted(rid for rid, choice in choices.items() if choice not in (KEEP_MINE, TAKE_FEED))
    if bad:
        raise UserInputError(f"the choice for {bad[0]!r} must be {KEEP_MINE!r} or {TAKE_FEED!r}")
    if diff.changes and catalog.changes != diff.base_changes:
        raise FeedError(f"the catalog changed since the feed {diff.feed!r} was checked; check it again before "
                        "applying")
    origin = feed_origin(diff.feed)
    report = FeedApplied(diff.feed, kept_referenced=list(diff.kept_referenced))
    declined = dict(_require(workspace, diff.feed)["declined"])
    for change in diff.changes:
        if change.conflict == "id_taken":
            if choices.get(change.id, KEEP_MINE) == KEEP_MINE:
                declined[change.id] = record_hash(diff.records[change.id][1])
            else:
                declined.pop(change.id, None)
    if diff.status != "not_modified":
        declined = {rid: h for rid, h in declined.items() if rid in diff.records}
    if diff.changes:
        with catalog.transaction():
            for change in diff.changes:
                _apply_one(catalog, diff, change, origin, choices.get(change.id, KEEP_MINE), report)
    now = now_iso()
    applied_count = sum(1 for o, _h, _e in catalog.origins().values() if o == origin)
    with workspace.transaction():
        workspace.set_feed_state(diff.feed, checked_at=now, etag=diff.etag, last_modified=diff.last_modified,
                                 applied_count=applied_count, declined=declined, applied=True)
        if diff.changes:
            workspace.log(who="user", action="feed_update", entity=origin,
                          detail={k: len(v) for k, v in report.to_json().items() if isinstance(v, list)}
                          | {"version": diff.version})
    return report


def _apply_one(catalog: CatalogStore, diff: FeedDiff, change: RecordChange, origin: str, choice: str,
               report: FeedApplied) -> None:
    rid = change.id
    if change.action == "removed":
        if change.conflict and choice == KEEP_MINE:
            kind, local = catalog.get(rid)
            # shipped_hash None = "the feed dropped it and the user kept it": not asked again
            catalog.put(kind, local, origin=origin, shipped_hash=None, user_edited=True)
            report.kept_local.append(rid)
            return
        catalog.delete(rid)
        (report.took_feed if change.conflict else report.removed).append(rid)
        return
    kind, record = diff.records[rid]
    digest = record_hash(record)
    if change.conflict and choice == KEEP_MINE:
        if change.conflict == "edited_locally":
            local_kind, local = catalog.get(rid)
            # remember the declined feed version: the same question is not asked again
            catalog.put(local_kind, local, origin=origin, shipped_hash=digest, user_edited=True)
        report.kept_local.append(rid)
        return
    catalog.put(kind, record, origin=origin, shipped_hash=digest, user_edited=False)
    if change.conflict:
        report.took_feed.append(rid)
    else:
        (report.added if change.action == "added" else report.changed).append(rid)


def record_not_modified(workspace: WorkspaceStore, diff: FeedDiff) -> None:
    """Note that ``diff`` (a dry run, or nothing new) was checked, without touching validators or the catalog."""
    workspace.set_feed_state(diff.feed, checked_at=now_iso())


def update_feed(workspace: WorkspaceStore, catalog: CatalogStore, name: str, *, dry_run: bool = False,
                choices: dict[str, str] | None = None, token: str | None = None,
                max_bytes: int = MAX_FEED_BYTES, timeout: float = FEED_TIMEOUT,
                ssl_context: ssl.SSLContext | None = None,
                taxonomy: Taxonomy | None = None) -> tuple[FeedDiff, FeedApplied | None]:
    """Check the feed ``name`` and, unless ``dry_run``, apply it (see :func:`check_feed`, :func:`apply_feed`).

    A dry run does not store the new validators, so the real update still downloads the file.
    """
    diff = check_feed(workspace, catalog, name, token=token, max_bytes=max_bytes, timeout=timeout,
                      ssl_context=ssl_context, taxonomy=taxonomy)
    if dry_run:
        with workspace.transaction():
            record_not_modified(workspace, diff)
        return diff, None
    return diff, apply_feed(workspace, catalog, diff, choices=choices)


__all__ = [
    "FEED_ORIGIN_PREFIX", "KEEP_MINE", "MAX_FEED_BYTES", "TAKE_FEED", "Feed", "FeedAdded", "FeedApplied",
    "FeedDiff", "FeedError", "FieldChange", "NetworkError", "RecordChange", "add_feed", "apply_feed",
    "check_feed", "feed_origin", "field_changes", "list_feeds", "remove_feed", "set_feed_token", "update_feed",
]
