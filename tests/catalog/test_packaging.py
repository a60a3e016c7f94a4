"""The distribution ships every Python package and resource folder of the source tree."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_of_the_tree_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    on_disk = {str(p.parent.relative_to(ROOT)).replace("/", ".") for top in ("catalog", "desktop")
               for p in (ROOT / top).rglob("__init__.py")}
    resources = {"catalog.resources." + p.name for p in (ROOT / "resources").iterdir() if p.is_dir()}
    assert on_disk | resources | {"catalog.resources"} == listed
