"""Subcommands of the ``vivier`` command line; each module has ``register(subparsers)``.

Add a feature's commands as a new module and list it here. Modules here never import Qt.
"""

from . import catalog_cmd

COMMAND_MODULES = [catalog_cmd]
