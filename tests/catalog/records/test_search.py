import pytest

from catalog.records import SearchIndex, fts_query, name_score, search
from tests.support.catalogs import T


def ids(hits):
    return [h.id for h in hits]


@pytest.mark.parametrize(
    "query, expected_first",
    [
        ("mistral", "mistral-ai"),
        ("mistrall", "mistral-ai"),         # typo
        ("Mistral AI", "mistral-ai"),
        ("mist", "mistral-ai"),             # as you type
        ("deepl pro", "deepl-pro"),
        ("agrifood tef", "agrifoodtef"),    # name written in one word, words typed apart
        ("agrifoodtef", "agrifoodtef"),
        ("reseau", "reseau-ia"),            # missing accent
        ("RÉSEAU", "reseau-ia"),
        ("oeuvre", "reseau-ia"),            # ligature œ
        ("koln", "deepl"),                  # city, folded umlaut
        ("ugap", "ugap"),
    ],
)
def test_first_hit(mini_store, query, expected_first):
    hits = search(mini_store, query)
    assert hits and hits[0].id == expected_first


def test_kind_filter_and_limit(mini_store):
    assert ids(search(mini_store, "mistral", kind="offering")) == ["mistral-large"]
    # the limit keeps the best hits, in the same order as without it
    assert ids(search(mini_store, "a", limit=2)) == ids(search(mini_store, "a"))[:2] == ["agrifoodtef", "mistral-ai"]


@pytest.mark.parametrize("query", ["", "   ", '"', "AND", "c++", "pompe \"", "DN-50", "*", "NEAR(", "'; DROP TABLE records; --"])
def test_hostile_or_empty_queries_never_raise(mini_store, query):
    assert isinstance(search(mini_store, query), list)
    assert mini_store.count() == 8


def test_fts_query_quotes_user_words():
    assert fts_query(['pompe"', "dn"]) == '"pompe"""* "dn"*'
    assert fts_query(["a", "b"], any_word=True) == '"a"* OR "b"*'


def test_name_score_prefers_short_exact_names():
    assert name_score("mistral ai", "mistral ai") == 100.0
    assert name_score("mistrall", "mistral ai") > name_score("mistrall", "mistral medium 3")
    assert name_score("mist", "mistral ai") > name_score("mist", "mastodon")


def test_unrelated_query_finds_nothing(mini_store):
    assert search(mini_store, "zzzz qqqq") == []


def test_index_follows_catalog_changes(mini_store):
    index = SearchIndex(mini_store)
    assert search(mini_store, "kyutaii", index=index) == []
    kind, record = mini_store.get("reseau-ia")
    mini_store.put(kind, {**record, "id": "kyutai", "name": "Kyutai", "description": T("Lab")}, origin="user")
    assert ids(search(mini_store, "kyutaii", index=index))[:1] == ["kyutai"]
