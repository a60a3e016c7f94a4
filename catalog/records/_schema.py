"""The catalog record schema: the record kinds, their vocabularies, fields and canonical form.

Records travel as plain JSON objects (see docs/catalog-format.md). :func:`validate_record` checks one
record and returns its canonical form: every known field present (unknown facts as ``None`` or ``[]``),
keys in schema order. Canonical records are what the store keeps and what exports write, which is
what makes import/export round trips exact. The generic checkers the fields are built from live in
``_checkers.py``.
"""

from __future__ import annotations

import re
from typing import Any

from catalog.errors import Problem

from ._checkers import (
    Field,
    _Invalid,
    boolean,
    country,
    enum,
    integer,
    iso_date,
    list_of,
    nullable,
    number,
    obj,
    slug,
    string,
    text,
)

KINDS = ("organisation", "offering", "marketplace", "listing", "programme")
#: the order of kinds in lists and search results: organisations first, listings last
KIND_ORDER = {"organisation": 0, "offering": 1, "programme": 2, "marketplace": 3, "listing": 4}
#: plural names used as JSON keys and file names, in load order (referenced kinds first)
PLURALS = {
    "organisation": "organisations",
    "offering": "offerings",
    "marketplace": "marketplaces",
    "listing": "listings",
    "programme": "programmes",
}
SINGULARS = {v: k for k, v in PLURALS.items()}

SIZE_CLASSES = ("micro", "small", "medium", "midcap", "large")
SME_SIZE_CLASSES = ("micro", "small", "medium")
OFFERING_KINDS = (
    "foundation_model", "open_weight_model", "model_api", "assistant", "document_ai", "speech",
    "translation", "vision", "mlops_platform", "ai_testing", "gpu_cloud", "sovereign_cloud",
    "integration_service", "vertical_application",
)
DEPLOYMENT_MODES = ("saas", "api", "eu_cloud", "sovereign_cloud", "on_premises", "edge")
CERTIFICATION_STATUSES = ("qualified", "in_qualification", "claimed", "unverified")
PRICING_MODELS = (
    "per_token", "per_character", "per_user_month", "per_hour", "per_minute", "subscription",
    "quote", "free", "open_source",
)
#: what one price is for: list prices are only compared when model, unit and currency are the same.
#: ``million_tokens``: ``amount`` is the input price, ``amount_output`` the output price (per million tokens).
PRICE_UNITS = (
    "million_tokens", "million_characters", "user_month", "gpu_hour", "audio_hour", "audio_minute", "page",
    "thousand_pages", "thousand_requests", "month", "year",
)
CURRENCY_PATTERN = re.compile(r"^[A-Z]{3}$")
MARKETPLACE_KINDS = (
    "central_purchasing", "public_catalog", "framework", "procurement_route", "cloud_marketplace",
    "eu_platform",
)
PROGRAMME_KINDS = (
    "regulatory_sandbox", "tef", "edih", "ai_factory", "compute_access", "funding", "accelerator",
    "support_network",
)
#: ``not_announced``: nothing announced as of the record's ``verified_on`` (e.g. a member state's AI Act sandbox)
PROGRAMME_STATUSES = ("open", "permanent", "announced", "planned", "not_announced", "closed")
STAGES = ("idea", "seed", "early", "growth", "mature")

#: EU member states (ISO 3166-1 alpha-2; Greece is GR, not EL)
EU_COUNTRIES = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)
#: EEA = EU + Iceland, Liechtenstein, Norway
EEA_COUNTRIES = EU_COUNTRIES | {"IS", "LI", "NO"}


def expand_area(codes: tuple[str, ...]) -> frozenset[str]:
    """Country codes of a must-have list (a tuple), with "EU" and "EEA" expanded to their members."""
    out: set[str] = set()
    for code in codes:
        out |= EU_COUNTRIES if code == "EU" else EEA_COUNTRIES if code == "EEA" else {code}
    return frozenset(out)


REGION_PATTERN = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2}$")
URL_PATTERN = re.compile(r"^https?://[^\s]+$")


