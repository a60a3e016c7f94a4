"""Every coded value a person reads has a label in both languages, and the SME page shows labels, not codes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from catalog.records import (
    CERTIFICATION_STATUSES,
    DEPLOYMENT_MODES,
    MARKETPLACE_KINDS,
    OFFERING_KINDS,
    PRICING_MODELS,
    PROGRAMME_KINDS,
    PROGRAMME_STATUSES,
    SIZE_CLASSES,
    STAGES,
)
from desktop.common import labels
from desktop.i18n import install_language

pytestmark = pytest.mark.gui

TABLES = [
    (labels.offering_kind_label, OFFERING_KINDS), (labels.marketplace_kind_label, MARKETPLACE_KINDS),
    (labels.programme_kind_label, PROGRAMME_KINDS), (labels.programme_status_label, PROGRAMME_STATUSES),
    (labels.pricing_model_label, PRICING_MODELS), (labels.certification_status_label, CERTIFICATION_STATUSES),
    (labels.stage_label, STAGES), (labels.size_label, SIZE_CLASSES), (labels.deployment_label, DEPLOYMENT_MODES),
]


@pytest.fixture
def french(qapp):
    install_language("fr")
    yield
    install_language("en")


@pytest.mark.parametrize("label, codes", TABLES)
def test_every_code_has_an_english_label_in_words(english, label, codes):
    shown = [label(code) for code in codes]
    assert all(text and "_" not in text for text in shown), shown
    assert len(set(shown)) == len(codes), shown
    assert any(text != code for text, code in zip(shown, codes)), shown  # the table is really used


def test_french_labels_of_programme_kinds_statuses_and_pricing(french):
    assert [labels.programme_kind_label(k) for k in PROGRAMME_KINDS] == [
        "Bac à sable réglementaire", "TEF (site d'essai)", "EDIH (pôle d'innovation)", "AI Factory (usine d'IA)",
        "Accès au calcul", "Financement", "Accélérateur", "Réseau d'accompagnement"]
    assert [labels.programme_status_label(s) for s in PROGRAMME_STATUSES] == [
        "Ouvert", "Permanent", "Annoncé", "Prévu", "Rien d'annoncé", "Clos"]
    assert [labels.pricing_model_label(m) for m in PRICING_MODELS] == [
        "Au jeton", "Au caractère", "Par utilisateur et par mois", "À l'heure", "À la minute", "Abonnement",
        "Sur devis", "Gratuit", "Open source"]
    assert [labels.stage_label(s) for s in STAGES] == ["Idée", "Amorçage", "Démarrage", "Croissance", "Maturité"]
    assert [labels.certification_status_label(s) for s in CERTIFICATION_STATUSES] == [
        "qualifié", "en cours de qualification", "déclaré", "non vérifié"]
    assert labels.value_label("offering", "licence", "proprietary") == "Propriétaire"
    assert labels.value_label("offering", "licence", "Apache-2.0") == "Apache-2.0"


def test_the_sme_page_in_french_shows_labels_and_french_punctuation(window, qtbot):
    window.set_language("fr")
    page = window.pages["programmes"]
    qtbot.waitUntil(lambda: page.title.text() == "Programmes pour les PME")  # LanguageChange events are posted
    window.show_programmes()
    page.name.setText("ChampVision")
    page.headcount.setValue(14)
    page.sectors.setText("agroalimentaire")
    page.language.setCurrentIndex(page.language.findData("fr"))
    page.find_programmes()
    kinds = {page.model.index(row, page.model.KIND).data() for row in range(page.model.rowCount())}
    assert kinds <= {labels.programme_kind_label(k) for k in PROGRAMME_KINDS}
    assert "Bac à sable réglementaire" in kinds
    eligible = sum(1 for m in page.matches if m.eligible)
    assert page.summary.text() == f"{eligible} programmes sur {len(page.matches)} sont ouverts à ChampVision " \
                                  "(taille : Petite)."
    first = page.matches[0]
    assert page.detail.toPlainText().startswith(f"{first.name}\nBac à sable réglementaire\nÉligible\n")
    assert f"Avantages : {first.benefits['summary']}" in page.detail.toPlainText()
    assert [page.stage.itemText(i) for i in range(page.stage.count())] == [
        "—", "Idée", "Amorçage", "Démarrage", "Croissance", "Maturité"]
    header = page.table.horizontalHeader()
    for column in range(page.model.columnCount()):  # no header is cut off
        title = page.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= page.table.fontMetrics().horizontalAdvance(title), title


def test_the_shortlist_summary_counts_in_words(window, qtbot):
    need, shortlist = window.pages["need"], window.shortlist
    with qtbot.waitSignal(window.ranker.succeeded, timeout=10_000):
        need.open_profile("resources/examples/buyer-sovereign-assistant.json")
    with qtbot.waitSignal(shortlist.refreshed, timeout=10_000):
        shortlist.make_compliant()
    count = len(shortlist.items)
    assert count > 1 and shortlist.summary.text().startswith(f"{count} offerings, total score ")
    with qtbot.waitSignal(shortlist.refreshed, timeout=10_000):
        shortlist.set_items(shortlist.items[:1])
    assert shortlist.summary.text().startswith("1 offering, total score ")
