"""Ranking offerings against buyer profiles: exact rankings, knock-out reasons, criteria, sensitivity."""

from __future__ import annotations

import pytest

from catalog.buyer import (
    CRITERIA,
    facts_of,
    frugality,
    openness,
    purchasing_route,
    rank_offerings,
    rank_offerings_loop,
    resolve_capabilities,
    sme,
    sovereignty,
)
from catalog.errors import ValidationError
from catalog.records import validate_record
from tests.support.catalogs import SRC, make_store, offering, org
from tests.support.matching import OFFERINGS, ORGS, listing, market, match_taxonomy, price
from tests.support.profiles import buyer_profile

TAX = match_taxonomy()


@pytest.fixture
def store():
    s = make_store(organisations=ORGS, offerings=OFFERINGS,
                   marketplaces=[market("ugap", "UGAP"), market("shop", "Cloud Shop", public=False)],
                   listings=[listing("ugap", "beta-mt"), listing("shop", "gamma-mt")])
    yield s
    s.close()


def rank(store, **kw):
    return rank_offerings(store, buyer_profile(**kw), taxonomy=TAX)


def test_exact_ranking_and_breakdown(store):
    ranking = rank(store)
    assert [(s.offering_id, round(s.score, 4)) for s in ranking.ranked] == [
        ("alpha-mt", 83.0), ("gamma-mt", 61.5), ("beta-mt", 59.75)]
    assert list(ranking.excluded) == []
    # the text generator offers none of the wanted capabilities: off topic, neither ranked nor excluded
    assert [(o.offering_id, o.organisation_id, o.fit, o.reason) for o in ranking.off_topic] == [
        ("alpha-llm", "alpha", 0.0, "off topic: offers none of the wanted capabilities")]
    top = ranking.ranked[0]
    assert (top.rank, top.offering, top.organisation_id, top.organisation) == (1, "Alpha MT", "alpha", "Alpha")
    assert [c.to_json() for c in top.breakdown] == [
        {"criterion": "capability_fit", "weight": 40.0, "score": 1.0,
         "explanation": "The wanted capability is covered: “translation” → Machine translation.", "applicable": True},
        {"criterion": "price", "weight": 20.0, "score": 0.5,
         "explanation": "Classic method: lowest price 5 € ÷ this price 10 €. Prices compared: per token, EUR.",
         "applicable": True},
        {"criterion": "sovereignty", "weight": 15.0, "score": 1.0,
         "explanation": "EU headquarters (FR); controlled from the EU; hosted in the EU (FR); SecNumCloud qualified.",
         "applicable": True},
        {"criterion": "openness", "weight": 5.0, "score": 1.0, "explanation": "Open weights; open licence Apache-2.0.",
         "applicable": True},
        {"criterion": "frugality", "weight": 5.0, "score": 0.6,
         "explanation": "7 B parameters (size tier up to 8 B).", "applicable": True},
        {"criterion": "sme", "weight": 10.0, "score": 1.0, "explanation": "SME (small); start-up.", "applicable": True},
        {"criterion": "purchasing_route", "weight": 5.0, "score": 0.0,
         "explanation": "Not listed on any marketplace.", "applicable": True},
    ]
    assert (top.warnings, top.to_verify) == ([], [])
    assert top.offering_record["id"] == "alpha-mt" and top.organisation_record["name"] == "Alpha"
    assert ranking.warnings == []
    assert ranking.price_key == "per_token//EUR"


def test_breakdown_in_french(store):
    ranking = rank(store, language="fr", capabilities=["traduction", "chatbot"])
    assert [c.explanation for c in ranking.ranked[0].breakdown[:3]] == [
        "Capacités recherchées : 1 couverte sur 2, 1 non proposée : «\u00a0traduction\u00a0» → Traduction "
        "automatique ; «\u00a0chatbot\u00a0» non proposé.",
        "Méthode classique : prix le plus bas 5 € ÷ ce prix 10 €. Prix comparés : au jeton, EUR.",
        "Siège dans l'UE (FR) ; contrôle européen ; hébergé dans l'UE (FR) ; SecNumCloud qualifié.",
    ]


