"""Quota candidates from the ranking's facts equal those built row by row from the records.

The old path (kept here as the reference) read every row of ``ranking.ranked`` — explanations and
one record query per row; :func:`candidates_from_ranking` reads the prepared facts and bulk-reads
records for the best-ranked window only; :func:`attach_records` completes the others.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import catalog.quotas._candidates as shortlist_opt
from benchmarks.synth import build_catalog
from catalog.buyer import load_buyer_profile, parse_buyer_profile, rank_offerings
from catalog.errors import RecordNotFound
from catalog.quotas import attach_records, build_shortlist, candidate_from_records, candidates_from_ranking
from catalog.records import CatalogStore, load_shipped, sync_shipped

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = sorted((ROOT / "resources" / "examples").glob("buyer-*.json"))
MINI_PROFILE = {"schema": "vivier.buyer-profile/1", "name": "Text", "capabilities": ["text generation", "translation"],
                "shortlist_size": 2, "unknown_policy": "warn",
                "quota_rules": [{"label": "A start-up", "mode": "required", "predicate": {"startup": True},
                                 "bound": {"min_count": 1}}]}


def per_row_candidates(ranking, store):
    """The former implementation: every row of the ranking, its records read one by one."""
    organisations = {r["id"]: r for r in store.records("organisation")}
    marketplaces = {r["id"]: r for r in store.records("marketplace")}
    listed: dict[str, list[str]] = {}
    for listing in store.records("listing"):
        listed.setdefault(listing["offering_id"], []).append(listing["marketplace_id"])
    out = []
    for scored in ranking.ranked:
        organisation = organisations.get(scored.organisation_id) or {"id": scored.organisation_id}
        out.append(candidate_from_records(scored.offering_record, organisation, scored.score,
                                          marketplaces=marketplaces, listed_on=listed.get(scored.offering_id, ())))
    return out


def fields(c):
    """Every field of a candidate, records and the exact type of the amount included."""
    return (c.offering_id, c.organisation_id, c.score, c.estimated_amount, type(c.estimated_amount), c.size_class,
            c.startup, c.hq_country, c.eu_controlled, c.open_weights, c.listed_on, c.public_route, c.offering,
            c.organisation)


def check_same(store, profile, window: int) -> list:
    fast = candidates_from_ranking(rank_offerings(store, profile, explain_top=0), store)
    old = per_row_candidates(rank_offerings(store, profile), store)
    assert len(fast) == len(old)
    assert fast == old   # every compared field, in the same order
    head = min(window, len(old))
    assert [fields(c) for c in fast[:head]] == [fields(c) for c in old[:head]]
    assert all(c.offering is None and c.organisation is None for c in fast[head:])
    assert [fields(c) for c in attach_records(fast, store)] == [fields(c) for c in old]
    return fast


@pytest.fixture(scope="module")
def shipped_store():
    store = CatalogStore.memory()
    sync_shipped(store, load_shipped())
    yield store
    store.close()


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory):
    catalog = build_catalog(2_000, seed=11, cache_dir=tmp_path_factory.mktemp("synth"))
    store = CatalogStore.open(catalog.db_path)
    yield store
    store.close()


@pytest.mark.parametrize("window", [shortlist_opt.RECORDS_WINDOW, 1, 0])
def test_mini_catalog(mini_store, monkeypatch, window):
    monkeypatch.setattr(shortlist_opt, "RECORDS_WINDOW", window)
    fast = check_same(mini_store, parse_buyer_profile(MINI_PROFILE, source="test"), window)
    assert len(fast) == 2


@pytest.mark.parametrize("window", [shortlist_opt.RECORDS_WINDOW, 5])
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_shipped_catalog(shipped_store, monkeypatch, example, window):
    monkeypatch.setattr(shortlist_opt, "RECORDS_WINDOW", window)
    check_same(shipped_store, load_buyer_profile(example), window)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_synthetic_catalog_of_2000(synthetic_store, monkeypatch, example):
    monkeypatch.setattr(shortlist_opt, "RECORDS_WINDOW", 100)
    check_same(synthetic_store, load_buyer_profile(example), 100)


def test_scored_facts_follow_the_rows(shipped_store):
    profile = load_buyer_profile(EXAMPLES[0])
    ranking = rank_offerings(shipped_store, profile, explain_top=0)
    pairs = ranking.scored_facts()
    assert [(f.id, f.organisation_id, s) for f, s in pairs] == \
        [(r.offering_id, r.organisation_id, r.score) for r in ranking.ranked]


def test_chosen_items_carry_records_beyond_the_window(shipped_store, monkeypatch):
    # window 0: no candidate has records, the shortlist's items get them from attach_records
    monkeypatch.setattr(shortlist_opt, "RECORDS_WINDOW", 0)
    profile = load_buyer_profile(EXAMPLES[0])
    candidates = candidates_from_ranking(rank_offerings(shipped_store, profile, explain_top=0), shipped_store)
    result = build_shortlist(candidates, profile.quota_rules, size=profile.shortlist_size,
                             max_per_organisation=profile.max_per_organisation)
    assert result.items and all(c.offering is None for c in result.items)
    items = attach_records(result.items, shipped_store)
    assert [c.offering_id for c in items] == [c.offering_id for c in result.items]
    assert [(c.offering, c.organisation) for c in items] == \
        [(shipped_store.get(c.offering_id)[1], shipped_store.get(c.organisation_id)[1]) for c in items]
    assert attach_records(items, shipped_store) == items


def test_attach_records_names_an_offering_gone_from_the_catalog(mini_store):
    profile = parse_buyer_profile(MINI_PROFILE, source="test")
    first = candidates_from_ranking(rank_offerings(mini_store, profile, explain_top=0), mini_store)[0]
    gone = shortlist_opt.replace(first, offering_id="no-such-offering", offering=None, organisation=None)
    with pytest.raises(RecordNotFound) as caught:
        attach_records([gone], mini_store)
    assert "no-such-offering" in str(caught.value)


def test_get_many_reads_in_chunks(synthetic_store):
    ids = [r["id"] for r in synthetic_store.records()]
    wanted = ids + ["no-such-record"] + ids[:3]
    assert len(ids) > 2 * 900   # several chunks
    assert synthetic_store.get_many(wanted) == {i: synthetic_store.get(i) for i in ids}
    assert synthetic_store.get_many([]) == {}


def test_cli_shortlist_items_carry_records(data_dir, monkeypatch):
    # a 0 window in a child process is not possible: check the printed records against the catalog
    out = subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(data_dir), "shortlist",
                          str(EXAMPLES[0]), "--json"], capture_output=True, text=True, cwd=ROOT, check=False)
    assert out.returncode == 0, out.stderr
    shortlist = json.loads(out.stdout)["shortlist"]
    assert shortlist
    with CatalogStore.open(Path(data_dir) / "catalog.db") as store:
        assert [(i["offering"], i["organisation"]) for i in shortlist] == \
            [(store.get(i["offering_id"])[1], store.get(i["organisation_id"])[1]) for i in shortlist]
