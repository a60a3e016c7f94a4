"""The optimal compliant shortlist: the K offerings with the highest total score that meet every
required quota rule, with at most ``max_per_organisation`` offerings per organisation.

Exact, not greedy. The search runs on a window of the best-scored candidates proven to contain
every optimum, reduced again to a set proven to contain one.

**Rules as weight constraints.** Over a shortlist of exactly K items every required rule reads
"Σ w_r(x) over chosen x ≥ θ_r" (:func:`catalog.quotas._evaluation.rule_weights`): a count rule has weights
in {0, 1} (or {0, -1} for a maximum share) and a whole-number threshold; a value rule has real
weights ``amount × (1[sat] − s)`` and threshold 0. A count minimum of K or more on a predicate
is a filter (every item must satisfy it) and is applied before the search.

**The type of a candidate** is the vector of its 0/1 indicators for every required rule. Two
candidates of the same type change every count constraint identically. For value rules the
weights of a type are ``amount × c_t,r`` with constants ``c_t,r``; if every non-zero ``c_t,r``
has the same sign d_t, a larger ``d_t × amount`` is never worse for any rule ("direction" d_t,
0 when no value rule cares). When signs conflict, the amount joins the type (same amount only).

**Dominance.** Within a type, y dominates x when y is ahead of x in the order
(score, d_t × amount, then offering id) *and* ``score(y) ≥ score(x)`` and
``d_t × amount(y) ≥ d_t × amount(x)``. Replacing x by a dominating y in a shortlist keeps every
count constraint, weakly increases every value-constraint sum and weakly increases the score.

**Lemma (reduction).** Let c be the per-organisation cap. Count the dominators of x, at most c per
organisation. If that count is at least K, some optimal shortlist avoids x. *Proof.* Among the
optimal shortlists take S with the greatest sum of positions in the order above, and suppose x ∈ S.
A dominator y of x is *blocked* in S − x if y ∈ S or y's organisation already has c items in
S − x. For an organisation o with m_o items in S − x, at most m_o of its counted dominators are
blocked: if o is full (m_o = c) at most c are counted; otherwise only its members of S are blocked
(x's own organisation has at most c − 1 left, so it is never full). Hence at most
Σ m_o = K − 1 counted dominators are blocked and some dominator y is free: S − x + y respects the
cap, meets every rule and scores at least as much, so it is optimal too, with a greater position
sum — a contradiction. ∎

Consequences used here: with no value rule (d_t = 0) dominance is the plain order, so after keeping
the best c offerings of each (type, organisation) only the first K of each type can be chosen:
at most K × (number of types) candidates, ≤ 16 × 30 = 480 for four rules and K = 30, whatever
the catalog size. With value rules the same count is done by a sweep in score order that keeps
each organisation's c best amounts seen so far (:func:`_value_survivors`). The unconstrained
optimum (for the quota cost) is the greedy one: choosing K items under a per-organisation cap is a
matroid, where greedy is optimal.

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

**Exact search on the reduced set** (:func:`_solve`) is a dynamic programme over stages. A stage
is an organisation (it contributes none or one of its "options": the best subset of at most c of
its items for each effect on the constraints, so the cap holds by construction) or, without value
rules, a whole type whose organisations have no item of another type (its best m items are its
first m; see :func:`_stages`). The state is (items chosen, and per count constraint the count so
far): a minimum is clamped at its target (a count at or above it is as good as the target), a
maximum drops states beyond it. On numpy arrays a minimum's cell c holds the best score with *at
least* c such items, so adding d of them reads cell max(0, c − d) — the same optimum at the
target, and every transition is a slice. Over exactly K items "at least t" equals "at most K - t do not",
so each count rule uses whichever form has the shorter axis (at most K/2 + 1 cells). Count-only
problems run this DP on numpy arrays; with value rules each state keeps the Pareto set of
(score, value sums), dropping labels that cannot reach their thresholds any more. The numpy DP
skips, per stage, the states no earlier stages can reach (each axis grows by at most the stage's
largest step) and the states from which the later stages cannot reach the final ones (n = K and
every minimum at its target, each axis growing by at most the later stages' largest steps): no
later stage reads them, and the optimal path only passes through states that are reachable and
can still finish. Both DPs are exact; tests compare them with brute force on random small
instances and with each other and with the whole list on larger ones
(tests/catalog/test_shortlist_opt.py, tests/catalog/test_shortlist_search.py).

Cost: the numpy DP does about (types × K + organisations spanning types) array updates over at
most (K + 1) × Π(axis sizes) states, less the skipped ones. On the benchmark (100,000
candidates, K = 30, four overlapping rules) the window holds about 70 candidates and a build
takes about 30 ms, a third of it reading the 100,000 scores; the whole list (a window grown to
every candidate, e.g. when the rules cannot be met) takes about 0.3 s, mostly reading facts.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from catalog.errors import RecordNotFound

from ._evaluation import (
    Candidate,
    FactTable,
    QuotaEvaluation,
    candidate_from_records,
    evaluate_shortlist,
    rule_weights,
)
from ._rules import QuotaRule, legal_note

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


def _reduce(table: FactTable, idx: np.ndarray, counts, values, k: int, cap: int) -> list[int]:
    """Indices (into the candidates) of a reduced set that contains an optimum (module docstring)."""
    cands = table.candidates
    type_code = np.zeros(table.n, np.int64)
    for mask, _, _ in counts:
        type_code = type_code * 2 + mask
    direction = np.zeros(table.n, np.int64)
    conflict = np.zeros(table.n, bool)
    for w in values:
        sign = np.sign(w).astype(np.int64)
        conflict |= (direction * sign) < 0
        direction = np.where(direction == 0, sign, direction)
        type_code = type_code * 3 + (sign + 1)
    amounts = table.amounts() if values else np.zeros(table.n)
    scores = np.fromiter((c.score for c in cands), float, table.n)
    directed = (direction != 0) & ~conflict
    plain_idx = idx[~directed[idx]]
    out = _plain_survivors(plain_idx, type_code, np.where(conflict, amounts, -1.0), table.column("organisation"),
                           scores, k, cap)
    groups: dict[int, list[int]] = {}
    for i in idx[directed[idx]].tolist():
        groups.setdefault(int(type_code[i]), []).append(i)
    for members in groups.values():
        d = int(direction[members[0]])
        out.extend(members if len(members) <= k else _value_survivors(members, cands, scores, amounts * d, k, cap))
    return sorted(out, key=lambda i: (-scores[i], cands[i].offering_id))


def _plain_survivors(idx, type_code, amount_key, org, scores, k: int, cap: int) -> list[int]:
    """Plain-order dominance, vectorised: the best c per (group, organisation), then the first k per group.

    A group is a type (plus the amount where value rules pull the amount both ways). Ties in score
    are broken by position in the candidate list, a strict order consistent with score as the
    lemma needs.
    """
    if len(idx) == 0:
        return []
    if (amount_key[idx] < 0).all():
        group = np.unique(type_code[idx], return_inverse=True)[1].ravel()
    else:
        pairs = np.stack([type_code[idx].astype(float), amount_key[idx]])
        group = np.unique(pairs, axis=1, return_inverse=True)[1].ravel()
    org_of, score_of = org[idx], scores[idx]
    order = np.lexsort((idx, -score_of, org_of, group))
    rank = _rank_in_runs(group[order] * (int(org.max()) + 1) + org_of[order])
    kept = order[rank < cap]
    order = kept[np.lexsort((idx[kept], -score_of[kept], group[kept]))]
    rank = _rank_in_runs(group[order])
    return idx[order[rank < k]].tolist()


def _rank_in_runs(keys: np.ndarray) -> np.ndarray:
    """0, 1, 2, ... within each run of equal consecutive keys."""
    starts = np.ones(len(keys), bool)
    starts[1:] = keys[1:] != keys[:-1]
    first = np.maximum.accumulate(np.where(starts, np.arange(len(keys)), 0))
    return np.arange(len(keys)) - first


def _value_survivors(members: list[int], cands, scores: np.ndarray, gain: np.ndarray, k: int, cap: int) -> list[int]:
    """Items with fewer than k dominators (at most c per organisation) in (score, gain).

    Sweeping in dominance order, ``seen`` holds, for every organisation, the gains of its c best
    items so far; the capped dominator count of x is how many of those are at least gain(x)
    (an organisation with m ≥ c such items contributes exactly its c best, one with fewer all of them).
    """
    order = sorted(members, key=lambda i: (-scores[i], -gain[i], cands[i].offering_id))
    seen: list[float] = []
    best_of: dict[str, list[float]] = {}
    out: list[int] = []
    for i in order:
        g = float(gain[i])
        if len(seen) - bisect.bisect_left(seen, g) < k:
            out.append(i)
        heap = best_of.setdefault(cands[i].organisation_id, [])
        if len(heap) < cap:
            heapq.heappush(heap, g)
            bisect.insort(seen, g)
        elif g > heap[0]:
            dropped = heapq.heapreplace(heap, g)
            del seen[bisect.bisect_left(seen, dropped)]
            bisect.insort(seen, g)
    return out


def _organisation_options(members: list[int], scores, bits, weights, cap: int) -> dict[tuple, list[tuple]]:
    """For one organisation: effect on (size, counts) -> the Pareto-best ``(score, value sums, items)``
    of at most ``cap`` of its items (one entry per effect when there are no value rules)."""
    empty = (0,) * (1 + len(bits))
    options: dict[tuple, list[tuple]] = {empty: [(0.0, (0.0,) * len(weights), ())]}
    for j in members:
        step = (1, *(int(b[j]) for b in bits))
        gain = tuple(float(w[j]) for w in weights)
        # Snapshot the lists too: entries added for item j must not be extended by j again.
        for effect, found in [(e, list(f)) for e, f in options.items()]:
            if effect[0] >= cap:
                continue
            new = tuple(a + b for a, b in zip(effect, step))
            for score, sums, chosen in found:
                _add_label(options.setdefault(new, []),
                           (score + scores[j], tuple(a + b for a, b in zip(sums, gain)), chosen + (j,)))
    del options[empty]
    return options


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


def _stages(by_org: dict[str, list[int]], scores, bits, cap: int) -> list[dict[tuple, list[tuple]]]:
    """DP stages without value rules: one per type, plus one per organisation spanning several types.

    An organisation whose reduced items all share one type cannot break the cap whatever subset of
    that type is chosen (the reduced set keeps at most c per organisation and type), so the best m
    items of a type are simply its first m: one stage per type with options m = 1, 2, ...
    """
    def type_of(j):
        return tuple(int(b[j]) for b in bits)

    by_type: dict[tuple, list[int]] = {}
    stages = []
    for members in by_org.values():
        types = {type_of(j) for j in members}
        if len(types) == 1:
            by_type.setdefault(types.pop(), []).extend(members)
        else:
            stages.append(_organisation_options(members, scores, bits, [], cap))
    for bitvec, members in by_type.items():
        members.sort(key=lambda j: -scores[j])
        options, total = {}, 0.0
        for m, j in enumerate(members, start=1):
            total += scores[j]
            options[(m, *(m * x for x in bitvec))] = [(total, (), tuple(members[:m]))]
        stages.append(options)
    return stages
def _solve_dense(stages, shape, minimum) -> list[int] | None:
    """The count-only DP on numpy arrays (values -inf where a state is unreachable).

    Along a minimum's axis a cell c holds the best score with *at least* c such items (so adding
    d of them reads cell max(0, c - d): plain slices, no clamping pass). Each stage updates only
    the box of states that are reachable from the start and can still reach a final state (the
    stages after it add at most so many items to each axis); the states outside are never read.
    Parents are not stored: the values before each stage are kept and the path is found again by
    exact float equality (a cell's value is exactly one of the sums it was the maximum of).
    """
    tops = [n - 1 for n in shape]
    most = [[max(effect[axis] for effect in options) for axis in range(len(shape))] for options in stages]
    # low[s]: below it a state after stage s cannot reach the final states (n = k, each minimum at its
    # target), whatever the later stages add; maximum axes have no such floor.
    low, still = [], [0] * len(shape)
    for add in reversed(most):
        low.append([max(0, top - rest) if axis == 0 or minimum[axis - 1] else 0
                    for axis, (top, rest) in enumerate(zip(tops, still))])
        still = [a + b for a, b in zip(still, add)]
    low.reverse()
    value = np.full(shape, -np.inf)
    value[(0,) * len(shape)] = 0.0
    scratch = np.empty(value.size)
    reach = [0] * len(shape)  # the largest reachable cell on each axis so far
    history = []
    for options, add, floor in zip(stages, most, low):
        best = value.copy()
        after = [min(top, r + a) for top, r, a in zip(tops, reach, add)]
        for effect, found in options.items():
            score = found[0][0]
            for target, source in _moves(effect, minimum, floor, reach, after):
                view = best[target]
                work = scratch[:view.size].reshape(view.shape)
                np.add(value[source], score, out=work)
                np.maximum(view, work, out=view)
        history.append(value)
        value, reach = best, after
    # Final states: k items, every minimum at its target, any count under each maximum.
    final = value[(tops[0], *(top if is_min else slice(None) for top, is_min in zip(tops[1:], minimum)))]
    if not np.isfinite(final).any():
        return None
    found_at = iter(np.unravel_index(int(np.argmax(final)), np.shape(final)))
    state = (tops[0], *(top if is_min else int(next(found_at)) for top, is_min in zip(tops[1:], minimum)))
    picked: list[int] = []
    after_stage = value
    for before, options in zip(reversed(history), reversed(stages)):
        here = after_stage[state]
        if before[state] != here:
            for effect, found in options.items():
                source = _source(state, effect, minimum)
                if source is not None and before[source] + found[0][0] == here:
                    picked.extend(found[0][2])
                    state = source
                    break
            else:  # pragma: no cover - the forward pass wrote this value from one of these sums
                raise AssertionError("shortlist DP: no option explains a state's value")
        after_stage = before
    return picked


def _moves(effect, minimum, floor, reach, after):
    """(target, source) slices that add ``effect`` to the states of the box ``floor .. after``.

    Sources lie within ``reach`` (the rest is unreachable). Axis 0 (items) and maximum axes shift
    exactly; on a minimum axis the cells below the step all read cell 0 ("at least c" for c <= step).
    """
    pieces = []
    for axis, (delta, lo, old, hi) in enumerate(zip(effect, floor, reach, after)):
        parts = []
        if axis > 0 and minimum[axis - 1] and delta > 0 and lo < delta:
            parts.append((slice(lo, min(delta - 1, hi) + 1), slice(0, 1)))
        start, stop = max(lo, delta), min(hi, old + delta)
        if start <= stop:
            parts.append((slice(start, stop + 1), slice(start - delta, stop - delta + 1)))
        if not parts:
            return []
        pieces.append(parts)
    moves = [((), ())]
    for parts in pieces:
        moves = [(t + (pt,), s + (ps,)) for t, s in moves for pt, ps in parts]
    return moves


def _source(state, effect, minimum):
    """The state ``effect`` was added to, to reach ``state`` (``None`` if it cannot have been)."""
    out = []
    for axis, (cell, delta) in enumerate(zip(state, effect)):
        if axis > 0 and minimum[axis - 1]:
            out.append(max(0, cell - delta))
        elif cell < delta:
            return None
        else:
            out.append(cell - delta)
    return tuple(out)


def _solve_labels(groups, scores, weights, k, targets, minimum, tol) -> list[int] | None:
    """The DP with value rules: each state keeps its Pareto-best (score, value sums) labels."""
    m = len(weights)
    w = [np.asarray(x, float) for x in weights]
    # best[g][r]: the largest weight of rule r any single item of groups g.. offers (an upper bound per slot)
    best_gain = [[0.0] * m for _ in range(len(groups) + 1)]
    for g in range(len(groups) - 1, -1, -1):
        items = [j for found in groups[g].values() for _, _, chosen in found for j in chosen]
        best_gain[g] = [max([best_gain[g + 1][r]] + [float(w[r][j]) for j in items]) for r in range(m)]
    labels: dict[tuple, list[tuple]] = {(0,) * (1 + len(targets)): [(0.0, (0.0,) * m, None)]}
    for g, options in enumerate(groups):
        new: dict[tuple, list[tuple]] = {key: list(found) for key, found in labels.items()}
        for state, found in labels.items():
            for effect, choices in options.items():
                size = state[0] + effect[0]
                if size > k:
                    continue
                key = (size, *(min(t, s + e) if is_min else s + e
                               for t, s, e, is_min in zip(targets, state[1:], effect[1:], minimum)))
                if any(c > t for c, t in zip(key[1:], targets)):
                    continue
                room = k - size
                for score, gains, chosen in choices:
                    for label in found:
                        sums = tuple(a + b for a, b in zip(label[1], gains))
                        if any(sums[r] + room * best_gain[g + 1][r] < -tol for r in range(m)):
                            continue
                        _add_label(new.setdefault(key, []), (label[0] + score, sums, (label, chosen)))
        labels = new
    feasible = [label for state, found in labels.items()
                if state[0] == k and all(c == t for c, t, is_min in zip(state[1:], targets, minimum) if is_min)
                for label in found if all(s >= -tol for s in label[1])]
    if not feasible:
        return None
    label = max(feasible, key=lambda lab: lab[0])
    picked: list[int] = []
    while label[2] is not None:
        label, chosen = label[2]
        picked.extend(chosen)
    return picked


def _add_label(found: list[tuple], label: tuple) -> None:
    """Insert ``label`` unless another dominates it; drop the ones it dominates."""
    score, sums = label[0], label[1]
    for other in found:
        if other[0] >= score and all(a >= b for a, b in zip(other[1], sums)):
            return
    found[:] = [o for o in found if not (score >= o[0] and all(a >= b for a, b in zip(sums, o[1])))]
    found.append(label)


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


#: how many of the best-ranked candidates get their offering and organisation records at once (one
#: bulk read); a chosen candidate further down gets them from :func:`attach_records`
RECORDS_WINDOW = 1000


def candidates_from_ranking(ranking, store) -> list[Candidate]:
    """The eligible offerings of a :class:`catalog.buyer._ranking.Ranking` as :class:`Candidate` objects, best first.

    Built from the ranking's prepared facts (:meth:`Ranking.scored_facts`), not its rows: reading
    the rows would write every explanation and read every record one query at a time (tens of
    seconds at 100,000 offerings). Listings and marketplaces are read from the catalog ``store``
    once. The first :data:`RECORDS_WINDOW` candidates carry their offering and organisation records
    (one bulk read); the others have ``offering`` and ``organisation`` None until
    :func:`attach_records` reads them — call it on a shortlist's items before they are saved, shown
    or exported, with the same store, in the thread that opened it.
    """
    scored = ranking.scored_facts()
    public = {mid: bool(flag) for mid, flag in store.fields("marketplace", ("id", "public_route"))}
    listed: dict[str, list[str]] = {}
    for offering_id, marketplace_id in store.fields("listing", ("offering_id", "marketplace_id")):
        listed.setdefault(offering_id, []).append(marketplace_id)
    no_listing: frozenset[str] = frozenset()
    out = []
    for f, score in scored:
        on = frozenset(listed[f.id]) if f.id in listed else no_listing
        out.append(Candidate(
            offering_id=f.id, organisation_id=f.organisation_id, score=score, estimated_amount=f.estimated_amount,
            size_class=f.size_class, startup=f.startup, hq_country=f.hq or None, eu_controlled=f.eu_controlled,
            open_weights=f.open_weights, listed_on=on, public_route=any(public.get(m, False) for m in on)))
    out[:RECORDS_WINDOW] = attach_records(out[:RECORDS_WINDOW], store)
    return out


def attach_records(candidates: Sequence[Candidate], store) -> list[Candidate]:
    """``candidates`` (same order) each with its offering and organisation records.

    Those that already carry them are returned as they are; the others are read from the catalog
    ``store`` in one bulk read (:meth:`CatalogStore.get_many`), so this is cheap to call on every
    shortlist before it is saved, shown or exported. The store must be used in the thread that
    opened it. A candidate whose organisation record is gone gets ``{"id": organisation_id}``; the
    record-derived fields are taken from the records, exactly as :func:`candidate_from_records`
    builds them. Raises :class:`catalog.errors.RecordNotFound` when an offering is no longer in the
    catalog (the candidates came from another catalog).
    """
    missing = [c for c in candidates if c.offering is None or c.organisation is None]
    if not missing:
        return list(candidates)
    found = store.get_many([c.offering_id for c in missing] + [c.organisation_id for c in missing])
    out = []
    for c in candidates:
        if c.offering is not None and c.organisation is not None:
            out.append(c)
            continue
        if c.offering_id not in found:
            raise RecordNotFound(c.offering_id)
        offering = found[c.offering_id][1]
        organisation = found[c.organisation_id][1] if c.organisation_id in found else {"id": c.organisation_id}
        out.append(replace(candidate_from_records(offering, organisation, c.score),
                           listed_on=c.listed_on, public_route=c.public_route))
    return out
