"""The main window: composes the five areas, the menus and the settings; it holds no domain logic."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from catalog import __version__, buyer
from catalog.records import CatalogBrowser
from catalog.session import Session
from desktop.actions import ACTIONS, build_actions, menu_text, retranslate_actions
from desktop.catalogue.page import CataloguePage
from desktop.errors import error_text
from desktop.i18n import install_language
from desktop.settings.state import AppSettings
from desktop.worker import TaskRunner

if TYPE_CHECKING:
    from desktop.shortlist.page import ShortlistPage

#: actions that need no data folder: leaving works while it opens
ALWAYS_USABLE = frozenset({"quit"})
#: the navigation's width in pixels: fits "Programmes (PME)" at the default font with the icon margin
NAV_WIDTH = 170


class MainWindow(QMainWindow):
    """Navigation on the left, one page per area on the right, menus with shortcuts for the main actions."""

    AREAS = ("catalogue", "need", "ranking", "shortlist", "programmes")

    def __init__(self, session: Session | None = None, *, settings: AppSettings | None = None):
        super().__init__()
        self.session: Session | None = None
        self.browser: CatalogBrowser | None = None
        self.settings = settings or AppSettings()
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget(central)
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setObjectName("navigation")
        layout.addWidget(self.nav)
        self.stack = QStackedWidget(central)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.pages: dict[str, QWidget] = {}
        for name in self.AREAS:
            QListWidgetItem(self.nav).setData(Qt.ItemDataRole.UserRole, name)
            # the first area is built now; the others once the window is on screen (see _build_areas)
            self.stack.addWidget(CataloguePage(parent=self) if name == "catalogue" else QWidget(self))
        self.pages["catalogue"] = self.stack.widget(0)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.catalogue.status.connect(self.show_status)
        self.ranker = TaskRunner(self)
        self.ranker.succeeded.connect(self._ranked)
        self.ranker.failed.connect(self._rank_failed)
        self.action_map = build_actions(self)
        self.menus = {}
        for spec_menu in ("file", "edit", "view", "help"):
            self.menus[spec_menu] = self.menuBar().addMenu("")
        for spec in ACTIONS:
            self.menus[spec.menu].addAction(self.action_map[spec.name])
        self.catalogue.import_button.clicked.connect(self.import_catalog)
        self.catalogue.export_button.clicked.connect(self.export_catalog)
        self.undo_action = self.redo_action = None
        self.resize(1280, 800)
        self.retranslate()
        self._restore_state()
        self.nav.setCurrentRow(0)
        self._set_usable(False)
        if session is not None:
            self.attach_session(session)

    def attach_session(self, session: Session) -> None:
        """Work on the data folder ``session``: the areas become usable and the catalogue is read on a worker.

        The app shows its window first and opens the data folder on the first turn of the event loop
        (opening loads sqlite-utils and numpy, a third of the start), so the window appears at once.
        """
        if self.session is not None:
            raise RuntimeError("the window already works on a data folder")
        self.session = session
        self._build_areas()
        self.browser = CatalogBrowser(session.catalog, load=False)  # read on a worker: seconds at 100k records
        self.catalogue.attach(session, self.browser)
        self.shortlist.session = self.pages["programmes"].session = session
        self._set_usable(True)

    def _set_usable(self, usable: bool) -> None:
        self.centralWidget().setEnabled(usable)
        for name, action in self.action_map.items():
            action.setEnabled(usable or name in ALWAYS_USABLE)

    # -- composition
    def _build_areas(self) -> None:
        """Build the Need, Ranking, Shortlist and Programmes areas in place of their placeholders, and wire them.

        Their modules and widgets are a third of the start, so the window shows without them and they are
        built with the data folder, on the next turn of the event loop; they are disabled until then anyway.
        """
        from desktop.need.page import NeedPage
        from desktop.programmes.page import ProgrammesPage
        from desktop.ranking.page import RankingPage
        from desktop.shortlist.page import ShortlistPage

        for name, page in (("need", NeedPage(self)), ("ranking", RankingPage(self)),
                           ("shortlist", ShortlistPage(parent=self)), ("programmes", ProgrammesPage(parent=self))):
            index = self.AREAS.index(name)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[name] = page
            if hasattr(page, "restore_state"):
                page.restore_state(self.settings)
        self.pages = {name: self.pages[name] for name in self.AREAS}
        self.stack.setCurrentIndex(self.nav.currentRow())
        for name in ("need", "shortlist", "programmes"):
            self.pages[name].status.connect(self.show_status)
        self.pages["need"].profile_changed.connect(self.rank)
        self.pages["ranking"].add_to_shortlist.connect(self.shortlist.add)
        self.catalogue.catalog_changed.connect(self.pages["need"].emit_profile)
        self.undo_action = self.shortlist.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.shortlist.undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.menus["edit"].insertActions(self.menus["edit"].actions()[0], [self.undo_action, self.redo_action])
        self.retranslate()

    @property
    def catalogue(self) -> CataloguePage:
        return self.pages["catalogue"]

    @property
    def shortlist(self) -> ShortlistPage:
        return self.pages["shortlist"]

    # -- ranking (off the GUI thread; a newer profile supersedes a running ranking)
    def rank(self, profile) -> None:
        path = self.session.catalog.path
        # the ranking modules (numpy, rapidfuzz) load on the worker with the first ranking
        self.ranker.start(lambda: buyer.rank_job(path, profile))

    def _ranked(self, result) -> None:
        self.pages["ranking"].set_pass(result)
        self.shortlist.set_pass(result)

    def _rank_failed(self, error: BaseException) -> None:
        message, _details = error_text(error)
        self.pages["need"].problems.setText(message)

    def area_title(self, name: str) -> str:
        return {"catalogue": self.tr("Catalogue"), "need": self.tr("Need"), "ranking": self.tr("Ranking"),
                "shortlist": self.tr("Shortlist"), "programmes": self.tr("Programmes (SME)")}[name]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Vivier — European AI for buyers and SMEs"))
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            item.setText(self.area_title(item.data(Qt.ItemDataRole.UserRole)))
        self.nav.setAccessibleName(self.tr("Areas"))
        for name, menu in self.menus.items():
            menu.setTitle(menu_text(name))
        retranslate_actions(self.action_map)
        if self.undo_action is not None:
            self.undo_action.setText(self.tr("&Undo shortlist change"))
            self.redo_action.setText(self.tr("&Redo shortlist change"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- navigation
    def show_area(self, name: str) -> None:
        if name in self.AREAS:
            self.nav.setCurrentRow(self.AREAS.index(name))

    def show_catalogue(self) -> None:
        self.show_area("catalogue")

    def show_need(self) -> None:
        self.show_area("need")

    def show_ranking(self) -> None:
        self.show_area("ranking")

    def show_shortlist(self) -> None:
        self.show_area("shortlist")

    def show_programmes(self) -> None:
        self.show_area("programmes")

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # -- catalogue actions
    def focus_search(self) -> None:
        self.show_catalogue()
        self.catalogue.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.catalogue.search.selectAll()

    def new_record(self) -> None:
        self.show_catalogue()
        self.catalogue.new_record()

    def edit_record(self) -> None:
        self.show_catalogue()
        self.catalogue.edit_record()

    def _last_folder(self) -> str:
        return str(self.settings.value("last_folder", ""))

    def import_catalog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import catalogue file"), self._last_folder(),
                                              self.tr("Catalogue files (*.json *.csv *.xlsx)"))
        if path:
            self.settings.set_value("last_folder", str(Path(path).parent))
            self.catalogue.import_file(path)

    def export_catalog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export catalogue"), self._last_folder(),
                                              self.tr("Excel workbook (*.xlsx);;CSV (*.csv);;JSON (*.json)"))
        if path:
            self.catalogue.export_file(path)

    # -- need, ranking, shortlist
    def open_profile(self) -> None:
        self.show_need()
        self.pages["need"].open_profile()

    def save_profile(self) -> None:
        self.pages["need"].save_profile()

    def save_profile_as(self) -> None:
        self.pages["need"].save_profile_as()

    def export_workbook(self) -> None:
        self.show_shortlist()
        self.pages["shortlist"].export_workbook()

    def make_compliant(self) -> None:
        self.show_shortlist()
        self.pages["shortlist"].make_compliant()

    # -- settings and help
    def open_settings(self) -> None:
        # keyring (through catalog.online._secrets) takes ~150 ms to import: loaded on first use, not at start-up
        from desktop.settings.dialog import SettingsDialog

        choice = SettingsDialog.ask(self, settings=self.settings, session=self.session)
        if choice is not None:
            self.set_language(self.settings.language())

    def set_language(self, language: str) -> None:
        """Switch every visible text to ``language`` ("fr" or "en") now."""
        install_language(language)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Vivier"), self.tr(
            "Vivier {version}\nA sourced catalogue of European AI, explainable ranking, compliant shortlists "
            "and tender workbooks.\nData folder: {folder}").format(version=__version__, folder=self.session.data_dir))

    # -- window state
    def _restore_state(self) -> None:
        if (geometry := self.settings.state("window/geometry")) is not None:
            self.restoreGeometry(geometry)
        if (state := self.settings.state("window/state")) is not None:
            self.restoreState(state)
        for page in self.pages.values():
            if hasattr(page, "restore_state"):
                page.restore_state(self.settings)

    def save_window_state(self) -> None:
        self.settings.set_state("window/geometry", self.saveGeometry())
        self.settings.set_state("window/state", self.saveState())
        for page in self.pages.values():
            if hasattr(page, "save_state"):
                page.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event) -> None:
        if "need" in self.pages and not self.pages["need"].confirm_discard():
            event.ignore()
            return
        self.ranker.cancel()
        self.save_window_state()
        super().closeEvent(event)
