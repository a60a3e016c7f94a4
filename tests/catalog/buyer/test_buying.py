"""The buyer's pass as jobs (rank, shortlist, workbook), the AI Act questionnaire, the programme list export."""

from __future__ import annotations

import csv
from dataclasses import replace

import openpyxl
import pytest

from catalog.buyer import buyer_pass, rank_job, rank_offerings, shortlist_of, shortlist_view_job
from catalog.errors import UserInputError, ValidationError
from catalog.jobs import run_job
from catalog.quotas import build_shortlist, candidates_from_ranking
from catalog.sme import (
    QUESTIONS,
    RiskAnswer,
    classify_ai_act_risk,
    export_programme_matches,
    match_programmes,
    parse_company_profile,
)
from catalog.workbook import export_workbook_job
from tests.support.profiles import buyer_profile

PROFILE = {"name": "Text", "capabilities": ["text generation", "translation"],
           "shortlist_size": 2, "unknown_policy": "warn",
           "quota_rules": [{"label": "A start-up", "mode": "required", "predicate": {"startup": True},
                            "bound": {"min_count": 1}}]}


@pytest.fixture
def profile():
    return buyer_profile(**PROFILE)


def _steps_and_result(job):
    steps = []
    return steps, run_job(job, on_progress=steps.append)


def test_rank_job_matches_the_engine(mini_store, profile):
    steps, result = _steps_and_result(rank_job(mini_store.path, profile))
    assert [s.done for s in steps] == [0, 1, 2, 3]
    ranking = rank_offerings(mini_store, profile)
    assert [r.offering_id for r in result.ranked] == [r.offering_id for r in ranking.ranked]
    assert [e.offering_id for e in result.excluded] == [e.offering_id for e in ranking.excluded]
    candidates = candidates_from_ranking(ranking, mini_store)
    assert result.candidates == candidates
    best = build_shortlist(candidates, profile.quota_rules, size=2)
    assert [c.offering_id for c in result.shortlist.items] == [c.offering_id for c in best.items]
    assert (result.ranked_count, result.offerings) == (len(ranking.ranked), ranking.offerings)


def test_one_pipeline_for_every_front_end(mini_store, profile):
    # the CLI's shortlist (no rows read), the workbook's hand-made list and the desktop's job agree
    ranking = rank_offerings(mini_store, profile)
    candidates = candidates_from_ranking(ranking, mini_store)
    best = build_shortlist(candidates, profile.quota_rules, size=2)
    plain = buyer_pass(mini_store, profile)
    assert (plain.ranked, plain.excluded) == ([], [])
    assert [c.offering_id for c in plain.shortlist.items] == [c.offering_id for c in best.items]
    assert all(c.offering is not None and c.organisation is not None for c in plain.shortlist.items)
    one = buyer_pass(mini_store, profile, size=1, shown=2)
    assert [r.offering_id for r in one.ranked] == [r.offering_id for r in ranking.ranked[:2]]
    assert len(one.shortlist.items) == 1
    own = buyer_pass(mini_store, profile, items=[candidates[-1].offering_id])
    assert [c.offering_id for c in own.shortlist.items] == [candidates[-1].offering_id]


def test_the_shortlist_view_reads_records_and_names_deleted_offerings(mini_store, profile):
    _steps, result = _steps_and_result(rank_job(mini_store.path, profile))
    ids = [c.offering_id for c in result.candidates]
    # as for a candidate ranked below the records window: no records yet
    result.candidates = [replace(c, offering=None, organisation=None) for c in result.candidates]
    steps, view = _steps_and_result(shortlist_view_job(mini_store.path, result, [*ids, "not-a-candidate"]))
    assert [s.done for s in steps] == [0, 1]
    assert [view.candidates[i].offering["id"] for i in ids] == ids
    assert [c.offering_id for c in view.evaluated.items] == ids
    assert view.gone == ()
    mini_store.delete(ids[0])
    _steps, view = _steps_and_result(shortlist_view_job(mini_store.path, result, ids))
    assert view.gone == (ids[0],)
    assert view.candidates[ids[0]].offering is None and view.candidates[ids[1]].offering["id"] == ids[1]


def test_shortlist_of_a_hand_made_list(mini_store, profile):
    _steps, result = _steps_and_result(rank_job(mini_store.path, profile))
    ids = [c.offering_id for c in result.candidates]
    chosen = shortlist_of(ids[:1], result.candidates, profile)
    assert [c.offering_id for c in chosen.items] == ids[:1]
    assert chosen.total_score == pytest.approx(result.candidates[0].score)
    assert [e.rule.label for e in chosen.evaluations] == ["A start-up"]
    with pytest.raises(ValidationError) as caught:
        shortlist_of(["nope"], result.candidates, profile)
    assert [str(p) for p in caught.value.problems] == [
        "field 'shortlist[0]': 'nope' is not an eligible offering for this need"]


