"""Matching a company to support programmes: strict eligibility with reasons, then fit ranking."""

from __future__ import annotations

from datetime import date

import pytest

from catalog.errors import ValidationError
from catalog.sme import CompanyProfile, match_programmes
from catalog.sme._matching import NOT_GIVEN_FACTOR, PROXIMITY_FIT, PROXIMITY_WEIGHT
from tests.support.catalogs import SRC, T, make_store
from tests.support.matching import match_taxonomy

TAX = match_taxonomy()
TODAY = date(2026, 11, 29)


def programme(id, name, kind="funding", status="open", countries=("EU",), sectors=("any",), eligibility=None,
              benefits=None, deadlines=(), **kw):
    rule = {"size_classes": [], "stages": [], "countries": [], "regions": [], "sectors": [], "note": None,
            **(eligibility or {})}
    gains = {"max_amount_eur": None, "cost_share_pct": None, "compute": False, "testing": False, "guidance": False,
             "training": False, "partners": False, "summary": T(f"{name} helps.", f"{name} aide."), **(benefits or {})}
    return {"id": id, "name": name, "kind": kind, "countries": list(countries), "sectors": list(sectors),
            "description": T(f"{name}: support for AI projects in crop vision.", f"{name} : soutien aux projets."),
            "status": status, "eligibility": rule, "benefits": gains,
            "deadlines": [{"date": d, "label": T("call", "appel")} for d in deadlines], "sources": SRC,
            "verified_on": "2026-06-15", **kw}


PROGRAMMES = [
    programme("pack-idf", "Pack IA IDF", countries=["FR"],
              eligibility={"size_classes": ["micro", "small", "medium"], "regions": ["FR-IDF"], "countries": ["FR"]},
              benefits={"max_amount_eur": 18500, "cost_share_pct": 50, "guidance": True}),
    programme("eu-sme-grant", "EU SME grant", eligibility={"size_classes": ["micro", "small", "medium"]},
              benefits={"max_amount_eur": 2500000}, deadlines=["2026-03-01", "2027-03-01", "2027-10-01"]),
    programme("agri-tef", "Agri TEF", kind="tef", sectors=["agrifood"], eligibility={"sectors": ["agrifood"]},
              benefits={"testing": True, "partners": True}),
    programme("fr-sandbox", "FR AI Act sandbox", kind="regulatory_sandbox", status="planned", countries=["FR"],
              eligibility={"countries": ["FR"]}, benefits={"testing": True, "guidance": True}, is_ai_act_sandbox=True),
    programme("old-call", "Old call", status="closed", benefits={"compute": True}),
    programme("ai-factory", "AI Factory", kind="ai_factory", status="announced",
              benefits={"compute": True, "training": True}),
    programme("seed-only", "Seed accelerator", kind="accelerator", eligibility={"stages": ["idea", "seed"]},
              benefits={"partners": True, "training": True}),
]


@pytest.fixture
def store():
    s = make_store(programmes=PROGRAMMES)
    yield s
    s.close()


def company(**kw):
    base = dict(name="Agrobot", country="FR", region="FR-BRE", headcount=12, turnover_eur=1_500_000,
                sectors=["agriculture"], stage="seed", ai_use_case="crop vision drones",
                needs=["testing", "funding", "partners"], language="en")
    return CompanyProfile(**{**base, **kw})


def table(matches):
    return [(m.programme_id, m.eligible, round(m.score, 2), m.reasons) for m in matches]


def test_small_agritech_company(store):
    # agri-tef: needs 2/3 x 0.35 + own sector 0.15 + use case 1/2 ("vision" of "vision", "drones") x 0.15 + open 0.1
    # + a European programme 0.5 x 0.25; fr-sandbox is in the company's country (0.8 x 0.25) but only planned
    assert table(match_programmes(store, company(), today=TODAY, taxonomy=TAX)) == [
        ("agri-tef", True, 68.33, ["open for applications", "covers your needs: testing, partners",
                                   "sector match: Agri-food", "related to your use case: vision"]),
        ("fr-sandbox", True, 49.67, ["planned: not open for applications yet", "covers your needs: testing",
                                     "related to your use case: vision", "in your country (FR)"]),
        ("eu-sme-grant", True, 49.17, ["open for applications", "open to your size (small)",
                                       "covers your needs: funding", "related to your use case: vision",
                                       "next deadline 2027-03-01"]),
        ("seed-only", True, 49.17, ["open for applications", "covers your needs: partners",
                                    "related to your use case: vision"]),
        ("ai-factory", True, 30.5, ["announced: not open for applications yet", "covers none of your stated needs",
                                    "related to your use case: vision"]),
        ("old-call", False, 0.0, ["the programme is closed"]),
        ("pack-idf", False, 0.0, ["regional scheme for FR-IDF; your region is FR-BRE"]),
    ]


