"""The optimal compliant shortlist: the K offerings with the highest total score that meet every
required quota rule, with at most ``max_per_organisation`` offerings per organisation.

Exact, not greedy. The search runs on a window of the best-scored candidates proven to contain
every optimum (below), reduced again to a set proven to contain one
(:mod:`catalog.quotas._reduction`), on which an exact dynamic programme finds it
(:mod:`catalog.quotas._solvers`; :func:`_solve` chooses which).

**Rules as weight constraints.** Over a shortlist of exactly K items every required rule reads
"Σ w_r(x) over chosen x ≥ θ_r" (:func:`catalog.quotas._evaluation.rule_weights`): a count rule has weights
in {0, 1} (or {0, -1} for a maximum share) and a whole-number threshold; a value rule has real
weights ``amount × (1[sat] − s)`` and threshold 0. A count minimum of K or more on a predicate
is a filter (every item must satisfy it) and is applied before the search.

The unconstrained optimum (for the quota cost) is the greedy one: choosing K items under a
per-organisation cap is a matroid, where greedy is optimal.

**Lemma (score window).** Let U(K−1) be the best total of K − 1 candidates under the cap (the
greedy one, a matroid again) and L the total of any compliant shortlist. A candidate x with
score(x) < L − U(K−1) is in no optimal shortlist. *Proof.* For a compliant S ∋ x, S − x is K − 1
items under the cap, so total(S) ≤ score(x) + U(K−1) < L ≤ optimum. ∎ So :func:`_search` solves the
problem exactly on a window W of the best-scored candidates (the first 64, or 2 per item; ties
with the last one join). A compliant shortlist found in W (total L) is optimal for the whole list
once W holds every candidate scoring at least L − U(K−1): W then contains every optimal shortlist,
and W's optimum is one of them. Otherwise W becomes exactly those candidates (one more solve,
whose optimum is then global), or, when W holds no compliant shortlist, grows 4-fold up to the
whole list (where "none" is the answer). The cutoff is lowered by 10⁻⁹ × K × max|score|, far
above the rounding of float sums, so rounding can only widen the window. Only the window's facts
are read: when the best candidates nearly meet the rules, a few dozen of 100,000.

On the benchmark (100,000 candidates, K = 30, four overlapping rules) the window holds about 70
candidates and a build takes about 30 ms, a third of it reading the 100,000 scores; the whole list
(a window grown to every candidate, e.g. when the rules cannot be met) takes about 0.3 s, mostly
reading facts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from catalog.text.quotas import legal_note

from ._evaluation import Candidate, FactTable, QuotaEvaluation, evaluate_shortlist, rule_weights
from ._reduction import _reduce
from ._rules import QuotaRule
from ._solvers import _organisation_options, _solve_dense, _solve_labels, _stages

#: the numpy DP keeps one float array of all states per stage (a type, or an organisation spanning
#: types); beyond this many states, or this many bytes for all stages, the dict-based DP, which
#: stores reachable states only but is far slower, takes over
_DENSE_STATE_LIMIT = 4_000_000
_DENSE_BYTES = 256 * 2**20


@dataclass
class ShortlistResult:
    """The optimal compliant shortlist, or why none exists.

    ``items`` best first; ``evaluations`` one per rule (required and monitored); ``total_score`` and
    ``unconstrained_total_score`` (best total ignoring the quotas, same size and cap); ``infeasible``
    ``None`` or the reason, ``blocking_rules`` the labels of a smallest set of required rules that
    cannot be met together. When infeasible, ``items`` is empty.
    """

    items: list[Candidate]
    evaluations: list[QuotaEvaluation]
    total_score: float | None
    unconstrained_total_score: float
    infeasible: str | None
    size: int
    requested_size: int
    max_per_organisation: int
    rules: list[QuotaRule] = field(default_factory=list)
    blocking_rules: list[str] = field(default_factory=list)

    @property
    def quota_cost(self) -> float | None:
        """What meeting the required quotas costs in total score (``None`` when infeasible)."""
        return None if self.total_score is None else self.unconstrained_total_score - self.total_score

    def to_json(self, language: str = "en") -> dict:
        """The command line's JSON: shortlist, quotas, totals, infeasible reason."""
        if self.infeasible is None:
            quotas = [e.to_json(language) for e in self.evaluations]
        else:
            quotas = [{"rule": r.label, "required": r.required, "satisfied": None, "value": None,
                       "target": int(r.value) if r.bound == "min_count" else float(r.value), "measure": r.measure,
                       "bound": r.bound, "description": r.describe(language),
                       "blocking": r.label in self.blocking_rules, "definition": r.to_json(),
                       "legal_note": legal_note(language)} for r in self.rules]
        return {
            "shortlist": [{"position": i + 1, "offering_id": c.offering_id, "organisation_id": c.organisation_id,
                           "score": c.score, "estimated_amount": c.estimated_amount, "offering": c.offering,
                           "organisation": c.organisation} for i, c in enumerate(self.items)],
            "quotas": quotas,
            "total_score": None if self.total_score is None else round(self.total_score, 6),
            "unconstrained_total_score": round(self.unconstrained_total_score, 6),
            "quota_cost": None if self.quota_cost is None else round(self.quota_cost, 6),
            "size": self.size, "requested_size": self.requested_size,
            "max_per_organisation": self.max_per_organisation,
            "infeasible": self.infeasible, "blocking_rules": self.blocking_rules,
            "legal_note": legal_note(language) if self.rules else None,
        }


