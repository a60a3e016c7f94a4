"""Import: the synthetic catalog's CSV file into an empty catalog through :func:`catalog.records._io.import_catalog`
(reading, validation of every field, duplicate detection, one transaction, FTS index), against
sqlite-utils inserting the same file's rows (``csv.DictReader``) with ``insert_all`` in one transaction,
in this process. Target (issue 9): ≤ 5 s at 100k and ≤ 2× the sqlite-utils time.

The baseline used to be the command ``sqlite-utils insert DB records FILE --csv``. That command
commits every 100 rows, and each commit waits for the disk to flush (1,200 flushes at 100k): it took
71 s in one run and 201 s in another on the same machine with 34 s of processor time, so it measured
the disk's flush latency, not the work, and flattered Vivier (one transaction). The same library in
one transaction, without starting a process, does the same work as the CLI minus the flushes.
"""

from __future__ import annotations

import csv
import tempfile
import time
from pathlib import Path

import sqlite_utils

from catalog.records import CatalogStore, import_catalog, load_taxonomy

from .harness import Context, Row, Timing, speed_rows
from .synth import build_catalog

NAME = "import"
METRICS = ("CSV import",)
AT_MOST = 5.0
MAX_SLOWDOWN = 2.0
#: the warm-up imports a small catalog: it loads the code paths without doubling a 100k run
WARMUP_SIZE = 1_000


def vivier_import(csv_path: Path, db_path: Path, taxonomy_path: Path) -> float:
    taxonomy = load_taxonomy(taxonomy_path)
    with CatalogStore.open(db_path) as store:
        start = time.perf_counter()
        import_catalog(store, csv_path, taxonomy=taxonomy)
        return time.perf_counter() - start


def sqlite_utils_insert(csv_path: Path, db_path: Path) -> float:
    start = time.perf_counter()
    db = sqlite_utils.Database(db_path)
    try:
        with csv_path.open(newline="", encoding="utf-8-sig") as handle, db.atomic():
            db["records"].insert_all(csv.DictReader(handle))
    finally:
        db.close()
    return time.perf_counter() - start


def run(context: Context) -> list[Row]:
    catalog = context.catalog()
    small = build_catalog(min(WARMUP_SIZE, context.size), seed=context.seed, cache_dir=context.cache_dir)
    ours, theirs = [], []
    with tempfile.TemporaryDirectory(prefix="vivier-import-") as tmp:
        folder = Path(tmp)
        vivier_import(small.csv_path, folder / "warm-vivier.db", small.taxonomy_path)
        sqlite_utils_insert(small.csv_path, folder / "warm-baseline.db")
        for number in range(context.repeat):
            context.log(f"import: repetition {number + 1} of {context.repeat}")
            ours.append(vivier_import(catalog.csv_path, folder / f"vivier-{number}.db", catalog.taxonomy_path))
            theirs.append(sqlite_utils_insert(catalog.csv_path, folder / f"baseline-{number}.db"))
            for leftover in folder.glob(f"*-{number}.db*"):
                leftover.unlink()
    return [speed_rows(NAME, f"{METRICS[0]} ({catalog.records:,} records) vs sqlite-utils insert_all, one transaction",
                       Timing(tuple(ours)), Timing(tuple(theirs)), at_most=AT_MOST, max_slowdown=MAX_SLOWDOWN)]
