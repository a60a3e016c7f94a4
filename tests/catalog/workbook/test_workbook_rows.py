"""The Grid and Sources rows written as XML text (catalog.workbook._rows.RowStream) against openpyxl's own cells.

Two references: the same code with the fast path off (openpyxl builds and writes every cell), and the
code of the last commit before the fast path, run from a temporary git worktree on a 300-row export.
Both are compared cell by cell as openpyxl reads them back, and part by part as bytes.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

import catalog.workbook._rows as workbook_rows
import catalog.workbook._writer as workbook_sheets
from catalog.workbook import export_workbook
from tests.support.catalogs import make_store
from tests.support.profiles import tender_profile
from tests.support.workbook import injection_catalog, rank_and_shortlist

ROOT = Path(__file__).resolve().parents[3]
#: the reference export: the commit that set off-topic offerings apart and let criteria that do not apply
#: share their weight (the workbook's rows and formulas changed with it); the streamed XML rows must keep
#: writing the same cells (before it, dc187fd: the last commit whose sheets went through openpyxl's cells)
REFERENCE = "2d6ac95e5b9572069a1fba3ba5351c10d6cc6e59"
EXPORTED_AT = datetime(2026, 11, 29, 10, 30)

#: run in a source tree (the current one or the reference worktree): a 300-offering synthetic catalog's export
EXPORT_SCRIPT = """
import sys
from datetime import datetime
from pathlib import Path
sys.path.insert(0, ".")
from benchmarks.bench_rank import benchmark_profile
from benchmarks.bench_shortlist import shortlist_builder
from benchmarks.synth import build_catalog
from catalog.quotas import candidate_from_records
from catalog.buyer import rank_offerings
from catalog.records import CatalogStore
from catalog.records import load_taxonomy
from catalog.workbook import export_workbook

cache, out = Path(sys.argv[1]), Path(sys.argv[2])
synthetic = build_catalog(300, seed=7, cache_dir=cache)
profile = benchmark_profile(synthetic.taxonomy_path)
with CatalogStore.open(synthetic.db_path) as store:
    ranking = rank_offerings(store, profile, taxonomy=load_taxonomy(synthetic.taxonomy_path))
    candidates = [candidate_from_records(s.offering_record, s.organisation_record, s.score) for s in ranking.ranked]
    shortlist = shortlist_builder()(candidates, profile.quota_rules, size=profile.shortlist_size,
                                    max_per_organisation=profile.max_per_organisation)
    report = export_workbook(out, ranking, shortlist, profile, store, exported_at=datetime(2026, 11, 29, 10, 30))
print(report.grid_rows, report.source_rows)
"""


def cells(path: Path) -> dict[str, list[tuple]]:
    """Every stored cell of every sheet: value, data type, number format, font, fill, alignment, quotePrefix."""
    wb = load_workbook(path)
    try:
        return {ws.title: [(cell.coordinate, cell.value, cell.data_type, cell.number_format, repr(cell.font),
                            repr(cell.fill), repr(cell.alignment), cell.quotePrefix)
                           for row in ws.iter_rows() for cell in row if cell.value is not None or cell.has_style]
                + [("height", r, d.height) for r, d in sorted(ws.row_dimensions.items()) if d.height]
                for ws in wb.worksheets}
    finally:
        wb.close()


def parts(path: Path) -> dict[str, bytes]:
    """The archive's parts, without the save time openpyxl stamps into the document properties."""
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n != "docProps/core.xml"}


