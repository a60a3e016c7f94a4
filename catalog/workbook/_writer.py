"""Building blocks of the tender workbook: styled streaming sheets and injection-safe cells.

The workbook is written in openpyxl's write-only mode: rows stream to the file, so a 10,000-row grid
costs about what a plain dump costs. Write-only mode writes a sheet's properties, frozen panes and
column widths before its first row, so :class:`SheetWriter` takes every layout decision (widths from
the whole column, print setup) up front and then streams the rows.

Text that comes from data goes through :meth:`SheetWriter.text`: a value a spreadsheet could run
(``=``, ``+``, ``-``, ``@``, tab, CR, LF) or read as an error code (``#N/A``) is stored as literal text
with :func:`catalog.files._xlsxsafe.set_text`; characters XML cannot carry are replaced by U+FFFD, because
openpyxl would refuse the whole file otherwise.

The two large sheets (Grid, Sources) write their rows through :class:`catalog.workbook._rows.RowStream`.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from catalog.files import is_risky, set_text

#: widths are in characters of the default font; 60 keeps a wrapped explanation readable on A4 landscape
MAX_WIDTH = 60
MIN_WIDTH = 6
#: wrapped columns (explanations, notes, legal text) get this width so a row stays a few lines high
WRAP_WIDTH = 45
#: points per line of 11-point text; neither Excel nor LibreOffice grows a row for wrapped text that
#: openpyxl wrote, so rows holding long text get an explicit height
LINE_HEIGHT = 15
#: a row never grows past this many lines (Excel's limit is 409 points)
MAX_LINES = 20

EUR_FORMAT = '#,##0.00 "€"'
PERCENT_FORMAT = "0.0%"
SCORE_FORMAT = "0.00"
HEADER_FILL = "1F3864"
INPUT_FILL = "FFF2CC"


@dataclass(frozen=True)
class Column:
    """One column of a sheet: its header, the style of its data cells and how wide it may grow."""

    header: str
    style: str = "plain"
    wrap: bool = False
    width: float | None = None


class Styles:
    """Style templates of one workbook.

    A cell gets its style by sharing a template's style array, which is far cheaper than setting
    ``number_format`` or ``font`` on each of 250,000 cells (each setter looks the style up again) or
    copying the array for each. A shared array must never change: code that changes one cell's style
    (``quotePrefix`` for forced text, top alignment) first gives the cell its own copy (:meth:`own`).
    """

    def __init__(self, ws):
        thin = Side(style="thin", color="8EA9DB")
        specs = {
            "plain": {},
            "wrap": {"alignment": Alignment(wrap_text=True, vertical="top")},
            "percent": {"number_format": PERCENT_FORMAT},
            "score": {"number_format": SCORE_FORMAT, "font": Font(bold=True)},
            "number": {"number_format": SCORE_FORMAT},
            "integer": {"number_format": "0"},
            "eur": {"number_format": EUR_FORMAT},
            "input": {"fill": PatternFill("solid", fgColor=INPUT_FILL), "number_format": "General",
                      "border": Border(left=thin, right=thin, top=thin, bottom=thin)},
            "input_text": {"fill": PatternFill("solid", fgColor=INPUT_FILL),
                           "alignment": Alignment(wrap_text=True, vertical="top")},
            "header": {"font": Font(bold=True, color="FFFFFF"), "fill": PatternFill("solid", fgColor=HEADER_FILL),
                       "alignment": Alignment(wrap_text=True, vertical="center")},
            "title": {"font": Font(bold=True, size=13)},
            "bold": {"font": Font(bold=True)},
        }
        self._arrays = {}
        for name, attributes in specs.items():
            cell = WriteOnlyCell(ws)
            for attribute, value in attributes.items():
                setattr(cell, attribute, value)
            self._arrays[name] = cell._style

    def apply(self, cell, name: str):
        """``cell`` with the template ``name``'s style array, shared: do not change it in place."""
        if name != "plain":
            cell._style = self._arrays[name]
        return cell

    @staticmethod
    def own(cell):
        """``cell`` with a style array of its own, so setting one of its style attributes changes only it."""
        if cell._style is not None:
            cell._style = copy.copy(cell._style)
        return cell


