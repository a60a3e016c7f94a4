"""The streamed-XML row writer of the tender workbook's large sheets (Grid, Sources).

:class:`RowStream` turns each row into the XML openpyxl would write for it, without a cell object per
value: that took the 10,000-row export from 4.9 s to 1.2 s. Its rules for data text are those of
:meth:`catalog.workbook._writer.SheetWriter.text`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from openpyxl import LXML
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError

from catalog.files import is_risky

from ._writer import LINE_HEIGHT, MAX_LINES, SheetWriter, Styles, _display, lines_needed

#: openpyxl's longest cell text; it cuts longer text to this length
MAX_TEXT = 32767
#: False only in tests, to check the XML fast path against openpyxl's own cell writer
RAW_ROWS = True


class RowStream:
    """The header and data rows of a large sheet, written as XML text straight into openpyxl's stream.

    openpyxl spends most of a 10,000-row export building a cell object per value, looking its style
    up and serialising it through a pure-Python XML writer. A sheet whose rows are all alike knows
    each column's kind up front, so each row becomes one string here. The XML is the one openpyxl
    writes for the same cells, attribute for attribute: inline strings (``t="inlineStr"``), the same
    style ids (registered with the workbook the first time a style is used, as openpyxl does), the
    same number formatting and the same escaping. :meth:`SheetWriter.text`'s rules hold: data text is
    always literal text, with ``quotePrefix`` when a spreadsheet could run it.

    ``kinds`` gives each column's ``(kind, style)``: ``"text"`` for text that comes from data (see
    :meth:`SheetWriter.text`), ``"cell"`` for numbers, Vivier's own text and its formulas (see
    :meth:`SheetWriter.cell`).

    The stream writes through the standard-library XML writer openpyxl uses when lxml is not
    installed; with lxml (or ``RAW_ROWS`` off) rows go through :meth:`SheetWriter.append` instead,
    cell objects and all, with the same result.
    """

    def __init__(self, sheet: SheetWriter, kinds: Sequence[tuple[str, str]]):
        self.sheet = sheet
        self.kinds = list(kinds)
        self._letters = [get_column_letter(i + 1) for i in range(max(len(self.kinds), len(sheet.columns)))]
        self._ids: dict[tuple[str, bool], int | None] = {}
        self._write = self._open() if RAW_ROWS and not LXML else None

    def _open(self) -> Callable[[str], None] | None:
        ws = self.sheet.ws
        if ws._rows is not None:  # rows already went through openpyxl: its row counter must stay right
            return None
        ws._get_writer()
        xf = ws._writer.xf.send(True)
        write = getattr(xf, "_file", None)
        if write is None:
            ws._writer.xf.send(None)
            return None

        def rows():
            # openpyxl's own sheetData loop, minus the cells: closing the sheet closes this generator
            with xf.element("sheetData"):
                try:
                    while True:
                        write((yield))
                except GeneratorExit:
                    pass
            ws._writer.xf.send(None)

        ws._rows = rows()
        next(ws._rows)
        return ws._rows.send

    def header(self) -> None:
        """The header row (Vivier's own text in the header style), high enough for its longest header."""
        sheet = self.sheet
        if self._write is None:
            sheet.header()
            return
        lines = max((lines_needed(c.header, w) for c, w in zip(sheet.columns, sheet.widths)), default=1)
        self._row([c.header for c in sheet.columns], [("cell", "header")] * len(sheet.columns), lines)

    def append(self, values: Sequence, *, lines: int | None = None) -> None:
        """One data row of raw values, one per column of ``kinds`` (None leaves the cell empty)."""
        if self._write is None:
            sheet = self.sheet
            cells = [sheet.text(v, style) if kind == "text" else (None if v is None else sheet.cell(v, style))
                     for v, (kind, style) in zip(values, self.kinds)]
            sheet.append(cells, lines=lines)
            return
        self._row(values, self.kinds, lines)

    def _row(self, values: Sequence, kinds: Sequence[tuple[str, str]], lines: int | None) -> None:
        sheet = self.sheet
        sheet.row += 1
        row = sheet.row
        if lines is None and sheet._wrapped:
            lines = max((lines_needed(_raw_display(values[i], kinds[i][0]), sheet.widths[i]) for i in sheet._wrapped
                         if i < len(values) and values[i] is not None and values[i] != ""), default=1)
        height = f' ht="{LINE_HEIGHT * min(lines, MAX_LINES):.16g}" customHeight="1"' if lines and lines > 1 else ""
        parts = [f'<row r="{row}"{height}>']
        letters, encode = self._letters, self._encode
        for index, value in enumerate(values):
            if value is not None:
                kind, style = kinds[index]
                parts.append(encode(value, kind, style, f"{letters[index]}{row}"))
        parts.append("</row>")
        self._write("".join(parts))

    def _style_id(self, style: str, quote: bool) -> int | None:
        """The workbook's id of template ``style`` (with ``quotePrefix`` when ``quote``); None for no style."""
        key = (style, quote)
        if key not in self._ids:
            cell = Styles.own(self.sheet.styles.apply(WriteOnlyCell(self.sheet.ws), style))
            if quote:
                cell.quotePrefix = True
            self._ids[key] = cell.style_id if cell.has_style else None
        return self._ids[key]

    def _encode(self, value, kind: str, style: str, ref: str) -> str:
        if type(value) is str:
            quote = False
            if kind == "text":
                if value == "":
                    return ""
                if ILLEGAL_CHARACTERS_RE.search(value):
                    value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
                quote = is_risky(value)
                value = value[:MAX_TEXT]
            else:
                if ILLEGAL_CHARACTERS_RE.search(value):
                    # openpyxl refuses the whole file for these: let it say so
                    raise IllegalCharacterError(f"{value} cannot be used in worksheets.")
                value = value[:MAX_TEXT]
                if not value:  # openpyxl keeps an empty cell of its own text, as an empty string
                    return f'<c r="{ref}"{self._s(style, False)} t="inlineStr" />'
                if len(value) > 1 and value.startswith("="):
                    return f'<c r="{ref}"{self._s(style, False)}><f>{_escape(value[1:])}</f><v /></c>'
                if value in ERROR_CODES:
                    return f'<c r="{ref}"{self._s(style, False)} t="e"><v>{_escape(value)}</v></c>'
            stripped = value.strip()
            space = ' xml:space="preserve"' if stripped and stripped != value else ""
            return (f'<c r="{ref}"{self._s(style, quote)} t="inlineStr"><is><t{space}>{_escape(value)}</t></is></c>')
        if kind == "text":
            raise TypeError(f"data text expected in cell {ref}, got {value!r}")
        if type(value) is bool:
            return f'<c r="{ref}"{self._s(style, False)} t="b"><v>{int(value)}</v></c>'
        if type(value) in (int, float):
            number = "" if math.isnan(value) or math.isinf(value) else f"{value:.16g}"
            inner = f"<v>{number}</v>" if number else "<v />"
            return f'<c r="{ref}"{self._s(style, False)} t="n">{inner}</c>'
        raise ValueError(f"Cannot convert {value!r} to Excel")

    def _s(self, style: str, quote: bool) -> str:
        sid = self._ids.get((style, quote), -1)
        if sid == -1:
            sid = self._style_id(style, quote)
        return "" if sid is None else f' s="{sid}"'


def _escape(text: str) -> str:
    """Text as XML character data, as the standard library (and openpyxl's writer) escapes it."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _raw_display(value, kind: str) -> str:
    """What :func:`_display` shows for the cell :class:`RowStream` writes for ``value``."""
    if type(value) is str:  # a text starting with "=" displays as "" either way (a formula, or quoted text)
        return "" if value.startswith("=") else value
    return _display(value)
