"""Helpers shared by the subcommands."""

from __future__ import annotations

import json
import sys


def print_json(value) -> None:
    """Print ``value`` as indented UTF-8 JSON on stdout."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False) + "\n")
