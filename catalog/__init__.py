"""Vivier's domain core: the sourced catalog, search, matching, quotas and the tender workbook.

Pure Python: this package never imports Qt or ``desktop`` (an import-linter contract enforces it).
"""

from .errors import (
    CatalogError,
    CorruptDatabase,
    DataFolderError,
    FileFormatError,
    NewerSchemaError,
    Problem,
    RecordNotFound,
    UserInputError,
    ValidationError,
)
from .io import ImportReport, export_catalog, import_catalog
from .model import Listing, Marketplace, Offering, Organisation, Programme, Source, entity
from .paths import default_data_dir, resource_path
from .search import Hit, SearchIndex, search
from .seed import load_shipped, sync_shipped
from .session import Session, open_catalog, open_session, rebuild_catalog
from .stats import catalog_stats, check_catalog
from .store import CatalogStore, WorkspaceStore

__version__ = "0.1.0"

__all__ = [
    "CatalogError", "CatalogStore", "CorruptDatabase", "DataFolderError", "FileFormatError", "Hit",
    "ImportReport", "Listing", "Marketplace", "NewerSchemaError", "Offering", "Organisation", "Problem",
    "Programme", "RecordNotFound", "SearchIndex", "Session", "Source", "UserInputError", "ValidationError",
    "WorkspaceStore", "catalog_stats", "check_catalog", "default_data_dir", "entity", "export_catalog",
    "import_catalog", "load_shipped", "open_catalog", "open_session", "rebuild_catalog", "resource_path",
    "search", "sync_shipped", "__version__",
]
