"""Buyer and company profiles: round trips, defaults, and every bad input named by its field."""

from __future__ import annotations

import json

import pytest

from catalog.buyer import (
    DEFAULT_WEIGHTS,
    IF_UNKNOWN_DEFAULTS,
    BuyerProfile,
    CertificationNeed,
    MustHaves,
    PriceSettings,
    load_buyer_profile,
    parse_buyer_profile,
    save_buyer_profile,
)
from catalog.errors import FileFormatError, ValidationError
from catalog.sme import CompanyProfile, load_company_profile, parse_company_profile, save_company_profile

FULL = {
    "schema": "vivier.buyer-profile/2",
    "name": "Assistant souverain",
    "buyer": "Ministère",
    "need": "Un assistant de rédaction",
    "language": "fr",
    "capabilities": ["rédaction", "traduction"],
    "offering_kinds": ["assistant", "model_api"],
    "must_haves": {"hosting_countries": ["EU"], "deployment_modes": ["on_premises"],
                   "certifications": [{"name": "SecNumCloud", "status": "in_qualification"}],
                   "languages": ["fr"], "open_weights": True, "provider_hq": ["EU", "CH"], "eu_control": True,
                   "max_price_eur": 20, "if_unknown": {"languages": "exclude", "certifications": "verify"}},
    "weights": {"capability_fit": 50, "price": 30, "sme": 20},
    "price": {"method": "linear", "basis": "unit_price", "pricing_model": "per_token", "unit": "million_tokens",
              "budget_eur": 10.0, "reference": "budget", "if_unknown": "exclude"},
    "min_capability_fit": 0.25,
    "shortlist_size": 5,
    "max_per_organisation": 2,
    "quota_rules": [],
}


def problems(data, parse=parse_buyer_profile):
    with pytest.raises(ValidationError) as info:
        parse(data, source="p.json")
    return [(p.field, p.message) for p in info.value.problems]


def test_full_profile_parses_into_typed_fields():
    profile = parse_buyer_profile(FULL, source="p.json")
    assert profile == BuyerProfile(
        name="Assistant souverain", capabilities=["rédaction", "traduction"], buyer="Ministère",
        need="Un assistant de rédaction", language="fr", offering_kinds=["assistant", "model_api"],
        must_haves=MustHaves(hosting_countries=("EU",), deployment_modes=("on_premises",),
                             certifications=(CertificationNeed("SecNumCloud", "in_qualification"),),
                             languages=("fr",), open_weights=True, provider_hq=("EU", "CH"), eu_control=True,
                             max_price_eur=20, if_unknown={**IF_UNKNOWN_DEFAULTS, "languages": "exclude",
                                                           "certifications": "verify"}),
        weights={"capability_fit": 50, "price": 30, "sme": 20},
        price=PriceSettings(method="linear", basis="unit_price", pricing_model="per_token", unit="million_tokens",
                            budget_eur=10.0, reference="budget", if_unknown="exclude"),
        min_capability_fit=0.25, shortlist_size=5, max_per_organisation=2, quota_rules=[])
    assert profile.points == {"capability_fit": 50.0, "price": 30.0, "sovereignty": 0.0, "openness": 0.0,
                              "frugality": 0.0, "sme": 20.0, "purchasing_route": 0.0}


def test_minimal_profile_gets_documented_defaults():
    profile = parse_buyer_profile({"schema": "vivier.buyer-profile/2", "name": "n", "capabilities": ["ocr"]},
                                  source="p.json")
    assert (profile.language, profile.min_capability_fit, profile.shortlist_size, profile.max_per_organisation,
            profile.weights, profile.price, profile.must_haves) == (
        "fr", 0.0, 10, 1, DEFAULT_WEIGHTS, PriceSettings(), MustHaves())
    # a certification is never assumed; what the catalog has not recorded elsewhere is asked of the vendor
    assert profile.must_haves.if_unknown == {
        "hosting_countries": "verify", "deployment_modes": "verify", "certifications": "exclude",
        "languages": "verify", "open_weights": "verify", "eu_control": "verify", "max_price_eur": "verify"}


