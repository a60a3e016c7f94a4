"""Invariants of the ranking, checked on random catalogs and profiles (hypothesis).

The vectorised engine and the plain per-offering loop must give identical scores and order; scores
stay in [0, 100]; a must-have never adds candidates; improving an offering never lowers its score.
"""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.buyer import RankOrder, rank_offerings, rank_offerings_loop
from tests.support.catalogs import make_store, offering, org
from tests.support.matching import listing, market, match_taxonomy, price
from tests.support.profiles import buyer_profile

TAX = match_taxonomy()
CONCEPTS = ["nlp", "text-generation", "chat-assistant", "machine-translation", "speech-to-text"]
WORDS = ["translation", "LLM", "transcription", "rédaction", "chatbot", "NLP"]
COUNTRIES = ["FR", "DE", "US", "NO", "CH"]
PRICES = [None, 0.0, 1.0, 2.5, 10.0, 10.01, 100.0]

maybe_bool = st.sampled_from([None, True, False])


@st.composite
def organisations(draw, i):
    return org(f"org-{i}", f"Org {i}", draw(st.sampled_from(COUNTRIES)),
               size_class=draw(st.sampled_from([None, "micro", "small", "medium", "midcap", "large"])),
               startup=draw(maybe_bool), eu_controlled=draw(maybe_bool),
               contracting_country=draw(st.sampled_from([None, "US", "FR"])))


@st.composite
def offerings(draw, i, orgs):
    amount = draw(st.sampled_from(PRICES))
    certs = draw(st.lists(st.sampled_from(["qualified", "in_qualification", "claimed"]), max_size=1))
    return offering(
        f"off-{i:02d}", draw(st.sampled_from(orgs))["id"], f"Offer {i}",
        kind=draw(st.sampled_from(["model_api", "translation", "gpu_cloud"])),
        caps=draw(st.lists(st.sampled_from(CONCEPTS), min_size=1, max_size=3, unique=True)),
        hosting_countries=draw(st.lists(st.sampled_from(COUNTRIES), max_size=2, unique=True)),
        languages=draw(st.lists(st.sampled_from(["fr", "en", "de"]), max_size=2, unique=True)),
        deployment_modes=draw(st.lists(st.sampled_from(["saas", "on_premises"]), max_size=2, unique=True)),
        open_weights=draw(maybe_bool), licence=draw(st.sampled_from([None, "Apache-2.0", "proprietary"])),
        model_params_b=draw(st.sampled_from([None, 0.5, 7, 8, 70, 900])),
        pricing=None if amount is None else price(amount, draw(st.sampled_from(["per_token", "per_hour"]))),
        estimated_amount_eur=draw(st.sampled_from(PRICES)),
        certifications=[{"name": "SecNumCloud", "status": s, "scope": None} for s in certs],
    )


@st.composite
def catalogs(draw):
    orgs = [draw(organisations(i)) for i in range(draw(st.integers(1, 4)))]
    offers = [draw(offerings(i, orgs)) for i in range(draw(st.integers(1, 9)))]
    listed = draw(st.lists(st.sampled_from([o["id"] for o in offers]), unique=True, max_size=3))
    return {"organisations": orgs, "offerings": offers,
            "marketplaces": [market("ugap", "UGAP"), market("shop", "Shop", public=False)],
            "listings": [listing("ugap" if k % 2 == 0 else "shop", oid) for k, oid in enumerate(listed)]}


MUST_HAVES = st.fixed_dictionaries({}, optional={
    "hosting_countries": st.sampled_from([["EU"], ["FR"], ["EU", "EEA"]]),
    "deployment_modes": st.sampled_from([["on_premises"], ["saas", "on_premises"]]),
    "certifications": st.sampled_from([[{"name": "SecNumCloud", "status": "qualified"}],
                                       [{"name": "secnumcloud", "status": "claimed"}]]),
    "languages": st.sampled_from([["fr"], ["fr", "en"]]),
    "open_weights": st.just(True),
    "provider_hq": st.sampled_from([["EU"], ["EEA"], ["FR", "US"]]),
    "eu_control": st.just(True),
    "max_price_eur": st.sampled_from([0.0, 10.0, 50.0]),
})
PRICE = st.fixed_dictionaries({
    "method": st.sampled_from(["classic", "linear", "average"]),
    "basis": st.sampled_from(["unit_price", "estimated_amount"]),
    "pricing_model": st.sampled_from([None, "per_token"]),
    "if_unknown": st.sampled_from(["score_zero", "exclude"]),
})
WEIGHTS = st.dictionaries(st.sampled_from(["capability_fit", "price", "sovereignty", "openness", "frugality", "sme",
                                           "purchasing_route"]), st.integers(0, 10), min_size=1).filter(
    lambda w: any(w.values()))


POLICIES = st.dictionaries(st.sampled_from(["hosting_countries", "deployment_modes", "certifications", "languages",
                                           "open_weights", "eu_control", "max_price_eur"]),
                           st.sampled_from(["exclude", "verify"]))


