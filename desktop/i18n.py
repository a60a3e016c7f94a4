"""Loading the app's French/English translations (compiled .qm files shipped in resources/i18n)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from catalog.paths import resource_path

_installed: list[QTranslator] = []


def current_language() -> str:
    """The app's language ("fr" or "en"), for the texts the core writes (explanations, labels, reasons)."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def install_language(language: str) -> bool:
    """Replace the installed translators with ``language``'s; widgets then get a LanguageChange event.

    Removing or installing a translator makes Qt send LanguageChange to every widget. Returns whether
    the language is available (English is the source language and needs no file).
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English))
    ours = QTranslator(app)
    loaded = ours.load(str(resource_path("i18n", f"vivier_{language}.qm")))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if language != "en" and qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded or language == "en"
