"""The workbook's streaming-sheet helpers: shared style arrays never leak a change from one cell to
another, and the Grid's direct row-height figure equals the one read back from its cells."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from catalog.workbook._writer import Column, SheetWriter, _display, lines_needed, wrapped_lines


def writer() -> SheetWriter:
    return SheetWriter(Workbook(write_only=True), None, "T", [Column("a"), Column("b", wrap=True)], data_rows=0)


def test_forced_text_and_top_alignment_do_not_change_the_shared_style():
    sheet = writer()
    before = sheet.cell("x", "wrap")
    forced = sheet.text("=1+1", "wrap")
    lifted = sheet.top([sheet.cell(0.5, "percent")])[0]
    after = sheet.cell("y", "wrap")
    percent = sheet.cell(0.25, "percent")
    assert (forced.quotePrefix, forced.alignment.wrap_text, forced.data_type, forced.value) == (True, True, "s", "=1+1")
    assert (lifted.alignment.vertical, lifted.number_format) == ("top", "0.0%")
    for cell in (before, after):
        assert (cell.quotePrefix, cell.alignment.wrap_text, cell.alignment.vertical) == (False, True, "top")
    assert (percent.alignment.vertical, percent.number_format, percent.quotePrefix) == (None, "0.0%", False)


TEXTS = st.one_of(st.none(), st.just(""),
                  st.text(st.sampled_from("ab \n=+-@\t\r#\x01\x0b"), max_size=120),
                  st.sampled_from(["#N/A", "=SUM(1)", "+cmd", "\t=1"]))


@given(texts=st.lists(TEXTS, min_size=1, max_size=6),
       widths=st.lists(st.integers(min_value=1, max_value=80), min_size=6, max_size=6))
def test_wrapped_lines_equals_the_figure_read_back_from_the_cells(texts, widths):
    sheet = writer()
    cells = [sheet.text(t, "wrap") for t in texts]
    expected = max((lines_needed(_display(c), w) for c, w in zip(cells, widths) if c is not None), default=1)
    assert wrapped_lines(texts, widths) == expected
