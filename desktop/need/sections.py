"""The sections of the Need form that edit plain fields: the need itself, capabilities, weights, price.

Each section builds its widgets, shows a profile (:meth:`load`), writes its part of the profile JSON
(:meth:`fill`), says when it was edited (``edited``) and sets its texts in :meth:`retranslate`. Their
texts are translated in the ``NeedPage`` context, the page they were written for.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
)

from catalog.buyer import CRITERIA, PRICE_METHODS, BuyerProfile
from catalog.records import shipped_taxonomy
from desktop.common.labels import criterion_label, price_method_label
from desktop.common.page import Section


class NeedSection(Section):
    """A section of the Need form."""

    edited = Signal()

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("NeedPage", text, disambiguation, n)

    def load(self, profile: BuyerProfile) -> None:
        raise NotImplementedError

    def fill(self, data: dict) -> None:
        raise NotImplementedError

    def _rows(self, form: QFormLayout, widgets: dict) -> dict[str, QLabel]:
        """One labelled row per widget of ``widgets`` (key -> widget); the labels, by key, for retranslate."""
        labels = {}
        for key, widget in widgets.items():
            label = QLabel(self)
            label.setBuddy(widget)
            labels[key] = label
            form.addRow(label, widget)
        return labels


class DescriptionSection(NeedSection):
    """Name, buyer, free-text description and the language of the results."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.buyer = QLineEdit(self)
        self.need = QPlainTextEdit(self)
        self.need.setFixedHeight(60)
        self.language = QComboBox(self)
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.labels = self._rows(QFormLayout(self), {"name": self.name, "buyer": self.buyer, "need": self.need,
                                                     "language": self.language})
        for widget in (self.name, self.buyer, self.need):
            widget.textChanged.connect(self.edited)
        self.language.currentIndexChanged.connect(self.edited)

    def retranslate(self) -> None:
        self.setTitle(self.tr("The need"))
        for key, text in (("name", self.tr("Name")), ("buyer", self.tr("Buyer")), ("need", self.tr("Description")),
                          ("language", self.tr("Language of the results"))):
            self.labels[key].setText(text)

    def load(self, profile: BuyerProfile) -> None:
        self.name.setText(profile.name)
        self.buyer.setText(profile.buyer)
        self.need.setPlainText(profile.need)
        self.language.setCurrentIndex(max(0, self.language.findData(profile.language)))

    def fill(self, data: dict) -> None:
        data.update(name=self.name.text().strip(), buyer=self.buyer.text().strip(),
                    need=self.need.toPlainText().strip(), language=self.language.currentData())


