"""Workbook: the tender workbook (``catalog.workbook.export_workbook``) of a 10k-row scoring grid, against
an openpyxl ``write_only`` dump of the same cells (every sheet's values read back from Vivier's file).
Target (issue 9): ≤ 4 s and ≤ 2× the plain dump.

The grid holds every ranked offering of a 10,000-offering synthetic catalog (fewer with a smaller
``--size``), ranked for the 5-capability profile of the rank benchmark, with its optimal shortlist.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path

from catalog.records import CatalogStore, load_taxonomy

from .bench_rank import available as ranking_available
from .bench_rank import benchmark_profile
from .bench_shortlist import shortlist_builder
from .harness import Context, Row, measure, missing_rows, speed_rows
from .synth import build_catalog

NAME = "workbook"
METRICS = ("tender workbook",)
GRID_ROWS = 10_000
AT_MOST = 4.0
MAX_SLOWDOWN = 2.0


def available() -> bool:
    if importlib.util.find_spec("catalog.workbook") is None or not ranking_available():
        return False
    import catalog.workbook as workbook

    return hasattr(workbook, "export_workbook") and shortlist_builder() is not None


def dump_values(sheets: dict[str, list[tuple]], path: Path) -> None:
    """The baseline: the same cell values in the same sheets, written by openpyxl in write-only mode."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)


def read_values(path: Path) -> dict[str, list[tuple]]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    try:
        return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in workbook.worksheets}
    finally:
        workbook.close()


def run(context: Context) -> list[Row]:
    if not available():
        return missing_rows(sys.modules[__name__])
    from catalog.buyer import rank_offerings
    from catalog.quotas import candidate_from_records
    from catalog.workbook import export_workbook

    build_shortlist = shortlist_builder()
    catalog = build_catalog(min(context.size, GRID_ROWS), seed=context.seed, cache_dir=context.cache_dir)
    taxonomy = load_taxonomy(catalog.taxonomy_path)
    profile = benchmark_profile(catalog.taxonomy_path)
    with CatalogStore.open(catalog.db_path) as store, tempfile.TemporaryDirectory(prefix="vivier-wb-") as tmp:
        ranking = rank_offerings(store, profile, taxonomy=taxonomy)
        candidates = [candidate_from_records(s.offering_record, s.organisation_record, s.score)
                      for s in ranking.ranked]
        shortlist = build_shortlist(candidates, profile.quota_rules, size=profile.shortlist_size,
                                    max_per_organisation=profile.max_per_organisation)
        ours_path, theirs_path = Path(tmp) / "vivier.xlsx", Path(tmp) / "baseline.xlsx"
        exported = []
        ours = measure(lambda: exported.append(export_workbook(ours_path, ranking, shortlist, profile, store)),
                       repeat=context.repeat)
        sheets = read_values(ours_path)
        theirs = measure(lambda: dump_values(sheets, theirs_path), repeat=context.repeat)
    grid = exported[-1].grid_rows
    return [speed_rows(NAME, f"{METRICS[0]} ({grid:,}-row grid) vs openpyxl write_only dump", ours, theirs,
                       at_most=AT_MOST, max_slowdown=MAX_SLOWDOWN)]
