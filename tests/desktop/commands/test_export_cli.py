"""``vivier export`` and ``vivier import-decisions`` as a user runs them, on the shipped catalog and examples."""

from __future__ import annotations

import json
import os

import pytest
from openpyxl import Workbook, load_workbook

import catalog.files._atomic
import catalog.quotas._saved
import catalog.workbook._decisions
from catalog.buyer import CRITERIA
from catalog.errors import UserInputError
from catalog.paths import resource_path
from catalog.quotas import list_shortlists, load_shortlist, set_decision
from catalog.session import open_session
from desktop.cli import main
from tests.support import shortlist_history

SOVEREIGN = resource_path("examples") / "buyer-sovereign-assistant.json"      # French, 8 offerings, 4 rules
TRANSLATION = resource_path("examples") / "buyer-machine-translation.json"    # English, 5 offerings, 3 rules
SHEETS = {"fr": ["Sélection", "Pondérations", "Grille", "Exclus", "Quotas", "Questions fournisseurs", "Sources",
                 "Profil", "vivier"],
          "en": ["Shortlist", "Weights", "Grid", "Excluded", "Quotas", "Vendor questions", "Sources", "Profile",
                 "vivier"]}
SIZES = {"fr": {"micro": "Micro", "small": "Petite", "medium": "Moyenne", "midcap": "ETI", "large": "Grande",
               None: "Inconnu"},
         "en": {"micro": "Micro", "small": "Small", "medium": "Medium", "midcap": "Mid-cap", "large": "Large",
                None: "Unknown"}}
#: Shortlist sheet columns (1-based): offering id, first score, total, Vivier's score, decision, notes
OFFERING, FIRST_SCORE = 4, 10
TOTAL = FIRST_SCORE + len(CRITERIA)
DECISION, NOTES = TOTAL + 5, TOTAL + 6


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def export(capsys, out, profile=SOVEREIGN, *extra):
    status, stdout, err = run(capsys, "export", str(profile), "--out", str(out), "--json", "--who", "alice", *extra)
    assert (status, err) == (0, "")
    return json.loads(stdout)


def saved(data_dir, shortlist_id):
    with open_session(data_dir) as session:
        return load_shortlist(session.workspace, shortlist_id), shortlist_history(session.workspace, shortlist_id)


def edit(source, target, changes: dict[int, tuple]):
    """Save ``source`` as ``target`` with ``{row: (offering id or None to keep, decision, notes)}`` typed in."""
    wb = load_workbook(source)
    ws = wb[wb.sheetnames[0]]
    for row, (offering_id, decision, notes) in changes.items():
        if offering_id is not None:
            ws.cell(row=row, column=OFFERING).value = offering_id
        ws.cell(row=row, column=DECISION).value = decision
        ws.cell(row=row, column=NOTES).value = notes
    wb.save(target)
    return target


def profile_with(tmp_path, source, **changes):
    data = json.loads(source.read_text(encoding="utf-8"))
    data.update(changes)
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# ---------------------------------------------------------------- export

