"""The architecture's rules (docs/architecture.md): a Qt-free, layered core used through its faces, a clean lint, a light start."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_linter_contract_holds():
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert exe, "import-linter is part of the test extra"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([exe, "--config", str(ROOT / "pyproject.toml")], cwd=ROOT, capture_output=True,
                            text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken." in result.stdout


def _python(code: str) -> str:
    """What ``code`` prints, run in a fresh interpreter (imports start from nothing)."""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


#: libraries that cost 20-150 ms each to import: loaded on first use, never by importing a face or a page
HEAVY = "('numpy', 'sqlite_utils', 'rapidfuzz', 'openpyxl', 'keyring')"


def test_catalog_package_imports_without_qt():
    assert _python("import sys, importlib, pkgutil, catalog; "
                   "[importlib.import_module(m.name) for m in pkgutil.walk_packages(catalog.__path__, 'catalog.')]; "
                   "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'desktop'))))") == "[]"


def test_the_facades_load_nothing_heavy():
    assert _python("import sys, catalog, catalog.errors, catalog.records, catalog.buyer, catalog.quotas, "
                   "catalog.workbook, catalog.sme, catalog.online, catalog.files; "
                   f"print(sorted(m for m in {HEAVY} if m in sys.modules))") == "[]"


def test_the_window_and_its_areas_load_nothing_heavy():
    # the window shows before the data folder opens: what it imports is all a start waits for
    assert _python("import sys; import desktop.app, desktop.main_window, desktop.catalogue.page, desktop.need.page, "
                   "desktop.ranking.page, desktop.shortlist.page, desktop.programmes.page, desktop.settings.dialog; "
                   f"print(sorted(m for m in {HEAVY} if m in sys.modules))") == "[]"


def test_every_name_a_face_offers_is_there():
    assert _python("import importlib; faces = ['catalog', 'catalog.records', 'catalog.buyer', 'catalog.quotas', "
                   "'catalog.workbook', 'catalog.sme', 'catalog.online', 'catalog.files']; "
                   "print([(f, n) for f in faces for n in importlib.import_module(f).__all__ "
                   "if not hasattr(importlib.import_module(f), n)])") == "[]"
    assert callable(__import__("catalog").search)


def test_the_code_passes_the_linter():
    exe = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert exe, "ruff is part of the test extra"
    result = subprocess.run([exe, "check", "--no-cache", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
