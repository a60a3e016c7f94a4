"""``vivier self-test``: open the data folder, rank, shortlist, write a workbook, open the window offscreen."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("self-test", help="check that the installed app works end to end (no display needed); "
                                         "exit 0 only if every step worked")
    p.set_defaults(handler=cmd_self_test)


def cmd_self_test(args) -> int:
    from desktop.selftest import run_self_test  # Qt is imported only here, not when the CLI starts

    return run_self_test(args.data_dir)