SOURCE = obj(
    Field("url", string(pattern=URL_PATTERN, what="a web address (http:// or https://)"), True),
    Field("title", string(), True),
    Field("seen_on", iso_date(), True),
)
CONFLICT = obj(
    Field("field", string(max_len=80), True),
    Field("note", text(), True),
    Field("sources", list_of(string(pattern=URL_PATTERN, what="a web address")), True),
)
CERTIFICATION = obj(
    Field("name", string(max_len=80), True),
    Field("status", enum(CERTIFICATION_STATUSES), True),
    Field("scope", nullable(string())),
)
SIZE = enum(SIZE_CLASSES)
URL = string(pattern=URL_PATTERN, what="a web address (http:// or https://)")

COMMON_HEAD = (Field("id", slug(), True),)
COMMON_TAIL = (
    Field("sources", list_of(SOURCE)),
    Field("verified_on", nullable(iso_date())),
    Field("unverified", list_of(string(max_len=80))),
    Field("conflicts", list_of(CONFLICT, unique=False)),
    Field("note", nullable(text())),
)

FIELDS: dict[str, tuple[Field, ...]] = {
    "organisation": COMMON_HEAD + (
        Field("name", string(max_len=300), True),
        Field("aliases", list_of(string(max_len=300))),
        Field("hq_country", country(), True),
        Field("hq_city", nullable(string(max_len=200))),
        Field("founded", nullable(integer(minimum=1800, maximum=2100))),
        Field("size_class", nullable(SIZE)),
        Field("startup", nullable(boolean())),
        Field("eu_controlled", nullable(boolean())),
        Field("contracting_country", nullable(country())),
        Field("parent", nullable(string(max_len=300))),
        Field("control_note", nullable(text())),
        Field("identifiers", nullable(obj(
            Field("siren", nullable(string(pattern=re.compile(r"^\d{9}$"), what="a 9-digit SIREN"))),
            Field("vat", nullable(string(max_len=40))),
            Field("lei", nullable(string(pattern=re.compile(r"^[A-Z0-9]{20}$"), what="a 20-character LEI"))),
        ))),
        Field("website", nullable(URL)),
        Field("description", text(), True),
    ) + COMMON_TAIL,
    "offering": COMMON_HEAD + (
        Field("organisation_id", slug(), True),
        Field("name", string(max_len=300), True),
        Field("kind", enum(OFFERING_KINDS), True),
        Field("description", text(), True),
        Field("capabilities", list_of(slug(), min_items=1), True),
        Field("languages", list_of(string(pattern=LANGUAGE_PATTERN, what="a two-letter language code (ISO 639-1)"))),
        Field("deployment_modes", list_of(enum(DEPLOYMENT_MODES))),
        Field("hosting_countries", list_of(country())),
        Field("open_weights", nullable(boolean())),
        Field("licence", nullable(string(max_len=200))),
        Field("model_params_b", nullable(number())),
        Field("active_params_b", nullable(number())),
        Field("frugal_practices", nullable(obj(
            Field("afnor_spec_2314", nullable(boolean())),
            Field("note", nullable(text())),
        ))),
        Field("certifications", list_of(CERTIFICATION)),
        Field("pricing", nullable(obj(
            Field("model", enum(PRICING_MODELS), True),
            Field("amount_eur", nullable(number())),
            Field("unit", nullable(string(max_len=200))),
            Field("note", nullable(text())),
            Field("amount", nullable(number())),
            Field("amount_output", nullable(number())),
            Field("currency", nullable(string(pattern=CURRENCY_PATTERN, what="a currency code (ISO 4217, e.g. EUR)"))),
            Field("seen_on", nullable(iso_date())),
            Field("source", nullable(URL)),
        ))),
        Field("estimated_amount_eur", nullable(number())),
    ) + COMMON_TAIL,
    "marketplace": COMMON_HEAD + (
        Field("name", string(max_len=300), True),
        Field("kind", enum(MARKETPLACE_KINDS), True),
        Field("country", country(extra=("EU",)), True),
        Field("operator", nullable(string(max_len=300))),
        Field("public_route", boolean(), True),
        Field("description", text(), True),
        Field("buyer_effect", nullable(text())),
        Field("url", nullable(URL)),
    ) + COMMON_TAIL,
    "listing": COMMON_HEAD + (
        Field("marketplace_id", slug(), True),
        Field("offering_id", slug(), True),
        Field("reference", nullable(string(max_len=300))),
    ) + COMMON_TAIL,
    "programme": COMMON_HEAD + (
        Field("name", string(max_len=300), True),
        Field("kind", enum(PROGRAMME_KINDS), True),
        Field("operator", nullable(string(max_len=300))),
        Field("countries", list_of(country(extra=("EU", "EEA")), min_items=1), True),
        Field("sectors", list_of(slug())),
        Field("description", text(), True),
        Field("status", enum(PROGRAMME_STATUSES), True),
        Field("is_ai_act_sandbox", nullable(boolean())),
        Field("eligibility", obj(
            Field("size_classes", list_of(SIZE)),
            Field("stages", list_of(enum(STAGES))),
            Field("countries", list_of(country(extra=("EU", "EEA")))),
            Field("regions", list_of(string(pattern=REGION_PATTERN, what="a region code (ISO 3166-2, e.g. FR-IDF)"))),
            Field("sectors", list_of(slug())),
            Field("note", nullable(text())),
        ), True),
        Field("benefits", obj(
            Field("max_amount_eur", nullable(number())),
            Field("cost_share_pct", nullable(number())),
            Field("compute", boolean()),
            Field("testing", boolean()),
            Field("guidance", boolean()),
            Field("training", boolean()),
            Field("partners", boolean()),
            Field("summary", text(), True),
        ), True),
        Field("deadlines", list_of(obj(Field("date", iso_date(), True), Field("label", text(), True)))),
        Field("wave", nullable(integer(minimum=1, maximum=20))),
        Field("host_site", nullable(string(max_len=300))),
        Field("coordinator", nullable(string(max_len=300))),
        Field("partners", list_of(string(max_len=300))),
        Field("url", nullable(URL)),
        Field("technologies", list_of(slug())),
    ) + COMMON_TAIL,
}

