"""``vivier export PROFILE.json --out FILE.xlsx``: the tender workbook of the profile's optimal compliant shortlist.

The shortlist is kept in the workspace (so ``vivier import-decisions`` can bring the evaluators'
decisions back) and the workbook written, both or neither. When no shortlist meets the required
quota rules, the workbook is still written with the grid, the exclusions and the blocking rule on
its Quotas sheet, nothing is saved, and the command exits 1 (see :func:`catalog.workbook.export_tender`).
"""

from __future__ import annotations

import getpass

from catalog import open_session
from catalog.buyer import MAX_SHORTLIST, load_buyer_profile
from catalog.errors import UserInputError
from desktop.commands.common import print_json


def register(sub) -> None:
    p = sub.add_parser("export", help="write the tender workbook (.xlsx) of the profile's compliant shortlist")
    p.add_argument("profile", metavar="PROFILE.json", help="a buyer profile (schema vivier.buyer-profile/2, or /1)")
    p.add_argument("--out", required=True, metavar="FILE.xlsx", help="the workbook to write (replaced if it exists)")
    p.add_argument("--size", type=int, default=None, metavar="K",
                   help="how many offerings (default: the profile's shortlist_size)")
    p.add_argument("--name", default=None, help="name the shortlist is kept under (default: the profile's name)")
    p.add_argument("--who", default=None, help="who exports, for the audit log (default: your user name)")
    p.add_argument("--json", action="store_true",
                   help="print JSON (the shortlist command's fields, saved_id, workbook)")
    p.set_defaults(handler=cmd_export)


def current_user() -> str:
    """The operating system's user name, or "" when it cannot be found (then ``--who`` is needed)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def cmd_export(args) -> int:
    if args.size is not None and not 1 <= args.size <= MAX_SHORTLIST:
        raise UserInputError(f"--size must be between 1 and {MAX_SHORTLIST}")
    who = (args.who if args.who is not None else current_user()).strip()
    if not who:
        raise UserInputError("--who is needed: your user name could not be found (it is kept in the audit log)")
    from catalog.workbook import check_workbook_target, export_tender  # openpyxl: only when exporting

    check_workbook_target(args.out)
    profile = load_buyer_profile(args.profile)
    with open_session(args.data_dir) as session:
        done = export_tender(session, profile, args.out, who=who, name=args.name, size=args.size,
                             source=str(args.profile))
    written = done.workbook
    output = done.shortlist.to_json(profile.language)
    output["saved_id"] = done.saved_id
    output["workbook"] = {"path": str(written.path), "shortlist_rows": written.shortlist_rows,
                          "grid_rows": written.grid_rows, "excluded_rows": written.excluded_rows,
                          "source_rows": written.source_rows, "seconds": round(written.seconds, 3)}
    if args.json:
        print_json(output)
    else:
        if done.saved_id is not None:
            print(f"wrote {written.path}: {written.shortlist_rows} shortlisted, {written.grid_rows} scored, "
                  f"{written.excluded_rows} excluded; shortlist kept as id {done.saved_id}")
        else:
            print(f"no compliant shortlist: {output['infeasible']}\n"
                  f"wrote {written.path} with the grid ({written.grid_rows} scored), the exclusions "
                  f"({written.excluded_rows}) and the blocking rule on the Quotas sheet; nothing was saved")
    return 1 if done.saved_id is None else 0
