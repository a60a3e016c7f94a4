"""Opening the user's data folder: ``catalog.db`` (seeded from the shipped catalog) and ``workspace.db``.

:func:`open_session` is what every front end calls first. On first run it loads the shipped catalog;
when a newer Vivier ships a newer catalog, it updates ``catalog.db`` without losing the user's records
or edits (see :mod:`catalog.records._seed`). A damaged ``catalog.db`` raises :class:`CorruptDatabase`; the
front end then offers :func:`rebuild_catalog`, which keeps the damaged file aside and rebuilds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from catalog.errors import DataFolderError
from catalog.paths import ensure_data_dir
from catalog.records import CATALOG_DB, WORKSPACE_DB, CatalogStore, SyncReport, WorkspaceStore, sync_shipped


@dataclass
class Session:
    data_dir: Path
    catalog: CatalogStore
    workspace: WorkspaceStore
    sync: SyncReport | None = None

    def close(self) -> None:
        self.catalog.close()
        self.workspace.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open_catalog(data_dir: Path | str | None = None, *, sync: bool = True) -> tuple[CatalogStore, SyncReport | None]:
    """Open the catalog database in ``data_dir`` and bring it up to the shipped catalog."""
    folder = ensure_data_dir(Path(data_dir) if data_dir else None)
    store = CatalogStore.open(folder / CATALOG_DB)
    report = None
    if sync:
        try:
            report = sync_shipped(store)
        except BaseException:
            store.close()
            raise
    return store, report


def open_session(data_dir: Path | str | None = None) -> Session:
    """Open both databases of the data folder (default: the user's data folder or ``$VIVIER_DATA_DIR``).

    Raises :class:`DataFolderError`, :class:`CorruptDatabase` or :class:`NewerSchemaError`; nothing
    is written to a database that cannot be opened safely.
    """
    folder = ensure_data_dir(Path(data_dir) if data_dir else None)
    workspace = WorkspaceStore.open(folder / WORKSPACE_DB)
    try:
        catalog, report = open_catalog(folder)
    except BaseException:
        workspace.close()
        raise
    return Session(folder, catalog, workspace, report)


def rebuild_catalog(data_dir: Path | str | None = None) -> tuple[Path | None, SyncReport]:
    """Move a damaged ``catalog.db`` aside (``catalog.db.damaged-<time>``) and rebuild it from the shipped catalog.

    The user's workspace is not touched. Returns where the old file went (or None) and the sync report.
    """
    folder = ensure_data_dir(Path(data_dir) if data_dir else None)
    path = folder / CATALOG_DB
    kept = None
    if path.exists():
        kept = folder / f"{CATALOG_DB}.damaged-{datetime.now().strftime('%Y%m%d-%H%M%S')}"
        try:
            path.rename(kept)
        except OSError as e:
            raise DataFolderError(f"cannot move the damaged {path} aside: {e.strerror or e}") from e
        for suffix in ("-wal", "-shm"):
            side = folder / (CATALOG_DB + suffix)
            if side.exists():
                side.rename(folder / f"{kept.name}{suffix}")
    store, report = open_catalog(folder)
    store.close()
    return kept, report
