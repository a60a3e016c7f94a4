"""The matched programmes table: eligible first, with fit, kind and next deadline."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from catalog.programmes import ProgrammeMatch

from ..labels import programme_kind_label


class ProgrammeModel(QAbstractTableModel):
    NAME, KIND, ELIGIBLE, SCORE, DEADLINE = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ProgrammeMatch] = []

    def set_rows(self, rows: list[ProgrammeMatch]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        m = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (m.name, programme_kind_label(m.kind), self.tr("yes") if m.eligible else self.tr("no"),
                    round(m.score, 1) if m.eligible else "",
                    m.next_deadline["date"] if m.next_deadline else "")[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(m.reasons)
        if role == Qt.ItemDataRole.ForegroundRole and not m.eligible:
            return Qt.GlobalColor.darkGray
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 5:
            return (self.tr("Programme"), self.tr("Kind"), self.tr("Eligible"), self.tr("Fit"),
                    self.tr("Next deadline"))[section]
        return None
