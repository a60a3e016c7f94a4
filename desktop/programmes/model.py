"""The matched programmes table: eligible first, with fit, kind and next deadline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from desktop.common.labels import programme_kind_label
from desktop.common.list_model import ListTableModel

if TYPE_CHECKING:  # a type hint only: matching (rapidfuzz) loads with the first search
    from catalog.sme import ProgrammeMatch


class ProgrammeModel(ListTableModel):
    NAME, KIND, ELIGIBLE, SCORE, DEADLINE = range(5)

    COLUMNS = 5
    rows: list[ProgrammeMatch]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        m = self.row_at(index)
        if m is None:
            return None
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
