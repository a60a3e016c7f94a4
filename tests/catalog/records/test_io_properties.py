"""Round trips hold for any text a user may type, in every format."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.records import CatalogStore, export_catalog, import_catalog, validate_record
from tests.support.catalogs import SRC, T

# printable text without control characters (which validation refuses), including formula triggers
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00") | st.sampled_from(
        ["=", "+", "-", "@", "'", '"', ";", ",", "\n", "\t", "œ", "é", "€"]),
    min_size=1, max_size=40,
).filter(lambda s: s.strip() != "")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=TEXT, city=TEXT, aliases=st.lists(TEXT, max_size=3, unique=True),
       founded=st.none() | st.integers(min_value=1800, max_value=2100), suffix=st.sampled_from([".json", ".csv", ".xlsx"]))
def test_any_organisation_survives_export_and_import(tmp_path_factory, taxonomy, name, city, aliases, founded, suffix):
    folder = tmp_path_factory.mktemp("rt")
    record = {"id": "org", "name": name, "aliases": aliases, "hq_country": "FR", "hq_city": city, "founded": founded,
              "description": T(name), "sources": SRC}
    source = CatalogStore.open(folder / "a.db")

    canonical, problems = validate_record("organisation", record)
    assert problems == []
    source.put("organisation", canonical, origin="user")
    export_catalog(source, folder / f"out{suffix}")
    target = CatalogStore.open(folder / "b.db")
    import_catalog(target, folder / f"out{suffix}", taxonomy=taxonomy)
    assert target.get("org") == ("organisation", canonical)
    source.close()
    target.close()