@pytest.mark.parametrize("profile, language", [(SOVEREIGN, "fr"), (TRANSLATION, "en")], ids=["fr", "en"])
def test_export_writes_the_cli_shortlist_with_live_totals(capsys, tmp_path, data_dir, profile, language):
    status, out, _ = run(capsys, "shortlist", str(profile), "--json")
    expected = [item["offering_id"] for item in json.loads(out)["shortlist"]]
    assert status == 0 and expected
    result = export(capsys, tmp_path / "tender.xlsx", profile)
    assert [item["offering_id"] for item in result["shortlist"]] == expected
    assert result["infeasible"] is None

    wb = load_workbook(tmp_path / "tender.xlsx")
    assert wb.sheetnames == SHEETS[language]
    ws = wb[SHEETS[language][0]]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [r[OFFERING - 1] for r in rows] == expected
    first, last = ws.cell(row=1, column=FIRST_SCORE).column_letter, ws.cell(row=1, column=TOTAL - 1).column_letter
    assert [r[TOTAL - 1] for r in rows] == [f'=SUMPRODUCT({first}{n}:{last}{n},Weights)/SUMPRODUCT(({first}{n}:{last}{n}<>"")*Weights)*100'
                                            for n in range(2, len(rows) + 2)]
    assert [r[TOTAL] for r in rows] == [pytest.approx(item["score"], abs=1e-9) for item in result["shortlist"]]
    sizes = [SIZES[language][(item["organisation"] or {}).get("size_class")] for item in result["shortlist"]]
    assert [r[5] for r in rows] == sizes
    # Rows a wrapped note makes taller read on their first line: every cell is aligned to the top.
    assert {c.alignment.vertical for row in ws.iter_rows(min_row=2) for c in row if c.value is not None} == {"top"}
    assert {c.alignment.vertical for row in wb["Quotas"].iter_rows(min_row=2, max_row=4) for c in row
            if c.value is not None} == {"top"}
    weights = json.loads(profile.read_text(encoding="utf-8"))["weights"]
    assert [wb[SHEETS[language][1]].cell(row=2, column=c).value for c in range(2, 2 + len(CRITERIA))] == \
        [weights.get(c, 0) for c in CRITERIA]
    assert wb.defined_names["Weights"].attr_text == f"'{SHEETS[language][1]}'!$B$2:$H$2"
    workbook = result["workbook"]
    sheets = {name: wb[SHEETS[language][i]].max_row - 1 for i, name in ((0, "shortlist"), (2, "grid"),
                                                                        (3, "excluded"), (6, "sources"))}
    assert sheets == {"shortlist": len(expected), "grid": workbook["grid_rows"],
                      "excluded": workbook["excluded_rows"], "sources": workbook["source_rows"]}
    assert workbook["path"] == str(tmp_path / "tender.xlsx")

    stored, history = saved(data_dir, result["saved_id"])
    meta = dict(wb["vivier"].iter_rows(values_only=True))
    assert (meta["shortlist_id"], meta["shortlist_created_at"]) == (result["saved_id"], stored.created_at)
    assert [item.offering_id for item in stored.items] == expected
    assert stored.name == json.loads(profile.read_text(encoding="utf-8"))["name"]
    assert [(h["who"], h["action"], h["detail"]["items"]) for h in history] == [("alice", "create", expected)]


def test_export_text_output_and_the_name_and_size_options(capsys, tmp_path, data_dir):
    status, out, err = run(capsys, "export", str(SOVEREIGN), "--out", str(tmp_path / "t.xlsx"), "--size", "3",
                           "--name", "Lot 2", "--who", "bob")
    assert (status, err) == (0, "")
    stored, history = saved(data_dir, 1)
    assert (stored.name, len(stored.items), history[0]["who"]) == ("Lot 2", 3, "bob")
    assert out.startswith(f"wrote {tmp_path / 't.xlsx'}: 3 shortlisted, ") and out.endswith(
        "; shortlist kept as id 1\n")


def test_who_defaults_to_the_user_name(capsys, tmp_path, data_dir, monkeypatch):
    monkeypatch.setenv("LOGNAME", "claire")
    status, _, _ = run(capsys, "export", str(SOVEREIGN), "--out", str(tmp_path / "t.xlsx"))
    assert status == 0
    assert saved(data_dir, 1)[1][0]["who"] == "claire"


def test_an_impossible_shortlist_still_exports_the_grid_and_the_reason(capsys, tmp_path, data_dir):
    rules = [{"label": "Three in Luxembourg", "predicate": {"hq_country_in": ["LU"]}, "bound": {"min_count": 3}}]
    profile = profile_with(tmp_path, SOVEREIGN, quota_rules=rules)
    status, out, err = run(capsys, "export", str(profile), "--out", str(tmp_path / "t.xlsx"), "--json")
    result = json.loads(out)
    assert (status, err, result["saved_id"], result["shortlist"]) == (1, "", None, [])
    assert result["infeasible"].startswith("the rule 'Three in Luxembourg' (at least 3: headquartered in LU)")
    wb = load_workbook(tmp_path / "t.xlsx")
    assert wb["Sélection"].max_row == 1
    assert wb["Grille"].max_row - 1 == result["workbook"]["grid_rows"] > 0
    quotas = [v for row in wb["Quotas"].iter_rows(values_only=True) for v in row if isinstance(v, str)]
    assert ("Aucune sélection ne respecte toutes les règles obligatoires ; la sélection est vide. "
            + result["infeasible"]) in quotas
    with open_session(data_dir) as session:
        assert list_shortlists(session.workspace) == []

    status, out, err = run(capsys, "export", str(profile), "--out", str(tmp_path / "t.xlsx"))
    assert status == 1 and out.startswith("no compliant shortlist: the rule 'Three in Luxembourg'")
    assert "; nothing was saved\n" in out

    status, _, err = run(capsys, "import-decisions", str(tmp_path / "t.xlsx"))
    assert status == 2
    assert err == (f"vivier: error: {tmp_path / 't.xlsx'}: this workbook was exported without a saved shortlist "
                   "(none met the quota rules, or it was exported before being saved), so its decisions have "
                   "nowhere to go\n")