class CapabilitySection(NeedSection):
    """The wanted capabilities: free French or English words, completed from the taxonomy."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.input = QLineEdit(self)
        taxonomy = shipped_taxonomy()
        words = sorted({w for c in taxonomy.capabilities.values() for w in (c.label_fr, c.label_en)}, key=str.casefold)
        completer = QCompleter(words, self.input)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.input.setCompleter(completer)
        self.add_button = QPushButton(self)
        row.addWidget(self.input, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(110)
        layout.addWidget(self.list)
        self.remove_button = QPushButton(self)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_button.clicked.connect(self._add_typed)
        self.input.returnPressed.connect(self._add_typed)
        self.remove_button.clicked.connect(self._remove_selected)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Wanted capabilities (French or English words)"))
        self.input.setPlaceholderText(self.tr("e.g. traduction, speech to text, RAG"))
        self.input.setAccessibleName(self.tr("Capability to add"))
        self.list.setAccessibleName(self.tr("Wanted capabilities"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove selected"))

    def words(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def load(self, profile: BuyerProfile) -> None:
        self.list.clear()
        self.list.addItems(profile.capabilities)

    def fill(self, data: dict) -> None:
        data["capabilities"] = self.words()

    def add_word(self, word: str) -> None:
        word = word.strip()
        if word and word not in self.words():
            self.list.addItem(word)
            self.edited.emit()

    def _add_typed(self) -> None:
        self.add_word(self.input.text())
        self.input.clear()

    def _remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.edited.emit()


class WeightSection(NeedSection):
    """One slider per criterion; the ranking follows as they move."""

    def __init__(self, parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        self.sliders: dict[str, QSlider] = {}
        self.labels: dict[str, QLabel] = {}
        self.shares: dict[str, QLabel] = {}
        for i, criterion in enumerate(CRITERIA):
            name, share = QLabel(self), QLabel(self)
            slider = QSlider(Qt.Orientation.Horizontal, self)
            slider.setRange(0, 100)
            slider.setPageStep(5)
            name.setBuddy(slider)
            share.setMinimumWidth(44)
            share.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.sliders[criterion], self.labels[criterion], self.shares[criterion] = slider, name, share
            for column, widget in enumerate((name, slider, share)):
                grid.addWidget(widget, i, column)
            slider.valueChanged.connect(self._show_shares)
            slider.valueChanged.connect(self.edited)
        self._given: tuple[str, ...] = ()

    def _show_shares(self, *_args) -> None:
        """Each criterion's share of the total, in percent: what it weighs in the score out of 100."""
        total = sum(s.value() for s in self.sliders.values())
        for criterion, slider in self.sliders.items():
            share = round(100 * slider.value() / total) if total else 0
            self.shares[criterion].setText(self.tr("{share} %").format(share=share))
            self.shares[criterion].setToolTip(self.tr("{share} % of the score (slider at {value})").format(
                share=share, value=slider.value()))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Weights (the ranking follows as you move them)"))
        for criterion, label in self.labels.items():
            label.setText(criterion_label(criterion))
            self.sliders[criterion].setAccessibleName(self.tr("Weight: {criterion}").format(
                criterion=criterion_label(criterion)))
        self._show_shares()

    def load(self, profile: BuyerProfile) -> None:
        self._given = tuple(profile.weights)
        for criterion, slider in self.sliders.items():
            slider.setValue(int(round(profile.weights.get(criterion, 0))))

    def fill(self, data: dict) -> None:
        # a criterion the profile named keeps its weight of 0; one it left out stays out
        data["weights"] = {c: s.value() for c, s in self.sliders.items() if s.value() or c in self._given}


class PriceSection(NeedSection):
    """The price scoring method and budget, the shortlist's size and how many offerings per organisation."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.method = QComboBox(self)
        for method in PRICE_METHODS:
            self.method.addItem(price_method_label(method), method)
        self.budget = QDoubleSpinBox(self)
        self.budget.setRange(0, 1e10)
        self.budget.setDecimals(0)
        self.size = QSpinBox(self)
        self.size.setRange(1, 100)
        self.per_org = QSpinBox(self)
        self.per_org.setRange(1, 100)
        self.labels = self._rows(QFormLayout(self), {"method": self.method, "budget": self.budget, "size": self.size,
                                                     "per_org": self.per_org})
        self.method.currentIndexChanged.connect(self.edited)
        for widget in (self.budget, self.size, self.per_org):
            widget.valueChanged.connect(self.edited)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Price and shortlist"))
        for key, text in (("method", self.tr("Price scoring method")), ("budget", self.tr("Budget (EUR)")),
                          ("size", self.tr("Shortlist size")), ("per_org", self.tr("At most per organisation"))):
            self.labels[key].setText(text)
        self.budget.setSpecialValueText(self.tr("not set"))
        for i, method in enumerate(PRICE_METHODS):
            self.method.setItemText(i, price_method_label(method))

    def load(self, profile: BuyerProfile) -> None:
        self.method.setCurrentIndex(max(0, self.method.findData(profile.price.method)))
        self.budget.setValue(profile.price.budget_eur or 0)
        self.size.setValue(profile.shortlist_size)
        self.per_org.setValue(profile.max_per_organisation)

    def fill(self, data: dict) -> None:
        price = dict(data["price"])
        price.update(method=self.method.currentData(), budget_eur=self.budget.value() or None)
        if price["reference"] == "budget" and price["budget_eur"] is None:
            price["reference"] = "highest_offer"
        data.update(price=price, shortlist_size=self.size.value(), max_per_organisation=self.per_org.value())
