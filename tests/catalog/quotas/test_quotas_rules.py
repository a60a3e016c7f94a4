"""Parsing, validating and describing quota rules (catalog.quotas.parse_rules)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from catalog.errors import ValidationError
from catalog.quotas import Predicate, QuotaRule, check_rules_feasible_for_size, legal_note, parse_rules

SME_OR_STARTUP = {"any": [{"size_class_in": ["small", "micro", "medium"]}, {"startup": True}]}


def rule(label="r", predicate=None, bound=None, **kw):
    return {"label": label, "predicate": predicate or {"startup": True}, "bound": bound or {"min_count": 1}, **kw}


def problems(raw, **kw):
    with pytest.raises(ValidationError) as info:
        parse_rules(raw, **kw)
    return [str(p) for p in info.value.problems]


def test_parse_full_rule_and_round_trip():
    raw = [rule("SMEs or startups: 30%", SME_OR_STARTUP, {"min_share": 0.3}),
           rule("One in France", {"hq_country_in": ["FR"]}, {"min_count": 1}, mode="monitor"),
           rule("Public route by value", {"all": [{"public_route": True}, {"not": {"listed_on": "ugap"}}]},
                {"max_share": 0.5}, measure="value")]
    rules = parse_rules(raw)
    assert rules[0] == QuotaRule(
        label="SMEs or startups: 30%", mode="required",
        predicate=Predicate("any", (Predicate("size_class_in", ("micro", "small", "medium")), Predicate("startup", True))),
        bound="min_share", value=Fraction(3, 10), measure="count")
    assert [r.to_json() for r in rules] == [
        {"label": "SMEs or startups: 30%", "mode": "required",
         "predicate": {"any": [{"size_class_in": ["micro", "small", "medium"]}, {"startup": True}]},
         "bound": {"min_share": 0.3}, "measure": "count"},
        {"label": "One in France", "mode": "monitor", "predicate": {"hq_country_in": ["FR"]},
         "bound": {"min_count": 1}, "measure": "count"},
        {"label": "Public route by value", "mode": "required",
         "predicate": {"all": [{"public_route": True}, {"not": {"listed_on": "ugap"}}]},
         "bound": {"max_share": 0.5}, "measure": "value"},
    ]
    assert parse_rules([r.to_json() for r in rules]) == rules
    assert [r.required for r in rules] == [True, False, True]


def test_share_is_exact():
    [r] = parse_rules([rule(bound={"min_share": 0.3})])
    assert r.target_count(10) == 3
    [r] = parse_rules([rule(bound={"max_share": 0.7})])
    assert r.target_count(10) == 7
    [r] = parse_rules([rule(bound={"min_share": 1})])
    assert (r.value, r.to_json()["bound"]) == (Fraction(1), {"min_share": 1})


def test_describe_fr_en():
    [a, b] = parse_rules([rule("a", SME_OR_STARTUP, {"min_share": 0.3}),
                          rule("b", {"not": {"eu_controlled": True}}, {"max_share": 0.25}, measure="value")])
    assert a.describe("en") == "at least 30% of the shortlist: (size: micro, small, medium or startup)"
    assert a.describe("fr") == "au moins 30 % de la présélection : (taille : micro, small, medium ou startup)"
    assert b.describe("en") == "at most 25% of the shortlist (by estimated value): not EU-controlled"
    assert b.describe("fr") == ("au plus 25 % de la présélection (en valeur estimée) : non contrôle européen")
    assert "EUR 100k" in legal_note("en") and "100 000 € HT" in legal_note("fr")
    assert "discriminate by size or nationality" in legal_note("en")


@pytest.mark.parametrize("raw, expected", [
    ([rule(bound={"min_share": 1.5})],
     ["field 'quota_rules[0].bound.min_share': must be between 0 and 1 (a share: 0.3 means 30%), got 1.5"]),
    ([rule(bound={"max_share": -0.1})],
     ["field 'quota_rules[0].bound.max_share': must be between 0 and 1 (a share: 0.3 means 30%), got -0.1"]),
    ([rule(bound={"min_count": -2})], ["field 'quota_rules[0].bound.min_count': must not be negative, got -2"]),
    ([rule(bound={"min_count": 1.5})], ["field 'quota_rules[0].bound.min_count': must be a whole number, got 1.5"]),
    ([rule(bound={"min_count": 1}, measure="value")],
     ["field 'quota_rules[0].bound.min_count': counts offerings, so it needs measure \"count\"; by value use min_share"]),
    ([rule(), rule(predicate={"sme": True})],
     ["field 'quota_rules[1].predicate.sme': unknown attribute 'sme'; expected one of size_class_in, startup, "
      "hq_country_in, hq_region, eu_controlled, open_weights, listed_on, public_route, all, any, not"]),
    ([rule(predicate={"any": [{"startup": "yes"}, {"size_class_in": ["tiny"]}]})],
     ["field 'quota_rules[0].predicate.any[0].startup': expected true or false, got text",
      "field 'quota_rules[0].predicate.any[1].size_class_in[0]': unknown size class \"tiny\"; "
      "expected one of micro, small, medium, midcap, large"]),
    ([rule(predicate={"hq_country_in": ["France"]})],
     ["field 'quota_rules[0].predicate.hq_country_in[0]': \"France\" is not a two-letter country code "
      "(ISO 3166-1, e.g. FR)"]),
    ([rule(predicate={"startup": True, "open_weights": True})],
     ["field 'quota_rules[0].predicate': needs exactly one condition (found 'startup', 'open_weights'); "
      "combine several with \"all\" or \"any\""]),
    ([rule(predicate={"hq_region": "Europe"})],
     ["field 'quota_rules[0].predicate.hq_region': expected \"EU\" or \"EEA\", got \"Europe\""]),
    ([rule(predicate={"all": []})],
     ["field 'quota_rules[0].predicate.all': expected a non-empty list of conditions, got a list"]),
    ([{"predicate": {"startup": True}, "bound": {"min_count": 1}, "mode": "must", "extra": 1}],
     ["field 'quota_rules[0].extra': unknown key 'extra'; a rule has label, mode, predicate, bound and measure",
      "field 'quota_rules[0].label': is required: a short name for the rule, e.g. \"SMEs: at least 30%\"",
      "field 'quota_rules[0].mode': expected \"required\" or \"monitor\", got \"must\""]),
    ([rule(bound={"at_least": 3})],
     ["field 'quota_rules[0].bound.at_least': unknown bound 'at_least'; expected one of min_count, min_share, max_share"]),
    ([rule("x"), rule("x")],
     ["field 'quota_rules[1].label': repeats the label 'x' of quota_rules[0]; labels name rules in reports and must differ"]),
    ([rule("a", bound={"min_share": 0.6}), rule("b", bound={"max_share": 0.4})],
     ["field 'quota_rules[0].bound': asks for at least 60% of offerings that quota_rules[1] ('b') caps at 40%: "
      "no shortlist can meet both"]),
    ([rule("a", bound={"min_count": 2}), rule("b", bound={"max_share": 0})],
     ["field 'quota_rules[0].bound': asks for at least 2 of offerings that quota_rules[1] ('b') excludes entirely "
      "(at most 0%)"]),
    ([rule("a", {"not": {"startup": True}}, {"min_share": 0.7}), rule("b", bound={"min_share": 0.5})],
     ["field 'quota_rules[0].bound': asks for at least 70% of offerings that are not what quota_rules[1] ('b') "
      "wants at least 50% of: together more than 100%"]),
])
def test_bad_rules_name_the_rule(raw, expected):
    assert problems(raw) == expected


def test_problems_use_the_given_field_and_non_list():
    assert problems({"label": "x"}, field="profile.quota_rules") == [
        "field 'profile.quota_rules': expected a list of rules, got an object"]
    assert problems([rule(bound={"min_share": 2})], field="rules") == [
        "field 'rules[0].bound.min_share': must be between 0 and 1 (a share: 0.3 means 30%), got 2"]


def test_same_measure_only_for_contradictions():
    rules = parse_rules([rule("a", bound={"min_share": 0.6}), rule("b", bound={"max_share": 0.4}, measure="value")])
    assert [r.label for r in rules] == ["a", "b"]


def test_check_rules_feasible_for_size():
    rules = parse_rules([rule("a", bound={"min_count": 4}), rule("b", {"open_weights": True}, {"min_share": 0.34}),
                         rule("c", {"open_weights": True}, {"max_share": 0.35})])
    check_rules_feasible_for_size(rules, 100)
    with pytest.raises(ValidationError) as info:
        check_rules_feasible_for_size(rules, 2)
    assert [str(p) for p in info.value.problems] == [
        "field 'quota_rules[0].bound': asks for at least 4 offerings but the shortlist holds 2",
        "field 'quota_rules[1].bound': asks for at least 1 of 2 offerings that quota_rules[2] ('c') caps at 0",
    ]
