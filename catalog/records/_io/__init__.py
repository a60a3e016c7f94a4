"""Import and export of catalog records as JSON, CSV and XLSX (see :mod:`.formats`), all or nothing."""

from .formats import FORMATS, read_records, write_records
from .importer import ImportReport, export_catalog, import_catalog, validate_import
from .jobs import export_file_job, import_file_job

__all__ = ["FORMATS", "ImportReport", "export_catalog", "export_file_job", "import_catalog", "import_file_job",
           "read_records", "validate_import", "write_records"]
