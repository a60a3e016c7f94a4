"""The Catalogue area driven as a user would: search as you type, filters, detail, add/edit, import/export."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.modeltest import ModelTester

from catalog.records import CatalogBrowser
from catalog.text.folding import fold_words
from desktop.catalogue.model import CatalogTableModel
from desktop.catalogue.record_editor import RecordEditor

pytestmark = pytest.mark.gui


def names(page, n=None):
    model = page.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount() if n is None else n)]


def test_catalog_model_passes_the_model_tester(qtbot, session):
    model = CatalogTableModel()
    tester = ModelTester(qtbot)
    tester.check(model)
    model.set_rows(CatalogBrowser(session.catalog).rows)
    tester.check(model)
    model.sort(CatalogTableModel.COUNTRY, Qt.SortOrder.DescendingOrder)
    tester.check(model)


def test_search_as_you_type_is_accent_and_typo_tolerant(window, qtbot):
    page = window.catalogue
    total = len(page.browser.rows)
    assert page.count.text() == f"{total} records"
    qtbot.keyClicks(page.search, "mistral")
    assert names(page, 1) == ["Mistral AI"]
    assert page.count.text() == f"{page.model.rowCount()} of {total} records"
    page.search.clear()
    qtbot.keyClicks(page.search, "mistrall")  # typo: the fuzzy fallback answers
    assert names(page, 1) == ["Mistral AI"]
    assert page.count.text().endswith("matches found in descriptions or by close spelling")
    page.search.clear()
    qtbot.keyClicks(page.search, "reseau")
    assert all("reseau" in r.key or "réseau" in r.key for r in page.model._rows)


def test_filters_and_sorting(window, qtbot):
    page = window.catalogue
    kind = page.facets["kind"]
    kind.setCurrentIndex(kind.findData("offering"))
    assert {r.kind for r in page.model._rows} == {"offering"}
    country = page.facets["country"]
    country.setCurrentIndex(country.findData("DE"))
    assert {r.kind for r in page.model._rows} == {"offering"}
    assert all("DE" in r.countries for r in page.model._rows) and page.model.rowCount() > 0
    page.table.sortByColumn(CatalogTableModel.NAME, Qt.SortOrder.DescendingOrder)
    shown = names(page)
    assert shown == sorted(shown, key=fold_words, reverse=True)
    qtbot.mouseClick(page.clear_filters, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == len(page.browser.rows)


def test_detail_shows_every_fact_unverified_marks_and_dated_sources(window, qtbot):
    page = window.catalogue
    qtbot.keyClicks(page.search, "deepl")
    row = page.model.row_of("deepl")
    page.table.selectRow(row)
    _kind, record = window.session.catalog.get("deepl")
    html = page.detail.toHtml()
    text = page.detail.toPlainText()
    assert record["name"] in text and record["hq_city"] in text
    assert "⚠ unverified" in text and record["unverified"]
    for source in record["sources"]:
        assert source["url"] in html
        assert f"seen on {source['seen_on']}" in text


def test_add_a_record_through_the_editor(window, qtbot, monkeypatch):
    page = window.catalogue

    def fill(parent, *, kind, record, save):
        dialog = RecordEditor(parent, kind="organisation", record=None, save=save)
        dialog.set_value("id", "zeta-ai")
        dialog.set_value("name", "Zeta AI")
        dialog.set_value("hq_country", "Germany")  # wrong: the dialog stays open and names the field
        dialog.set_value("description", {"fr": "Société allemande.", "en": "German company."})
        dialog._try_save()
        assert dialog.saved is None
        assert "field 'hq_country'" in dialog.problems.text()
        dialog.set_value("hq_country", "DE")
        dialog._try_save()
        return dialog.saved

    monkeypatch.setattr(RecordEditor, "ask", classmethod(lambda cls, *a, **k: fill(*a, **k)))
    with qtbot.waitSignal(page.catalog_changed, timeout=10_000):  # the list reloads off the GUI thread
        page.new_record()
    assert page.count.text() == f"{window.session.catalog.count()} records"
    assert window.session.catalog.get("zeta-ai")[1]["hq_country"] == "DE"
    assert page.model.row_at(page.table.currentIndex().row()).id == "zeta-ai"
    assert window.statusBar().currentMessage() == "Record zeta-ai added."


def test_import_by_drag_and_drop_then_export(window, qtbot, tmp_path):
    page = window.catalogue
    path = tmp_path / "extra.json"
    path.write_text(json.dumps({"schema": "vivier.catalog/1", "organisations": [
        {"id": "zz-lab", "name": "Zeta Zulu Lab", "hq_country": "FR",
         "description": {"fr": "Laboratoire.", "en": "Laboratory."},
         "sources": [{"url": "https://zz.example", "title": "ZZ", "seen_on": "2026-01-01"}]}]}))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(page.catalog_changed, timeout=10_000):
        page.dropEvent(drop)
    assert page.browser.row("zz-lab").name == "Zeta Zulu Lab"
    assert window.statusBar().currentMessage() == "extra.json: 1 record(s) added, 0 updated, 0 unchanged."
    out = tmp_path / "all.xlsx"
    with qtbot.waitSignal(page.status, timeout=10_000):
        page.export_file(out)
    assert page.last_export["organisation"] == window.session.catalog.count("organisation")
    import openpyxl

    workbook = openpyxl.load_workbook(out, read_only=True)
    ids = [row[0] for row in workbook["organisations"].iter_rows(min_row=2, values_only=True)]
    assert "zz-lab" in ids


def test_a_bad_import_shows_every_problem_and_changes_nothing(window, qtbot, tmp_path, shown_errors):
    page = window.catalogue
    before = window.session.catalog.changes
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"schema": "vivier.catalog/1", "organisations": [{"id": "Bad Id"}]}))
    page.import_file(path)
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=10_000)
    assert shown_errors[0].startswith("bad.json was not imported (nothing was changed)")
    assert window.session.catalog.changes == before


def test_the_list_loads_off_the_gui_thread_and_says_so_meanwhile(qtbot, session, english, monkeypatch):
    import threading

    import catalog.records._browse_read
    from desktop.catalogue.page import CataloguePage

    threads = []
    prepare = catalog.records._browse_read.prepare_browse

    def watched(store, taxonomy):
        threads.append(threading.get_ident())
        return prepare(store, taxonomy)

    monkeypatch.setattr(catalog.records._browse_read, "prepare_browse", watched)  # browse_job looks it up there
    browser = CatalogBrowser(session.catalog, load=False)
    page = CataloguePage(session, browser)
    qtbot.addWidget(page)
    assert (page.loading, page.count.text(), page.model.rowCount()) == (True, "Loading the catalogue…", 0)
    assert not page.search.isEnabled() and not page.facets["kind"].isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        pass
    assert threads and threads[0] != threading.get_ident()
    total = session.catalog.count()
    assert (page.loading, page.search.isEnabled(), page.model.rowCount()) == (False, True, total)
    assert page.count.text() == f"{total} records"
    kinds = [page.facets["kind"].itemData(i) for i in range(page.facets["kind"].count())]
    assert kinds == [None, "listing", "marketplace", "offering", "organisation", "programme"]
    qtbot.keyClicks(page.search, "mistral")
    assert names(page, 1) == ["Mistral AI"]
