"""The plumbing every read-only list table shares: a Python list of rows, reset as a whole."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex


class ListTableModel(QAbstractTableModel):
    """A table over ``rows`` with ``COLUMNS`` columns; subclasses provide ``data`` and ``headerData``.

    ``set_rows`` resets the model from a new list (no per-row signals: filtering and re-ranking
    happen in catalog/, the model only shows the result).
    """

    COLUMNS = 0

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def row_at(self, index):
        """The row behind ``index``, or None for an invalid or stale index (``data()`` never raises)."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]
