"""Import and export of catalog records as JSON, CSV and XLSX (see :mod:`catalog.io.formats`)."""

from .formats import read_records, write_records
from .importer import ImportReport, export_catalog, import_catalog

__all__ = ["ImportReport", "export_catalog", "import_catalog", "read_records", "write_records"]
