"""Table models of the Ranking area: ranked offerings and excluded offerings (thin adapters over lists)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.common.list_model import ListTableModel

if TYPE_CHECKING:  # type hints only: the ranking modules load with the first ranking
    from catalog.buyer import Exclusion, OffTopic, ScoredOffering


class RankingModel(ListTableModel):
    """Ranked offerings, best first; the score column is a number the score-bar delegate draws."""

    RANK, OFFERING, ORGANISATION, SCORE, VERIFY = range(5)
    IdRole = Qt.ItemDataRole.UserRole + 1

    COLUMNS = 5
    rows: list[ScoredOffering]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.VERIFY:
                return self.tr("%n to verify", "", len(row.to_verify)) if row.to_verify else ""
            return (row.rank, row.offering, row.organisation, round(row.score, 1))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == self.VERIFY and row.to_verify:
                return "\n".join(v.question for v in row.to_verify)
            return "\n".join(row.warnings) or None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.VERIFY:
            return QColor("#a15c00")
        if role == self.IdRole:
            return row.offering_id
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 5:
            return (self.tr("#"), self.tr("Offering"), self.tr("Organisation"), self.tr("Score"),
                    self.tr("To verify"))[section]
        return None


class ExclusionModel(ListTableModel):
    """Offerings the must-haves excluded, each with every reason."""

    COLUMNS = 3
    rows: list[Exclusion]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.offering, row.organisation, "; ".join(row.reasons))[index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return (self.tr("Offering"), self.tr("Organisation"), self.tr("Why it is excluded"))[section]
        return None


class OffTopicModel(ListTableModel):
    """Offerings that match none of the wanted capabilities: not ranked, not excluded, listed apart."""

    COLUMNS = 3
    rows: list[OffTopic]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.offering, row.organisation, row.reason)[index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return (self.tr("Offering"), self.tr("Organisation"), self.tr("Why it is off topic"))[section]
        return None
