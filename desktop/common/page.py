"""The base of every area and form section: texts set in ``retranslate()``, and set again when the language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QWidget


class _Retranslating:
    """Calls :meth:`language_changed` on Qt's LanguageChange event (sent when a translator is installed)."""

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.language_changed()
        super().changeEvent(event)

    def language_changed(self) -> None:
        """What a new language redoes: the texts; an area that shows translated data redoes that too."""
        self.retranslate()

    def retranslate(self) -> None:
        raise NotImplementedError


class Page(_Retranslating, QWidget):
    """An area of the main window."""

    def make_title(self) -> QLabel:
        """The area's title label (``self.title``), in the one style every area uses; its text is set in retranslate."""
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        return self.title


class Section(_Retranslating, QGroupBox):
    """A titled group of a form."""
