"""The Need area: the buyer profile editor. Every change re-ranks (debounced); files open and save as JSON.

The form is made of sections (:mod:`.sections`, :mod:`.must_haves`, :mod:`.quota_rules`), each editing
its part of the profile; this page lays them out, validates the whole, and opens and saves files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from catalog.buyer import BuyerProfile, load_buyer_profile, parse_buyer_profile, save_buyer_profile
from catalog.errors import CatalogError
from desktop.common.page import Page
from desktop.errors import show_error

from .must_haves import MustHaveSection
from .quota_rules import QuotaSection
from .sections import CapabilitySection, DescriptionSection, PriceSection, WeightSection

#: re-rank this long after the last change, so dragging a slider does not queue a ranking per pixel
RERANK_DELAY_MS = 150


class UnsavedPrompt:
    """The unsaved-changes question. Tests replace :meth:`ask`."""

    @classmethod
    def ask(cls, parent: QWidget) -> str:
        """``"save"``, ``"discard"`` or ``"cancel"``."""
        answer = QMessageBox.question(
            parent, "Vivier", parent.tr("The need profile has unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(answer, "cancel")


class NeedPage(Page):
    """Edits a :class:`BuyerProfile`; ``profile_changed`` carries each valid version (debounced)."""

    profile_changed = Signal(object)
    status = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.path: Path | None = None
        self.dirty = False
        self._loading = False
        self._base = BuyerProfile(name="", capabilities=[])
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RERANK_DELAY_MS)
        self.timer.timeout.connect(self.emit_profile)
        outer = QVBoxLayout(self)
        outer.addWidget(self.make_title())
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        outer.addWidget(self.problems)
        outer.addWidget(self._build_sections(), 1)
        outer.addLayout(self._build_file_row())
        for section in self.sections:
            section.edited.connect(self.changed)
        # the widgets a user (and a test) works with most, by their names
        self.name, self.capability_input = self.description.name, self.capabilities.input
        self.deployments, self.sliders = self.must_haves.deployments, self.weights.sliders
        self.preset, self.add_rule = self.quotas.preset, self.quotas.add_button
        self.retranslate()
        self.set_profile(BuyerProfile(name=self.tr("New need"), capabilities=[]), path=None)

    def _build_sections(self) -> QScrollArea:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget()
        scroll.setWidget(body)
        columns = QHBoxLayout(body)
        self.description, self.capabilities = DescriptionSection(body), CapabilitySection(body)
        self.must_haves, self.weights = MustHaveSection(body), WeightSection(body)
        self.price, self.quotas = PriceSection(body), QuotaSection(body)
        self.sections = (self.description, self.capabilities, self.must_haves, self.weights, self.price, self.quotas)
        for column in ((self.description, self.capabilities, self.must_haves), (self.weights, self.price, self.quotas)):
            layout = QVBoxLayout()
            for section in column:
                layout.addWidget(section)
            layout.addStretch(1)
            columns.addLayout(layout, 1)
        return scroll

    def _build_file_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.open_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.file_label = QLabel(self)
        self.file_label.setStyleSheet("color: #555;")
        row.addWidget(self.open_button)
        row.addWidget(self.save_button)
        row.addWidget(self.file_label, 1)
        self.open_button.clicked.connect(self.open_profile)
        self.save_button.clicked.connect(self.save_profile)
        return row

    # -- texts
    def retranslate(self) -> None:
        self.title.setText(self.tr("Need"))
        for section in self.sections:
            section.retranslate()
        self.open_button.setText(self.tr("Open…"))
        self.save_button.setText(self.tr("Save"))
        self._show_file()

    def _show_file(self) -> None:
        name = str(self.path) if self.path else self.tr("not saved yet")
        self.file_label.setText(name + (" — " + self.tr("unsaved changes") if self.dirty else ""))

    # -- profile <-> form
    def set_profile(self, profile: BuyerProfile, *, path: Path | None) -> None:
        self._loading = True
        try:
            for section in self.sections:
                section.load(profile)
            self._base = profile
        finally:
            self._loading = False
        self.path = path
        self.dirty = False
        self._show_file()
        self.problems.clear()
        if profile.capabilities:
            self.emit_profile()

    def form_data(self) -> dict:
        """The form as profile JSON; fields the form does not show keep the loaded profile's values."""
        data = self._base.to_json()
        for section in self.sections:
            section.fill(data)
        return data

    def profile(self) -> BuyerProfile:
        """The form as a validated profile; raises :class:`ValidationError` naming each bad field."""
        return parse_buyer_profile(self.form_data(), source=self.tr("the need form"))

    # -- editing
    def changed(self, *_args) -> None:
        if self._loading:
            return
        self.dirty = True
        self._show_file()
        self.timer.start()

    def emit_profile(self) -> None:
        self.timer.stop()
        try:
            profile = self.profile()
        except CatalogError as e:
            self.problems.setText(str(e))
            return
        self.problems.clear()
        self.profile_changed.emit(profile)

    def add_capability_word(self, word: str) -> None:
        self.capabilities.add_word(word)

    # -- files
    def confirm_discard(self) -> bool:
        """True when unsaved changes may be dropped (saved, discarded, or none)."""
        if not self.dirty:
            return True
        answer = UnsavedPrompt.ask(self)
        if answer == "save":
            return self.save_profile()
        return answer == "discard"

    def open_profile(self, path: str | Path | None = None) -> bool:
        if not self.confirm_discard():
            return False
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open need profile"), "",
                                                  self.tr("Need profiles (*.json)"))
            if not path:
                return False
        try:
            profile = load_buyer_profile(path)
        except CatalogError as e:
            show_error(self, e)
            return False
        self.set_profile(profile, path=Path(path))
        self.status.emit(self.tr("Opened {file}.").format(file=Path(path).name))
        return True

    def save_profile(self, path: str | Path | None = None) -> bool:
        target = Path(path) if path else self.path
        if target is None:
            return self.save_profile_as()
        try:
            profile = self.profile()
            save_buyer_profile(profile, target)
        except CatalogError as e:
            show_error(self, e)
            return False
        self.path = target
        self.dirty = False
        self._show_file()
        self.status.emit(self.tr("Saved {file}.").format(file=target.name))
        return True

    def save_profile_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save need profile"), self.name.text() + ".json",
                                              self.tr("Need profiles (*.json)"))
        return self.save_profile(path) if path else False
