"""The one place that shows errors to the user, and the start-up checks that may need a question."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from catalog import open_session, rebuild_catalog
from catalog.errors import CatalogError, CorruptDatabase
from catalog.session import Session


def show_error(parent: QWidget | None, error: Exception) -> None:
    """Show a catalog error's user-readable message in a dialog."""
    QMessageBox.critical(parent, "Vivier", str(error))


def ask_rebuild(parent: QWidget | None, error: CorruptDatabase) -> bool:
    answer = QMessageBox.question(
        parent, "Vivier",
        f"{error}\n\nRebuild the catalog from the shipped catalog now? Your workspace is kept.",
    )
    return answer == QMessageBox.StandardButton.Yes


def startup_session(data_dir: Path | None, *, ask=ask_rebuild) -> Session | None:
    """Open the data folder; on a damaged catalog, offer to rebuild it. ``None`` if the user declines."""
    try:
        return open_session(data_dir)
    except CorruptDatabase as e:
        if "workspace" in str(e.path):
            raise
        if not ask(None, e):
            return None
        rebuild_catalog(data_dir)
        return open_session(data_dir)
    except CatalogError:
        raise