@pytest.mark.parametrize("argv, message", [
    (["--size", "0"], "--size must be between 1 and 100"),
    (["--size", "101"], "--size must be between 1 and 100"),
    (["--who", " "], "--who is needed"),
])
def test_bad_options(capsys, tmp_path, argv, message):
    status, out, err = run(capsys, "export", str(SOVEREIGN), "--out", str(tmp_path / "t.xlsx"), *argv)
    assert (status, out) == (2, "")
    assert err.startswith(f"vivier: error: {message}")
    assert list(tmp_path.iterdir()) == []


def _nothing_saved(data_dir):
    with open_session(data_dir) as session:
        return list_shortlists(session.workspace) == []


def test_a_folder_or_a_wrong_name_as_target(capsys, tmp_path, data_dir):
    (tmp_path / "taken.xlsx").mkdir()
    for target, message in [(tmp_path / "taken.xlsx", f"{tmp_path / 'taken.xlsx'} is a folder; give the workbook "
                                                       f"a file name, e.g. {tmp_path / 'taken.xlsx' / 'tender.xlsx'}"),
                            (tmp_path, f"{tmp_path} is a folder; give the workbook a file name"),
                            (tmp_path / "t.csv", f"{tmp_path / 't.csv'}: the workbook file name must end in .xlsx"),
                            (tmp_path / "no" / "t.xlsx", f"cannot write {tmp_path / 'no' / 't.xlsx'}: the folder "
                                                         f"{tmp_path / 'no'} does not exist")]:
        status, out, err = run(capsys, "export", str(SOVEREIGN), "--out", str(target))
        assert (status, out) == (2, "")
        assert err.startswith(f"vivier: error: {message}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.xlsx"]
    assert list((tmp_path / "taken.xlsx").iterdir()) == []
    assert _nothing_saved(data_dir)


def test_a_read_only_folder(capsys, tmp_path, data_dir, monkeypatch):
    """Root ignores permission bits, so the folder's refusal is simulated where the file is created."""
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(catalog.files._atomic.tempfile, "mkstemp", refuse)
    status, out, err = run(capsys, "export", str(SOVEREIGN), "--out", str(tmp_path / "t.xlsx"))
    assert (status, out) == (2, "")
    assert err == f"vivier: error: cannot write {tmp_path / 't.xlsx'}: Permission denied (is the folder read-only?)\n"
    assert list(tmp_path.iterdir()) == []
    assert _nothing_saved(data_dir)


def test_a_locked_workbook_is_left_as_it_was(capsys, tmp_path, data_dir, monkeypatch):
    """A workbook open in Excel on Windows cannot be replaced: simulated where the file is renamed."""
    target = tmp_path / "t.xlsx"
    target.write_bytes(b"the version colleagues have open")

    def locked(source, destination):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(catalog.files._atomic.os, "replace", locked)
    status, out, err = run(capsys, "export", str(SOVEREIGN), "--out", str(target))
    assert (status, out) == (2, "")
    assert err == (f"vivier: error: cannot replace {target}: Permission denied "
                   "(is it open in another program, or read-only?)\n")
    assert [p.name for p in tmp_path.iterdir()] == ["t.xlsx"]
    assert target.read_bytes() == b"the version colleagues have open"
    assert _nothing_saved(data_dir)


# ---------------------------------------------------------------- import-decisions

