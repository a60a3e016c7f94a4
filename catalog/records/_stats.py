"""Catalog statistics and the maintainers' consistency check (``vivier catalog stats`` / ``check``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz

from catalog.text.folding import fold_words

from ._schema import KINDS, PLURALS
from ._seed import SHIPPED_ORIGIN
from ._source_rules import (
    STALE_AFTER,
    SourceRules,
    deadline_problem,
    host_of,
    lacks_primary_source,
    refused_citations,
    shipped_source_rules,
)
from ._store import CatalogStore
from ._taxonomy import Taxonomy, shipped_taxonomy

#: two names of the same kind at least this similar (rapidfuzz ratio on folded names) look duplicated
DUPLICATE_LOOKING = 92


def catalog_stats(store: CatalogStore) -> dict:
    """Counts per kind, programmes per kind, and how many records lack a source."""
    counts = store.counts()
    programmes_by_kind: Counter = Counter()
    without_source = 0
    for kind in KINDS:
        for record in store.records(kind):
            if not record.get("sources"):
                without_source += 1
            if kind == "programme":
                programmes_by_kind[record["kind"]] += 1
    return {
        **{PLURALS[k]: counts.get(k, 0) for k in KINDS},
        "programmes_by_kind": dict(sorted(programmes_by_kind.items())),
        "records_without_source": without_source,
        "catalog_version": store.meta("shipped_version"),
    }


@dataclass
class CheckReport:
    counts: dict[str, int]
    without_source: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    unverified_fields: dict[str, list[str]] = field(default_factory=dict)
    conflicts: dict[str, list[str]] = field(default_factory=dict)
    dangling: list[str] = field(default_factory=list)
    unknown_terms: list[str] = field(default_factory=list)
    duplicate_names: list[str] = field(default_factory=list)
    refused_sources: list[str] = field(default_factory=list)
    refused_sources_added: list[str] = field(default_factory=list)
    secondary_only: list[str] = field(default_factory=list)
    open_past_deadline: list[str] = field(default_factory=list)
    dated_announcements: list[str] = field(default_factory=list)

    @property
    def hard_errors(self) -> int:
        """Problems that make the catalog wrong (not merely incomplete)."""
        return (len(self.dangling) + len(self.unknown_terms) + len(self.without_source)
                + len(self.refused_sources) + len(self.open_past_deadline))

    def to_json(self) -> dict:
        return {
            "counts": self.counts,
            "records_without_source": self.without_source,
            "stale_records": self.stale,
            "unverified_fields": self.unverified_fields,
            "conflicts": self.conflicts,
            "dangling_references": self.dangling,
            "unknown_taxonomy_terms": self.unknown_terms,
            "duplicate_looking_names": self.duplicate_names,
            "refused_sources": self.refused_sources,
            "refused_sources_in_added_records": self.refused_sources_added,
            "legal_facts_without_primary_source": self.secondary_only,
            "open_past_deadline": self.open_past_deadline,
            "dated_announcements": self.dated_announcements,
            "hard_errors": self.hard_errors,
        }


def check_catalog(store: CatalogStore, *, today: date | None = None, taxonomy: Taxonomy | None = None,
                  rules: SourceRules | None = None) -> CheckReport:
    """Check the catalog: sources, dates, unverified fields, conflicts, references, duplicates.

    Hard errors make ``vivier catalog check`` exit 1: records without source, dangling references,
    unknown taxonomy terms, a shipped record citing a refused host, an open programme past its last
    deadline. The rest are warnings for maintainers.
    """
    today = today or date.today()
    taxonomy = taxonomy or shipped_taxonomy()
    rules = rules or shipped_source_rules()
    counts = store.counts()
    report = CheckReport(counts={PLURALS[k]: counts.get(k, 0) for k in KINDS})
    records = [(kind, record) for kind in KINDS for record in store.records(kind)]
    ids_by_kind: dict[str, set[str]] = {k: set() for k in KINDS}
    for kind, record in records:
        ids_by_kind[kind].add(record["id"])
    origins = store.origins()
    websites = {r["id"]: r.get("website") for kind, r in records if kind == "organisation"}
    for kind, record in records:
        _check_record(report, kind, record, ids_by_kind, taxonomy, today)
        shipped = origins.get(record["id"], ("",))[0] == SHIPPED_ORIGIN
        _check_sources(report, kind, record, shipped, websites, rules, today)
    _find_duplicates(report, records)
    return report


def _check_record(report: CheckReport, kind: str, record: dict, ids_by_kind: dict[str, set[str]],
                  taxonomy: Taxonomy, today: date) -> None:
    rid = record["id"]
    if not record.get("sources"):
        report.without_source.append(rid)
    verified = record.get("verified_on")
    if verified is None or date.fromisoformat(verified) < today - STALE_AFTER:
        report.stale.append(rid)
    if record.get("unverified"):
        report.unverified_fields[rid] = list(record["unverified"])
    if record.get("conflicts"):
        report.conflicts[rid] = [c["field"] for c in record["conflicts"]]
    if kind == "offering":
        if record["organisation_id"] not in ids_by_kind["organisation"]:
            report.dangling.append(f"{rid}: organisation_id {record['organisation_id']!r} does not exist")
        report.unknown_terms.extend(f"{rid}: capability {cap!r}" for cap in record["capabilities"]
                                    if cap not in taxonomy.capabilities)
    if kind == "listing":
        for fname, target in (("marketplace_id", "marketplace"), ("offering_id", "offering")):
            if record[fname] not in ids_by_kind[target]:
                report.dangling.append(f"{rid}: {fname} {record[fname]!r} does not exist")
    if kind == "programme":
        report.unknown_terms.extend(f"{rid}: sector {sector!r}" for sector in
                                    sorted({*record["sectors"], *record["eligibility"]["sectors"]})
                                    if sector not in taxonomy.sectors)


def _check_sources(report: CheckReport, kind: str, record: dict, shipped: bool, websites: dict,
                   rules: SourceRules, today: date) -> None:
    rid = record["id"]
    refused = [f"{rid}: {url}" for url in refused_citations(kind, record, rules)]
    (report.refused_sources if shipped else report.refused_sources_added).extend(refused)
    site = websites.get(record.get("organisation_id")) if kind == "offering" else record.get("url")
    facts = lacks_primary_source(kind, record, host_of(site) if site else None, rules)
    if facts:
        report.secondary_only.append(f"{rid}: {', '.join(facts)}")
    problem = deadline_problem(record, today) if kind == "programme" else None
    if problem == "past":
        last = max(d["date"] for d in record["deadlines"])
        report.open_past_deadline.append(f"{rid}: open, but its last deadline was {last}")
    elif problem == "dated":
        report.dated_announcements.append(f"{rid}: {record['status']} as of {record.get('verified_on')}")


def _find_duplicates(report: CheckReport, records: list[tuple[str, dict]]) -> None:
    names_by_kind: dict[str, list[tuple[str, str]]] = {k: [] for k in KINDS}
    for kind, record in records:
        if kind != "listing":
            names_by_kind[kind].append((record["id"], fold_words(record["name"])))
    for kind, names in names_by_kind.items():
        for i, (id_a, a) in enumerate(names):
            for id_b, b in names[i + 1:]:
                if fuzz.ratio(a, b, score_cutoff=DUPLICATE_LOOKING):
                    report.duplicate_names.append(f"{kind}: {id_a} / {id_b}")
