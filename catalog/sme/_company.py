"""SME company profiles: format, validation, load and save.

A small JSON file a person can write by hand and the app saves; validation collects every problem, each
naming its field, and nothing is written when a profile is invalid. Examples: ``resources/examples/company-*.json``.

Company profile (``vivier.company-profile/1``; ``name`` and ``country`` required): ``language``,
``country``, ``region`` (ISO 3166-2), ``headcount``, ``turnover_eur``, ``balance_sheet_eur``, ``founded``,
``sectors`` (words or taxonomy sector ids), ``stage`` (idea/seed/early/growth/mature), ``ai_use_case``
(free text), ``ai_act_risk`` (unacceptable/high/limited/minimal/gpai/unknown), ``needs`` (testing,
regulatory_guidance, compute, funding, training, partners).

Sector words are resolved against the taxonomy when programmes are matched (:func:`catalog.sme.resolve_sectors`),
which reports an unknown word under its field (``sectors[2]``).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from catalog.files import Checker, check_schema, read_object, show, type_name, write_text_atomic
from catalog.records import COUNTRY_PATTERN, REGION_PATTERN, STAGES
from catalog.text.labels import LANGUAGES

COMPANY_SCHEMA = "vivier.company-profile/1"
MAX_TEXT = 5_000
COMPANY_NEEDS = ("testing", "regulatory_guidance", "compute", "funding", "training", "partners")
#: EU SME definition (Recommendation 2003/361/EC): (class, staff below, turnover ceiling, balance-sheet ceiling)
SME_CEILINGS = (("micro", 10, 2e6, 2e6), ("small", 50, 10e6, 10e6), ("medium", 250, 50e6, 43e6))
AI_ACT_RISKS = ("unacceptable", "high", "limited", "minimal", "gpai", "unknown")


@dataclass
class CompanyProfile:
    """An SME (or any company) looking for support programmes."""

    name: str
    country: str
    region: str | None = None
    headcount: int | None = None
    turnover_eur: float | None = None
    balance_sheet_eur: float | None = None
    founded: int | None = None
    sectors: list[str] = field(default_factory=list)
    stage: str | None = None
    ai_use_case: str = ""
    ai_act_risk: str | None = None
    needs: list[str] = field(default_factory=list)
    language: str = "fr"

    def size_class(self) -> str | None:
        """Size class per the EU SME definition (Recommendation 2003/361/EC), or None if headcount is unknown.

        Staff headcount decides first; a firm also needs turnover *or* balance sheet under the
        ceiling (micro €2m, small €10m, medium €50m turnover / €43m balance sheet). Unknown money
        figures do not push a firm up a class. Linked and partner enterprises are not counted.
        """
        if self.headcount is None:
            return None
        for size, staff, turnover, balance in SME_CEILINGS:
            if self.headcount < staff and (_under(self.turnover_eur, turnover)
                                           or _under(self.balance_sheet_eur, balance)):
                return size
        return "midcap" if self.headcount < 3000 else "large"

    def to_json(self) -> dict:
        return {"schema": COMPANY_SCHEMA, "name": self.name, "language": self.language, "country": self.country,
                "region": self.region, "headcount": self.headcount, "turnover_eur": self.turnover_eur,
                "balance_sheet_eur": self.balance_sheet_eur, "founded": self.founded, "sectors": list(self.sectors),
                "stage": self.stage, "ai_use_case": self.ai_use_case, "ai_act_risk": self.ai_act_risk,
                "needs": list(self.needs)}


def _under(value: float | None, ceiling: float) -> bool:
    return value is None or value <= ceiling


_COMPANY_KEYS = ("schema", "name", "language", "country", "region", "headcount", "turnover_eur",
                 "balance_sheet_eur", "founded", "sectors", "stage", "ai_use_case", "ai_act_risk", "needs")


def parse_company_profile(data: Any, *, source: str) -> CompanyProfile:
    """Validate a company profile (a parsed JSON object) and return it.

    Raises :class:`ValidationError` listing every problem, each naming its field.
    """
    check = Checker(source)
    if not isinstance(data, dict):
        check.bad("", f"expected a JSON object, got {type_name(data)}")
        check.raise_if_any(f"{source} is not a company profile")
    check_schema(data, COMPANY_SCHEMA, check)
    check.unknown_keys(data, _COMPANY_KEYS)
    name = check.text(data, "name", required=True)
    country = data.get("country")
    if not isinstance(country, str) or not COUNTRY_PATTERN.match(country):
        check.bad("country", "is required: a two-letter country code (e.g. FR)" if country is None
                  else f"{show(country)} is not a two-letter country code (e.g. FR)")
    region = data.get("region")
    if region is not None and (not isinstance(region, str) or not REGION_PATTERN.match(region)):
        check.bad("region", f"{show(region)} is not a region code (ISO 3166-2, e.g. FR-IDF)")
    elif (isinstance(region, str) and isinstance(country, str) and COUNTRY_PATTERN.match(country)
          and not region.startswith(country + "-")):
        check.bad("region", f"the region {region} is not in the country {country}")
    profile = CompanyProfile(
        name=name, country=country if isinstance(country, str) else "", region=region,
        headcount=check.number(data, "headcount", integer=True, maximum=10_000_000),
        turnover_eur=check.number(data, "turnover_eur"),
        balance_sheet_eur=check.number(data, "balance_sheet_eur"),
        founded=check.number(data, "founded", integer=True, minimum=1800, maximum=2100),
        sectors=check.strings(data, "sectors", what="a sector (word or taxonomy id)", max_items=20),
        stage=check.choice(data, "stage", STAGES, default=None),
        ai_use_case=check.text(data, "ai_use_case", default="", max_len=MAX_TEXT),
        ai_act_risk=check.choice(data, "ai_act_risk", AI_ACT_RISKS, default=None),
        needs=check.strings(data, "needs", choices=COMPANY_NEEDS, what="a need"),
        language=check.choice(data, "language", LANGUAGES, default="fr"),
    )
    check.raise_if_any(f"{source} is not a valid company profile")
    return profile


def load_company_profile(path: Path | str) -> CompanyProfile:
    """Read and validate a company profile file (errors as :func:`load_buyer_profile`)."""
    return parse_company_profile(read_object(path, COMPANY_SCHEMA), source=str(path))


def save_company_profile(profile: CompanyProfile, path: Path | str) -> None:
    """Write ``profile`` to ``path`` atomically."""
    write_text_atomic(path, json.dumps(profile.to_json(), ensure_ascii=False, indent=2, allow_nan=False) + "\n")


__all__ = ["COMPANY_SCHEMA", "CompanyProfile", "load_company_profile", "parse_company_profile", "save_company_profile"]
