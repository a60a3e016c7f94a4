"""The import's fast paths give exactly what the general paths give.

Rows as long as the header are decoded by a per-kind plan (catalog.records._io.formats._Plan); any other row,
and any row the plan is unsure of, by the general per-cell decoder. These tests feed the same rows to
both and compare the records and problems, and check the stored JSON and validation shortcuts.
"""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.records import KINDS, CatalogStore, dumps, field_names, validate_record
from catalog.records._io.formats import _columns, _row_to_record, _rows_to_records
from tests.support.catalogs import SRC, T

COLUMNS = _columns()
KNOWN = {kind: set(field_names(kind)) for kind in KINDS}
#: cells that exercise every branch of the decoders: blanks, texts (escaped formulas), numbers,
#: booleans in both languages, good and bad JSON, a BOM before JSON, NaN, and non-text XLSX values
CELLS = st.sampled_from([
    "", " ", "\t", "Mistral AI", "'=1+1", "'-x", "=cmd", "2016", "2,5", "1.5e3", "-3", "abc", "true", "oui", "Non",
    "0", '["fr","en"]', "[]", "{}", '{"fr":"a","en":"b"}', "[1,", "\ufeff[]", "NaN", "[NaN]", " [1] ", "null",
    '"text"', "organisation", None, 0, 1, 2.5, True, False,
]) | st.text(max_size=6)
RECORD_TYPES = st.sampled_from(["organisation", "Offering", " offerings ", "listing", "programme", "marketplace",
                                "", "robot", None])


def general(header, rows, file, problems, *, first_row, escaped, default_kind=None):
    """The reference: every row through the general decoder."""
    header = [(h or "").strip() for h in header]
    out = []
    for offset, row in enumerate(rows):
        record = _row_to_record(header, row, file, first_row + offset, problems, KNOWN, escaped, default_kind)
        if record is not None:
            out.append(record)
    return out


@st.composite
def tables(draw, default_kind):
    header = list(COLUMNS)
    extra = draw(st.sampled_from([None, "colour", "", "name", " id "]))
    if extra is not None:
        header.insert(draw(st.integers(1, len(header))), extra)  # an unknown, unnamed or repeated column
    rows = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(RECORD_TYPES)
        fields = KNOWN.get((kind or "").strip().lower().removesuffix("s"), KNOWN[default_kind or "organisation"])
        stray = draw(st.integers(0, 3)) == 0  # now and then a cell in another kind's column
        row = [draw(CELLS) if (name in fields or stray) and draw(st.integers(0, 2)) == 0 else ""
               for name in header]
        row[0] = kind
        row[header.index("id")] = draw(st.sampled_from(["org-a", "", "Bad Id", None]))
        shape = draw(st.sampled_from(["same", "same", "same", "short", "long"]))
        if shape == "short":
            row = row[:draw(st.integers(0, len(row) - 1))]
        elif shape == "long":
            row = row + ["surplus"]
        rows.append(row)
    return header, rows


@settings(max_examples=120, deadline=None)
@given(data=st.data(), escaped=st.booleans(), default_kind=st.sampled_from([None, "offering", "programme"]))
def test_planned_rows_decode_exactly_as_the_general_path(data, escaped, default_kind):
    header, rows = data.draw(tables(default_kind))
    fast_problems, slow_problems = [], []
    fast = _rows_to_records(header, rows, "f.csv", fast_problems, first_row=2, escaped=escaped,
                            default_kind=default_kind)
    slow = general(header, rows, "f.csv", slow_problems, first_row=2, escaped=escaped, default_kind=default_kind)
    # compared as text: a "NaN" cell decodes to a float that is not equal to itself
    assert repr(fast) == repr(slow)
    assert fast_problems == slow_problems


def test_a_typical_row_takes_the_plan_and_gives_the_canonical_cells():
    header = list(COLUMNS)
    row = [""] * len(header)
    values = {"record_type": "organisation", "id": "aerobot", "name": "'=Aérobot", "hq_country": "IT",
              "founded": "2016", "startup": "oui", "description": '{"fr":"Fr","en":"En"}',
              "sources": json.dumps(SRC), "colour": ""}
    for name, value in values.items():
        if name in header:
            row[header.index(name)] = value
    problems = []
    [record] = _rows_to_records(header, [row], "f.csv", problems, first_row=2, escaped=True)
    assert problems == []
    assert (record.kind, record.row) == ("organisation", 2)
    assert record.data == {"id": "aerobot", "name": "=Aérobot", "hq_country": "IT", "founded": 2016, "startup": True,
                           "description": {"fr": "Fr", "en": "En"}, "sources": SRC}


def test_put_many_stores_the_same_json_as_dumps():
    records = [
        ("organisation", {"id": "o", "name": "Œuvre «IA» 🤖", "model": 1e-7, "n": [1.5, 2, None, True],
                          "nested": {"fr": "é", "en": "\u2028"}}),
        ("organisation", {"id": "p", "name": "P", "aliases": []}),
    ]
    store = CatalogStore.memory()
    store.put_many(records, origin="import")
    stored = dict(store.db.execute("SELECT id, data FROM records").fetchall())
    assert stored == {"o": dumps(records[0][1]), "p": dumps(records[1][1])}
    store.close()


@settings(max_examples=100, deadline=None)
@given(languages=st.lists(st.sampled_from(["fr", "en", "de", "FR", 3, None]), max_size=5))
def test_language_lists_validate_as_before(languages):
    """The shortcut for lists of distinct texts: any repeat is still named, first repeat first."""
    record = {"id": "x", "organisation_id": "o", "name": "X", "kind": "model_api", "description": T("X"),
              "capabilities": ["text-generation"], "languages": languages}
    canonical, problems = validate_record("offering", record, file="f.csv", row=3)
    seen, expected = set(), None
    for i, item in enumerate(languages):
        if not isinstance(item, str) or item not in ("fr", "en", "de"):
            what = {int: "a whole number", type(None): "null"}.get(type(item), "text")
            message = (f"{item!r} is not a two-letter language code (ISO 639-1)" if isinstance(item, str)
                       else f"expected a two-letter language code (ISO 639-1), got {what}")
            expected = (message, f"languages[{i}]")
            break
    if expected is None:
        for item in languages:
            if item in seen:
                expected = (f"lists {item!r} twice", "languages")
                break
            seen.add(item)
    if expected is None:
        assert problems == [] and canonical["languages"] == languages
    else:
        assert canonical is None
        assert [(p.message, p.field, p.row, p.record_id) for p in problems] == [(*expected, 3, "x")]


def _answer(check, value):
    try:
        return ("ok", check(value))
    except Exception as e:  # the checkers' _Invalid, compared by message and field
        return (type(e).__name__, e.message, e.field)


@settings(max_examples=100, deadline=None)
@given(values=st.lists(st.sampled_from(["FR", "fr", "F R", "FR\x01", "", " ", "x" * 81, "EU", 3, None, ["FR"]])
                       | st.text(max_size=4), max_size=12))
def test_remembered_texts_give_the_answers_of_a_fresh_check(values):
    """A checker remembers the short texts it accepted: every answer equals a fresh checker's."""
    from catalog.records import COUNTRY_PATTERN, string

    shared = string(pattern=COUNTRY_PATTERN, what="a country code", max_len=80)
    for value in values:
        assert _answer(shared, value) == _answer(string(pattern=COUNTRY_PATTERN, what="a country code", max_len=80),
                                                 value)
