"""The one place that shows errors to the user, the unexpected-error log, and start-up checks.

Errors from catalog/ (:class:`CatalogError`) carry a user-readable message and are shown as they are.
Anything else is a bug: its traceback goes to ``vivier.log`` in the data folder and the user sees a
short message saying where the details are.
"""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from catalog import open_session, rebuild_catalog
from catalog.errors import CatalogError, CorruptDatabase, ValidationError
from catalog.paths import default_data_dir
from catalog.session import Session

LOG_NAME = "vivier.log"
#: a validation message longer than this many lines moves the rest to the dialog's details
SHOWN_LINES = 8

_log_folder: Path | None = None


def set_log_folder(folder: Path | None) -> None:
    """Write unexpected errors to ``folder/vivier.log`` (the open data folder)."""
    global _log_folder
    _log_folder = folder


def log_unexpected(error: BaseException) -> Path | None:
    """Append ``error``'s traceback to the log in the data folder; return the log's path (None if unwritable)."""
    try:
        folder = _log_folder or default_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_NAME
        text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{text}\n")
        return path
    except OSError:
        return None


class ErrorBox:
    """The error dialog. Tests replace :meth:`present` to see what the user would read."""

    @classmethod
    def present(cls, parent: QWidget | None, message: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Vivier", message, QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)
        box.exec()


def error_text(error: BaseException) -> tuple[str, str]:
    """The message and the details the user sees for ``error`` (unexpected errors are logged here)."""
    if isinstance(error, CatalogError):
        lines = str(error).splitlines()
        if isinstance(error, ValidationError) and len(lines) > SHOWN_LINES:
            return "\n".join(lines[:SHOWN_LINES]) + "\n…", str(error)
        return str(error), ""
    where = log_unexpected(error)
    message = QCoreApplication.translate("Errors", "Something went wrong ({name}). Vivier is still usable.").format(
        name=type(error).__name__)
    if where:
        message += "\n" + QCoreApplication.translate("Errors", "The details were written to {path}.").format(path=where)
    return message, ""


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Show ``error`` to the user: a catalog error's own message, or a short note for a bug (logged)."""
    message, details = error_text(error)
    ErrorBox.present(parent, message, details)


def install_excepthook() -> None:
    """Route exceptions escaping Qt slots to :func:`show_error` instead of a silent stderr traceback."""
    def hook(kind, error, tb):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        show_error(None, error.with_traceback(tb))
    sys.excepthook = hook


class RebuildPrompt:
    """The start-up question about a damaged catalog. Tests replace :meth:`ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None, error: CorruptDatabase) -> bool:
        question = QCoreApplication.translate(
            "Errors", "Rebuild the catalog from the shipped catalog now? Your workspace (profiles, shortlists, "
            "decisions) is kept, and the damaged file is set aside.")
        answer = QMessageBox.question(parent, "Vivier", f"{error}\n\n{question}")
        return answer == QMessageBox.StandardButton.Yes


def startup_session(data_dir: Path | None, *, ask=None) -> Session | None:
    """Open the data folder; on a damaged catalog, offer to rebuild it. ``None`` if the user declines.

    A damaged workspace is never rebuilt (it holds the user's own work): its error is raised.
    """
    ask = ask or RebuildPrompt.ask
    try:
        return open_session(data_dir)
    except CorruptDatabase as e:
        if "workspace" in str(e.path):
            raise
        if not ask(None, e):
            return None
        rebuild_catalog(data_dir)
        return open_session(data_dir)
