"""The shortlist table: chosen offerings with decision and notes. Edits are requested, not applied here:
the page turns them into undoable commands."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from catalog.text.labels import DECISIONS, UNDECIDED
from desktop.common.labels import decision_label

if TYPE_CHECKING:  # a type hint only: the quota modules load with the first ranking
    from catalog.quotas import Candidate



@dataclass(frozen=True)
class ShortItem:
    offering_id: str
    decision: str = UNDECIDED
    notes: str = ""


class ShortlistModel(QAbstractTableModel):
    POSITION, OFFERING, ORGANISATION, SCORE, VERIFY, DECISION, NOTES = range(7)
    edit_requested = Signal(int, str, object)   # row, "decision" or "notes", new value

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[ShortItem] = []
        self.candidates: dict[str, Candidate] = {}
        #: per offering, the questions for the vendor (facts the catalog does not record, kept to verify)
        self.questions: dict[str, list[str]] = {}

    def set_items(self, items: list[ShortItem], candidates: dict[str, Candidate]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.candidates = candidates
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def _candidate_text(self, item: ShortItem, column: int):
        c = self.candidates.get(item.offering_id)
        if c is None:
            return item.offering_id if column == self.OFFERING else ""
        if column == self.OFFERING:
            return (c.offering or {}).get("name", c.offering_id)
        if column == self.ORGANISATION:
            return (c.organisation or {}).get("name", c.organisation_id)
        return round(c.score, 1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.POSITION:
                return index.row() + 1
            if column == self.DECISION:
                return item.decision if role == Qt.ItemDataRole.EditRole else decision_label(item.decision)
            if column == self.NOTES:
                return item.notes
            if column == self.VERIFY:
                count = len(self.questions.get(item.offering_id, ()))
                return self.tr("%n to verify", "", count) if count else ""
            return self._candidate_text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.VERIFY:
            return "\n".join(self.questions.get(item.offering_id, ())) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.VERIFY:
            return QColor("#a15c00")
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() in (self.DECISION, self.NOTES):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in (self.DECISION, self.NOTES):
            return False
        if index.column() == self.DECISION and value not in DECISIONS:
            return False
        field = "decision" if index.column() == self.DECISION else "notes"
        if getattr(self.items[index.row()], field) == value:
            return False
        self.edit_requested.emit(index.row(), field, value)
        return True

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            return (self.tr("#"), self.tr("Offering"), self.tr("Organisation"), self.tr("Score"),
                    self.tr("To verify"), self.tr("Decision"), self.tr("Notes"))[section]
        return None
