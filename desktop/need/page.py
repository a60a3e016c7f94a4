"""The Need area: the buyer profile editor. Every change re-ranks (debounced); files open and save as JSON."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from catalog.buyer import (
    CRITERIA,
    PRICE_METHODS,
    BuyerProfile,
    load_buyer_profile,
    parse_buyer_profile,
    save_buyer_profile,
)
from catalog.errors import CatalogError
from catalog.quotas import parse_rules
from catalog.records import DEPLOYMENT_MODES, shipped_taxonomy
from desktop.common.labels import criterion_label, deployment_label, price_method_label
from desktop.errors import show_error
from desktop.need.quota_rules_model import QuotaRulesModel

#: re-rank this long after the last change, so dragging a slider does not queue a ranking per pixel
RERANK_DELAY_MS = 150

#: quota rules offered in one click (the profile file may hold any rule the quota module parses)
PRESET_RULES = {
    "sme_share": {"label": "SME or start-up: at least 30%", "mode": "required",
                  "predicate": {"any": [{"size_class_in": ["micro", "small", "medium"]}, {"startup": True}]},
                  "bound": {"min_share": 0.3}},
    "startup_one": {"label": "At least one start-up", "mode": "required", "predicate": {"startup": True},
                    "bound": {"min_count": 1}},
    "eu_hq": {"label": "EU headquarters: at least 80%", "mode": "monitor", "predicate": {"hq_region": "EU"},
              "bound": {"min_share": 0.8}},
    "open_weights_one": {"label": "At least one open-weight offering", "mode": "monitor",
                         "predicate": {"open_weights": True}, "bound": {"min_count": 1}},
}


def _words(text: str) -> list[str]:
    return [w.strip() for w in text.split(",") if w.strip()]


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


class NeedPage(QWidget):
    """Edits a :class:`BuyerProfile`; ``profile_changed`` carries each valid version (debounced)."""

    profile_changed = Signal(object)
    status = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.path: Path | None = None
        self.dirty = False
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RERANK_DELAY_MS)
        self.timer.timeout.connect(self.emit_profile)
        outer = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        outer.addWidget(self.title)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        outer.addWidget(self.problems)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll, 1)
        body = QWidget()
        scroll.setWidget(body)
        columns = QHBoxLayout(body)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self.about_box = QGroupBox(body)
        form = QFormLayout(self.about_box)
        self.name = QLineEdit(self.about_box)
        self.buyer = QLineEdit(self.about_box)
        self.need = QPlainTextEdit(self.about_box)
        self.need.setFixedHeight(60)
        self.language = QComboBox(self.about_box)
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.form_labels = {}
        for key, widget in (("name", self.name), ("buyer", self.buyer), ("need", self.need),
                            ("language", self.language)):
            label = QLabel(self.about_box)
            label.setBuddy(widget)
            self.form_labels[key] = label
            form.addRow(label, widget)
        left.addWidget(self.about_box)

        self.capability_box = QGroupBox(body)
        cap_layout = QVBoxLayout(self.capability_box)
        row = QHBoxLayout()
        self.capability_input = QLineEdit(self.capability_box)
        taxonomy = shipped_taxonomy()
        words = sorted({w for c in taxonomy.capabilities.values() for w in (c.label_fr, c.label_en)}, key=str.casefold)
        completer = QCompleter(words, self.capability_input)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.capability_input.setCompleter(completer)
        self.add_capability = QPushButton(self.capability_box)
        row.addWidget(self.capability_input, 1)
        row.addWidget(self.add_capability)
        cap_layout.addLayout(row)
        self.capabilities = QListWidget(self.capability_box)
        self.capabilities.setMaximumHeight(110)
        cap_layout.addWidget(self.capabilities)
        self.remove_capability = QPushButton(self.capability_box)
        cap_layout.addWidget(self.remove_capability, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.capability_box)

        self.must_box = QGroupBox(body)
        must = QFormLayout(self.must_box)
        self.hosting = QLineEdit(self.must_box)
        self.languages = QLineEdit(self.must_box)
        self.provider_hq = QLineEdit(self.must_box)
        self.certifications = QLineEdit(self.must_box)
        self.open_weights = QCheckBox(self.must_box)
        self.eu_control = QCheckBox(self.must_box)
        self.max_price = QDoubleSpinBox(self.must_box)
        self.max_price.setRange(0, 1e9)
        self.max_price.setDecimals(2)
        deployments = QWidget(self.must_box)
        grid = QGridLayout(deployments)
        grid.setContentsMargins(0, 0, 0, 0)
        self.deployments: dict[str, QCheckBox] = {}
        for i, mode in enumerate(DEPLOYMENT_MODES):
            box = QCheckBox(deployments)
            self.deployments[mode] = box
            grid.addWidget(box, i // 3, i % 3)
        self.must_labels = {}
        for key, widget in (("hosting", self.hosting), ("deployment", deployments), ("languages", self.languages),
                            ("provider_hq", self.provider_hq), ("certifications", self.certifications),
                            ("max_price", self.max_price)):
            label = QLabel(self.must_box)
            self.must_labels[key] = label
            must.addRow(label, widget)
        must.addRow(self.open_weights)
        must.addRow(self.eu_control)
        left.addWidget(self.must_box)
        left.addStretch(1)

        self.weight_box = QGroupBox(body)
        weights = QGridLayout(self.weight_box)
        self.sliders: dict[str, QSlider] = {}
        self.slider_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for i, criterion in enumerate(CRITERIA):
            name, value = QLabel(self.weight_box), QLabel(self.weight_box)
            slider = QSlider(Qt.Orientation.Horizontal, self.weight_box)
            slider.setRange(0, 100)
            slider.setPageStep(5)
            name.setBuddy(slider)
            value.setMinimumWidth(28)
            self.sliders[criterion] = slider
            self.slider_labels[criterion] = (name, value)
            weights.addWidget(name, i, 0)
            weights.addWidget(slider, i, 1)
            weights.addWidget(value, i, 2)
            slider.valueChanged.connect(lambda v, lab=value: lab.setText(str(v)))
        right.addWidget(self.weight_box)

        self.price_box = QGroupBox(body)
        price = QFormLayout(self.price_box)
        self.price_method = QComboBox(self.price_box)
        for method in PRICE_METHODS:
            self.price_method.addItem(price_method_label(method), method)
        self.budget = QDoubleSpinBox(self.price_box)
        self.budget.setRange(0, 1e10)
        self.budget.setDecimals(0)
        self.size = QSpinBox(self.price_box)
        self.size.setRange(1, 100)
        self.per_org = QSpinBox(self.price_box)
        self.per_org.setRange(1, 100)
        self.price_labels = {}
        for key, widget in (("method", self.price_method), ("budget", self.budget), ("size", self.size),
                            ("per_org", self.per_org)):
            label = QLabel(self.price_box)
            self.price_labels[key] = label
            price.addRow(label, widget)
        right.addWidget(self.price_box)

        self.quota_box = QGroupBox(body)
        quota_layout = QVBoxLayout(self.quota_box)
        self.rules_model = QuotaRulesModel(self)
        self.rules_view = QTableView(self.quota_box)
        self.rules_view.setModel(self.rules_model)
        self.rules_view.verticalHeader().hide()
        self.rules_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rules_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.rules_view.horizontalHeader().resizeSection(0, 170)
        self.rules_view.setMinimumHeight(110)
        quota_layout.addWidget(self.rules_view)
        rule_row = QHBoxLayout()
        self.preset = QComboBox(self.quota_box)
        self.add_rule = QPushButton(self.quota_box)
        self.remove_rule = QPushButton(self.quota_box)
        rule_row.addWidget(self.preset, 1)
        rule_row.addWidget(self.add_rule)
        rule_row.addWidget(self.remove_rule)
        quota_layout.addLayout(rule_row)
        right.addWidget(self.quota_box)
        right.addStretch(1)

        file_row = QHBoxLayout()
        self.open_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.file_label = QLabel(self)
        self.file_label.setStyleSheet("color: #555;")
        file_row.addWidget(self.open_button)
        file_row.addWidget(self.save_button)
        file_row.addWidget(self.file_label, 1)
        outer.addLayout(file_row)

        self.add_capability.clicked.connect(self._add_capability)
        self.capability_input.returnPressed.connect(self._add_capability)
        self.remove_capability.clicked.connect(self._remove_capability)
        self.add_rule.clicked.connect(self._add_rule)
        self.remove_rule.clicked.connect(self._remove_rule)
        self.rules_model.rules_changed.connect(self.changed)
        self.open_button.clicked.connect(self.open_profile)
        self.save_button.clicked.connect(self.save_profile)
        for widget in (self.name, self.buyer, self.hosting, self.languages, self.provider_hq, self.certifications):
            widget.textChanged.connect(self.changed)
        self.need.textChanged.connect(self.changed)
        for widget in (self.language, self.price_method):
            widget.currentIndexChanged.connect(self.changed)
        for widget in (self.open_weights, self.eu_control, *self.deployments.values()):
            widget.toggled.connect(self.changed)
        for widget in (self.max_price, self.budget, self.size, self.per_org, *self.sliders.values()):
            widget.valueChanged.connect(self.changed)
        self.retranslate()
        self.set_profile(BuyerProfile(name=self.tr("New need"), capabilities=[]), path=None)

    # -- texts
    def retranslate(self) -> None:
        self.title.setText(self.tr("Need"))
        self.about_box.setTitle(self.tr("The need"))
        for key, text in (("name", self.tr("Name")), ("buyer", self.tr("Buyer")), ("need", self.tr("Description")),
                          ("language", self.tr("Language of the results"))):
            self.form_labels[key].setText(text)
        self.capability_box.setTitle(self.tr("Wanted capabilities (French or English words)"))
        self.capability_input.setPlaceholderText(self.tr("e.g. traduction, speech to text, RAG"))
        self.capability_input.setAccessibleName(self.tr("Capability to add"))
        self.capabilities.setAccessibleName(self.tr("Wanted capabilities"))
        self.add_capability.setText(self.tr("Add"))
        self.remove_capability.setText(self.tr("Remove selected"))
        self.must_box.setTitle(self.tr("Must-haves (an offering failing one is excluded, with the reason)"))
        for key, text in (("hosting", self.tr("Hosting countries")), ("deployment", self.tr("Deployment")),
                          ("languages", self.tr("Languages")), ("provider_hq", self.tr("Provider HQ in")),
                          ("certifications", self.tr("Certifications")), ("max_price", self.tr("Maximum price (EUR)"))):
            self.must_labels[key].setText(text)
        self.hosting.setPlaceholderText(self.tr("e.g. FR, EU (comma-separated)"))
        self.languages.setPlaceholderText(self.tr("e.g. fr, en"))
        self.provider_hq.setPlaceholderText(self.tr("e.g. EU"))
        self.certifications.setPlaceholderText(self.tr("e.g. SecNumCloud"))
        self.max_price.setSpecialValueText(self.tr("no limit"))
        self.open_weights.setText(self.tr("Open weights required"))
        self.eu_control.setText(self.tr("Provider controlled from the EU"))
        for mode, box in self.deployments.items():
            box.setText(deployment_label(mode))
        self.weight_box.setTitle(self.tr("Weights (the ranking follows as you move them)"))
        for criterion, (label, _value) in self.slider_labels.items():
            label.setText(criterion_label(criterion))
            self.sliders[criterion].setAccessibleName(self.tr("Weight: {criterion}").format(
                criterion=criterion_label(criterion)))
        self.price_box.setTitle(self.tr("Price and shortlist"))
        for key, text in (("method", self.tr("Price scoring method")), ("budget", self.tr("Budget (EUR)")),
                          ("size", self.tr("Shortlist size")), ("per_org", self.tr("At most per organisation"))):
            self.price_labels[key].setText(text)
        self.budget.setSpecialValueText(self.tr("not set"))
        for i, method in enumerate(PRICE_METHODS):
            self.price_method.setItemText(i, price_method_label(method))
        self.quota_box.setTitle(self.tr("Quota rules (small business act)"))
        self.preset.clear()
        for key, text in (("sme_share", self.tr("SME or start-up: at least 30%")),
                          ("startup_one", self.tr("At least one start-up")),
                          ("eu_hq", self.tr("EU headquarters: at least 80% (monitored)")),
                          ("open_weights_one", self.tr("At least one open-weight offering (monitored)"))):
            self.preset.addItem(text, key)
        self.preset.setAccessibleName(self.tr("Quota rule to add"))
        self.add_rule.setText(self.tr("Add rule"))
        self.remove_rule.setText(self.tr("Remove rule"))
        self.open_button.setText(self.tr("Open…"))
        self.save_button.setText(self.tr("Save"))
        self._show_file()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_file(self) -> None:
        name = str(self.path) if self.path else self.tr("not saved yet")
        self.file_label.setText(name + (" — " + self.tr("unsaved changes") if self.dirty else ""))

    # -- profile <-> form
    def set_profile(self, profile: BuyerProfile, *, path: Path | None) -> None:
        self._loading = True
        try:
            self.name.setText(profile.name)
            self.buyer.setText(profile.buyer)
            self.need.setPlainText(profile.need)
            self.language.setCurrentIndex(max(0, self.language.findData(profile.language)))
            self.capabilities.clear()
            self.capabilities.addItems(profile.capabilities)
            must = profile.must_haves
            self.hosting.setText(", ".join(must.hosting_countries))
            for mode, box in self.deployments.items():
                box.setChecked(mode in must.deployment_modes)
            self.languages.setText(", ".join(must.languages))
            self.provider_hq.setText(", ".join(must.provider_hq))
            self.certifications.setText(", ".join(c.name for c in must.certifications))
            self._certification_status = {c.name: c.status for c in must.certifications}
            self.open_weights.setChecked(must.open_weights is True)
            self.eu_control.setChecked(must.eu_control is True)
            self.max_price.setValue(must.max_price_eur or 0)
            for criterion, slider in self.sliders.items():
                slider.setValue(int(round(profile.weights.get(criterion, 0))))
            self.price_method.setCurrentIndex(max(0, self.price_method.findData(profile.price.method)))
            self.budget.setValue(profile.price.budget_eur or 0)
            self.size.setValue(profile.shortlist_size)
            self.per_org.setValue(profile.max_per_organisation)
            self.rules_model.set_rules(list(profile.quota_rules))
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
        must = dict(data["must_haves"])
        must.update({
            "hosting_countries": _words(self.hosting.text()),
            "deployment_modes": [m for m, box in self.deployments.items() if box.isChecked()],
            "languages": _words(self.languages.text()),
            "provider_hq": _words(self.provider_hq.text()),
            "certifications": [{"name": n, "status": self._certification_status.get(n, "qualified")}
                               for n in _words(self.certifications.text())],
            "open_weights": True if self.open_weights.isChecked() else None,
            "eu_control": True if self.eu_control.isChecked() else None,
            "max_price_eur": self.max_price.value() or None,
        })
        price = dict(data["price"])
        price.update({"method": self.price_method.currentData(), "budget_eur": self.budget.value() or None})
        if price["reference"] == "budget" and price["budget_eur"] is None:
            price["reference"] = "highest_offer"
        data.update({
            "name": self.name.text().strip(), "buyer": self.buyer.text().strip(),
            "need": self.need.toPlainText().strip(), "language": self.language.currentData(),
            "capabilities": [self.capabilities.item(i).text() for i in range(self.capabilities.count())],
            "must_haves": must,
            "weights": {c: s.value() for c, s in self.sliders.items() if s.value() or c in self._base.weights},
            "price": price, "shortlist_size": self.size.value(), "max_per_organisation": self.per_org.value(),
            "quota_rules": [r.to_json() for r in self.rules_model.rules],
        })
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
        word = word.strip()
        existing = [self.capabilities.item(i).text() for i in range(self.capabilities.count())]
        if word and word not in existing:
            self.capabilities.addItem(word)
            self.changed()

    def _add_capability(self) -> None:
        self.add_capability_word(self.capability_input.text())
        self.capability_input.clear()

    def _remove_capability(self) -> None:
        for item in self.capabilities.selectedItems():
            self.capabilities.takeItem(self.capabilities.row(item))
        self.changed()

    def _add_rule(self) -> None:
        raw = dict(PRESET_RULES[self.preset.currentData()])
        raw["label"] = self.preset.currentText()
        labels = {r.label for r in self.rules_model.rules}
        if raw["label"] in labels:
            return
        self.rules_model.set_rules(self.rules_model.rules + parse_rules([raw]))
        self.changed()

    def _remove_rule(self) -> None:
        rows = {i.row() for i in self.rules_view.selectionModel().selectedRows()}
        self.rules_model.set_rules([r for i, r in enumerate(self.rules_model.rules) if i not in rows])
        self.changed()

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
