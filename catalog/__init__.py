"""Vivier's domain core: the sourced catalog, search, matching, quotas and the tender workbook.

Pure Python: this package never imports Qt or ``desktop`` (an import-linter contract enforces it).
Its features are packages, each offering its API from its ``__init__`` (``catalog.records``,
``catalog.buyer``, ``catalog.quotas``, ``catalog.workbook``, ``catalog.sme``, ``catalog.online``,
``catalog.files``) or from named modules (``catalog.text``); ``docs/architecture.md`` is the map.
This facade gathers the names most scripts need. Nothing is imported until a name is used.
"""

from catalog._lazy import lazy_face

__version__ = "0.1.0"

__getattr__, __dir__, __all__ = lazy_face(__name__, {
    ".errors": ("CatalogError", "CorruptDatabase", "DataFolderError", "FileFormatError", "NewerSchemaError",
                "Problem", "RecordNotFound", "UserInputError", "ValidationError"),
    ".paths": ("default_data_dir", "resource_path"),
    ".session": ("Session", "open_catalog", "open_session", "rebuild_catalog"),
    ".records": ("CatalogStore", "Hit", "ImportReport", "SearchIndex", "WorkspaceStore", "catalog_stats",
                 "check_catalog", "export_catalog", "import_catalog", "load_shipped", "search", "sync_shipped"),
    ".buyer": ("CRITERIA", "BuyerProfile", "Exclusion", "Ranking", "ScoredOffering", "buyer_pass",
               "load_buyer_profile", "parse_buyer_profile", "rank_offerings", "save_buyer_profile"),
    ".sme": ("CompanyProfile", "ProgrammeMatch", "load_company_profile", "match_programmes", "parse_company_profile",
             "save_company_profile"),
    ".quotas": ("build_shortlist", "candidates_from_ranking", "evaluate_shortlist", "list_shortlists",
                "load_shortlist", "parse_rules", "save_shortlist", "set_decision"),
})
__all__ += ["__version__"]
