"""Catalog feeds, applying: write a checked update to the catalog, the user's choices deciding each conflict.

:func:`apply_feed` writes a :class:`~catalog.online._feed_diff.FeedDiff` in one ``catalog.db``
transaction; :func:`update_feed` checks a feed and applies it (see :mod:`catalog.online._feeds`).
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field

from catalog.errors import UserInputError
from catalog.records import CatalogStore, Taxonomy, WorkspaceStore, now_iso, record_hash

from ._feed_diff import FeedDiff, RecordChange, check_feed
from ._feeds import FEED_TIMEOUT, MAX_FEED_BYTES, FeedError, feed_origin, require_feed

KEEP_MINE = "keep_mine"
TAKE_FEED = "take_feed"


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
    declined = dict(require_feed(workspace, diff.feed)["declined"])
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


__all__ = ["KEEP_MINE", "TAKE_FEED", "FeedApplied", "apply_feed", "record_not_modified", "update_feed"]
