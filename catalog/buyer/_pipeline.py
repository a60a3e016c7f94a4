"""The buyer's pipeline, the one every front end calls: rank → quota candidates → shortlist → records.

:func:`buyer_pass` ranks a profile over a catalog store, turns the eligible offerings into quota
candidates, chooses the shortlist (the optimal one that meets the required quota rules, or the
buyer's own list of offerings, evaluated against them) and reads the chosen records. The command
line's ``shortlist`` and ``export``, the tender workbook and the desktop all go through it.

The desktop ranks off its GUI thread while the user moves a weight slider. A SQLite connection
belongs to the thread that opened it, and :class:`~catalog.buyer.Ranking` reads records lazily, so
:func:`rank_job` opens its own connection and hands back a :class:`BuyerPass` whose rows are already
read; :func:`shortlist_view_job` does the same for the Shortlist area's view of a hand-edited list.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from catalog.errors import Problem, RecordNotFound, ValidationError
from catalog.jobs import Progress, run_job
from catalog.quotas import (
    Candidate,
    ShortlistResult,
    attach_records,
    best_unconstrained,
    build_shortlist,
    candidates_from_ranking,
    evaluate_shortlist,
)
from catalog.records import CatalogStore
from catalog.text.messages import plural, text

from ._profile import BuyerProfile
from ._ranking import Exclusion, OffTopic, Ranking, ScoredOffering, rank_offerings
from ._sensitivity import Sensitivity

#: ranked rows read and explained for display; a buyer reads the first few dozen, and 500 keeps a
#: 100,000-offering re-rank well under a second of record reading
SHOWN = 500
#: rows whose explanation sentences the desktop writes at once (the others when a row is selected)
EXPLAINED = 50


@dataclass
class BuyerPass:
    """One pass of the pipeline: the ranking, the quota candidates and the chosen shortlist.

    ``ranking`` reads records lazily from the store it was ranked on: use it only while that store
    is open, on its thread (a job drops it, see :func:`rank_job`). Every other field is fully read and
    can cross threads.
    """

    profile: BuyerProfile
    ranking: Ranking | None
    ranked: list[ScoredOffering]     # the first ``shown`` rows, best first, read
    ranked_count: int
    excluded: list[Exclusion]        # every exclusion, read (empty when no row was asked for)
    warnings: list[str]
    sensitivity: Sensitivity | None
    offerings: int
    candidates: list[Candidate]      # every eligible offering, for the quotas (records: the best-ranked only)
    shortlist: ShortlistResult       # the optimal compliant shortlist, or the buyer's own list; records read
    off_topic_count: int = 0
    off_topic: list[OffTopic] | None = None   # the first ``shown`` off-topic offerings, by id (None: not read)
    price_key: str | None = None     # what the price criterion compared
    excluded_count: int = 0
    hand_made: bool = False          # the shortlist is the buyer's own list, not the optimal one

    def short(self) -> tuple[int, str] | None:
        """``(offerings missing, why)`` when the shortlist is shorter than the profile asks, in the profile's
        language: too few offerings pass the must-haves, too few organisations for the per-organisation cap,
        or the quota rules. None when complete, infeasible (said elsewhere), or the buyer chose fewer."""
        wanted = self.profile.shortlist_size if self.hand_made else self.shortlist.requested_size
        if self.shortlist.size >= wanted or self.shortlist.infeasible:
            return None
        lang, cap = self.profile.language, self.profile.max_per_organisation
        organisations = len({c.organisation_id for c in self.candidates})
        if self.ranked_count < wanted:
            reason = plural("short.ranked", self.ranked_count, lang, excluded=self.excluded_count,
                            off_topic=self.off_topic_count)
        elif organisations * cap < wanted:
            reason = text("short.per_org", lang, count=self.ranked_count, organisations=organisations, per_org=cap)
        elif self.hand_made:
            return None
        else:
            reason = text("short.quotas", lang)
        return wanted - self.shortlist.size, reason


def buyer_pass_steps(store: CatalogStore, profile: BuyerProfile, *, size: int | None = None,
                     items: Sequence[str] | None = None, shown: int = 0, explain_top: int | None = 0,
                     source: str | None = None) -> Generator[Progress, None, BuyerPass]:
    """:func:`buyer_pass` as a job: it yields a :class:`Progress` between its three steps."""
    ranking = rank_offerings(store, profile, explain_top=explain_top, source=source)
    yield Progress(1, 3, "reading the candidates")
    rows = ranking.ranked[:shown]
    excluded = list(ranking.excluded) if shown else []
    candidates = candidates_from_ranking(ranking, store)
    yield Progress(2, 3, "choosing the compliant shortlist")
    if items is None:
        shortlist = build_shortlist(candidates, profile.quota_rules, size=size or profile.shortlist_size,
                                    max_per_organisation=profile.max_per_organisation)
    else:
        shortlist = shortlist_of(items, candidates, profile)
    # read here, on the thread that opened ``store``: a chosen item may rank below the records window,
    # and every front end shows, saves or exports the chosen items with their records
    shortlist.items = attach_records(shortlist.items, store)
    off_topic = list(ranking.off_topic[:shown]) if shown else None
    return BuyerPass(profile, ranking, rows, len(ranking.ranked), excluded, list(ranking.warnings),
                     ranking.sensitivity, ranking.offerings, candidates, shortlist, len(ranking.off_topic), off_topic,
                     ranking.price_key, len(ranking.excluded), items is not None)


def buyer_pass(store: CatalogStore, profile: BuyerProfile, *, size: int | None = None,
               items: Sequence[str] | None = None, shown: int = 0, explain_top: int | None = 0,
               source: str | None = None) -> BuyerPass:
    """Rank ``profile`` over ``store``, build the quota candidates, choose the shortlist and read its records.

    The shortlist is the best-scoring one of ``size`` offerings (default: the profile's
    ``shortlist_size``) that meets the required quota rules, or, when ``items`` (offering ids, in
    order) is given, that list evaluated against the rules. ``shown`` ranked rows and every
    exclusion are read for display (none by default); ``explain_top`` rows get their explanation
    sentences at once (``None``: all, for a workbook); ``source`` names the profile file in errors.

    Raises :class:`ValidationError` for a capability word that matches nothing, or an item that is
    not an eligible offering.
    """
    return run_job(buyer_pass_steps(store, profile, size=size, items=items, shown=shown,
                                    explain_top=explain_top, source=source))


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


def rank_job(catalog_path: Path | str, profile: BuyerProfile, *, shown: int = SHOWN
             ) -> Generator[Progress, None, BuyerPass]:
    """Rank ``profile`` over the catalog at ``catalog_path`` and choose its compliant shortlist, as a job.

    The ``shown`` best rows and every exclusion come back read, the first :data:`EXPLAINED` rows
    explained; ``ranking`` is None (its connection is closed). Raises what :func:`buyer_pass` raises.
    """
    yield Progress(0, 3, "ranking the offerings")
    with CatalogStore.open(catalog_path) as store:
        result = yield from buyer_pass_steps(store, profile, shown=shown, explain_top=min(shown, EXPLAINED))
    yield Progress(3, 3, "done")
    # the ranking's store is closed now, and its arrays are big: what crosses threads is read already
    return replace(result, ranking=None)


@dataclass(frozen=True)
class ShortlistView:
    """What the Shortlist area shows for a list of offerings: each one's candidate, and the list evaluated."""

    candidates: dict[str, Candidate]   # by offering id; those in the list carry their records
    evaluated: ShortlistResult         # the list against the profile's quota rules
    gone: tuple[str, ...]              # offerings of the list no longer in the catalog (shown by id)


