"""UI state and app preferences kept in QSettings: language, data folder, window and column state.

Domain settings (weights, thresholds) live in catalog/ profiles, and secrets only in the keychain
through catalog.online (its _secrets module); nothing here is a secret.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings

#: the languages the app is translated into; the first is the fallback
LANGUAGES = ("en", "fr")


class AppSettings:
    """A thin, typed view of the app's QSettings (an INI file in the user's config folder)."""

    def __init__(self, settings: QSettings | None = None):
        self.qsettings = settings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                               "Vivier", "Vivier")

    # -- language
    @property
    def language_choice(self) -> str:
        """``system``, ``fr`` or ``en``."""
        value = str(self.qsettings.value("language", "system"))
        return value if value in ("system", *LANGUAGES) else "system"

    @language_choice.setter
    def language_choice(self, value: str) -> None:
        self.qsettings.setValue("language", value)

    def language(self) -> str:
        """The language to show: the chosen one, or the system's when it is French or English."""
        choice = self.language_choice
        if choice != "system":
            return choice
        return "fr" if QLocale.system().language() == QLocale.Language.French else "en"

    # -- data folder
    @property
    def data_dir(self) -> Path | None:
        value = self.qsettings.value("data_dir", "")
        return Path(str(value)) if value else None

    @data_dir.setter
    def data_dir(self, value: Path | None) -> None:
        self.qsettings.setValue("data_dir", str(value) if value else "")

    # -- window state
    def state(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(f"state/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self.qsettings.setValue(f"state/{key}", value)

    def value(self, key: str, default=None):
        return self.qsettings.value(f"ui/{key}", default)

    def set_value(self, key: str, value) -> None:
        self.qsettings.setValue(f"ui/{key}", value)

    def sync(self) -> None:
        self.qsettings.sync()
