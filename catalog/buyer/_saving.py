"""Keeping the buyer's working shortlist in the workspace: its items, decisions and notes, with the audit log.

The Shortlist area keeps a list once it carries a decision or a note, so evaluators' work is never lost.
A list whose items changed is saved as a new version, so the decisions taken on an earlier version stay
as they were; on the same version only the decisions and notes that changed are written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from catalog.quotas import attach_records, load_shortlist, save_shortlist, set_decision
from catalog.text.labels import UNDECIDED

from ._pipeline import BuyerPass, shortlist_of


@dataclass(frozen=True)
class KeptShortlist:
    """A version of the working shortlist kept in the workspace: its id and the offering ids it holds, in order."""

    id: int
    items: tuple[str, ...]


def keep_shortlist(catalog, workspace, result: BuyerPass, decisions: Sequence[tuple[str, str, str]], *,
                   kept: KeptShortlist | None, who: str, force: bool = False) -> KeptShortlist | None:
    """Keep ``decisions`` (offering id, decision, notes, in shortlist order) of the shortlist drawn from ``result``.

    ``kept`` is the version kept so far (None: none yet). Nothing is written for a list without any
    decision or note that was never kept, unless ``force`` (an export keeps its list first). Returns
    the version now kept (``kept`` itself when the items did not change), or None when nothing is kept.
    The chosen records are read from ``catalog`` for the saved snapshot. Raises what
    :func:`catalog.quotas.save_shortlist` and :func:`catalog.quotas.set_decision` raise
    (:class:`catalog.errors.CatalogError`), and :class:`ValidationError` for an id that is not a candidate.
    """
    if not decisions:
        return kept
    ids = tuple(offering_id for offering_id, _, _ in decisions)
    touched = any(decision != UNDECIDED or notes for _, decision, notes in decisions)
    if not (force or touched or kept is not None):
        return None
    if kept is None or kept.items != ids:
        chosen = shortlist_of(ids, result.candidates, result.profile)
        # the saved snapshot keeps each item's records; an item ranked far down has none yet
        chosen.items = attach_records(chosen.items, catalog)
        kept = KeptShortlist(save_shortlist(workspace, chosen, result.profile, name=result.profile.name, who=who,
                                            catalog_version=catalog.meta("shipped_version")), ids)
    stored = {item.offering_id: item for item in load_shortlist(workspace, kept.id).items}
    for offering_id, decision, notes in decisions:
        if (stored[offering_id].decision, stored[offering_id].notes) != (decision, notes):
            set_decision(workspace, kept.id, offering_id, who=who, decision=decision, notes=notes)
    return kept


__all__ = ["KeptShortlist", "keep_shortlist"]