@pytest.mark.parametrize("policy, expected", [
    ("fail", dict.fromkeys(IF_UNKNOWN_DEFAULTS, "exclude")),
    (None, dict.fromkeys(IF_UNKNOWN_DEFAULTS, "exclude")),
    ("warn", {**dict.fromkeys(IF_UNKNOWN_DEFAULTS, "verify"), "certifications": "exclude"}),
])
def test_format_1_profiles_are_read_and_saved_as_format_2(tmp_path, policy, expected):
    old = {"schema": "vivier.buyer-profile/1", "name": "n", "capabilities": ["ocr"],
           **({} if policy is None else {"unknown_policy": policy})}
    profile = parse_buyer_profile(old, source="old.json")
    assert profile.must_haves.if_unknown == expected
    save_buyer_profile(profile, tmp_path / "p.json")
    saved = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert (saved["schema"], saved["must_haves"]["if_unknown"], "unknown_policy" in saved) == (
        "vivier.buyer-profile/2", expected, False)
    assert load_buyer_profile(tmp_path / "p.json") == profile


@pytest.mark.parametrize("change, expected", [
    ({"unknown_policy": "warn"}, [("unknown_policy", "belongs to format 1 (vivier.buyer-profile/1); format 2 says for "
                                  "each must-have what an unrecorded value does, in must_haves.if_unknown "
                                  "(\"exclude\" or \"verify\")")]),
    ({"must_haves": {"if_unknown": {"languages": "ask"}}},
     [("must_haves.if_unknown.languages", "unknown value 'ask'; expected one of exclude, verify")]),
    ({"must_haves": {"if_unknown": {"colour": "verify"}}},
     [("must_haves.if_unknown.colour", "unknown field; expected one of hosting_countries, deployment_modes, "
       "certifications, languages, open_weights, eu_control, max_price_eur")]),
    ({"min_capability_fit": 1.5}, [("min_capability_fit", "1.5 is out of range (must be at least 0 and at most 1)")]),
    ({"min_capability_fit": -0.1}, [("min_capability_fit", "-0.1 is out of range (must be at least 0 and at most 1)")]),
    ({"price": {"unit": "per_litre"}}, [("price.unit", "unknown value 'per_litre'; expected one of million_tokens, "
                                         "million_characters, user_month, gpu_hour, audio_hour, audio_minute, page, "
                                         "thousand_pages, thousand_requests, month, year")]),
])
def test_bad_format_2_fields_name_the_field(change, expected):
    data = {"schema": "vivier.buyer-profile/2", "name": "n", "capabilities": ["ocr"], **change}
    assert problems(data) == expected


def test_certification_may_be_written_as_a_plain_name():
    data = {**FULL, "must_haves": {"certifications": ["HDS"]}}
    assert parse_buyer_profile(data, source="p").must_haves.certifications == (CertificationNeed("HDS", "qualified"),)


def test_save_and_load_round_trip(tmp_path):
    profile = parse_buyer_profile(FULL, source="p.json")
    path = tmp_path / "profile.json"
    save_buyer_profile(profile, path)
    assert load_buyer_profile(path) == profile
    assert json.loads(path.read_text(encoding="utf-8")) == profile.to_json()
    assert [p.name for p in tmp_path.iterdir()] == ["profile.json"]


