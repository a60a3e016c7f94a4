"""Subcommands of the ``vivier`` command line.

Every module in this package whose name ends in ``_cmd`` defines ``register(subparsers)``; they are
found automatically, so a feature adds its commands by adding one module. Modules here never import Qt.
"""

from __future__ import annotations

import importlib
import pkgutil

COMMAND_MODULES = [
    importlib.import_module(f"{__name__}.{info.name}")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name)
    if info.name.endswith("_cmd")
]