def shortlist_view_job(catalog_path: Path | str, result: BuyerPass, items: Sequence[str]
                       ) -> Generator[Progress, None, ShortlistView]:
    """Read the records of ``items`` (offering ids of ``result``'s candidates) and evaluate them as a shortlist.

    Only the best-ranked candidates carry their records; the others are read here, in one bulk
    read on this job's own connection. An offering deleted from the catalog since the ranking
    keeps its candidate without records and is listed in ``gone``, until the next ranking drops it.
    Ids that are not candidates of ``result`` are left out.
    """
    candidates = {c.offering_id: c for c in result.candidates}
    listed = [i for i in items if i in candidates]
    unread = [candidates[i] for i in listed if candidates[i].offering is None]
    gone: list[str] = []
    yield Progress(0, 1, "reading the shortlisted offerings")
    if unread:
        with CatalogStore.open(catalog_path) as store:
            try:
                read = attach_records(unread, store)
            except RecordNotFound:  # rare: one by one, to tell which are gone
                read = []
                for c in unread:
                    try:
                        read += attach_records([c], store)
                    except RecordNotFound:
                        gone.append(c.offering_id)
        candidates.update((c.offering_id, c) for c in read)
    evaluated = shortlist_of(listed, list(candidates.values()), result.profile)
    yield Progress(1, 1, "done")
    return ShortlistView(candidates, evaluated, tuple(gone))


__all__ = ["EXPLAINED", "SHOWN", "BuyerPass", "ShortlistView", "buyer_pass", "buyer_pass_steps", "rank_job",
           "shortlist_of", "shortlist_view_job"]