def test_capability_hierarchy_credits_narrower_and_broader(store):
    # "LLM" -> text-generation: alpha-llm has it exactly; nothing else relates
    # "NLP" -> nlp: every translation offering has the more specific machine-translation
    ranking = rank(store, capabilities=["NLP"], weights={"capability_fit": 1})
    assert [(s.offering_id, s.score) for s in ranking.ranked] == [
        ("alpha-llm", 80.0), ("alpha-mt", 80.0), ("beta-mt", 80.0), ("gamma-mt", 80.0)]
    assert ranking.ranked[1].breakdown[0].explanation == (
        "The wanted capability is covered: “NLP” → Natural language processing "
        "(via the more specific Machine translation).")
    ranking = rank(store, capabilities=["chatbot"], weights={"capability_fit": 1})
    assert [(s.offering_id, s.score) for s in ranking.ranked][0] == ("alpha-llm", 40.0)
    assert ranking.ranked[0].breakdown[0].explanation == (
        "The wanted capability is only partly covered (broader concept): “chatbot” → Chat assistant "
        "(only the more general Text generation).")
    assert [o.offering_id for o in ranking.off_topic] == ["alpha-mt", "beta-mt", "gamma-mt"]


def test_ties_are_broken_by_offering_id(store):
    ranking = rank(store, weights={"capability_fit": 1})
    assert [s.offering_id for s in ranking.ranked] == ["alpha-mt", "beta-mt", "gamma-mt"]


@pytest.mark.parametrize("language, must_haves, expected", [
    ("en", {"hosting_countries": ["EU"]},
     [("beta-mt", ["hosting outside the EU: US"], ["hosting_countries:failed"]),
      ("gamma-mt", ["hosting outside the EU: US"], ["hosting_countries:failed"])]),
    ("fr", {"hosting_countries": ["EU"]},
     [("beta-mt", ["hébergement hors UE : US"], ["hosting_countries:failed"]),
      ("gamma-mt", ["hébergement hors UE : US"], ["hosting_countries:failed"])]),
    ("en", {"provider_hq": ["EU"], "eu_control": True},
     [("gamma-mt", ["provider headquartered outside the EU: US",
                    "provider not controlled from the EU (Gamma Inc (US))"],
       ["provider_hq:failed", "eu_control:failed"])]),
    ("en", {"certifications": [{"name": "secnumcloud", "status": "qualified"}]},
     [("alpha-llm", ["secnumcloud not recorded (qualified status required)"], ["certifications:not_verified"]),
      ("beta-mt", ["secnumcloud not recorded (qualified status required)"], ["certifications:not_verified"]),
      ("gamma-mt", ["secnumcloud not recorded (qualified status required)"], ["certifications:not_verified"])]),
    ("en", {"languages": ["fr"]},
     [("alpha-llm", ["supported languages not recorded (required: fr)"], ["languages:not_verified"]),
      ("beta-mt", ["language not supported: fr"], ["languages:failed"])]),
    ("en", {"open_weights": True},
     [("beta-mt", ["weights not open"], ["open_weights:failed"]),
      ("gamma-mt", ["open weights not recorded"], ["open_weights:not_verified"])]),
    ("en", {"max_price_eur": 10},
     [("alpha-llm", ["price not recorded (maximum 10 €)"], ["max_price_eur:not_verified"]),
      ("beta-mt", ["price above the maximum of 10 €: 20 €"], ["max_price_eur:failed"])]),
    ("fr", {"deployment_modes": ["on_premises"]},
     [(oid, ["modes de déploiement non renseignés (exigé : sur site)"], ["deployment_modes:not_verified"])
      for oid in ("alpha-llm", "alpha-mt", "beta-mt", "gamma-mt")]),
])
def test_knockout_reasons_name_the_must_have_and_the_value(store, language, must_haves, expected):
    # "NLP" is broader than both machine translation and text generation: every offering is on topic
    ranking = rank(store, language=language, must_haves=must_haves, capabilities=["NLP"])
    assert [(e.offering_id, e.reasons, e.reason_codes) for e in ranking.excluded] == expected
    assert {s.offering_id for s in ranking.ranked} | {e.offering_id for e in ranking.excluded} == \
        {o["id"] for o in OFFERINGS}


def test_offering_kinds_are_a_knockout(store):
    ranking = rank(store, offering_kinds=["model_api"])
    assert [s.offering_id for s in ranking.ranked] == ["alpha-llm"]
    assert ranking.excluded[0].reasons == ["kind of offering not wanted: translation"]


def test_unknown_values_warn_instead_of_excluding_when_the_profile_says_so(store):
    ranking = rank(store, must_haves={"languages": ["fr"]}, unknown_policy="warn", capabilities=["NLP"])
    assert [e.offering_id for e in ranking.excluded] == ["beta-mt"]
    llm = next(s for s in ranking.ranked if s.offering_id == "alpha-llm")
    assert llm.warnings == ["to verify with the vendor: supported languages not recorded (required: fr)",
                            "price not recorded: scored 0 on price"]
    assert [v.to_json() for v in llm.to_verify] == [
        {"must_have": "languages", "reason": "supported languages not recorded (required: fr)",
         "question": "Which languages does the service support? The need requires: fr."}]


