"""Fixtures of the desktop tests: offscreen Qt, settings in a temporary folder, the shipped catalog."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from catalog.records import CATALOG_DB
from catalog.session import open_session


@pytest.fixture(autouse=True)
def _qsettings_in_tmp(tmp_path):
    """QSettings (language, window state) go to a temporary folder, never the user's own."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture(scope="session")
def _shipped_catalog_db(tmp_path_factory) -> Path:
    """One catalog.db loaded from the shipped catalog, copied into each test's data folder."""
    folder = tmp_path_factory.mktemp("shipped-db")
    open_session(folder).close()
    return folder / CATALOG_DB


@pytest.fixture
def session(data_dir, _shipped_catalog_db):
    shutil.copy(_shipped_catalog_db, data_dir / CATALOG_DB)
    s = open_session(data_dir)
    yield s
    s.close()


class ShownErrors(list):
    """The messages the user would have read in error dialogs."""


@pytest.fixture
def shown_errors(monkeypatch):
    from desktop.errors import ErrorBox

    shown = ShownErrors()
    def present(cls, parent, message, details=""):
        shown.append(message)

    monkeypatch.setattr(ErrorBox, "present", classmethod(present))
    return shown


@pytest.fixture
def english(qapp):
    from desktop.i18n import install_language

    install_language("en")
    yield
    install_language("en")


class Prompts(list):
    """The unsaved-changes questions asked, answered with ``answer``."""

    answer = "discard"


@pytest.fixture
def prompts(monkeypatch):
    from desktop.need.page import UnsavedPrompt

    asked = Prompts()

    def ask(cls, parent):
        asked.append(parent)
        return asked.answer

    monkeypatch.setattr(UnsavedPrompt, "ask", classmethod(ask))
    return asked


@pytest.fixture
def window(qtbot, session, shown_errors, english, prompts):
    from desktop.main_window import MainWindow

    w = MainWindow(session)
    w.show()
    qtbot.waitExposed(w)
    if w.catalogue.loading:  # the catalogue list is read on a worker thread
        with qtbot.waitSignal(w.catalogue.loaded, timeout=20_000):
            pass
    yield w
    # the window must be gone before its session closes: later events would reach a closed database
    w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def screenshot_dir() -> Path | None:
    """Where screenshots go (``$VIVIER_SCREENSHOTS``), or None to skip saving them."""
    folder = os.environ.get("VIVIER_SCREENSHOTS")
    if not folder:
        return None
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path
