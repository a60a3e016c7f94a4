"""All-or-nothing import of catalog files, and export.

An import reads the whole file, validates every field of every record, checks ids and references,
and looks for probable duplicates (a new record whose name is very close to an existing one). Every
problem is reported at once, with file, row and field; if there is any, nothing is written.
Otherwise all records are written in one transaction.
"""

from __future__ import annotations

import contextlib
import gc
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from catalog.errors import Problem, ValidationError
from catalog.text.folding import fold_words

from .._schema import KINDS, validate_record
from .._store import CatalogStore
from .._taxonomy import Taxonomy, shipped_taxonomy
from .formats import read_records, write_records

#: names at least this similar (rapidfuzz ratio on folded names, 0-100) are probably the same entity:
#: "Mistral AI" / "Mistral A.I." score 95, "Mistral AI" / "Mistral Large" 70
DUPLICATE_SIMILARITY = 92
#: fuzzy duplicate detection compares new x existing names; above this many pairs only exact
#: (folded) name equality is checked, to keep a 100,000-record import fast
MAX_FUZZY_PAIRS = 50_000_000


@dataclass
class ImportReport:
    file: str
    dry_run: bool
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    by_kind: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "file": self.file, "dry_run": self.dry_run, "added": len(self.added), "updated": len(self.updated),
            "unchanged": len(self.unchanged), "by_kind": self.by_kind,
        }


def _references(kind: str, record: dict) -> list[tuple[str, str, str]]:
    """(field, referenced id, referenced kind) of a record."""
    if kind == "offering":
        return [("organisation_id", record["organisation_id"], "organisation")]
    if kind == "listing":
        return [("marketplace_id", record["marketplace_id"], "marketplace"),
                ("offering_id", record["offering_id"], "offering")]
    return []


def validate_import(store: CatalogStore, path: Path | str, *, allow_duplicates: bool = False,
                    taxonomy: Taxonomy | None = None) -> list[tuple[str, dict, int]]:
    """Read and validate a catalog file against ``store``; return ``(kind, canonical, row)`` items.

    Raises :class:`ValidationError` listing every problem (file, row, field) and every probable
    duplicate (unless ``allow_duplicates``).
    """
    path = Path(path)
    taxonomy = taxonomy or shipped_taxonomy()
    raws, problems = read_records(path)
    items: list[tuple[str, dict, int]] = []
    first_row: dict[str, tuple[str, int]] = {}
    for raw in raws:
        canonical, found = validate_record(raw.kind, raw.data, file=raw.file, row=raw.row)
        problems.extend(found)
        if canonical is None:
            continue
        rid = canonical["id"]
        if rid in first_row:
            other_file, other_row = first_row[rid]
            problems.append(Problem(f"duplicate id {rid!r} (also in row {other_row})", file=raw.file, row=raw.row,
                                    field="id", record_id=rid))
            continue
        first_row[rid] = (raw.file, raw.row)
        items.append((raw.kind, canonical, raw.row))

    existing = store.origins()
    stored_kinds = {r[0]: r[1] for r in store.rows()}
    file_kinds = {rec["id"]: kind for kind, rec, _row in items}
    for kind, rec, row in items:
        rid = rec["id"]
        if rid in stored_kinds and stored_kinds[rid] != kind:
            problems.append(Problem(f"id {rid!r} already belongs to a {stored_kinds[rid]} in the catalog",
                                    file=path.name, row=row, field="id", record_id=rid))
        for fname, ref, ref_kind in _references(kind, rec):
            found_kind = file_kinds.get(ref) or stored_kinds.get(ref)
            if found_kind != ref_kind:
                problems.append(Problem(f"refers to the {ref_kind} {ref!r}, which is neither in this file nor "
                                        "in the catalog",
                                        file=path.name, row=row, field=fname, record_id=rid))
        for fname, vocabulary, values in _vocabulary(kind, rec, taxonomy):
            unknown = [v for v in values if v not in vocabulary]
            if unknown:
                problems.append(Problem(f"unknown {fname.split('.')[-1]} {', '.join(map(repr, unknown))} "
                                        "(not in the taxonomy)",
                                        file=path.name, row=row, field=fname, record_id=rid))
    if not allow_duplicates:
        problems.extend(_probable_duplicates(store, items, existing, path.name))
    if problems:
        raise ValidationError(problems, summary=f"{path.name} was not imported (nothing was changed)")
    return items


def _vocabulary(kind: str, rec: dict, taxonomy: Taxonomy):
    if kind == "offering":
        yield "capabilities", taxonomy.capabilities, rec["capabilities"]
    if kind == "programme":
        yield "sectors", taxonomy.sectors, rec["sectors"]
        yield "eligibility.sectors", taxonomy.sectors, rec["eligibility"]["sectors"]


