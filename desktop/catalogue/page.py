"""The Catalogue area: one searchable, filterable list of every record, its detail, add/edit, import/export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from catalog.records import FORMATS, BrowseFilters, CatalogBrowser, export_file_job, import_file_job, save_record
from catalog.session import Session
from desktop.catalogue.model import CatalogTableModel
from desktop.catalogue.record_editor import RecordEditor
from desktop.common.labels import deployment_label, kind_label, size_label
from desktop.common.page import Page
from desktop.common.record_detail import RecordDetail
from desktop.errors import show_error
from desktop.settings.state import AppSettings
from desktop.worker import TaskRunner, run_with_progress


class CataloguePage(Page):
    """Search as you type over :class:`CatalogBrowser` (folded keys, reset model), with facets and detail."""

    status = Signal(str)
    catalog_changed = Signal()
    #: the list is filled after an off-thread :meth:`load`
    loaded = Signal()

    #: (facet, BrowseFilters field) of the combo boxes, in display order
    FACET_BOXES = ("kind", "country", "size_class", "deployment", "certification", "marketplace", "open_weights")

    def __init__(self, session: Session | None = None, browser: CatalogBrowser | None = None, parent=None):
        super().__init__(parent)
        self.session: Session | None = None
        self.browser: CatalogBrowser | None = None
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        title_row = QHBoxLayout()
        title_row.addWidget(self.make_title())
        title_row.addStretch(1)
        self.count = QLabel(self)
        title_row.addWidget(self.count)
        layout.addLayout(title_row)
        search_row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        search_row.addWidget(self.search, 1)
        layout.addLayout(search_row)
        layout.addLayout(self._build_filters())
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._build_table(self.splitter)
        self.detail = RecordDetail(self.splitter)
        self.detail.record_clicked.connect(self.select_record)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(self._build_buttons())
        self.search.textChanged.connect(self.refilter)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.table.doubleClicked.connect(lambda _i: self.edit_record())
        self._then = None
        self.loader = TaskRunner(self)
        self.loader.succeeded.connect(self._loaded)
        self.loader.failed.connect(self._load_failed)
        self._set_loading(True)  # until the data folder is open and the catalogue read
        self.retranslate()
        if session is not None:
            self.attach(session, browser)

    def attach(self, session: Session, browser: CatalogBrowser) -> None:
        """Show the catalog of ``session`` through ``browser`` (read on a worker unless already loaded)."""
        self.session, self.browser = session, browser
        if browser.loaded:
            self._set_loading(False)
            self.reload_facets()
        else:
            self.load()

    # -- layout, in parts
    def _build_filters(self) -> QGridLayout:
        """One combo box per facet and the "clear filters" button."""
        # two rows of four: the page must fit a 1366-pixel-wide laptop screen beside the navigation
        filter_row = QGridLayout()
        self.facets: dict[str, QComboBox] = {}
        for position, facet in enumerate(self.FACET_BOXES):
            box = QComboBox(self)
            # long marketplace names must not widen the page past the window
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(10)
            self.facets[facet] = box
            filter_row.addWidget(box, position // 4, position % 4)
            box.currentIndexChanged.connect(self.refilter)
        self.clear_filters = QPushButton(self)
        self.clear_filters.clicked.connect(self.reset_filters)
        filter_row.addWidget(self.clear_filters, 1, 3)
        return filter_row

    def _build_table(self, splitter: QSplitter) -> None:
        self.model = CatalogTableModel(self)
        self.table = QTableView(splitter)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorClearable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # ResizeToContents costs 300 ms at 100k
        header.setStretchLastSection(True)
        for column, width in enumerate((200, 90, 130, 55, 60)):
            header.resizeSection(column, width)
        self.table.setSortingEnabled(True)

    def _build_buttons(self) -> QHBoxLayout:
        """New, edit, import and export, and the drop hint."""
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.export_button = QPushButton(self)
        for button in (self.new_button, self.edit_button, self.import_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.drop_hint = QLabel(self)
        self.drop_hint.setStyleSheet("color: #555;")
        buttons.addWidget(self.drop_hint)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_record)
        self.edit_button.setEnabled(False)
        return buttons

    # -- loading (off the GUI thread: reading 100,000 records takes seconds)
    def load(self, then=None) -> None:
        """Read the catalogue on a worker thread, then call ``then()``; meanwhile the page says so and waits."""
        earlier = self._then  # a reload superseding one still running keeps that one's follow-up
        if earlier is not None and then is not None:
            def both() -> None:
                earlier()
                then()
            self._then = both
        else:
            self._then = then or earlier
        if self.browser.store.path is None:  # an in-memory catalog cannot be read from another thread
            self.browser.refresh()
            self._finish_loading()
            return
        self._set_loading(True)
        self.loader.start(self.browser.load_job)

    def _set_loading(self, loading: bool) -> None:
        self.loading = loading
        for widget in (self.search, self.table, self.clear_filters, self.new_button, *self.facets.values()):
            widget.setEnabled(not loading)
        self._update_count()

    def _loaded(self, data) -> None:
        self.browser.adopt(data)
        self._finish_loading()

    def _finish_loading(self) -> None:
        self._set_loading(False)
        self.reload_facets()
        then, self._then = self._then, None
        if then is not None:
            then()
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self._then = None
        self._set_loading(False)
        self.count.setText(self.tr("The catalogue could not be read."))
        show_error(self, error)

    # -- texts
    def retranslate(self) -> None:
        self.title.setText(self.tr("Catalogue"))
        self.search.setPlaceholderText(self.tr("Search every record: names, capabilities, descriptions "
                                               "(typos and missing accents are fine)"))
        self.search.setAccessibleName(self.tr("Search the catalogue"))
        self.table.setAccessibleName(self.tr("Catalogue records"))
        self.clear_filters.setText(self.tr("Clear filters"))
        self.new_button.setText(self.tr("New record…"))
        self.edit_button.setText(self.tr("Edit record…"))
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export…"))
        self.drop_hint.setText(self.tr("Tip: drop a .json, .csv or .xlsx file here to import it."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        self.detail.retranslate()
        self._update_count()

    def language_changed(self) -> None:
        """The texts, and the facet values: their labels are translated too."""
        self.retranslate()
        self.reload_facets()

    def reload_facets(self) -> None:
        """Fill the filter boxes with the values present in the catalog, keeping the current choices."""
        if self.browser is None:
            return
        labels = {"kind": kind_label, "size_class": size_label, "deployment": deployment_label}
        for facet, box in self.facets.items():
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem("", None)
            if facet == "open_weights":
                box.addItems(["", ""])
                box.setItemData(1, True)
                box.setItemData(2, False)
            else:
                for value in self.browser.facet_values(facet):
                    box.addItem(labels.get(facet, str)(value), value)
            box.setCurrentIndex(max(0, box.findData(current)) if current is not None else 0)
            box.blockSignals(False)
        self.retranslate_facets()
        self.refilter()

    def retranslate_facets(self) -> None:
        names = {"kind": self.tr("Any kind"), "country": self.tr("Any country"), "size_class": self.tr("Any size"),
                 "deployment": self.tr("Any deployment"), "certification": self.tr("Any certification"),
                 "marketplace": self.tr("Any marketplace"), "open_weights": self.tr("Open weights: any")}
        for facet, box in self.facets.items():
            box.setItemText(0, names[facet])
            box.setAccessibleName(self.tr("Filter: {what}").format(what=names[facet]))
        self.facets["open_weights"].setItemText(1, self.tr("Open weights: yes"))
        self.facets["open_weights"].setItemText(2, self.tr("Open weights: no"))

    # -- filtering
    def filters(self) -> BrowseFilters:
        values = {facet: box.currentData() for facet, box in self.facets.items()}
        return BrowseFilters(**values)

    def reset_filters(self) -> None:
        for box in self.facets.values():
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.refilter()

    def refilter(self) -> None:
        if self.loading:  # the filters are applied once the rows are there
            return
        current = self._current_id()
        result = self.browser.filter(self.search.text(), self.filters())
        self._typo = result.typo
        self.model.set_rows(result.rows)
        self._update_count()
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        elif current:
            self.detail.show_empty()
            self.edit_button.setEnabled(False)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), len(self.browser.rows) if self.browser is not None else 0
        if getattr(self, "loading", False):
            text = self.tr("Loading the catalogue…")
        elif getattr(self, "_typo", False):
            text = self.tr("%n match(es) found in descriptions or by close spelling", "", shown)
        elif shown == total:
            text = self.tr("%n record(s)", "", total)
        else:
            text = self.tr("{shown} of {total} records").format(shown=shown, total=total)
        self.count.setText(text)

    # -- selection and detail
    def _current_id(self) -> str | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.id if row else None

    def _show_current(self, current, _previous=None) -> None:
        row = self.model.row_at(current.row())
        self.edit_button.setEnabled(row is not None)
        if row is None:
            self.detail.show_empty()
            return
        found = self.session.catalog.find(row.id)
        if found is None:
            self.detail.show_empty()
            return
        kind, record = found
        related = {record.get(k) for k in ("organisation_id", "marketplace_id", "offering_id")} - {None}
        names = {rid: self.browser.row(rid).name for rid in related if self.browser.row(rid)}
        self.detail.show_record(kind, record, names=names)

    def select_record(self, record_id: str) -> None:
        """Show ``record_id``: clear the search and filters if they hide it."""
        if self.model.row_of(record_id) < 0:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.reset_filters()
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))

    # -- editing
    def _save(self, kind: str, record: dict, replaces: str | None) -> dict:
        return save_record(self.session.catalog, kind, record, replaces=replaces)

    def new_record(self) -> None:
        saved = RecordEditor.ask(self, kind=self.filters().kind, record=None, save=self._save)
        if saved is not None:
            self._after_change(saved["id"], self.tr("Record {id} added.").format(id=saved["id"]))

    def edit_record(self) -> None:
        record_id = self._current_id()
        if record_id is None:
            return
        kind, record = self.session.catalog.get(record_id)
        saved = RecordEditor.ask(self, kind=kind, record=record, save=self._save)
        if saved is not None:
            self._after_change(saved["id"], self.tr("Record {id} saved.").format(id=saved["id"]))

    def _after_change(self, select: str | None, message: str) -> None:
        """Reload the list off the GUI thread (seconds at 100,000 records), then select, report and notify."""
        def then() -> None:
            if select:
                self.select_record(select)
            self.status.emit(message)
            self.catalog_changed.emit()

        self.load(then)

    # -- import / export (off the GUI thread)
    def import_file(self, path: Path) -> None:
        path = Path(path)

        def done(report) -> None:
            self._after_change(None, self.tr("{file}: {added} record(s) added, {updated} updated, {same} unchanged.")
                               .format(file=path.name, added=len(report.added), updated=len(report.updated),
                                       same=len(report.unchanged)))
            self.last_import = report

        self._runner = run_with_progress(self, self.tr("Importing {file}").format(file=path.name),
                                         lambda: import_file_job(self.session.catalog.path, path), done,
                                         lambda error: show_error(self, error))

    def export_file(self, path: Path) -> None:
        path = Path(path)

        def done(counts) -> None:
            self.status.emit(self.tr("{file}: {count} record(s) exported.").format(
                file=path.name, count=sum(counts.values())))
            self.last_export = counts

        self._runner = run_with_progress(self, self.tr("Exporting to {file}").format(file=path.name),
                                         lambda: export_file_job(self.session.catalog.path, path), done,
                                         lambda error: show_error(self, error))

    @staticmethod
    def _dropped_files(event) -> list[Path]:
        if not event.mimeData().hasUrls():
            return []
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        return [p for p in paths if p.suffix.lower() in FORMATS]

    def dragEnterEvent(self, event) -> None:
        if self._dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = self._dropped_files(event)
        if files:
            event.acceptProposedAction()
            self.import_file(files[0])

    # -- window state
    def save_state(self, settings: AppSettings) -> None:
        settings.set_state("catalogue/splitter", self.splitter.saveState())
        settings.set_state("catalogue/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: AppSettings) -> None:
        if (state := settings.state("catalogue/splitter")) is not None:
            self.splitter.restoreState(state)
        if (state := settings.state("catalogue/header")) is not None:
            self.table.horizontalHeader().restoreState(state)