def test_export_workbook_job(mini_store, profile, tmp_path):
    _steps, result = _steps_and_result(rank_job(mini_store.path, profile))
    items = [c.offering_id for c in result.shortlist.items]
    steps, written = _steps_and_result(export_workbook_job(mini_store.path, profile, items, tmp_path / "t.xlsx"))
    assert [s.message for s in steps] == ["ranking the offerings", "writing t.xlsx", "done"]
    assert written.shortlist_rows == len(items)
    assert (tmp_path / "t.xlsx").is_file()


@pytest.mark.parametrize("answers, expected", [
    ({"prohibited": True}, RiskAnswer("unacceptable", "prohibited")),
    ({"prohibited": False, "gpai": True}, RiskAnswer("gpai", "gpai")),
    ({"prohibited": False, "gpai": False, "high": True}, RiskAnswer("high", "high")),
    ({"prohibited": False, "gpai": False, "high": False, "limited": True}, RiskAnswer("limited", "limited")),
    ({"prohibited": False, "gpai": False, "high": False, "limited": False}, RiskAnswer("minimal", None)),
    ({"prohibited": False, "gpai": None, "high": True}, RiskAnswer("unknown", "gpai")),
    ({}, RiskAnswer("unknown", "prohibited")),
])
def test_ai_act_questionnaire(answers, expected):
    assert classify_ai_act_risk(answers) == expected


def test_ai_act_questionnaire_refuses_unknown_questions():
    with pytest.raises(ValueError, match="unknown question"):
        classify_ai_act_risk({"colour": True})
    assert [q.risk for q in QUESTIONS] == ["unacceptable", "gpai", "high", "limited"]


COMPANY = {"schema": "vivier.company-profile/1", "name": "Champ", "country": "FR", "headcount": 12,
           "sectors": ["agrifood"], "language": "en"}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_programme_list_export(mini_store, tmp_path, suffix):
    company = parse_company_profile(COMPANY, source="test")
    matches = match_programmes(mini_store, company)
    path = tmp_path / f"list{suffix}"
    assert export_programme_matches(path, company, matches) == len(matches)
    if suffix == ".csv":
        rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    else:
        rows = [list(r) for r in openpyxl.load_workbook(path)["Programmes"].iter_rows(values_only=True)]
    assert rows[0][:4] == ["Programme", "Kind", "Status", "Eligible"]
    assert [r[-1] for r in rows[1:]] == [m.programme_id for m in matches]


def test_programme_list_refuses_other_formats(mini_store, tmp_path):
    company = parse_company_profile(COMPANY, source="test")
    with pytest.raises(UserInputError, match="must be a .csv or .xlsx file"):
        export_programme_matches(tmp_path / "list.json", company, [])
    assert not (tmp_path / "list.json").exists()


def test_the_working_shortlist_is_kept_once_decided_and_versioned_when_its_items_change(mini_store, workspace,
                                                                                        profile):
    from catalog.buyer import KeptShortlist, keep_shortlist
    from catalog.quotas import load_shortlist
    from tests.support import shortlist_history

    _steps, result = _steps_and_result(rank_job(mini_store.path, profile))
    first, second = [c.offering_id for c in result.candidates[:2]]

    def keep(decisions, kept, force=False):
        return keep_shortlist(mini_store, workspace, result, decisions, kept=kept, who="Ana", force=force)

    assert keep([(first, "to_contact", "")], None) is None          # nothing decided: nothing kept
    kept = keep([(first, "retained", "")], None)
    assert kept == KeptShortlist(kept.id, (first,))
    assert keep([(first, "retained", "Démo le 12/01")], kept) == kept  # same items: same version, one more entry
    assert [(i.offering_id, i.decision, i.notes) for i in load_shortlist(workspace, kept.id).items] == [
        (first, "retained", "Démo le 12/01")]
    assert [e["detail"] for e in shortlist_history(workspace, kept.id)][-1] == {
        "offering_id": first, "notes": {"from": "", "to": "Démo le 12/01"}}
    again = keep([(first, "retained", "Démo le 12/01"), (second, "to_contact", "")], kept)
    assert again.id != kept.id and again.items == (first, second)   # new items: a new version
    assert [i.offering_id for i in load_shortlist(workspace, kept.id).items] == [first]  # the old one as it was
    assert keep([], again) == again
    assert keep([(second, "to_contact", "")], None, force=True).items == (second,)  # an export keeps its list


def test_the_answer_says_when_its_obligations_apply_as_the_digital_omnibus_set_them():
    high = RiskAnswer("high", "high")
    assert high.applies("en") == ("High-risk obligations: from 2 December 2027 for Annex III uses, from 2 August "
                                  "2028 for safety components of regulated products (Annex I), dates postponed by "
                                  "the Digital Omnibus on AI.")
    assert "2 décembre 2027" in high.applies("fr") and "2 août 2028" in high.applies("fr")
    assert RiskAnswer("limited", "limited").applies("en") == "Transparency obligations (Art. 50) apply since 2 August 2026."
    assert RiskAnswer("unknown", "gpai").applies("fr") == ""
    assert all(RiskAnswer(risk, None).applies(lang) for risk in ("unacceptable", "gpai", "high", "limited", "minimal")
               for lang in ("fr", "en"))
