"""Writing the tender workbook as a long job (see :mod:`catalog.jobs`), for the desktop's worker thread."""

from __future__ import annotations

from collections.abc import Generator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from catalog import buyer
from catalog.jobs import Progress
from catalog.records import CatalogStore

if TYPE_CHECKING:
    from ._export import WorkbookExport


def export_workbook_job(catalog_path: Path | str, profile, items: Sequence[str], path: Path | str,
                        *, stored=None) -> Generator[Progress, None, "WorkbookExport"]:
    """Write the tender workbook for ``profile`` with the shortlist ``items`` (offering ids, in order), as a job.

    ``stored`` is the saved shortlist (:func:`catalog.quotas.load_shortlist`) whose id, decisions
    and notes go into the file. The job ranks again on its own connection (the ranking is
    deterministic), so the workbook shows the shortlist the user ended up with, hand-edited or not.

    Raises :class:`ValidationError` when an item is no longer eligible, :class:`UserInputError` when
    the file cannot be written (see :func:`export_workbook`).
    """
    # openpyxl takes ~150 ms to import: loaded when a workbook is written, not when the app starts
    from ._export import export_workbook

    yield Progress(0, 2, "ranking the offerings")
    with CatalogStore.open(catalog_path) as store:
        chosen = buyer.buyer_pass(store, profile, items=items, explain_top=None)
        yield Progress(1, 2, f"writing {Path(path).name}")
        written = export_workbook(path, chosen.ranking, chosen.shortlist, profile, store, stored=stored,
                                  short=chosen.short())
    yield Progress(2, 2, "done")
    return written


__all__ = ["export_workbook_job"]