class SheetWriter:
    """A write-only sheet with a header row, fitted widths, frozen panes, filter and print setup."""

    def __init__(self, wb, styles: Styles | None, title: str, columns: Sequence[Column], *, data_rows: int,
                 freeze: str | None = "A2", auto_filter: bool = True, header_row: int = 1):
        self.ws = wb.create_sheet(title)
        self.styles = styles or Styles(self.ws)
        self.columns = list(columns)
        self.widths: list[float] = []
        self.row = 0
        self._wrapped: list[int] = []
        self.fit([])
        if freeze:
            self.ws.freeze_panes = freeze
        if auto_filter and self.columns:
            last = get_column_letter(len(self.columns))
            self.ws.auto_filter.ref = f"A{header_row}:{last}{header_row + data_rows}"
        self._print_setup(header_row)

    def fit(self, rows: Sequence[Sequence]) -> None:
        """Set each column's width from its header and the raw values of ``rows`` (before the first row)."""
        self.widths = []
        self._wrapped = [i for i, c in enumerate(self.columns) if c.wrap]
        for index, column in enumerate(self.columns):
            letter = get_column_letter(index + 1)
            # A header wraps between words, never inside one ("Souveraineté", not "Souverain/eté").
            header_words = max((len(word) for word in column.header.split()), default=0) + 2
            if column.width is not None:
                width = max(column.width, header_words)
            elif column.wrap:
                width = WRAP_WIDTH
            else:
                # most values are plain text: their length needs no _display
                longest = max((len(v) if type(v) is str else len(_display(v))
                               for v in (row[index] for row in rows if index < len(row))), default=0)
                width = max(longest + 2, header_words, MIN_WIDTH)
            width = min(width, MAX_WIDTH)
            self.widths.append(width)
            self.ws.column_dimensions[letter].width = width

    def _print_setup(self, header_row: int) -> None:
        ws = self.ws
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.print_title_rows = f"{header_row}:{header_row}"
        ws.print_options.gridLines = True
        ws.oddFooter.left.text = "&A"
        ws.oddFooter.right.text = "&P / &N"

    # -- cells
    def cell(self, value, style: str = "plain"):
        """A cell holding a number, a formula written by Vivier (``=...``) or Vivier's own text."""
        return self.styles.apply(WriteOnlyCell(self.ws, value), style)

    def text(self, value: str | None, style: str = "plain"):
        """A cell holding text that comes from data: always literal text, never a formula or an error."""
        if value is None or value == "":
            return None
        if ILLEGAL_CHARACTERS_RE.search(value):
            value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
        if not (is_risky(value) or value in ERROR_CODES):
            # openpyxl stores any other str as text, so a bare value skips building a cell object
            return value if style == "plain" else self.cell(value, style)
        cell = Styles.own(self.styles.apply(WriteOnlyCell(self.ws), style))
        set_text(cell, value)  # sets quotePrefix in the cell's style
        return cell

    def header(self) -> None:
        """Append the header row, high enough for its longest wrapped header."""
        lines = max((lines_needed(c.header, w) for c, w in zip(self.columns, self.widths)), default=1)
        self.append([self.cell(c.header, "header") for c in self.columns], lines=lines)

    def append(self, values: Sequence, *, lines: int | None = None) -> None:
        """Append one row; a row with text in wrapped columns gets the height that text needs."""
        self.row += 1
        if lines is None and self._wrapped:
            lines = max((lines_needed(_display(values[i]), self.widths[i]) for i in self._wrapped
                         if i < len(values) and values[i] is not None), default=1)
        if lines and lines > 1:
            self.ws.row_dimensions[self.row].height = LINE_HEIGHT * min(lines, MAX_LINES)
        self.ws.append(list(values))

    def top(self, values: Sequence) -> list:
        """``values`` as cells aligned to the top, for the few rows a wrapped text makes several lines high
        (the Shortlist, Quotas): numbers beside a note then read on its first line, not its last."""
        out = []
        for value in values:
            if value is None:
                out.append(None)
                continue
            cell = Styles.own(value) if hasattr(value, "alignment") else self.cell(value)
            cell.alignment = Alignment(wrap_text=cell.alignment.wrap_text, vertical="top")
            out.append(cell)
        return out

    def note(self, value: str, style: str = "wrap") -> None:
        """A paragraph of Vivier's own text across the whole width of the sheet."""
        self.row += 1
        width = sum(self.widths)
        self.ws.row_dimensions[self.row].height = LINE_HEIGHT * min(lines_needed(value, width), MAX_LINES)
        if len(self.columns) > 1:
            self.ws.merged_cells.add(f"A{self.row}:{get_column_letter(len(self.columns))}{self.row}")
        self.ws.append([self.cell(value, style)])

    def color_scale(self, column: int, first_row: int, last_row: int, *, low: float, high: float) -> None:
        """Red-amber-green colour scale on one column's data cells."""
        if last_row < first_row:
            return
        letter = get_column_letter(column)
        self.ws.conditional_formatting.add(
            f"{letter}{first_row}:{letter}{last_row}",
            ColorScaleRule(start_type="num", start_value=low, start_color="F8696B",
                           mid_type="num", mid_value=(low + high) / 2, mid_color="FFEB84",
                           end_type="num", end_value=high, end_color="63BE7B"),
        )


