"""Loading the shipped catalog (``resources/catalog/*.json``) into ``catalog.db`` and updating it.

A newer shipped catalog updates the database without losing the user's work:

- a shipped record the user never touched follows the shipped catalog (added, changed, removed);
- a record the user edited keeps the user's version; the shipped change is reported, not applied;
- records the user added or imported are never touched, even if a shipped record takes their id
  (the conflict is reported).
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path

from catalog.errors import FileFormatError, Problem, ValidationError
from catalog.paths import resource_path

from ._database import record_hash
from ._schema import PLURALS, validate_record
from ._store import CatalogStore

SCHEMA = "vivier.catalog/1"
SHIPPED_ORIGIN = "shipped"


@dataclass
class ShippedCatalog:
    version: str
    released_on: str | None
    records: dict[str, list[dict]]  # kind -> canonical records


@dataclass
class SyncReport:
    version: str
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept_user_edits: list[str] = field(default_factory=list)
    id_conflicts: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


def read_json_file(path: Path) -> object:
    """Parse a JSON file with a message naming the file and the position of any error."""
    try:
        raw = Path(path).read_bytes()
    except OSError as e:
        raise FileFormatError(f"cannot read {path}: {e.strerror or e}") from e
    return _parse_json(raw, path)


def _read_shipped_file(path: Path) -> object:
    """A shipped catalog file, plain or gzip-compressed (the frozen build's copies; never a user's file)."""
    if path.suffix != ".gz":
        return read_json_file(path)
    try:
        raw = gzip.decompress(path.read_bytes())
    except (OSError, EOFError) as e:
        raise FileFormatError(f"{path}: not a readable gzip file ({e})") from e
    return _parse_json(raw, path)


def _parse_json(raw: bytes, path: Path) -> object:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise FileFormatError(f"{path}: not UTF-8 text (byte {e.start})") from e
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as e:
        raise FileFormatError(f"{path}: invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}") from e
    except ValueError as e:
        raise FileFormatError(f"{path}: {e}") from e


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not allowed: numbers must be finite")


def load_shipped(folder: Path | None = None) -> ShippedCatalog:
    """Read and validate the shipped catalog. Raises :class:`ValidationError` listing every problem."""
    folder = Path(folder) if folder else resource_path("catalog")
    meta = read_json_file(folder / "catalog.json")
    if not isinstance(meta, dict) or meta.get("schema") != SCHEMA or not isinstance(meta.get("version"), str):
        raise FileFormatError(f"{folder / 'catalog.json'}: expected {{\"schema\": \"{SCHEMA}\", \"version\": ...}}")
    records: dict[str, list[dict]] = {}
    problems: list[Problem] = []
    for kind, plural in PLURALS.items():
        path = _record_file(folder, plural)
        if path is None:
            records[kind] = []
            continue
        data = _read_shipped_file(path)
        if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get(plural), list):
            raise FileFormatError(f"{path}: expected {{\"schema\": \"{SCHEMA}\", \"{plural}\": [...]}}")
        records[kind] = []
        for row, raw in enumerate(data[plural], start=1):
            canonical, found = validate_record(kind, raw, file=path.name, row=row)
            problems.extend(found)
            if canonical is not None:
                records[kind].append(canonical)
    if problems:
        raise ValidationError(problems, summary="the shipped catalog is invalid")
    return ShippedCatalog(version=meta["version"], released_on=meta.get("released_on"), records=records)


def _record_file(folder: Path, plural: str) -> Path | None:
    """``<plural>.json``, or the gzip copy the frozen build bundles (``<plural>.json.gz``), or None."""
    for name in (f"{plural}.json", f"{plural}.json.gz"):
        if (folder / name).exists():
            return folder / name
    return None


def sync_shipped(store: CatalogStore, shipped: ShippedCatalog | None = None, *, force: bool = False) -> SyncReport:
    """Bring ``store`` up to the shipped catalog in one transaction (see the module docstring)."""
    shipped = shipped or load_shipped()
    report = SyncReport(version=shipped.version)
    if not force and store.meta("shipped_version") == shipped.version:
        return report
    origins = store.origins()
    shipped_ids = set()
    with store.transaction():
        for kind, records in shipped.records.items():
            for record in records:
                rid = record["id"]
                shipped_ids.add(rid)
                digest = record_hash(record)
                current = origins.get(rid)
                if current is None:
                    store.put(kind, record, origin=SHIPPED_ORIGIN, shipped_hash=digest)
                    report.added.append(rid)
                    continue
                origin, old_digest, edited = current
                if origin != SHIPPED_ORIGIN:
                    report.id_conflicts.append(rid)
                elif edited:
                    if old_digest != digest:
                        report.kept_user_edits.append(rid)
                elif old_digest != digest:
                    store.put(kind, record, origin=SHIPPED_ORIGIN, shipped_hash=digest)
                    report.updated.append(rid)
        for rid, (origin, _digest, edited) in origins.items():
            if origin == SHIPPED_ORIGIN and rid not in shipped_ids:
                if edited:
                    report.kept_user_edits.append(rid)
                else:
                    store.delete(rid)
                    report.removed.append(rid)
        store.set_meta("shipped_version", shipped.version)
        if shipped.released_on:
            store.set_meta("shipped_released_on", shipped.released_on)
    return report
