"""The need profile's quota rules as a table: label, required or monitored, and the rule in plain words."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from catalog.quotas import QuotaRule
from desktop.i18n import current_language


class QuotaRulesModel(QAbstractTableModel):
    LABEL, REQUIRED, DESCRIPTION = range(3)
    rules_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rules: list[QuotaRule] = []

    def set_rules(self, rules: list[QuotaRule]) -> None:
        self.beginResetModel()
        self.rules = list(rules)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rules)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rules):
            return None
        rule = self.rules[index.row()]
        if index.column() == self.REQUIRED:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if rule.required else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("required") if rule.required else self.tr("monitored")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return rule.label if index.column() == self.LABEL else rule.describe(current_language())
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == self.REQUIRED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.REQUIRED or role != Qt.ItemDataRole.CheckStateRole:
            return False
        required = Qt.CheckState(value) == Qt.CheckState.Checked
        self.rules[index.row()] = replace(self.rules[index.row()], mode="required" if required else "monitor")
        self.dataChanged.emit(index, index)
        self.rules_changed.emit()
        return True

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return (self.tr("Rule"), self.tr("Required"), self.tr("Meaning"))[section]
        return None
