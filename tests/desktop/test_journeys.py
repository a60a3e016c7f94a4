"""User journeys driven through the widgets: a buyer's need to an exported workbook, an SME's programmes,
and the language switch. Screenshots of every area go to $VIVIER_SCREENSHOTS when it is set."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from catalog.buyer import rank_job
from catalog.jobs import run_job
from catalog.quotas import load_shortlist
from catalog.sme import match_programmes, parse_company_profile
from tests.support import shortlist_history

pytestmark = pytest.mark.gui




def expected_ids(window):
    """The ranking catalog/ gives for the profile now in the form (what the table must show)."""
    result = run_job(rank_job(window.session.catalog.path, window.pages["need"].profile()))
    return [r.offering_id for r in result.ranked]


def shown_ids(window):
    return [r.offering_id for r in window.pages["ranking"].model.rows]


def test_buyer_journey_from_need_to_exported_workbook(window, qtbot, tmp_path):
    need, ranking, shortlist = window.pages["need"], window.pages["ranking"], window.shortlist
    window.show_need()
    need.name.clear()
    qtbot.keyClicks(need.name, "Traduction de documents")
    with qtbot.waitSignal(window.ranker.succeeded, timeout=10_000):
        qtbot.keyClicks(need.capability_input, "traduction")
        qtbot.keyClick(need.capability_input, Qt.Key.Key_Return)
    first = shown_ids(window)
    assert first and first == expected_ids(window)
    assert ranking.summary.text().startswith(f"{len(first)} offerings ranked, ")

    with qtbot.waitSignal(window.ranker.succeeded, timeout=10_000):
        need.deployments["api"].click()           # tick a must-have
    ticked = shown_ids(window)
    assert ticked == expected_ids(window) and ticked != first
    # an offering offers an API, or its deployment modes are not recorded and it is kept to ask the vendor
    assert all("api" in r.offering_record["deployment_modes"]
               or (not r.offering_record["deployment_modes"]
                   and [v.must_have for v in r.to_verify] == ["deployment_modes"]) for r in ranking.model.rows)

    with qtbot.waitSignal(window.ranker.succeeded, timeout=10_000):
        need.sliders["sovereignty"].setValue(100)  # move a weight: the ranking follows
    weighted = window.pages["ranking"].model.rows
    assert [r.offering_id for r in weighted] == expected_ids(window)
    sovereignty = [c.weight for c in weighted[0].breakdown if c.criterion == "sovereignty"]
    assert sovereignty == [pytest.approx(100 * 100 / sum(need.profile().weights.values()))]

    ranking.table.setCurrentIndex(ranking.proxy.index(0, 0))
    qtbot.mouseClick(ranking.add_button, Qt.MouseButton.LeftButton)
    assert shortlist.item_ids() == [weighted[0].offering_id]
    assert len(ranking.chart.rows) == 7

    with qtbot.waitSignal(window.ranker.succeeded, timeout=10_000):
        need.preset.setCurrentIndex(need.preset.findData("startup_one"))
        qtbot.mouseClick(need.add_rule, Qt.MouseButton.LeftButton)
    window.show_shortlist()
    with qtbot.waitSignal(shortlist.refreshed, timeout=10_000):  # names and gauges are read off the GUI thread
        qtbot.mouseClick(shortlist.compliant_button, Qt.MouseButton.LeftButton)
    best = shortlist.result.shortlist
    assert shortlist.item_ids() == [c.offering_id for c in best.items]
    assert any(c.startup for c in best.items)
    assert [g.met for g in shortlist.gauges] == [True]
    assert shortlist.cost.text() == (f"The compliant shortlist scores {best.total_score:.1f} in total: meeting the "
                                     f"required quotas costs {best.quota_cost:.1f} points.")

    shortlist.model.setData(shortlist.model.index(0, shortlist.model.DECISION), "retained")
    assert shortlist.items[0].decision == "retained"
    shortlist.undo_stack.undo()
    assert shortlist.items[0].decision == "to_contact"
    shortlist.undo_stack.undo()  # undo "make compliant"
    assert shortlist.item_ids() == [weighted[0].offering_id]
    shortlist.undo_stack.redo()
    assert shortlist.item_ids() == [c.offering_id for c in best.items]

    shortlist.model.setData(shortlist.model.index(0, shortlist.model.DECISION), "retained")
    shortlist.model.setData(shortlist.model.index(0, shortlist.model.NOTES), "Démo prévue le 12/01")
    saved = load_shortlist(window.session.workspace, shortlist.saved_id)
    assert [(i.offering_id, i.decision, i.notes) for i in saved.items][0] == (
        best.items[0].offering_id, "retained", "Démo prévue le 12/01")
    history = [e["detail"] for e in shortlist_history(window.session.workspace, shortlist.saved_id)]
    assert history[-1] == {"offering_id": best.items[0].offering_id,
                           "notes": {"from": "", "to": "Démo prévue le 12/01"}}

    out = tmp_path / "tender.xlsx"
    with qtbot.waitSignal(shortlist.status, timeout=20_000):
        shortlist.export_workbook(out)
    assert window.statusBar().currentMessage() == f"Tender workbook written to {out}."
    workbook = openpyxl.load_workbook(out)
    texts = {str(cell.value) for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row
             if cell.value is not None}
    names = [c.offering["name"] for c in best.items]
    assert all(name in texts for name in names)
    assert "Démo prévue le 12/01" in texts  # the decision notes travel with the workbook
    assert shortlist.last_export.shortlist_rows == len(best.items)


def test_sme_journey(window, qtbot, tmp_path):
    page = window.pages["programmes"]
    window.show_programmes()
    qtbot.keyClicks(page.name, "ChampVision")
    page.headcount.setValue(14)
    qtbot.keyClicks(page.sectors, "agroalimentaire")
    page.needs["testing"].click()
    page.questions["prohibited"].setCurrentIndex(2)   # no
    page.questions["gpai"].setCurrentIndex(2)         # no
    page.questions["high"].setCurrentIndex(1)         # yes: an Annex III use
    assert page.risk_result.text().startswith("Likely class: High risk. High-risk obligations: from 2 December 2027")
    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    company = parse_company_profile(page.company_data(), source="test")
    assert company.ai_act_risk == "high" and company.size_class() == "small"
    expected = match_programmes(window.session.catalog, company)
    assert [m.programme_id for m in page.matches] == [m.programme_id for m in expected]
    eligible = sum(1 for m in expected if m.eligible)
    assert page.summary.text() == f"{eligible} of {len(expected)} programmes are open to ChampVision (size: Small)."
    assert page.detail.toPlainText().startswith(expected[0].name)
    out = tmp_path / "programmes.xlsx"
    page.export_list(out)
    rows = list(openpyxl.load_workbook(out)["Programmes"].iter_rows(values_only=True))
    assert [r[-1] for r in rows[1:]] == [m.programme_id for m in expected]


def test_an_unknown_capability_word_is_named_in_the_need_form(window, qtbot):
    need = window.pages["need"]
    with qtbot.waitSignal(window.ranker.failed, timeout=10_000):
        need.add_capability_word("zzqxw-nothing")
    assert "capabilities[0]" in need.problems.text()


def test_language_switch_to_english_and_back(window, qtbot):
    window.set_language("fr")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Catalogue" and window.nav.item(1).text() == "Besoin")
    assert window.nav.item(2).text() == "Classement"
    assert window.catalogue.clear_filters.text() == "Effacer les filtres"
    assert window.menus["file"].title() == "&Fichier"
    window.set_language("en")
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "Need")
    assert window.nav.item(2).text() == "Ranking"
    assert window.catalogue.clear_filters.text() == "Clear filters"
    assert window.menus["file"].title() == "&File"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_screenshots_of_every_area(window, qtbot, screenshot_dir, language):
    window.set_language(language)
    need = window.pages["need"]
    with qtbot.waitSignal(window.ranker.succeeded, timeout=10_000):
        need.open_profile("resources/examples/buyer-sovereign-assistant.json")
    with qtbot.waitSignal(window.shortlist.refreshed, timeout=10_000):
        window.shortlist.make_compliant()
    programmes = window.pages["programmes"]
    programmes.name.setText("ChampVision")
    programmes.headcount.setValue(14)
    programmes.sectors.setText("agroalimentaire")
    programmes.language.setCurrentIndex(programmes.language.findData(language))
    programmes.find_programmes()
    window.catalogue.search.setText("mistral")
    window.catalogue.table.setCurrentIndex(window.catalogue.model.index(0, 0))
    pictures = {}
    for name in window.AREAS:
        window.show_area(name)
        QApplication.processEvents()  # let the posted layout requests run before the picture is taken
        assert window.stack.currentWidget() is window.pages[name]
        image = window.grab().toImage()
        pictures[name] = bytes(image.constBits())
        if screenshot_dir is not None:
            assert image.save(str(screenshot_dir / f"{language}-{name}.png"))
    assert len(set(pictures.values())) == len(window.AREAS)  # each area is drawn, none repeats another
