"""Memory: peak RSS of the desktop app process with the synthetic catalog loaded, against a bare PySide6
``QMainWindow`` process. Target (issue 9): ≤ 600 MB at 100k.

The app starts offscreen on a data folder holding a copy of the synthetic ``catalog.db`` (the shipped catalog
is synced on top of it, as on a user's machine), builds its main window (search index, catalog counts) and
then, once ranking has landed, ranks the catalog for the rank benchmark's 5-capability profile in the same
process, and reports its peak RSS (:mod:`benchmarks.app_probe`).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from .bench_rank import available as ranking_available
from .bench_startup import available, start
from .harness import Context, Row, missing_rows, yes_no

NAME = "memory"
METRICS = ("peak RSS, app with the catalog loaded",)
RANKED = " and ranked"
AT_MOST_BYTES = 600 * 1000 * 1000


def megabytes(value: int) -> str:
    return f"{value / 1e6:.0f} MB"


def run(context: Context) -> list[Row]:
    if not available():
        return missing_rows(sys.modules[__name__])
    catalog = context.catalog()
    with tempfile.TemporaryDirectory(prefix="vivier-memory-") as tmp:
        data_dir = Path(tmp) / "data"
        data_dir.mkdir()
        shutil.copyfile(catalog.db_path, data_dir / "catalog.db")
        ranked = ranking_available()
        ours = start("vivier", str(data_dir), *([str(catalog.taxonomy_path)] if ranked else [])).peak
        bare = start("bare").peak
    metric = f"{METRICS[0]}{RANKED if ranked else ''} ({catalog.records:,} records) vs bare QMainWindow"
    return [Row(NAME, metric, megabytes(ours), megabytes(bare),
                f"{ours / bare:.1f}× the memory", f"≤ {megabytes(AT_MOST_BYTES)}", yes_no(ours <= AT_MOST_BYTES),
                values={"vivier_bytes": ours, "baseline_bytes": bare})]