def lines_needed(value: str, width: float) -> int:
    """How many lines ``value`` takes in a wrapped cell ``width`` characters wide (an estimate)."""
    if not value:
        return 1
    usable = max(width - 1, 1)
    return sum(max(1, -(-len(part) // int(usable))) for part in value.split("\n"))


def wrapped_lines(texts: Sequence[str | None], widths: Sequence[float]) -> int:
    """Lines the tallest of ``texts`` (data text bound for wrapped cells ``widths`` wide) needs.

    The figure :meth:`SheetWriter.append` computes from the cells :meth:`SheetWriter.text` made of
    them, without the cells: an empty text makes no cell, a text starting with ``=`` displays as ""
    (see :func:`_display`), and replacing characters XML cannot carry keeps the length.
    """
    return max((lines_needed("" if t.startswith("=") else t, w) for t, w in zip(texts, widths) if t), default=1)


def _display(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}"
    if hasattr(value, "value"):  # a cell object
        inner = value.value
        return "" if inner is None or (isinstance(inner, str) and inner.startswith("=")) else _display(inner)
    return str(value)


def size_label(size_class: str | None, texts: dict[str, str]) -> str:
    """The organisation's size class in the workbook's language (``Unknown`` when the catalog does not say)."""
    if not size_class:
        return texts["unknown"]
    return texts.get(f"size.{size_class}", size_class)


def yes_no(value: bool | None, texts: dict[str, str]) -> str:
    """``Yes``/``No``/``Unknown`` in the workbook's language (unknown is not false)."""
    if value is None:
        return texts["unknown"]
    return texts["yes"] if value else texts["no"]


def total_formula(first_score: int, count: int, row: int, weights: str) -> str:
    """The total of one row out of 100: the weighted sum of its criterion scores over the sum of the weights
    of the criteria that apply to it (a criterion that does not apply is an empty cell and shares its weight)."""
    start, end = get_column_letter(first_score), get_column_letter(first_score + count - 1)
    scores = f"{start}{row}:{end}{row}"
    return f"=SUMPRODUCT({scores},{weights})/SUMPRODUCT(({scores}<>\"\")*{weights})*100"
