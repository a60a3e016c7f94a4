"""Starting the Qt desktop app (the only module the command line imports Qt through)."""

from __future__ import annotations

import sys
from pathlib import Path


def run_app(*, data_dir: Path | None = None, argv: list[str] | None = None) -> int:
    """Open the data folder and show the main window; returns the exit status of the event loop."""
    from PySide6.QtWidgets import QApplication

    from catalog.errors import CatalogError

    from .main_window import MainWindow
    from .errors import show_error, startup_session

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Vivier")
    app.setOrganizationName("Vivier")
    try:
        session = startup_session(data_dir)
    except CatalogError as e:
        show_error(None, e)
        return 2
    if session is None:
        return 1
    window = MainWindow(session)
    window.show()
    try:
        return app.exec()
    finally:
        session.close()
