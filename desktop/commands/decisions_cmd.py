"""``vivier import-decisions FILE.xlsx``: bring evaluators' decisions and notes back from a tender workbook."""

from __future__ import annotations

from catalog import open_session
from catalog.errors import UserInputError
from desktop.commands.common import print_json
from desktop.commands.export_cmd import current_user


def register(sub) -> None:
    p = sub.add_parser("import-decisions",
                       help="read the Decision and Notes columns of an exported workbook into its saved shortlist")
    p.add_argument("workbook", metavar="FILE.xlsx", help="a tender workbook written by vivier export")
    p.add_argument("--who", default=None, help="who imports, for the audit log (default: your user name)")
    p.add_argument("--json", action="store_true",
                   help="print JSON (shortlist_id, changed, unchanged, problems, missing)")
    p.set_defaults(handler=cmd_import_decisions)


def cmd_import_decisions(args) -> int:
    who = (args.who if args.who is not None else current_user()).strip()
    if not who:
        raise UserInputError("--who is needed: your user name could not be found (it is kept in the audit log)")
    from catalog.workbook import import_decisions  # openpyxl: only when reading a workbook

    with open_session(args.data_dir) as session:
        done = import_decisions(session.workspace, args.workbook, who=who)
    if args.json:
        print_json(done.to_json())
    else:
        print(f"shortlist {done.shortlist_id} ({done.shortlist_name}): {len(done.changed)} changed, "
              f"{done.unchanged} unchanged, {len(done.problems)} row(s) not applied")
        for change in done.changed:
            notes = "; notes changed" if change.notes != change.notes_before else ""
            print(f"  row {change.row}: {change.offering_id}: {change.decision_before} -> {change.decision}{notes}")
        for problem in done.problems:
            print(f"  not applied: {problem}")
        if done.missing:
            print(f"  not in the workbook (left as they were): {', '.join(done.missing)}")
    return 1 if done.problems else 0
