"""Adding and editing records by hand: form description, form values, validated save."""

from __future__ import annotations

import pytest

from catalog.errors import Problem, ValidationError
from catalog.records import FormField, form_fields, form_values, record_from_form, save_record
from tests.support.catalogs import SRC, T

NEW_ORG = {"id": "aleph-alpha", "name": "Aleph Alpha", "hq_country": "DE", "description": T("German AI company."),
           "sources": SRC}


def test_form_fields_choose_an_editor_per_field():
    fields = {f.name: f for f in form_fields("organisation")}
    assert fields["id"] == FormField("id", "text", True)
    assert fields["size_class"] == FormField("size_class", "choice", False,
                                             ("micro", "small", "medium", "midcap", "large"))
    assert fields["description"] == FormField("description", "bilingual", True)
    assert fields["aliases"] == FormField("aliases", "words", False)
    assert fields["startup"] == FormField("startup", "bool", False)
    assert fields["founded"] == FormField("founded", "int", False)
    assert fields["sources"] == FormField("sources", "json", False)
    assert [f.name for f in form_fields("listing")] == ["id", "marketplace_id", "offering_id", "reference",
                                                        "sources", "verified_on", "unverified", "conflicts", "note"]


def test_record_from_form_drops_unknowns_and_parses_json():
    values = {"id": "x-co", "name": " X ", "aliases": "Ex, , X Corp", "hq_country": "FR", "founded": 2020,
              "description": {"fr": "Une société.", "en": "A company."}, "note": {"fr": " ", "en": ""},
              "sources": '[{"url": "https://x.example", "title": "X", "seen_on": "2026-01-02"}]',
              "identifiers": "", "startup": None}
    record, problems = record_from_form("organisation", values)
    assert problems == []
    assert record == {"id": "x-co", "name": "X", "aliases": ["Ex", "X Corp"], "hq_country": "FR", "founded": 2020,
                      "description": {"fr": "Une société.", "en": "A company."},
                      "sources": [{"url": "https://x.example", "title": "X", "seen_on": "2026-01-02"}]}


def test_record_from_form_names_the_bad_json_field():
    _record, problems = record_from_form("organisation", {"id": "x-co", "sources": "[{"})
    assert problems == [Problem("is not valid JSON (line 1, column 3: Expecting property name enclosed in "
                                "double quotes)", field="sources", record_id="x-co")]


def test_form_values_round_trip(mini_store):
    _kind, record = mini_store.get("mistral-large")
    rebuilt, problems = record_from_form("offering", form_values("offering", record))
    assert problems == []
    assert save_record(mini_store, "offering", rebuilt, replaces="mistral-large") == record


def test_add_a_new_record(mini_store):
    saved = save_record(mini_store, "organisation", NEW_ORG)
    assert saved["name"] == "Aleph Alpha" and saved["aliases"] == [] and saved["founded"] is None
    assert mini_store.get("aleph-alpha") == ("organisation", saved)
    assert mini_store.info("aleph-alpha")["origin"] == "user"


def test_editing_a_shipped_record_marks_it_as_user_edited(mini_store):
    _kind, record = mini_store.get("deepl")
    save_record(mini_store, "organisation", {**record, "hq_city": "Cologne"}, replaces="deepl")
    info = mini_store.info("deepl")
    assert (info["origin"], info["user_edited"]) == ("shipped", True)
    assert mini_store.get("deepl")[1]["hq_city"] == "Cologne"


@pytest.mark.parametrize("kind, record, replaces, expected", [
    ("organisation", {**NEW_ORG, "id": "deepl"}, None,
     ["record 'deepl', field 'id': the id 'deepl' is already used by an organisation"]),
    ("organisation", {**NEW_ORG, "hq_country": "France"}, None,
     ["record 'aleph-alpha', field 'hq_country': 'France' is not a two-letter country code (ISO 3166-1, e.g. FR)"]),
    ("organisation", NEW_ORG, "deepl", ["record 'aleph-alpha', field 'id': the id cannot change (it was 'deepl')"]),
    ("offering", {"id": "x", "organisation_id": "nobody", "name": "X", "kind": "model_api",
                  "description": T("X."), "capabilities": ["text-generation", "telepathy"]}, None,
     ["record 'x', field 'organisation_id': refers to the organisation 'nobody', which is not in the catalog",
      "record 'x', field 'capabilities': unknown term(s) 'telepathy' (not in the taxonomy)"]),
])
def test_bad_records_are_refused_with_every_problem(mini_store, taxonomy, kind, record, replaces, expected):
    before = mini_store.changes
    with pytest.raises(ValidationError) as caught:
        save_record(mini_store, kind, record, replaces=replaces, taxonomy=taxonomy)
    assert [str(p) for p in caught.value.problems] == expected
    assert str(caught.value).startswith("the record was not saved")
    assert mini_store.changes == before
