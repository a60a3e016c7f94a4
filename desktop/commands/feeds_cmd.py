"""``vivier feeds ...``: subscribe to catalog feeds and apply their updates (see :mod:`catalog.online._feeds`)."""

from __future__ import annotations

import sys

from catalog import open_session
from catalog.errors import UserInputError
from catalog.online import TAKE_FEED, FeedDiff, add_feed, list_feeds, remove_feed, update_feed
from desktop.commands.common import print_json


def register(sub) -> None:
    parser = sub.add_parser("feeds", help="catalog feeds: subscribe to catalogs published online and update from them")
    commands = parser.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)

    p = commands.add_parser("add", help="subscribe to a catalog file at an https:// address (nothing is downloaded)")
    p.add_argument("name", help="a short name: lowercase letters, digits, '-' or '_'")
    p.add_argument("url")
    p.add_argument("--token-stdin", action="store_true",
                   help="read a bearer token from standard input; it is kept in the system keychain")
    p.set_defaults(handler=cmd_add)

    p = commands.add_parser("list", help="the subscribed feeds")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = commands.add_parser("remove", help="unsubscribe and forget the token (the records stay in the catalog)")
    p.add_argument("name")
    p.set_defaults(handler=cmd_remove)

    p = commands.add_parser("update", help="download feeds, show the differences and apply them")
    p.add_argument("name", nargs="?", help="only this feed (default: every feed)")
    p.add_argument("--dry-run", action="store_true", help="show the differences, change nothing")
    p.add_argument("--take-feed", action="append", default=[], metavar="ID",
                   help="for this conflicting record, take the feed's version (repeatable); "
                        "otherwise your local version is kept")
    p.add_argument("--token-stdin", action="store_true",
                   help="read the feed's token from standard input for this update (needs NAME)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_update)


def _read_token() -> str:
    token = sys.stdin.readline().strip()
    if not token:
        raise UserInputError("--token-stdin: no token on standard input")
    return token


def cmd_add(args) -> int:
    token = _read_token() if args.token_stdin else None
    with open_session(args.data_dir) as session:
        added = add_feed(session.workspace, session.catalog, args.name, args.url, token=token)
    print(f"feed {added.feed.name!r} added: {added.feed.url} (run 'vivier feeds update {added.feed.name}' to download)")
    if added.token_saved is not None:
        if added.token_saved.remembered:
            print("token kept in the system keychain")
        else:
            print(f"token {added.token_saved.message}: it is kept for this session only; give it again with "
                  f"'vivier feeds update {added.feed.name} --token-stdin'", file=sys.stderr)
    return 0


def cmd_list(args) -> int:
    with open_session(args.data_dir) as session:
        feeds = list_feeds(session.workspace, session.catalog)
    if args.json:
        print_json({"feeds": [f.to_json() for f in feeds]})
        return 0
    if not feeds:
        print("no feeds (add one with: vivier feeds add NAME URL)")
    for f in feeds:
        print(f"{f.name:<20} {f.to_json()['url']}")
        print(f"{'':<20} token: {f.token}; records: {f.records}; last checked: {f.checked_at or 'never'}; "
              f"last applied: {f.applied_at or 'never'}")
    return 0


def cmd_remove(args) -> int:
    with open_session(args.data_dir) as session:
        forgotten = remove_feed(session.workspace, args.name)
    print(f"feed {args.name!r} removed; the records it brought stay in the catalog")
    if not forgotten:
        print("the system keychain refused to delete the token (is it locked?); remove the entry 'Vivier' / "
              f"'feed:{args.name}' yourself", file=sys.stderr)
    return 0


def cmd_update(args) -> int:
    if args.token_stdin and not args.name:
        raise UserInputError("--token-stdin needs the name of one feed")
    if args.take_feed and not args.name:
        raise UserInputError("--take-feed needs the name of one feed")
    token = _read_token() if args.token_stdin else None
    results = []
    with open_session(args.data_dir) as session:
        names = [args.name] if args.name else [r["name"] for r in session.workspace.feeds()]
        for name in names:
            diff, applied = update_feed(session.workspace, session.catalog, name, dry_run=args.dry_run,
                                        choices={rid: TAKE_FEED for rid in args.take_feed}, token=token)
            results.append((diff, applied))
    if args.json:
        print_json({"dry_run": args.dry_run,
                    "feeds": [{**d.to_json(), "applied": a.to_json() if a else None} for d, a in results]})
        return 0
    if not results:
        print("no feeds (add one with: vivier feeds add NAME URL)")
    for diff, applied in results:
        _print_diff(diff)
        if applied is not None and diff.changes:
            print(f"  applied: {len(applied.added)} added, {len(applied.changed)} changed, {len(applied.removed)} "
                  f"removed, {len(applied.took_feed)} conflict(s) resolved with the feed's version, "
                  f"{len(applied.kept_local)} kept as you edited them")
        elif args.dry_run and diff.changes:
            print("  dry run: nothing was changed")
    return 0


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _print_diff(diff: FeedDiff) -> None:
    counts = diff.counts()
    head = f"feed {diff.feed!r}"
    if diff.status == "not_modified":
        print(f"{head}: not modified since the last update")
        return
    if diff.status == "up_to_date":
        print(f"{head}: up to date ({counts['unchanged']} records)")
        return
    print(f"{head}: {counts['added']} added, {counts['changed']} changed, {counts['removed']} removed, "
          f"{counts['conflicts']} conflict(s)")
    signs = {"added": "+", "changed": "~", "removed": "-"}
    for kind, actions in diff.by_kind().items():
        print(f"  {kind}")
        for action, changes in actions.items():
            for c in changes:
                print(f"    {signs[action]} {c.id}  {c.name}")
                for f in c.fields:
                    print(f"        {f.field}: {_short(f.old)} -> {_short(f.new)}")
                if c.conflict == "edited_locally":
                    print(f"        CONFLICT: you edited this record; your version is kept unless you pass "
                          f"--take-feed {c.id}")
                elif c.conflict == "id_taken":
                    print(f"        CONFLICT: this id belongs to a record from {c.local_origin!r}; it is kept "
                          f"unless you pass --take-feed {c.id}")
    for rid in diff.kept_referenced:
        print(f"  kept {rid}: the feed dropped it but other records still refer to it")
