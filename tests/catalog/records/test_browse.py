"""The catalogue list: facets, folded word-prefix filtering, narrowing, typo fallback."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.records import BrowseFilters, CatalogBrowser, CatalogStore, load_shipped, save_record, sync_shipped
from tests.support.catalogs import MINI, SRC, T, write_catalog


def ids(result):
    return [r.id for r in result.rows]


def test_every_record_kind_is_listed_with_its_facets(mini_store):
    browser = CatalogBrowser(mini_store)
    assert sorted(r.id for r in browser.rows) == ["agrifoodtef", "deepl", "deepl-pro", "mistral-ai",
                                                  "mistral-large", "reseau-ia", "ugap", "ugap--mistral-large"]
    large = browser.row("mistral-large")
    assert (large.kind, large.organisation, large.countries, large.size_class, large.marketplaces,
            large.open_weights, large.verified_on, large.sources) == (
        "offering", "Mistral AI", frozenset({"FR"}), "medium", frozenset({"UGAP"}), False, "2026-06-15", 1)
    assert browser.row("mistral-ai").marketplaces == frozenset({"UGAP"})  # through its listed offering
    assert browser.row("agrifoodtef").countries == frozenset({"IT", "FR"})


@pytest.mark.parametrize("query, expected", [
    ("", ["deepl", "mistral-ai", "reseau-ia", "deepl-pro", "mistral-large", "agrifoodtef", "ugap",
          "ugap--mistral-large"]),  # organisations, offerings, programmes, marketplaces, listings; by name
    ("mistral", ["mistral-ai", "mistral-large", "ugap--mistral-large"]),
    ("MIST", ["mistral-ai", "mistral-large", "ugap--mistral-large"]),
    ("mistral large", ["mistral-large", "ugap--mistral-large"]),
    ("reseau", ["reseau-ia"]),        # missing accent
    ("oeuvre", ["reseau-ia"]),        # ligature
    ("koln", ["deepl"]),              # city in the text, umlaut folded
    ("agroalimentaire", ["agrifoodtef"]),  # French description words
    ("translation", ["deepl-pro"]),   # capability words
    ("ugap", ["ugap", "ugap--mistral-large"]),  # the name starting with the query first
])
def test_query_matches_word_prefixes_names_first(mini_store, query, expected):
    assert ids(CatalogBrowser(mini_store).filter(query)) == expected


def test_typo_falls_back_to_fuzzy_search(mini_store):
    result = CatalogBrowser(mini_store).filter("mistrall")
    assert result.typo is True
    assert ids(result)[0] == "mistral-ai"
    short = CatalogBrowser(mini_store).filter("zq")
    assert (ids(short), short.typo) == ([], False)


@pytest.mark.parametrize("filters, expected", [
    (BrowseFilters(kind="offering"), ["deepl-pro", "mistral-large"]),
    (BrowseFilters(country="DE"), ["deepl", "deepl-pro"]),
    (BrowseFilters(size_class="medium"), ["mistral-ai", "mistral-large"]),
    (BrowseFilters(open_weights=False), ["mistral-large"]),
    (BrowseFilters(marketplace="UGAP"), ["mistral-ai", "mistral-large", "ugap", "ugap--mistral-large"]),
    (BrowseFilters(kind="offering", country="FR"), ["mistral-large"]),
    (BrowseFilters(certification="SecNumCloud"), []),
])
def test_facet_filters(mini_store, filters, expected):
    assert ids(CatalogBrowser(mini_store).filter("", filters)) == expected


def test_facet_values(mini_store):
    browser = CatalogBrowser(mini_store)
    assert browser.facet_values("kind") == ["listing", "marketplace", "offering", "organisation", "programme"]
    assert browser.facet_values("country") == ["DE", "FR", "IT"]
    assert browser.facet_values("marketplace") == ["UGAP"]
    with pytest.raises(ValueError, match="unknown facet 'colour'"):
        browser.facet_values("colour")


def test_refresh_sees_new_records(mini_store):
    browser = CatalogBrowser(mini_store)
    assert browser.refresh() is False
    save_record(mini_store, "organisation", {"id": "aleph-alpha", "name": "Aleph Alpha", "hq_country": "DE",
                                             "description": T("German AI company."), "sources": SRC})
    assert browser.refresh() is True
    assert ids(browser.filter("aleph")) == ["aleph-alpha"]


def _fresh_browser() -> CatalogBrowser:
    store = CatalogStore.memory()
    sync_shipped(store, load_shipped(write_catalog(Path(tempfile.mkdtemp()) / "shipped", MINI)))
    return CatalogBrowser(store)


_TYPING = _fresh_browser()
_FRESH = _fresh_browser()


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="mistraldepugkoalnréœ ", max_size=12))
def test_narrowing_while_typing_equals_a_fresh_scan(query):
    """Typing character by character (which reuses the previous result) ends where a full scan does."""
    for end in range(len(query) + 1):
        _TYPING.filter(query[:end])
    _FRESH._last = None
    assert ids(_TYPING.filter(query)) == ids(_FRESH.filter(query))
