"""Vivier's domain core: the sourced catalog, search, matching, quotas and the tender workbook.

Pure Python: this package never imports Qt or ``desktop`` (an import-linter contract enforces it).
"""

import importlib

# The public API is loaded on first use (PEP 562): the command line and the app start faster when a
# run never needs, say, the workbook writer or the keychain.
_EXPORTS = {
    "CatalogError": ".errors",
    "CorruptDatabase": ".errors",
    "DataFolderError": ".errors",
    "FileFormatError": ".errors",
    "NewerSchemaError": ".errors",
    "Problem": ".errors",
    "RecordNotFound": ".errors",
    "UserInputError": ".errors",
    "ValidationError": ".errors",
    "ImportReport": ".io",
    "export_catalog": ".io",
    "import_catalog": ".io",
    "Listing": ".model",
    "Marketplace": ".model",
    "Offering": ".model",
    "Organisation": ".model",
    "Programme": ".model",
    "Source": ".model",
    "entity": ".model",
    "default_data_dir": ".paths",
    "resource_path": ".paths",
    "BuyerProfile": ".profiles",
    "CompanyProfile": ".profiles",
    "load_buyer_profile": ".profiles",
    "load_company_profile": ".profiles",
    "parse_buyer_profile": ".profiles",
    "parse_company_profile": ".profiles",
    "save_buyer_profile": ".profiles",
    "save_company_profile": ".profiles",
    "ProgrammeMatch": ".programmes",
    "match_programmes": ".programmes",
    "build_shortlist": ".quotas",
    "candidates_from_ranking": ".quotas",
    "evaluate_shortlist": ".quotas",
    "parse_rules": ".quotas",
    "CRITERIA": ".scoring",
    "Exclusion": ".scoring",
    "Ranking": ".scoring",
    "ScoredOffering": ".scoring",
    "rank_offerings": ".scoring",
    "load_shipped": ".seed",
    "sync_shipped": ".seed",
    "Session": ".session",
    "open_catalog": ".session",
    "open_session": ".session",
    "rebuild_catalog": ".session",
    "list_shortlists": ".shortlists",
    "load_shortlist": ".shortlists",
    "save_shortlist": ".shortlists",
    "set_decision": ".shortlists",
    "catalog_stats": ".stats",
    "check_catalog": ".stats",
    "CatalogStore": ".store",
    "WorkspaceStore": ".store",
}


# ``search`` is both a function and a submodule: importing the submodule binds the module to
# ``catalog.search``, so the function must be bound here, after that import, once and for all.
from .search import Hit, SearchIndex, search  # noqa: E402


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'catalog' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted([*globals(), *_EXPORTS])


__version__ = "0.1.0"

__all__ = [
    "CRITERIA", "BuyerProfile", "CatalogError", "CatalogStore", "CompanyProfile", "CorruptDatabase",
    "DataFolderError", "Exclusion", "FileFormatError", "Hit", "ImportReport", "Listing", "Marketplace",
    "NewerSchemaError", "Offering", "Organisation", "Problem", "Programme", "ProgrammeMatch", "Ranking",
    "RecordNotFound", "ScoredOffering", "SearchIndex", "Session", "Source", "UserInputError", "ValidationError",
    "WorkspaceStore", "build_shortlist", "candidates_from_ranking", "catalog_stats", "check_catalog",
    "default_data_dir", "entity", "evaluate_shortlist", "export_catalog", "import_catalog", "list_shortlists",
    "load_buyer_profile", "load_company_profile", "load_shipped", "load_shortlist", "match_programmes",
    "open_catalog", "open_session", "parse_buyer_profile", "parse_company_profile", "parse_rules",
    "rank_offerings", "rebuild_catalog", "resource_path", "save_buyer_profile", "save_company_profile",
    "save_shortlist", "search", "set_decision", "sync_shipped", "__version__",
]