def test_price_unknown_can_exclude(store):
    ranking = rank(store, price={"method": "classic", "if_unknown": "exclude"}, capabilities=["NLP"])
    assert [(e.offering_id, e.reasons) for e in ranking.excluded] == [
        ("alpha-llm", ["no comparable price recorded (unit price (per token, EUR))"])]


def test_price_of_another_pricing_model_is_not_comparable(store):
    ranking = rank(store, price={"pricing_model": "per_hour"}, weights={"price": 1})
    assert [s.score for s in ranking.ranked] == [0.0] * 3
    assert ranking.price_key is None
    assert ranking.warnings == [
        "fewer than two offers have a comparable price: the price criterion cannot tell offers apart",
        "3 candidates have a price in another unit or currency than the one compared (unit price, per hour): they are not compared "
        "and score 0 on price"]
    assert ranking.ranked[0].warnings == ["price in another unit or currency than the one compared: scored 0 on price"]


def test_sensitivity_reports_how_far_each_weight_can_move(store):
    sensitivity = rank(store).sensitivity.to_json()
    assert sensitivity == {
        "leader": "alpha-mt", "margin": 21.5,
        "weights": [
            {"criterion": "capability_fit", "weight": 40.0, "decrease_by": None, "increase_by": None,
             "first_if_decreased": None, "first_if_increased": None},
            {"criterion": "price", "weight": 20.0, "decrease_by": None, "increase_by": 43.0,
             "first_if_decreased": None, "first_if_increased": "gamma-mt"},
            {"criterion": "sovereignty", "weight": 15.0, "decrease_by": None, "increase_by": None,
             "first_if_decreased": None, "first_if_increased": None},
            {"criterion": "openness", "weight": 5.0, "decrease_by": None, "increase_by": None,
             "first_if_decreased": None, "first_if_increased": None},
            {"criterion": "frugality", "weight": 5.0, "decrease_by": None, "increase_by": None,
             "first_if_decreased": None, "first_if_increased": None},
            {"criterion": "sme", "weight": 10.0, "decrease_by": None, "increase_by": None,
             "first_if_decreased": None, "first_if_increased": None},
            {"criterion": "purchasing_route", "weight": 5.0, "decrease_by": None, "increase_by": 23.25,
             "first_if_decreased": None, "first_if_increased": "beta-mt"},
        ],
        "top": [{"offering_id": "alpha-mt", "score": 83.0, "behind_leader": 0.0},
                {"offering_id": "gamma-mt", "score": 61.5, "behind_leader": 21.5},
                {"offering_id": "beta-mt", "score": 59.75, "behind_leader": 23.25}]}


def test_sensitivity_threshold_really_changes_first_place(store):
    base = {"capability_fit": 40, "price": 20, "sovereignty": 15, "openness": 5, "frugality": 5, "sme": 10,
            "purchasing_route": 5}
    assert rank(store, weights={**base, "price": 62.9}).ranked[0].offering_id == "alpha-mt"
    assert rank(store, weights={**base, "price": 63.1}).ranked[0].offering_id == "gamma-mt"


def test_decrease_limit_within_the_weight():
    store = make_store(organisations=[org("a", "A", size_class="small"), org("b", "B", "US")],
                       offerings=[offering("a1", "a", "A1", caps=["machine-translation"]),
                                  offering("b1", "b", "B1", caps=["machine-translation", "nlp"])])
    sensitivity = rank_offerings(store, buyer_profile(capabilities=["translation"], weights={"capability_fit": 50,
                                                                                      "sme": 50}),
                                 taxonomy=TAX).sensitivity
    # a1: fit 1, sme 0.8 -> 90; b1: fit 1, sme 0 -> 50. Lowering sme by 50 points would tie them.
    sme = next(w for w in sensitivity.weights if w.criterion == "sme")
    assert (sensitivity.leader, sme.decrease_by, sme.first_if_decreased) == ("a1", 50.0, "b1")


