"""Importing and exporting catalog files as long jobs (see :mod:`catalog.jobs`): each opens its own connection."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from catalog.jobs import Progress

from .._store import CatalogStore
from .importer import ImportReport, export_catalog, import_catalog


def import_file_job(catalog_path: Path | str, file: Path | str, *, allow_duplicates: bool = False
                    ) -> Generator[Progress, None, ImportReport]:
    """Import ``file`` into the catalog database at ``catalog_path`` (all or nothing; see :func:`import_catalog`).

    Raises what :func:`import_catalog` raises (:class:`ValidationError`, :class:`FileFormatError`).
    """
    file = Path(file)
    yield Progress(0, 1, f"reading, checking and writing {file.name}")
    with CatalogStore.open(catalog_path) as store:
        report = import_catalog(store, file, allow_duplicates=allow_duplicates)
    yield Progress(1, 1, "done")
    return report


def export_file_job(catalog_path: Path | str, file: Path | str) -> Generator[Progress, None, dict[str, int]]:
    """Export the whole catalog at ``catalog_path`` to ``file`` (.json, .csv or .xlsx); return counts per kind."""
    file = Path(file)
    yield Progress(0, 1, f"writing {file.name}")
    with CatalogStore.open(catalog_path) as store:
        counts = export_catalog(store, file)
    yield Progress(1, 1, "done")
    return counts


__all__ = ["export_file_job", "import_file_job"]