def best_unconstrained(candidates: Sequence[Candidate], *, size: int, max_per_organisation: int = 1) -> list[Candidate]:
    """The best ``size`` candidates with at most ``max_per_organisation`` each (greedy is exact: a matroid)."""
    return [candidates[i] for i in _ScoreOrder(candidates).greedy(size, max_per_organisation)]


class _ScoreOrder:
    """The candidates best score first, ties in list order, sorted only as far as it is read.

    ``top(m)`` is a prefix of that order holding at least the m best: every candidate scoring at
    least the m-th best score (a tie is never split), so it is the same prefix a full sort gives.
    """

    def __init__(self, candidates: Sequence[Candidate]):
        self.candidates = candidates
        self.scores = np.array([c.score for c in candidates], dtype=float)
        self.n = len(self.scores)
        self.finite = bool(np.isfinite(self.scores).all())
        self._prefix = np.zeros(0, np.int64)

    def top(self, m: int) -> np.ndarray:
        m = min(m, self.n)
        if len(self._prefix) < m:
            if m == self.n or not self.finite:
                idx = np.arange(self.n)
            else:
                idx = np.flatnonzero(self.scores >= np.partition(self.scores, self.n - m)[self.n - m])
            self._prefix = idx[np.lexsort((idx, -self.scores[idx]))]
            self._negated = -self.scores[self._prefix]  # ascending, for cutting after a tie
        if m == 0:
            return self._prefix[:0]
        return self._prefix[:int(np.searchsorted(self._negated, self._negated[m - 1], side="right"))]

    def count_at_least(self, cutoff: float) -> int:
        return int(np.count_nonzero(self.scores >= cutoff))

    def greedy(self, size: int, cap: int) -> list[int]:
        """Positions of the greedy shortlist: walk the order, take what the per-organisation cap allows."""
        m = 4 * size
        while True:
            chosen: list[int] = []
            per_org: dict[str, int] = {}
            prefix = self.top(m)
            for i in prefix.tolist():
                org = self.candidates[i].organisation_id
                if per_org.get(org, 0) < cap:
                    chosen.append(i)
                    per_org[org] = per_org.get(org, 0) + 1
                    if len(chosen) == size:
                        return chosen
            if len(prefix) >= self.n:
                return chosen
            m *= 4


