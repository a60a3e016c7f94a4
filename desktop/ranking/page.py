"""The Ranking area: ranked offerings with score bars, the selected one's breakdown, exclusions and sensitivity."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.common.charts import BreakdownChart, ScoreBarDelegate
from desktop.common.labels import criterion_label
from desktop.common.page import Page
from desktop.ranking.models import ExclusionModel, OffTopicModel, RankingModel
from desktop.settings.state import AppSettings

if TYPE_CHECKING:  # type hints only: the ranking modules load with the first ranking
    from catalog.buyer import BuyerPass


class RankingPage(Page):
    """Shows a :class:`BuyerPass`; "Add to shortlist" asks the shortlist to take the selected offering."""

    add_to_shortlist = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result: BuyerPass | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.make_title())
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.model = RankingModel(self)
        self.proxy = QSortFilterProxyModel(self)  # sorting only: a ranking has hundreds of rows, not 100k
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(left)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RankingModel.RANK, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(RankingModel.SCORE, ScoreBarDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RankingModel.OFFERING, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(RankingModel.RANK, 40)
        header.resizeSection(RankingModel.ORGANISATION, 150)
        header.resizeSection(RankingModel.SCORE, 120)
        header.resizeSection(RankingModel.VERIFY, 110)
        left_layout.addWidget(self.table)
        self.add_button = QPushButton(left)
        self.add_button.setEnabled(False)
        left_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        right = QWidget(self.splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.chart = BreakdownChart(right)
        right_layout.addWidget(self.chart)
        self.explanations = QTextBrowser(right)
        self.explanations.setOpenExternalLinks(True)
        right_layout.addWidget(self.explanations, 1)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self._build_tabs(), 1)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.add_button.clicked.connect(self._add_current)
        self.retranslate()

    def _build_tabs(self) -> QTabWidget:
        """Ranked | Excluded | Sensitivity | Off topic."""
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.splitter, "")
        self.excluded_model = ExclusionModel(self)
        self.excluded = QTableView(self.tabs)
        self.excluded.setModel(self.excluded_model)
        self.excluded.verticalHeader().hide()
        self.excluded.horizontalHeader().setStretchLastSection(True)
        self.excluded.horizontalHeader().resizeSection(0, 260)
        self.excluded.horizontalHeader().resizeSection(1, 150)
        self.tabs.addTab(self.excluded, "")
        self.sensitivity = QTextBrowser(self.tabs)
        self.tabs.addTab(self.sensitivity, "")
        self.off_topic_model = OffTopicModel(self)
        self.off_topic = QTableView(self.tabs)
        self.off_topic.setModel(self.off_topic_model)
        self.off_topic.verticalHeader().hide()
        self.off_topic.horizontalHeader().setStretchLastSection(True)
        self.off_topic.horizontalHeader().resizeSection(0, 260)
        self.off_topic.horizontalHeader().resizeSection(1, 150)
        self.tabs.addTab(self.off_topic, "")
        return self.tabs

    def retranslate(self) -> None:
        self.title.setText(self.tr("Ranking"))
        self.add_button.setText(self.tr("Add to shortlist"))
        self.table.setAccessibleName(self.tr("Ranked offerings"))
        self.excluded.setAccessibleName(self.tr("Excluded offerings"))
        self.tabs.setTabText(0, self.tr("Ranked"))
        self.tabs.setTabText(1, self.tr("Excluded"))
        self.tabs.setTabText(2, self.tr("Sensitivity"))
        self.off_topic.setAccessibleName(self.tr("Off-topic offerings"))
        count = self.result.off_topic_count if self.result else 0
        self.tabs.setTabText(3, self.tr("Off topic (%n)", "", count))
        self._show_summary()
        self._show_current(self.table.currentIndex())
        self._show_sensitivity()

    def set_pass(self, result: BuyerPass) -> None:
        """Show a new ranking, keeping the selected offering when it is still ranked."""
        current = self.current_id()
        self.result = result
        self.model.set_rows(result.ranked)
        self.excluded_model.set_rows(result.excluded)
        self.off_topic_model.set_rows(result.off_topic or [])
        self.tabs.setTabText(3, self.tr("Off topic (%n)", "", result.off_topic_count))
        self._show_summary()
        self._show_sensitivity()
        rows = [r.offering_id for r in result.ranked]
        target = rows.index(current) if current in rows else (0 if rows else -1)
        if target >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(target, 0)))
        else:
            self._show_current(self.table.currentIndex())

    def current_id(self) -> str | None:
        index = self.proxy.mapToSource(self.table.currentIndex())
        return self.model.data(index, RankingModel.IdRole) if index.isValid() else None

    def _show_summary(self) -> None:
        if self.result is None:
            self.summary.setText(self.tr("Describe your need in the Need area: the ranking appears here."))
            return
        r = self.result
        text = self.tr("{ranked} offerings ranked, {excluded} excluded by the must-haves, {off_topic} off topic "
                       "(none of the wanted capabilities), of {total}.").format(
            ranked=r.ranked_count, excluded=r.excluded_count, off_topic=r.off_topic_count, total=r.offerings)
        short = r.short()
        if short:
            text += "\n" + self.tr("Fewer compliant offerings than the shortlist size: {reason}.").format(
                reason=short[1])
        if r.ranked_count > len(r.ranked):
            text += " " + self.tr("The best {shown} are listed.").format(shown=len(r.ranked))
        if r.warnings:
            text += "\n⚠ " + "\n⚠ ".join(r.warnings)
        self.summary.setText(text)

    def _show_current(self, index) -> None:
        source = self.proxy.mapToSource(index) if index.isValid() else index
        row = self.model.rows[source.row()] if source.isValid() and source.row() < len(self.model.rows) else None
        self.add_button.setEnabled(row is not None)
        if row is None:
            self.chart.set_rows([])
            self.explanations.setHtml("")
            return
        self.chart.set_rows([(criterion_label(c.criterion), c.weight, c.score) for c in row.breakdown])
        parts = [f"<h3>{escape(row.offering)} — {row.score:.1f}/100</h3><ul>"]
        # one translatable line: French puts a space before the colon
        line = self.tr("<b>{criterion}</b> ({points}): {explanation}")
        for c in row.breakdown:
            points = f"{c.weight * c.score:.1f}/{c.weight:.0f}" if c.applicable else self.tr("not applicable")
            parts.append("<li>" + line.format(criterion=escape(criterion_label(c.criterion)), points=points,
                                              explanation=escape(c.explanation)) + "</li>")
        parts.append("</ul>")
        if row.to_verify:
            parts.append("<p><b>" + escape(self.tr("To verify with the vendor (sent with the consultation):"))
                         + "</b></p><ul>" + "".join(f"<li>{escape(v.question)}</li>" for v in row.to_verify) + "</ul>")
        if row.warnings:
            parts.append("<p style='color:#a15c00'>⚠ " + "<br>⚠ ".join(escape(w) for w in row.warnings) + "</p>")
        self.explanations.setHtml("".join(parts))

    def _show_sensitivity(self) -> None:
        s = self.result.sensitivity if self.result else None
        if s is None:
            self.sensitivity.setHtml("<p>" + escape(self.tr("No offering is ranked yet.")) + "</p>")
            return
        names = {r.offering_id: r.offering for r in self.result.ranked}
        name = names.get(s.leader, s.leader)
        if s.margin is None:
            self.sensitivity.setHtml("<p>" + escape(self.tr(
                "{name} is the only offering ranked: there is no second place to compare it with, so the weights "
                "cannot change who comes first.").format(name=name)) + "</p>")
            return
        out = ["<p>" + escape(self.tr("First place: {name}, {margin} points ahead of the second.").format(
            name=name, margin=f"{s.margin:.1f}")) + "</p><ul>"]
        line = self.tr("<b>{criterion}</b> ({weight}): {down}; {up}")
        for w in s.weights:
            down = (self.tr("holds down to 0") if w.decrease_by is None
                    else self.tr("changes if lowered by {d:.1f}").format(d=w.decrease_by))
            up = (self.tr("holds however high") if w.increase_by is None
                  else self.tr("changes if raised by {d:.1f}").format(d=w.increase_by))
            out.append("<li>" + line.format(criterion=escape(criterion_label(w.criterion)), weight=f"{w.weight:.0f}",
                                            down=escape(down), up=escape(up)) + "</li>")
        out.append("</ul>")
        self.sensitivity.setHtml("".join(out))

    def _add_current(self) -> None:
        offering_id = self.current_id()
        if offering_id:
            self.add_to_shortlist.emit(offering_id)

    def save_state(self, settings: AppSettings) -> None:
        settings.set_state("ranking/splitter", self.splitter.saveState())

    def restore_state(self, settings: AppSettings) -> None:
        if (state := settings.state("ranking/splitter")) is not None:
            self.splitter.restoreState(state)
