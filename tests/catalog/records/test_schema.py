import math

import pytest

from catalog.records import validate_record
from tests.support.catalogs import MINI, SRC, T


def problems_of(kind, record):
    canonical, problems = validate_record(kind, record, file="f.json", row=3)
    return canonical, [str(p) for p in problems]


def test_canonical_form_fills_every_field_in_schema_order():
    canonical, problems = validate_record("organisation", {"id": "acme", "name": "Acme", "hq_country": "FR",
                                                           "description": T("x"), "sources": SRC})
    assert problems == []
    assert canonical == {
        "id": "acme", "name": "Acme", "aliases": [], "hq_country": "FR", "hq_city": None, "founded": None,
        "size_class": None, "startup": None, "eu_controlled": None, "contracting_country": None, "parent": None,
        "control_note": None, "identifiers": None, "website": None, "description": T("x"), "sources": SRC,
        "verified_on": None, "unverified": [], "conflicts": [], "note": None,
    }


BASE = MINI["organisations"][0]


@pytest.mark.parametrize(
    "change, expected",
    [
        ({"founded": "2023"}, "f.json, row 3, record 'mistral-ai', field 'founded': expected a whole number, got text"),
        ({"startup": "yes"}, "f.json, row 3, record 'mistral-ai', field 'startup': expected true or false, got text"),
        ({"size_class": "tiny"}, "f.json, row 3, record 'mistral-ai', field 'size_class': unknown value 'tiny'; "
                                 "expected one of micro, small, medium, midcap, large"),
        ({"hq_country": "France"}, "f.json, row 3, record 'mistral-ai', field 'hq_country': 'France' is not a "
                                   "two-letter country code (ISO 3166-1, e.g. FR)"),
        ({"founded": math.nan}, "f.json, row 3, record 'mistral-ai', field 'founded': expected a whole number, got nan"),
        ({"name": "x" * 10_000_000}, "f.json, row 3, record 'mistral-ai', field 'name': is too long "
                                     "(10,000,000 characters; at most 300)"),
        ({"name": "  "}, "f.json, row 3, record 'mistral-ai', field 'name': is empty"),
        ({"name": "bad\x00name"}, "f.json, row 3, record 'mistral-ai', field 'name': contains control characters"),
        ({"id": "../etc/passwd"}, "f.json, row 3, record '../etc/passwd', field 'id': '../etc/passwd' contains a "
                                  "path separator; ids are lowercase letters, digits and hyphens"),
        ({"id": "a\nb"}, "f.json, row 3, record 'a\\nb', field 'id': 'a\\nb' is not a valid id (lowercase letters, "
                          "digits and hyphens, 1-80 characters)"),
        ({"sources": [{"url": "ftp://x", "title": "t", "seen_on": "2026-01-01"}]},
         "f.json, row 3, record 'mistral-ai', field 'sources[0].url': 'ftp://x' is not a web address (http:// or https://)"),
        ({"verified_on": "2026-13-01"}, "f.json, row 3, record 'mistral-ai', field 'verified_on': '2026-13-01' is not a date YYYY-MM-DD"),
        ({"colour": "blue"}, "f.json, row 3, record 'mistral-ai', field 'colour': unknown field(s) 'colour'"),
        ({"unverified": ["colour"]}, "f.json, row 3, record 'mistral-ai', field 'unverified': names unknown field(s) colour"),
    ],
)
def test_bad_values_name_file_row_record_and_field(change, expected):
    canonical, problems = problems_of("organisation", {**BASE, **change})
    assert canonical is None
    assert problems == [expected]


def test_missing_required_field():
    record = dict(BASE)
    del record["hq_country"]
    assert problems_of("organisation", record)[1] == [
        "f.json, row 3, record 'mistral-ai', field 'hq_country': is required"]


def test_infinity_in_a_number_field():
    record = {**MINI["offerings"][0], "model_params_b": math.inf}
    assert problems_of("offering", record)[1] == [
        "f.json, row 3, record 'mistral-large', field 'model_params_b': inf is not a finite number"]


def test_not_an_object():
    assert problems_of("organisation", ["a", "list"])[1] == ["f.json, row 3: expected an object, got a list"]


def test_listing_id_must_join_its_ends():
    record = {**MINI["listings"][0], "id": "something-else"}
    assert problems_of("listing", record)[1] == [
        "f.json, row 3, record 'something-else', field 'id': a listing's id must be 'ugap--mistral-large'"]


def test_programme_benefit_flags_default_to_false():
    canonical, problems = validate_record("programme", MINI["programmes"][0])
    assert problems == []
    assert canonical["benefits"] == {"max_amount_eur": None, "cost_share_pct": None, "compute": False,
                                     "testing": True, "guidance": False, "training": False, "partners": False,
                                     "summary": MINI["programmes"][0]["benefits"]["summary"]}
