"""``vivier shortlist PROFILE.json`` as a user runs it, on the shipped catalog and example profiles."""

from __future__ import annotations

import json

import pytest

from catalog.paths import resource_path
from catalog.quotas import list_shortlists, load_shortlist
from catalog.records import load_shipped
from catalog.session import open_session
from desktop.cli import main

BUYERS = sorted(resource_path("examples").glob("buyer-*.json"))


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def profile_with(tmp_path, rules, **extra):
    data = json.loads((resource_path("examples") / "buyer-sovereign-assistant.json").read_text(encoding="utf-8"))
    data.update(quota_rules=rules, **extra)
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_examples_carry_required_quota_rules():
    with_required = [p.name for p in BUYERS
                     if any(r.get("mode", "required") == "required"
                            for r in json.loads(p.read_text(encoding="utf-8"))["quota_rules"])]
    assert len(with_required) >= 2


@pytest.mark.parametrize("path", BUYERS, ids=lambda p: p.stem)
def test_shortlist_json_on_every_example(capsys, path):
    status, out, err = run(capsys, "shortlist", str(path), "--json")
    result = json.loads(out)
    assert (status, err, result["infeasible"]) == (0, "", None)
    assert {"shortlist", "quotas", "total_score", "unconstrained_total_score", "infeasible"} <= set(result)
    assert all({"offering_id", "offering", "organisation", "score"} <= set(i) for i in result["shortlist"])
    assert all({"rule", "required", "satisfied", "value", "target"} <= set(q) for q in result["quotas"])
    assert all(q["satisfied"] for q in result["quotas"] if q["required"])
    organisations = [i["organisation_id"] for i in result["shortlist"]]
    assert len(organisations) == len(set(organisations))
    assert result["total_score"] == pytest.approx(sum(i["score"] for i in result["shortlist"]), abs=1e-5)
    assert result["unconstrained_total_score"] >= result["total_score"]


def test_a_quota_that_costs_score(capsys, tmp_path):
    rules = [{"label": "Two outside France", "predicate": {"not": {"hq_country_in": ["FR"]}},
              "bound": {"min_count": 2}},
             {"label": "Two open-weight models", "predicate": {"open_weights": True}, "bound": {"min_count": 2}}]
    free = json.loads(run(capsys, "shortlist", str(profile_with(tmp_path, []), ), "--json", "--size", "3")[1])
    status, out, _ = run(capsys, "shortlist", str(profile_with(tmp_path, rules)), "--json", "--size", "3")
    result = json.loads(out)
    assert status == 0
    assert result["unconstrained_total_score"] == free["total_score"]
    assert result["quota_cost"] == pytest.approx(result["unconstrained_total_score"] - result["total_score"])
    assert [q["satisfied"] for q in result["quotas"]] == [True, True]


def test_infeasible_profile_names_the_rule(capsys, tmp_path):
    rules = [{"label": "Three in Luxembourg", "predicate": {"hq_country_in": ["LU"]}, "bound": {"min_count": 3}}]
    status, out, _ = run(capsys, "shortlist", str(profile_with(tmp_path, rules)), "--json", "--size", "4")
    result = json.loads(out)
    assert status == 1
    assert result["shortlist"] == [] and result["blocking_rules"] == ["Three in Luxembourg"]
    assert result["infeasible"].startswith(
        "the rule 'Three in Luxembourg' (at least 3: headquartered in LU) cannot be met in a shortlist of 4: ")
    status, out, _ = run(capsys, "shortlist", str(profile_with(tmp_path, rules)), "--size", "4")
    assert out.startswith("no compliant shortlist: the rule 'Three in Luxembourg'")


@pytest.mark.parametrize("rules, size, message", [
    ([{"label": "x", "predicate": {"startup": True}, "bound": {"min_share": 1.5}}], None,
     "quota_rules[0].bound.min_share': must be between 0 and 1"),
    ([{"label": "x", "predicate": {"sme": True}, "bound": {"min_count": 1}}], None,
     "quota_rules[0].predicate.sme': unknown attribute 'sme'"),
    ([{"label": "x", "predicate": {"startup": True}, "bound": {"min_count": 5}}], "3",
     "quota_rules[0].bound': asks for at least 5 offerings but the shortlist holds 3"),
])
def test_bad_rules_exit_2_naming_the_rule(capsys, tmp_path, rules, size, message):
    argv = ["shortlist", str(profile_with(tmp_path, rules))] + (["--size", size] if size else [])
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "")
    assert message in err and err.startswith("vivier: error:")


def test_size_must_be_positive_and_save_needs_who(capsys):
    assert run(capsys, "shortlist", str(BUYERS[0]), "--size", "0")[2] == "vivier: error: --size must be at least 1\n"
    assert run(capsys, "shortlist", str(BUYERS[0]), "--save", "x")[2] == (
        "vivier: error: --save needs --who (the name kept in the audit log)\n")


def test_save_keeps_the_shortlist_in_the_workspace(capsys, data_dir):
    path = resource_path("examples") / "buyer-machine-translation.json"
    status, out, _ = run(capsys, "shortlist", str(path), "--json", "--save", "Traduction 2026", "--who", "alice")
    result = json.loads(out)
    assert status == 0
    with open_session(data_dir) as session:
        [summary] = list_shortlists(session.workspace)
        saved = load_shortlist(session.workspace, result["saved_id"])
    assert (summary.name, summary.items) == ("Traduction 2026", len(result["shortlist"]))
    assert [i.offering_id for i in saved.items] == [i["offering_id"] for i in result["shortlist"]]
    assert saved.profile["quota_rules"][0]["label"] == "SMEs or startups: at least 40%"
    # the shipped catalog version it was drawn from (it read a meta key nothing writes, so it kept None)
    assert saved.catalog_version == load_shipped().version
