"""The ``vivier`` command line: one entry point for the desktop app and every scripted job.

Without a subcommand it opens the desktop app. Subcommands never import Qt. Each one opens the
data folder, calls one catalog service and prints its result (``--json`` for machines). A user
mistake prints one line on stderr and exits 2; any other failure exits 1; never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from catalog import __version__
from catalog.errors import CatalogError
from catalog.paths import DATA_DIR_ENV, default_data_dir
from desktop.commands import COMMAND_MODULES

log = logging.getLogger("vivier")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, like every other user mistake
        self.exit(2, f"vivier: error: {message}\n(see: {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="vivier",
        description="Vivier: buy and find European AI. Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"vivier {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help=f"data folder (default: ${DATA_DIR_ENV} or the user data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def _log_unexpected(args) -> Path | None:
    """Write the traceback of an unexpected error to vivier.log in the data folder."""
    try:
        folder = args.data_dir or default_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "vivier.log"
        with path.open("a", encoding="utf-8") as handle:
            handle.write(traceback.format_exc() + "\n")
        return path
    except OSError:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop.app import run_app  # Qt is imported only here

        return run_app(data_dir=args.data_dir)
    try:
        return int(args.handler(args) or 0)
    except CatalogError as e:
        sys.stderr.write(f"vivier: error: {e}\n")
        return e.exit_status
    except KeyboardInterrupt:
        sys.stderr.write("vivier: interrupted\n")
        return 1
    except BrokenPipeError:
        return 1
    except Exception as e:  # an unexpected failure: short message, traceback in the log
        where = _log_unexpected(args)
        sys.stderr.write(f"vivier: unexpected error: {type(e).__name__}: {e}"
                         + (f" (details in {where})" if where else "") + "\n")
        return 1


if __name__ == "__main__":
    sys.exit(main())
