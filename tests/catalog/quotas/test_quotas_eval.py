"""Evaluating a hand-made shortlist: met or not, value, target, and the swap that fixes a rule."""

from __future__ import annotations

import numpy as np
import pytest

from catalog.errors import ValidationError
from catalog.quotas import Candidate, FactTable, Fix, candidate_from_records, evaluate_shortlist, parse_rules

POOL = [
    Candidate("big-1", "big-a", 90, size_class="large", hq_country="US", estimated_amount=500.0),
    Candidate("big-2", "big-b", 85, size_class="large", hq_country="FR", estimated_amount=300.0),
    Candidate("big-3", "big-c", 80, size_class="large", hq_country="DE"),
    Candidate("sme-1", "sme-a", 60, size_class="small", hq_country="FR", estimated_amount=50.0),
    Candidate("sme-2", "sme-b", 70, size_class="micro", hq_country="FR", estimated_amount=400.0),
    Candidate("sme-3", "sme-b", 75, size_class="micro", hq_country="IT", estimated_amount=20.0),
    Candidate("odd", "odd", 99, size_class=None, hq_country=None),
]
SME = {"size_class_in": ["micro", "small", "medium"]}


def test_min_share_not_met_with_the_cheapest_fix():
    rules = parse_rules([{"label": "SME half", "predicate": SME, "bound": {"min_share": 0.5}}])
    [e] = evaluate_shortlist(["big-1", "big-2", "big-3", "odd"], rules, POOL)
    assert (e.satisfied, e.value, e.target, e.satisfying, e.unknown) == (False, 0.0, 0.5, [], ["odd"])
    # sme-3 and sme-2 share an organisation: with one per organisation the second pick is sme-1
    assert e.fix == Fix(swap_in=["sme-3", "sme-1"], swap_out=["big-3", "big-2"], score_cost=30.0)
    assert e.to_json()["fix"] == {"possible": True, "swap_in": ["sme-3", "sme-1"], "swap_out": ["big-3", "big-2"],
                                  "score_cost": 30.0}


def test_max_share_and_min_count():
    rules = parse_rules([
        {"label": "FR at most a third", "predicate": {"hq_country_in": ["FR"]}, "bound": {"max_share": 0.34}},
        {"label": "one Italian", "mode": "monitor", "predicate": {"hq_country_in": ["IT"]}, "bound": {"min_count": 1}},
    ])
    fr, it = evaluate_shortlist(["big-2", "sme-1", "big-1"], rules, POOL)
    assert (fr.satisfied, fr.value, fr.target) == (False, pytest.approx(2 / 3), 0.34)
    assert fr.fix == Fix(swap_in=["odd"], swap_out=["sme-1"], score_cost=-39.0)
    assert (it.satisfied, it.value, it.target, it.rule.required) == (False, 0, 1, False)
    assert it.fix == Fix(swap_in=["sme-3"], swap_out=["sme-1"], score_cost=-15.0)


def test_value_share_with_missing_amounts():
    rules = parse_rules([{"label": "SME value 40%", "predicate": SME, "bound": {"min_share": 0.4},
                          "measure": "value"}])
    [e] = evaluate_shortlist(["big-1", "sme-1", "big-3"], rules, POOL)
    assert (e.satisfied, e.value, e.target, e.missing_amounts) == (False, pytest.approx(50 / 550), 0.4, ["big-3"])
    assert e.fix == Fix(swap_in=["sme-2"], swap_out=["big-1"], score_cost=20.0)


def test_impossible_fix_is_reported():
    rules = parse_rules([{"label": "three Italians", "predicate": {"hq_country_in": ["IT"]},
                          "bound": {"min_count": 3}}])
    [e] = evaluate_shortlist(["big-1", "big-2", "big-3"], rules, POOL)
    assert e.fix == Fix(swap_in=["sme-3"], swap_out=["big-3"], score_cost=5.0, possible=False)


def test_unknown_item_id_is_named():
    with pytest.raises(ValidationError) as info:
        evaluate_shortlist(["big-1", "nope"], [], POOL)
    assert [str(p) for p in info.value.problems] == ["field 'items[1]': 'nope' is not an eligible offering"]


def test_three_valued_predicates():
    table = FactTable([Candidate("t", "a", 1, startup=True, eu_controlled=None),
                       Candidate("f", "b", 1, startup=False, eu_controlled=False),
                       Candidate("u", "c", 1, startup=None, eu_controlled=True)])
    cases = {
        '{"not": {"startup": true}}': [False, True, False],
        '{"any": [{"startup": true}, {"eu_controlled": true}]}': [True, False, True],
        '{"all": [{"startup": false}, {"eu_controlled": false}]}': [False, True, False],
        '{"not": {"all": [{"startup": true}, {"eu_controlled": true}]}}': [False, True, False],
    }
    import json
    for text, expected in cases.items():
        [rule] = parse_rules([{"label": "x", "predicate": json.loads(text), "bound": {"min_count": 0}}])
        assert table.satisfies(rule.predicate).tolist() == expected, text


def test_candidate_from_records_reads_listings_and_routes():
    offering = {"id": "o", "organisation_id": "org", "open_weights": True, "estimated_amount_eur": 1200.0}
    organisation = {"id": "org", "size_class": "small", "startup": None, "hq_country": "FR", "eu_controlled": True}
    markets = {"ugap": {"id": "ugap", "public_route": True}, "aws": {"id": "aws", "public_route": False}}
    c = candidate_from_records(offering, organisation, 55.5, marketplaces=markets, listed_on=["aws", "ugap"])
    assert c == Candidate("o", "org", 55.5, estimated_amount=1200.0, size_class="small", startup=None,
                          hq_country="FR", eu_controlled=True, open_weights=True,
                          listed_on=frozenset({"aws", "ugap"}), public_route=True)
    rules = parse_rules([{"label": "ugap", "predicate": {"listed_on": "ugap"}, "bound": {"min_count": 1}},
                         {"label": "EEA", "predicate": {"hq_region": "EEA"}, "bound": {"min_count": 1}}])
    table = FactTable([c, candidate_from_records(offering, organisation, 1, marketplaces=markets, listed_on=["aws"])])
    assert [table.satisfies(r.predicate).tolist() for r in rules] == [[True, False], [True, True]]
    assert np.array_equal(table.amounts(), [1200.0, 1200.0])