def test_round_trip_of_decisions_and_notes(capsys, tmp_path, data_dir):
    result = export(capsys, tmp_path / "tender.xlsx")
    ids = [item["offering_id"] for item in result["shortlist"]]
    edit(tmp_path / "tender.xlsx", tmp_path / "evaluated.xlsx", {
        2: (None, "Retenue", "Couverture complète, hébergé en France"),
        3: (None, "écartée", "-trop cher"),
        4: (None, "To contact", "relancer en janvier"),
    })
    status, out, err = run(capsys, "import-decisions", str(tmp_path / "evaluated.xlsx"), "--who", "dana", "--json")
    assert (status, err) == (0, "")
    assert json.loads(out) == {
        "file": str(tmp_path / "evaluated.xlsx"), "shortlist_id": 1,
        "shortlist_name": "Assistant génératif souverain pour les agents",
        "changed": [
            {"row": 2, "offering_id": ids[0], "decision_before": "to_contact", "decision": "retained",
             "notes_before": "", "notes": "Couverture complète, hébergé en France"},
            {"row": 3, "offering_id": ids[1], "decision_before": "to_contact", "decision": "rejected",
             "notes_before": "", "notes": "-trop cher"},
            {"row": 4, "offering_id": ids[2], "decision_before": "to_contact", "decision": "to_contact",
             "notes_before": "", "notes": "relancer en janvier"}],
        "unchanged": len(ids) - 3, "problems": [], "missing": []}

    stored, history = saved(data_dir, 1)
    assert [(i.offering_id, i.decision, i.notes) for i in stored.items] == [
        (ids[0], "retained", "Couverture complète, hébergé en France"), (ids[1], "rejected", "-trop cher"),
        (ids[2], "to_contact", "relancer en janvier")] + [(oid, "to_contact", "") for oid in ids[3:]]
    assert [(h["who"], h["action"], h["detail"]) for h in history[1:]] == [
        ("dana", "update", {"offering_id": ids[0], "decision": {"from": "to_contact", "to": "retained"},
                            "notes": {"from": "", "to": "Couverture complète, hébergé en France"}}),
        ("dana", "update", {"offering_id": ids[1], "decision": {"from": "to_contact", "to": "rejected"},
                            "notes": {"from": "", "to": "-trop cher"}}),
        ("dana", "update", {"offering_id": ids[2], "notes": {"from": "", "to": "relancer en janvier"}})]

    # Importing the same file again changes nothing and logs nothing.
    status, out, _ = run(capsys, "import-decisions", str(tmp_path / "evaluated.xlsx"), "--who", "dana")
    assert (status, out) == (0, "shortlist 1 (Assistant génératif souverain pour les agents): 0 changed, "
                                f"{len(ids)} unchanged, 0 row(s) not applied\n")
    assert len(saved(data_dir, 1)[1]) == 4


def test_the_text_report_names_each_change(capsys, tmp_path, data_dir):
    result = export(capsys, tmp_path / "tender.xlsx")
    ids = [item["offering_id"] for item in result["shortlist"]]
    edit(tmp_path / "tender.xlsx", tmp_path / "e.xlsx", {2: (None, "Retenue", None), 3: (None, "Écartée", "non")})
    status, out, _ = run(capsys, "import-decisions", str(tmp_path / "e.xlsx"), "--who", "dana")
    assert status == 0
    assert out == ("shortlist 1 (Assistant génératif souverain pour les agents): 2 changed, "
                   f"{len(ids) - 2} unchanged, 0 row(s) not applied\n"
                   f"  row 2: {ids[0]}: to_contact -> retained\n"
                   f"  row 3: {ids[1]}: to_contact -> rejected; notes changed\n")


def test_rows_it_cannot_match_are_named_and_the_others_applied(capsys, tmp_path, data_dir):
    result = export(capsys, tmp_path / "tender.xlsx")
    ids = [item["offering_id"] for item in result["shortlist"]]
    evaluated = edit(tmp_path / "tender.xlsx", tmp_path / "evaluated.xlsx", {
        2: (None, "Retenue", "ok"),
        3: ("no-such-offering", "Retenue", ""),
        4: (None, "peut-être", ""),
        5: (ids[0], "Écartée", "doublon"),      # row 2's offering again, with another decision
        6: (ids[4], "Écartée", "hors budget"),  # the same offering on two rows with the same words is fine
        7: (ids[4], "Écartée", "hors budget"),
    })
    status, out, err = run(capsys, "import-decisions", str(evaluated), "--who", "dana", "--json")
    assert (status, err) == (1, "")
    report = json.loads(out)
    assert report["problems"] == [
        {"row": 3, "offering_id": "no-such-offering", "field": None,
         "message": "the offering 'no-such-offering' is not in the shortlist 'Assistant génératif souverain pour "
                    "les agents' (id 1), so the row cannot be matched"},
        {"row": 4, "offering_id": ids[2], "field": "Décision",
         "message": "unknown decision 'peut-être'; expected one of À contacter, Retenue, Écartée"},
        {"row": 5, "offering_id": ids[0], "field": None,
         "message": "the offering also appears on row 2 with another decision or notes; neither row was applied"}]
    assert [(c["row"], c["offering_id"], c["decision"]) for c in report["changed"]] == [(6, ids[4], "rejected")]
    assert report["missing"] == [ids[1], ids[3], ids[5]]
    stored, _ = saved(data_dir, 1)
    assert [(i.decision, i.notes) for i in stored.items] == \
        [("to_contact", "")] * 4 + [("rejected", "hors budget")] + [("to_contact", "")] * (len(ids) - 5)

    status, out, _ = run(capsys, "import-decisions", str(evaluated), "--who", "dana")
    assert status == 1
    assert out.splitlines()[1:] == [
        f"  not applied: {evaluated}, row 3, record 'no-such-offering': the offering 'no-such-offering' is not in "
        "the shortlist 'Assistant génératif souverain pour les agents' (id 1), so the row cannot be matched",
        f"  not applied: {evaluated}, row 4, record '{ids[2]}', field 'Décision': unknown decision 'peut-être'; "
        "expected one of À contacter, Retenue, Écartée",
        f"  not applied: {evaluated}, row 5, record '{ids[0]}': the offering also appears on row 2 with another "
        "decision or notes; neither row was applied",
        f"  not in the workbook (left as they were): {ids[1]}, {ids[3]}, {ids[5]}"]


