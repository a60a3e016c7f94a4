"""Reading evaluators' decisions back from a tender workbook Vivier exported.

Evaluators fill the Decision and Notes columns of the Shortlist sheet in Excel or LibreOffice;
:func:`read_decisions` checks that the file is a Vivier export (its hidden ``vivier`` sheet), finds
the columns by their headers (so inserted or moved columns do not matter), and returns one
:class:`DecisionRow` per readable row plus a :class:`Problem` for every row it cannot use (unknown
decision, missing offering id). Decisions are accepted in French or English, without regard to case
or accents. The archive is checked before openpyxl reads it (zip bombs, damaged files).

:func:`apply_decisions` writes what was read into the saved shortlist the workbook was exported from
(checked by its id and creation time), every change in one transaction with its audit entry;
:func:`import_decisions` does both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook

from catalog.errors import FileFormatError, Problem, UserInputError, ValidationError
from catalog.files import check_xlsx_archive
from catalog.quotas import MAX_NOTES, load_shortlist, set_decision
from catalog.records import WorkspaceStore
from catalog.text.folding import fold_words
from catalog.text.labels import DECISIONS, UNDECIDED
from catalog.text.workbook import TEXTS

from ._sheets import METADATA_SHEET, WORKBOOK_FORMAT

#: a shortlist holds at most 100 offerings (profiles.MAX_SHORTLIST); more rows means this is not one
MAX_ROWS = 1_000
#: the hidden sheet holds about ten keys; a few more leave room for later versions
MAX_METADATA_ROWS = 50

_DECISION_WORDS = {fold_words(TEXTS[f"decision.{d}"][lang]): d for d in DECISIONS for lang in ("fr", "en")}
_DECISION_WORDS.update({fold_words(d): d for d in DECISIONS})


@dataclass(frozen=True)
class DecisionRow:
    row: int
    offering_id: str
    decision: str
    notes: str


@dataclass
class WorkbookDecisions:
    """What a workbook says: which stored shortlist it came from, and its rows."""

    path: Path
    shortlist_id: int | None
    shortlist_created_at: str | None
    rows: list[DecisionRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def read_decisions(path: Path | str) -> WorkbookDecisions:
    """Read the Decision and Notes columns of a tender workbook.

    Raises :class:`FileFormatError` when the file cannot be read, is not a workbook Vivier exported,
    or has lost its Shortlist sheet or one of its key columns. Rows it cannot use are returned in
    ``problems`` (each naming the sheet row), not raised, so the good rows can still be imported.
    """
    path = Path(path)
    if not path.is_file():
        raise FileFormatError(f"cannot read {path}: no such file")
    check_xlsx_archive(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many types for a damaged file; the user needs one message
        raise FileFormatError(f"{path}: not a readable .xlsx workbook ({type(e).__name__}: {e})") from e
    try:
        meta = _metadata(wb, path)
        sheet_name = meta.get("shortlist_sheet")
        if not sheet_name or sheet_name not in wb.sheetnames:
            raise FileFormatError(f"{path}: the shortlist sheet {sheet_name!r} is missing; "
                                  "was it renamed or deleted?")
        language = meta.get("language") if meta.get("language") in ("fr", "en") else "en"
        result = WorkbookDecisions(path=path, shortlist_id=_shortlist_id(meta, path),
                                   shortlist_created_at=meta.get("shortlist_created_at"))
        _read_rows(wb[sheet_name], sheet_name, language, path, result)
        return result
    finally:
        wb.close()


def _metadata(wb, path: Path) -> dict:
    if METADATA_SHEET not in wb.sheetnames:
        raise FileFormatError(f"{path}: this workbook was not exported by Vivier (its hidden "
                              f"{METADATA_SHEET!r} sheet is missing), so its decisions cannot be matched")
    meta = {}
    for row in wb[METADATA_SHEET].iter_rows(max_row=MAX_METADATA_ROWS, max_col=2, values_only=True):
        if row and isinstance(row[0], str):
            meta[row[0]] = row[1] if len(row) > 1 else None
    if meta.get("format") != WORKBOOK_FORMAT:
        raise FileFormatError(f"{path}: unknown workbook format {meta.get('format')!r}; "
                              f"expected {WORKBOOK_FORMAT!r} (was it exported by another Vivier version?)")
    return meta


def _shortlist_id(meta: dict, path: Path) -> int | None:
    value = meta.get("shortlist_id")
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool):
        raise FileFormatError(f"{path}: the shortlist id {value!r} in the hidden {METADATA_SHEET!r} sheet is damaged")
    return value


def _read_rows(ws, sheet_name: str, language: str, path: Path, result: WorkbookDecisions) -> None:
    rows = ws.iter_rows(max_row=MAX_ROWS + 1, values_only=True)
    header = next(rows, None) or ()
    wanted = {key: TEXTS[key][language] for key in ("col.offering_id", "col.decision", "col.notes")}
    where = {}
    for key, title in wanted.items():
        if title not in header:
            raise FileFormatError(f"{path}, sheet {sheet_name!r}: the column {title!r} is missing from row 1")
        where[key] = header.index(title)
    for number, row in enumerate(rows, start=2):
        if number > MAX_ROWS + 1:
            raise FileFormatError(f"{path}, sheet {sheet_name!r}: more than {MAX_ROWS} rows; not a shortlist")
        values = {key: (row[i] if i < len(row) else None) for key, i in where.items()}
        if all(v in (None, "") for v in values.values()):
            continue
        offering_id = values["col.offering_id"]
        if not isinstance(offering_id, str) or not offering_id.strip():
            result.problems.append(Problem("the offering id is empty, so the row cannot be matched",
                                           file=str(path), row=number, field=wanted["col.offering_id"]))
            continue
        raw = values["col.decision"]
        decision = UNDECIDED if raw in (None, "") else _DECISION_WORDS.get(fold_words(str(raw)))
        if decision is None:
            choices = ", ".join(TEXTS[f"decision.{d}"][language] for d in DECISIONS)
            result.problems.append(Problem(f"unknown decision {str(raw)[:60]!r}; expected one of {choices}",
                                           file=str(path), row=number, field=wanted["col.decision"],
                                           record_id=offering_id))
            continue
        notes = values["col.notes"]
        result.rows.append(DecisionRow(row=number, offering_id=offering_id.strip(), decision=decision,
                                       notes="" if notes is None else str(notes)))


@dataclass(frozen=True)
class DecisionChange:
    """One item a workbook changed: its sheet row, and the decision and notes before and after."""

    row: int
    offering_id: str
    decision_before: str
    decision: str
    notes_before: str
    notes: str


@dataclass
class DecisionImport:
    """What :func:`apply_decisions` did to one saved shortlist."""

    path: Path
    shortlist_id: int
    shortlist_name: str
    changed: list[DecisionChange]
    #: rows that matched an item and already said what the shortlist holds
    unchanged: int
    #: rows not applied, each naming its sheet row (the other rows were applied)
    problems: list[Problem]
    #: items of the saved shortlist that no row of the workbook mentions (left as they were)
    missing: list[str]

    def to_json(self) -> dict:
        return {"file": str(self.path), "shortlist_id": self.shortlist_id, "shortlist_name": self.shortlist_name,
                "changed": [vars(c) for c in self.changed], "unchanged": self.unchanged,
                "problems": [{"row": p.row, "offering_id": p.record_id, "field": p.field, "message": p.message}
                             for p in self.problems],
                "missing": self.missing}


def apply_decisions(workspace: WorkspaceStore, read: WorkbookDecisions, *, who: str) -> DecisionImport:
    """Write the decisions and notes ``read`` from a workbook into the saved shortlist it came from.

    The workbook must name a saved shortlist of this workspace with the same creation time (a
    workbook from another workspace, or from a shortlist since deleted and its id reused, is
    refused). Rows that name an offering the shortlist does not hold, that repeat an offering with a
    different decision or notes, or whose notes are too long, are not applied and join
    ``read.problems`` in the result, sorted by row; every other row is applied, all in one
    transaction with one audit entry per changed item (``who`` is recorded). Applying the same
    workbook twice changes nothing the second time.

    Raises :class:`UserInputError` when the workbook holds no saved shortlist or a different one,
    :class:`~catalog.quotas._saved.ShortlistNotFound` when its shortlist is not in this workspace,
    :class:`ValidationError` for an empty ``who``.
    """
    where = str(read.path)
    if not isinstance(who, str) or not who.strip():
        raise ValidationError([Problem("is required: who imports the decisions (kept in the audit log)",
                                       field="who")], summary="cannot import the decisions")
    if read.shortlist_id is None:
        raise UserInputError(f"{where}: this workbook was exported without a saved shortlist (none met the "
                             "quota rules, or it was exported before being saved), so its decisions have "
                             "nowhere to go")
    stored = load_shortlist(workspace, read.shortlist_id)
    if read.shortlist_created_at != stored.created_at:
        raise UserInputError(f"{where}: this workbook shows shortlist {read.shortlist_id} created at "
                             f"{read.shortlist_created_at}, but this workspace's shortlist {stored.id} "
                             f"({stored.name!r}) was created at {stored.created_at}: it comes from another "
                             "workspace, so its decisions were not imported")
    items = {item.offering_id: item for item in stored.items}
    planned, problems = _rows_to_apply(read, items, f"{stored.name!r} (id {stored.id})")
    changed, unchanged = [], 0
    with workspace.transaction():
        for row in sorted(planned, key=lambda r: r.row):
            before = items[row.offering_id]
            if (before.decision, before.notes) == (row.decision, row.notes):
                unchanged += 1
                continue
            set_decision(workspace, stored.id, row.offering_id, who=who, decision=row.decision, notes=row.notes)
            changed.append(DecisionChange(row=row.row, offering_id=row.offering_id, decision_before=before.decision,
                                          decision=row.decision, notes_before=before.notes, notes=row.notes))
    mentioned = {row.offering_id for row in read.rows} | {p.record_id for p in read.problems}
    return DecisionImport(path=read.path, shortlist_id=stored.id, shortlist_name=stored.name, changed=changed,
                          unchanged=unchanged, problems=sorted(problems, key=lambda p: (p.row or 0)),
                          missing=[oid for oid in items if oid not in mentioned])


def _rows_to_apply(read: WorkbookDecisions, items: dict, shortlist: str) -> tuple[list[DecisionRow], list[Problem]]:
    """The rows of ``read`` to apply (one per offering) and the problems: ``read.problems``, then a
    :class:`Problem` for each row whose offering is not in ``items`` (the items of the ``shortlist``
    named), whose notes are too long, or whose offering appears on an earlier row with another
    decision or notes (neither row is applied)."""
    where = str(read.path)
    problems = list(read.problems)
    by_offering: dict[str, list[DecisionRow]] = {}
    for row in read.rows:
        if row.offering_id not in items:
            problems.append(Problem(f"the offering {row.offering_id!r} is not in the shortlist {shortlist}, so "
                                    "the row cannot be matched", file=where, row=row.row, record_id=row.offering_id))
        elif len(row.notes) > MAX_NOTES:
            problems.append(Problem(f"the notes are longer than {MAX_NOTES:,} characters", file=where, row=row.row,
                                    record_id=row.offering_id))
        else:
            by_offering.setdefault(row.offering_id, []).append(row)
    planned = []
    for offering_id, rows in by_offering.items():
        if len({(r.decision, r.notes) for r in rows}) > 1:
            first = rows[0].row
            problems += [Problem(f"the offering also appears on row {first} with another decision or notes; "
                                 "neither row was applied", file=where, row=r.row, record_id=offering_id)
                         for r in rows[1:]]
        else:
            planned.append(rows[0])
    return planned, problems


def import_decisions(workspace: WorkspaceStore, path: Path | str, *, who: str) -> DecisionImport:
    """Read a tender workbook's decisions (:func:`read_decisions`) and apply them (:func:`apply_decisions`).

    Raises what both raise: :class:`FileFormatError` for a file that is not a Vivier workbook.
    """
    return apply_decisions(workspace, read_decisions(path), who=who)
