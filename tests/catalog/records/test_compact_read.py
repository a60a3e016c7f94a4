"""Reading only the needed fields (CatalogStore.fields) gives exactly what decoding whole records gave.

The catalogue list and the ranking columns used to decode every record's JSON; they now read a few
fields through SQLite. These tests hold the new readers to references built from the decoded records,
on the hand-built mini catalog and on the shipped one.
"""

from __future__ import annotations

import pytest

from catalog.buyer import facts_of, load_facts
from catalog.records import (
    CatalogBrowser,
    CatalogStore,
    browse_job,
    load_shipped,
    prepare_browse,
    shipped_taxonomy,
    sync_shipped,
)
from catalog.text.folding import fold_words


@pytest.fixture(scope="module")
def shipped_store():
    store = CatalogStore.memory()
    sync_shipped(store, load_shipped())
    yield store
    store.close()


def test_fields_reads_values_lengths_and_absent_paths(mini_store):
    record = mini_store.get("mistral-large")[1]
    by_id = {values[0]: values[1:] for values in mini_store.fields(
        "offering", ["id", "name", "capabilities", "pricing.model", "no_such_field", "#sources", "#no_such_list",
                     "open_weights", "certifications"])}
    assert by_id["mistral-large"] == [record["name"], record["capabilities"], (record.get("pricing") or {}).get("model"),
                                      None, len(record["sources"]), 0, record["open_weights"],
                                      record["certifications"]]
    assert list(by_id) == sorted(r["id"] for r in mini_store.records("offering"))


@pytest.mark.parametrize("name", ["name'); DROP TABLE records; --", "a..b", "", "#", "Name", "a[0]"])
def test_fields_refuses_names_that_are_not_plain_paths(mini_store, name):
    with pytest.raises(ValueError, match="unusable field name"):
        list(mini_store.fields("offering", ["id", name]))


def _reference_facts(store):
    """The ranking facts as they were built before: every record decoded, then :func:`facts_of`."""
    organisations = {o["id"]: o for o in store.records("organisation")}
    marketplaces = {m["id"]: m for m in store.records("marketplace")}
    routes: dict[str, list] = {}
    for listing in store.records("listing"):
        market = marketplaces.get(listing["marketplace_id"])
        if market is not None:
            routes.setdefault(listing["offering_id"], []).append((market["name"], bool(market["public_route"])))
    return [facts_of(o, organisations.get(o["organisation_id"]), tuple(sorted(routes.get(o["id"], ()))))
            for o in store.records("offering")]


@pytest.mark.parametrize("which", ["mini", "shipped"])
def test_load_facts_equals_facts_of_decoded_records(which, mini_store, shipped_store):
    store = mini_store if which == "mini" else shipped_store
    reference = _reference_facts(store)
    facts = load_facts(store)
    assert len(facts) == store.count("offering") > 0
    assert facts == reference
    # equal tuples are one object: what keeps 100,000 offerings' facts small
    by_value = {}
    for f in facts:
        assert by_value.setdefault(f.hosting, f.hosting) is f.hosting


def _reference_row(record: dict, kind: str, store: CatalogStore) -> tuple:
    """What the catalogue shows and filters on for one decoded record (without its search key)."""
    def org(oid):
        found = store.find(oid)
        return found[1] if found else {}

    marketplaces = {m["id"]: m["name"] for m in store.records("marketplace")}
    listings = list(store.records("listing"))
    listed_on = {marketplaces.get(li["marketplace_id"], li["marketplace_id"])
                 for li in listings if li["offering_id"] == record["id"]}
    if kind == "organisation":
        offerings = {o["id"] for o in store.records("offering") if o["organisation_id"] == record["id"]}
        routes = {marketplaces.get(li["marketplace_id"], li["marketplace_id"])
                  for li in listings if li["offering_id"] in offerings}
        return (record["name"], "", {record["hq_country"]}, record.get("size_class"), set(), set(), None, routes)
    if kind == "offering":
        owner = org(record["organisation_id"])
        return (record["name"], owner.get("name", record["organisation_id"]), {owner.get("hq_country")} - {None},
                owner.get("size_class"), set(record["deployment_modes"]),
                {c["name"] for c in record["certifications"]}, record["open_weights"], listed_on)
    if kind == "marketplace":
        return (record["name"], record.get("operator") or "", {record["country"]}, None, set(), set(), None,
                {record["name"]})
    if kind == "listing":
        market = marketplaces.get(record["marketplace_id"], record["marketplace_id"])
        return (f"{record['offering_id']} @ {market}", "", set(), None, set(), set(), None,
                {marketplaces.get(record["marketplace_id"], "")})
    return (record["name"], record.get("operator") or "", set(record["countries"]), None, set(), set(), None, set())


@pytest.mark.parametrize("which", ["mini", "shipped"])
def test_browse_rows_equal_the_decoded_records(which, mini_store, shipped_store):
    store = mini_store if which == "mini" else shipped_store
    data = prepare_browse(store, shipped_taxonomy())
    assert data.version == store.changes
    assert len(data.rows) == store.count()
    for row in data.rows:
        kind, record = store.get(row.id)
        assert row.kind == kind
        assert (row.name, row.organisation, set(row.countries), row.size_class, set(row.deployments),
                set(row.certifications), row.open_weights, set(row.marketplaces)) == _reference_row(record, kind, store)
        assert (row.verified_on, row.unverified, row.sources) == (
            record.get("verified_on"), len(record.get("unverified") or ()), len(record.get("sources") or ()))
        assert row.folded_name == fold_words(row.name)
        for word in fold_words(" ".join([row.name, *(record.get("aliases") or ())])).split():
            assert f" {word} " in row.key


def test_browse_job_on_its_own_connection_equals_a_refresh(mini_store):
    job = browse_job(mini_store.path, shipped_taxonomy())
    step = next(job)
    assert (step.done, step.total, step.message) == (0, None, "reading the catalog")
    with pytest.raises(StopIteration) as done:
        next(job)
    lazy = CatalogBrowser(mini_store, load=False)
    assert (lazy.loaded, lazy.rows, lazy.filter("mistral").rows) == (False, [], [])
    lazy.adopt(done.value.value)
    loaded = CatalogBrowser(mini_store)
    assert lazy.loaded and loaded.loaded
    assert lazy.rows == loaded.rows
    assert [r.id for r in lazy.filter("mistral").rows] == [r.id for r in loaded.filter("mistral").rows] != []
    assert lazy.refresh() is False  # the job read the current version


def test_in_memory_catalog_job_reads_in_the_calling_thread(shipped_store):
    browser = CatalogBrowser(shipped_store, load=False)
    job = browser.load_job()
    next(job)
    with pytest.raises(StopIteration) as done:
        next(job)
    browser.adopt(done.value.value)
    assert browser.rows == CatalogBrowser(shipped_store).rows


def test_columns_follow_the_catalog_file_across_connections(tmp_path, mini_store):
    from catalog.buyer import columns_for
    from catalog.records import save_record

    first = columns_for(mini_store)
    with CatalogStore.open(mini_store.path) as other:
        assert columns_for(other) is first  # a ranking job's own connection reuses them
        record = dict(other.get("deepl-pro")[1], name="DeepL Pro Max")
        save_record(other, "offering", record, replaces="deepl-pro")
        rebuilt = columns_for(other)
    assert rebuilt is not first
    assert [f.name for f in rebuilt.facts if f.id == "deepl-pro"] == ["DeepL Pro Max"]
    assert columns_for(mini_store) is rebuilt  # the write through the other connection is seen here
