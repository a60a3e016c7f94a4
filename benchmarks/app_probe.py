"""A child process for the startup and memory benchmarks: start a Qt app offscreen, report once shown, quit.

``python -m benchmarks.app_probe vivier DATA_DIR`` starts Vivier's desktop app (``desktop.app.run_app``)
on ``DATA_DIR``; ``python -m benchmarks.app_probe bare`` shows a bare ``QMainWindow`` (the baseline).
When the event loop first runs after the window is shown, it prints one line
``SHOWN <peak RSS bytes>`` and exits 0; it prints ``NOT-SHOWN`` and exits 3 if no main window is visible.
"""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path


def _report_when_shown(app, window_class: str) -> None:
    from PySide6.QtCore import QTimer

    def report():
        shown = any(w.isVisible() and type(w).__name__ == window_class for w in app.topLevelWidgets())
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux reports KiB
        print(f"SHOWN {peak}" if shown else "NOT-SHOWN", flush=True)
        app.exit(0 if shown else 3)

    # a zero timer fires on the first turn of the event loop, after show() has run
    QTimer.singleShot(0, report)


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(argv[:1])
    if argv[1] == "bare":
        window = QMainWindow()
        window.resize(900, 600)
        window.show()
        _report_when_shown(app, "QMainWindow")
        return app.exec()
    from desktop.app import run_app

    _report_when_shown(app, "MainWindow")
    return run_app(data_dir=Path(argv[2]), argv=argv[:1])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
