"""The must-haves of the Need form: an offering that fails one is excluded, with the reason.

Beside each must-have, what an offering whose fact the catalog does not record becomes: excluded, or kept
and listed as a question for the vendor (``must_haves.if_unknown`` of the profile).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from catalog.buyer import IF_UNKNOWN, IF_UNKNOWN_DEFAULTS, BuyerProfile
from catalog.records import DEPLOYMENT_MODES
from desktop.common.labels import deployment_label

from .sections import NeedSection

#: the form's rows and the must-have each one sets
ROW_MUST_HAVE = {"hosting": "hosting_countries", "deployment": "deployment_modes", "languages": "languages",
                 "certifications": "certifications", "max_price": "max_price_eur", "open_weights": "open_weights",
                 "eu_control": "eu_control"}


def _words(text: str) -> list[str]:
    return [w.strip() for w in text.split(",") if w.strip()]


class MustHaveSection(NeedSection):
    """Hosting countries, deployment modes, languages, provider HQ, certifications, openness, control, price cap."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.hosting = QLineEdit(self)
        self.languages = QLineEdit(self)
        self.provider_hq = QLineEdit(self)
        self.certifications = QLineEdit(self)
        self.open_weights = QCheckBox(self)
        self.eu_control = QCheckBox(self)
        self.max_price = QDoubleSpinBox(self)
        self.max_price.setRange(0, 1e9)
        self.max_price.setDecimals(2)
        self.policies: dict[str, QComboBox] = {}
        form = QFormLayout(self)
        fields = {"hosting": self.hosting, "deployment": self._deployment_boxes(), "languages": self.languages,
                  "provider_hq": self.provider_hq, "certifications": self.certifications,
                  "max_price": self.max_price}
        self.labels = self._rows(form, {key: self._with_policy(key, widget) for key, widget in fields.items()})
        for key, widget in (("hosting", self.hosting), ("deployment", self.deployments[DEPLOYMENT_MODES[0]]),
                            ("languages", self.languages), ("provider_hq", self.provider_hq),
                            ("certifications", self.certifications), ("max_price", self.max_price)):
            self.labels[key].setBuddy(widget)
        form.addRow(self._with_policy("open_weights", self.open_weights))
        form.addRow(self._with_policy("eu_control", self.eu_control))
        self._statuses: dict[str, str] = {}
        for widget in (self.hosting, self.languages, self.provider_hq, self.certifications):
            widget.textChanged.connect(self.edited)
        for widget in (self.open_weights, self.eu_control, *self.deployments.values()):
            widget.toggled.connect(self.edited)
        self.max_price.valueChanged.connect(self.edited)
        for combo in self.policies.values():
            combo.currentIndexChanged.connect(self.edited)

    def _with_policy(self, key: str, widget: QWidget) -> QWidget:
        """``widget`` with, on its right, the choice of what an unrecorded fact does (no choice for the HQ,
        which every organisation records)."""
        if key not in ROW_MUST_HAVE:
            return widget
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        combo = QComboBox(row)
        for _policy in IF_UNKNOWN:
            combo.addItem("")
        self.policies[ROW_MUST_HAVE[key]] = combo
        layout.addWidget(widget, 1)
        layout.addWidget(combo)
        return row

    def _deployment_boxes(self) -> QWidget:
        boxes = QWidget(self)
        grid = QGridLayout(boxes)
        grid.setContentsMargins(0, 0, 0, 0)
        self.deployments: dict[str, QCheckBox] = {}
        for i, mode in enumerate(DEPLOYMENT_MODES):
            self.deployments[mode] = QCheckBox(boxes)
            grid.addWidget(self.deployments[mode], i // 3, i % 3)
        return boxes

    def retranslate(self) -> None:
        self.setTitle(self.tr("Must-haves (an offering failing one is excluded, with the reason)"))
        for key, text in (("hosting", self.tr("Hosting countries")), ("deployment", self.tr("Deployment")),
                          ("languages", self.tr("Languages")), ("provider_hq", self.tr("Provider HQ in")),
                          ("certifications", self.tr("Certifications")), ("max_price", self.tr("Maximum price (EUR)"))):
            self.labels[key].setText(text)
        self.hosting.setPlaceholderText(self.tr("e.g. FR, EU (comma-separated)"))
        self.languages.setPlaceholderText(self.tr("e.g. fr, en"))
        self.provider_hq.setPlaceholderText(self.tr("e.g. EU"))
        self.certifications.setPlaceholderText(self.tr("e.g. SecNumCloud"))
        self.max_price.setSpecialValueText(self.tr("no limit"))
        self.open_weights.setText(self.tr("Open weights required"))
        self.eu_control.setText(self.tr("Provider controlled from the EU"))
        for mode, box in self.deployments.items():
            box.setText(deployment_label(mode))
        words = {"exclude": self.tr("if not recorded: exclude"), "verify": self.tr("if not recorded: ask the vendor")}
        for combo in self.policies.values():
            for i, policy in enumerate(IF_UNKNOWN):
                combo.setItemText(i, words[policy])
            combo.setToolTip(self.tr("When the catalog does not record this fact for an offering: exclude the "
                                     "offering, or keep it and add the question to the list sent to the vendor "
                                     "with the consultation."))

    def load(self, profile: BuyerProfile) -> None:
        must = profile.must_haves
        self.hosting.setText(", ".join(must.hosting_countries))
        for mode, box in self.deployments.items():
            box.setChecked(mode in must.deployment_modes)
        self.languages.setText(", ".join(must.languages))
        self.provider_hq.setText(", ".join(must.provider_hq))
        self.certifications.setText(", ".join(c.name for c in must.certifications))
        # the form shows certification names; the status each one requires is kept from the profile
        self._statuses = {c.name: c.status for c in must.certifications}
        self.open_weights.setChecked(must.open_weights is True)
        self.eu_control.setChecked(must.eu_control is True)
        self.max_price.setValue(must.max_price_eur or 0)
        for must_have, combo in self.policies.items():
            combo.setCurrentIndex(IF_UNKNOWN.index(must.policy(must_have)))

    def fill(self, data: dict) -> None:
        must = dict(data["must_haves"])
        must.update({
            "hosting_countries": _words(self.hosting.text()),
            "deployment_modes": [m for m, box in self.deployments.items() if box.isChecked()],
            "languages": _words(self.languages.text()),
            "provider_hq": _words(self.provider_hq.text()),
            "certifications": [{"name": n, "status": self._statuses.get(n, "qualified")}
                               for n in _words(self.certifications.text())],
            "open_weights": True if self.open_weights.isChecked() else None,
            "eu_control": True if self.eu_control.isChecked() else None,
            "max_price_eur": self.max_price.value() or None,
            "if_unknown": {key: IF_UNKNOWN[self.policies[key].currentIndex()] for key in IF_UNKNOWN_DEFAULTS},
        })
        data["must_haves"] = must
