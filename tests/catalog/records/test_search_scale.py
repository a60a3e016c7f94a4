"""The fast paths that keep search and import within their 100k targets give the same results as the plain ones."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import catalog.records._store as store_module
from catalog.records import CatalogStore, SearchIndex, search
from catalog.text.folding import _LIGATURES, fold
from tests.support.catalogs import T, org


def reference_fold(text: str) -> str:
    """The one-character-at-a-time definition :func:`fold` must keep giving."""
    text = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_fold_matches_its_definition(text):
    assert fold(text) == reference_fold(text)


@pytest.mark.parametrize("text, folded", [
    ("Réseau IA Œuvre", "reseau ia oeuvre"), ("KÖLN", "koln"), ("İstanbul", "istanbul"),
    ("e\u034f\u0301", "e\u034f"), ("Ελληνικά", "ελληνικα"), ("plain ascii", "plain ascii"),
])
def test_fold_examples(text, folded):
    assert fold(text) == folded == reference_fold(text)


def names_store(tmp_path, count: int) -> CatalogStore:
    store = CatalogStore.open(tmp_path / "catalog.db")
    records = [("organisation", org(f"orga-{i:03d}", f"Orga {i:03d} Translate")) for i in range(count)]
    records.append(("organisation", org("mistral-ai", "Mistral AI")))
    with store.transaction():
        store.put_many(records, origin="import")
    return store


def test_one_or_two_letters_use_the_name_index(tmp_path):
    store = names_store(tmp_path, 30)
    index = SearchIndex(store)
    assert [h.id for h in search(store, "mi", index=index)] == ["mistral-ai"]
    assert [h.id for h in search(store, "o", index=index, limit=3)] == ["orga-000", "orga-001", "orga-002"]
    assert search(store, "o", index=index, kind="offering") == []
    assert [h.id for h in search(store, "mi a", index=index)] == ["mistral-ai"]


def test_short_words_filter_fts_candidates(tmp_path):
    store = names_store(tmp_path, 30)
    assert [h.id for h in search(store, "mistral a")] == ["mistral-ai"]
    assert [h.id for h in search(store, "translate 01", limit=3)] == ["orga-010", "orga-011", "orga-012"]


def test_unselective_query_ranks_names_and_keeps_every_word(tmp_path):
    store = names_store(tmp_path, 450)  # more matches than FTS_CANDIDATES
    hits = search(store, "translate", limit=20)
    assert len(hits) == 20 and all("Translate" in h.name for h in hits)
    assert [h.name for h in hits] == sorted(h.name for h in hits)
    assert [h.id for h in search(store, "orga 123 translate")][:1] == ["orga-123"]


def test_bulk_put_many_leaves_the_same_index_and_triggers(tmp_path, monkeypatch):
    records = [("organisation", org(f"o-{i}", f"Société {i}", description=T(f"Traduction {i}"))) for i in range(60)]
    results = []
    for bulk, folder in ((10**9, "rows"), (10, "bulk")):
        monkeypatch.setattr(store_module, "BULK_ROWS", bulk)
        (tmp_path / folder).mkdir()
        with CatalogStore.open(tmp_path / folder / "catalog.db") as store:
            with store.transaction():
                store.put_many(records, origin="import")
            store.db.execute("INSERT INTO records_fts(records_fts) VALUES ('integrity-check')")
            triggers = store.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()
            kind, record = store.get("o-7")
            store.put(kind, {**record, "name": "Zzyzx"}, origin="user")  # the triggers still follow edits
            results.append((triggers, store.fts_candidates('"societe"*', limit=100), store.fts_candidates('"zzyzx"*')))
    assert results[0] == results[1]
    assert [c[0] for c in results[1][2]] == ["o-7"]
    assert len(results[1][1]) == 59