@pytest.mark.parametrize("change, expected", [
    ({"schema": "vivier.buyer-profile/3"}, [("schema", "expected 'vivier.buyer-profile/2', got 'vivier.buyer-profile/3'")]),
    ({"name": 3}, [("name", "expected text, got a whole number")]),
    ({"capabilities": None}, [("capabilities", "is required: a list of at least one wanted capability (words in FR or EN)")]),
    ({"capabilities": []}, [("capabilities", "needs at least 1 item(s)")]),
    ({"capabilities": "ocr"}, [("capabilities", "expected a list, got text")]),
    ({"capabilities": ["ocr", 4]}, [("capabilities[1]", "expected a capability word, got a whole number")]),
    ({"weights": {"capability_fit": 0, "price": 0}},
     [("weights", "every weight is zero: give at least one criterion a positive weight")]),
    ({"weights": {"price": -5, "capability_fit": 1}}, [("weights.price", "-5 is out of range (must be at least 0)")]),
    ({"weights": {"beauty": 5}}, [("weights.beauty", "unknown criterion; expected one of capability_fit, price, "
                                   "sovereignty, openness, frugality, sme, purchasing_route")]),
    ({"weights": {"price": "high"}}, [("weights.price", "expected a number, got 'high'")]),
    ({"weights": [1, 2]}, [("weights", "expected an object criterion -> number, got a list")]),
    ({"language": "de"}, [("language", "unknown value 'de'; expected one of fr, en")]),
    ({"unknown_policy": "ignore"}, [("unknown_policy", "unknown value 'ignore'; expected one of fail, warn")]),
    ({"shortlist_size": 0}, [("shortlist_size", "0 is out of range (must be at least 1 and at most 100)")]),
    ({"shortlist_size": 2.5}, [("shortlist_size", "expected a whole number, got 2.5")]),
    ({"max_per_organisation": True}, [("max_per_organisation", "expected a whole number, got true/false")]),
    ({"offering_kinds": ["robot"]}, [("offering_kinds[0]", "unknown value 'robot'; expected one of "
                                      "foundation_model, open_weight_model, model_api, assistant, document_ai, "
                                      "speech, translation, vision, mlops_platform, ai_testing, gpu_cloud, "
                                      "sovereign_cloud, integration_service, vertical_application")]),
    ({"must_haves": {"hosting_countries": ["EU", "France"]}},
     [("must_haves.hosting_countries[1]", "'France' is not a two-letter country code (e.g. FR) or EU/EEA")]),
    ({"must_haves": {"open_weights": "yes"}}, [("must_haves.open_weights", "expected true, false or null, got 'yes'")]),
    ({"must_haves": {"max_price_eur": -1}}, [("must_haves.max_price_eur", "-1 is out of range (must be at least 0)")]),
    ({"must_haves": {"certifications": [{"name": "SecNumCloud", "status": "great"}]}},
     [("must_haves.certifications[0].status",
       "unknown value 'great'; expected one of qualified, in_qualification, claimed, unverified")]),
    ({"must_haves": {"colour": "blue"}}, [("must_haves.colour", "unknown field; expected one of hosting_countries, "
                                          "deployment_modes, certifications, languages, open_weights, provider_hq, "
                                          "eu_control, max_price_eur")]),
    ({"price": {"method": "cheapest"}}, [("price.method", "unknown value 'cheapest'; expected one of classic, linear, average")]),
    ({"price": {"method": "classic", "reference": "budget", "budget_eur": 5}},
     [("price.reference", "\"budget\" only applies to the linear method")]),
    ({"price": {"method": "linear", "reference": "budget"}}, [("price.budget_eur", "is required when price.reference is \"budget\"")]),
    ({"price": {"budget_eur": 0}}, [("price.budget_eur", "0 is out of range (must be above 0)")]),
    ({"quota_rules": {"a": 1}}, [("quota_rules", "expected a list, got an object")]),
    ({"quota_rules": [3]}, [("quota_rules[0]", "expected an object, got a whole number")]),
    ({"colour": "blue"}, [("colour", "unknown field; expected one of schema, name, buyer, need, language, "
                           "capabilities, offering_kinds, must_haves, weights, price, shortlist_size, "
                           "max_per_organisation, quota_rules, unknown_policy")]),
])
def test_bad_buyer_profiles_name_the_field(change, expected):
    data = {"schema": "vivier.buyer-profile/1", "name": "n", "capabilities": ["ocr"], **change}
    assert problems(data) == expected


def test_every_problem_is_reported_at_once():
    data = {"schema": "vivier.buyer-profile/1", "name": "", "capabilities": [], "language": "xx"}
    assert [f for f, _ in problems(data)] == ["name", "language", "capabilities"]


def test_not_an_object():
    assert problems([1, 2]) == [("", "expected a JSON object, got a list")]


