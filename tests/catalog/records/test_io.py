import json
import os
import zipfile

import pytest
from openpyxl import load_workbook

from catalog.errors import FileFormatError, UserInputError, ValidationError
from catalog.records import KINDS, CatalogStore, export_catalog, import_catalog, read_records
from tests.support.catalogs import MINI, SRC, T


def all_records(store):
    return {kind: list(store.records(kind)) for kind in KINDS}


@pytest.mark.parametrize("suffix", [".json", ".csv", ".xlsx"])
def test_round_trip_is_exact(mini_store, tmp_path, taxonomy, suffix):
    # tricky values: formula-looking text, quotes, separators, accents, floats, unicode
    kind, record = mini_store.get("reseau-ia")
    record = {**record, "aliases": ["=HYPERLINK(\"http://x\",\"y\")", "a;b,c", "'quoted", "-2+3"],
              "hq_city": "@Saint-Étienne", "note": T("line one\nline two; \"quoted\"", "ligne\tun")}
    mini_store.put(kind, record, origin="user")
    kind, offer = mini_store.get("mistral-large")
    mini_store.put(kind, {**offer, "model_params_b": 123.456789, "estimated_amount_eur": 0.1}, origin="user")
    before = all_records(mini_store)

    path = tmp_path / f"export{suffix}"
    export_catalog(mini_store, path)
    fresh = CatalogStore.open(tmp_path / "fresh.db")
    report = import_catalog(fresh, path, taxonomy=taxonomy)
    assert len(report.added) == sum(len(v) for v in before.values())
    assert all_records(fresh) == before

    # and exporting again gives the same file content
    again = tmp_path / f"again{suffix}"
    export_catalog(fresh, again)
    if suffix == ".csv":
        assert again.read_bytes() == path.read_bytes()
    if suffix == ".json":  # the first store knows its shipped catalog version, the fresh one does not
        first = json.loads(path.read_text(encoding="utf-8"))
        assert first.pop("version") == "2026.1"
        assert json.loads(again.read_text(encoding="utf-8")) == first


def test_xlsx_export_writes_formula_like_text_as_text(mini_store, tmp_path):
    kind, record = mini_store.get("reseau-ia")
    mini_store.put(kind, {**record, "hq_city": "=1+1"}, origin="user")
    path = tmp_path / "out.xlsx"
    export_catalog(mini_store, path)
    sheet = load_workbook(path)["organisations"]
    header = [c.value for c in sheet[1]]
    cities = [row[header.index("hq_city")] for row in sheet.iter_rows(min_row=2)]
    cell = next(c for c in cities if c.value == "=1+1")
    assert (cell.data_type, cell.quotePrefix) == ("s", True)


def test_csv_with_semicolons_and_bom(tmp_path, mini_store, taxonomy):
    path = tmp_path / "in.csv"
    path.write_bytes(
        "\ufeffrecord_type;id;name;hq_country;description;sources;size_class\n"
        'organisation;kyutai;Kyutai;FR;"{""fr"": ""Labo"", ""en"": ""Lab""}";'
        '"[{""url"": ""https://kyutai.org"", ""title"": ""Kyutai"", ""seen_on"": ""2026-06-15""}]";\n'.encode("utf-8"))
    report = import_catalog(mini_store, path, taxonomy=taxonomy)
    assert report.added == ["kyutai"]
    assert mini_store.get("kyutai")[1]["description"] == {"fr": "Labo", "en": "Lab"}
    assert mini_store.get("kyutai")[1]["size_class"] is None


def write_json(path, **sections):
    path.write_text(json.dumps({"schema": "vivier.catalog/1", **sections}), encoding="utf-8")
    return path


def test_import_reports_every_problem_and_changes_nothing(mini_store, tmp_path, taxonomy):
    before = all_records(mini_store)
    changes = mini_store.changes
    path = write_json(
        tmp_path / "bad.json",
        organisations=[
            {"id": "ok-org", "name": "Fine", "hq_country": "FR", "description": T("x"), "sources": SRC},
            {"id": "bad-org", "name": "Bad", "hq_country": "FR", "description": T("x"), "founded": "1990"},
            {"id": "ok-org", "name": "Again", "hq_country": "FR", "description": T("x")},
        ],
        offerings=[
            {"id": "orphan", "organisation_id": "nobody", "name": "Orphan", "kind": "model_api",
             "capabilities": ["teleportation"], "description": T("x")},
        ],
    )
    with pytest.raises(ValidationError) as info:
        import_catalog(mini_store, path, taxonomy=taxonomy)
    assert [str(p) for p in info.value.problems] == [
        "bad.json, row 2, record 'bad-org', field 'founded': expected a whole number, got text",
        "bad.json, row 3, record 'ok-org', field 'id': duplicate id 'ok-org' (also in row 1)",
        "bad.json, row 1, record 'orphan', field 'organisation_id': refers to the organisation 'nobody', "
        "which is neither in this file nor in the catalog",
        "bad.json, row 1, record 'orphan', field 'capabilities': unknown capabilities 'teleportation' "
        "(not in the taxonomy)",
    ]
    assert str(info.value).startswith("bad.json was not imported (nothing was changed): 4 problems")
    assert all_records(mini_store) == before and mini_store.changes == changes


