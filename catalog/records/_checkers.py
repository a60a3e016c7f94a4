"""Generic checkers of JSON values: each returns the value in canonical form or raises ``_Invalid``.

A checker is a callable built by one of the combinators here (:func:`string`, :func:`slug`,
:func:`integer`, :func:`nullable`, :func:`list_of`, :func:`obj`...). ``_schema.py`` assembles them into
the record kinds; the attributes a checker carries (``scalar``, ``nullable``, ``default_empty``) tell
imports and forms what plain type a field holds and what an absent field defaults to.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable

ID_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$")
COUNTRY_PATTERN = re.compile(r"^[A-Z]{2}$")
#: control characters other than tab and newline (a regular expression scans 100,000 records' text
#: in C; a per-character Python loop took seconds)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")
#: a field longer than this is refused: no catalog text needs more, and a 10 MB field is an attack or an accident
MAX_STRING = 20_000
#: items in one list field; more is a broken file, not a real record
MAX_LIST = 1_000


class _Invalid(Exception):
    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message, self.field = message, field


Checker = Callable[[Any], Any]


def _type_name(value: Any) -> str:
    return {
        str: "text", int: "a whole number", float: "a number", bool: "true/false", list: "a list",
        dict: "an object", type(None): "null",
    }.get(type(value), type(value).__name__)


#: accepted short texts remembered per checker (countries, languages, ids, dates repeat across a
#: catalog); whether a text is valid depends on the text alone, so a remembered one needs no new check
_REMEMBER_LEN = 80
_REMEMBER_COUNT = 4096


def string(*, pattern: re.Pattern | None = None, what: str = "text", max_len: int = MAX_STRING) -> Checker:
    accepted: set[str] = set()

    def check(value):
        if value.__class__ is str and value in accepted:
            return value
        if not isinstance(value, str):
            raise _Invalid(f"expected {what}, got {_type_name(value)}")
        if len(value) > max_len:
            raise _Invalid(f"is too long ({len(value):,} characters; at most {max_len:,})")
        if _CONTROL.search(value):
            raise _Invalid("contains control characters")
        stripped = value.strip()
        if not stripped:
            raise _Invalid("is empty")
        if pattern is not None and not pattern.match(value):
            raise _Invalid(f"{value[:80]!r} is not {what}")
        if len(value) <= _REMEMBER_LEN and len(accepted) < _REMEMBER_COUNT and value.__class__ is str:
            accepted.add(value)
        return value
    check.scalar = "str"  # type: ignore[attr-defined]
    return check


def slug() -> Checker:
    inner = string(pattern=ID_PATTERN, what="a valid id (lowercase letters, digits and hyphens, 1-80 characters)",
                   max_len=80)

    def check(value):
        if isinstance(value, str) and ("/" in value or "\\" in value):
            raise _Invalid(f"{value[:80]!r} contains a path separator; ids are lowercase letters, digits and hyphens")
        return inner(value)
    check.scalar = "str"  # type: ignore[attr-defined]
    return check


def iso_date() -> Checker:
    def check(value):
        if not isinstance(value, str):
            raise _Invalid(f"expected a date YYYY-MM-DD, got {_type_name(value)}")
        try:
            date.fromisoformat(value)
        except ValueError:
            raise _Invalid(f"{value[:40]!r} is not a date YYYY-MM-DD") from None
        if len(value) != 10:
            raise _Invalid(f"{value[:40]!r} is not a date YYYY-MM-DD")
        return value
    check.scalar = "str"  # type: ignore[attr-defined]
    return check


def integer(*, minimum: int | None = None, maximum: int | None = None) -> Checker:
    def check(value):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _Invalid(f"expected a whole number, got {_type_name(value)}")
        if isinstance(value, float):
            if not math.isfinite(value) or value != int(value):
                raise _Invalid(f"expected a whole number, got {value!r}")
            value = int(value)
        if minimum is not None and value < minimum or maximum is not None and value > maximum:
            raise _Invalid(f"{value} is out of range ({minimum}..{maximum})")
        return value
    check.scalar = "int"  # type: ignore[attr-defined]
    return check


def number(*, minimum: float | None = 0) -> Checker:
    def check(value):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _Invalid(f"expected a number, got {_type_name(value)}")
        if not math.isfinite(value):
            raise _Invalid(f"{value!r} is not a finite number")
        if minimum is not None and value < minimum:
            raise _Invalid(f"{value} is below {minimum}")
        return value
    check.scalar = "number"  # type: ignore[attr-defined]
    return check


def boolean() -> Checker:
    def check(value):
        if not isinstance(value, bool):
            raise _Invalid(f"expected true or false, got {_type_name(value)}")
        return value
    check.scalar = "bool"  # type: ignore[attr-defined]
    return check


def enum(values: tuple[str, ...]) -> Checker:
    def check(value):
        if not isinstance(value, str):
            raise _Invalid(f"expected one of {', '.join(values)}, got {_type_name(value)}")
        if value not in values:
            raise _Invalid(f"unknown value {value[:60]!r}; expected one of {', '.join(values)}")
        return value
    check.scalar = "str"  # type: ignore[attr-defined]
    return check


def country(*, extra: tuple[str, ...] = ()) -> Checker:
    inner = string(pattern=COUNTRY_PATTERN, what="a two-letter country code (ISO 3166-1, e.g. FR)")

    def check(value):
        if value in extra:
            return value
        return inner(value)
    check.scalar = "str"  # type: ignore[attr-defined]
    return check


def nullable(checker: Checker) -> Checker:
    def check(value):
        return None if value is None else checker(value)
    check.nullable = True  # type: ignore[attr-defined]
    check.scalar = getattr(checker, "scalar", None)  # type: ignore[attr-defined]
    return check


def list_of(checker: Checker, *, unique: bool = True, min_items: int = 0) -> Checker:
    def check(value):
        if not isinstance(value, list):
            raise _Invalid(f"expected a list, got {_type_name(value)}")
        if len(value) > MAX_LIST:
            raise _Invalid(f"has too many items ({len(value):,}; at most {MAX_LIST:,})")
        if len(value) < min_items:
            raise _Invalid(f"needs at least {min_items} item(s)")
        out = []
        for i, item in enumerate(value):
            try:
                out.append(checker(item))
            except _Invalid as e:
                raise _Invalid(e.message, f"[{i}]" + ("." + e.field if e.field else "")) from None
        if unique and not (all(item.__class__ is str for item in out) and len(set(out)) == len(out)):
            # distinct texts are distinct reprs: only other items (or a repeated text) need the reprs
            seen = set()
            for item in out:
                key = repr(item)
                if key in seen:
                    raise _Invalid(f"lists {item!r} twice")
                seen.add(key)
        return out
    check.default_empty = True  # type: ignore[attr-defined]
    return check


@dataclass(frozen=True)
class Field:
    name: str
    check: Checker
    required: bool = False


def obj(*fields: Field) -> Checker:
    """An object with known keys; unknown keys are refused, missing optional keys get their default."""
    names = {f.name for f in fields}
    # (name, checker, required, default) unpacked once, not looked up per field of every record
    plan = tuple((f.name, f.check, f.required, default_of(f.check)) for f in fields)

    def check(value):
        if not isinstance(value, dict):
            raise _Invalid(f"expected an object, got {_type_name(value)}")
        if not names.issuperset(value):
            unknown = sorted(set(value) - names)
            raise _Invalid(f"unknown field(s) {', '.join(map(repr, unknown))}", unknown[0])
        out = {}
        for name, checker, required, default in plan:
            if name not in value:
                if required:
                    raise _Invalid("is required", name)
                out[name] = [] if default == [] else default  # a new list each time: callers may change it
                continue
            try:
                out[name] = checker(value[name])
            except _Invalid as e:
                sub = e.field or ""
                path = name + ("" if not sub else sub if sub.startswith("[") else "." + sub)
                raise _Invalid(e.message, path) from None
        return out
    return check


def default_of(checker: Checker) -> Any:
    return [] if getattr(checker, "default_empty", False) else None


def text() -> Checker:
    """Bilingual text: ``{"fr": ..., "en": ...}``."""
    return obj(Field("fr", string(), True), Field("en", string(), True))

