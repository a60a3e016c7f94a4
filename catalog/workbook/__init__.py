"""The tender workbook: writing it (``_export``: the Shortlist and Weights sheets; ``_sheets``: Grid,
Excluded, Quotas, Sources, Profile), the data it shows (``_data``), the sheet writer (``_writer``) and
its streamed-XML rows (``_rows``), and reading the evaluators' decisions back (``_decisions``). Its texts
are in :mod:`catalog.text.workbook`.
"""

from catalog._lazy import lazy_face

__getattr__, __dir__, __all__ = lazy_face(__name__, {
    "._export": ("TenderExport", "WorkbookExport", "build_workbook", "check_workbook_target", "export_tender",
                 "export_workbook"),
    "._writer": ("total_formula",),
    "._jobs": ("export_workbook_job",),
    "._decisions": ("DecisionRow", "import_decisions", "read_decisions"),
})