@pytest.mark.parametrize("content, message", [
    (b"", "the file is empty"),
    (b"   \n", "the file is empty"),
    (b"{\"schema\": ", "invalid JSON at line 1, column 12"),
    (b"\xff\xfe", "not UTF-8 text"),
    (b"[]", "expected a JSON object"),
])
def test_unreadable_files_are_named(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(FileFormatError) as info:
        load_buyer_profile(path)
    assert str(path) in str(info.value) and message in str(info.value)


def test_missing_file_is_named(tmp_path):
    with pytest.raises(FileFormatError, match="cannot read .*nope.json"):
        load_company_profile(tmp_path / "nope.json")


COMPANY = {"schema": "vivier.company-profile/1", "name": "Agrobot", "language": "en", "country": "FR",
           "region": "FR-IDF", "headcount": 12, "turnover_eur": 1_500_000, "balance_sheet_eur": None,
           "founded": 2021, "sectors": ["agrifood"], "stage": "seed", "ai_use_case": "crop vision",
           "ai_act_risk": "limited", "needs": ["testing", "funding"]}


def test_company_round_trip(tmp_path):
    company = parse_company_profile(COMPANY, source="c.json")
    assert company == CompanyProfile(name="Agrobot", country="FR", region="FR-IDF", headcount=12,
                                     turnover_eur=1_500_000, founded=2021, sectors=["agrifood"], stage="seed",
                                     ai_use_case="crop vision", ai_act_risk="limited", needs=["testing", "funding"],
                                     language="en")
    save_company_profile(company, tmp_path / "c.json")
    assert load_company_profile(tmp_path / "c.json") == company
    assert company.to_json() == COMPANY


@pytest.mark.parametrize("headcount, turnover, balance, expected", [
    (None, None, None, None),
    (5, 1e6, None, "micro"),
    (5, 3e6, 1e6, "micro"),      # turnover OR balance sheet under the ceiling
    (5, 3e6, 3e6, "small"),
    (49, 10e6, None, "small"),
    (50, 1e6, None, "medium"),
    (200, 60e6, 40e6, "medium"),
    (200, 60e6, 50e6, "midcap"),
    (250, None, None, "midcap"),
    (3000, None, None, "large"),
])
def test_eu_sme_size_class(headcount, turnover, balance, expected):
    company = CompanyProfile(name="x", country="FR", headcount=headcount, turnover_eur=turnover,
                             balance_sheet_eur=balance)
    assert company.size_class() == expected


@pytest.mark.parametrize("change, expected", [
    ({"country": None}, [("country", "is required: a two-letter country code (e.g. FR)")]),
    ({"country": "France"}, [("country", "'France' is not a two-letter country code (e.g. FR)")]),
    ({"region": "IDF"}, [("region", "'IDF' is not a region code (ISO 3166-2, e.g. FR-IDF)")]),
    ({"region": "DE-BY"}, [("region", "the region DE-BY is not in the country FR")]),
    ({"headcount": -1}, [("headcount", "-1 is out of range (must be at least 0 and at most 10000000)")]),
    ({"needs": ["money"]}, [("needs[0]", "unknown value 'money'; expected one of testing, regulatory_guidance, "
                             "compute, funding, training, partners")]),
    ({"stage": "unicorn"}, [("stage", "unknown value 'unicorn'; expected one of idea, seed, early, growth, mature")]),
    ({"schema": None}, [("schema", "expected 'vivier.company-profile/1', got null")]),
])
def test_bad_company_profiles_name_the_field(change, expected):
    assert problems({**COMPANY, **change}, parse_company_profile) == expected


def test_quota_rules_are_validated_by_the_quota_module_and_round_trip(tmp_path):
    rule = {"label": "Startups", "mode": "monitor", "predicate": {"startup": True}, "bound": {"min_count": 1},
            "measure": "count"}
    profile = parse_buyer_profile({**FULL, "quota_rules": [rule]}, source="p.json")
    assert profile.to_json()["quota_rules"] == [rule]
    save_buyer_profile(profile, tmp_path / "p.json")
    assert load_buyer_profile(tmp_path / "p.json") == profile
    bad = {**rule, "bound": {"min_share": 2}}
    assert [f for f, _ in problems({**FULL, "quota_rules": [bad]})] == ["quota_rules[0].bound.min_share"]