def test_eligibility_reasons_exactly(store):
    matches = {m.programme_id: m for m in match_programmes(store, company(), today=TODAY, taxonomy=TAX)}
    assert {k: (m.eligible, m.reasons) for k, m in matches.items() if not m.eligible} == {
        "old-call": (False, ["the programme is closed"]),
        "pack-idf": (False, ["regional scheme for FR-IDF; your region is FR-BRE"]),
    }
    assert matches["eu-sme-grant"].next_deadline == {"date": "2027-03-01", "label": "call"}
    assert matches["pack-idf"].benefits == {"max_amount_eur": 18500, "cost_share_pct": 50, "compute": False,
                                            "testing": False, "guidance": True, "training": False,
                                            "partners": False, "summary": "Pack IA IDF helps."}


def test_a_large_company_never_matches_an_sme_only_scheme(store):
    big = company(headcount=5000, region="FR-IDF", stage="mature", language="fr")
    matches = {m.programme_id: m for m in match_programmes(store, big, today=TODAY, taxonomy=TAX)}
    assert (matches["pack-idf"].eligible, matches["pack-idf"].reasons) == (
        False, ["réservé aux entreprises de taille micro/petite/moyenne ; la vôtre est de taille grande"])
    assert matches["eu-sme-grant"].reasons == ["réservé aux entreprises de taille micro/petite/moyenne ; la vôtre est de taille grande"]
    assert matches["seed-only"].reasons == ["pour les entreprises au stade idée/amorçage ; la vôtre est au stade maturité"]


def test_a_regional_scheme_never_matches_outside_its_region(store):
    def pack(region):
        return next(m for m in match_programmes(store, company(region=region), today=TODAY, taxonomy=TAX)
                    if m.programme_id == "pack-idf")
    assert not pack("FR-BRE").eligible
    inside, not_given = pack("FR-IDF"), pack(None)
    # a region left empty is not a mismatch: the scheme stays, with a lower fit and the reason to check; it is
    # then only known to be in the company's country, not its region
    assert inside.eligible and not_given.eligible and not_given.not_given == 1
    nearer = 100 * PROXIMITY_WEIGHT * (PROXIMITY_FIT["region"] - PROXIMITY_FIT["country"])
    assert not_given.score == pytest.approx((inside.score - nearer) * NOT_GIVEN_FACTOR)
    assert "a scheme of your region (FR-IDF)" in inside.reasons and "in your country (FR)" in not_given.reasons
    assert "regional scheme for FR-IDF; give your region to check" in not_given.reasons


def test_missing_facts_are_reasons_not_silent_passes(store):
    unknown = company(headcount=None, stage=None, region=None)
    matches = {m.programme_id: m for m in match_programmes(store, unknown, today=TODAY, taxonomy=TAX)}
    # each unanswered condition is said, never a silent pass, and never a refusal
    assert "reserved for micro/small/medium companies; give your headcount to check" in matches["eu-sme-grant"].reasons
    assert "for companies at stage idea/seed; give your stage to check" in matches["seed-only"].reasons
    pack = matches["pack-idf"]
    assert pack.eligible and pack.not_given == 2
    assert [r for r in pack.reasons if r.endswith("to check")] == [
        "reserved for micro/small/medium companies; give your headcount to check",
        "regional scheme for FR-IDF; give your region to check"]


def test_country_and_sector_conditions(store):
    german = company(country="DE", region="DE-BY", sectors=["health"])
    matches = {m.programme_id: m for m in match_programmes(store, german, today=TODAY, taxonomy=TAX)}
    assert matches["fr-sandbox"].reasons == ["only for companies in FR; yours is in DE"]
    assert matches["agri-tef"].reasons == ["focused on Agri-food; your sectors: Health"]
    assert matches["eu-sme-grant"].eligible


def test_high_risk_system_is_pointed_to_an_ai_act_sandbox(store):
    m = next(m for m in match_programmes(store, company(ai_act_risk="high", needs=["regulatory_guidance"]),
                                         today=TODAY, taxonomy=TAX) if m.programme_id == "fr-sandbox")
    assert m.reasons == ["planned: not open for applications yet", "covers your needs: regulatory guidance",
                         "an AI Act sandbox suits a high-risk AI system", "in your country (FR)"]


def test_unknown_sector_word_names_the_field(store):
    with pytest.raises(ValidationError) as info:
        match_programmes(store, company(sectors=["agriculture", "space mining"]), today=TODAY, taxonomy=TAX)
    assert [p.field for p in info.value.problems] == ["sectors[1]"]
