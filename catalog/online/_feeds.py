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

This module holds the subscriptions; :mod:`catalog.online._feed_diff` checks a feed against the
catalog and :mod:`catalog.online._feed_apply` writes an update.

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

import re
from dataclasses import dataclass

from catalog.errors import CatalogError, UserInputError
from catalog.records import CatalogStore, WorkspaceStore

from . import _secrets as secrets
from ._net import check_url, display_url

FEED_ORIGIN_PREFIX = "feed:"
#: a feed file larger than this is refused: the whole shipped catalog is well under 1 MB and a
#: 100,000-offering catalog exports to about 60 MB; anything bigger is a mistake or an attack
MAX_FEED_BYTES = 64 * 1024 * 1024
#: seconds allowed for each network operation and for the whole download of a feed
FEED_TIMEOUT = 60.0
NAME_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9_-]{0,38}[a-z0-9])?$")


class FeedError(CatalogError):
    """A feed operation that cannot be done (unknown feed, stale diff, missing token)."""


def feed_origin(name: str) -> str:
    return FEED_ORIGIN_PREFIX + name


def feed_secret_key(name: str) -> str:
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
    where = secrets.secret_location(feed_secret_key(row["name"]))
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
    saved = secrets.store_secret(feed_secret_key(name), token.strip()) if token is not None else None
    records = sum(1 for o, _h, _e in catalog.origins().values() if o == feed_origin(name))
    return FeedAdded(_feed(workspace.feed(name), records), saved)


def remove_feed(workspace: WorkspaceStore, name: str) -> bool:
    """Unsubscribe from ``name`` and forget its token. The records it brought stay in the catalog.

    Returns False if the keychain refused to delete the token (it is locked). Raises
    :class:`FeedError` for an unknown feed.
    """
    require_feed(workspace, name)
    with workspace.transaction():
        workspace.remove_feed(name)
        workspace.log(who="user", action="feed_remove", entity=feed_origin(name), detail={})
    return secrets.forget_secret(feed_secret_key(name))


def set_feed_token(workspace: WorkspaceStore, name: str, token: str) -> secrets.SecretSaved:
    """Replace the token of the feed ``name`` (keychain, or this session when there is none)."""
    require_feed(workspace, name)
    if not token or not token.strip():
        raise UserInputError(f"the token for the feed {name!r} is empty")
    if not workspace.feed(name)["needs_token"]:
        with workspace.transaction():
            workspace.set_feed_needs_token(name, True)
    return secrets.store_secret(feed_secret_key(name), token.strip())


def require_feed(workspace: WorkspaceStore, name: str) -> dict:
    row = workspace.feed(name)
    if row is None:
        known = ", ".join(r["name"] for r in workspace.feeds()) or "none"
        raise FeedError(f"no feed is named {name!r} (feeds: {known})")
    return row


__all__ = [
    "FEED_ORIGIN_PREFIX", "FEED_TIMEOUT", "MAX_FEED_BYTES", "Feed", "FeedAdded", "FeedError", "add_feed",
    "feed_origin", "feed_secret_key", "list_feeds", "remove_feed", "require_feed", "set_feed_token",
]
