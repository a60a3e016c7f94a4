"""Candidates' quota facts and the evaluation of a shortlist against quota rules.

:class:`Candidate` carries what predicates read (``None`` = unknown). :class:`FactTable` evaluates
predicates over many candidates at once as numpy masks in three-valued logic (a definitely-true
mask and a definitely-false mask). :func:`rule_weights` turns a rule into "the chosen items'
weights sum to at least a threshold", the form both the evaluation and the optimiser use, so the
two cannot disagree. :func:`evaluate_shortlist` reports each rule met or not, with the swap that
would fix it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from catalog.errors import Problem, ValidationError
from catalog.records import EEA_COUNTRIES, EU_COUNTRIES, SIZE_CLASSES
from catalog.text.quotas import legal_note

from ._rules import Predicate, QuotaRule


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
    by_id = {c.offering_id: c for c in candidates} if any(isinstance(item, str) for item in items) else {}
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
    inside_table = FactTable(chosen)
    outside: list[Candidate] | None = None  # the candidates a fix may swap in, listed when a rule fails
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
            if outside is None:
                chosen_ids = {c.offering_id for c in chosen}
                outside = [c for c in candidates if c.offering_id not in chosen_ids]
                outside_table = FactTable(outside)
            out_weights, _ = rule_weights(rule, outside_table, size)
            fix = _fix(chosen, weights.tolist(), outside, out_weights.tolist(), threshold,
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
    return Fix(swap_in=swap_in, swap_out=swap_out, score_cost=float(cost), possible=bool(total >= threshold - tol))