_RECORD_CHECKERS = {kind: obj(*fields) for kind, fields in FIELDS.items()}
_FIELD_NAMES = {kind: frozenset(f.name for f in fields) for kind, fields in FIELDS.items()}
#: boolean benefit flags default to False (not null): "no compute offered" is what an absent flag means
_BENEFIT_FLAGS = ("compute", "testing", "guidance", "training", "partners")


def validate_record(kind: str, record: Any, *, file: str | None = None, row: int | None = None
                    ) -> tuple[dict | None, list[Problem]]:
    """Validate one record of ``kind`` and return ``(canonical_record, problems)``.

    The canonical record is ``None`` when there are problems. Each problem names the file, row,
    record id and field.
    """
    record_id = record.get("id") if isinstance(record, dict) and isinstance(record.get("id"), str) else None
    try:
        canonical = _RECORD_CHECKERS[kind](record)
    except _Invalid as e:
        return None, [Problem(e.message, file=file, row=row, field=e.field, record_id=record_id and record_id[:80])]
    if kind == "programme":
        for flag in _BENEFIT_FLAGS:
            if canonical["benefits"][flag] is None:
                canonical["benefits"][flag] = False
    if kind == "offering" and canonical["pricing"] is not None:
        _complete_price(canonical["pricing"])
    if kind == "listing":
        expected = f"{canonical['marketplace_id']}--{canonical['offering_id']}"
        if canonical["id"] != expected:
            return None, [Problem(f"a listing's id must be {expected!r}", file=file, row=row, field="id",
                                  record_id=record_id)]
    unknown_unverified = canonical["unverified"] and sorted(set(canonical["unverified"]) - _FIELD_NAMES[kind])
    if unknown_unverified:
        return None, [Problem(f"names unknown field(s) {', '.join(unknown_unverified)}", file=file, row=row,
                              field="unverified", record_id=record_id)]
    return canonical, []


def _complete_price(pricing: dict) -> None:
    """Fill the two spellings of a euro price from each other: ``amount_eur`` (the first format's field)
    and ``amount`` + ``currency``. Nothing is converted between currencies."""
    if pricing["amount"] is None and pricing["amount_eur"] is not None:
        pricing["amount"], pricing["currency"] = pricing["amount_eur"], pricing["currency"] or "EUR"
    elif pricing["amount_eur"] is None and pricing["amount"] is not None and pricing["currency"] == "EUR":
        pricing["amount_eur"] = pricing["amount"]


def field_names(kind: str) -> list[str]:
    return [f.name for f in FIELDS[kind]]


def scalar_type(kind: str, name: str) -> str | None:
    """``"str"``, ``"int"``, ``"number"`` or ``"bool"`` for a plain field; ``None`` for lists and objects."""
    checker = next(f.check for f in FIELDS[kind] if f.name == name)
    return getattr(checker, "scalar", None)
