"""The quota rules of the Need form: the profile's rules as a table, and the common ones added in one click."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from catalog.buyer import BuyerProfile
from catalog.quotas import preset_choices, preset_rule
from desktop.i18n import current_language

from .quota_rules_model import QuotaRulesModel
from .sections import NeedSection


class QuotaSection(NeedSection):
    """The "small business act" rules: required ones shape the shortlist, monitored ones are reported."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.model = QuotaRulesModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().resizeSection(0, 170)
        self.view.setMinimumHeight(110)
        layout.addWidget(self.view)
        row = QHBoxLayout()
        self.preset = QComboBox(self)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        row.addWidget(self.preset, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add_preset)
        self.remove_button.clicked.connect(self._remove_selected)
        self.model.rules_changed.connect(self.edited)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Quota rules (small business act)"))
        chosen = self.preset.currentData()
        self.preset.clear()
        for key, label in preset_choices(current_language()):
            self.preset.addItem(label, key)
        self.preset.setCurrentIndex(max(0, self.preset.findData(chosen)))
        self.preset.setAccessibleName(self.tr("Quota rule to add"))
        self.add_button.setText(self.tr("Add rule"))
        self.remove_button.setText(self.tr("Remove rule"))

    def load(self, profile: BuyerProfile) -> None:
        self.model.set_rules(list(profile.quota_rules))

    def fill(self, data: dict) -> None:
        data["quota_rules"] = [r.to_json() for r in self.model.rules]

    def add_preset(self) -> None:
        """Add the chosen preset rule, labelled in the app's language, unless a rule of that label is there."""
        rule = preset_rule(self.preset.currentData(), current_language())
        if rule.label in {r.label for r in self.model.rules}:
            return
        self.model.set_rules(self.model.rules + [rule])
        self.edited.emit()

    def _remove_selected(self) -> None:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        self.model.set_rules([r for i, r in enumerate(self.model.rules) if i not in rows])
        self.edited.emit()
