"""Catalog statistics and the maintainers' consistency check (``vivier catalog stats`` / ``check``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from rapidfuzz import fuzz

from catalog.text.folding import fold_words

from ._schema import KINDS, PLURALS
from ._store import CatalogStore
from ._taxonomy import Taxonomy, shipped_taxonomy

#: a record not re-checked for this long is reported as stale
STALE_AFTER = timedelta(days=365)
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

    @property
    def hard_errors(self) -> int:
        """Problems that make the catalog wrong (not merely incomplete)."""
        return len(self.dangling) + len(self.unknown_terms) + len(self.without_source)

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
            "hard_errors": self.hard_errors,
        }


def check_catalog(store: CatalogStore, *, today: date | None = None, taxonomy: Taxonomy | None = None) -> CheckReport:
    """Check the catalog: sources, staleness, unverified fields, conflicts, references, duplicates.

    Hard errors (records without source, dangling references, unknown taxonomy terms) make
    ``vivier catalog check`` exit 1; the rest are warnings for maintainers.
    """
    today = today or date.today()
    taxonomy = taxonomy or shipped_taxonomy()
    counts = store.counts()
    report = CheckReport(counts={PLURALS[k]: counts.get(k, 0) for k in KINDS})
    ids_by_kind: dict[str, set[str]] = {k: set() for k in KINDS}
    names_by_kind: dict[str, list[tuple[str, str]]] = {k: [] for k in KINDS}
    records = []
    for kind in KINDS:
        for record in store.records(kind):
            ids_by_kind[kind].add(record["id"])
            records.append((kind, record))
            if kind != "listing":
                names_by_kind[kind].append((record["id"], fold_words(record["name"])))
    for kind, record in records:
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
        if kind == "offering" and record["organisation_id"] not in ids_by_kind["organisation"]:
            report.dangling.append(f"{rid}: organisation_id {record['organisation_id']!r} does not exist")
        if kind == "listing":
            for fname, target in (("marketplace_id", "marketplace"), ("offering_id", "offering")):
                if record[fname] not in ids_by_kind[target]:
                    report.dangling.append(f"{rid}: {fname} {record[fname]!r} does not exist")
        if kind == "offering":
            for cap in record["capabilities"]:
                if cap not in taxonomy.capabilities:
                    report.unknown_terms.append(f"{rid}: capability {cap!r}")
        if kind == "programme":
            for sector in {*record["sectors"], *record["eligibility"]["sectors"]}:
                if sector not in taxonomy.sectors:
                    report.unknown_terms.append(f"{rid}: sector {sector!r}")
    for kind, names in names_by_kind.items():
        for i, (id_a, a) in enumerate(names):
            for id_b, b in names[i + 1:]:
                if fuzz.ratio(a, b, score_cutoff=DUPLICATE_LOOKING):
                    report.duplicate_names.append(f"{kind}: {id_a} / {id_b}")
    return report
