"""Spreadsheet safety shared by every XLSX/CSV writer and reader.

OWASP CSV/formula injection: a cell that comes from data and starts with ``=``, ``+``, ``-``, ``@``,
tab, CR or LF must never become a formula. In XLSX we write it as an inline string with
``quotePrefix`` (the text survives if a user edits the cell); in CSV we prefix a ``'`` that our
reader removes again, so round trips stay exact.

Reading: openpyxl is not a zip-bomb defence (even ``read_only=True`` parses a whole sheet when its
``<dimension>`` is missing: a 1 MB file held 320 MB of XML and 4 million rows when measured), so
:func:`check_xlsx_archive` refuses archives that expand too much before ``load_workbook`` sees them.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from catalog.errors import FileFormatError

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
#: a catalog or tender workbook is a few MB uncompressed; 200 MB is far beyond any real one
MAX_UNCOMPRESSED = 200 * 1024 * 1024
#: XML compresses ~10-20x; 100x is the signature of a zip bomb
MAX_RATIO = 100
MAX_MEMBERS = 2_000


def is_risky(text: str) -> bool:
    return text.startswith(TRIGGERS)


def csv_escape(text: str) -> str:
    """Prefix ``'`` to text a spreadsheet would run as a formula (and to text already starting with ``'``)."""
    if text.startswith(TRIGGERS) or text.startswith("'"):
        return "'" + text
    return text


def csv_unescape(text: str) -> str:
    """Undo :func:`csv_escape`."""
    if len(text) > 1 and text[0] == "'" and (text[1] in TRIGGERS or text[1] == "'"):
        return text[1:]
    return text


def set_text(cell, text: str) -> None:
    """Store ``text`` in an openpyxl cell as literal text, never as a formula."""
    cell.value = text
    cell.data_type = "s"
    if is_risky(text):
        cell.quotePrefix = True


def check_xlsx_archive(path: Path) -> None:
    """Refuse files that are not XLSX archives or that would expand dangerously."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as e:
        raise FileFormatError(f"{path}: not a valid .xlsx file (it may be truncated or damaged)") from e
    if len(members) > MAX_MEMBERS:
        raise FileFormatError(f"{path}: the workbook has too many parts ({len(members)}) to be read safely")
    total = sum(m.file_size for m in members)
    if total > MAX_UNCOMPRESSED:
        raise FileFormatError(f"{path}: the workbook expands to {total // (1024 * 1024)} MB, too large to read safely")
    for m in members:
        if m.compress_size and m.file_size / m.compress_size > MAX_RATIO and m.file_size > 10 * 1024 * 1024:
            raise FileFormatError(f"{path}: the part {m.filename} is compressed suspiciously well (zip bomb?)")
