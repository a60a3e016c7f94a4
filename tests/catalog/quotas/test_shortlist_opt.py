"""The optimal compliant shortlist: exact against brute force, never worse than greedy, infeasibility."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.quotas import Candidate, best_unconstrained, build_shortlist, evaluate_shortlist, parse_rules

RULE_POOL = [
    {"label": "SME 40%", "predicate": {"size_class_in": ["micro", "small", "medium"]}, "bound": {"min_share": 0.4}},
    {"label": "FR one", "predicate": {"hq_country_in": ["FR"]}, "bound": {"min_count": 1}},
    {"label": "open weights at most half", "predicate": {"open_weights": True}, "bound": {"max_share": 0.5}},
    {"label": "startup value 30%", "predicate": {"startup": True}, "bound": {"min_share": 0.3}, "measure": "value"},
    {"label": "not EU-controlled value at most 40%", "predicate": {"not": {"eu_controlled": True}},
     "bound": {"max_share": 0.4}, "measure": "value"},
    {"label": "EU or startup two", "predicate": {"any": [{"hq_region": "EU"}, {"startup": True}]},
     "bound": {"min_count": 2}},
    {"label": "public route 1/3", "predicate": {"public_route": True}, "bound": {"min_share": 0.34}},
]

facts = st.fixed_dictionaries({
    "organisation_id": st.sampled_from(["o1", "o2", "o3", "o4", "o5"]),
    "score": st.integers(0, 20).map(float),
    "estimated_amount": st.sampled_from([None, 0.0, 1.0, 3.0, 10.0]),
    "size_class": st.sampled_from([None, "micro", "medium", "large"]),
    "startup": st.sampled_from([None, True, False]),
    "hq_country": st.sampled_from([None, "FR", "DE", "US"]),
    "eu_controlled": st.sampled_from([None, True, False]),
    "open_weights": st.sampled_from([None, True, False]),
    "public_route": st.sampled_from([None, True, False]),
})


def make(rows):
    return [Candidate(offering_id=f"x{i}", **row) for i, row in enumerate(rows)]


def brute_force(candidates, rules, size, cap):
    """Best total over every subset of ``size`` candidates (None if none is compliant)."""
    required = [r for r in rules if r.required]
    best = None
    for combo in itertools.combinations(candidates, size):
        per_org = {}
        for c in combo:
            per_org[c.organisation_id] = per_org.get(c.organisation_id, 0) + 1
        if max(per_org.values()) > cap:
            continue
        if all(e.satisfied for e in evaluate_shortlist(list(combo), required, candidates)):
            total = sum(c.score for c in combo)
            best = total if best is None else max(best, total)
    return best


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(facts, min_size=1, max_size=10), size=st.integers(1, 5), cap=st.sampled_from([1, 1, 2, 3]),
       chosen=st.lists(st.integers(0, len(RULE_POOL) - 1), max_size=4, unique=True),
       monitor=st.booleans())
def test_optimum_equals_brute_force(rows, size, cap, chosen, monitor):
    raw = [dict(RULE_POOL[i]) for i in chosen]
    if monitor and raw:
        raw[0]["mode"] = "monitor"
    rules = parse_rules(raw)
    candidates = make(rows)
    result = build_shortlist(candidates, rules, size=size, max_per_organisation=cap)
    expected = brute_force(candidates, rules, result.size, cap)
    if expected is None:
        assert result.infeasible is not None and result.items == [] and result.total_score is None
        assert result.blocking_rules and set(result.blocking_rules) <= {r.label for r in rules if r.required}
        return
    assert result.infeasible is None
    assert result.total_score == pytest.approx(expected, abs=1e-9)
    assert len(result.items) == result.size == len({c.offering_id for c in result.items})
    assert all(e.satisfied for e in result.evaluations if e.rule.required)
    greedy = best_unconstrained(candidates, size=size, max_per_organisation=cap)
    assert result.unconstrained_total_score == sum(c.score for c in greedy) >= result.total_score - 1e-9
    assert result.quota_cost >= -1e-9
    # never worse than a greedy shortlist that happens to be compliant
    if all(e.satisfied for e in evaluate_shortlist(greedy, [r for r in rules if r.required], candidates)):
        assert result.total_score == pytest.approx(sum(c.score for c in greedy))


def test_quota_swaps_in_the_best_sme_and_reports_its_cost():
    candidates = [
        Candidate("big-1", "big-a", 90, size_class="large"), Candidate("big-2", "big-b", 85, size_class="large"),
        Candidate("big-3", "big-c", 80, size_class="large"), Candidate("big-4", "big-a", 95, size_class="large"),
        Candidate("sme-1", "sme-a", 60, size_class="small"), Candidate("sme-2", "sme-b", 70, size_class="micro"),
        Candidate("sme-3", "sme-b", 75, size_class="micro"),
    ]
    rules = parse_rules([{"label": "SME", "predicate": {"size_class_in": ["micro", "small"]},
                          "bound": {"min_share": 0.5}}])
    result = build_shortlist(candidates, rules, size=4)
    assert [c.offering_id for c in result.items] == ["big-4", "big-2", "sme-3", "sme-1"]
    assert (result.total_score, result.unconstrained_total_score, result.quota_cost) == (315.0, 335.0, 20.0)
    [evaluation] = result.evaluations
    assert (evaluation.satisfied, evaluation.value, evaluation.target, evaluation.fix) == (True, 0.5, 0.5, None)
    as_json = result.to_json()
    assert sorted(as_json) == ["blocking_rules", "infeasible", "legal_note", "max_per_organisation", "quota_cost",
                               "quotas", "requested_size", "shortlist", "size", "total_score",
                               "unconstrained_total_score"]
    assert [(q["rule"], q["required"], q["satisfied"], q["value"], q["target"]) for q in as_json["quotas"]] == [
        ("SME", True, True, 0.5, 0.5)]
    assert [i["offering_id"] for i in as_json["shortlist"]] == ["big-4", "big-2", "sme-3", "sme-1"]


def test_two_per_organisation_when_allowed():
    candidates = [Candidate("a1", "a", 10), Candidate("a2", "a", 9), Candidate("a3", "a", 8), Candidate("b1", "b", 1)]
    assert [c.offering_id for c in build_shortlist(candidates, [], size=3, max_per_organisation=2).items] == [
        "a1", "a2", "b1"]
    short = build_shortlist(candidates, [], size=3)
    assert ([c.offering_id for c in short.items], short.size, short.requested_size) == (["a1", "b1"], 2, 3)


def test_infeasible_names_the_single_rule():
    candidates = [Candidate("a", "a", 10, hq_country="FR"), Candidate("b", "b", 9, hq_country="DE"),
                  Candidate("c", "c", 8, hq_country="DE")]
    rules = parse_rules([
        {"label": "Two in France", "predicate": {"hq_country_in": ["FR"]}, "bound": {"min_count": 2}},
        {"label": "One in Germany", "predicate": {"hq_country_in": ["DE"]}, "bound": {"min_count": 1}},
        {"label": "Watch startups", "mode": "monitor", "predicate": {"startup": True}, "bound": {"min_count": 3}},
    ])
    result = build_shortlist(candidates, rules, size=3)
    assert result.blocking_rules == ["Two in France"]
    assert result.infeasible == ("the rule 'Two in France' (at least 2: headquartered in FR) cannot be met in a "
                                 "shortlist of 3: 1 eligible offering(s) from 1 organisation(s) satisfy it")
    quotas = result.to_json()["quotas"]
    assert [(q["rule"], q["satisfied"], q["blocking"]) for q in quotas] == [
        ("Two in France", None, True), ("One in Germany", None, False), ("Watch startups", None, False)]
    assert result.to_json()["total_score"] is None


def test_infeasible_names_rules_that_clash_together():
    candidates = [Candidate("a", "a", 10, hq_country="FR", startup=False),
                  Candidate("b", "b", 9, hq_country="DE", startup=True),
                  Candidate("c", "c", 8, hq_country="DE", startup=False)]
    rules = parse_rules([
        {"label": "France", "predicate": {"hq_country_in": ["FR"]}, "bound": {"min_count": 1}},
        {"label": "Startups", "predicate": {"startup": True}, "bound": {"min_count": 1}},
    ])
    result = build_shortlist(candidates, rules, size=1)
    assert result.blocking_rules == ["France", "Startups"]
    assert result.infeasible == ("the rules 'France', 'Startups' cannot all be met together in a shortlist of 1 "
                                 "(each alone can)")


def test_unknown_facts_never_count():
    candidates = [Candidate("known", "a", 5, startup=False), Candidate("unknown", "b", 9, startup=None)]
    rules = parse_rules([{"label": "not startups", "predicate": {"not": {"startup": True}},
                          "bound": {"min_count": 1}}])
    assert [c.offering_id for c in build_shortlist(candidates, rules, size=1).items] == ["known"]


def test_value_rule_can_prefer_a_lower_score_with_a_larger_amount():
    # The top-K-by-score argument fails for value rules: "s-small" scores above "s-big" but only
    # "s-big" brings enough value to reach half the estimated total.
    candidates = [Candidate("big", "b", 50, estimated_amount=100.0, startup=False),
                  Candidate("s-small", "s1", 40, estimated_amount=10.0, startup=True),
                  Candidate("s-big", "s2", 30, estimated_amount=100.0, startup=True)]
    rules = parse_rules([{"label": "startups by value", "predicate": {"startup": True},
                          "bound": {"min_share": 0.5}, "measure": "value"}])
    result = build_shortlist(candidates, rules, size=2)
    assert [c.offering_id for c in result.items] == ["big", "s-big"]
    assert [(e.value, e.target, e.missing_amounts) for e in result.evaluations] == [(0.5, 0.5, [])]
