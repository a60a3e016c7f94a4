"""What the tender workbook shows, gathered once from the ranking, the shortlist and the catalog.

:func:`collect_data` turns Vivier's results into plain rows (:class:`Candidate`, :class:`ExcludedRow`,
source rows), so the sheet writers only lay out values and never look anything up.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from catalog.buyer import CRITERIA, key_words, list_price, price_key
from catalog.quotas import FactTable
from catalog.records import SIZE_CLASSES
from catalog.text.labels import DECISIONS, UNDECIDED
from catalog.text.workbook import text

#: EU SME definition (Recommendation 2003/361/EC): these size classes are SMEs
SME_CLASSES = ("micro", "small", "medium")


@dataclass(frozen=True)
class Candidate:
    """One scored offering as the workbook shows it (scores and explanations in criterion order)."""

    vivier_rank: int
    offering_id: str
    offering_name: str
    organisation_id: str
    organisation_name: str
    country: str
    size_class: str | None
    sme: bool | None
    startup: bool | None
    route: str
    scores: tuple[float | None, ...]   # None: the criterion does not apply to this kind of offering
    explanations: tuple[str, ...]
    score: float
    price: float | None                # the list price the ranking compared (None: not comparable)
    price_unit: str
    amount: float | None
    to_verify: tuple = ()              # catalog.buyer.Verification: facts to verify with the vendor


@dataclass(frozen=True)
class ExcludedRow:
    offering_id: str
    offering_name: str
    organisation_name: str
    country: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class QuotaRow:
    """One quota rule with what Vivier found for the exported shortlist."""

    rule: object
    vivier_value: float | None
    met: bool | None


@dataclass
class WorkbookData:
    language: str
    profile: object
    criteria: tuple[str, ...]
    grid: list[Candidate]
    shortlist: list[Candidate]
    excluded: list[ExcludedRow]
    rules: list
    #: per shortlist row, per rule: does the row count for the rule (its predicate is definitely true)?
    flags: list[tuple[bool, ...]]
    quotas: list[QuotaRow]
    decisions: dict[str, tuple[str, str]]
    sources: list[tuple]
    exported_at: datetime
    catalog_version: str | None
    shortlist_id: int | None = None
    shortlist_created_at: str | None = None
    #: why no shortlist meets the required rules (then the shortlist is empty), or None
    infeasible: str | None = None
    total_score: float | None = None
    unconstrained_total_score: float | None = None
    value_texts: dict[str, str] = field(default_factory=dict)
    #: (offerings missing, why) when the shortlist is shorter than asked
    short: tuple[int, str] | None = None

    @property
    def source_rows(self) -> int:
        return len(self.sources)


def collect_data(ranking, shortlist, profile, store, *, stored, exported_at: datetime,
                 short: tuple[int, str] | None = None) -> WorkbookData:
    """Gather every value the workbook shows (see :func:`catalog.workbook.export_workbook` for the arguments)."""
    lang = profile.language
    marketplaces = {m["id"]: m for m in store.records("marketplace")}
    listings: dict[str, list[dict]] = defaultdict(list)
    for listing in store.records("listing"):
        listings[listing["offering_id"]].append(listing)
    texts = {key: text(key, lang) for key in ("yes", "no", "unknown", *(f"size.{c}" for c in SIZE_CLASSES))}

    ranked = list(ranking.ranked)
    key = ranking.price_key
    grid = [_candidate(scored.rank, scored, CRITERIA, listings, marketplaces, key, lang) for scored in ranked]
    by_id = {c.offering_id: c for c in grid}
    chosen = [item.offering_id for item in shortlist.items]
    missing = [oid for oid in chosen if oid not in by_id]
    if missing:
        raise ValueError(f"the shortlist holds offerings the ranking does not: {', '.join(missing)}")
    rules = list(profile.quota_rules)
    # The quota module's own fact table decides which rows count, so the workbook's 1/0 columns
    # follow exactly the three-valued logic Vivier used (unknown never counts).
    facts = FactTable(list(shortlist.items))
    columns = [facts.satisfies(rule.predicate) for rule in rules]
    flags = [tuple(bool(column[i]) for column in columns) for i in range(len(chosen))]
    excluded = [_excluded(e) for e in ranking.excluded]
    decisions: dict[str, tuple[str, str]] = {}
    shortlist_id = created_at = None
    if stored is not None:
        shortlist_id, created_at = stored.id, stored.created_at
        for item in stored.items:
            decision = item.decision if item.decision in DECISIONS else UNDECIDED
            decisions[item.offering_id] = (decision, item.notes or "")
    evaluations = {e.rule.label: e for e in shortlist.evaluations}
    quotas = [QuotaRow(rule, _float(getattr(evaluations.get(rule.label), "value", None)),
                       getattr(evaluations.get(rule.label), "satisfied", None)) for rule in rules]
    used = ranked + list(ranking.excluded)
    return WorkbookData(
        language=lang, profile=profile, criteria=tuple(CRITERIA), grid=grid,
        shortlist=[by_id[oid] for oid in chosen], excluded=excluded, rules=rules, flags=flags, quotas=quotas,
        decisions=decisions, sources=_sources(used, listings, marketplaces), exported_at=exported_at,
        catalog_version=store.meta("shipped_version"), shortlist_id=shortlist_id, shortlist_created_at=created_at,
        infeasible=shortlist.infeasible, total_score=_float(shortlist.total_score),
        unconstrained_total_score=_float(shortlist.unconstrained_total_score),
        value_texts=texts, short=short,
    )


def _float(value) -> float | None:
    return None if value is None else float(value)


def _candidate(rank: int, scored, criteria, listings, marketplaces, key: str | None, lang: str) -> Candidate:
    offering, organisation = scored.offering_record, scored.organisation_record or {}
    by_criterion = {part.criterion: part for part in scored.breakdown}
    size = organisation.get("size_class")
    routes = sorted({marketplaces[item["marketplace_id"]]["name"] for item in listings.get(scored.offering_id, [])
                     if marketplaces.get(item["marketplace_id"], {}).get("public_route")})
    pricing = offering.get("pricing") or {}
    comparable = key is not None and price_key(pricing) == key
    return Candidate(
        vivier_rank=rank, offering_id=scored.offering_id, offering_name=scored.offering,
        organisation_id=scored.organisation_id, organisation_name=scored.organisation,
        country=organisation.get("hq_country") or "", size_class=size,
        sme=None if size is None else size in SME_CLASSES, startup=organisation.get("startup"),
        route=", ".join(routes),
        scores=tuple(float(by_criterion[c].score) if by_criterion[c].applicable else None for c in criteria),
        explanations=tuple(by_criterion[c].explanation for c in criteria),
        score=float(scored.score), price=list_price(pricing) if comparable else None,
        price_unit=key_words(key, lang) if comparable else "", amount=offering.get("estimated_amount_eur"),
        to_verify=tuple(scored.to_verify),
    )


def _excluded(exclusion) -> ExcludedRow:
    organisation = exclusion.organisation_record or {}
    return ExcludedRow(offering_id=exclusion.offering_id, offering_name=exclusion.offering,
                       organisation_name=exclusion.organisation, country=organisation.get("hq_country") or "",
                       reasons=tuple(exclusion.reasons))


def _sources(used, listings, marketplaces) -> list[tuple]:
    """``(kind, id, name, title, url, seen_on, verified_on, unverified)`` for every record the ranking used."""
    rows: list[tuple] = []
    seen: set[str] = set()

    def add(kind: str, record: dict | None) -> None:
        if not record or record["id"] in seen:
            return
        seen.add(record["id"])
        name = record.get("name") or record["id"]
        unverified = ", ".join(record.get("unverified") or ())
        sources = record.get("sources") or [None]
        for source in sources:
            if source is None:
                rows.append((kind, record["id"], name, None, None, None, record.get("verified_on"), unverified))
            else:
                rows.append((kind, record["id"], name, source.get("title"), source.get("url"),
                             source.get("seen_on"), record.get("verified_on"), unverified))

    for item in used:
        add("offering", item.offering_record)
        add("organisation", item.organisation_record)
        for listing in listings.get(item.offering_id, []):
            add("listing", listing)
            add("marketplace", marketplaces.get(listing["marketplace_id"]))
    return rows
