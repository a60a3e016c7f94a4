"""Adding or editing one catalog record; the form is built from the schema (catalog.records._editing.form_fields)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from catalog.errors import CatalogError, ValidationError
from catalog.records import KINDS, FormField, form_fields, form_values, record_from_form
from desktop.common.labels import field_label, kind_label

#: style of an editor whose field has a problem: a red frame, visible without relying on colour alone
_PROBLEM_STYLE = "border: 2px solid #b00020;"


class RecordEditor(QDialog):
    """A form for one record. ``save(kind, record)`` is called on OK; its ValidationError keeps the dialog open."""

    def __init__(self, parent: QWidget | None, *, kind: str | None, record: dict | None,
                 save: Callable[[str, dict, str | None], dict]):
        super().__init__(parent)
        self.save = save
        self.replaces = record["id"] if record else None
        self.saved: dict | None = None
        self.setWindowTitle(self.tr("Edit record") if record else self.tr("New record"))
        self.resize(640, 720)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kind"), self))
        self.kind_box = QComboBox(self)
        self.kind_box.setAccessibleName(self.tr("Record kind"))
        for code in KINDS:
            self.kind_box.addItem(kind_label(code), code)
        self.kind_box.setCurrentIndex(KINDS.index(kind or "organisation"))
        self.kind_box.setEnabled(record is None)
        top.addWidget(self.kind_box, 1)
        layout.addLayout(top)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        layout.addWidget(self.scroll, 1)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setAccessibleName(self.tr("Problems found"))
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._try_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.editors: dict[str, tuple[FormField, object]] = {}
        self._build(kind or "organisation", form_values(kind, record) if record else {})
        self.kind_box.currentIndexChanged.connect(lambda _i: self._build(self.kind_box.currentData(), {}))

    @classmethod
    def ask(cls, parent: QWidget | None, *, kind: str | None, record: dict | None,
            save: Callable[[str, dict, str | None], dict]) -> dict | None:
        """Show the form; return the saved canonical record, or None if the user cancelled."""
        dialog = cls(parent, kind=kind, record=record, save=save)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    @property
    def kind(self) -> str:
        return self.kind_box.currentData()

    def _build(self, kind: str, values: dict) -> None:
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        self.editors = {}
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for spec in form_fields(kind):
            value = values.get(spec.name)
            label = field_label(spec.name) + (" *" if spec.required else "")
            if spec.editor in ("bool", "choice"):
                editor = QComboBox(form_widget)
                editor.addItem(self.tr("(unknown)"), None)
                if spec.editor == "bool":
                    editor.addItem(self.tr("yes"), True)
                    editor.addItem(self.tr("no"), False)
                else:
                    for choice in spec.choices:
                        editor.addItem(choice.replace("_", " "), choice)
                editor.setCurrentIndex(max(0, editor.findData(value)) if value is not None else 0)
                form.addRow(label, editor)
            elif spec.editor == "bilingual":
                pair = QWidget(form_widget)
                row = QVBoxLayout(pair)
                row.setContentsMargins(0, 0, 0, 0)
                editor = {}
                for lang, name in (("fr", self.tr("French")), ("en", self.tr("English"))):
                    box = QPlainTextEdit(pair)
                    box.setPlaceholderText(name)
                    box.setFixedHeight(54)
                    box.setPlainText((value or {}).get(lang, ""))
                    box.setAccessibleName(f"{field_label(spec.name)} ({name})")
                    row.addWidget(box)
                    editor[lang] = box
                form.addRow(label, pair)
            elif spec.editor == "json":
                editor = QPlainTextEdit(form_widget)
                editor.setFont(mono)
                editor.setFixedHeight(80)
                editor.setPlainText(value or "")
                editor.setPlaceholderText(self.tr("JSON, e.g. as in an exported catalog file"))
                form.addRow(label, editor)
            else:
                editor = QLineEdit(form_widget)
                if spec.editor == "words":
                    editor.setText(", ".join(value or []))
                    editor.setPlaceholderText(self.tr("comma-separated"))
                else:
                    editor.setText("" if value is None else str(value))
                form.addRow(label, editor)
            if not isinstance(editor, dict):
                editor.setAccessibleName(field_label(spec.name))
            self.editors[spec.name] = (spec, editor)
        if self.replaces:
            self.editors["id"][1].setReadOnly(True)
        self.scroll.setWidget(form_widget)
        self.problems.clear()

    def values(self) -> dict:
        out = {}
        for name, (spec, editor) in self.editors.items():
            if isinstance(editor, dict):
                out[name] = {lang: box.toPlainText() for lang, box in editor.items()}
            elif isinstance(editor, QComboBox):
                out[name] = editor.currentData()
            elif isinstance(editor, QPlainTextEdit):
                out[name] = editor.toPlainText()
            else:
                text = editor.text().strip()
                out[name] = _number(text) if spec.editor in ("int", "number") else text
        return out

    def set_value(self, name: str, value) -> None:
        """Fill one field (used by tests and by "duplicate record")."""
        spec, editor = self.editors[name]
        if isinstance(editor, dict):
            for lang, box in editor.items():
                box.setPlainText(value.get(lang, ""))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value)
        else:
            editor.setText(", ".join(value) if isinstance(value, list) else str(value))

    def _mark(self, fields: set[str]) -> None:
        for name, (_spec, editor) in self.editors.items():
            widgets = editor.values() if isinstance(editor, dict) else [editor]
            for widget in widgets:
                widget.setStyleSheet(_PROBLEM_STYLE if name in fields else "")

    def _try_save(self) -> None:
        record, problems = record_from_form(self.kind, self.values())
        try:
            if problems:
                raise ValidationError(problems, summary=self.tr("the record was not saved"))
            self.saved = self.save(self.kind, record, self.replaces)
        except ValidationError as e:
            self._mark({(p.field or "").split(".")[0].split("[")[0] for p in e.problems})
            self.problems.setText(str(e))
            return
        except CatalogError as e:
            self.problems.setText(str(e))
            return
        self.accept()


def _number(text: str):
    """A typed number when the text is one; the text itself otherwise (validation then names the field)."""
    if not text:
        return ""
    for convert in (int, float):
        try:
            return convert(text.replace(",", ".") if convert is float else text)
        except ValueError:
            continue
    return text
