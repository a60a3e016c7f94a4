"""The buyer's whole pass as long jobs: rank a profile, choose the compliant shortlist, export the workbook.

The desktop re-ranks while the user moves a weight slider, so ranking runs off its GUI thread. A
SQLite connection belongs to the thread that opened it, and :class:`~catalog.scoring.Ranking` reads
records lazily, so :func:`rank_job` opens its own connection and hands back a :class:`BuyerPass`
whose rows are already read: the rows shown, every exclusion, the quota candidates and the optimal
compliant shortlist. :func:`export_workbook_job` re-ranks in its own connection (the ranking is
deterministic) and writes the workbook for the shortlist the user ended up with, hand-edited or not.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import Problem, ValidationError
from .jobs import Progress
from .profiles import BuyerProfile
from .quotas import (
    Candidate,
    ShortlistResult,
    best_unconstrained,
    build_shortlist,
    candidates_from_ranking,
    evaluate_shortlist,
)
from .scoring import Exclusion, ScoredOffering, Sensitivity, rank_offerings
from .shortlist_opt import attach_records
from .store import CatalogStore

if TYPE_CHECKING:
    from .workbook import WorkbookExport

#: ranked rows read and explained for display; a buyer reads the first few dozen, and 500 keeps a
#: 100,000-offering re-rank well under a second of record reading
SHOWN = 500


@dataclass
class BuyerPass:
    """Everything the Need, Ranking and Shortlist areas show for one profile, fully read."""

    profile: BuyerProfile
    ranked: list[ScoredOffering]     # the first SHOWN rows, best first
    ranked_count: int
    excluded: list[Exclusion]
    warnings: list[str]
    sensitivity: Sensitivity | None
    offerings: int
    candidates: list[Candidate]      # every eligible offering, for the quotas (records: the best-ranked only)
    shortlist: ShortlistResult       # the optimal compliant shortlist


def shortlist_of(items: Sequence[str], candidates: Sequence[Candidate], profile: BuyerProfile) -> ShortlistResult:
    """A :class:`ShortlistResult` for a hand-made shortlist (offering ids, in order), evaluated against the quotas.

    Raises :class:`ValidationError` naming an id that is not an eligible offering.
    """
    by_id = {c.offering_id: c for c in candidates}
    missing = [Problem(f"{oid!r} is not an eligible offering for this need", field=f"shortlist[{i}]")
               for i, oid in enumerate(items) if oid not in by_id]
    if missing:
        raise ValidationError(missing, summary="the shortlist does not fit the current ranking")
    chosen = [by_id[oid] for oid in items]
    rules = list(profile.quota_rules)
    cap = profile.max_per_organisation
    unconstrained = best_unconstrained(candidates, size=profile.shortlist_size, max_per_organisation=cap)
    return ShortlistResult(
        items=chosen, evaluations=evaluate_shortlist(chosen, rules, candidates, max_per_organisation=cap),
        total_score=float(sum(c.score for c in chosen)),
        unconstrained_total_score=float(sum(c.score for c in unconstrained)), infeasible=None, size=len(chosen),
        requested_size=profile.shortlist_size, max_per_organisation=cap, rules=rules)


def _pass(store: CatalogStore, profile: BuyerProfile, shown: int) -> Generator[Progress, None, BuyerPass]:
    ranking = rank_offerings(store, profile, explain_top=min(shown, 50))
    yield Progress(1, 3, "reading the candidates")
    rows = ranking.ranked[:shown]
    excluded = list(ranking.excluded)
    candidates = candidates_from_ranking(ranking, store)
    yield Progress(2, 3, "choosing the compliant shortlist")
    shortlist = build_shortlist(candidates, profile.quota_rules, size=profile.shortlist_size,
                                max_per_organisation=profile.max_per_organisation)
    # read here, on the thread that opened ``store``: "Make compliant" shows and saves these items
    shortlist.items = attach_records(shortlist.items, store)
    return BuyerPass(profile, rows, len(ranking.ranked), excluded, list(ranking.warnings), ranking.sensitivity,
                     ranking.offerings, candidates, shortlist)


def rank_job(catalog_path: Path | str, profile: BuyerProfile, *, shown: int = SHOWN
             ) -> Generator[Progress, None, BuyerPass]:
    """Rank ``profile`` over the catalog at ``catalog_path`` and choose its compliant shortlist.

    Raises what :func:`rank_offerings` raises (:class:`ValidationError` for a capability word that
    matches nothing).
    """
    yield Progress(0, 3, "ranking the offerings")
    with CatalogStore.open(catalog_path) as store:
        result = yield from _pass(store, profile, shown)
    yield Progress(3, 3, "done")
    return result


def export_workbook_job(catalog_path: Path | str, profile: BuyerProfile, items: Sequence[str], path: Path | str,
                        *, stored=None) -> Generator[Progress, None, "WorkbookExport"]:
    """Write the tender workbook for ``profile`` with the shortlist ``items`` (offering ids, in order).

    ``stored`` is the saved shortlist (:func:`catalog.shortlists.load_shortlist`) whose id, decisions
    and notes go into the file.

    Raises :class:`ValidationError` when an item is no longer eligible, :class:`UserInputError` when
    the file cannot be written (see :func:`catalog.workbook.export_workbook`).
    """
    # openpyxl takes ~140 ms to import: loaded when a workbook is written, not when the app starts
    from .workbook import export_workbook

    yield Progress(0, 2, "ranking the offerings")
    with CatalogStore.open(catalog_path) as store:
        ranking = rank_offerings(store, profile, explain_top=None)
        shortlist = shortlist_of(items, candidates_from_ranking(ranking, store), profile)
        shortlist.items = attach_records(shortlist.items, store)
        yield Progress(1, 2, f"writing {Path(path).name}")
        written = export_workbook(path, ranking, shortlist, profile, store, stored=stored)
    yield Progress(2, 2, "done")
    return written


__all__ = ["SHOWN", "BuyerPass", "export_workbook_job", "rank_job", "shortlist_of"]
