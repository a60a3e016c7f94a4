"""Startup: process start to main window shown (offscreen) with the shipped catalog, against a bare PySide6
``QMainWindow`` started the same way in a fresh process. Target (issue 9): ≤ 1.0 s and ≤ 2.5× the bare window.

Each repetition starts a new process; the time runs from just before the process is spawned to the moment it
reports its window shown (:mod:`benchmarks.app_probe`), so interpreter start, imports and opening the data
folder all count, and process teardown does not. The data folder is seeded by the warm-up (the first start
ever, reported on its own row), so timed runs are the everyday start.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from catalog.paths import resource_path

from .harness import Context, Row, Timing, missing_rows, seconds, speed_rows

NAME = "startup"
METRICS = ("start to main window shown", "first start (seeds the data folder)")
AT_MOST = 1.0
MAX_SLOWDOWN = 2.5
#: a start that takes longer is stuck (a dialog waiting for an answer offscreen)
TIMEOUT = 120


def available() -> bool:
    import importlib.util

    return (importlib.util.find_spec("desktop.app") is not None
            and resource_path("catalog", "catalog.json").exists())


def start(mode: str, *args: str) -> tuple[float, int]:
    """Seconds from spawning ``benchmarks.app_probe MODE ARGS`` to its report, and the peak RSS it reported."""
    began = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "benchmarks.app_probe", mode, *args],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               cwd=Path(__file__).resolve().parent.parent)
    try:
        line = process.stdout.readline()
        elapsed = time.perf_counter() - began
        _out, err = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise RuntimeError(f"the {mode} app did not show its window within {TIMEOUT} s") from None
    if not line.startswith("SHOWN") or process.returncode != 0:
        raise RuntimeError(f"the {mode} app did not show its window (exit {process.returncode}): "
                           f"{line.strip()[:300]}")
    return elapsed, int(line.split()[1])


def run(context: Context) -> list[Row]:
    if not available():
        return missing_rows(sys.modules[__name__])
    ours, bare, first = [], [], []
    with tempfile.TemporaryDirectory(prefix="vivier-startup-") as tmp:
        data_dir = Path(tmp) / "data"
        start("bare")
        start("vivier", str(data_dir))
        for number in range(context.repeat):
            # interleaved, so load from other processes on the machine hits both alike
            ours.append(start("vivier", str(data_dir))[0])
            bare.append(start("bare")[0])
            fresh = Path(tmp) / f"fresh-{number}"
            first.append(start("vivier", str(fresh))[0])
    bare_timing, first_timing = Timing(tuple(bare)), Timing(tuple(first))
    warm = speed_rows(NAME, METRICS[0], Timing(tuple(ours)), bare_timing, at_most=AT_MOST,
                      max_slowdown=MAX_SLOWDOWN)
    return [warm, Row(NAME, METRICS[1], seconds(first_timing.median), seconds(bare_timing.median),
                      f"{first_timing.median / bare_timing.median:.2f}× the time",
                      values={"vivier_s": first_timing.median, "vivier_samples": first})]
