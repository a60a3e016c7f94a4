"""Where Vivier finds its shipped resources and keeps the user's data.

One function, :func:`resource_path`, serves the installed package (``catalog.resources`` package
data), a source checkout (``resources/`` beside ``catalog/``) and the frozen PyInstaller build
(``sys._MEIPASS``), so every caller finds data the same way.
"""

from __future__ import annotations

import os
import sys
from importlib import resources as importlib_resources
from pathlib import Path

from catalog.errors import DataFolderError

APP_NAME = "Vivier"
DATA_DIR_ENV = "VIVIER_DATA_DIR"


def resources_root() -> Path:
    """The folder holding the shipped resources (catalog JSON, taxonomy, examples, translations)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "catalog" / "resources"
    try:
        root = Path(str(importlib_resources.files("catalog.resources")))
        if (root / "taxonomy.json").exists() or (root / "catalog").is_dir():
            return root
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("catalog", "offerings.json")``."""
    return resources_root().joinpath(*parts)


def default_data_dir() -> Path:
    """The user's data folder: ``$VIVIER_DATA_DIR`` if set, else the platform's user data folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def ensure_data_dir(path: Path | None = None) -> Path:
    """Create the data folder if needed and check that it can be written.

    Raises :class:`DataFolderError` naming the folder when it cannot be created or written.
    """
    folder = Path(path) if path is not None else default_data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise DataFolderError(f"cannot create the data folder {folder}: {e.strerror or e}") from e
    if not folder.is_dir():
        raise DataFolderError(f"the data folder {folder} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DataFolderError(
            f"the data folder {folder} is read-only; choose another with --data-dir or {DATA_DIR_ENV}"
        )
    return folder
