"""Reading evaluators' decisions back from an exported tender workbook."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import Workbook, load_workbook

from catalog.errors import FileFormatError, Problem
from catalog.workbook import DecisionRow, export_workbook, read_decisions
from tests.support.catalogs import make_store
from tests.support.profiles import tender_profile
from tests.support.workbook import injection_catalog, rank_and_shortlist

DECISION_COLUMN, NOTES_COLUMN = 22, 23


@pytest.fixture
def exported(tmp_path, taxonomy):
    store = make_store(tmp_path, **injection_catalog())
    profile = tender_profile("fr")
    ranking, shortlist = rank_and_shortlist(store, profile, taxonomy)
    path = tmp_path / "tender.xlsx"
    export_workbook(path, ranking, shortlist, profile, store, exported_at=datetime(2026, 11, 29))
    store.close()
    return path, [c.offering_id for c in shortlist.items]


def test_decisions_and_notes_are_read_back_in_either_language(exported, tmp_path):
    path, ids = exported
    wb = load_workbook(path)
    ws = wb["Sélection"]
    assert ws.cell(row=1, column=DECISION_COLUMN).value == "Décision"
    edits = [("Retenue", "Bonne couverture"), ("REJECTED", "-trop cher"), ("peut-être", ""), (None, None)]
    for row, (decision, notes) in enumerate(edits, start=2):
        ws.cell(row=row, column=DECISION_COLUMN).value = decision
        ws.cell(row=row, column=NOTES_COLUMN).value = notes
    ws.cell(row=5, column=4).value = None  # an evaluator cleared the offering id of the last row
    ws.cell(row=5, column=DECISION_COLUMN).value = "retenue"
    wb.save(tmp_path / "edited.xlsx")

    result = read_decisions(tmp_path / "edited.xlsx")
    assert result.shortlist_id is None
    assert result.rows == [DecisionRow(2, ids[0], "retained", "Bonne couverture"),
                           DecisionRow(3, ids[1], "rejected", "-trop cher")]
    where = str(tmp_path / "edited.xlsx")
    assert result.problems == [
        Problem("unknown decision 'peut-être'; expected one of À contacter, Retenue, Écartée", file=where, row=4,
                field="Décision", record_id=ids[2]),
        Problem("the offering id is empty, so the row cannot be matched", file=where, row=5,
                field="Identifiant de l'offre"),
    ]


def test_an_untouched_export_reads_as_to_contact(exported):
    path, ids = exported
    result = read_decisions(path)
    assert result.rows == [DecisionRow(row, oid, "to_contact", "") for row, oid in enumerate(ids, start=2)]
    assert result.problems == []


def test_a_workbook_vivier_did_not_export_is_refused(tmp_path):
    wb = Workbook()
    wb.active["A1"] = "Décision"
    wb.save(tmp_path / "other.xlsx")
    with pytest.raises(FileFormatError, match="not exported by Vivier"):
        read_decisions(tmp_path / "other.xlsx")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(FileFormatError, match="not a valid .xlsx file"):
        read_decisions(tmp_path / "broken.xlsx")
    with pytest.raises(FileFormatError, match="no such file"):
        read_decisions(tmp_path / "missing.xlsx")


def test_a_removed_key_column_is_named(exported, tmp_path):
    path, _ = exported
    wb = load_workbook(path)
    wb["Sélection"].cell(row=1, column=DECISION_COLUMN).value = "Avis"
    wb.save(tmp_path / "renamed.xlsx")
    with pytest.raises(FileFormatError, match="the column 'Décision' is missing from row 1"):
        read_decisions(tmp_path / "renamed.xlsx")
