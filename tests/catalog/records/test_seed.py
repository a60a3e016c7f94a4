import gzip

import pytest

from catalog.errors import FileFormatError
from catalog.records import CatalogStore, load_shipped, sync_shipped
from tests.support.catalogs import write_catalog


def test_first_load_adds_everything(tmp_path, mini_content):
    store = CatalogStore.open(tmp_path / "catalog.db")
    report = sync_shipped(store, load_shipped(write_catalog(tmp_path / "v1", mini_content)))
    assert sorted(report.added) == sorted(
        r["id"] for records in mini_content.values() for r in records)
    assert store.meta("shipped_version") == "2026.1"
    assert sync_shipped(store, load_shipped(tmp_path / "v1")).changed is False


def test_newer_shipped_catalog_keeps_user_records_and_edits(tmp_path, mini_content):
    store = CatalogStore.open(tmp_path / "catalog.db")
    sync_shipped(store, load_shipped(write_catalog(tmp_path / "v1", mini_content)))

    # the user edits a shipped record and adds one of their own
    kind, deepl = store.get("deepl")
    store.put(kind, {**deepl, "hq_city": "Cologne (edited)"}, origin="shipped",
              shipped_hash=store.info("deepl")["shipped_hash"], user_edited=True)
    _, mine_base = store.get("reseau-ia")
    store.put("organisation", {**mine_base, "id": "my-own-vendor", "name": "My own vendor"}, origin="user")

    # v2 changes Mistral and DeepL, removes the Réseau IA organisation, adds a new one
    v2 = mini_content
    v2["organisations"][0]["hq_city"] = "Paris 2e"
    v2["organisations"][1]["founded"] = 2017
    v2["organisations"] = [o for o in v2["organisations"] if o["id"] != "reseau-ia"]
    v2["organisations"].append({**mini_content["organisations"][0], "id": "kyutai", "name": "Kyutai"})
    report = sync_shipped(store, load_shipped(write_catalog(tmp_path / "v2", v2, version="2026.2")))

    assert (report.added, report.updated, report.removed, report.kept_user_edits) == (
        ["kyutai"], ["mistral-ai"], ["reseau-ia"], ["deepl"])
    assert store.get("mistral-ai")[1]["hq_city"] == "Paris 2e"
    assert store.get("deepl")[1]["hq_city"] == "Cologne (edited)"
    assert store.get("deepl")[1]["founded"] is None
    assert store.get("my-own-vendor")[1]["name"] == "My own vendor"
    assert store.find("reseau-ia") is None
    assert store.meta("shipped_version") == "2026.2"


def test_shipped_record_taking_a_user_id_is_reported_not_applied(tmp_path, mini_content):
    store = CatalogStore.open(tmp_path / "catalog.db")
    base = mini_content["organisations"][0]
    store.put("organisation", {**base, "id": "kyutai", "name": "Kyutai (mine)"}, origin="user")
    mini_content["organisations"].append({**base, "id": "kyutai", "name": "Kyutai"})
    report = sync_shipped(store, load_shipped(write_catalog(tmp_path / "v1", mini_content)))
    assert report.id_conflicts == ["kyutai"]
    assert store.get("kyutai")[1]["name"] == "Kyutai (mine)"


def test_the_frozen_builds_compressed_record_files_load_the_same(tmp_path, mini_content):
    # build.spec bundles <kind>.json.gz instead of <kind>.json; the shipped catalog reads either
    plain = write_catalog(tmp_path / "plain", mini_content)
    packed = write_catalog(tmp_path / "packed", mini_content)
    for path in packed.glob("*.json"):
        if path.name != "catalog.json":
            path.with_name(path.name + ".gz").write_bytes(gzip.compress(path.read_bytes()))
            path.unlink()
    assert load_shipped(packed).records == load_shipped(plain).records
    (packed / "offerings.json.gz").write_bytes(b"not gzip")
    with pytest.raises(FileFormatError, match="offerings.json.gz: not a readable gzip file"):
        load_shipped(packed)