def test_all_or_nothing_when_a_write_fails(capsys, tmp_path, data_dir, monkeypatch):
    result = export(capsys, tmp_path / "tender.xlsx")
    edit(tmp_path / "tender.xlsx", tmp_path / "e.xlsx", {2: (None, "Retenue", "a"), 3: (None, "Retenue", "b")})
    calls = []

    def fails_second_time(*args, **kwargs):
        calls.append(args[2])
        if len(calls) == 2:
            raise UserInputError("the disk is full")
        return set_decision(*args, **kwargs)

    monkeypatch.setattr(catalog.workbook._decisions, "set_decision", fails_second_time)
    status, _, err = run(capsys, "import-decisions", str(tmp_path / "e.xlsx"), "--who", "dana")
    assert (status, err) == (2, "vivier: error: the disk is full\n")
    assert len(calls) == 2
    stored, history = saved(data_dir, result["saved_id"])
    assert {(i.decision, i.notes) for i in stored.items} == {("to_contact", "")}
    assert [h["action"] for h in history] == ["create"]


def test_a_workbook_vivier_did_not_export(capsys, tmp_path):
    wb = Workbook()
    wb.active["A1"] = "Décision"
    wb.save(tmp_path / "other.xlsx")
    status, out, err = run(capsys, "import-decisions", str(tmp_path / "other.xlsx"))
    assert (status, out) == (2, "")
    assert err == (f"vivier: error: {tmp_path / 'other.xlsx'}: this workbook was not exported by Vivier (its hidden "
                   "'vivier' sheet is missing), so its decisions cannot be matched\n")


def test_a_truncated_or_missing_workbook(capsys, tmp_path, data_dir):
    export(capsys, tmp_path / "tender.xlsx")
    data = (tmp_path / "tender.xlsx").read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    status, out, err = run(capsys, "import-decisions", str(tmp_path / "cut.xlsx"))
    assert (status, out) == (2, "")
    assert err.startswith(f"vivier: error: {tmp_path / 'cut.xlsx'}: ") and "not a valid .xlsx file" in err
    status, _, err = run(capsys, "import-decisions", str(tmp_path / "gone.xlsx"))
    assert (status, err) == (2, f"vivier: error: cannot read {tmp_path / 'gone.xlsx'}: no such file\n")
    assert [h["action"] for h in saved(data_dir, 1)[1]] == ["create"]


def test_a_workbook_from_another_workspace(capsys, tmp_path, data_dir, monkeypatch):
    export(capsys, tmp_path / "tender.xlsx")
    elsewhere = tmp_path / "other-data"
    monkeypatch.setenv("VIVIER_DATA_DIR", str(elsewhere))
    status, _, err = run(capsys, "import-decisions", str(tmp_path / "tender.xlsx"))
    assert (status, err) == (2, "vivier: error: no saved shortlist has the id 1\n")

    # Timestamps have whole seconds: the other workspace's shortlist is dated a year earlier to tell them apart.
    monkeypatch.setattr(catalog.quotas._saved, "now_iso", lambda: "2025-11-29T09:00:00+00:00")
    status, _, _ = run(capsys, "shortlist", str(TRANSLATION), "--save", "other", "--who", "eve")
    assert status == 0
    status, _, err = run(capsys, "import-decisions", str(tmp_path / "tender.xlsx"))
    with open_session(data_dir) as session:
        exported = load_shortlist(session.workspace, 1).created_at
    assert status == 2
    assert err == (f"vivier: error: {tmp_path / 'tender.xlsx'}: this workbook shows shortlist 1 created at "
                   f"{exported}, but this workspace's shortlist 1 ('other') was created at 2025-11-29T09:00:00+00:00:"
                   " it comes from another workspace, so its decisions were not imported\n")


def test_cli_leaves_no_temporary_files(capsys, tmp_path):
    export(capsys, tmp_path / "tender.xlsx")
    export(capsys, tmp_path / "tender.xlsx")
    assert os.listdir(tmp_path) == ["tender.xlsx"]
