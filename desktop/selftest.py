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


# Each step takes the run's state (the data folder, then what earlier steps left) and returns its one-line detail.
# The catalog and Qt are imported inside the steps: the CLI starts without them, and Qt only once the platform is set.


def _open_folder(state: dict) -> str:
    from catalog.session import open_session

    state["session"] = open_session(state["data_dir"])
    counts = state["session"].catalog.counts()
    return f"{state['session'].data_dir} ({sum(counts.values())} records)"


def _rank(state: dict) -> str:
    from catalog.buyer import load_buyer_profile, rank_job
    from catalog.jobs import run_job

    profile = load_buyer_profile(resource_path("examples", EXAMPLE_PROFILE))
    state["profile"] = profile
    state["pass"] = result = run_job(rank_job(state["session"].catalog.path, profile))
    if not result.ranked:
        raise RuntimeError("the example profile ranked no offering")
    return f"{result.ranked_count} ranked, {len(result.excluded)} excluded"


def _shortlist(state: dict) -> str:
    chosen = state["pass"].shortlist
    if chosen.infeasible or not chosen.items:
        raise RuntimeError(f"no shortlist: {chosen.infeasible or 'empty'}")
    return f"{len(chosen.items)} offerings, total score {chosen.total_score:.1f}"


def _workbook(state: dict) -> str:
    from catalog.jobs import run_job
    from catalog.workbook import export_workbook_job

    with tempfile.TemporaryDirectory(prefix="vivier-selftest-") as folder:
        path = Path(folder) / "selftest.xlsx"
        items = [c.offering_id for c in state["pass"].shortlist.items]
        written = run_job(export_workbook_job(state["session"].catalog.path, state["profile"], items, path))
        if not path.is_file() or path.stat().st_size == 0:
            raise RuntimeError(f"{path} was not written")
        return f"{written.shortlist_rows} shortlist rows"


def _window(state: dict) -> str:
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


#: (name, step) in the order they run; a step needs what the earlier ones left in the state
STEPS: tuple[tuple[str, Callable[[dict], str]], ...] = (
    ("open the data folder", _open_folder), ("rank the example need", _rank),
    ("build the compliant shortlist", _shortlist), ("write the tender workbook", _workbook),
    ("open and close the main window", _window))


def run_self_test(data_dir: Path | None, *, out: Callable[[str], None] = print) -> int:
    """Run every step; return 0 when all worked, 1 otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # the catalog loads before the first step's clock starts, so that a step's time is its own work
    import catalog.buyer  # noqa: F401
    import catalog.jobs  # noqa: F401
    import catalog.session  # noqa: F401
    import catalog.workbook  # noqa: F401

    state: dict = {"data_dir": data_dir}
    try:
        for name, step in STEPS:
            started = time.perf_counter()
            try:
                detail = step(state)
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