def test_to_json_limits_ranked_but_keeps_every_exclusion(store):
    data = rank(store, must_haves={"hosting_countries": ["EU"]}).to_json(top=1)
    assert [r["offering_id"] for r in data["ranked"]] == ["alpha-mt"]
    assert [e["offering_id"] for e in data["excluded"]] == ["beta-mt", "gamma-mt"]
    assert data["counts"] == {"offerings": 4, "ranked": 1, "excluded": 2, "off_topic": 1}
    assert set(data) == {"profile", "language", "weights", "counts", "price_compared", "ranked", "excluded",
                         "off_topic", "warnings", "sensitivity"}
    assert [(e["offering_id"], e["organisation_id"]) for e in data["excluded"] + data["off_topic"]] == [
        ("beta-mt", "beta"), ("gamma-mt", "gamma"), ("alpha-llm", "alpha")]
    assert data["ranked"][0]["to_verify"] == []


def test_no_candidate_left(store):
    ranking = rank(store, must_haves={"provider_hq": ["NO"]})
    assert (len(ranking.ranked), len(ranking.excluded), len(ranking.off_topic), ranking.sensitivity) == (0, 3, 1, None)
    assert ranking.to_json()["ranked"] == []


def test_unknown_capability_word_names_the_field(store):
    with pytest.raises(ValidationError) as info:
        rank(store, capabilities=["translation", "blockchain"])
    assert [(p.field, p.message) for p in info.value.problems] == [
        ("capabilities[1]", "'blockchain' matches no capability of the taxonomy")]


@pytest.mark.parametrize("word, concepts", [
    ("Traduction", [("machine-translation", 1.0)]),
    ("TRADUCTION AUTOMATIQUE", [("machine-translation", 1.0)]),
    ("tradution automatique", [("machine-translation", 0.9767)]),
    ("génération de texte", [("text-generation", 1.0)]),
    ("generation de texte", [("text-generation", 1.0)]),
    ("rédaction", [("text-generation", 1.0)]),
    ("asr", [("speech-to-text", 1.0)]),
])
def test_capability_words_resolve_accent_and_case_insensitively(word, concepts):
    assert list(resolve_capabilities([word], TAX, source="t")[0].matches) == concepts


def test_short_words_must_match_exactly():
    with pytest.raises(ValidationError):
        resolve_capabilities(["ia"], TAX, source="t")


FACT_CASES = [
    # (organisation overrides, offering overrides, criterion, expected score)
    ({"hq_country": "FR", "eu_controlled": True}, {"hosting_countries": ["FR"]}, sovereignty, 0.8),
    ({"hq_country": "FR", "contracting_country": "US"}, {}, sovereignty, 0.1),
    ({"hq_country": "NO"}, {"hosting_countries": ["NO"]}, sovereignty, 0.15),
    ({"hq_country": "US", "eu_controlled": False}, {"hosting_countries": ["US", "FR"]}, sovereignty, 0.1),
    ({"hq_country": "US"}, {"certifications": [{"name": "SecNumCloud", "status": "in_qualification"}]},
     sovereignty, 0.1),
    ({"hq_country": "US"}, {"certifications": [{"name": "HDS", "status": "qualified"}]}, sovereignty, 0.1),
    ({"hq_country": "US"}, {"certifications": [{"name": "HDS", "status": "claimed"}]}, sovereignty, 0.0),
    ({}, {"open_weights": True, "licence": "MIT"}, openness, 1.0),
    ({}, {"open_weights": True, "licence": "proprietary"}, openness, 0.7),
    ({}, {"open_weights": None}, openness, 0.0),
    ({}, {"model_params_b": 0.5}, frugality, 0.75),
    ({}, {"model_params_b": 8}, frugality, 0.6),
    ({}, {"model_params_b": 8.5}, frugality, 0.525),
    ({}, {"model_params_b": 141, "active_params_b": 39}, frugality, 0.3),
    ({}, {"model_params_b": 1000, "frugal_practices": {"afnor_spec_2314": True, "note": None}}, frugality, 0.25),
    ({}, {}, frugality, 0.0),
    ({"size_class": "micro"}, {}, sme, 0.8),
    ({"size_class": "medium", "startup": True}, {}, sme, 1.0),
    ({"size_class": "midcap"}, {}, sme, 0.3),
    ({"size_class": "large", "startup": True}, {}, sme, 0.2),
    ({"size_class": None}, {}, sme, 0.0),
]


@pytest.mark.parametrize("org_kw, offering_kw, criterion, expected", FACT_CASES)
def test_criterion_table(org_kw, offering_kw, criterion, expected):
    organisation = org("o", "O", **{"hq_country": "FR", **org_kw})
    record = {**offering("x", "o", "X"), **offering_kw}
    assert criterion(facts_of(record, organisation, ())) == pytest.approx(expected)


