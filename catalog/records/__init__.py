"""The catalog's records: their schema, the two databases, the shipped catalog, editing, browsing, search,
statistics and checks, the taxonomy, and import/export of catalog files.

This package is the only place that writes SQL (``_database.py``, ``_store.py``, ``_workspace.py``); every
other package reads and writes records through :class:`CatalogStore` and :class:`WorkspaceStore`.
"""

from catalog._lazy import lazy_face

__getattr__, __dir__, __all__ = lazy_face(__name__, {
    "._checkers": ("COUNTRY_PATTERN", "ID_PATTERN", "string"),
    "._schema": ("CERTIFICATION_STATUSES", "DEPLOYMENT_MODES", "EEA_COUNTRIES", "EU_COUNTRIES", "KIND_ORDER", "KINDS",
                 "LANGUAGE_PATTERN", "MARKETPLACE_KINDS", "OFFERING_KINDS", "PLURALS", "PRICE_UNITS", "PRICING_MODELS",
                 "PROGRAMME_KINDS", "PROGRAMME_STATUSES", "REGION_PATTERN", "SINGULARS", "SIZE_CLASSES",
                 "SME_SIZE_CLASSES", "STAGES", "expand_area", "field_names", "scalar_type", "validate_record"),
    "._database": ("CATALOG_DB", "CATALOG_MIGRATIONS", "WORKSPACE_DB", "WORKSPACE_MIGRATIONS", "dumps", "now_iso",
                   "record_hash"),
    "._store": ("CatalogStore",),
    "._workspace": ("WorkspaceStore",),
    "._seed": ("SyncReport", "load_shipped", "read_json_file", "sync_shipped"),
    "._taxonomy": ("Concept", "Taxonomy", "load_taxonomy", "shipped_taxonomy"),
    "._editing": ("FormField", "form_fields", "form_values", "record_from_form", "save_record"),
    "._browse": ("BrowseFilters", "BrowseResult", "CatalogBrowser"),
    "._browse_read": ("BrowseData", "BrowseRow", "Interner", "browse_job", "prepare_browse"),
    "._search": ("Hit", "SearchIndex", "fts_query", "name_score", "search"),
    "._stats": ("catalog_stats", "check_catalog"),
    "._io": ("FORMATS", "ImportReport", "export_catalog", "export_file_job", "import_catalog", "import_file_job",
             "read_records", "validate_import", "write_records"),
})