def build_shortlist(candidates: Sequence[Candidate], rules: Sequence[QuotaRule], *, size: int,
                    max_per_organisation: int = 1) -> ShortlistResult:
    """The highest-total-score shortlist of ``size`` candidates meeting every required rule.

    ``candidates`` are the eligible scored offerings (knock-outs already applied). The shortlist
    holds ``size`` items, or fewer when the cap leaves fewer organisations (``result.size``).
    Monitored rules are evaluated, not enforced. Raises :class:`ValueError` for a size below 1 or
    a cap below 1 (profiles validate both before this is called).
    """
    if size < 1 or max_per_organisation < 1:
        raise ValueError("size and max_per_organisation must be at least 1")
    rules = list(rules)
    cap = max_per_organisation
    by_score = _ScoreOrder(candidates)
    greedy = [candidates[i] for i in by_score.greedy(size, cap)]
    k = len(greedy)
    unconstrained = float(sum(c.score for c in greedy))
    # U(k-1): the best total of k - 1 items under the cap, bounding what completes any one item
    rest_bound = float(sum(c.score for c in greedy[:-1]))
    required = [r for r in rules if r.required]

    def search(rules_now):
        return _search(by_score, rules_now, k, cap, rest_bound)

    chosen = search(required)
    if chosen is None:
        blocking = _blocking_rules(search, required)
        return ShortlistResult(items=[], evaluations=[], total_score=None, unconstrained_total_score=unconstrained,
                               infeasible=_reason(candidates, blocking, k, cap), size=k, requested_size=size,
                               max_per_organisation=cap, rules=rules, blocking_rules=[r.label for r in blocking])
    chosen.sort(key=_order)
    evaluations = evaluate_shortlist(chosen, rules, candidates, max_per_organisation=cap)
    return ShortlistResult(items=chosen, evaluations=evaluations, total_score=float(sum(c.score for c in chosen)),
                           unconstrained_total_score=unconstrained, infeasible=None, size=k, requested_size=size,
                           max_per_organisation=cap, rules=rules)


def _order(c: Candidate):
    return (-c.score, c.offering_id)


#: the first score window holds this many candidates, or this many per shortlist item when more
#: (it grows 4-fold while the rules cannot be met inside it; tests shrink both to exercise that)
_FIRST_WINDOW = 64
_WINDOW_PER_ITEM = 2


def _search(by_score: _ScoreOrder, rules, k: int, cap: int, rest_bound: float) -> list[Candidate] | None:
    """An optimal shortlist of ``k`` items meeting ``rules``, searched in a window of the best-scored candidates.

    The window is a prefix of the best-scored candidates (:class:`_ScoreOrder`). A compliant
    shortlist found there, of total L, proves that only candidates scoring at least L - U(k-1)
    (``rest_bound``) can be in an optimum (module docstring, "score window"); once the window holds
    all of them its optimum is the optimum. Otherwise the window grows to exactly those, or 4-fold
    while the rules cannot be met in it, up to every candidate.
    """
    candidates, n = by_score.candidates, by_score.n
    size = min(n, max(_FIRST_WINDOW, _WINDOW_PER_ITEM * k)) if by_score.finite else n
    # float sums of k scores differ from the exact sums by far less than this; a smaller cutoff is safe
    tol = 1e-9 * (1.0 + k * float(np.abs(by_score.scores).max())) if n else 0.0
    while True:
        prefix = by_score.top(size)
        whole = len(prefix) >= n
        window = candidates if whole else [candidates[i] for i in np.sort(prefix).tolist()]
        chosen = _optimise(window, rules, k, cap)
        if chosen is None:
            if whole:
                return None
            size = min(n, 4 * len(prefix))
            continue
        if whole:
            return chosen
        need = by_score.count_at_least(float(sum(c.score for c in chosen)) - rest_bound - tol)
        if need <= len(prefix):
            return chosen
        size = need