def _probable_duplicates(store: CatalogStore, items, existing: dict, file: str) -> list[Problem]:
    from rapidfuzz import fuzz, process  # loaded by an import, not when the app starts

    problems: list[Problem] = []
    stored = {}
    for rid, kind, name, _text in store.rows():
        if kind in ("organisation", "offering", "programme", "marketplace"):
            stored.setdefault(kind, []).append((rid, fold_words(name)))
    new_by_kind: dict[str, list] = {}
    for kind, rec, row in items:
        if rec["id"] in existing or kind == "listing":
            continue
        names = [rec["name"], *rec.get("aliases", [])]
        new_by_kind.setdefault(kind, []).append((rec["id"], [fold_words(n) for n in names], row))
    for kind, new in new_by_kind.items():
        seen: dict[str, str] = {}
        for rid, names, row in new:
            for n in names:
                if n in seen and seen[n] != rid:
                    problems.append(Problem(f"probable duplicate of {seen[n]!r} in the same file (same name {n!r})",
                                            file=file, row=row, field="name", record_id=rid))
                    break
                seen.setdefault(n, rid)
        old = stored.get(kind, [])
        if not old:
            continue
        old_names = [n for _rid, n in old]
        fuzzy = len(new) * len(old_names) <= MAX_FUZZY_PAIRS
        exact = {n: rid for rid, n in old}
        for rid, names, row in new:
            match = None
            for n in names:
                if n in exact:
                    match = (exact[n], 100.0)
                    break
                if fuzzy:
                    best = process.extractOne(n, old_names, scorer=fuzz.ratio, processor=None,
                                              score_cutoff=DUPLICATE_SIMILARITY)
                    if best:
                        match = (old[best[2]][0], best[1])
                        break
            if match:
                problems.append(Problem(
                    f"probable duplicate of the existing {kind} {match[0]!r} (names {match[1]:.0f}% similar); "
                    "use its id to update it, or import with --allow-duplicates",
                    file=file, row=row, field="name", record_id=rid))
    return problems


def import_catalog(store: CatalogStore, path: Path | str, *, dry_run: bool = False,
                   allow_duplicates: bool = False, origin: str = "import",
                   taxonomy: Taxonomy | None = None) -> ImportReport:
    """Import a JSON, CSV or XLSX catalog file into ``store``, all or nothing.

    New records are added with ``origin``; records whose id exists are updated and marked as edited
    by the user (a later shipped catalog will not overwrite them). With ``dry_run`` nothing is written.
    Raises :class:`ValidationError` (every problem, nothing written) or :class:`FileFormatError`.
    """
    with _collector_paused():
        return _import(store, Path(path), dry_run=dry_run, allow_duplicates=allow_duplicates, origin=origin,
                       taxonomy=taxonomy)


@contextlib.contextmanager
def _collector_paused():
    """Pause the cyclic garbage collector: an import builds millions of small containers, none of them
    cyclic garbage, and the collector walking them again and again cost about 15% of a 20,000-record
    import and 40% of reading a 120,000-row CSV file."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _import(store: CatalogStore, path: Path, *, dry_run: bool, allow_duplicates: bool, origin: str,
            taxonomy: Taxonomy | None) -> ImportReport:
    items = validate_import(store, path, allow_duplicates=allow_duplicates, taxonomy=taxonomy)
    report = ImportReport(file=str(path), dry_run=dry_run,
                          by_kind=dict(Counter(kind for kind, _r, _row in items)))
    origins = store.origins()
    new, changed = [], []
    for kind, rec, _row in items:
        current = store.find(rec["id"]) if rec["id"] in origins else None
        if current is None:
            new.append((kind, rec))
            report.added.append(rec["id"])
        elif current[1] == rec:
            report.unchanged.append(rec["id"])
        else:
            changed.append((kind, rec))
            report.updated.append(rec["id"])
    if dry_run:
        return report
    with store.transaction():
        if new:
            store.put_many(new, origin=origin)
        for kind, rec in changed:
            origin_now, shipped_hash, _edited = origins[rec["id"]]
            store.put(kind, rec, origin=origin_now, shipped_hash=shipped_hash, user_edited=True)
    return report


def export_catalog(store: CatalogStore, path: Path | str) -> dict[str, int]:
    """Write every catalog record to ``path`` (JSON, CSV or XLSX by extension); return counts per kind."""
    records = {kind: list(store.records(kind)) for kind in KINDS}
    meta = {}
    if store.meta("shipped_version"):
        meta["version"] = store.meta("shipped_version")
    write_records(path, records, meta=meta)
    return {kind: len(v) for kind, v in records.items()}
