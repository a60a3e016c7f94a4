"""Long work as plain generators: each yields :class:`Progress` and returns its result.

Front ends run these off their main thread (the desktop's worker helper) and may stop one between
two steps by closing the generator. A job opens its own database connection, because a SQLite
connection belongs to the thread that opened it; the connection is closed however the job ends.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path

from .io import ImportReport, export_catalog, import_catalog
from .store import CatalogStore


@dataclass(frozen=True)
class Progress:
    """One step of a long job: ``done`` of ``total`` steps (``total`` None when unknown) and what is happening."""

    done: int
    total: int | None
    message: str


Job = Generator[Progress, None, object]


def run_job(job: Job, *, on_progress: Callable[[Progress], None] | None = None) -> object:
    """Run ``job`` to its end on this thread and return its result; ``on_progress`` sees every step.

    For the command line, the self-test and tests; the desktop runs jobs through its worker instead.
    """
    while True:
        try:
            step = next(job)
        except StopIteration as done:
            return done.value
        if on_progress is not None:
            on_progress(step)


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


__all__ = ["Job", "Progress", "export_file_job", "import_file_job"]