@pytest.mark.parametrize("routes, expected", [((), 0.0), ((("Shop", False),), 0.3),
                                              ((("Shop", False), ("UGAP", True)), 1.0)])
def test_purchasing_route_table(routes, expected):
    assert purchasing_route(facts_of(offering("x", "o", "X"), org("o", "O"), routes)) == expected


def test_loop_baseline_gives_identical_results(store):
    for kw in ({}, {"must_haves": {"hosting_countries": ["EU"]}}, {"price": {"method": "average"}},
               {"price": {"method": "linear"}, "must_haves": {"languages": ["en"]}}):
        ranking = rank(store, **kw)
        loop = rank_offerings_loop(store, buyer_profile(**kw), taxonomy=TAX)
        assert loop.ranked == [(s.offering_id, s.score) for s in ranking.ranked]
        assert loop.excluded == [e.offering_id for e in ranking.excluded]
        assert loop.off_topic == [o.offering_id for o in ranking.off_topic]


def test_catalog_columns_follow_catalog_changes(store):
    assert rank(store).ranked[0].offering_id == "alpha-mt"
    changed = {**OFFERINGS[2], "pricing": price(0.5)}
    store.put("offering", validate_record("offering", changed)[0], origin="user")
    assert [s.offering_id for s in rank(store).ranked][:2] == ["alpha-mt", "gamma-mt"]
    assert rank(store).ranked[0].breakdown[1].explanation == (
        "Classic method: lowest price 0.5 € ÷ this price 10 €. Prices compared: per token, EUR.")


def test_criteria_order_is_the_contract():
    assert CRITERIA == ("capability_fit", "price", "sovereignty", "openness", "frugality", "sme",
                        "purchasing_route")


def test_records_without_sources_still_rank():
    store = make_store(organisations=[{**org("a", "A"), "sources": []}],
                       offerings=[{**offering("a1", "a", "A1", caps=["nlp"]), "sources": SRC}])
    assert [s.offering_id for s in rank_offerings(store, buyer_profile(capabilities=["NLP"]), taxonomy=TAX).ranked] == ["a1"]


def test_the_prices_compared_are_those_of_the_offerings_that_pass_the_must_haves():
    # two US offers priced in dollars outnumber the European ones priced in euros, but the buyer excludes
    # them: the euros are compared, not the dollars of offers nobody will consult
    def usd(amount):
        return {"model": "per_token", "amount": amount, "currency": "USD", "unit": "million_tokens",
                "seen_on": "2026-12-01", "source": "https://example.org/prices"}

    def eur(amount):
        return {**usd(amount), "currency": "EUR"}

    s = make_store(
        organisations=[org("eu-a", "EU A", "FR"), org("eu-b", "EU B", "DE"), org("us-c", "US C", "US")],
        offerings=[offering("a-mt", "eu-a", "A MT", kind="translation", caps=["machine-translation"], pricing=eur(2)),
                   offering("b-mt", "eu-b", "B MT", kind="translation", caps=["machine-translation"], pricing=eur(4)),
                   offering("c-mt", "us-c", "C MT", kind="translation", caps=["machine-translation"], pricing=usd(1)),
                   offering("d-mt", "us-c", "D MT", kind="translation", caps=["machine-translation"], pricing=usd(3)),
                   offering("e-mt", "us-c", "E MT", kind="translation", caps=["machine-translation"], pricing=usd(5))])
    with s:
        profile = buyer_profile(must_haves={"provider_hq": ["EU"]})
        ranking = rank_offerings(s, profile, taxonomy=TAX)
        loop = rank_offerings_loop(s, profile, taxonomy=TAX)
        assert ranking.price_key == "per_token/million_tokens/EUR"
        assert [(r.offering_id, round(r.breakdown[1].score, 4)) for r in ranking.ranked] == [("a-mt", 1.0),
                                                                                            ("b-mt", 0.5)]
        assert [e.offering_id for e in ranking.excluded] == ["c-mt", "d-mt", "e-mt"]
        assert [(i, round(score, 6)) for i, score in loop.ranked] == [(r.offering_id, round(r.score, 6))
                                                                      for r in ranking.ranked]
        # with a price ceiling the knock-outs read the prices, so the key is chosen before them, as before
        ceiling = buyer_profile(must_haves={"provider_hq": ["EU"], "max_price_eur": 10})
        assert rank_offerings(s, ceiling, taxonomy=TAX).price_key == "per_token/million_tokens/USD"
