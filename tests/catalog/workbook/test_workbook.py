"""The tender workbook: sheets, languages, injection safety, atomic writing, and live formulas."""

from __future__ import annotations

import gc
import json
import re
import zipfile
from datetime import datetime

import pytest
from openpyxl import load_workbook

from catalog.buyer import CRITERIA
from catalog.errors import UserInputError
from catalog.workbook import export_workbook
from tests.support.catalogs import make_store
from tests.support.profiles import tender_profile
from tests.support.workbook import (
    INJECTION,
    injection_catalog,
    rank_and_shortlist,
    recalculate,
    soffice_or_skip,
)

EXPORTED_AT = datetime(2026, 11, 29, 10, 30)
SHEETS = {"fr": ["Sélection", "Pondérations", "Grille", "Exclus", "Quotas", "Questions fournisseurs", "Sources",
                 "Profil", "vivier"],
          "en": ["Shortlist", "Weights", "Grid", "Excluded", "Quotas", "Vendor questions", "Sources", "Profile",
                 "vivier"]}
#: Shortlist columns: rank + 8 descriptive columns, then one per criterion, then the total
FIRST_SCORE, TOTAL = 10, 10 + len(CRITERIA)


@pytest.fixture
def setup(tmp_path, taxonomy):
    store = make_store(tmp_path, **injection_catalog())
    yield tmp_path, store, taxonomy
    store.close()


def _export(setup, language="fr", name="tender.xlsx", **changes):
    folder, store, taxonomy = setup
    profile = tender_profile(language, **changes)
    ranking, shortlist = rank_and_shortlist(store, profile, taxonomy)
    path = folder / name
    report = export_workbook(path, ranking, shortlist, profile, store, exported_at=EXPORTED_AT)
    return path, report, ranking, shortlist, profile


@pytest.mark.parametrize("language", ["fr", "en"])
def test_sheets_counts_and_headers_follow_the_profile_language(setup, language):
    path, report, ranking, shortlist, _ = _export(setup, language)
    assert (report.shortlist_rows, report.grid_rows, report.excluded_rows) == (4, 6, 2)  # Mistral Large: off topic
    wb = load_workbook(path)
    assert wb.sheetnames == SHEETS[language]
    first = wb[SHEETS[language][0]]
    headers = [c.value for c in first[1]]
    assert headers[:4] == (["Rang", "Organisation", "Offre", "Identifiant de l'offre"] if language == "fr"
                           else ["Rank", "Organisation", "Offering", "Offering id"])
    assert [first.cell(row=r, column=4).value for r in range(2, 6)] == [c.offering_id for c in shortlist.items]
    # openpyxl writes 16 significant digits, so the stored score is Vivier's to 1e-12
    assert [first.cell(row=r, column=TOTAL + 1).value for r in range(2, 6)] == \
        [pytest.approx(c.score, abs=1e-12) for c in shortlist.items]
    assert first.freeze_panes == "D2"
    assert first.auto_filter.ref == f"A1:{first.cell(row=1, column=len(headers)).column_letter}5"
    assert first.page_setup.orientation == "landscape" and first.page_setup.fitToWidth == 1
    assert first.print_title_rows == "$1:$1"
    excluded = wb[SHEETS[language][3]]
    assert [(r[2], r[4]) for r in excluded.iter_rows(min_row=2, values_only=True)] == \
        [(e.offering_id, "\n".join(e.reasons)) for e in ranking.excluded]
    assert wb["vivier"].sheet_state == "hidden"
    assert wb.properties.creator.startswith("Vivier")


def test_total_and_rank_are_formulas_over_the_named_weights(setup):
    path, *_ = _export(setup)
    wb = load_workbook(path)
    ws = wb["Sélection"]
    assert ws.cell(row=2, column=TOTAL).value == "=SUMPRODUCT(J2:P2,Weights)/SUMPRODUCT((J2:P2<>\"\")*Weights)*100"
    assert ws.cell(row=3, column=1).value == "=RANK(Q3,$Q$2:$Q$5)+COUNTIF($Q$2:Q3,Q3)-1"
    assert wb.defined_names["Weights"].attr_text == "'Pondérations'!$B$2:$H$2"
    assert wb.defined_names["Weight_price"].attr_text == "'Pondérations'!$C$2"
    assert [wb["Pondérations"].cell(row=2, column=c).value for c in range(2, 9)] == [40, 25, 15, 5, 5, 7, 3]
    decision = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert [(dv.formula1, str(dv.sqref)) for dv in decision] == [('"À contacter,Retenue,Écartée"', "V2:V5")]


