"""Quota rules: parsing hand-written JSON into :class:`QuotaRule`, descriptions, the legal note.

The rule format is documented in :mod:`catalog.quotas`, the public face of this module and of
:mod:`catalog.quotas._evaluation`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from catalog.errors import Problem, ValidationError
from catalog.records import COUNTRY_PATTERN, ID_PATTERN, SIZE_CLASSES
from catalog.text.quotas import words

MODES = ("required", "monitor")
MEASURES = ("count", "value")
BOUNDS = ("min_count", "min_share", "max_share")
PREDICATE_KEYS = ("size_class_in", "startup", "hq_country_in", "hq_region", "eu_controlled", "open_weights",
                  "listed_on", "public_route", "all", "any", "not")
_BOOLEAN_FACTS = ("startup", "eu_controlled", "open_weights", "public_route")
#: nesting deeper than this is a broken file, not a real rule
MAX_DEPTH = 12
#: a profile with more rules than this is a mistake; each required rule also costs optimiser time
MAX_RULES = 30

# ---------------------------------------------------------------- predicates

@dataclass(frozen=True)
class Predicate:
    """A parsed predicate: ``op`` is one of :data:`PREDICATE_KEYS`; ``arg`` its canonical argument
    (a tuple of strings, a bool, a string, a tuple of predicates, or one predicate for ``not``)."""

    op: str
    arg: Any

    def to_json(self) -> dict:
        if self.op in ("all", "any"):
            return {self.op: [p.to_json() for p in self.arg]}
        if self.op == "not":
            return {"not": self.arg.to_json()}
        if isinstance(self.arg, tuple):
            return {self.op: list(self.arg)}
        return {self.op: self.arg}

    def key(self) -> str:
        """A canonical text form: two predicates with the same key select the same offerings."""
        return json.dumps(self.to_json(), sort_keys=True)

    def describe(self, language: str = "en") -> str:
        """The predicate in plain words (``"fr"`` or ``"en"``)."""
        op, arg = self.op, self.arg
        if op in ("all", "any"):
            return "(" + words(op, language).join(p.describe(language) for p in arg) + ")"
        if op == "not":
            return words("not", language, what=arg.describe(language))
        if op in ("size_class_in", "hq_country_in", "hq_region", "listed_on"):
            return words(op, language, values=arg if isinstance(arg, str) else ", ".join(arg))
        return words(op, language) if arg else words("not", language, what=words(op, language))


def parse_predicate(raw: Any, where: str, problems: list[Problem], *, depth: int = 0) -> Predicate | None:
    """Parse one predicate object, appending a :class:`Problem` (field ``where``) for each mistake."""
    def bad(path: str, message: str) -> None:
        problems.append(Problem(message, field=path))

    if depth > MAX_DEPTH:
        bad(where, f"is nested more than {MAX_DEPTH} levels deep")
        return None
    if not isinstance(raw, dict):
        bad(where, f"expected an object such as {{\"startup\": true}}, got {_type_name(raw)}")
        return None
    if len(raw) != 1:
        keys = ", ".join(map(repr, raw)) or "none"
        bad(where, f"needs exactly one condition (found {keys}); combine several with \"all\" or \"any\"")
        return None
    (op, arg), = raw.items()
    path = f"{where}.{op}"
    if op not in PREDICATE_KEYS:
        bad(path, f"unknown attribute {op!r}; expected one of {', '.join(PREDICATE_KEYS)}")
        return None
    if op in _BOOLEAN_FACTS:
        if not isinstance(arg, bool):
            bad(path, f"expected true or false, got {_type_name(arg)}")
            return None
        return Predicate(op, arg)
    if op in ("size_class_in", "hq_country_in"):
        return _parse_value_list(op, arg, path, problems)
    if op == "hq_region":
        if arg not in ("EU", "EEA"):
            bad(path, f"expected \"EU\" or \"EEA\", got {_show(arg)}")
            return None
        return Predicate(op, arg)
    if op == "listed_on":
        if not (isinstance(arg, str) and ID_PATTERN.match(arg)):
            bad(path, f"expected a marketplace id such as \"ugap\", got {_show(arg)}")
            return None
        return Predicate(op, arg)
    if op == "not":
        inner = parse_predicate(arg, path, problems, depth=depth + 1)
        return None if inner is None else Predicate("not", inner)
    if not isinstance(arg, list) or not arg:
        bad(path, f"expected a non-empty list of conditions, got {_type_name(arg)}")
        return None
    parts = [parse_predicate(p, f"{path}[{i}]", problems, depth=depth + 1) for i, p in enumerate(arg)]
    if any(p is None for p in parts):
        return None
    return Predicate(op, tuple(parts))


def _parse_value_list(op: str, arg: Any, path: str, problems: list[Problem]) -> Predicate | None:
    """Parse the list of a ``size_class_in`` or ``hq_country_in`` predicate (``path`` is its field)."""
    def bad(at: str, message: str) -> None:
        problems.append(Problem(message, field=at))

    if not isinstance(arg, list) or not arg:
        bad(path, f"expected a non-empty list, got {_type_name(arg)}")
        return None
    ok = True
    for i, item in enumerate(arg):
        if op == "size_class_in" and item not in SIZE_CLASSES:
            bad(f"{path}[{i}]", f"unknown size class {_show(item)}; expected one of {', '.join(SIZE_CLASSES)}")
            ok = False
        elif op == "hq_country_in" and not (isinstance(item, str) and COUNTRY_PATTERN.match(item)):
            bad(f"{path}[{i}]", f"{_show(item)} is not a two-letter country code (ISO 3166-1, e.g. FR)")
            ok = False
    if not ok:
        return None
    # Canonical order (schema order for sizes) so that equal predicates compare equal.
    return Predicate(op, tuple(x for x in SIZE_CLASSES if x in arg) if op == "size_class_in"
                     else tuple(sorted(set(arg))))


# ---------------------------------------------------------------- rules

@dataclass(frozen=True)
class QuotaRule:
    """One parsed quota rule. ``bound`` is one of :data:`BOUNDS`; ``value`` an int for ``min_count``,
    an exact :class:`~fractions.Fraction` for shares (so 30% of 10 is exactly 3)."""

    label: str
    mode: str
    predicate: Predicate
    bound: str
    value: int | Fraction
    measure: str = "count"

    @property
    def required(self) -> bool:
        return self.mode == "required"

    def to_json(self) -> dict:
        """The rule as hand-writable JSON; ``parse_rules([rule.to_json()])`` gives it back."""
        value = self.value if self.bound == "min_count" else _share_json(self.value)
        return {"label": self.label, "mode": self.mode, "predicate": self.predicate.to_json(),
                "bound": {self.bound: value}, "measure": self.measure}

    def target_count(self, size: int) -> int:
        """For count rules over ``size`` items: the least (min bounds) or most (max_share) satisfying items."""
        if self.bound == "min_count":
            return int(self.value)
        if self.bound == "min_share":
            return math.ceil(self.value * size)
        return math.floor(self.value * size)

    def describe(self, language: str = "en") -> str:
        """The rule in plain words, e.g. "at least 30% of the shortlist (by count): startup"."""
        if self.bound == "min_count":
            bound = words("min_count", language, value=self.value)
        else:
            bound = words(self.bound, language, percent=f"{float(self.value) * 100:g}")
            bound += words("by_value", language) if self.measure == "value" else ""
        return words("rule", language, bound=bound, predicate=self.predicate.describe(language))


def parse_rules(raw: list, *, field: str = "quota_rules") -> list[QuotaRule]:
    """Parse hand-written quota rules (see the module docstring for the format).

    ``field`` prefixes every problem's location (``quota_rules[2].bound.min_share``). Raises
    :class:`ValidationError` listing every problem: wrong types, a share outside 0..1, a negative
    count, an unknown attribute, duplicate labels, rules that contradict each other whatever the
    shortlist size (e.g. at least 60% and at most 40% of the same offerings).
    """
    problems: list[Problem] = []
    if not isinstance(raw, list):
        raise ValidationError([Problem(f"expected a list of rules, got {_type_name(raw)}", field=field)],
                              summary="invalid quota rules")
    if len(raw) > MAX_RULES:
        problems.append(Problem(f"has {len(raw)} rules; at most {MAX_RULES} are allowed", field=field))
    rules: list[QuotaRule] = []
    labels: dict[str, int] = {}
    for i, item in enumerate(raw[:MAX_RULES]):
        where = f"{field}[{i}]"
        rule = _parse_rule(item, where, problems)
        if rule is None:
            continue
        if rule.label in labels:
            problems.append(Problem(f"repeats the label {rule.label!r} of {field}[{labels[rule.label]}]; "
                                    "labels name rules in reports and must differ", field=f"{where}.label"))
        labels.setdefault(rule.label, i)
        rules.append(rule)
    if not problems:
        problems.extend(_contradictions(rules, field))
    if problems:
        raise ValidationError(problems, summary="invalid quota rules")
    return rules


def _parse_rule(item: Any, where: str, problems: list[Problem]) -> QuotaRule | None:
    before = len(problems)
    if not isinstance(item, dict):
        problems.append(Problem(f"expected an object with label, predicate and bound, got {_type_name(item)}",
                                field=where))
        return None
    unknown = sorted(set(item) - {"label", "mode", "predicate", "bound", "measure"})
    for key in unknown:
        problems.append(Problem(f"unknown key {key!r}; a rule has label, mode, predicate, bound and measure",
                                field=f"{where}.{key}"))
    label = item.get("label")
    if not isinstance(label, str) or not label.strip():
        problems.append(Problem("is required: a short name for the rule, e.g. \"SMEs: at least 30%\"",
                                field=f"{where}.label"))
    elif len(label) > 200:
        problems.append(Problem(f"is too long ({len(label)} characters; at most 200)", field=f"{where}.label"))
    mode = item.get("mode", "required")
    if mode not in MODES:
        problems.append(Problem(f"expected \"required\" or \"monitor\", got {_show(mode)}", field=f"{where}.mode"))
    measure = item.get("measure", "count")
    if measure not in MEASURES:
        problems.append(Problem(f"expected \"count\" or \"value\", got {_show(measure)}", field=f"{where}.measure"))
    predicate = None
    if "predicate" not in item:
        problems.append(Problem("is required, e.g. {\"startup\": true}", field=f"{where}.predicate"))
    else:
        predicate = parse_predicate(item["predicate"], f"{where}.predicate", problems)
    bound, value = _parse_bound(item.get("bound"), f"{where}.bound", measure, problems)
    if len(problems) > before:
        return None
    return QuotaRule(label=label.strip(), mode=mode, predicate=predicate, bound=bound, value=value, measure=measure)


def _parse_bound(raw: Any, where: str, measure: Any, problems: list[Problem]) -> tuple[str | None, Any]:
    if not isinstance(raw, dict) or len(raw) != 1:
        problems.append(Problem("expected one of {\"min_count\": 1}, {\"min_share\": 0.3}, {\"max_share\": 0.5}",
                                field=where))
        return None, None
    (bound, value), = raw.items()
    path = f"{where}.{bound}"
    if bound not in BOUNDS:
        problems.append(Problem(f"unknown bound {bound!r}; expected one of {', '.join(BOUNDS)}", field=path))
        return None, None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        problems.append(Problem(f"expected a number, got {_show(value)}", field=path))
        return None, None
    if bound == "min_count":
        if value != int(value):
            problems.append(Problem(f"must be a whole number, got {value}", field=path))
        elif value < 0:
            problems.append(Problem(f"must not be negative, got {value}", field=path))
        elif measure == "value":
            problems.append(Problem("counts offerings, so it needs measure \"count\"; by value use min_share",
                                    field=path))
        return bound, int(value)
    if not 0 <= value <= 1:
        problems.append(Problem(f"must be between 0 and 1 (a share: 0.3 means 30%), got {value}", field=path))
        return None, None
    # Through str(): 0.3 becomes exactly 3/10, so "30% of 10" is 3, not 3.0000000000000004 rounded up to 4.
    return bound, Fraction(str(value))


def _contradictions(rules: list[QuotaRule], field: str) -> list[Problem]:
    """Rules no shortlist of any size can meet together."""
    problems: list[Problem] = []
    by_key: dict[tuple[str, str], list[tuple[int, QuotaRule]]] = {}
    for i, rule in enumerate(rules):
        by_key.setdefault((rule.measure, rule.predicate.key()), []).append((i, rule))
    for group in by_key.values():
        for i, low in group:
            for j, high in group:
                if high.bound != "max_share":
                    continue
                if low.bound == "min_share" and low.value > high.value:
                    problems.append(Problem(
                        f"asks for at least {_pct(low.value)} of offerings that {field}[{j}] ({high.label!r}) "
                        f"caps at {_pct(high.value)}: no shortlist can meet both", field=f"{field}[{i}].bound"))
                if low.bound == "min_count" and low.value > 0 and high.value == 0:
                    problems.append(Problem(
                        f"asks for at least {low.value} of offerings that {field}[{j}] ({high.label!r}) "
                        "excludes entirely (at most 0%)", field=f"{field}[{i}].bound"))
    for i, rule in enumerate(rules):
        if rule.bound != "min_share" or rule.predicate.op != "not":
            continue
        for j, other in by_key.get((rule.measure, rule.predicate.arg.key()), []):
            if other.bound == "min_share" and rule.value + other.value > 1 and i < j:
                problems.append(Problem(
                    f"asks for at least {_pct(rule.value)} of offerings that are not what {field}[{j}] "
                    f"({other.label!r}) wants at least {_pct(other.value)} of: together more than 100%",
                    field=f"{field}[{i}].bound"))
    return problems


def check_rules_feasible_for_size(rules: Sequence[QuotaRule], size: int, *, field: str = "quota_rules") -> None:
    """Refuse rules that no shortlist of ``size`` offerings can meet, whatever the catalog holds.

    Raises :class:`ValidationError` naming the rule: a minimum count above ``size``, or a minimum
    and a maximum on the same offerings that leave no whole number between them (e.g. at least 34%
    and at most 35% of 2 offerings). Whether the *catalog* has enough matching offerings is the
    optimiser's question (:func:`catalog.quotas._optimiser.build_shortlist`).
    """
    problems: list[Problem] = []
    index = {id(rule): i for i, rule in enumerate(rules)}
    for i, rule in enumerate(rules):
        if rule.measure == "count" and rule.bound in ("min_count", "min_share") and rule.target_count(size) > size:
            problems.append(Problem(f"asks for at least {rule.target_count(size)} offerings but the shortlist "
                                    f"holds {size}", field=f"{field}[{i}].bound"))
    for low in rules:
        for high in rules:
            if (low.measure == high.measure == "count" and high.bound == "max_share"
                    and low.bound in ("min_count", "min_share") and low.predicate.key() == high.predicate.key()
                    and low.target_count(size) > high.target_count(size)):
                problems.append(Problem(
                    f"asks for at least {low.target_count(size)} of {size} offerings that "
                    f"{field}[{index[id(high)]}] ({high.label!r}) caps at {high.target_count(size)}",
                    field=f"{field}[{index[id(low)]}].bound"))
    if problems:
        raise ValidationError(problems, summary=f"quota rules impossible for a shortlist of {size}")


def _pct(value: Fraction) -> str:
    return f"{float(value) * 100:g}%"


def _share_json(value: Fraction) -> int | float:
    return int(value) if value.denominator == 1 else float(value)


def _type_name(value: Any) -> str:
    return {str: "text", int: "a whole number", float: "a number", bool: "true/false", list: "a list",
            dict: "an object", type(None): "null"}.get(type(value), type(value).__name__)


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, (str, int, float, bool, type(None))) \
        else _type_name(value)
    return text[:80]
