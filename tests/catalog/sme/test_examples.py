"""The example company profiles on the shipped catalog: what an adviser of SMEs expects to see first.

Each example is a real situation (resources/examples/README.md). For each: programmes that must be among
the first few, and programmes it must not be offered, with the reason the company reads. A catalog change
that breaks one of these needs fails here.
"""

from __future__ import annotations

from datetime import date

import pytest

from catalog.paths import resource_path
from catalog.session import open_catalog
from catalog.sme import load_company_profile, match_programmes

TODAY = date(2026, 12, 3)

#: example -> (programmes expected among the first ``top``, top, {ineligible programme: a reason it shows})
EXPECTATIONS = {
    # a weeding robot to test in the field, in Brittany: the agri-food TEF and the Breton EDIH first
    "company-agritech-vision": ({"agrifoodtef", "edih-dih-bretagne"}, 2, {
        "pack-ia-ile-de-france": "dispositif régional pour FR-IDF ; votre région est FR-BRE",
        "ai-matters": "centré sur Industrie manufacturière ; vos secteurs : Agroalimentaire et agriculture"}),
    # a high-risk medical system: the French AI Act sandbox and the health TEF, never an agri-food facility
    "company-health-scribe": ({"france-ai-act-sandbox", "tef-health"}, 3, {
        "agrifoodtef": "focused on Agri-food and agriculture; your sectors: Health",
        "edih-dih-bretagne": "regional scheme for FR-BRE; your region is FR-IDF"}),
    # a smart-city start-up looking for a pilot: the smart-cities TEF first
    "company-smart-city-startup": ({"citcom-ai"}, 1, {
        "grand-est-primo-ia": "dispositif régional pour FR-GES ; votre région est FR-ARA"}),
    # a Bavarian manufacturer: the Bavarian AI Factory, a German EDIH and the manufacturing TEF
    "company-german-manufacturing": ({"ai-factory-hammerhai", "edih-de-dino", "ai-matters"}, 3, {
        "cnil-bac-a-sable": "only for companies in FR; yours is in DE",
        "bpifrance-diagnostic-data-ia": "only for companies in FR; yours is in DE"}),
    # a first AI project in Grand Est: the region's own scheme and its EDIH come before anything abroad
    "company-first-ai-project-grand-est": ({"edih-fr-grand-est", "grand-est-primo-ia"}, 3, {
        "pack-ia-ile-de-france": "dispositif régional pour FR-IDF ; votre région est FR-GES",
        "region-occitanie-plan-ia": "dispositif régional pour FR-OCC ; votre région est FR-GES"}),
    # GPU hours to fine-tune models, in Île-de-France: the regional AI pack and GENCI's Jean Zay
    "company-llm-fine-tuning": ({"pack-ia-ile-de-france", "jean-zay-dynamic-access"}, 2, {
        "grand-est-primo-ia": "regional scheme for FR-GES; your region is FR-IDF"}),
    # a large bank: the AI Act sandbox for its high-risk system; schemes for SMEs are not for it
    "company-large-bank": ({"france-ai-act-sandbox"}, 1, {
        "eic-accelerator": "réservé aux entreprises de taille micro/petite/moyenne/ETI ; la vôtre est de taille grande",
        "pack-ia-ile-de-france": "dispositif régional pour FR-IDF ; votre région est FR-HDF"}),
    # a département: the CNIL's sandbox (guidance on personal data) and its region's AI plan first
    "company-public-body": ({"cnil-bac-a-sable", "region-sud-plan-sud-ia"}, 2, {
        "grand-est-primo-ia": "dispositif régional pour FR-GES ; votre région est FR-PAC"}),
}


def test_there_are_eight_company_examples_and_each_is_tested():
    names = sorted(p.stem for p in resource_path("examples").glob("company-*.json"))
    assert names == sorted(EXPECTATIONS) and len(names) >= 8


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_each_example_finds_what_an_adviser_expects(name):
    expected_top, top, refused = EXPECTATIONS[name]
    store, _ = open_catalog()
    with store:
        profile = load_company_profile(resource_path("examples", f"{name}.json"))
        matches = match_programmes(store, profile, today=TODAY)
    by_id = {m.programme_id: m for m in matches}
    eligible = [m for m in matches if m.eligible]
    assert len(eligible) >= 10 and all(m.reasons for m in matches)
    assert expected_top <= {m.programme_id for m in eligible[:top]}, [m.programme_id for m in eligible[:top + 3]]
    for programme_id, reason in refused.items():
        assert not by_id[programme_id].eligible and reason in by_id[programme_id].reasons, by_id[programme_id]
    # nothing closed is ever offered, and every eligible programme says how to apply
    assert all(m.status != "closed" for m in eligible)
    assert all(m.url or m.sources for m in eligible)
