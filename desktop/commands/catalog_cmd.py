"""``vivier catalog ...``: statistics, search, show, check, import, export, rebuild."""

from __future__ import annotations

import sys

from catalog import (
    catalog_stats,
    check_catalog,
    export_catalog,
    import_catalog,
    open_catalog,
    rebuild_catalog,
)
from catalog.records import KINDS, search
from desktop.commands.common import print_json


def register(sub) -> None:
    parser = sub.add_parser("catalog", help="look at and maintain the catalog")
    commands = parser.add_subparsers(dest="catalog_command", metavar="ACTION", required=True)

    p = commands.add_parser("stats", help="how many records of each kind")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_stats)

    p = commands.add_parser("search", help="find records by name or words (typos and missing accents are fine)")
    p.add_argument("query")
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_search)

    p = commands.add_parser("show", help="one record with its sources")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = commands.add_parser("check", help="consistency check for catalog maintainers (exit 1 on hard errors)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_check)

    p = commands.add_parser("import", help="import records from a .json, .csv or .xlsx file (all or nothing)")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="check the file and report, change nothing")
    p.add_argument("--allow-duplicates", action="store_true",
                   help="create records even when their name is very close to an existing one")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)

    p = commands.add_parser("export", help="export the whole catalog to a .json, .csv or .xlsx file")
    p.add_argument("file")
    p.set_defaults(handler=cmd_export)

    p = commands.add_parser("rebuild", help="rebuild a damaged catalog database from the shipped catalog")
    p.set_defaults(handler=cmd_rebuild)


def cmd_stats(args) -> int:
    store, _ = open_catalog(args.data_dir)
    with store:
        stats = catalog_stats(store)
    if args.json:
        print_json(stats)
    else:
        for key in ("organisations", "offerings", "marketplaces", "listings", "programmes"):
            print(f"{key:>24}: {stats[key]}")
        for kind, count in stats["programmes_by_kind"].items():
            print(f"{'  ' + kind:>24}: {count}")
        print(f"{'records without source':>24}: {stats['records_without_source']}")
        print(f"{'catalog version':>24}: {stats['catalog_version']}")
    return 0


def cmd_search(args) -> int:
    if args.limit < 1:
        from catalog.errors import UserInputError

        raise UserInputError("--limit must be at least 1")
    store, _ = open_catalog(args.data_dir)
    with store:
        hits = search(store, args.query, kind=args.kind, limit=args.limit)
    if args.json:
        print_json({"query": args.query, "hits": [h.to_json() for h in hits]})
    else:
        if not hits:
            print(f"nothing found for {args.query!r}")
        for h in hits:
            print(f"{h.score:5.1f}  {h.kind:<12} {h.id:<40} {h.name}")
    return 0


def cmd_show(args) -> int:
    store, _ = open_catalog(args.data_dir)
    with store:
        kind, record = store.get(args.id)
        info = store.info(args.id)
    if args.json:
        print_json({"kind": kind, "record": record, "origin": info["origin"], "user_edited": info["user_edited"]})
        return 0
    print(f"{record.get('name', record['id'])}  ({kind}, id {record['id']})")
    for key, value in record.items():
        if key in ("id", "name", "sources") or value in (None, [], {}):
            continue
        if isinstance(value, dict) and set(value) == {"fr", "en"}:
            value = value["en"] + " / " + value["fr"]
        print(f"  {key}: {value}")
    if record.get("unverified"):
        print(f"  UNVERIFIED: {', '.join(record['unverified'])}")
    print("  sources:")
    for s in record.get("sources", []):
        print(f"    - {s['title']} ({s['seen_on']}): {s['url']}")
    if not record.get("sources"):
        print("    (none: this record has no source)")
    return 0


def cmd_check(args) -> int:
    store, _ = open_catalog(args.data_dir)
    with store:
        report = check_catalog(store)
    if args.json:
        print_json(report.to_json())
    else:
        data = report.to_json()
        print("counts: " + ", ".join(f"{k} {v}" for k, v in data["counts"].items()))
        for key in ("records_without_source", "dangling_references", "unknown_taxonomy_terms", "refused_sources",
                    "open_past_deadline", "refused_sources_in_added_records", "legal_facts_without_primary_source",
                    "dated_announcements", "stale_records", "duplicate_looking_names"):
            items = data[key]
            print(f"{key.replace('_', ' ')}: {len(items)}")
            for item in items[:50]:
                print(f"  - {item}")
        print(f"records with unverified fields: {len(data['unverified_fields'])}")
        print(f"records with conflicting sources: {len(data['conflicts'])}")
        print(f"hard errors: {report.hard_errors}")
    return 1 if report.hard_errors else 0


def cmd_import(args) -> int:
    store, _ = open_catalog(args.data_dir)
    with store:
        report = import_catalog(store, args.file, dry_run=args.dry_run, allow_duplicates=args.allow_duplicates)
    if args.json:
        print_json(report.to_json())
    else:
        verb = "would be" if args.dry_run else "were"
        print(f"{args.file}: {len(report.added)} record(s) {verb} added, {len(report.updated)} updated, "
              f"{len(report.unchanged)} unchanged")
    return 0


def cmd_export(args) -> int:
    store, _ = open_catalog(args.data_dir)
    with store:
        counts = export_catalog(store, args.file)
    print(f"{args.file}: exported " + ", ".join(f"{n} {k}(s)" for k, n in counts.items()))
    return 0


def cmd_rebuild(args) -> int:
    kept, report = rebuild_catalog(args.data_dir)
    if kept:
        print(f"the old catalog database was kept as {kept}", file=sys.stderr)
    print(f"catalog rebuilt from the shipped catalog {report.version}: {len(report.added)} records")
    return 0
