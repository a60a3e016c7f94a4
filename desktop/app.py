"""Starting the Qt desktop app (the only module the command line imports Qt through)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from catalog.paths import DATA_DIR_ENV, resource_path


def app_icon():
    """The window icon (PNG shipped in resources/icons)."""
    from PySide6.QtGui import QIcon

    return QIcon(str(resource_path("icons", "vivier.png")))


def create_application(argv: list[str] | None = None):
    """The QApplication with Vivier's names, icon and the user's language installed."""
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import install_language
    from desktop.settings.state import AppSettings

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Vivier")
    app.setOrganizationName("Vivier")
    app.setWindowIcon(app_icon())
    install_language(AppSettings().language())
    return app


def chosen_data_dir(data_dir: Path | None) -> Path | None:
    """--data-dir first, then $VIVIER_DATA_DIR, then the folder chosen in the settings, else the default."""
    if data_dir is not None or os.environ.get(DATA_DIR_ENV):
        return data_dir
    from desktop.settings.state import AppSettings

    return AppSettings().data_dir


def finish_background_work() -> None:
    """Let running background jobs end before the databases close and Python exits.

    A pool thread still reading the catalog (seconds at 100,000 records) when the interpreter shuts
    down aborts the process; queued jobs that have not started are dropped.
    """
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    pool.clear()
    pool.waitForDone()


def run_app(*, data_dir: Path | None = None, argv: list[str] | None = None) -> int:
    """Show the main window, then open the data folder; returns the exit status of the event loop.

    The window appears first and the data folder opens on the first turn of the event loop (its
    areas are disabled until then): opening loads sqlite-utils and numpy, a third of the start.
    A damaged catalog is offered a rebuild; a folder that cannot be used is shown and ends with 2.
    """
    from PySide6.QtCore import QTimer

    app = create_application(argv)

    from desktop.main_window import MainWindow

    window = MainWindow()
    window.show()
    QTimer.singleShot(0, lambda: open_data_folder(window, chosen_data_dir(data_dir)))
    try:
        return app.exec()
    finally:
        finish_background_work()
        if window.session is not None:
            window.session.close()


def open_data_folder(window, data_dir: Path | None) -> None:
    """Open ``data_dir`` and give it to ``window``; on failure say why and end the app (2, or 1 if declined)."""
    from PySide6.QtWidgets import QApplication

    from catalog.errors import CatalogError
    from desktop.errors import install_excepthook, set_log_folder, show_error, startup_session

    try:
        session = startup_session(data_dir)
    except Exception as e:  # a bug is shown (and logged) too, then the app ends, as before the window showed first
        show_error(window, e)
        QApplication.instance().exit(2 if isinstance(e, CatalogError) else 1)
        return
    if session is None:
        QApplication.instance().exit(1)
        return
    set_log_folder(session.data_dir)
    install_excepthook()
    window.attach_session(session)
