"""``vivier self-test``: the whole app exercised once without a display (the frozen build's smoke test).

Each step prints one line; the first failure stops the run. Exit 0 only when every step worked.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from catalog.paths import resource_path

#: the example need ranked by the self-test (shipped in resources/examples)
EXAMPLE_PROFILE = "buyer-sovereign-assistant.json"
#: seconds the self-test waits for the catalogue list; the shipped catalog reads in well under one
WINDOW_LOAD_LIMIT = 60




def run_self_test(data_dir: Path | None, *, out: Callable[[str], None] = print) -> int:
    """Run every step; return 0 when all worked, 1 otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from catalog.buyer import load_buyer_profile, rank_job
    from catalog.jobs import run_job
    from catalog.session import open_session
    from catalog.workbook import export_workbook_job

    state: dict = {}

    def open_folder() -> str:
        state["session"] = open_session(data_dir)
        counts = state["session"].catalog.counts()
        return f"{state['session'].data_dir} ({sum(counts.values())} records)"

    def rank() -> str:
        profile = load_buyer_profile(resource_path("examples", EXAMPLE_PROFILE))
        state["profile"] = profile
        state["pass"] = result = run_job(rank_job(state["session"].catalog.path, profile))
        if not result.ranked:
            raise RuntimeError("the example profile ranked no offering")
        return f"{result.ranked_count} ranked, {len(result.excluded)} excluded"

    def shortlist() -> str:
        chosen = state["pass"].shortlist
        if chosen.infeasible or not chosen.items:
            raise RuntimeError(f"no shortlist: {chosen.infeasible or 'empty'}")
        return f"{len(chosen.items)} offerings, total score {chosen.total_score:.1f}"

    def workbook() -> str:
        with tempfile.TemporaryDirectory(prefix="vivier-selftest-") as folder:
            path = Path(folder) / "selftest.xlsx"
            items = [c.offering_id for c in state["pass"].shortlist.items]
            written = run_job(export_workbook_job(state["session"].catalog.path, state["profile"], items, path))
            if not path.is_file() or path.stat().st_size == 0:
                raise RuntimeError(f"{path} was not written")
            return f"{written.shortlist_rows} shortlist rows"

    def window() -> str:
        from PySide6.QtCore import QCoreApplication, QEventLoop

        from desktop.app import create_application, finish_background_work
        from desktop.main_window import MainWindow

        app = create_application()
        win = MainWindow(state["session"])
        win.show()
        QCoreApplication.processEvents()
        shown = win.isVisible()
        deadline = time.monotonic() + WINDOW_LOAD_LIMIT
        while win.catalogue.loading and time.monotonic() < deadline:  # the list is read on a worker thread
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        loaded = not win.catalogue.loading
        rows = len(win.browser.rows)
        win.close()
        win.deleteLater()
        QCoreApplication.processEvents()
        finish_background_work()
        if not shown:
            raise RuntimeError("the main window was not shown")
        if not loaded:
            raise RuntimeError(f"the catalogue list was not read within {WINDOW_LOAD_LIMIT} s")
        icon = "ok" if not app.windowIcon().isNull() else "missing"
        return f"{app.platformName()} platform, icon {icon}, catalogue list of {rows} records"

    steps = [("open the data folder", open_folder), ("rank the example need", rank),
             ("build the compliant shortlist", shortlist), ("write the tender workbook", workbook),
             ("open and close the main window", window)]
    try:
        for name, step in steps:
            started = time.perf_counter()
            try:
                detail = step()
            except Exception as e:  # a self-test reports every failure as a line, never a traceback
                out(f"FAIL  {name}: {type(e).__name__}: {e}")
                return 1
            out(f"ok    {name}: {detail} ({time.perf_counter() - started:.2f} s)")
    finally:
        if "session" in state:
            state["session"].close()
    out("self-test passed")
    return 0


if __name__ == "__main__":
    sys.exit(run_self_test(None))
