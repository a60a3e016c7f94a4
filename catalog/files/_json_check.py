"""Reading hand-written JSON profiles: a problem collector that names each field, and safe file reading.

Used by :mod:`catalog.buyer._profile`; every problem names its field path (``must_haves.languages[1]``) so a
person can fix a hand-written file, and all problems are reported at once.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from catalog.errors import FileFormatError, Problem, ValidationError


class Checker:
    """Collects problems while reading a JSON object; each problem names its field path."""

    def __init__(self, source: str):
        self.source = source
        self.problems: list[Problem] = []

    def bad(self, path: str, message: str) -> None:
        self.problems.append(Problem(message, file=self.source, field=path))

    def text(self, data: dict, key: str, *, required: bool = False, max_len: int = 300, default: Any = None,
             path: str | None = None):
        path = path or key
        value = data.get(key, default)
        if value is None:
            if required:
                self.bad(path, "is required")
            return default
        if not isinstance(value, str):
            self.bad(path, f"expected text, got {type_name(value)}")
            return default
        if not value.strip():
            if required:
                self.bad(path, "is empty")
            return default if required else value
        if len(value) > max_len:
            self.bad(path, f"is too long ({len(value):,} characters; at most {max_len:,})")
            return default
        return value

    def choice(self, data: dict, key: str, choices: tuple, *, default: Any, path: str | None = None):
        path = path or key
        value = data.get(key, default)
        if value is None and default is None:
            return None
        if not isinstance(value, str) or value not in choices:
            self.bad(path, f"unknown value {show(value)}; expected one of {', '.join(choices)}")
            return default
        return value

    def number(self, data: dict, key: str, *, minimum: float = 0, integer: bool = False, default: Any = None,
               maximum: float | None = None, path: str | None = None, exclusive_minimum: bool = False):
        path = path or key
        value = data.get(key, default)
        if value is None:
            return default
        what = "a whole number" if integer else "a number"
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            self.bad(path, f"expected {what}, got {show(value)}")
            return default
        if integer and value != int(value):
            self.bad(path, f"expected {what}, got {value!r}")
            return default
        if value < minimum or (exclusive_minimum and value == minimum) or (maximum is not None and value > maximum):
            bound = f"above {minimum}" if exclusive_minimum else f"at least {minimum}"
            self.bad(path, f"{value!r} is out of range (must be {bound}"
                     + (f" and at most {maximum})" if maximum is not None else ")"))
            return default
        return int(value) if integer else value

    def boolean(self, data: dict, key: str, *, path: str | None = None):
        value = data.get(key)
        if value is None or isinstance(value, bool):
            return value
        self.bad(path or key, f"expected true, false or null, got {show(value)}")
        return None

    def strings(self, data: dict, key: str, *, pattern: re.Pattern | None = None, choices: tuple | None = None,
                what: str = "text", path: str | None = None, max_items: int = 200, min_items: int = 0,
                extra: tuple = ()) -> list:
        path = path or key
        value = data.get(key, [])
        if value is None:
            value = []
        if not isinstance(value, list):
            self.bad(path, f"expected a list, got {type_name(value)}")
            return []
        if len(value) > max_items:
            self.bad(path, f"has too many items ({len(value):,}; at most {max_items})")
            return []
        if len(value) < min_items:
            self.bad(path, f"needs at least {min_items} item(s)")
        out: list = []
        for i, item in enumerate(value):
            where = f"{path}[{i}]"
            if not isinstance(item, str) or not item.strip():
                self.bad(where, f"expected {what}, got {show(item)}")
            elif item in extra:
                out.append(item)
            elif choices is not None and item not in choices:
                self.bad(where, f"unknown value {show(item)}; expected one of {', '.join(choices)}")
            elif pattern is not None and not pattern.match(item):
                self.bad(where, f"{show(item)} is not {what}")
            elif len(item) > 300:
                self.bad(where, "is too long (at most 300 characters)")
            elif item in out:
                self.bad(where, f"lists {show(item)} twice")
            else:
                out.append(item)
        return out

    def object(self, data: dict, key: str, known: tuple, *, path: str | None = None) -> dict:
        path = path or key
        value = data.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.bad(path, f"expected an object, got {type_name(value)}")
            return {}
        self.unknown_keys(value, known, prefix=path + ".")
        return value

    def unknown_keys(self, data: dict, known: tuple, *, prefix: str = "") -> None:
        for key in sorted(set(data) - set(known)):
            self.bad(prefix + str(key), f"unknown field; expected one of {', '.join(known)}")

    def raise_if_any(self, summary: str) -> None:
        if self.problems:
            raise ValidationError(self.problems, summary=summary)


def type_name(value: Any) -> str:
    return {str: "text", int: "a whole number", float: "a number", bool: "true/false", list: "a list",
            dict: "an object", type(None): "null"}.get(type(value), type(value).__name__)


def show(value: Any) -> str:
    return repr(value[:60]) if isinstance(value, str) else type_name(value)


def read_object(path: Path | str, schema: str) -> dict:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise FileFormatError(f"cannot read {path}: {e.strerror or e}") from e
    if not raw.strip():
        raise FileFormatError(f"{path}: the file is empty; expected a JSON object with \"schema\": \"{schema}\"")
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_constant=_refuse_constant)
    except UnicodeDecodeError as e:
        raise FileFormatError(f"{path}: not UTF-8 text (byte {e.start})") from e
    except json.JSONDecodeError as e:
        raise FileFormatError(f"{path}: invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}") from e
    if not isinstance(data, dict):
        raise FileFormatError(f"{path}: expected a JSON object with \"schema\": \"{schema}\", got {type_name(data)}")
    return data


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not allowed in a profile (numbers must be finite)")


def check_schema(data: dict, schema: str, check: Checker) -> None:
    found = data.get("schema")
    if found != schema:
        check.bad("schema", f"expected {schema!r}, got {show(found)}")