def assert_same_workbook(ours: Path, theirs: Path, *, grid_rows: int) -> None:
    expected = cells(theirs)
    got = cells(ours)
    assert list(got) == list(expected)
    for title in expected:
        assert got[title] == expected[title], title
    grid = got[list(got)[2]]  # the third sheet; its column A holds each row's Vivier rank
    assert sum(1 for c in grid if c[0][:1] == "A" and c[0][1:].isdigit() and c[0] != "A1") == grid_rows
    assert parts(ours) == parts(theirs)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_xml_rows_match_openpyxl_cells_on_hostile_text(tmp_path, taxonomy, monkeypatch, language):
    content = injection_catalog()
    # names the catalog accepts but XML must escape, besides the injection corpus's formulas and "#N/A"
    nasty = ["a & b <c> \"d\" 'e' ]]>", "#DIV/0!", "\u00e9t\u00e9 \U0001f600"]
    for organisation, name in zip(content["organisations"][1::2], nasty):
        organisation["name"] = name
    store = make_store(tmp_path, **content)
    try:
        profile = tender_profile(language)
        ranking, shortlist = rank_and_shortlist(store, profile, taxonomy)
        fast, slow = tmp_path / "fast.xlsx", tmp_path / "slow.xlsx"
        report = export_workbook(fast, ranking, shortlist, profile, store, exported_at=EXPORTED_AT)
        monkeypatch.setattr(workbook_rows, "RAW_ROWS", False)
        export_workbook(slow, ranking, shortlist, profile, store, exported_at=EXPORTED_AT)
    finally:
        store.close()
    assert report.grid_rows > 0 and report.source_rows > 0
    assert_same_workbook(fast, slow, grid_rows=report.grid_rows)


HOSTILE = ["a & b <c>", "  padded  ", "   ", "ctrl\x01\x1fchars", "x" * 40_000, "#DIV/0!", "#N/A", "=", "=1+1",
           "+1", "-x", "@SUM(A1)", "\tx", "line\nbreak", "", None, "\u00e9t\u00e9 \U0001f600"]


def _stream_workbook(path: Path, kinds: list[tuple[str, str]], rows: list[list]) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    sheet = workbook_sheets.SheetWriter(wb, None, "S", [workbook_sheets.Column(f"c{i}", wrap=i == 1)
                                                        for i in range(len(kinds))], data_rows=len(rows))
    sheet.fit(rows)
    stream = workbook_rows.RowStream(sheet, kinds)
    stream.header()
    for row in rows:
        stream.append(row)
    wb.save(path)


def test_row_stream_writes_what_openpyxl_writes_for_every_kind_of_value(tmp_path, monkeypatch):
    text_kinds = [("text", "plain"), ("text", "wrap"), ("text", "input_text")]
    own_kinds = [("cell", "plain"), ("cell", "percent"), ("cell", "score"), ("cell", "bold")]
    own_values = [0, 1, -2.5, 0.1 + 0.2, 1e300, 123456789012345678, float("nan"), float("inf"), True, False,
                  "=SUM(A1:A2)", "#REF!", "=", "Vivier's own text", "", None]
    rows = [[HOSTILE[(i + j) % len(HOSTILE)] for j in range(len(text_kinds))]
            + [own_values[(i + j) % len(own_values)] for j in range(len(own_kinds))] for i in range(40)]
    kinds = text_kinds + own_kinds
    _stream_workbook(tmp_path / "fast.xlsx", kinds, rows)
    monkeypatch.setattr(workbook_rows, "RAW_ROWS", False)
    _stream_workbook(tmp_path / "slow.xlsx", kinds, rows)
    fast, slow = cells(tmp_path / "fast.xlsx"), cells(tmp_path / "slow.xlsx")
    assert fast == slow
    assert parts(tmp_path / "fast.xlsx") == parts(tmp_path / "slow.xlsx")
    by_ref = {c[0]: c for c in fast["S"] if c[0] != "height"}
    assert by_ref["A5"][1:3] == ("ctrl\ufffd\ufffdchars", "s")
    assert len(by_ref["A6"][1]) == 32767
    assert [by_ref[f"A{r}"][-1] for r in (9, 10)] == [True, True]  # "=" and "=1+1" as quoted text


@pytest.mark.slow
def test_a_300_offering_export_matches_the_reference_commit(tmp_path):
    reference = tmp_path / "reference"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(reference), REFERENCE],
                   check=True, capture_output=True)
    try:
        outputs = {}
        for name, tree in (("ours", ROOT), ("theirs", reference)):
            outputs[name] = tmp_path / f"{name}.xlsx"
            run = subprocess.run([sys.executable, "-c", EXPORT_SCRIPT, str(tmp_path / "cache"), str(outputs[name])],
                                 cwd=tree, check=True, capture_output=True, text=True)
            grid_rows, source_rows = map(int, run.stdout.split())
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(reference)],
                       check=True, capture_output=True)
    assert grid_rows == 155 and source_rows > 155   # of 300 offerings, 145 cover none of the 5 wanted capabilities
    assert_same_workbook(outputs["ours"], outputs["theirs"], grid_rows=grid_rows)
