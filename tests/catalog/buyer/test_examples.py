"""The example buyer profiles on the shipped catalog: what a buyer of each kind expects to read.

Each example is a real need (resources/examples/README.md). For each: offerings a buyer of the field expects
near the top, offerings that must be excluded and why, and the invariants every example keeps — a usable list
(or a sentence saying why it is short), nothing off topic in the first ten, and no offering passing a required
certification that its own record does not hold. A catalog change that breaks one of these needs fails here.
"""

from __future__ import annotations

import functools

import pytest

from catalog.buyer import buyer_pass, load_buyer_profile
from catalog.paths import resource_path
from catalog.session import open_catalog

#: the certification statuses, strongest first (a requirement names the weakest it accepts)
STRENGTH = ("qualified", "in_qualification", "claimed", "unverified")

#: example -> (offerings expected among the first ``top``, top, {excluded offering: a reason code it carries})
EXPECTATIONS = {
    # French assistant for civil servants: the State's own Albert and Mistral's Le Chat lead
    "buyer-sovereign-assistant": ({"albert-api", "le-chat"}, 3, {
        "corti-documentation-api": "hosting_countries:failed"}),
    # FR/DE/EN document translation kept in the EU: DeepL's API first, with its published per-character price
    "buyer-machine-translation": ({"deepl-api", "deepl-api-document-translation"}, 2, {
        "doctrine-platform": "languages:failed"}),
    # SecNumCloud GPU hosting: only services whose own record holds the qualification; the rest excluded
    "buyer-secnumcloud-gpu": ({"ovhcloud-snc-bare-metal-pod", "ovhcloud-snc-private-cloud"}, 2, {
        "cloud-temple-secure-temple": "certifications:failed",
        "s3ns-premi3ns": "certifications:not_verified",
        "nebius-ai-cloud": "certifications:not_verified"}),
    # AI Act inventory and model testing from an EU provider: French compliance and testing tools
    "buyer-ai-act-testing": ({"aiacto-platform", "giskard-oss"}, 2, {
        "holistic-ai-governance-platform": "provider_hq:failed"}),
    # a city council's sessions in French: European transcription services, not the US or UK ones
    "buyer-council-transcription": ({"gladia-audio-intelligence", "noota-transcription"}, 2, {
        "elevenlabs-speech-to-text": "provider_hq:failed",
        "kyutai-stt-2-6b-en": "languages:failed"}),
    # supplier invoices: document AI with invoice extraction, priced per page
    "buyer-invoice-document-ai": ({"mindee-api"}, 1, {
        "comarch-ocr": "languages:failed"}),
    # a ministry's legal department: the French legal-research platforms, never a medical or defence tool
    "buyer-legal-research": ({"doctrine-platform", "predictice-platform"}, 3, {
        "deepl-translator": "offering_kinds:failed"}),
    # an HDS-certified host in France for a hospital's data: the French hosts that state HDS for that very
    # service; Scaleway's GPU instances, whose HDS statement covers only storage, are excluded
    "buyer-health-data-platform": ({"ovhcloud-snc-private-cloud", "cloud-temple-secure-temple"}, 2, {
        "scaleway-gpu-instances": "certifications:failed",
        "evroc-cloud": "hosting_countries:failed"}),
    # an LLM API billed per token from a European provider: Mistral's and Scaleway's APIs, compared on price
    "buyer-llm-api": ({"mistral-small-api", "scaleway-genapi-mistral-small-3-1"}, 4, {
        "hf-inference-endpoints": "provider_hq:failed"}),
    # GPU hours in Europe from a European provider: the hourly list prices separate the offers
    "buyer-gpu-fine-tuning": ({"ut-lumi-access", "ut-hpc-gpu", "scaleway-gpu-clusters"}, 3, {
        "fluidstack-gpu-clusters": "provider_hq:failed",
        "genesis-cloud-gpu": "hosting_countries:failed"}),
}

#: the examples where the catalog records enough list prices for the price criterion to separate the offers
PRICED_EXAMPLES = ("buyer-llm-api", "buyer-gpu-fine-tuning")


@functools.lru_cache(maxsize=None)
def _pass(name):
    """The profile, its pipeline pass, and the records of the ranked rows (read while the catalog is open)."""
    store, _ = open_catalog()
    with store:
        profile = load_buyer_profile(resource_path("examples", f"{name}.json"))
        result = buyer_pass(store, profile, shown=500)   # every ranked row of the shipped catalog
        result.records = {s.offering_id: s.offering_record for s in result.ranked}
    return profile, result


def test_there_are_at_least_eight_buyer_examples_and_each_is_tested():
    names = sorted(p.stem for p in resource_path("examples").glob("buyer-*.json"))
    assert names == sorted(EXPECTATIONS) and len(names) >= 8


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_each_example_ranks_what_a_buyer_expects(name):
    expected_top, top, excluded = EXPECTATIONS[name]
    profile, result = _pass(name)
    ranked = [s.offering_id for s in result.ranked]
    assert expected_top <= set(ranked[:top]), ranked
    reasons = {e.offering_id: e.reason_codes for e in result.excluded}
    for offering_id, code in excluded.items():
        assert code in reasons.get(offering_id, []), (offering_id, reasons.get(offering_id))


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_each_example_gives_a_usable_list_or_says_why_not(name):
    profile, result = _pass(name)
    short = result.short()
    if result.shortlist.size >= profile.shortlist_size:
        assert short is None
    else:
        missing, reason = short
        assert missing == profile.shortlist_size - result.shortlist.size and reason
    assert result.shortlist.infeasible is None


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_nothing_off_topic_in_the_first_ten(name):
    profile, result = _pass(name)
    for scored in result.ranked[:10]:
        fit = next(b for b in scored.breakdown if b.criterion == "capability_fit")
        assert fit.score > 0, scored.offering_id
        assert not profile.offering_kinds or result.records[scored.offering_id]["kind"] in profile.offering_kinds


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_no_service_passes_a_certification_its_own_record_does_not_hold(name):
    profile, result = _pass(name)
    for need in profile.must_haves.certifications:
        accepted = STRENGTH[:STRENGTH.index(need.status) + 1]
        for scored in result.ranked:
            held = [c for c in result.records[scored.offering_id]["certifications"]
                    if c["name"].casefold().startswith(need.name.casefold()) and c["status"] in accepted]
            assert held, (scored.offering_id, need)


@pytest.mark.parametrize("name", PRICED_EXAMPLES)
def test_the_price_criterion_separates_offers_compared_like_with_like(name):
    profile, result = _pass(name)
    prices = {round(next(b.score for b in s.breakdown if b.criterion == "price"), 6) for s in result.ranked}
    assert len(prices - {0.0}) >= 2, prices
    model, unit, currency = result.price_key.split("/")
    assert (model, unit) == (profile.price.pricing_model or model, profile.price.unit or unit) and currency
