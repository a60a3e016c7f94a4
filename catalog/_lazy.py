"""Public faces that load nothing until a name is used.

Every package of the core offers its API from its ``__init__`` (its *face*); the modules behind it are
private (``_name.py``). A face only names where each name lives, and the module is imported on the
first use of one of its names (PEP 562 module ``__getattr__``): importing ``catalog.buyer`` costs
nothing, ``catalog.buyer.rank_offerings`` loads numpy. The command line and the app start faster
because a run that never ranks, writes a workbook or opens the keychain never loads their libraries.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable


def lazy_face(package: str, table: dict[str, tuple[str, ...]]
              ) -> tuple[Callable[[str], object], Callable[[], list[str]], list[str]]:
    """``(__getattr__, __dir__, __all__)`` for the package ``package``.

    ``table`` maps a module (relative to ``package``, e.g. ``"._store"``) to the names it provides.
    A name is looked up once, then kept in the package's namespace. Raises ``AttributeError`` for a
    name the table does not list, as a plain module would.
    """
    where = {name: module for module, names in table.items() for name in names}

    def __getattr__(name: str) -> object:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *where})

    return __getattr__, __dir__, sorted(where)
