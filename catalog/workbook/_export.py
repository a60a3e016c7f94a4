"""The tender workbook: a shortlist and its scoring grid as an Excel file that stays live when edited.

:func:`export_workbook` writes seven sheets in the profile's language (FR or EN):

- **Shortlist** — one row per shortlisted offering; each criterion's score (0–1), the total as a
  formula ``SUMPRODUCT(scores, Weights) / SUM(Weights) * 100`` over the named weight cells, a rank
  formula, a Decision column with a drop-down list, a Notes column, and one 1/0 column per quota rule
  (does this row count for the rule?) that the Quotas sheet's formulas read.
- **Weights** — the weights as a row of named cells (``Weights``, ``Weight_<criterion>``): a row
  vector, because ``SUMPRODUCT(row, column)`` fails in Excel without array entry. Editing one
  re-scores the Shortlist and the Grid. Also the price method, its parameters and what each method does.
- **Grid** — every scored candidate with its breakdown and the explanations.
- **Excluded** — every knocked-out candidate with its reasons.
- **Quotas** — each rule, its target, the live value (COUNTIF/SUMPRODUCT over the Shortlist's
  quota columns), met/not met by formula with conditional formatting, and the legal note.
- **Sources** — every catalog record used, with each source's URL and the date it was seen.
- **Profile** — the requirement profile, the catalog version and the export date.

A hidden ``vivier`` sheet identifies the file and the saved shortlist it shows, for
:func:`catalog.workbook._decisions.import_decisions`.

:func:`export_tender` is the whole command-line pass: rank, choose the optimal compliant shortlist,
keep it in the workspace and write its workbook, all or nothing.

openpyxl stores formulas without computed values (Excel and LibreOffice compute them on open), so the
score Vivier computed also sits in its own column for readers that do not calculate.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from catalog import __version__
from catalog.buyer import buyer_pass
from catalog.errors import UserInputError
from catalog.files import atomic_path
from catalog.quotas import ShortlistResult, check_rules_feasible_for_size, load_shortlist, save_shortlist
from catalog.text.labels import DECISIONS, UNDECIDED
from catalog.text.messages import text as message
from catalog.text.workbook import (
    CRITERION_LABELS,
    CRITERION_MEANINGS,
    PRICE_METHODS,
    PRICE_OPTIONS,
    label,
    text,
)

from ._data import Candidate, WorkbookData, collect_data
from ._sheets import (
    write_excluded,
    write_grid,
    write_metadata,
    write_profile,
    write_questions,
    write_quotas,
    write_sources,
)
from ._writer import Column, SheetWriter, Styles, lines_needed, size_label, total_formula, yes_no

WEIGHTS_NAME = "Weights"
FIRST_ROW = 2


@dataclass(frozen=True)
class WorkbookExport:
    """What :func:`export_workbook` wrote."""

    path: Path
    shortlist_rows: int
    grid_rows: int
    excluded_rows: int
    source_rows: int
    seconds: float


def export_workbook(path: Path | str, ranking, shortlist, profile, store, *, stored=None,
                    exported_at: datetime | None = None, short: tuple[int, str] | None = None) -> WorkbookExport:
    """Write the tender workbook for ``profile`` to ``path`` (an ``.xlsx`` file).

    ``ranking`` is :func:`catalog.buyer._ranking.rank_offerings`'s result, ``shortlist`` the
    :class:`~catalog.quotas.ShortlistResult` chosen from it, ``store`` the catalog store (for the
    listings, marketplaces and catalog version). ``stored`` is the saved shortlist
    (:func:`catalog.quotas._saved.load_shortlist`): its id goes into the file so decisions can be read back,
    and its decisions and notes fill those columns. ``exported_at`` defaults to now. ``short`` is
    :meth:`catalog.buyer.BuyerPass.short` (the Shortlist sheet says why the list is shorter than asked).

    The file is written beside ``path`` and renamed into place, so a failure leaves any existing
    file untouched. Raises :class:`UserInputError` when ``path`` is not an ``.xlsx`` name or cannot be
    written (missing folder, read-only, file open in another program).
    """
    started = time.perf_counter()
    path = check_workbook_target(path)
    data = collect_data(ranking, shortlist, profile, store, stored=stored,
                        exported_at=exported_at or datetime.now().replace(microsecond=0), short=short)
    with atomic_path(path) as tmp:
        wb = build_workbook(data)
        try:
            wb.save(tmp)
        except OSError as e:
            raise UserInputError(f"cannot write {path}: {e.strerror or e}") from e
    return WorkbookExport(path=path, shortlist_rows=len(data.shortlist), grid_rows=len(data.grid),
                          excluded_rows=len(data.excluded), source_rows=data.source_rows,
                          seconds=time.perf_counter() - started)


def check_workbook_target(path: Path | str) -> Path:
    """``path`` as a :class:`Path` if a workbook can be written there; checked before any work is done.

    Raises :class:`UserInputError` when ``path`` is a folder, does not end in ``.xlsx``, or its folder
    does not exist. Whether the folder is writable is only known when writing (see
    :func:`catalog.files._atomic.atomic_path`).
    """
    path = Path(path)
    if path.is_dir():
        raise UserInputError(f"{path} is a folder; give the workbook a file name, e.g. {path / 'tender.xlsx'}")
    if path.suffix.lower() != ".xlsx":
        raise UserInputError(f"{path}: the workbook file name must end in .xlsx")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserInputError(f"cannot write {path}: the folder {folder} does not exist")
    return path


@dataclass(frozen=True)
class TenderExport:
    """What :func:`export_tender` did: the shortlist chosen, the id it is kept under, the file written."""

    shortlist: ShortlistResult
    saved_id: int | None
    workbook: WorkbookExport


def export_tender(session, profile, path: Path | str, *, who: str, name: str | None = None,
                  size: int | None = None, source: str | None = None,
                  exported_at: datetime | None = None) -> TenderExport:
    """Rank ``profile``, choose its optimal compliant shortlist, keep it and write its tender workbook.

    ``session`` is an open :class:`catalog.session.Session`; ``size`` overrides the profile's
    ``shortlist_size``; the shortlist is kept in the workspace under ``name`` (default: the
    profile's name) with ``who`` in the audit log, and the workbook carries its id so
    :func:`catalog.workbook._decisions.import_decisions` can bring the evaluators' decisions back.

    All or nothing: the saved shortlist and the workbook are written in one workspace transaction,
    so a workbook that cannot be written leaves no saved shortlist behind (and no file, see
    :func:`export_workbook`).

    When no shortlist meets the profile's required quota rules, the workbook is still written,
    with an empty Shortlist sheet and the reason on the Quotas sheet, and nothing is saved
    (``saved_id`` is None). A procurement officer needs exactly that file to justify the situation
    and to decide which rule to relax: the Grid shows every eligible offering with its scores,
    Excluded every knocked-out one with its reasons, and the rule that blocks is named. Refusing
    would hide that record; the caller reports the failure (the command line exits 1).

    Raises :class:`UserInputError` for a bad target (see :func:`check_workbook_target`) or an
    unwritable one, :class:`ValidationError` for quota rules no shortlist of that size can meet,
    a capability word that matches nothing, or an empty ``who``.
    """
    path = check_workbook_target(path)
    size = size or profile.shortlist_size
    check_rules_feasible_for_size(profile.quota_rules, size)
    catalog, workspace = session.catalog, session.workspace
    # Every row the workbook shows carries its explanations: explain them all now.
    chosen = buyer_pass(catalog, profile, size=size, explain_top=None, source=source)
    ranking, result = chosen.ranking, chosen.shortlist
    with workspace.transaction():
        saved_id = stored = None
        if result.infeasible is None:
            saved_id = save_shortlist(workspace, result, profile, name=name or profile.name, who=who,
                                      catalog_version=catalog.meta("shipped_version"))
            stored = load_shortlist(workspace, saved_id)
        written = export_workbook(path, ranking, result, profile, catalog, stored=stored, exported_at=exported_at,
                                  short=chosen.short())
    return TenderExport(shortlist=result, saved_id=saved_id, workbook=written)


def build_workbook(data: WorkbookData) -> Workbook:
    """The workbook for ``data``, not yet saved (write-only: it can be saved once)."""
    wb = Workbook(write_only=True)
    lang = data.language
    _set_properties(wb, data)
    # The Shortlist sheet comes first (it is what a reader opens); its formulas name the weight
    # cells, which the Weights sheet defines right after it.
    styles = write_shortlist(wb, None, data)
    write_weights(wb, styles, data)
    write_grid(wb, styles, data, weights_name=WEIGHTS_NAME)
    write_excluded(wb, styles, data)
    write_quotas(wb, styles, data, shortlist_sheet=text("sheet.shortlist", lang), first_row=FIRST_ROW,
                 flag_column=_flag_column, amount_column=_amount_column)
    write_questions(wb, styles, data)
    write_sources(wb, styles, data)
    write_profile(wb, styles, data)
    write_metadata(wb, data, shortlist_sheet=text("sheet.shortlist", lang))
    return wb


def _set_properties(wb: Workbook, data: WorkbookData) -> None:
    lang = data.language
    props = wb.properties
    props.creator = f"Vivier {__version__}"
    props.title = text("doc.title", lang, name=data.profile.name)
    props.subject = text("doc.subject", lang)
    props.description = data.profile.need or None
    props.keywords = "Vivier; " + ("marché public; IA" if lang == "fr" else "public procurement; AI")
    props.language = "fr-FR" if lang == "fr" else "en-GB"
    props.created = props.modified = data.exported_at


# ---------------------------------------------------------------- Weights

def write_weights(wb: Workbook, styles: Styles, data: WorkbookData) -> None:
    """The Weights sheet: row 2 holds the named weight cells every total formula reads."""
    lang, criteria = data.language, data.criteria
    columns = [Column(text("weights.criterion", lang), width=34)]
    columns += [Column(label(CRITERION_LABELS, c, lang), width=18) for c in criteria]
    sheet = SheetWriter(wb, styles, text("sheet.weights", lang), columns, data_rows=3, freeze="B2",
                        auto_filter=False)
    sheet.ws.sheet_properties.tabColor = "FFC000"
    sheet.header()
    last = get_column_letter(len(criteria) + 1)
    sheet.append([sheet.cell(text("weights.weight", lang), "bold")]
                 + [sheet.cell(data.profile.weights.get(c, 0), "input") for c in criteria])
    sheet.append([sheet.cell(text("weights.share", lang), "bold")]
                 + [sheet.cell(f"=IF(SUM({WEIGHTS_NAME})=0,0,{get_column_letter(i + 2)}2/SUM({WEIGHTS_NAME}))",
                               "percent") for i in range(len(criteria))])
    meanings = [label(CRITERION_MEANINGS, c, lang) for c in criteria]
    sheet.append([sheet.cell(text("weights.meaning", lang), "bold")] + [sheet.cell(m, "wrap") for m in meanings],
                 lines=max(lines_needed(m, 18) for m in meanings))
    sheet.append([])
    sheet.append([sheet.cell(text("weights.sum", lang), "bold"), sheet.cell(f"=SUM({WEIGHTS_NAME})", "number")])
    sheet.note(text("weights.how", lang))
    sheet.append([])
    price = data.profile.price
    rows = [("weights.price_method", label(PRICE_METHODS, price.method, lang).split(":")[0]),
            ("weights.price_basis", label(PRICE_OPTIONS, price.basis, lang)),
            ("weights.pricing_model", price.pricing_model or "—"),
            ("weights.budget", price.budget_eur),
            ("weights.reference", label(PRICE_OPTIONS, price.reference, lang)),
            ("weights.if_unknown", label(PRICE_OPTIONS, price.if_unknown, lang))]
    for key, value in rows:
        style = "eur" if key == "weights.budget" and value is not None else "plain"
        sheet.append([sheet.cell(text(key, lang), "bold"), sheet.cell(value, style) if value is not None else "—"])
    sheet.append([])
    sheet.append([sheet.cell(text("weights.methods", lang), "bold")])
    for method in PRICE_METHODS:
        sheet.note(label(PRICE_METHODS, method, lang))
    ws_title = quote_sheetname(sheet.ws.title)
    wb.defined_names[WEIGHTS_NAME] = DefinedName(WEIGHTS_NAME, attr_text=f"{ws_title}!$B$2:${last}$2")
    for i, criterion in enumerate(criteria):
        name = f"Weight_{criterion}"
        letter = get_column_letter(i + 2)
        wb.defined_names[name] = DefinedName(name, attr_text=f"{ws_title}!${letter}$2")
    # Negative weights would let a worse offer outscore a better one: refuse them where they are typed.
    guard = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=False,
                           showErrorMessage=True, errorTitle=text("weights.weight", lang),
                           error=">= 0")
    guard.add(f"B2:{last}2")
    sheet.ws.data_validations.append(guard)


# ---------------------------------------------------------------- Shortlist

def _shortlist_columns(data: WorkbookData) -> list[Column]:
    lang = data.language
    columns = [Column(text(k, lang)) for k in ("col.rank", "col.organisation", "col.offering", "col.offering_id",
                                               "col.country", "col.size", "col.sme", "col.startup", "col.route")]
    columns += [Column(label(CRITERION_LABELS, c, lang), width=10) for c in data.criteria]
    columns += [Column(text("col.total", lang), width=10), Column(text("col.vivier_score", lang), width=10),
                Column(text("col.price", lang), width=11), Column(text("col.price_unit", lang)),
                Column(text("col.amount", lang), width=13), Column(text("col.decision", lang), width=13),
                Column(text("col.notes", lang), wrap=True, width=30)]
    columns += [Column(text("col.quota_flag", lang, number=i + 1, label=rule.label), width=14)
                for i, rule in enumerate(data.rules)]
    return columns


def _score_column(data: WorkbookData, index: int) -> int:
    """1-based column of criterion ``index``'s score on the Shortlist sheet (and Grid: +1)."""
    return 10 + index


def _total_column(data: WorkbookData) -> int:
    return 10 + len(data.criteria)


def _amount_column(data: WorkbookData) -> int:
    return _total_column(data) + 4


def _decision_column(data: WorkbookData) -> int:
    return _total_column(data) + 5


def _flag_column(data: WorkbookData, rule_index: int) -> int:
    return _total_column(data) + 7 + rule_index


def _descriptive(sheet: SheetWriter, item: Candidate, texts: dict) -> list:
    return [sheet.text(item.organisation_name), sheet.text(item.offering_name), sheet.text(item.offering_id),
            sheet.text(item.country), sheet.text(size_label(item.size_class, texts)),
            yes_no(item.sme, texts), yes_no(item.startup, texts), sheet.text(item.route or texts["no"])]


def write_shortlist(wb: Workbook, styles: Styles | None, data: WorkbookData) -> Styles:
    """The Shortlist sheet; returns the workbook's style templates for the other sheets."""
    lang, n, k = data.language, len(data.shortlist), len(data.criteria)
    columns = _shortlist_columns(data)
    sheet = SheetWriter(wb, styles, text("sheet.shortlist", lang), columns, data_rows=n, freeze="D2")
    sheet.ws.sheet_properties.tabColor = "2F5597"
    # The quota columns are helpers the Quotas sheet reads: on paper they would only shrink the page.
    sheet.ws.print_area = f"A1:{get_column_letter(_decision_column(data) + 1)}{FIRST_ROW + max(n, 1) - 1}"
    texts = data.value_texts
    sheet.fit([[None, c.organisation_name, c.offering_name, c.offering_id, c.country,
                size_label(c.size_class, texts), texts["unknown"], texts["unknown"], c.route or texts["no"]]
               + [None] * (k + 3) + [c.price_unit] for c in data.shortlist])
    total_col = _total_column(data)
    total_letter = get_column_letter(total_col)
    last_row = FIRST_ROW + n - 1
    decision_labels = [text(f"decision.{d}", lang) for d in DECISIONS]
    sheet.header()
    for offset, item in enumerate(data.shortlist):
        row = FIRST_ROW + offset
        rank = (f"=RANK({total_letter}{row},${total_letter}${FIRST_ROW}:${total_letter}${last_row})"
                f"+COUNTIF(${total_letter}${FIRST_ROW}:{total_letter}{row},{total_letter}{row})-1")
        decision, notes = data.decisions.get(item.offering_id, (UNDECIDED, ""))
        values = [sheet.cell(rank, "integer"), *_descriptive(sheet, item, texts)]
        values += [sheet.cell(score, "percent") for score in item.scores]
        values += [sheet.cell(total_formula(10, k, row, WEIGHTS_NAME), "score"), sheet.cell(item.score, "number"),
                   sheet.cell(item.price, "eur") if item.price is not None else None, sheet.text(item.price_unit),
                   sheet.cell(item.amount, "eur") if item.amount is not None else None,
                   sheet.cell(text(f"decision.{decision}", lang), "input"), sheet.text(notes, "input_text")]
        values += [sheet.cell(1 if flags else 0, "integer") for flags in data.flags[offset]]
        sheet.append(sheet.top(values))
    if data.short:
        missing, reason = data.short
        sheet.append([])
        sheet.note(message("short.summary", lang, size=n, wanted=n + missing, reason=reason))
        sheet.ws.print_area = f"A1:{get_column_letter(_decision_column(data) + 1)}{sheet.row}"
    if n:
        for i in range(k):
            sheet.color_scale(_score_column(data, i), FIRST_ROW, last_row, low=0, high=1)
        sheet.color_scale(total_col, FIRST_ROW, last_row, low=0, high=100)
        letter = get_column_letter(_decision_column(data))
        choice = DataValidation(type="list", formula1='"' + ",".join(decision_labels) + '"', allow_blank=True,
                                showErrorMessage=True, showInputMessage=True,
                                errorTitle=text("col.decision", lang), error=text("decision.prompt", lang),
                                promptTitle=text("col.decision", lang), prompt=text("decision.prompt", lang))
        choice.add(f"{letter}{FIRST_ROW}:{letter}{last_row}")
        sheet.ws.data_validations.append(choice)
        fills = {"retained": "C6EFCE", "rejected": "FFC7CE"}
        for decision, colour in fills.items():
            sheet.ws.conditional_formatting.add(
                f"{letter}{FIRST_ROW}:{letter}{last_row}",
                CellIsRule(operator="equal", formula=[f'"{text(f"decision.{decision}", lang)}"'],
                           fill=PatternFill("solid", fgColor=colour, bgColor=colour)))
    return sheet.styles


__all__ = ["TenderExport", "WorkbookExport", "build_workbook", "check_workbook_target", "export_tender",
           "export_workbook"]