def _optimise(candidates: Sequence[Candidate], rules: Sequence[QuotaRule], k: int, cap: int) -> list[Candidate] | None:
    """An optimal shortlist of exactly ``k`` items meeting ``rules``, or ``None`` if there is none."""
    if k == 0:
        return []
    table = FactTable(candidates)
    keep = np.ones(table.n, bool)
    counts: list[tuple[np.ndarray, int, bool]] = []  # (mask, bound, is_minimum)
    values: list[np.ndarray] = []
    for rule in rules:
        weights, threshold = rule_weights(rule, table, k)
        if rule.measure == "value":
            if (weights < 0).any():  # all weights >= 0: any shortlist meets it
                values.append(weights)
            continue
        # A count rule as "at least t of the items in mask": a maximum share caps the satisfying
        # items, i.e. asks for at least k - cap items that do not satisfy.
        sat = weights != 0
        if rule.bound == "max_share":
            # "At most b satisfy" is tracked as a count that must not pass b, or as "at least k - b do
            # not satisfy", whichever makes the smaller DP axis.
            most = -int(threshold)
            if most == 0:
                keep &= ~sat
            elif most < k - most:
                counts.append((sat, most, False))
            elif most < k:
                counts.append((~sat, k - most, True))
            continue
        target = int(threshold)
        if target > k:
            return None
        if target == k:
            keep &= sat
        elif target > k - target:
            counts.append((~sat, k - target, False))  # "at least t of k" is "at most k - t do not"
        elif target > 0:
            counts.append((sat, target, True))
    idx = np.flatnonzero(keep)
    if len(idx) < k:
        return None
    reduced = _reduce(table, idx, counts, values, k, cap)
    bits = [np.asarray(mask[reduced], np.int64) for mask, _, _ in counts]
    targets = [t for _, t, _ in counts]
    minimum = [m for _, _, m in counts]
    weights = [w[reduced] for w in values]
    scores = np.array([candidates[i].score for i in reduced], float)
    orgs = [candidates[i].organisation_id for i in reduced]
    picked = _solve(scores, orgs, bits, targets, minimum, weights, k, cap,
                    tol=max((_tol(w) for w in values), default=0.0))
    return None if picked is None else [candidates[reduced[j]] for j in picked]


def _tol(weights: np.ndarray) -> float:
    return 1e-9 * (1.0 + float(np.abs(weights).sum()))


def _solve(scores, orgs, bits, targets, minimum, weights, k, cap, *, tol: float) -> list[int] | None:
    """Exact DP on the reduced set; returns positions of the chosen items or ``None``.

    Axis r of the state counts the items of constraint r: clamped at its target for a minimum,
    never above its bound for a maximum (states beyond it are dropped).
    """
    by_org: dict[str, list[int]] = {}
    for j, org in enumerate(orgs):
        by_org.setdefault(org, []).append(j)
    shape = (k + 1, *(t + 1 for t in targets))
    states = int(np.prod(shape))
    if not weights and states <= _DENSE_STATE_LIMIT:
        stages = _stages(by_org, scores, bits, cap)
        if states * 8 * (len(stages) + 2) <= _DENSE_BYTES:
            return _solve_dense(stages, shape, minimum)
    groups = [_organisation_options(members, scores, bits, weights, cap) for members in by_org.values()]
    return _solve_labels(groups, scores, weights, k, targets, minimum, tol)


def _blocking_rules(search, rules) -> list[QuotaRule]:
    """A smallest-by-deletion set of required rules that cannot be met together (``search(rules)`` solves)."""
    blocking = list(rules)
    for rule in list(blocking):
        rest = [r for r in blocking if r is not rule]
        if search(rest) is None:
            blocking = rest
    return blocking


def _reason(candidates, blocking: list[QuotaRule], k: int, cap: int) -> str:
    if not blocking:
        return f"no shortlist of {k} offerings exists"
    if len(blocking) == 1:
        rule = blocking[0]
        table = FactTable(candidates)
        sat = table.satisfies(rule.predicate)
        orgs = {c.organisation_id for c, s in zip(candidates, sat) if s}
        available = sum(min(cap, n) for n in _per_org(c for c, s in zip(candidates, sat) if s).values())
        detail = (f"{available} eligible offering(s) from {len(orgs)} organisation(s) satisfy it"
                  if rule.measure == "count" else "the estimated amounts of the eligible offerings do not allow it")
        return f"the rule {rule.label!r} ({rule.describe()}) cannot be met in a shortlist of {k}: {detail}"
    names = ", ".join(repr(r.label) for r in blocking)
    return f"the rules {names} cannot all be met together in a shortlist of {k} (each alone can)"


def _per_org(cands) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in cands:
        out[c.organisation_id] = out.get(c.organisation_id, 0) + 1
    return out
