"""Typed views of catalog records.

The store keeps canonical JSON records (see :mod:`catalog.schema`); these frozen dataclasses are the
typed, read-only view the rest of the core and the front ends use. ``from_record`` takes a
canonical record (as returned by validation or the store) and ``to_record`` gives it back unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, ClassVar


@dataclass(frozen=True)
class Source:
    url: str
    title: str
    seen_on: str


@dataclass(frozen=True)
class _Record:
    kind: ClassVar[str]
    id: str

    @classmethod
    def from_record(cls, record: dict[str, Any]):
        values = {f.name: record.get(f.name) for f in fields(cls)}
        values["sources"] = tuple(Source(**s) for s in record.get("sources") or ())
        for f in fields(cls):
            if isinstance(values[f.name], list):
                values[f.name] = tuple(values[f.name])
        return cls(**values)

    def to_record(self) -> dict[str, Any]:
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "sources":
                value = [{"url": s.url, "title": s.title, "seen_on": s.seen_on} for s in value]
            elif isinstance(value, tuple):
                value = list(value)
            out[f.name] = value
        return out

    def text(self, field: str, language: str = "en") -> str | None:
        """The ``language`` version of a bilingual field, falling back to the other language."""
        value = getattr(self, field)
        if value is None:
            return None
        return value.get(language) or value.get("en") or value.get("fr")


@dataclass(frozen=True)
class Organisation(_Record):
    kind: ClassVar[str] = "organisation"
    name: str = ""
    aliases: tuple[str, ...] = ()
    hq_country: str = ""
    hq_city: str | None = None
    founded: int | None = None
    size_class: str | None = None
    startup: bool | None = None
    eu_controlled: bool | None = None
    contracting_country: str | None = None
    parent: str | None = None
    control_note: dict | None = None
    identifiers: dict | None = None
    website: str | None = None
    description: dict | None = None
    sources: tuple[Source, ...] = ()
    verified_on: str | None = None
    unverified: tuple[str, ...] = ()
    conflicts: tuple[dict, ...] = ()
    note: dict | None = None


@dataclass(frozen=True)
class Offering(_Record):
    kind: ClassVar[str] = "offering"
    organisation_id: str = ""
    name: str = ""
    offering_kind: str = ""
    description: dict | None = None
    capabilities: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    deployment_modes: tuple[str, ...] = ()
    hosting_countries: tuple[str, ...] = ()
    open_weights: bool | None = None
    licence: str | None = None
    model_params_b: float | None = None
    active_params_b: float | None = None
    frugal_practices: dict | None = None
    certifications: tuple[dict, ...] = ()
    pricing: dict | None = None
    estimated_amount_eur: float | None = None
    sources: tuple[Source, ...] = ()
    verified_on: str | None = None
    unverified: tuple[str, ...] = ()
    conflicts: tuple[dict, ...] = ()
    note: dict | None = None

    @classmethod
    def from_record(cls, record):
        record = dict(record)
        record["offering_kind"] = record.pop("kind", "")
        return super().from_record(record)

    def to_record(self):
        out = super().to_record()
        kind = out.pop("offering_kind")
        return {"id": out.pop("id"), "organisation_id": out.pop("organisation_id"), "name": out.pop("name"),
                "kind": kind, **out}


@dataclass(frozen=True)
class Marketplace(_Record):
    kind: ClassVar[str] = "marketplace"
    name: str = ""
    marketplace_kind: str = ""
    country: str = ""
    operator: str | None = None
    public_route: bool = False
    description: dict | None = None
    buyer_effect: dict | None = None
    url: str | None = None
    sources: tuple[Source, ...] = ()
    verified_on: str | None = None
    unverified: tuple[str, ...] = ()
    conflicts: tuple[dict, ...] = ()
    note: dict | None = None

    @classmethod
    def from_record(cls, record):
        record = dict(record)
        record["marketplace_kind"] = record.pop("kind", "")
        return super().from_record(record)

    def to_record(self):
        out = super().to_record()
        kind = out.pop("marketplace_kind")
        return {"id": out.pop("id"), "name": out.pop("name"), "kind": kind, **out}


@dataclass(frozen=True)
class Listing(_Record):
    kind: ClassVar[str] = "listing"
    marketplace_id: str = ""
    offering_id: str = ""
    reference: str | None = None
    sources: tuple[Source, ...] = ()
    verified_on: str | None = None
    unverified: tuple[str, ...] = ()
    conflicts: tuple[dict, ...] = ()
    note: dict | None = None


@dataclass(frozen=True)
class Programme(_Record):
    kind: ClassVar[str] = "programme"
    name: str = ""
    programme_kind: str = ""
    operator: str | None = None
    countries: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    description: dict | None = None
    status: str = ""
    is_ai_act_sandbox: bool | None = None
    eligibility: dict | None = None
    benefits: dict | None = None
    deadlines: tuple[dict, ...] = ()
    wave: int | None = None
    host_site: str | None = None
    coordinator: str | None = None
    partners: tuple[str, ...] = ()
    url: str | None = None
    sources: tuple[Source, ...] = ()
    verified_on: str | None = None
    unverified: tuple[str, ...] = ()
    conflicts: tuple[dict, ...] = ()
    note: dict | None = None

    @classmethod
    def from_record(cls, record):
        record = dict(record)
        record["programme_kind"] = record.pop("kind", "")
        return super().from_record(record)

    def to_record(self):
        out = super().to_record()
        kind = out.pop("programme_kind")
        return {"id": out.pop("id"), "name": out.pop("name"), "kind": kind, **out}


ENTITY_CLASSES = {cls.kind: cls for cls in (Organisation, Offering, Marketplace, Listing, Programme)}


def entity(kind: str, record: dict[str, Any]):
    """The typed view of a canonical record of ``kind``."""
    return ENTITY_CLASSES[kind].from_record(record)
