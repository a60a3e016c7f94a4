"""Exporting a company's matched programmes (eligibility, reasons, benefits, deadlines) as CSV or XLSX."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from catalog.errors import UserInputError
from catalog.files import atomic_path, csv_escape, set_text
from catalog.text.messages import label
from catalog.text.programmes import EXPORT_COLUMNS, PROGRAMME_KIND_LABELS, YES_NO

from ._company import CompanyProfile
from ._matching import ProgrammeMatch


def _row(match: ProgrammeMatch, language: str) -> list:
    yes, no = YES_NO[language]
    deadline = match.next_deadline
    kind = PROGRAMME_KIND_LABELS.get(match.kind, {}).get(language, match.kind)
    status = label("pstatus", match.status, language)
    sources = "\n".join(f"{s.get('title', '')} — {s.get('url', '')} ({s.get('seen_on', '')})" for s in match.sources)
    return [match.name, kind, status, yes if match.eligible else no, round(match.score, 1), "; ".join(match.reasons),
            match.description, match.eligibility, match.benefits.get("summary", ""),
            match.benefits.get("max_amount_eur"),
            f"{deadline['date']} {deadline['label']}" if deadline else "", match.url or "", sources,
            match.programme_id]


def export_programme_matches(path: Path | str, company: CompanyProfile, matches: Sequence[ProgrammeMatch]) -> int:
    """Write ``matches`` to ``path`` (.csv or .xlsx) in the company profile's language; return the row count.

    Text from the catalog is written as text, never as a formula. Raises :class:`UserInputError` for
    another extension or an unwritable path; an existing file is replaced only on success.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise UserInputError(f"{path}: the programme list must be a .csv or .xlsx file")
    language = company.language
    rows = [_row(m, language) for m in matches]
    try:
        with atomic_path(path) as tmp:
            if suffix == ".csv":
                with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
                    writer = csv.writer(handle)
                    writer.writerow(EXPORT_COLUMNS[language])
                    for row in rows:
                        writer.writerow(["" if v is None else csv_escape(v) if isinstance(v, str) else v for v in row])
            else:
                from openpyxl import Workbook

                workbook = Workbook()
                sheet = workbook.active
                sheet.title = "Programmes"
                sheet.append(list(EXPORT_COLUMNS[language]))
                link = EXPORT_COLUMNS[language].index("Lien" if language == "fr" else "Link") + 1
                for r, row in enumerate(rows, start=2):
                    for c, value in enumerate(row, start=1):
                        cell = sheet.cell(row=r, column=c)
                        if isinstance(value, str):
                            set_text(cell, value)
                        else:
                            cell.value = value
                        if c == link and value:
                            cell.hyperlink = value
                for letter, width in zip("ABCDEFGHIJKLMN", (40, 26, 14, 9, 10, 60, 60, 50, 50, 14, 24, 40, 60, 24)):
                    sheet.column_dimensions[letter].width = width
                sheet.freeze_panes = "B2"
                workbook.save(tmp)
    except OSError as e:
        raise UserInputError(f"cannot write {path}: {e.strerror or e}") from e
    return len(rows)


__all__ = ["export_programme_matches"]
