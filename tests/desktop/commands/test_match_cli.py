"""``vivier match`` and ``vivier programmes`` as a user runs them, on the shipped catalog and examples."""

from __future__ import annotations

import json
import string

import pytest

from catalog.buyer import load_buyer_profile, save_buyer_profile
from catalog.paths import resource_path
from catalog.text.messages import MESSAGES
from desktop.cli import main

EXAMPLES = resource_path("examples")
BUYERS = sorted(EXAMPLES.glob("buyer-*.json"))
COMPANIES = sorted(EXAMPLES.glob("company-*.json"))


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_there_are_at_least_four_examples_of_each_kind():
    assert len(BUYERS) >= 4 and len(COMPANIES) >= 4


@pytest.mark.parametrize("path", BUYERS, ids=lambda p: p.stem)
def test_match_json_on_every_example(capsys, path):
    status, out, err = run(capsys, "match", str(path), "--top", "3", "--json")
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert len(data["ranked"]) <= 3
    counts = data["counts"]
    assert counts["ranked"] + counts["excluded"] + counts["off_topic"] == counts["offerings"]
    assert len(data["excluded"]) == data["counts"]["excluded"]
    for item in data["ranked"]:
        assert {"offering_id", "offering", "organisation", "score", "breakdown"} <= set(item)
        assert 0 <= item["score"] <= 100
        assert [b["criterion"] for b in item["breakdown"]] == ["capability_fit", "price", "sovereignty", "openness",
                                                              "frugality", "sme", "purchasing_route"]
        assert all(set(b) == {"criterion", "weight", "score", "explanation", "applicable"} and b["explanation"]
                   for b in item["breakdown"])
    assert all(e["reasons"] for e in data["excluded"])
    assert data["sensitivity"] is None or data["sensitivity"]["leader"] == data["ranked"][0]["offering_id"]
    scores = [r["score"] for r in data["ranked"]]
    assert scores == sorted(scores, reverse=True)


def test_match_text_output(capsys):
    status, out, err = run(capsys, "match", str(EXAMPLES / "buyer-sovereign-assistant.json"), "--top", "2")
    assert status == 0 and err == ""
    assert out.splitlines()[0].startswith("Assistant génératif souverain pour les agents: ")
    assert "  1. " in out and "  2. " in out and "  3. " not in out and "excluded:" in out


@pytest.mark.parametrize("content, field", [
    ({"schema": "vivier.buyer-profile/1", "name": "x", "capabilities": ["ocr"], "weights": {"price": 0}},
     "field 'weights': every weight is zero"),
    ({"schema": "vivier.buyer-profile/1", "name": "x", "capabilities": ["ocr"], "weights": {"speed": 3}},
     "field 'weights.speed': unknown criterion"),
    ({"schema": "vivier.buyer-profile/1", "name": "x", "capabilities": ["traduction", "zzzzqqqq"]},
     "field 'capabilities[1]': 'zzzzqqqq' matches no capability of the taxonomy"),
    ({"schema": "vivier.buyer-profile/1", "name": "x", "capabilities": "ocr"},
     "field 'capabilities': expected a list, got text"),
    ({"schema": "vivier.company-profile/1"}, "field 'schema': expected 'vivier.buyer-profile/2'"),
])
def test_bad_profiles_exit_2_naming_the_field(capsys, tmp_path, content, field):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    status, out, err = run(capsys, "match", str(path), "--json")
    assert (status, out) == (2, "")
    assert str(path) in err and field in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


def test_empty_and_missing_files_exit_2(capsys, tmp_path):
    (tmp_path / "empty.json").write_bytes(b"")
    status, _, err = run(capsys, "match", str(tmp_path / "empty.json"))
    assert status == 2 and "the file is empty" in err
    status, _, err = run(capsys, "programmes", str(tmp_path / "missing.json"))
    assert status == 2 and "cannot read" in err


def test_top_must_be_positive(capsys):
    status, _, err = run(capsys, "match", str(BUYERS[0]), "--top", "0")
    assert status == 2 and "--top must be at least 1" in err


@pytest.mark.parametrize("path", COMPANIES, ids=lambda p: p.stem)
def test_programmes_json_on_every_example(capsys, path):
    status, out, err = run(capsys, "programmes", str(path), "--json")
    assert (status, err) == (0, "")
    data = json.loads(out)
    eligible = [m["eligible"] for m in data["matches"]]
    assert eligible == sorted(eligible, reverse=True) and any(eligible) and not all(eligible)
    for m in data["matches"]:
        assert {"programme_id", "name", "kind", "eligible", "score", "reasons"} <= set(m)
        assert m["reasons"] and (m["eligible"] or m["score"] == 0)


def test_programmes_text_output(capsys):
    status, out, _ = run(capsys, "programmes", str(EXAMPLES / "company-large-bank.json"))
    assert status == 0
    assert out.splitlines()[0].startswith("Banque Européenne du Nord (example) (large, FR, FR-HDF): ")
    assert "not eligible:" in out and "EIC Accelerator: réservé aux entreprises de taille micro/petite/moyenne" in out


def test_example_profiles_round_trip(tmp_path):
    for path in BUYERS:
        profile = load_buyer_profile(path)
        save_buyer_profile(profile, tmp_path / path.name)
        assert load_buyer_profile(tmp_path / path.name) == profile


def test_message_catalog_is_complete_in_both_languages():
    fields = string.Formatter()
    for key, texts in MESSAGES.items():
        assert set(texts) == {"fr", "en"}, key
        names = [{f for _, f, _, _ in fields.parse(texts[lang]) if f} for lang in ("fr", "en")]
        assert names[0] == names[1], key
