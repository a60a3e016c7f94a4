"""The Programmes area (SMEs): the company form with a guided AI Act questionnaire, matched programmes, export."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from catalog import sme
from catalog.errors import CatalogError
from catalog.records import PROGRAMME_KINDS, STAGES
from catalog.session import Session
from catalog.sme import (
    COMPANY_NEEDS,
    COMPANY_SCHEMA,
    QUESTIONS,
    classify_ai_act_risk,
    parse_company_profile,
)
from desktop.common.labels import programme_kind_label, risk_label, size_label, stage_label
from desktop.common.page import Page
from desktop.errors import show_error
from desktop.i18n import current_language
from desktop.programmes.model import ProgrammeModel


class ProgrammesPage(Page):
    status = Signal(str)

    def __init__(self, session: Session | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.matches = []
        self.company = None
        outer = QVBoxLayout(self)
        outer.addWidget(self.make_title())
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(self.splitter, 1)
        self._build_form(self.splitter)
        self._build_results(self.splitter)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.find_button.clicked.connect(self.find_programmes)
        self.export_button.clicked.connect(self.export_list)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.retranslate()

    # -- layout, in parts
    def _build_form(self, splitter: QSplitter) -> None:
        """The left side, scrolled: the company, its needs, the AI Act questions, the buttons and problems."""
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        form_widget = QWidget()
        scroll.setWidget(form_widget)
        form_layout = QVBoxLayout(form_widget)
        form_layout.addWidget(self._build_company_box(form_widget))
        form_layout.addWidget(self._build_needs_box(form_widget))
        form_layout.addWidget(self._build_risk_box(form_widget))
        buttons = QHBoxLayout()
        self.find_button = QPushButton(form_widget)
        self.export_button = QPushButton(form_widget)
        self.export_button.setEnabled(False)
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        form_layout.addLayout(buttons)
        self.problems = QLabel(form_widget)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        form_layout.addWidget(self.problems)
        form_layout.addStretch(1)

    def _build_company_box(self, parent: QWidget) -> QGroupBox:
        self.company_box = box = QGroupBox(parent)
        self.name = QLineEdit(box)
        self.country = QLineEdit("FR", box)
        self.country.setMaxLength(2)
        self.region = QLineEdit(box)
        self.headcount = QSpinBox(box)
        self.headcount.setRange(0, 1_000_000)
        self.turnover = QDoubleSpinBox(box)
        self.turnover.setRange(0, 1e12)
        self.turnover.setDecimals(0)
        self.sectors = QLineEdit(box)
        self.stage = QComboBox(box)
        self.stage.addItem("—", None)
        for stage in STAGES:
            self.stage.addItem(stage_label(stage), stage)
        self.use_case = QPlainTextEdit(box)
        self.use_case.setFixedHeight(60)
        self.language = QComboBox(box)
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(current_language()))  # results in the UI's language
        form = QFormLayout(box)
        self.labels = {}
        for key, widget in (("name", self.name), ("country", self.country), ("region", self.region),
                            ("headcount", self.headcount), ("turnover", self.turnover), ("sectors", self.sectors),
                            ("stage", self.stage), ("use_case", self.use_case), ("language", self.language)):
            label = QLabel(box)
            label.setBuddy(widget)
            self.labels[key] = label
            form.addRow(label, widget)
        return box

    def _build_needs_box(self, parent: QWidget) -> QGroupBox:
        self.needs_box = QGroupBox(parent)
        needs = QVBoxLayout(self.needs_box)
        self.needs: dict[str, QCheckBox] = {}
        for need in COMPANY_NEEDS:
            box = QCheckBox(self.needs_box)
            self.needs[need] = box
            needs.addWidget(box)
        return self.needs_box

    def _build_risk_box(self, parent: QWidget) -> QGroupBox:
        self.risk_box = QGroupBox(parent)
        risk = QFormLayout(self.risk_box)
        self.questions: dict[str, QComboBox] = {}
        self.question_labels: dict[str, QLabel] = {}
        for question in QUESTIONS:
            label = QLabel(self.risk_box)
            label.setWordWrap(True)
            box = QComboBox(self.risk_box)
            box.addItems(["", "", ""])
            box.setItemData(0, None)
            box.setItemData(1, True)
            box.setItemData(2, False)
            label.setBuddy(box)
            self.questions[question.id] = box
            self.question_labels[question.id] = label
            risk.addRow(label, box)
            box.currentIndexChanged.connect(self._show_risk)
        self.risk_result = QLabel(self.risk_box)
        self.risk_result.setWordWrap(True)
        risk.addRow(self.risk_result)
        return self.risk_box

    def _build_results(self, splitter: QSplitter) -> None:
        """The right side: the summary, the matched programmes and the selected one's detail."""
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(right)
        self.summary.setWordWrap(True)
        right_layout.addWidget(self.summary)
        self.model = ProgrammeModel(self)
        self.table = QTableView(right)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the short columns fit their header and values in either language (French headers are longer); the kind
        # wraps ("Bac à sable / réglementaire", sized in retranslate) so that the names keep most of the width
        for column in (ProgrammeModel.ELIGIBLE, ProgrammeModel.SCORE, ProgrammeModel.DEADLINE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        right_layout.addWidget(self.table, 2)
        self.detail = QTextBrowser(right)
        self.detail.setOpenExternalLinks(True)
        right_layout.addWidget(self.detail, 1)

    # -- texts
    def retranslate(self) -> None:
        self.title.setText(self.tr("Programmes for SMEs"))
        self.company_box.setTitle(self.tr("Your company"))
        for key, text in (("name", self.tr("Name")), ("country", self.tr("Country (2 letters)")),
                          ("region", self.tr("Region (e.g. FR-BRE)")), ("headcount", self.tr("Staff headcount")),
                          ("turnover", self.tr("Turnover (EUR)")), ("sectors", self.tr("Sectors")),
                          ("stage", self.tr("Stage")), ("use_case", self.tr("AI project")),
                          ("language", self.tr("Language of the results"))):
            self.labels[key].setText(text)
        self.sectors.setPlaceholderText(self.tr("e.g. agroalimentaire, health (comma-separated)"))
        self.turnover.setSpecialValueText(self.tr("unknown"))
        self.needs_box.setTitle(self.tr("What you are looking for"))
        for need, text in (("testing", self.tr("Testing facilities")),
                           ("regulatory_guidance", self.tr("Regulatory guidance (AI Act)")),
                           ("compute", self.tr("Computing power")), ("funding", self.tr("Funding")),
                           ("training", self.tr("Training")), ("partners", self.tr("Partners"))):
            self.needs[need].setText(text)
        for index, stage in enumerate(STAGES, start=1):
            self.stage.setItemText(index, stage_label(stage))
        self.risk_box.setTitle(self.tr("AI Act: a few questions about your project"))
        language = current_language()
        for question in QUESTIONS:
            self.question_labels[question.id].setText(question.text(language))
            box = self.questions[question.id]
            box.setItemText(0, self.tr("Don't know"))
            box.setItemText(1, self.tr("Yes"))
            box.setItemText(2, self.tr("No"))
            box.setAccessibleName(question.text(language))
        self.find_button.setText(self.tr("Find programmes"))
        self.export_button.setText(self.tr("Export the list…"))
        self.table.setAccessibleName(self.tr("Matched programmes"))
        self._size_kind_column()
        self._show_risk()
        self._show_summary()

    def _size_kind_column(self) -> None:
        """Wide enough for the longest word of any kind label (and the header): labels wrap between words."""
        metrics = self.table.fontMetrics()
        words = [w for kind in PROGRAMME_KINDS for w in programme_kind_label(kind).split()]
        words.append(str(self.model.headerData(ProgrammeModel.KIND, Qt.Orientation.Horizontal)))
        widest = max(metrics.horizontalAdvance(w) for w in words)
        width = max(widest + 16, 12 * metrics.averageCharWidth())
        self.table.horizontalHeader().resizeSection(ProgrammeModel.KIND, width)

    def answers(self) -> dict:
        return {qid: box.currentData() for qid, box in self.questions.items()}

    def _show_risk(self) -> None:
        result = classify_ai_act_risk(self.answers())
        text = self.tr("Likely class: {risk}.").format(risk=risk_label(result.risk))
        if result.risk == "unknown":
            text += " " + self.tr("Answer the questions in order; the first “yes” decides.")
        else:
            text += " " + result.applies(current_language())
        self.risk_result.setText(text + " " + self.tr("An orientation, not legal advice."))

    def company_data(self) -> dict:
        return {
            "schema": COMPANY_SCHEMA, "name": self.name.text().strip(), "language": self.language.currentData(),
            "country": self.country.text().strip().upper(), "region": self.region.text().strip() or None,
            "headcount": self.headcount.value() or None, "turnover_eur": self.turnover.value() or None,
            "sectors": [w.strip() for w in self.sectors.text().split(",") if w.strip()],
            "stage": self.stage.currentData(), "ai_use_case": self.use_case.toPlainText().strip(),
            "ai_act_risk": classify_ai_act_risk(self.answers()).risk,
            "needs": [n for n, box in self.needs.items() if box.isChecked()],
        }

    def find_programmes(self) -> None:
        try:
            company = parse_company_profile(self.company_data(), source=self.tr("the company form"))
            matches = sme.match_programmes(self.session.catalog, company, source=self.tr("the company form"))
        except CatalogError as e:
            self.problems.setText(str(e))
            return
        self.problems.clear()
        self.company, self.matches = company, matches
        self.model.set_rows(matches)
        self.export_button.setEnabled(bool(matches))
        self._show_summary()
        if matches:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _show_summary(self) -> None:
        if self.company is None:
            self.summary.setText(self.tr("Describe your company and press “Find programmes”: sandboxes, testing "
                                         "facilities, EDIHs, AI Factories and funding you can apply to appear here."))
            return
        eligible = sum(1 for m in self.matches if m.eligible)
        size = size_label(self.company.size_class()) or self.tr("unknown")
        self.summary.setText(self.tr("{eligible} of {total} programmes are open to {name} (size: {size}).").format(
            eligible=eligible, total=len(self.matches), name=self.company.name, size=size))

    def _show_current(self, index) -> None:
        if not index.isValid() or index.row() >= len(self.matches):
            self.detail.clear()
            return
        m = self.matches[index.row()]
        # translated texts are taken out of f-strings: lupdate does not look inside them
        verdict = self.tr("Eligible") if m.eligible else self.tr("Not eligible")
        benefits = self.tr("<b>Benefits:</b> {summary}")
        parts = [f"<h3>{escape(m.name)}</h3><p>{escape(programme_kind_label(m.kind))}</p>"
                 f"<p><b>{escape(verdict)}</b></p><ul>"]
        parts += [f"<li>{escape(r)}</li>" for r in m.reasons]
        parts.append("</ul>")
        parts.append("<p>" + benefits.format(summary=escape(m.benefits.get("summary", ""))) + "</p>")
        if m.benefits.get("max_amount_eur"):
            amount = QLocale().toString(float(m.benefits["max_amount_eur"]), "f", 0)  # "2 500 000" in French
            parts.append("<p>" + escape(self.tr("Up to {amount} EUR").format(amount=amount))
                         + "</p>")
        if m.next_deadline:
            parts.append("<p>" + escape(self.tr("Next deadline: {date} ({label})").format(**m.next_deadline)) + "</p>")
        self.detail.setHtml("".join(parts))

    def export_list(self, path: str | Path | None = None) -> None:
        if not self.matches:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the programme list"), "programmes.xlsx",
                                                  self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
            if not path:
                return
        try:
            count = sme.export_programme_matches(path, self.company, self.matches)
        except CatalogError as e:
            show_error(self, e)
            return
        self.status.emit(self.tr("{count} programmes written to {file}.").format(count=count, file=Path(path).name))
