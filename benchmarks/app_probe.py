"""A child process for the startup and memory benchmarks: start a Qt app offscreen, report once shown, quit.

``python -m benchmarks.app_probe vivier DATA_DIR [TAXONOMY]`` starts Vivier's desktop app
(``desktop.app.run_app``) on ``DATA_DIR``; with ``TAXONOMY`` (a taxonomy file) it also ranks the catalog
for the rank benchmark's 5-capability profile in the same process before reporting.
``python -m benchmarks.app_probe bare`` shows a bare ``QMainWindow`` (the baseline).
When the event loop first runs after the window is shown, it prints ``SHOWN <peak RSS bytes>``; once the
window is usable (Vivier's data folder open) it prints ``READY <peak RSS bytes>`` and exits 0. It prints
``NOT-SHOWN`` and exits 3 if no main window is visible.
"""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path


def peak_rss() -> int:
    """Peak resident memory of this process image, in bytes.

    Linux's ``VmHWM`` starts afresh at exec; ``ru_maxrss`` does not (a child spawned by a large benchmark
    process would report the parent's peak), so it is only the fallback on systems without /proc.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    scale = 1 if sys.platform == "darwin" else 1024  # macOS reports bytes, Linux KiB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


def _rank(data_dir: Path, taxonomy_path: Path) -> None:
    from catalog.buyer import rank_offerings
    from catalog.records import CatalogStore, load_taxonomy

    from .bench_rank import EXPLAIN_TOP, benchmark_profile

    with CatalogStore.open(data_dir / "catalog.db") as store:
        rank_offerings(store, benchmark_profile(taxonomy_path), taxonomy=load_taxonomy(taxonomy_path),
                       explain_top=EXPLAIN_TOP)


def _report_when_shown(app, window_class: str, work=None) -> None:
    """Print ``SHOWN <peak RSS>`` once the window is visible, then ``READY <peak RSS>`` once it is usable.

    Vivier's window is usable once its data folder is open (``window.session`` set, on an early turn
    of the event loop); a bare window is usable when shown. ``work`` runs between the two.
    """
    from PySide6.QtCore import QTimer

    def window():
        return next((w for w in app.topLevelWidgets() if w.isVisible() and type(w).__name__ == window_class), None)

    def report():
        if window() is None:  # say what is on screen instead (a dialog's text), so a failed start explains itself
            seen = [f"{type(w).__name__}: {getattr(w, 'text', lambda: '')() or w.windowTitle()}"
                    for w in app.topLevelWidgets() if w.isVisible()]
            print("NOT-SHOWN " + ("; ".join(seen) or "no visible window").replace("\n", " "), flush=True)
            app.exit(3)
            return
        print(f"SHOWN {peak_rss()}", flush=True)
        when_ready()

    def when_ready():
        shown = window()
        if shown is not None and getattr(shown, "session", True) is None:
            QTimer.singleShot(1, when_ready)  # the data folder opens on an early turn of the event loop
            return
        if shown is not None and work is not None:
            work()
        print(f"READY {peak_rss()}", flush=True)
        app.exit(0 if shown is not None else 3)

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

    data_dir = Path(argv[2])
    work = (lambda: _rank(data_dir, Path(argv[3]))) if len(argv) > 3 else None
    _report_when_shown(app, "MainWindow", work)
    return run_app(data_dir=data_dir, argv=argv[:1])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
