"""The layering rule of STYLE.md: catalog/ never imports Qt or desktop/, even indirectly."""

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
    assert "Contracts: 1 kept, 0 broken." in result.stdout


def test_catalog_package_imports_without_qt():
    code = ("import sys, importlib, pkgutil, catalog; "
            "[importlib.import_module(m.name) for m in pkgutil.walk_packages(catalog.__path__, 'catalog.')]; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'desktop'))]; "
            "assert not bad, bad")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_catalog_search_stays_the_function_whatever_is_imported_first():
    code = ("import catalog.browse, catalog.scoring, catalog; "
            "assert callable(catalog.search), catalog.search; "
            "assert all(hasattr(catalog, n) for n in catalog.__all__)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