@st.composite
def profiles(draw):
    """Format 1 profiles (one unknown-value switch) and format 2 (a policy per must-have, a minimum fit)."""
    profile = {"capabilities": draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3, unique=True)),
               "offering_kinds": draw(st.sampled_from([[], ["model_api", "translation"]])),
               "must_haves": draw(MUST_HAVES), "price": draw(PRICE), "weights": draw(WEIGHTS)}
    if draw(st.booleans()):
        return {**profile, "unknown_policy": draw(st.sampled_from(["fail", "warn"]))}
    return {**profile, "schema": "vivier.buyer-profile/2", "min_capability_fit": draw(st.sampled_from([0, 0.5, 1])),
            "must_haves": {**profile["must_haves"], "if_unknown": draw(POLICIES)}}


PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(catalogs(), profiles())
def test_engine_and_plain_loop_agree_exactly(content, raw_profile):
    store = make_store(**content)
    p = buyer_profile(**raw_profile)
    ranking = rank_offerings(store, p, taxonomy=TAX)
    loop = rank_offerings_loop(store, p, taxonomy=TAX)
    assert [(s.offering_id, s.score) for s in ranking.ranked] == loop.ranked
    assert [e.offering_id for e in ranking.excluded] == loop.excluded
    assert [o.offering_id for o in ranking.off_topic] == loop.off_topic
    for scored in ranking.ranked:
        assert 0.0 <= scored.score <= 100.0
        assert all(0.0 <= c.score <= 1.0 for c in scored.breakdown)
        assert abs(sum(c.weight * c.score for c in scored.breakdown) - scored.score) < 1e-9
    for exclusion in ranking.excluded:
        assert exclusion.reasons and len(exclusion.reasons) == len(exclusion.reason_codes)
    store.close()


@PROPERTY
@given(catalogs(), profiles(), MUST_HAVES)
def test_adding_a_must_have_never_adds_candidates(content, raw_profile, extra):
    store = make_store(**content)
    before = {s.offering_id for s in rank_offerings(store, buyer_profile(**raw_profile), taxonomy=TAX).ranked}
    stricter = {**raw_profile, "must_haves": {**extra, **raw_profile["must_haves"]}}
    after = {s.offering_id for s in rank_offerings(store, buyer_profile(**stricter), taxonomy=TAX).ranked}
    assert after <= before
    store.close()


def _improve(content, target: str, how: str):
    offers = {o["id"]: o for o in content["offerings"]}
    o = dict(offers[target])
    orgs = {g["id"]: g for g in content["organisations"]}
    g = dict(orgs[o["organisation_id"]])
    if how == "capability":
        o["capabilities"] = sorted(set(o["capabilities"]) | {"machine-translation", "text-generation"})
    elif how == "cheaper" and o.get("pricing") and o["pricing"]["amount_eur"]:
        o["pricing"] = {**o["pricing"], "amount_eur": o["pricing"]["amount_eur"] / 2}
    elif how == "control":
        g["eu_controlled"] = True
    elif how == "hosting":
        o["hosting_countries"] = ["FR"]
    elif how == "open":
        o["open_weights"], o["licence"] = True, "Apache-2.0"
    elif how == "smaller":
        o["model_params_b"] = 0.5
    elif how == "sme":
        g["size_class"], g["startup"] = "micro", True
    elif how == "certified":
        o["certifications"] = [{"name": "SecNumCloud", "status": "qualified", "scope": None}]
    offers[target], orgs[g["id"]] = o, g
    return {**content, "offerings": list(offers.values()), "organisations": list(orgs.values())}


@PROPERTY
@given(catalogs(), profiles(), st.data())
def test_improving_an_offering_never_lowers_its_score(content, raw_profile, data):
    raw_profile = {**raw_profile, "must_haves": {}, "offering_kinds": [],
                   "price": {**raw_profile["price"], "if_unknown": "score_zero", "basis": "unit_price"}}
    target = data.draw(st.sampled_from([o["id"] for o in content["offerings"]]))
    how = data.draw(st.sampled_from(["capability", "cheaper", "control", "hosting", "open", "smaller", "sme",
                                     "certified"]))
    p = buyer_profile(**raw_profile)

    def score(c):
        """The target's score; an off-topic offering is not ranked at all (below any score)."""
        store = make_store(**c)
        try:
            ranking = rank_offerings(store, p, taxonomy=TAX)
            found = [s.score for s in ranking.ranked if s.offering_id == target]
            assert found or target in {o.offering_id for o in ranking.off_topic}
            return found[0] if found else -1.0
        finally:
            store.close()

    assert score(_improve(content, target, how)) >= score(content) - 1e-9


@given(st.lists(st.sampled_from([0.0, 12.5, 40.0, 40.0000001, 99.0, 100.0]), min_size=1, max_size=40),
       st.integers(1, 45))
def test_partial_rank_order_matches_the_full_stable_sort(values, head):
    scores = np.array(values)
    expected = np.argsort(-scores, kind="stable").tolist()
    order = RankOrder(scores, head)
    assert [order[i] for i in range(len(values))] == expected


@PROPERTY
@given(catalogs(), profiles(), st.integers(0, 3))
def test_explaining_fewer_rows_changes_nothing(content, raw_profile, explain_top):
    store = make_store(**content)
    p = buyer_profile(**raw_profile)
    full = rank_offerings(store, p, taxonomy=TAX)
    lazy = rank_offerings(store, p, taxonomy=TAX, explain_top=explain_top)
    assert lazy.to_json() == full.to_json()
    store.close()
