"""Candidates from a ranking: the eligible offerings as :class:`Candidate` objects built from the
ranking's prepared facts, and their offering and organisation records read in bulk when needed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from catalog.errors import RecordNotFound

from ._evaluation import Candidate, candidate_from_records

#: how many of the best-ranked candidates get their offering and organisation records at once (one
#: bulk read); a chosen candidate further down gets them from :func:`attach_records`
RECORDS_WINDOW = 1000


def candidates_from_ranking(ranking, store) -> list[Candidate]:
    """The eligible offerings of a :class:`catalog.buyer._ranking.Ranking` as :class:`Candidate` objects, best first.

    Built from the ranking's prepared facts (:meth:`Ranking.scored_facts`), not its rows: reading
    the rows would write every explanation and read every record one query at a time (tens of
    seconds at 100,000 offerings). Listings and marketplaces are read from the catalog ``store``
    once. The first :data:`RECORDS_WINDOW` candidates carry their offering and organisation records
    (one bulk read); the others have ``offering`` and ``organisation`` None until
    :func:`attach_records` reads them — call it on a shortlist's items before they are saved, shown
    or exported, with the same store, in the thread that opened it.
    """
    scored = ranking.scored_facts()
    public = {mid: bool(flag) for mid, flag in store.fields("marketplace", ("id", "public_route"))}
    listed: dict[str, list[str]] = {}
    for offering_id, marketplace_id in store.fields("listing", ("offering_id", "marketplace_id")):
        listed.setdefault(offering_id, []).append(marketplace_id)
    no_listing: frozenset[str] = frozenset()
    out = []
    for f, score in scored:
        on = frozenset(listed[f.id]) if f.id in listed else no_listing
        out.append(Candidate(
            offering_id=f.id, organisation_id=f.organisation_id, score=score, estimated_amount=f.estimated_amount,
            size_class=f.size_class, startup=f.startup, hq_country=f.hq or None, eu_controlled=f.eu_controlled,
            open_weights=f.open_weights, listed_on=on, public_route=any(public.get(m, False) for m in on)))
    out[:RECORDS_WINDOW] = attach_records(out[:RECORDS_WINDOW], store)
    return out


def attach_records(candidates: Sequence[Candidate], store) -> list[Candidate]:
    """``candidates`` (same order) each with its offering and organisation records.

    Those that already carry them are returned as they are; the others are read from the catalog
    ``store`` in one bulk read (:meth:`CatalogStore.get_many`), so this is cheap to call on every
    shortlist before it is saved, shown or exported. The store must be used in the thread that
    opened it. A candidate whose organisation record is gone gets ``{"id": organisation_id}``; the
    record-derived fields are taken from the records, exactly as :func:`candidate_from_records`
    builds them. Raises :class:`catalog.errors.RecordNotFound` when an offering is no longer in the
    catalog (the candidates came from another catalog).
    """
    missing = [c for c in candidates if c.offering is None or c.organisation is None]
    if not missing:
        return list(candidates)
    found = store.get_many([c.offering_id for c in missing] + [c.organisation_id for c in missing])
    out = []
    for c in candidates:
        if c.offering is not None and c.organisation is not None:
            out.append(c)
            continue
        if c.offering_id not in found:
            raise RecordNotFound(c.offering_id)
        offering = found[c.offering_id][1]
        organisation = found[c.organisation_id][1] if c.organisation_id in found else {"id": c.organisation_id}
        out.append(replace(candidate_from_records(offering, organisation, c.score),
                           listed_on=c.listed_on, public_route=c.public_route))
    return out