def test_probable_duplicates_are_flagged_not_created(mini_store, tmp_path, taxonomy):
    path = write_json(tmp_path / "dup.json", organisations=[
        {"id": "mistral", "name": "Mistral A.I.", "hq_country": "FR", "description": T("x"), "sources": SRC}])
    with pytest.raises(ValidationError) as info:
        import_catalog(mini_store, path, taxonomy=taxonomy)
    assert [str(p) for p in info.value.problems] == [
        "dup.json, row 1, record 'mistral', field 'name': probable duplicate of the existing organisation "
        "'mistral-ai' (names 95% similar); use its id to update it, or import with --allow-duplicates"]
    assert mini_store.find("mistral") is None
    import_catalog(mini_store, path, taxonomy=taxonomy, allow_duplicates=True)
    assert mini_store.get("mistral")[1]["name"] == "Mistral A.I."


def test_importing_an_existing_id_updates_it_as_a_user_edit(mini_store, tmp_path, taxonomy):
    record = {**MINI["organisations"][1], "hq_city": "Cologne"}
    path = write_json(tmp_path / "upd.json", organisations=[record])
    report = import_catalog(mini_store, path, taxonomy=taxonomy)
    assert (report.added, report.updated, report.unchanged) == ([], ["deepl"], [])
    assert mini_store.get("deepl")[1]["hq_city"] == "Cologne"
    assert mini_store.info("deepl")["user_edited"] is True
    assert import_catalog(mini_store, path, taxonomy=taxonomy).unchanged == ["deepl"]


def test_dry_run_writes_nothing(mini_store, tmp_path, taxonomy):
    path = write_json(tmp_path / "new.json", organisations=[
        {"id": "kyutai", "name": "Kyutai", "hq_country": "FR", "description": T("x"), "sources": SRC}])
    report = import_catalog(mini_store, path, taxonomy=taxonomy, dry_run=True)
    assert report.to_json() == {"file": str(path), "dry_run": True, "added": 1, "updated": 0, "unchanged": 0,
                                "by_kind": {"organisation": 1}}
    assert mini_store.find("kyutai") is None


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("trunc.json", b'{"schema": "vivier.catalog/1", "organisations": [{"id": "a"', "invalid JSON at line 1, column"),
        ("latin1.json", '{"schema": "vivier.catalog/1", "organisations": [{"name": "Société"}]}'.encode("latin-1"),
         "not UTF-8 text (byte"),
        ("nan.json", b'{"schema": "vivier.catalog/1", "offerings": [{"model_params_b": NaN}]}', "NaN is not allowed"),
        ("inf.json", b'{"schema": "vivier.catalog/1", "offerings": [{"model_params_b": Infinity}]}',
         "Infinity is not allowed"),
        ("noschema.json", b'{"organisations": []}', 'expected a JSON object with "schema": "vivier.catalog/1"'),
        ("empty.json", b"", "invalid JSON at line 1, column 1"),
        ("latin1.csv", "record_type,id,name\norganisation,a,Société\n".encode("latin-1"), "not UTF-8 text"),
        ("empty.csv", b"", "the file is empty"),
        ("trunc.xlsx", b"PK\x03\x04\x14\x00\x00\x00", "not a valid .xlsx file (it may be truncated or damaged)"),
        ("data.txt", b"x", "unsupported file type '.txt'; use .json, .csv or .xlsx"),
    ],
)
def test_unreadable_files_get_one_clear_message(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises((FileFormatError, UserInputError)) as info:
        read_records(path)
    assert name in str(info.value) and message in str(info.value)
    assert info.value.exit_status == 2


def test_truncated_csv_row_is_reported(tmp_path):
    path = tmp_path / "cut.csv"
    path.write_text("record_type,id,name,hq_country\norganisation,a,A,FR\norganisation,b\n", encoding="utf-8")
    records, problems = read_records(path)
    assert [str(p) for p in problems] == [
        "cut.csv, row 3: has 2 cells but the header has 4; the file may be truncated"]


def test_csv_cells_are_typed_by_field(tmp_path, mini_store, taxonomy):
    path = tmp_path / "typed.csv"
    path.write_text(
        "record_type,id,organisation_id,name,kind,capabilities,description,open_weights,model_params_b,sources\n"
        'offering,small-model,mistral-ai,Small,open_weight_model,"[""text-generation""]",'
        '"{""fr"":""Petit"",""en"":""Small""}",oui,"7,3","[{""url"":""https://x.org"",""title"":""t"",""seen_on"":""2026-01-02""}]"\n',
        encoding="utf-8")
    import_catalog(mini_store, path, taxonomy=taxonomy)
    record = mini_store.get("small-model")[1]
    assert (record["open_weights"], record["model_params_b"]) == (True, 7.3)


def test_zip_bomb_like_workbook_is_refused_before_parsing(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<a>" + b" " * (210 * 1024 * 1024) + b"</a>")
    with pytest.raises(FileFormatError, match="expands to 210 MB, too large to read safely"):
        read_records(path)


def test_huge_field_is_refused(tmp_path, mini_store, taxonomy):
    path = write_json(tmp_path / "huge.json", organisations=[
        {"id": "big", "name": "Big", "hq_country": "FR", "description": T("x" * 10_000_000), "sources": SRC}])
    with pytest.raises(ValidationError, match="field 'description.fr': is too long"):
        import_catalog(mini_store, path, taxonomy=taxonomy)


def test_export_to_a_missing_folder_fails_cleanly(mini_store, tmp_path):
    with pytest.raises(UserInputError, match="the folder .* does not exist"):
        export_catalog(mini_store, tmp_path / "nowhere" / "x.json")
    assert not os.path.exists(tmp_path / "nowhere")
