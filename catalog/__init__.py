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
from .profiles import (
    BuyerProfile,
    CompanyProfile,
    load_buyer_profile,
    load_company_profile,
    parse_buyer_profile,
    parse_company_profile,
    save_buyer_profile,
    save_company_profile,
)
from .programmes import ProgrammeMatch, match_programmes
from .quotas import build_shortlist, candidates_from_ranking, evaluate_shortlist, parse_rules
from .scoring import CRITERIA, Exclusion, Ranking, ScoredOffering, rank_offerings
from .search import Hit, SearchIndex, search
from .seed import load_shipped, sync_shipped
from .session import Session, open_catalog, open_session, rebuild_catalog
from .shortlists import list_shortlists, load_shortlist, save_shortlist, set_decision
from .stats import catalog_stats, check_catalog
from .store import CatalogStore, WorkspaceStore

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
