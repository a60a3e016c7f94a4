"""build.spec leaves some modules out of the frozen build; the app's code must never need them.

A module the spec excludes is missing only in the frozen folder, and only when the code path that
imports it runs, so a slip would pass every other test. This reads the excludes straight from
build.spec and checks every import and ``np.<name>`` use in catalog/ and desktop/.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _spec_excludes() -> set[str]:
    """Module names in build.spec's ``excludes`` list (``PySide6.<name>`` entries included)."""
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["excludes"]:
            names = {c.value for c in ast.walk(node.value)
                     if isinstance(c, ast.Constant) and isinstance(c.value, str) and not c.value.endswith(".")}
            return {n for n in names if "." in n or not n.startswith("Qt")} | {
                f"PySide6.{n}" for n in names if n.startswith("Qt")}
    raise AssertionError("build.spec has no `excludes = [...]` assignment")


def _modules_used(path: Path) -> set[str]:
    """Every module a source file imports, plus ``numpy.<name>`` for each ``np.<name>``/``numpy.<name>``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    used: set[str] = set()
    numpy_aliases = {"numpy"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                used.add(alias.name)
                if alias.name == "numpy":
                    numpy_aliases.add(alias.asname or "numpy")
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            used.add(node.module)
            used.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in numpy_aliases:
            used.add(f"numpy.{node.attr}")
    return used


def _covered(module: str, excluded: set[str]) -> bool:
    return any(module == ex or module.startswith(ex + ".") for ex in excluded)


def test_the_spec_excludes_what_the_size_budget_counts_on():
    excluded = _spec_excludes()
    assert {"numpy.random", "numpy.fft", "PySide6.QtNetwork", "PySide6.QtQml", "tkinter"} <= excluded
    assert not any(name.startswith("PySide6.") and name[8:] in ("QtCore", "QtGui", "QtWidgets") for name in excluded)


def test_no_code_in_the_app_needs_a_module_the_build_leaves_out():
    excluded = _spec_excludes()
    offenders = {
        f"{path.relative_to(ROOT)}: {module}"
        for package in ("catalog", "desktop")
        for path in sorted((ROOT / package).rglob("*.py"))
        for module in _modules_used(path)
        if _covered(module, excluded)
    }
    assert offenders == set()


def test_the_checker_sees_numpy_attribute_uses(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import numpy as np\nfrom PySide6.QtNetwork import QNetworkAccessManager\n"
                      "rng = np.random.default_rng(1)\n", encoding="utf-8")
    used = _modules_used(sample)
    assert sorted(m for m in used if _covered(m, _spec_excludes())) == [
        "PySide6.QtNetwork", "PySide6.QtNetwork.QNetworkAccessManager", "numpy.random"]


def spec_constant(name: str):
    """The literal value build.spec assigns to ``name`` at its top level (e.g. RESOURCE_PATTERNS)."""
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == [name]:
            return ast.literal_eval(node.value)
    raise AssertionError(f"build.spec assigns no literal {name}")


def test_the_build_bundles_the_same_resources_pip_installs():
    # pyproject.toml's package data and build.spec's RESOURCE_PATTERNS must not drift apart: a
    # resource added to one only would be missing from either the frozen or the installed app.
    import tomllib

    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "tool"]["setuptools"]["package-data"]
    installed = {
        f"{package.removeprefix('catalog.resources').lstrip('.').replace('.', '/')}/{pattern}".lstrip("/")
        for package, patterns in package_data.items() if package.startswith("catalog.resources")
        for pattern in patterns
    }
    # Translation sources (.ts) are installed for translators but never read by the app.
    assert sorted(spec_constant("RESOURCE_PATTERNS")) == sorted(p for p in installed if not p.endswith(".ts"))
