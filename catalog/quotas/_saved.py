"""Shortlists kept in ``workspace.db``: what was chosen, as it was, and who changed what.

A saved shortlist holds the buyer profile used, and per item a snapshot of the offering and
organisation records (and the facts the quota rules read), so a later catalog update cannot
silently rewrite a past decision; :meth:`SavedShortlist.candidates` rebuilds the items from the
snapshots alone. Each item carries a decision (``to_contact``, ``retained``, ``rejected``) and
evaluator notes. Every change appends an entry to the append-only audit log (entity
``shortlist:<id>``) in the same transaction as the change.

Writes go through sqlite-utils' table API on the workspace store's connection (no SQL text here).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from catalog.errors import Problem, UserInputError, ValidationError
from catalog.records import WorkspaceStore, dumps, now_iso
from catalog.text.labels import DECISIONS, UNDECIDED

from ._evaluation import Candidate

if TYPE_CHECKING:
    from ._optimiser import ShortlistResult

#: evaluator notes longer than this are a paste accident, not a note
MAX_NOTES = 20_000
_FACTS = ("estimated_amount", "size_class", "startup", "hq_country", "eu_controlled", "open_weights", "public_route")


class ShortlistNotFound(UserInputError):
    """No saved shortlist has that id."""

    def __init__(self, shortlist_id: int):
        super().__init__(f"no saved shortlist has the id {shortlist_id}")
        self.shortlist_id = shortlist_id


@dataclass(frozen=True)
class SavedItem:
    offering_id: str
    position: int
    score: float | None
    snapshot: dict
    decision: str
    notes: str

    def candidate(self) -> Candidate:
        """The item as a :class:`Candidate`, from the snapshot (not the current catalog)."""
        facts = self.snapshot.get("facts", {})
        return Candidate(offering_id=self.offering_id, organisation_id=self.snapshot["offering"]["organisation_id"],
                         score=float(self.score or 0.0), listed_on=frozenset(facts.get("listed_on", ())),
                         offering=self.snapshot["offering"], organisation=self.snapshot.get("organisation"),
                         **{k: facts.get(k) for k in _FACTS})

    def to_json(self) -> dict:
        return {"offering_id": self.offering_id, "position": self.position, "score": self.score,
                "decision": self.decision, "notes": self.notes, "snapshot": self.snapshot}


@dataclass(frozen=True)
class SavedShortlist:
    id: int
    name: str
    profile: dict
    catalog_version: str | None
    created_at: str
    updated_at: str
    items: list[SavedItem]

    def candidates(self) -> list[Candidate]:
        return [item.candidate() for item in self.items]

    def item(self, offering_id: str) -> SavedItem:
        for item in self.items:
            if item.offering_id == offering_id:
                return item
        raise UserInputError(f"the shortlist {self.name!r} (id {self.id}) has no offering {offering_id!r}")

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "profile": self.profile, "catalog_version": self.catalog_version,
                "created_at": self.created_at, "updated_at": self.updated_at,
                "items": [item.to_json() for item in self.items]}


@dataclass(frozen=True)
class ShortlistSummary:
    id: int
    name: str
    created_at: str
    updated_at: str
    items: int


def _snapshot(c: Candidate) -> dict:
    facts: dict[str, Any] = {k: getattr(c, k) for k in _FACTS}
    facts["listed_on"] = sorted(c.listed_on)
    offering = c.offering or {"id": c.offering_id, "organisation_id": c.organisation_id}
    return {"offering": offering, "organisation": c.organisation, "facts": facts}


def _who(who: str) -> str:
    if not isinstance(who, str) or not who.strip():
        raise ValidationError([Problem("is required: who makes the change (kept in the audit log)", field="who")],
                              summary="cannot change the shortlist")
    return who.strip()[:200]


def save_shortlist(workspace: WorkspaceStore, result: ShortlistResult, profile, *, name: str, who: str,
                   catalog_version: str | None = None) -> int:
    """Keep ``result`` under ``name`` with ``profile`` (a BuyerProfile or its JSON); returns the new id.

    Items, snapshots and the audit entry are written in one transaction. Raises
    :class:`ValidationError` for an empty name or ``who``, or a result without items (an infeasible one).
    """
    who = _who(who)
    if not isinstance(name, str) or not name.strip():
        raise ValidationError([Problem("is required: a name for the shortlist", field="name")],
                              summary="cannot save the shortlist")
    if not result.items:
        raise ValidationError([Problem(f"has no items to keep ({result.infeasible or 'empty'})", field="shortlist")],
                              summary="cannot save the shortlist")
    profile_json = profile.to_json() if hasattr(profile, "to_json") else profile
    now = now_iso()
    db = workspace.db
    with workspace.transaction():
        shortlist_id = db["shortlists"].insert(
            {"name": name.strip(), "profile": dumps(profile_json), "catalog_version": catalog_version,
             "created_at": now, "updated_at": now}).last_pk
        db["shortlist_items"].insert_all(
            {"shortlist_id": shortlist_id, "offering_id": c.offering_id, "position": i + 1, "score": c.score,
             "snapshot": dumps(_snapshot(c)), "decision": UNDECIDED, "notes": ""}
            for i, c in enumerate(result.items))
        workspace.log(who=who, action="create", entity=f"shortlist:{shortlist_id}", detail={
            "name": name.strip(), "items": [c.offering_id for c in result.items],
            "total_score": result.total_score, "unconstrained_total_score": result.unconstrained_total_score,
            "quotas": [{"rule": e.rule.label, "required": e.rule.required, "satisfied": e.satisfied,
                        "value": e.value, "target": e.target} for e in result.evaluations]})
    return int(shortlist_id)


def load_shortlist(workspace: WorkspaceStore, shortlist_id: int) -> SavedShortlist:
    """The saved shortlist ``shortlist_id`` with its items in order; raises :class:`ShortlistNotFound`."""
    db = workspace.db
    rows = list(db["shortlists"].rows_where("id = ?", [shortlist_id]))
    if not rows:
        raise ShortlistNotFound(shortlist_id)
    row = rows[0]
    items = [SavedItem(offering_id=r["offering_id"], position=r["position"], score=r["score"],
                       snapshot=json.loads(r["snapshot"]), decision=r["decision"], notes=r["notes"])
             for r in db["shortlist_items"].rows_where("shortlist_id = ?", [shortlist_id], order_by="position")]
    return SavedShortlist(id=row["id"], name=row["name"], profile=json.loads(row["profile"]),
                          catalog_version=row["catalog_version"], created_at=row["created_at"],
                          updated_at=row["updated_at"], items=items)


def list_shortlists(workspace: WorkspaceStore) -> list[ShortlistSummary]:
    """Every saved shortlist, newest first."""
    db = workspace.db
    counts: dict[int, int] = {}
    for r in db["shortlist_items"].rows_where(select="shortlist_id"):
        counts[r["shortlist_id"]] = counts.get(r["shortlist_id"], 0) + 1
    return [ShortlistSummary(r["id"], r["name"], r["created_at"], r["updated_at"], counts.get(r["id"], 0))
            for r in db["shortlists"].rows_where(order_by="id desc")]


def set_decision(workspace: WorkspaceStore, shortlist_id: int, offering_id: str, *, who: str,
                 decision: str | None = None, notes: str | None = None) -> SavedItem:
    """Change an item's decision and/or notes, logging who changed what from what; returns the item.

    Raises :class:`ShortlistNotFound`, :class:`UserInputError` (no such item) or
    :class:`ValidationError` (unknown decision, notes too long, no ``who``).
    """
    who = _who(who)
    problems = []
    if decision is not None and decision not in DECISIONS:
        problems.append(Problem(f"unknown decision {decision!r}; expected one of {', '.join(DECISIONS)}",
                                field="decision"))
    if notes is not None and (not isinstance(notes, str) or len(notes) > MAX_NOTES):
        problems.append(Problem(f"must be text of at most {MAX_NOTES:,} characters", field="notes"))
    if problems:
        raise ValidationError(problems, summary="cannot change the shortlist item")
    before = load_shortlist(workspace, shortlist_id).item(offering_id)
    changes = {}
    if decision is not None and decision != before.decision:
        changes["decision"] = {"from": before.decision, "to": decision}
    if notes is not None and notes != before.notes:
        changes["notes"] = {"from": before.notes, "to": notes}
    if not changes:
        return before
    db = workspace.db
    with workspace.transaction():
        db["shortlist_items"].update((shortlist_id, offering_id), {k: v["to"] for k, v in changes.items()})
        db["shortlists"].update(shortlist_id, {"updated_at": now_iso()})
        workspace.log(who=who, action="update", entity=f"shortlist:{shortlist_id}",
                      detail={"offering_id": offering_id, **changes})
    return load_shortlist(workspace, shortlist_id).item(offering_id)
