"""The shipped catalog: valid, sourced, consistent with its taxonomy."""

from catalog.paths import resource_path
from catalog.records import CatalogStore, check_catalog, load_shipped, shipped_taxonomy, sync_shipped


def test_every_shipped_record_is_valid_and_has_a_source_and_a_date():
    shipped = load_shipped()
    records = [r for kind in shipped.records.values() for r in kind]
    assert {kind: len(rs) for kind, rs in shipped.records.items()} == {
        "organisation": 46, "offering": 79, "marketplace": 15, "listing": 3, "programme": 59}
    assert [r["id"] for r in records if not r["sources"] or not r["verified_on"]] == []


def test_ids_are_unique_across_kinds():
    shipped = load_shipped()
    ids = [r["id"] for kind in shipped.records.values() for r in kind]
    assert len(ids) == len(set(ids))


def test_shipped_catalog_passes_the_check_with_no_hard_error(tmp_path):
    store = CatalogStore.open(tmp_path / "catalog.db")
    sync_shipped(store)
    report = check_catalog(store)
    assert (report.without_source, report.dangling, report.unknown_terms) == ([], [], [])
    store.close()


def test_taxonomy_concepts_are_bilingual():
    taxonomy = shipped_taxonomy()
    assert (len(taxonomy.capabilities), len(taxonomy.sectors)) == (57, 19)
    for concept in [*taxonomy.capabilities.values(), *taxonomy.sectors.values()]:
        assert concept.label_fr.strip() and concept.label_en.strip(), concept.id
        assert concept.broader is None or concept.broader in taxonomy.capabilities, concept.id
    assert resource_path("taxonomy.json").exists()


def _search(query, **kw):
    from catalog.records import search

    store = CatalogStore.memory()
    sync_shipped(store)
    return [h.id for h in search(store, query, **kw)]


def test_search_on_the_shipped_catalog_tolerates_typos_accents_and_languages():
    assert _search("mistrall")[0] == "mistral-ai"
    assert _search("agrifood tef")[0] == "agrifoodtef"
    assert "edih-network" in _search("reseau")[:5]          # "réseau" in its French description
    assert {"deepl-api", "deepl-translator"} <= set(_search("traduction")[:5])
    assert "speechmatics-asr" in _search("reconnaissance vocale")[:5]
    assert _search("bac a sable", kind="programme")[:2] == ["france-ai-act-sandbox", "cnil-bac-a-sable"]
