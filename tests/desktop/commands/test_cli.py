"""The command line, run in-process through desktop.cli.main (the same function `vivier` calls)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from catalog import __version__
from desktop.cli import main


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == f"vivier {__version__}\n"


def test_stats_json_on_the_shipped_catalog(capsys):
    status, out, err = run(capsys, "catalog", "stats", "--json")
    stats = json.loads(out)
    assert status == 0 and err == ""
    assert set(stats) == {"organisations", "offerings", "marketplaces", "listings", "programmes",
                          "programmes_by_kind", "records_without_source", "catalog_version"}
    assert all(isinstance(stats[k], int) for k in ("organisations", "offerings", "marketplaces", "programmes"))
    assert stats["records_without_source"] == 0
    assert sum(stats["programmes_by_kind"].values()) == stats["programmes"]


def test_search_finds_mistral_despite_the_typo(capsys):
    status, out, _ = run(capsys, "catalog", "search", "mistrall", "--json")
    result = json.loads(out)
    assert status == 0
    assert result["hits"][0] == {"id": "mistral-ai", "kind": "organisation", "name": "Mistral AI",
                                 "score": result["hits"][0]["score"]}
    assert all(set(h) == {"id", "kind", "name", "score"} for h in result["hits"])


def test_show_prints_the_record_with_sources(capsys):
    status, out, _ = run(capsys, "catalog", "show", "mistral-ai", "--json")
    shown = json.loads(out)
    assert status == 0
    assert (shown["kind"], shown["record"]["id"], shown["origin"]) == ("organisation", "mistral-ai", "shipped")
    assert shown["record"]["sources"] and all(s["url"].startswith("http") for s in shown["record"]["sources"])
    status, out, _ = run(capsys, "catalog", "show", "mistral-ai")
    assert "sources:" in out and "http" in out


@pytest.mark.parametrize(
    "argv, message",
    [
        (["catalog", "show", "no-such-record"], "vivier: error: no catalog record has the id 'no-such-record'\n"),
        (["catalog", "import", "missing.json"], "vivier: error: missing.json: no such file\n"),
        (["catalog", "import", "notes.txt"], "vivier: error: notes.txt: unsupported file type '.txt'; use .json, .csv or .xlsx\n"),
        (["catalog", "search", "x", "--limit", "0"], "vivier: error: --limit must be at least 1\n"),
    ],
)
def test_user_mistakes_exit_2_with_one_line(capsys, argv, message):
    status, out, err = run(capsys, *argv)
    assert (status, out, err) == (2, "", message)


def test_bad_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["catalog", "frobnicate"])
    assert info.value.code == 2
    assert capsys.readouterr().err.startswith("vivier: error: argument ACTION: invalid choice: 'frobnicate'")


def test_export_then_dry_run_import(capsys, tmp_path):
    path = tmp_path / "all.json"
    status, out, _ = run(capsys, "catalog", "export", str(path))
    assert status == 0 and out.startswith(f"{path}: exported ")
    status, out, _ = run(capsys, "catalog", "import", str(path), "--dry-run", "--json")
    report = json.loads(out)
    assert status == 0
    assert (report["added"], report["updated"], report["dry_run"]) == (0, 0, True)
    assert report["unchanged"] == sum(report["by_kind"].values())


def test_invalid_import_names_file_row_field_and_exits_2(capsys, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("record_type,id,name,hq_country,description\norganisation,x,X,France,\n", encoding="utf-8")
    status, out, err = run(capsys, "catalog", "import", str(path))
    assert status == 2 and out == ""
    assert err == ("vivier: error: bad.csv was not imported (nothing was changed): 1 problem\n"
                   "  bad.csv, row 2, record 'x', field 'hq_country': 'France' is not a two-letter country code "
                   "(ISO 3166-1, e.g. FR)\n")


def test_corrupted_catalog_is_explained(capsys, data_dir):
    (data_dir / "catalog.db").write_bytes(os.urandom(4096))
    status, out, err = run(capsys, "catalog", "stats")
    assert status == 1 and "is damaged or is not a Vivier database" in err and "vivier catalog rebuild" in err
    assert "Traceback" not in err
    status, out, err = run(capsys, "catalog", "rebuild")
    assert status == 0 and "catalog rebuilt from the shipped catalog" in out
    assert run(capsys, "catalog", "stats", "--json")[0] == 0


def test_check_passes_on_the_shipped_catalog(capsys):
    status, out, _ = run(capsys, "catalog", "check", "--json")
    report = json.loads(out)
    assert (status, report["hard_errors"], report["records_without_source"], report["dangling_references"],
            report["unknown_taxonomy_terms"]) == (0, 0, [], [], [])


def test_subcommands_never_import_qt(tmp_path):
    code = ("import sys; from desktop.cli import main; "
            "status = main(['catalog', 'search', 'deepl', '--json']); "
            "assert status == 0, status; "
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))], 'Qt was imported'")
    env = {**os.environ, "VIVIER_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                            cwd=Path(__file__).resolve().parents[3])
    assert result.returncode == 0, result.stderr
