"""Running benchmarks and printing their rows: metric, Vivier, baseline, ratio, target, met.

A benchmark module exposes ``NAME``, ``METRICS`` (the metric labels it always prints, so a missing
feature still shows its rows) and ``run(context) -> list[Row]``. Timings repeat after a warm-up and
report the median and the 95th percentile; each Vivier figure is measured in the same run as its
baseline, because the machines are shared and noisy and only the ratio travels between runs.
"""

from __future__ import annotations

import importlib
import json
import math
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

#: benchmark modules in the order of the table
BENCHMARKS = ("search", "rank", "shortlist", "workbook", "startup", "import", "memory")
NOT_AVAILABLE = "not available (feature missing)"


@dataclass
class Row:
    """One line of the table. ``vivier``/``baseline`` are display strings; ``met`` is yes/no/'-' (no target)."""
    benchmark: str
    metric: str
    vivier: str
    baseline: str = "-"
    ratio: str = "-"
    target: str = "-"
    met: str = "-"
    values: dict = field(default_factory=dict)  # raw numbers for --json readers


@dataclass
class Context:
    """What every benchmark gets: the catalog size, the seed, the repetitions and where to cache."""
    size: int
    seed: int
    repeat: int
    cache_dir: Path | None = None
    log: Callable[[str], None] = lambda _message: None

    def catalog(self):
        """The synthetic catalog of this run's size (generated once, then cached)."""
        from .synth import build_catalog

        if not hasattr(self, "_catalog"):
            self.log(f"preparing the synthetic catalog of {self.size:,} offerings (cached after the first run)")
            self._catalog = build_catalog(self.size, seed=self.seed, cache_dir=self.cache_dir)
        return self._catalog


@dataclass(frozen=True)
class Timing:
    """Seconds of each repetition after the warm-up; median and 95th percentile."""
    samples: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        return percentile(self.samples, 95)


def percentile(samples, q: float) -> float:
    """The ``q``-th percentile by linear interpolation between closest ranks (numpy's default)."""
    ordered = sorted(samples)
    if not ordered:
        raise ValueError("no samples")
    position = (len(ordered) - 1) * q / 100
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def measure(fn: Callable[[], object], *, repeat: int, warmup: int = 1) -> Timing:
    """Call ``fn`` ``warmup`` times untimed, then ``repeat`` times timed."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return Timing(tuple(samples))


def seconds(value: float) -> str:
    """A duration for the table: ms below one second, else seconds."""
    if value < 1.0:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def times(ratio: float) -> str:
    return f"{ratio:.1f}×" if ratio < 100 else f"{ratio:.0f}×"


def yes_no(condition: bool) -> str:
    return "yes" if condition else "no"


def speed_rows(benchmark: str, metric: str, vivier: Timing, baseline: Timing, *, at_most: float | None,
               min_speedup: float | None = None, max_slowdown: float | None = None, stat: str = "median") -> Row:
    """A row comparing two timings: Vivier's ``stat`` (median or p95) against the baseline's same statistic.

    The target is an absolute bound (``at_most`` seconds) and a ratio: at least ``min_speedup`` times
    faster than the baseline, or at most ``max_slowdown`` times slower.
    """
    ours, theirs = getattr(vivier, stat), getattr(baseline, stat)
    goals, met = [], True
    if at_most is not None:
        goals.append(f"≤ {seconds(at_most)}")
        met &= ours <= at_most
    if min_speedup is not None:
        goals.append(f"≥ {min_speedup:g}× faster")
        met &= (theirs / ours if ours > 0 else math.inf) >= min_speedup
    if max_slowdown is None:
        speedup = theirs / ours if ours > 0 else math.inf
        ratio = f"{times(speedup)} faster" if speedup >= 1 else f"{times(1 / speedup)} slower"
    else:
        slowdown = ours / theirs if theirs > 0 else math.inf
        ratio = f"{slowdown:.2f}× the time"
        goals.append(f"≤ {max_slowdown:g}× the time")
        met &= slowdown <= max_slowdown
    return Row(benchmark, metric, seconds(ours), seconds(theirs), ratio, ", ".join(goals) or "-",
               yes_no(met) if goals else "-",
               values={"vivier_s": ours, "baseline_s": theirs, "vivier_samples": list(vivier.samples),
                       "baseline_samples": list(baseline.samples)})


def missing_rows(module, reason: str = NOT_AVAILABLE) -> list[Row]:
    """The rows of a benchmark whose feature has not landed: every metric, marked not available."""
    return [Row(module.NAME, metric, reason) for metric in module.METRICS]


def load(name: str):
    return importlib.import_module(f"benchmarks.bench_{name}")


def run(names: list[str], context: Context) -> list[Row]:
    """Run the named benchmarks in table order; a benchmark that fails prints its error in its rows."""
    rows: list[Row] = []
    for name in BENCHMARKS:
        if name not in names:
            continue
        module = load(name)
        context.log(f"running {name}")
        try:
            rows.extend(module.run(context))
        except Exception as e:  # a broken benchmark must not hide the others' figures
            message = " ".join(str(e).split())  # one table line, whatever the error holds
            rows.extend(missing_rows(module, f"failed: {type(e).__name__}: {message}"))
    return rows


def format_table(rows: list[Row]) -> str:
    """A Markdown table of the rows (readable in a terminal and pasteable into the README)."""
    header = ["benchmark", "metric", "Vivier", "baseline", "ratio", "target", "met"]
    lines = [[r.benchmark, r.metric, r.vivier, r.baseline, r.ratio, r.target, r.met] for r in rows]
    widths = [max(len(h), *(len(line[i]) for line in lines)) if lines else len(h) for i, h in enumerate(header)]

    def fmt(cells):
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"

    out = [fmt(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out.extend(fmt(line) for line in lines)
    return "\n".join(out)


def machine() -> dict:
    import os

    return {"python": sys.version.split()[0], "platform": platform.platform(), "cpus": os.cpu_count(),
            "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else None}


def to_json(rows: list[Row], context: Context) -> dict:
    return {"size": context.size, "seed": context.seed, "repeat": context.repeat, "machine": machine(),
            "rows": [asdict(r) for r in rows]}


def write_json(path: Path, rows: list[Row], context: Context) -> None:
    from catalog.files import write_text_atomic

    write_text_atomic(path, json.dumps(to_json(rows, context), ensure_ascii=False, indent=2) + "\n")
