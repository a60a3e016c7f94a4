"""Files the user gives or receives: written atomically (temporary file, then rename), spreadsheet cells
that can never run as formulas, and hand-written JSON profiles read with every problem named by field.
"""

from catalog._lazy import lazy_face

__getattr__, __dir__, __all__ = lazy_face(__name__, {
    "._atomic": ("atomic_path", "write_text_atomic"),
    "._xlsxsafe": ("check_xlsx_archive", "csv_escape", "csv_unescape", "is_risky", "set_text"),
    "._json_check": ("Checker", "check_schema", "read_object", "show", "type_name"),
})
