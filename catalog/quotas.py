"""Quota rules ("small business act" targets) and how a shortlist measures up to them.

A quota rule is a predicate on an offering and its organisation plus a bound over the shortlist.
Rules are hand-writable JSON, kept in buyer profiles under ``quota_rules``::

    {"label": "SMEs or startups: at least 30%",
     "mode": "required",                      # or "monitor" (only reported); default "required"
     "predicate": {"any": [{"size_class_in": ["micro", "small", "medium"]}, {"startup": true}]},
     "bound": {"min_share": 0.3},             # or {"min_count": 1} or {"max_share": 0.5}
     "measure": "count"}                      # or "value" (estimated amounts); default "count"

Predicates (exactly one key per object):

==============================  =============================================================
``{"size_class_in": [...]}``    organisation size class in the list (micro small medium midcap large)
``{"startup": true}``           organisation is (``false``: is known not to be) a startup
``{"hq_country_in": ["FR"]}``   headquarters country in the list (ISO 3166-1 alpha-2)
``{"hq_region": "EU"}``         headquarters in the EU (or ``"EEA"``)
``{"eu_controlled": true}``     organisation ultimately controlled from the EU
``{"open_weights": true}``      the offering's weights can be downloaded
``{"listed_on": "ugap"}``       the offering is listed on that marketplace (id)
``{"public_route": true}``      listed on at least one marketplace a public buyer can buy through
``{"all": [p, ...]}``           every sub-predicate holds
``{"any": [p, ...]}``           at least one holds
``{"not": p}``                  the sub-predicate is known not to hold
==============================  =============================================================

**Unknown is not false, and never satisfies.** A fact the catalog does not know (``null``) makes a
predicate *unknown*; ``all``/``any``/``not`` follow three-valued (Kleene) logic, and an item counts
for a rule only when its predicate is definitely true. So ``{"not": {"startup": true}}`` does not
count an organisation whose startup status is unknown. Listings are known facts: an offering with
no listing is definitely not listed.

Bounds: ``min_count`` (whole number, measure ``count`` only), ``min_share`` and ``max_share``
(between 0 and 1). With ``measure: "value"`` shares are of the estimated amounts
(``estimated_amount_eur``); an offering without an estimated amount weighs 0 (and is reported).
Shares are compared exactly: "at least 30% of 10" means at least 3.

Legal frame (see :data:`LEGAL_NOTE`): a shortlist decides whom the buyer consults; above EU
thresholds the award itself must not discriminate by size or nationality, so rules are shown with
that note wherever they are set or reported.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import numpy as np

from .errors import Problem, ValidationError
from .schema import COUNTRY_PATTERN, EEA_COUNTRIES, EU_COUNTRIES, ID_PATTERN, SIZE_CLASSES

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

LEGAL_NOTE = {
    "en": ("A shortlist decides whom the buyer consults: sourcing and market consultation, below-threshold "
           "purchases, innovative purchases under EUR 100k excl. VAT, framework mini-competitions, choices in a "
           "central-purchasing catalogue. Above EU thresholds the award itself must not discriminate by size or "
           "nationality."),
    "fr": ("Une présélection décide qui l'acheteur consulte : sourçage et consultation du marché, achats sous les "
           "seuils, achats innovants de moins de 100 000 € HT, marchés subséquents d'accords-cadres, choix dans le "
           "catalogue d'une centrale d'achat. Au-delà des seuils européens, l'attribution elle-même ne peut pas "
           "discriminer selon la taille ou la nationalité."),
}


def legal_note(language: str = "en") -> str:
    """The short legal note shown wherever a quota rule is set or reported (``"fr"`` or ``"en"``)."""
    return LEGAL_NOTE.get(language, LEGAL_NOTE["en"])


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
        fr = language == "fr"
        op, arg = self.op, self.arg
        if op in ("all", "any"):
            joiner = (" et " if op == "all" else " ou ") if fr else (" and " if op == "all" else " or ")
            return "(" + joiner.join(p.describe(language) for p in arg) + ")"
        if op == "not":
            return ("non " if fr else "not ") + arg.describe(language)
        if op == "size_class_in":
            return ("taille : " if fr else "size: ") + ", ".join(arg)
        if op == "hq_country_in":
            return ("siège en " if fr else "headquartered in ") + ", ".join(arg)
        if op == "hq_region":
            return ("siège dans l'" if fr else "headquartered in the ") + arg
        if op == "listed_on":
            return ("référencé sur " if fr else "listed on ") + arg
        words = {
            "startup": ("startup", "startup"), "eu_controlled": ("contrôle européen", "EU-controlled"),
            "open_weights": ("poids ouverts", "open weights"),
            "public_route": ("achetable par une voie publique", "buyable through a public route"),
        }[op]
        text = words[0] if fr else words[1]
        return text if arg else (("non " if fr else "not ") + text)


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
        fr = language == "fr"
        if self.bound == "min_count":
            head = f"au moins {self.value}" if fr else f"at least {self.value}"
        else:
            pct = f"{float(self.value) * 100:g} %"
            head = (("au moins " if self.bound == "min_share" else "au plus ") + pct + " de la présélection") if fr \
                else (("at least " if self.bound == "min_share" else "at most ") + pct.replace(" ", "")
                      + " of the shortlist")
            head += (" (en valeur estimée)" if fr else " (by estimated value)") if self.measure == "value" else ""
        return f"{head} : {self.predicate.describe(language)}" if fr else f"{head}: {self.predicate.describe(language)}"


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
    optimiser's question (:func:`catalog.shortlist_opt.build_shortlist`).
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


# ---------------------------------------------------------------- candidates and their facts

@dataclass(frozen=True, slots=True)
class Candidate:
    """An eligible, scored offering with the facts quota predicates read.

    ``None`` means unknown. ``listed_on`` holds the marketplace ids that list the offering;
    ``public_route`` is true when one of them is a public purchasing route. ``offering`` and
    ``organisation`` are the catalog records (kept for display and snapshots, not compared).
    """

    offering_id: str
    organisation_id: str
    score: float
    estimated_amount: float | None = None
    size_class: str | None = None
    startup: bool | None = None
    hq_country: str | None = None
    eu_controlled: bool | None = None
    open_weights: bool | None = None
    listed_on: frozenset[str] = frozenset()
    public_route: bool | None = None
    offering: dict | None = field(default=None, compare=False, repr=False)
    organisation: dict | None = field(default=None, compare=False, repr=False)


def candidate_from_records(offering: dict, organisation: dict, score: float, *,
                           marketplaces: dict[str, dict] | None = None, listed_on: Sequence[str] = ()) -> Candidate:
    """A :class:`Candidate` from canonical catalog records; ``marketplaces`` maps id to record."""
    marketplaces = marketplaces or {}
    listed = frozenset(listed_on)
    return Candidate(
        offering_id=offering["id"], organisation_id=offering["organisation_id"], score=float(score),
        estimated_amount=offering.get("estimated_amount_eur"), size_class=organisation.get("size_class"),
        startup=organisation.get("startup"), hq_country=organisation.get("hq_country"),
        eu_controlled=organisation.get("eu_controlled"), open_weights=offering.get("open_weights"),
        listed_on=listed, public_route=any(bool(marketplaces.get(m, {}).get("public_route")) for m in listed),
        offering=offering, organisation=organisation)


_TRI = {True: 1, False: 0, None: -1}
_SIZE_CODE = {name: i for i, name in enumerate(SIZE_CLASSES)}


class FactTable:
    """Column views of many candidates, so predicates are evaluated as numpy masks (100k in a few ms)."""

    def __init__(self, candidates: Sequence[Candidate]):
        self.candidates = candidates
        self.n = len(candidates)
        self._columns: dict[str, Any] = {}

    def column(self, name: str):
        if name not in self._columns:
            cands, n = self.candidates, self.n
            if name == "size_class":
                col = np.fromiter((_SIZE_CODE.get(c.size_class, -1) for c in cands), np.int8, n)
            elif name == "hq_country":
                col = np.array([c.hq_country or "" for c in cands], dtype="U2")
            elif name == "listed_on":
                col = [c.listed_on for c in cands]
            elif name == "organisation":
                codes: dict[str, int] = {}
                col = np.fromiter((codes.setdefault(c.organisation_id, len(codes)) for c in cands), np.int64, n)
            else:
                col = np.fromiter((_TRI[getattr(c, name)] for c in cands), np.int8, n)
            self._columns[name] = col
        return self._columns[name]

    def truth(self, predicate: Predicate) -> tuple[np.ndarray, np.ndarray]:
        """``(true, false)`` masks of ``predicate``; where neither is set the answer is unknown."""
        op, arg = predicate.op, predicate.arg
        if op == "all" or op == "any":
            parts = [self.truth(p) for p in arg]
            trues, falses = [p[0] for p in parts], [p[1] for p in parts]
            if op == "all":
                return np.logical_and.reduce(trues), np.logical_or.reduce(falses)
            return np.logical_or.reduce(trues), np.logical_and.reduce(falses)
        if op == "not":
            true, false = self.truth(arg)
            return false, true
        if op == "size_class_in":
            col = self.column("size_class")
            true = np.isin(col, [_SIZE_CODE[s] for s in arg])
            return true, (col >= 0) & ~true
        if op in ("hq_country_in", "hq_region"):
            col = self.column("hq_country")
            wanted = list(arg) if op == "hq_country_in" else sorted(EU_COUNTRIES if arg == "EU" else EEA_COUNTRIES)
            true = np.isin(col, wanted)
            return true, (col != "") & ~true
        if op == "listed_on":
            true = np.fromiter((arg in s for s in self.column("listed_on")), bool, self.n)
            return true, ~true
        col = self.column(op)
        return col == (1 if arg else 0), col == (0 if arg else 1)

    def satisfies(self, predicate: Predicate) -> np.ndarray:
        """Which candidates definitely satisfy ``predicate`` (unknown never does)."""
        return self.truth(predicate)[0]

    def amounts(self) -> np.ndarray:
        """Estimated amounts, unknown as 0 (an offering without an amount weighs nothing in a value share)."""
        return np.fromiter((c.estimated_amount or 0.0 for c in self.candidates), float, self.n)


def rule_weights(rule: QuotaRule, table: FactTable, size: int) -> tuple[np.ndarray, float]:
    """The rule as "the selected weights sum to at least the threshold": ``(weights, threshold)``.

    count/min: weight 1 on satisfying items, threshold the target count; count/max_share: weight -1,
    threshold minus the cap; value/min_share s: weight amount × (1[sat] - s), threshold 0 (that is
    sat_value >= s × total_value); value/max_share: amount × (s - 1[sat]), threshold 0.
    """
    sat = table.satisfies(rule.predicate).astype(float)
    if rule.measure == "count":
        if rule.bound == "max_share":
            return -sat, -float(rule.target_count(size))
        return sat, float(rule.target_count(size))
    share = float(rule.value)
    coef = sat - share if rule.bound == "min_share" else share - sat
    return table.amounts() * coef, 0.0


def value_tolerance(amounts: np.ndarray | Sequence[float]) -> float:
    """Slack for comparing sums of float amounts: a share met up to rounding is met."""
    return 1e-9 * (1.0 + float(np.sum(np.abs(amounts))))


# ---------------------------------------------------------------- evaluation

@dataclass(frozen=True)
class Fix:
    """A change that would meet one rule: swap these in for those, at this loss of total score."""

    swap_in: list[str]
    swap_out: list[str]
    score_cost: float
    possible: bool = True

    def to_json(self) -> dict:
        return {"possible": self.possible, "swap_in": self.swap_in, "swap_out": self.swap_out,
                "score_cost": round(self.score_cost, 6)}


@dataclass(frozen=True)
class QuotaEvaluation:
    """How one shortlist measures up to one rule.

    ``value`` is the count (min_count) or the share (0..1; ``None`` for a value share of a total of
    0); ``target`` the same unit. ``satisfying`` and ``unknown`` list offering ids (unknown: a fact
    the predicate needs is missing); ``missing_amounts`` the items without an estimated amount
    (value rules). ``fix`` is ``None`` when the rule is met.
    """

    rule: QuotaRule
    satisfied: bool
    value: int | float | None
    target: int | float
    satisfying: list[str]
    unknown: list[str]
    missing_amounts: list[str]
    fix: Fix | None

    def to_json(self, language: str = "en") -> dict:
        return {"rule": self.rule.label, "required": self.rule.required, "satisfied": self.satisfied,
                "value": self.value, "target": self.target, "measure": self.rule.measure,
                "bound": self.rule.bound, "description": self.rule.describe(language),
                "satisfying": self.satisfying, "unknown": self.unknown, "missing_amounts": self.missing_amounts,
                "fix": None if self.fix is None else self.fix.to_json(), "definition": self.rule.to_json(),
                "legal_note": legal_note(language)}


def evaluate_shortlist(items: Sequence[Candidate | str], rules: Sequence[QuotaRule], candidates: Sequence[Candidate],
                       *, max_per_organisation: int = 1) -> list[QuotaEvaluation]:
    """Evaluate a shortlist (hand-made or built) against every rule, required or monitored.

    ``items`` are candidates or offering ids found in ``candidates`` (the eligible offerings the
    fixes may swap in). A fix swaps the fewest items that meets that one rule, taking the
    lowest-scored offending items out and the best-scored helpful candidates in (at most
    ``max_per_organisation`` per organisation); for count rules that is the cheapest fix.
    Raises :class:`ValidationError` if an id is not among the candidates.
    """
    by_id = {c.offering_id: c for c in candidates}
    chosen: list[Candidate] = []
    problems = []
    for i, item in enumerate(items):
        if isinstance(item, str):
            if item not in by_id:
                problems.append(Problem(f"{item!r} is not an eligible offering", field=f"items[{i}]"))
                continue
            item = by_id[item]
        chosen.append(item)
    if problems:
        raise ValidationError(problems, summary="cannot evaluate the shortlist")
    chosen_ids = {c.offering_id for c in chosen}
    outside = [c for c in candidates if c.offering_id not in chosen_ids]
    inside_table, outside_table = FactTable(chosen), FactTable(outside)
    size = len(chosen)
    out = []
    for rule in rules:
        true, false = inside_table.truth(rule.predicate)
        satisfying = [c.offering_id for c, t in zip(chosen, true) if t]
        unknown = [c.offering_id for c, t, f in zip(chosen, true, false) if not t and not f]
        missing = [c.offering_id for c in chosen if c.estimated_amount is None] if rule.measure == "value" else []
        weights, threshold = rule_weights(rule, inside_table, size)
        total = float(weights.sum())
        if rule.measure == "count":
            met = total >= threshold
            value: int | float | None = len(satisfying) if rule.bound == "min_count" else (
                len(satisfying) / size if size else None)
            target: int | float = int(rule.value) if rule.bound == "min_count" else float(rule.value)
        else:
            amounts = inside_table.amounts()
            met = total >= -value_tolerance(amounts)
            value = float(amounts[true].sum() / amounts.sum()) if amounts.sum() > 0 else None
            target = float(rule.value)
        fix = None
        if not met:
            out_weights, _ = rule_weights(rule, outside_table, size)
            fix = _fix(chosen, list(weights), outside, list(out_weights), threshold,
                       rule.measure == "value", max_per_organisation)
        out.append(QuotaEvaluation(rule=rule, satisfied=bool(met), value=value, target=target, satisfying=satisfying,
                                   unknown=unknown, missing_amounts=missing, fix=fix))
    return out


def _fix(chosen, weights, outside, out_weights, threshold, by_value, cap) -> Fix:
    """Swap the lowest-weight (then lowest-score) items out for the highest-weight (then best) outsiders."""
    total = sum(weights)
    tol = value_tolerance([abs(w) for w in weights + out_weights]) if by_value else 0.0
    per_org = Counter(c.organisation_id for c in chosen)
    inside = sorted(range(len(chosen)), key=lambda i: (weights[i], chosen[i].score, chosen[i].offering_id))
    pool = sorted(range(len(outside)), key=lambda j: (-out_weights[j], -outside[j].score, outside[j].offering_id))
    used: set[int] = set()
    swap_in, swap_out, cost = [], [], 0.0
    for i in inside:
        if total >= threshold - tol:
            break
        leaving = chosen[i]
        per_org[leaving.organisation_id] -= 1
        pick = next((j for j in pool if j not in used and out_weights[j] > weights[i]
                     and per_org[outside[j].organisation_id] < cap), None)
        if pick is None:
            per_org[leaving.organisation_id] += 1
            break
        used.add(pick)
        per_org[outside[pick].organisation_id] += 1
        total += out_weights[pick] - weights[i]
        swap_out.append(leaving.offering_id)
        swap_in.append(outside[pick].offering_id)
        cost += leaving.score - outside[pick].score
    return Fix(swap_in=swap_in, swap_out=swap_out, score_cost=cost, possible=total >= threshold - tol)
