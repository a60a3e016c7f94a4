"""The exact dynamic programmes on the reduced set: the numpy DP for count rules
(:func:`_solve_dense`) and the Pareto-label DP for value rules (:func:`_solve_labels`), with the
stages they run over. :func:`catalog.quotas._optimiser._solve` chooses between them.

**Exact search on the reduced set** is a dynamic programme over stages. A stage
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
(tests/catalog/quotas/test_shortlist_opt.py, tests/catalog/quotas/test_shortlist_search.py).

Cost: the numpy DP does about (types × K + organisations spanning types) array updates over at
most (K + 1) × Π(axis sizes) states, less the skipped ones.
"""

from __future__ import annotations

import numpy as np


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
