"""``vivier verify-size ORG_ID``: check an organisation's size class in the French company register."""

from __future__ import annotations

import sys

from catalog import open_session
from catalog.errors import UserInputError
from catalog.online import INSEE, RECHERCHE, SOURCES, set_insee_key, verify_size
from desktop.commands.common import print_json


def register(sub) -> None:
    p = sub.add_parser("verify-size",
                       help="check an organisation's size class against the French company register (by SIREN)")
    p.add_argument("organisation_id", metavar="ORG_ID")
    p.add_argument("--source", choices=SOURCES, default=RECHERCHE,
                   help=f"{RECHERCHE} (open, no key; default) or {INSEE} (needs an INSEE API key)")
    p.add_argument("--insee-key-stdin", action="store_true",
                   help="read the INSEE API key from standard input and keep it in the system keychain")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_verify_size)


def cmd_verify_size(args) -> int:
    if args.insee_key_stdin:
        if args.source != INSEE:
            raise UserInputError(f"--insee-key-stdin goes with --source {INSEE}")
        saved = set_insee_key(sys.stdin.readline().strip())
        if not saved.remembered:
            print(f"INSEE API key {saved.message}: it is used for this check only", file=sys.stderr)
    with open_session(args.data_dir) as session:
        check = verify_size(session.workspace, session.catalog, args.organisation_id, source=args.source)
    if args.json:
        print_json(check.to_json())
        return 0
    flag = {"mismatch": "MISMATCH", "consistent": "consistent", "inconclusive": "inconclusive",
            "not_found": "NOT FOUND"}[check.verdict]
    print(f"{check.organisation_name} (SIREN {check.siren}): {flag}")
    print(f"  catalog size class: {check.catalog_size_class or 'none'}")
    if check.verdict != "not_found":
        year = f" ({check.category_year})" if check.category_year else ""
        print(f"  register category: {check.category or 'not published'}{year}")
        band_year = f" ({check.headcount_year})" if check.headcount_year else ""
        print(f"  staff of the legal unit: {check.headcount_label or 'not published'}{band_year}")
    print(f"  {check.message}")
    print(f"  source: {check.source_title}, {check.page_url}, checked {check.checked_at}")
    return 0
