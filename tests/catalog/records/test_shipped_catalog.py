"""The shipped catalog: valid, sourced, consistent with its taxonomy."""

from catalog.paths import resource_path
from catalog.records import CatalogStore, check_catalog, load_shipped, shipped_taxonomy, sync_shipped

EU_MEMBER_STATES = {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
                    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"}


def test_every_shipped_record_is_valid_and_has_a_source_and_a_date():
    shipped = load_shipped()
    records = [r for kind in shipped.records.values() for r in kind]
    assert {kind: len(rs) for kind, rs in shipped.records.items()} == SHIPPED_COUNTS
    assert [r["id"] for r in records if not r["sources"] or not r["verified_on"]] == []


#: the counts of the 2026.12.1 catalog (the catalog issue's targets are checked below)
SHIPPED_COUNTS = {"organisation": 164, "offering": 302, "marketplace": 33, "listing": 82, "programme": 238}


def test_the_catalog_covers_the_market_a_french_buyer_faces():
    records = load_shipped().records
    programmes = records["programme"]
    by_kind = {kind: [p for p in programmes if p["kind"] == kind] for kind in {p["kind"] for p in programmes}}
    assert len(records["organisation"]) >= 150 and len(records["offering"]) >= 300
    assert len(records["listing"]) >= 60
    assert len(by_kind["edih"]) >= 120
    # the 19 AI Factories of the three waves, and the 13 Antennas, each its own record
    assert sorted(p.get("wave") for p in by_kind["ai_factory"] if p.get("wave")) == [1] * 7 + [2] * 6 + [3] * 6
    assert len([p for p in by_kind["ai_factory"] if p["id"].startswith("ai-factory-antenna-")]) == 13
    # one AI Act sandbox record per member state, each with a status as of the date it was checked
    national = [p for p in by_kind["regulatory_sandbox"] if p.get("is_ai_act_sandbox") and p["countries"] != ["EU"]]
    assert sorted(c for p in national for c in p["countries"]) == sorted(EU_MEMBER_STATES)
    # French organisations carry their SIREN where it was sourced, valid by the Luhn check
    sirens = [o["identifiers"]["siren"] for o in records["organisation"] if (o.get("identifiers") or {}).get("siren")]
    assert len(sirens) >= 20 and all(_luhn(s) for s in sirens)


def _luhn(number: str) -> bool:
    digits = [int(d) for d in reversed(number)]
    return len(number) == 9 and sum(d if i % 2 == 0 else (2 * d - 9 if d > 4 else 2 * d)
                                    for i, d in enumerate(digits)) % 10 == 0


def test_ids_are_unique_across_kinds():
    shipped = load_shipped()
    ids = [r["id"] for kind in shipped.records.values() for r in kind]
    assert len(ids) == len(set(ids))


def test_shipped_catalog_passes_the_check_with_no_hard_error(tmp_path):
    store = CatalogStore.open(tmp_path / "catalog.db")
    sync_shipped(store)
    report = check_catalog(store)
    assert (report.without_source, report.dangling, report.unknown_terms, report.refused_sources,
            report.open_past_deadline, report.hard_errors) == ([], [], [], [], [], 0)
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
    # "réseau européen des pôles d'innovation numérique" in its French description, typed without accents
    assert _search("reseau europeen des poles d'innovation numerique")[0] == "edih-network"
    assert "deepl-api" in _search("traduction")[:5]
    assert {"deepl-api", "deepl-translator"} <= set(_search("traduction deepl")[:4])
    assert {"gladia-solaria-1", "speechmatics-on-premises"} <= set(_search("reconnaissance vocale")[:5])
    assert _search("bac a sable", kind="programme")[:2] == ["france-ai-act-sandbox", "cnil-bac-a-sable"]
