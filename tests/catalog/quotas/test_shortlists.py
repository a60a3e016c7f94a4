"""Shortlists kept in workspace.db: snapshots, decisions, notes and the append-only audit log."""

from __future__ import annotations

import sqlite3

import pytest

from catalog.errors import UserInputError, ValidationError
from catalog.quotas import (
    Candidate,
    ShortlistNotFound,
    build_shortlist,
    evaluate_shortlist,
    list_shortlists,
    load_shortlist,
    parse_rules,
    save_shortlist,
    set_decision,
)
from tests.support import shortlist_history

RULES = parse_rules([{"label": "startups", "predicate": {"startup": True}, "bound": {"min_count": 1}}])
CANDIDATES = [
    Candidate("a", "org-a", 50.0, startup=False, hq_country="FR", listed_on=frozenset({"ugap"}), public_route=True,
              offering={"id": "a", "organisation_id": "org-a", "name": "A"},
              organisation={"id": "org-a", "name": "Org A"}),
    Candidate("b", "org-b", 40.0, startup=False, offering={"id": "b", "organisation_id": "org-b", "name": "B"}),
    Candidate("c", "org-c", 30.0, startup=True, estimated_amount=10.0,
              offering={"id": "c", "organisation_id": "org-c", "name": "C"}),
]


def saved(workspace):
    result = build_shortlist(CANDIDATES, RULES, size=2)
    return save_shortlist(workspace, result, {"name": "need", "quota_rules": [r.to_json() for r in RULES]},
                          name="  Assistants  ", who="alice", catalog_version="2026.1")


def test_save_and_load_keep_snapshots_and_reevaluate_without_the_catalog(workspace):
    shortlist_id = saved(workspace)
    loaded = load_shortlist(workspace, shortlist_id)
    assert (loaded.name, loaded.profile["name"], loaded.catalog_version) == ("Assistants", "need", "2026.1")
    assert [(i.offering_id, i.position, i.score, i.decision, i.notes) for i in loaded.items] == [
        ("a", 1, 50.0, "to_contact", ""), ("c", 2, 30.0, "to_contact", "")]
    assert loaded.items[0].snapshot == {
        "offering": {"id": "a", "organisation_id": "org-a", "name": "A"},
        "organisation": {"id": "org-a", "name": "Org A"},
        "facts": {"estimated_amount": None, "size_class": None, "startup": False, "hq_country": "FR",
                  "eu_controlled": None, "open_weights": None, "public_route": True, "listed_on": ["ugap"]}}
    assert loaded.candidates() == [CANDIDATES[0], CANDIDATES[2]]
    [evaluation] = evaluate_shortlist(loaded.candidates(), RULES, loaded.candidates())
    assert (evaluation.satisfied, evaluation.value) == (True, 1)
    assert [(s.id, s.name, s.items) for s in list_shortlists(workspace)] == [(shortlist_id, "Assistants", 2)]


def test_decisions_and_notes_are_logged_with_before_and_after(workspace):
    shortlist_id = saved(workspace)
    item = set_decision(workspace, shortlist_id, "c", who="bob", decision="retained", notes="Demo on 3 May")
    assert (item.decision, item.notes) == ("retained", "Demo on 3 May")
    assert set_decision(workspace, shortlist_id, "c", who="bob", decision="retained") == item  # no change, no entry
    set_decision(workspace, shortlist_id, "a", who="carol", decision="rejected")
    history = shortlist_history(workspace, shortlist_id)
    assert [(h["who"], h["action"]) for h in history] == [("alice", "create"), ("bob", "update"), ("carol", "update")]
    assert history[0]["detail"] == {
        "name": "Assistants", "items": ["a", "c"], "total_score": 80.0, "unconstrained_total_score": 90.0,
        "quotas": [{"rule": "startups", "required": True, "satisfied": True, "value": 1, "target": 1}]}
    assert history[1]["detail"] == {"offering_id": "c", "decision": {"from": "to_contact", "to": "retained"},
                                    "notes": {"from": "", "to": "Demo on 3 May"}}
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        workspace.db.execute("DELETE FROM audit_log")


@pytest.mark.parametrize("kwargs, message", [
    ({"decision": "maybe", "who": "bob"},
     "field 'decision': unknown decision 'maybe'; expected one of to_contact, retained, rejected"),
    ({"notes": "x" * 20_001, "who": "bob"}, "field 'notes': must be text of at most 20,000 characters"),
    ({"decision": "retained", "who": " "}, "field 'who': is required: who makes the change (kept in the audit log)"),
])
def test_bad_changes_are_refused_and_nothing_changes(workspace, kwargs, message):
    shortlist_id = saved(workspace)
    with pytest.raises(ValidationError) as info:
        set_decision(workspace, shortlist_id, "c", **kwargs)
    assert [str(p) for p in info.value.problems] == [message]
    assert load_shortlist(workspace, shortlist_id).items[1].decision == "to_contact"
    assert len(shortlist_history(workspace, shortlist_id)) == 1


def test_unknown_shortlist_or_item(workspace):
    shortlist_id = saved(workspace)
    with pytest.raises(ShortlistNotFound, match="no saved shortlist has the id 99"):
        load_shortlist(workspace, 99)
    with pytest.raises(UserInputError, match="the shortlist 'Assistants' \\(id 1\\) has no offering 'zz'"):
        set_decision(workspace, shortlist_id, "zz", who="bob", decision="rejected")


def test_infeasible_result_is_not_saved(workspace):
    rules = parse_rules([{"label": "three startups", "predicate": {"startup": True}, "bound": {"min_count": 2}}])
    result = build_shortlist(CANDIDATES, rules, size=2)
    with pytest.raises(ValidationError, match="has no items to keep"):
        save_shortlist(workspace, result, {}, name="x", who="alice")
    assert list_shortlists(workspace) == []
