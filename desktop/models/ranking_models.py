"""Table models of the Ranking area: ranked offerings and excluded offerings (thin adapters over lists)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from catalog.scoring import Exclusion, ScoredOffering


class RankingModel(QAbstractTableModel):
    """Ranked offerings, best first; the score column is a number the score-bar delegate draws."""

    RANK, OFFERING, ORGANISATION, SCORE = range(4)
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ScoredOffering] = []

    def set_rows(self, rows: list[ScoredOffering]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.rank, row.offering, row.organisation, round(row.score, 1))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and row.warnings:
            return "\n".join(row.warnings)
        if role == self.IdRole:
            return row.offering_id
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 4:
            return (self.tr("#"), self.tr("Offering"), self.tr("Organisation"), self.tr("Score"))[section]
        return None


class ExclusionModel(QAbstractTableModel):
    """Offerings the must-haves excluded, each with every reason."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Exclusion] = []

    def set_rows(self, rows: list[Exclusion]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.offering, row.organisation, "; ".join(row.reasons))[index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return (self.tr("Offering"), self.tr("Organisation"), self.tr("Why it is excluded"))[section]
        return None
