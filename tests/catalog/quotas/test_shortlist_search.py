"""The optimiser's fast paths stay exact: the score window and the numpy DP against brute force and
against the slower paths they replace (every candidate; the Pareto-label DP)."""

from __future__ import annotations

import random
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import catalog.quotas._optimiser as shortlist_opt
from catalog.quotas import Candidate, build_shortlist, parse_rules
from tests.catalog.quotas.test_shortlist_opt import RULE_POOL, brute_force, facts, make

#: the benchmark's four overlapping rules (two minimum shares, a count, a maximum share)
FOUR_RULES = parse_rules([
    {"label": "SMEs or startups 40%",
     "predicate": {"any": [{"size_class_in": ["micro", "small", "medium"]}, {"startup": True}]},
     "bound": {"min_share": 0.4}},
    {"label": "EU 80%", "predicate": {"hq_region": "EU"}, "bound": {"min_share": 0.8}},
    {"label": "open weights 3", "predicate": {"open_weights": True}, "bound": {"min_count": 3}},
    {"label": "France at most half", "predicate": {"hq_country_in": ["FR"]}, "bound": {"max_share": 0.5}},
])


def tiny_windows():
    """Windows that start at one candidate per item, so growing and cutting them is exercised."""
    return mock.patch.multiple(shortlist_opt, _FIRST_WINDOW=1, _WINDOW_PER_ITEM=1)


def whole_catalog():
    """A first window larger than any test instance: the search over every candidate, as before windows."""
    return mock.patch.multiple(shortlist_opt, _FIRST_WINDOW=10**9)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(facts, min_size=1, max_size=12), size=st.integers(1, 4), cap=st.sampled_from([1, 1, 2, 3]),
       chosen=st.lists(st.integers(0, len(RULE_POOL) - 1), max_size=4, unique=True))
def test_small_windows_find_the_brute_force_optimum(rows, size, cap, chosen):
    rules = parse_rules([dict(RULE_POOL[i]) for i in chosen])
    candidates = make(rows)
    with tiny_windows():
        result = build_shortlist(candidates, rules, size=size, max_per_organisation=cap)
    expected = brute_force(candidates, rules, result.size, cap)
    if expected is None:
        assert (result.infeasible is not None, result.items, result.total_score) == (True, [], None)
        return
    assert result.infeasible is None
    assert result.total_score == pytest.approx(expected, abs=1e-9)
    assert all(e.satisfied for e in result.evaluations if e.rule.required)
    per_org = {}
    for c in result.items:
        per_org[c.organisation_id] = per_org.get(c.organisation_id, 0) + 1
    assert len(result.items) == result.size and max(per_org.values()) <= cap


def synthetic(n: int, seed: int, *, ties: bool) -> list[Candidate]:
    """``n`` offerings of n/5 organisations with the facts the four rules read (scores on a coarse grid if ``ties``)."""
    rng = random.Random(seed)
    orgs = [(f"o{j}", rng.choice(["micro", "small", "medium", "large", None]), rng.random() < 0.2,
             rng.choice(["FR", "FR", "DE", "IT", "US", "GB", None])) for j in range(max(1, n // 5))]
    out = []
    for i in range(n):
        org, size_class, startup, country = rng.choice(orgs)
        score = float(rng.randint(0, 40)) if ties else round(rng.uniform(20.0, 95.0), 2)
        out.append(Candidate(f"x{i}", org, score, size_class=size_class, startup=startup, hq_country=country,
                             open_weights=rng.random() < 0.1))
    return out


@pytest.mark.parametrize(("n", "size", "cap", "ties"), [
    (2_000, 30, 1, False), (2_000, 30, 1, True), (3_000, 12, 2, True), (500, 20, 3, False)])
def test_window_and_every_candidate_agree(n, size, cap, ties):
    candidates = synthetic(n, seed=n + size, ties=ties)
    windowed = build_shortlist(candidates, FOUR_RULES, size=size, max_per_organisation=cap)
    with whole_catalog():
        everything = build_shortlist(candidates, FOUR_RULES, size=size, max_per_organisation=cap)
    assert windowed.infeasible is None and everything.infeasible is None
    assert windowed.total_score == pytest.approx(everything.total_score, abs=1e-9)
    assert windowed.unconstrained_total_score == everything.unconstrained_total_score
    assert all(e.satisfied for e in windowed.evaluations)


def test_the_window_leaves_low_scores_unread():
    # The first window (64 candidates, or two per item) holds a compliant shortlist close to the
    # unconstrained best: only the candidates scoring within that gap of the best can be in an
    # optimum, so the second window is them (here 152), never the 20,000.
    candidates = synthetic(20_000, seed=5, ties=False)
    seen = []
    real = shortlist_opt._optimise

    def spy(window, rules, k, cap):
        seen.append(len(window))
        return real(window, rules, k, cap)

    with mock.patch.object(shortlist_opt, "_optimise", spy):
        result = build_shortlist(candidates, FOUR_RULES, size=30)
    assert result.infeasible is None and result.quota_cost < 1.0
    assert seen == [68, 152]


def test_infeasible_rules_widen_the_window_to_every_candidate():
    candidates = synthetic(3_000, seed=7, ties=False)
    rules = parse_rules([{"label": "one in Luxembourg", "predicate": {"hq_country_in": ["LU"]},
                          "bound": {"min_count": 1}}])
    seen = []
    real = shortlist_opt._optimise

    def spy(window, rules, k, cap):
        seen.append(len(window))
        return real(window, rules, k, cap)

    with mock.patch.object(shortlist_opt, "_optimise", spy):
        result = build_shortlist(candidates, rules, size=30)
    assert (result.items, result.total_score, result.blocking_rules) == ([], None, ["one in Luxembourg"])
    assert result.infeasible == ("the rule 'one in Luxembourg' (at least 1: headquartered in LU) cannot be met in a "
                                 "shortlist of 30: 0 eligible offering(s) from 0 organisation(s) satisfy it")
    # About 64, then 4-fold until all 3,000; then the blocking-rule check without the rule (met at
    # once in the first window). A window takes every candidate tied with its last one.
    growing, again = seen[:-1], seen[-1]
    assert 60 <= growing[0] <= 70 and growing[-1] == 3_000 and again == growing[0]
    assert len(growing) == 4 and all(b >= 4 * a for a, b in zip(growing[:-2], growing[1:-1]))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_numpy_dp_equals_the_label_dp(seed):
    # Forcing the Pareto-label DP (no state limit) on count rules cross-checks the numpy DP on
    # instances too large for brute force.
    candidates = synthetic(400, seed=seed, ties=True)
    dense = build_shortlist(candidates, FOUR_RULES, size=10)
    with mock.patch.object(shortlist_opt, "_DENSE_STATE_LIMIT", 0):
        labels = build_shortlist(candidates, FOUR_RULES, size=10)
    assert dense.infeasible is None and labels.infeasible is None
    assert dense.total_score == pytest.approx(labels.total_score, abs=1e-9)
