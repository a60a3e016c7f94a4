"""The main window. A first, minimal window over the catalog; the full app is issue #7."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QMainWindow, QVBoxLayout, QWidget

from catalog import catalog_stats, search
from catalog.search import SearchIndex
from catalog.session import Session


class MainWindow(QMainWindow):
    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self._index = SearchIndex(session.catalog)
        self.setWindowTitle("Vivier")
        central = QWidget(self)
        layout = QVBoxLayout(central)
        stats = catalog_stats(session.catalog)
        self.summary = QLabel(
            self.tr("{o} organisations, {f} offerings, {p} programmes, {m} purchasing routes").format(
                o=stats["organisations"], f=stats["offerings"], p=stats["programmes"], m=stats["marketplaces"]),
            central,
        )
        self.query = QLineEdit(central)
        self.query.setPlaceholderText(self.tr("Search the catalogue (typos and missing accents are fine)"))
        self.query.setAccessibleName(self.tr("Search the catalogue"))
        self.results = QListWidget(central)
        self.results.setAccessibleName(self.tr("Search results"))
        layout.addWidget(self.summary)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        self.setCentralWidget(central)
        self.query.textChanged.connect(self._on_query)
        self.resize(900, 600)
        self.query.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_query(self, text: str) -> None:
        hits = search(self.session.catalog, text, limit=50, index=self._index)
        self.results.clear()
        self.results.addItems([f"{h.name}  ·  {h.kind}" for h in hits])