def test_injection_corpus_ends_up_as_literal_text(setup):
    path, _, _, shortlist, _ = _export(setup)
    shortlisted = {c.organisation["name"] for c in shortlist.items}
    wb = load_workbook(path)
    found = {}
    for sheet in ("Sélection", "Grille", "Sources"):
        for row in wb[sheet].iter_rows():
            for cell in row:
                if cell.value in INJECTION:
                    found.setdefault(cell.value, set()).add(sheet)
                    assert cell.data_type == "s", (sheet, cell.coordinate, cell.value)
    assert found == {name: {"Grille", "Sources"} | ({"Sélection"} if name in shortlisted else set())
                     for name in INJECTION}
    assert len(shortlisted & set(INJECTION)) == 4
    with zipfile.ZipFile(path) as archive:
        xml = "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/"))
    assert "HYPERLINK" in xml and not re.search(r"<f>[^<]*HYPERLINK", xml)
    with zipfile.ZipFile(path) as archive:
        assert 'quotePrefix="1"' in archive.read("xl/styles.xml").decode()


def test_metadata_identifies_the_export(setup):
    path, *_ = _export(setup, "en")
    meta = dict(load_workbook(path)["vivier"].iter_rows(values_only=True))
    assert {k: meta[k] for k in ("format", "language", "shortlist_sheet", "profile", "exported_at")} == {
        "format": "vivier.tender-workbook/1", "language": "en", "shortlist_sheet": "Shortlist",
        "profile": "Traduction des actes", "exported_at": "2026-11-29T10:30:00"}


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the aborted save's sheet streams
def test_a_failed_write_leaves_the_existing_file_untouched(setup, monkeypatch):
    folder = setup[0]
    target = folder / "tender.xlsx"
    target.write_bytes(b"previous version")
    import openpyxl.workbook.workbook as wbmod

    def broken_save(self, filename):
        with open(filename, "wb") as handle:
            handle.write(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(wbmod.Workbook, "save", broken_save)
    with pytest.raises(UserInputError, match="cannot write .*tender.xlsx: No space left on device"):
        _export(setup)
    assert target.read_bytes() == b"previous version"
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".tender")) == []
    gc.collect()  # the aborted workbook's sheet streams complain when collected: let it happen here


def test_unwritable_targets_give_clear_errors(setup):
    folder = setup[0]
    with pytest.raises(UserInputError, match="the folder .*missing does not exist"):
        _export(setup, name="missing/tender.xlsx")
    (folder / "taken.xlsx").mkdir()
    with pytest.raises(UserInputError, match="taken.xlsx is a folder; give the workbook a file name"):
        _export(setup, name="taken.xlsx")
    with pytest.raises(UserInputError, match="must end in .xlsx"):
        _export(setup, name="tender.csv")


@pytest.mark.libreoffice
def test_libreoffice_recomputes_vivier_scores_and_follows_an_edited_weight(setup):
    program = soffice_or_skip()
    path, _, ranking, shortlist, profile = _export(setup)
    folder = setup[0]
    computed = load_workbook(recalculate(program, path, folder), data_only=True)
    rows = list(computed["Sélection"].iter_rows(min_row=2, values_only=True))
    assert [r[3] for r in rows] == [c.offering_id for c in shortlist.items]
    for row, item in zip(rows, shortlist.items):
        assert row[TOTAL - 1] == pytest.approx(item.score, abs=0.01)
    assert [r[0] for r in rows] == [1, 2, 3, 4]
    grid = list(computed["Grille"].iter_rows(min_row=2, values_only=True))
    assert [(r[3], round(r[17], 6)) for r in grid] == [(s.offering_id, round(s.score, 6)) for s in ranking.ranked]
    quotas = list(computed["Quotas"].iter_rows(min_row=2, max_row=4, values_only=True))
    assert [(q[0], q[4], q[5]) for q in quotas] == \
        [(e.rule.label, pytest.approx(e.value), "Respectée" if e.satisfied else "Non respectée")
         for e in shortlist.evaluations]

    # Editing one weight in the file re-scores every row the way Vivier's weighted sum would.
    edited = load_workbook(path)
    edited["Pondérations"]["B2"] = 0          # capability_fit no longer counts
    edited.save(folder / "edited.xlsx")
    again = load_workbook(recalculate(program, folder / "edited.xlsx", folder), data_only=True)
    weights = dict(profile.weights, capability_fit=0)
    for row in again["Sélection"].iter_rows(min_row=2, values_only=True):
        scores = row[FIRST_SCORE - 1:TOTAL - 1]
        expected = sum(weights[c] * s for c, s in zip(CRITERIA, scores)) / sum(weights.values()) * 100
        assert row[TOTAL - 1] == pytest.approx(expected, abs=0.01)
        assert row[TOTAL - 1] != pytest.approx(row[TOTAL], abs=0.01)  # the stored Vivier score did not move
    assert json.dumps(sorted(r[0] for r in again["Sélection"].iter_rows(min_row=2, values_only=True))) == "[1, 2, 3, 4]"
