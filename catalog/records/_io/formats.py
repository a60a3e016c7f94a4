"""Reading and writing catalog records as JSON, CSV (UTF-8, with or without BOM, comma or
semicolon) and XLSX. The format follows the file extension.

Tabular layout (CSV and XLSX): one row per record, a ``record_type`` column (organisation,
offering, ...), one column per field. Lists and objects are JSON text in their cell; an empty cell
is "unknown". XLSX uses one sheet per record kind. Every writer goes through a temporary file.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from catalog.errors import FileFormatError, Problem, UserInputError
from catalog.files import atomic_path, check_xlsx_archive, csv_escape, csv_unescape, set_text

from .._schema import KINDS, PLURALS, SINGULARS, field_names, scalar_type
from .._seed import SCHEMA, read_json_file

FORMATS = (".json", ".csv", ".xlsx")
#: rows in one tabular import; a catalog of a million records is a mistake, not a catalog
MAX_ROWS = 1_000_000


@dataclass
class RawRecord:
    kind: str
    data: dict
    file: str
    row: int


def file_format(path: Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise UserInputError(f"{path}: unsupported file type {suffix or '(none)'!r}; use .json, .csv or .xlsx")
    return suffix


def read_records(path: Path | str) -> tuple[list[RawRecord], list[Problem]]:
    """Read every record of a catalog file. Returns the records and the problems found while decoding cells.

    Raises :class:`FileFormatError` when the file cannot be read at all.
    """
    path = Path(path)
    fmt = file_format(path)
    if not path.exists():
        raise UserInputError(f"{path}: no such file")
    if fmt == ".json":
        return _read_json(path), []
    if fmt == ".csv":
        return _read_csv(path)
    return _read_xlsx(path)


def _read_json(path: Path) -> list[RawRecord]:
    data = read_json_file(path)
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise FileFormatError(f"{path}: expected a JSON object with \"schema\": \"{SCHEMA}\"")
    unknown = sorted(set(data) - {"schema", "version", "released_on", *PLURALS.values()})
    if unknown:
        raise FileFormatError(f"{path}: unknown section(s) {', '.join(unknown)}; "
                              f"expected {', '.join(PLURALS.values())}")
    out = []
    for kind, plural in PLURALS.items():
        items = data.get(plural, [])
        if not isinstance(items, list):
            raise FileFormatError(f"{path}: \"{plural}\" must be a list")
        out.extend(RawRecord(kind, item, path.name, row) for row, item in enumerate(items, start=1))
    return out


def _decode_cell(kind: str, name: str, value, *, file: str, row: int, problems: list[Problem], escaped: bool):
    """Turn one tabular cell into the JSON value of field ``name``; ``_MISSING`` for an empty cell."""
    if value is None or (isinstance(value, str) and value.strip() == ""):
        return _MISSING
    typ = _SCALAR_TYPES[kind][name]
    where = dict(file=file, row=row, field=name)
    if typ == "str":
        if not isinstance(value, str):
            return str(value)
        return csv_unescape(value) if escaped else value
    if typ == "bool":
        if isinstance(value, bool):
            return value
        word = str(value).strip().lower()
        if word in ("true", "vrai", "yes", "oui", "1"):
            return True
        if word in ("false", "faux", "no", "non", "0"):
            return False
        problems.append(Problem(f"expected true or false, got {str(value)[:40]!r}", **where))
        return _MISSING
    if typ in ("int", "number"):
        if isinstance(value, bool):
            problems.append(Problem("expected a number, got true/false", **where))
            return _MISSING
        if isinstance(value, (int, float)):
            return value
        text = str(value).strip()
        if "," in text and "." not in text:
            text = text.replace(",", ".")  # a French spreadsheet's decimal comma
        try:
            if typ == "int" or _INTEGER.fullmatch(text):
                return int(text)
            return float(text)
        except ValueError:
            problems.append(Problem(f"expected a number, got {text[:40]!r}", **where))
            return _MISSING
    try:
        return json.loads(value, parse_constant=_no_constant) if isinstance(value, str) else value
    except (json.JSONDecodeError, ValueError) as e:
        problems.append(Problem(f"expected JSON text (a list or an object), could not read it: {e}", **where))
        return _MISSING


def _no_constant(name):
    raise ValueError(f"{name} is not allowed")


_MISSING = object()
#: one decoder for every JSON cell: json.loads with an option builds a new decoder per call
_JSON = json.JSONDecoder(parse_constant=_no_constant)
_INTEGER = re.compile(r"-?\d+")
#: kind -> field -> scalar type, looked up once per cell (searching the field list cost seconds per 100k rows)
_SCALAR_TYPES = {kind: {name: scalar_type(kind, name) for name in field_names(kind)} for kind in KINDS}


def _rows_to_records(header: list[str], rows, file: str, problems: list[Problem], *, first_row: int,
                     escaped: bool, default_kind: str | None = None) -> list[RawRecord]:
    header = [(h or "").strip() for h in header]
    if "id" not in header or ("record_type" not in header and default_kind is None):
        raise FileFormatError(f"{file}: the first row must name the columns, including record_type and id")
    out = []
    known = {kind: set(field_names(kind)) for kind in KINDS}
    # A row as long as the header is decoded by a plan made once per kind (which column holds which
    # field and how to decode it): looking every cell up by name cost more than decoding it. Other
    # rows (possible in XLSX) take the general path; tests prove both give the same records.
    width = len(header)
    column = dict(zip(header, range(width)))  # name -> its last column, as dict(zip(header, row)) keeps
    kind_column = column.pop("record_type", None)
    general_only = len(column) + (kind_column is not None) != width  # a repeated name hides cells
    plans: dict[str, _Plan] = {}
    for offset, row in enumerate(rows):
        number = first_row + offset
        if number - first_row >= MAX_ROWS:
            raise FileFormatError(f"{file}: more than {MAX_ROWS:,} rows")
        record = None
        if not general_only and len(row) == width:
            kind = default_kind
            if kind_column is not None:
                kind = (str(row[kind_column] or "")).strip().lower()
                kind = SINGULARS.get(kind, kind)
            plan = plans.get(kind) if kind in KINDS else None
            if plan is None and kind in KINDS:
                plan = plans[kind] = _Plan(kind, column, escaped)
            if plan is not None:
                decoded = plan.decode(row, file, number, problems)
                if decoded is not None:
                    record = RawRecord(kind, decoded, file, number)
        if record is None:
            record = _row_to_record(header, row, file, number, problems, known, escaped, default_kind)
        if record is not None:
            out.append(record)
    return out


class _Plan:
    """How rows of one kind are decoded: the column and scalar type of each of its fields, and the
    columns of other kinds' fields (which must be empty)."""

    def __init__(self, kind: str, column: dict[str, int], escaped: bool):
        fields = set(field_names(kind))
        self.kind, self.escaped = kind, escaped
        self.known = [(name, index, _SCALAR_TYPES[kind][name]) for name, index in column.items()
                      if name and name in fields]
        self.other = [index for name, index in column.items() if name and name not in fields]

    def decode(self, row, file: str, number: int, problems: list[Problem]) -> dict | None:
        """The row's record, or None when the row needs the general path (a cell in a column of
        another kind, or a blank row), which words every problem in column order."""
        for index in self.other:
            value = row[index]
            if value is not None and value != "":
                return None
        record = {}
        problems_before = len(problems)
        for name, index, typ in self.known:
            value = row[index]
            if value is None or value == "":
                continue
            if value.__class__ is str:
                if typ is None:
                    if not value.startswith("\ufeff"):
                        try:
                            record[name] = _JSON.decode(value)
                            continue
                        except (json.JSONDecodeError, ValueError):
                            pass  # the general decoder below words the problem
                elif typ == "str":
                    if value.strip():
                        record[name] = csv_unescape(value) if self.escaped else value
                    continue
            decoded = _decode_cell(self.kind, name, value, file=file, row=number, problems=problems,
                                   escaped=self.escaped)
            if decoded is not _MISSING:
                record[name] = decoded
        if not record and len(problems) == problems_before:
            return None  # perhaps a blank row, which the general path skips
        return record


