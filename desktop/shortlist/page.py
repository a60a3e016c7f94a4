"""The Shortlist area: chosen offerings, quota gauges, "make compliant", decisions and notes with undo, export."""

from __future__ import annotations

import getpass
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
)

from catalog import buyer, quotas, workbook
from catalog.errors import CatalogError
from catalog.quotas import legal_note
from catalog.session import Session
from desktop.common.charts import QuotaGauge, ScoreBarDelegate
from desktop.common.labels import decision_label
from desktop.common.page import Page
from desktop.errors import show_error
from desktop.i18n import current_language
from desktop.shortlist.model import DECISIONS, ShortItem, ShortlistModel
from desktop.worker import TaskRunner, run_with_progress

if TYPE_CHECKING:  # type hints only: the ranking modules load with the first ranking
    from catalog.buyer import BuyerPass, ShortlistView


class ShortlistChange(QUndoCommand):
    """Any change of the shortlist, undone by restoring the items it replaced."""

    def __init__(self, page: "ShortlistPage", before: list[ShortItem], after: list[ShortItem], text: str):
        super().__init__(text)
        self.page, self.before, self.after = page, before, after

    def redo(self) -> None:
        self.page.set_items(self.after)

    def undo(self) -> None:
        self.page.set_items(self.before)


class DecisionDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        for code in DECISIONS:
            box.addItem(decision_label(code), code)
        return box

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ShortlistPage(Page):
    status = Signal(str)
    #: the shortlist on screen is up to date with the items (names, scores, gauges)
    refreshed = Signal()

    def __init__(self, session: Session | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.result: BuyerPass | None = None
        self.items: list[ShortItem] = []
        #: the version of the shortlist kept in workspace.db, with the items it was kept with
        self.kept = None
        self.undo_stack = QUndoStack(self)
        #: reads the items' records and evaluates the quotas off the GUI thread (see _refresh)
        self.viewer = TaskRunner(self)
        self.viewer.succeeded.connect(self._show_view)
        self.viewer.failed.connect(lambda error: show_error(self, error))
        layout = QVBoxLayout(self)
        layout.addWidget(self.make_title())
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(self._build_table(), 2)
        layout.addLayout(self._build_buttons())
        self._build_quotas(layout)
        self.model.edit_requested.connect(self._edit)
        self.retranslate()

    def _build_table(self) -> QTableView:
        self.model = ShortlistModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setItemDelegateForColumn(ShortlistModel.SCORE, ScoreBarDelegate(self.table))
        self.table.setItemDelegateForColumn(ShortlistModel.DECISION, DecisionDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ShortlistModel.OFFERING, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ShortlistModel.POSITION, 36), (ShortlistModel.ORGANISATION, 150),
                              (ShortlistModel.SCORE, 110), (ShortlistModel.VERIFY, 110), (ShortlistModel.DECISION, 110),
                              (ShortlistModel.NOTES, 220)):
            header.resizeSection(column, width)
        return self.table

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.compliant_button, self.remove_button = QPushButton(self), QPushButton(self)
        self.undo_button, self.redo_button, self.export_button = QPushButton(self), QPushButton(self), QPushButton(self)
        for button, slot in ((self.compliant_button, self.make_compliant), (self.remove_button, self.remove_selected),
                             (self.undo_button, self.undo_stack.undo), (self.redo_button, self.undo_stack.redo),
                             (self.export_button, self.export_workbook)):
            buttons.addWidget(button)
            button.clicked.connect(slot)
        buttons.addStretch(1)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        return buttons

    def _build_quotas(self, layout: QVBoxLayout) -> None:
        self.cost = QLabel(self)
        self.cost.setWordWrap(True)
        layout.addWidget(self.cost)
        self.quota_title = QLabel(self)
        self.quota_title.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.quota_title)
        self.gauges_box = QVBoxLayout()
        layout.addLayout(self.gauges_box)
        self.gauges: list[QuotaGauge] = []
        self.legal = QLabel(self)
        self.legal.setWordWrap(True)
        self.legal.setStyleSheet("color: #555;")
        layout.addWidget(self.legal)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Shortlist"))
        self.compliant_button.setText(self.tr("Make compliant"))
        self.compliant_button.setToolTip(self.tr("Replace the shortlist by the best-scoring one that meets every "
                                                 "required quota"))
        self.remove_button.setText(self.tr("Remove"))
        self.undo_button.setText(self.tr("Undo"))
        self.redo_button.setText(self.tr("Redo"))
        self.export_button.setText(self.tr("Export tender workbook…"))
        self.quota_title.setText(self.tr("Quotas"))
        self.table.setAccessibleName(self.tr("Shortlisted offerings"))
        self._refresh()

    # -- data
    def set_pass(self, result: BuyerPass) -> None:
        """A new ranking: keep the chosen items still eligible, say which ones left."""
        self.result = result
        self.model.questions = {r.offering_id: [v.question for v in r.to_verify] for r in result.ranked}
        eligible = {c.offering_id for c in result.candidates}
        gone = [i.offering_id for i in self.items if i.offering_id not in eligible]
        if gone:
            self.undo_stack.clear()
            self.items = [i for i in self.items if i.offering_id in eligible]
            self.status.emit(self.tr("No longer eligible, removed from the shortlist: {ids}").format(
                ids=", ".join(gone)))
        self._refresh()

    def set_items(self, items: list[ShortItem]) -> None:
        self.items = list(items)
        self._refresh()
        self.keep_decisions()

    @property
    def saved_id(self) -> int | None:
        """The id of the shortlist kept in the workspace (decisions, notes and their audit log), if any."""
        return self.kept.id if self.kept is not None else None

    def keep_decisions(self, *, force: bool = False) -> int | None:
        """Keep the decisions and notes in the workspace (see :func:`catalog.buyer.keep_shortlist`); the kept id."""
        if self.result is None:
            return self.saved_id
        decisions = [(i.offering_id, i.decision, i.notes) for i in self.items]
        try:
            self.kept = buyer.keep_shortlist(self.session.catalog, self.session.workspace, self.result, decisions,
                                             kept=self.kept, who=getpass.getuser() or "user", force=force)
        except CatalogError as e:
            show_error(self, e)
        return self.saved_id

    def _push(self, after: list[ShortItem], text: str) -> None:
        self.undo_stack.push(ShortlistChange(self, list(self.items), after, text))

    def add(self, offering_id: str) -> None:
        if any(i.offering_id == offering_id for i in self.items):
            self.status.emit(self.tr("{id} is already in the shortlist.").format(id=offering_id))
            return
        self._push(self.items + [ShortItem(offering_id)], self.tr("Add {id}").format(id=offering_id))
        self.status.emit(self.tr("{id} added to the shortlist.").format(id=offering_id))

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if rows:
            self._push([item for r, item in enumerate(self.items) if r not in rows], self.tr("Remove"))

    def _edit(self, row: int, field: str, value) -> None:
        after = list(self.items)
        after[row] = replace(after[row], **{field: value})
        self._push(after, self.tr("Change decision") if field == "decision" else self.tr("Edit notes"))

    def make_compliant(self) -> None:
        if self.result is None:
            self.status.emit(self.tr("Describe a need first: there is no ranking yet."))
            return
        best = self.result.shortlist
        if best.infeasible:
            self.cost.setText(self.tr("No shortlist can meet every required quota: {why}").format(why=best.infeasible))
            return
        kept = {i.offering_id: i for i in self.items}
        self._push([kept.get(c.offering_id, ShortItem(c.offering_id)) for c in best.items], self.tr("Make compliant"))

    def _refresh(self) -> None:
        """Show the items at once, then every name, score and gauge once they are read off the GUI thread."""
        self.remove_button.setEnabled(bool(self.items))
        self.export_button.setEnabled(self.result is not None and bool(self.items))
        self.compliant_button.setEnabled(self.result is not None)
        if self.result is None:
            self.viewer.cancel()
            self.model.set_items(self.items, {})
            self._clear_gauges()
            self.summary.setText(self.tr("Describe your need in the Need area, then add offerings from the Ranking "
                                         "or press “Make compliant”."))
            self.cost.clear()
            self.legal.clear()
            self.refreshed.emit()
            return
        # the rows follow the items now, so a selection or an edit always names the right offering
        self.model.set_items(self.items, self.model.candidates)
        result, ids = self.result, self.item_ids()
        self.viewer.start(lambda: buyer.shortlist_view_job(self.session.catalog.path, result, ids))

    def _show_view(self, view: ShortlistView) -> None:
        self.model.set_items(self.items, view.candidates)
        if view.gone:
            self.status.emit(self.tr("No longer in the catalogue, shown by id until the next ranking: {ids}").format(
                ids=", ".join(view.gone)))
        self._clear_gauges()
        evaluated, best = view.evaluated, self.result.shortlist
        if self.items:
            self.summary.setText(self.tr("%n offering(s), total score {total:.1f} (best possible without quotas: "
                                         "{best:.1f}).", "", len(self.items)).format(
                total=evaluated.total_score, best=evaluated.unconstrained_total_score))
        else:
            self.summary.setText(self.tr("The shortlist is empty: add offerings from the Ranking, or press “Make "
                                         "compliant” for the best shortlist that meets your quotas."))
        short = self.result.short()
        if short:
            self.summary.setText(self.summary.text() + "\n" + self.tr(
                "Fewer compliant offerings than the shortlist size ({size}): {reason}.").format(
                size=self.result.profile.shortlist_size, reason=short[1]))
        if best.infeasible:
            self.cost.setText(self.tr("No shortlist can meet every required quota: {why}").format(why=best.infeasible))
        elif best.quota_cost is not None:
            self.cost.setText(self.tr("The compliant shortlist scores {total:.1f} in total: meeting the required "
                                      "quotas costs {cost:.1f} points.").format(total=best.total_score,
                                                                                cost=best.quota_cost))
        for evaluation in evaluated.evaluations if self.items else []:
            self._add_gauge(evaluation)
        rules = self.result.profile.quota_rules
        self.quota_title.setText(self.tr("Quotas") if rules else self.tr("Quotas: none set in the need profile"))
        self.legal.setText(legal_note(current_language()) if rules else "")
        self.refreshed.emit()

    def _clear_gauges(self) -> None:
        for gauge in self.gauges:
            gauge.deleteLater()
        self.gauges = []

    def _add_gauge(self, evaluation) -> None:
        rule = evaluation.rule
        if rule.bound == "min_count":
            value_text = f"{evaluation.value} / {evaluation.target}"
        else:
            shown = "—" if evaluation.value is None else f"{evaluation.value * 100:.0f} %"
            value_text = f"{shown} / {evaluation.target * 100:.0f} %"
        fraction = (evaluation.value or 0) / evaluation.target if evaluation.target else 1.0
        gauge = QuotaGauge(self)
        gauge.set_state(description=rule.describe(current_language()), value_text=value_text, fraction=fraction,
                        met=evaluation.satisfied, required=rule.required)
        self.gauges_box.addWidget(gauge)
        self.gauges.append(gauge)

    def item_ids(self) -> list[str]:
        return [i.offering_id for i in self.items]

    # -- export
    def export_workbook(self, path: str | Path | None = None) -> None:
        if self.result is None or not self.items:
            self.status.emit(self.tr("Nothing to export: the shortlist is empty."))
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export tender workbook"), "",
                                                  self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return
        target = Path(path)
        catalog_path, profile, items = self.session.catalog.path, self.result.profile, self.item_ids()
        saved_id = self.keep_decisions(force=True)
        stored = quotas.load_shortlist(self.session.workspace, saved_id) if saved_id is not None else None

        def done(written) -> None:
            self.last_export = written
            self.status.emit(self.tr("Tender workbook written to {path}.").format(path=written.path))

        self._runner = run_with_progress(
            self, self.tr("Exporting the tender workbook"),
            lambda: workbook.export_workbook_job(catalog_path, profile, items, target, stored=stored),
            done, lambda error: show_error(self, error))
