"""The reduced set: the candidates of a score window that are proven to contain an optimal
shortlist (:func:`_reduce`), whatever the catalog size.

The rules arrive as weight constraints over exactly K items (:mod:`catalog.quotas._optimiser`,
"rules as weight constraints"): per count rule a 0/1 mask, per value rule a weight per candidate.

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
each organisation's c best amounts seen so far (:func:`_value_survivors`).
"""

from __future__ import annotations

import bisect
import heapq

import numpy as np

from ._evaluation import FactTable


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