def _row_to_record(header: list[str], row, file: str, number: int, problems: list[Problem], known: dict,
                   escaped: bool, default_kind: str | None) -> RawRecord | None:
    """The general path: one row of any length, cells looked up by column name."""
    cells = dict(zip(header, row))
    if all(v is None or (isinstance(v, str) and not v.strip()) for v in cells.values()):
        return None
    kind = default_kind
    if "record_type" in cells:
        kind = (str(cells.pop("record_type") or "")).strip().lower()
        kind = SINGULARS.get(kind, kind)
    if kind not in KINDS:
        problems.append(Problem(f"unknown record_type {kind!r}; expected one of {', '.join(KINDS)}",
                                file=file, row=number, field="record_type"))
        return None
    record = {}
    for name, value in cells.items():
        if not name:
            continue
        if name not in known[kind]:
            if value not in (None, "") and not (isinstance(value, str) and not value.strip()):
                problems.append(Problem(f"a {kind} has no field {name!r}", file=file, row=number, field=name))
            continue
        decoded = _decode_cell(kind, name, value, file=file, row=number, problems=problems, escaped=escaped)
        if decoded is not _MISSING:
            record[name] = decoded
    return RawRecord(kind, record, file, number)


def _read_csv(path: Path) -> tuple[list[RawRecord], list[Problem]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise FileFormatError(f"{path}: not UTF-8 text (byte {e.start}); save the file as CSV UTF-8") from e
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as e:
        raise FileFormatError(f"{path}: malformed CSV ({e}); the file may be truncated") from e
    if not rows:
        raise FileFormatError(f"{path}: the file is empty")
    problems: list[Problem] = []
    width = len(rows[0])
    for number, row in enumerate(rows[1:], start=2):
        if row and len(row) != width:
            problems.append(Problem(f"has {len(row)} cells but the header has {width}; the file may be truncated",
                                    file=path.name, row=number))
    if problems:
        return [], problems
    return _rows_to_records(rows[0], rows[1:], path.name, problems, first_row=2, escaped=True), problems


def _read_xlsx(path: Path) -> tuple[list[RawRecord], list[Problem]]:
    check_xlsx_archive(path)
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many types for damaged files
        raise FileFormatError(f"{path}: cannot read this workbook ({type(e).__name__}: {e})") from e
    problems: list[Problem] = []
    out: list[RawRecord] = []
    try:
        for sheet in workbook.worksheets:
            kind = SINGULARS.get(sheet.title.strip().lower())
            rows = sheet.iter_rows(values_only=True)
            header = next(rows, None)
            if header is None:
                continue
            out.extend(_rows_to_records(list(header), rows, f"{path.name} [{sheet.title}]", problems,
                                        first_row=2, escaped=False, default_kind=kind))
    finally:
        workbook.close()
    return out, problems


# ------------------------------------------------------------------ writing

def write_records(path: Path | str, records: dict[str, list[dict]], *, meta: dict | None = None) -> None:
    """Write canonical records (kind -> list) to ``path`` in the format of its extension."""
    path = Path(path)
    fmt = file_format(path)
    ordered = {kind: sorted(records.get(kind, []), key=lambda r: r["id"]) for kind in KINDS}
    with atomic_path(path) as tmp:
        if fmt == ".json":
            doc = {"schema": SCHEMA, **(meta or {})}
            doc.update({PLURALS[kind]: ordered[kind] for kind in KINDS})
            tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n", encoding="utf-8")
        elif fmt == ".csv":
            _write_csv(tmp, ordered)
        else:
            _write_xlsx(tmp, ordered)


def _columns() -> list[str]:
    columns = ["record_type"]
    for kind in KINDS:
        for name in field_names(kind):
            if name not in columns:
                columns.append(name)
    return columns


def _encode_cell(kind: str, name: str, value) -> str:
    if value is None:
        return ""
    typ = _SCALAR_TYPES[kind][name]
    if typ == "bool":
        return "true" if value else "false"
    if typ in ("int", "number"):
        return repr(value) if isinstance(value, float) else str(value)
    if typ == "str":
        return csv_escape(value)
    if value == []:
        return ""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _write_csv(tmp: Path, ordered: dict[str, list[dict]]) -> None:
    columns = _columns()
    with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for kind in KINDS:
            names = set(field_names(kind))
            for record in ordered[kind]:
                writer.writerow([kind if c == "record_type" else _encode_cell(kind, c, record.get(c))
                                 if c in names else "" for c in columns])


def _write_xlsx(tmp: Path, ordered: dict[str, list[dict]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    for kind in KINDS:
        sheet = workbook.create_sheet(PLURALS[kind])
        names = field_names(kind)
        sheet.freeze_panes = "B2"
        sheet.append(names)
        for record in ordered[kind]:
            row = []
            for name in names:
                value = record.get(name)
                typ = _SCALAR_TYPES[kind][name]
                if value is None or value == []:
                    row.append(None)
                elif typ in ("bool", "int", "number"):
                    row.append(value)
                else:
                    cell = WriteOnlyCell(sheet)
                    set_text(cell, value if typ == "str" else _encode_cell(kind, name, value))
                    row.append(cell)
            sheet.append(row)
    workbook.save(tmp)
