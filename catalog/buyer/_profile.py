"""Buyer requirement profiles: format, validation, load and save.

Both are small JSON files a person can write by hand and the app saves (``schema`` names the format
and its version). Validation collects every problem, each naming its field (``must_haves.languages[1]``),
and nothing is written when a profile is invalid. Examples: ``resources/examples/buyer-*.json`` and
``company-*.json``. Buyer profile (``vivier.buyer-profile/2``; only ``name`` and ``capabilities`` required)::

    {"schema": "vivier.buyer-profile/2", "name": "...", "buyer": "...", "need": "free text",
     "language": "fr" | "en",                      # language of explanations and reasons (default fr)
     "capabilities": ["traduction", "OCR"],        # free FR/EN words, resolved through the taxonomy
     "offering_kinds": ["translation"],            # empty: any kind
     "must_haves": {                               # knock-outs; each absent or empty = no condition
        "hosting_countries": ["EU"],               # every hosting country inside (EU / EEA / codes)
        "deployment_modes": ["on_premises"],       # at least one offered
        "certifications": [{"name": "SecNumCloud", "status": "qualified"}],   # weakest status accepted
        "languages": ["fr"],                       # all supported
        "open_weights": true, "eu_control": true,  # true = required (false/null = no condition)
        "provider_hq": ["EU"], "max_price_eur": 20,
        "if_unknown": {"languages": "verify", "certifications": "exclude"}},  # a fact the catalog does not
                                                   # record: exclude, or keep it to verify with the vendor
                                                   # (defaults: IF_UNKNOWN_DEFAULTS)
     "weights": {"capability_fit": 40, "price": 20, ...},   # criterion -> number >= 0, rescaled to 100 points
     "price": {"method": "classic" | "linear" | "average", "basis": "unit_price" | "estimated_amount",
               "pricing_model": "per_token" | null, "unit": "million_tokens" | null,  # what is compared
               "budget_eur": null, "reference": "highest_offer" | "budget",
               "if_unknown": "score_zero" | "exclude"},
     "min_capability_fit": 0.0,                    # at 0: no wanted capability and not a wanted kind = off
                                                   # topic; above 0: any offering under this fit is off topic
     "shortlist_size": 10, "max_per_organisation": 1,
     "quota_rules": [...]}                         # see catalog.quotas

Format 1 (``vivier.buyer-profile/1``) is still read: its ``unknown_policy`` ("fail": every unknown
excludes; "warn": every unknown is kept to verify, except certifications, which are never assumed) becomes
``must_haves.if_unknown``; saving writes format 2.

Capability words are resolved against the taxonomy when a profile is ranked
(:func:`catalog.buyer.resolve_capabilities`), which reports an unknown word under its field (``capabilities[2]``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from catalog.errors import Problem, ValidationError
from catalog.files import Checker, check_schema, read_object, type_name, write_text_atomic
from catalog.quotas import parse_rules
from catalog.records import (
    CERTIFICATION_STATUSES,
    COUNTRY_PATTERN,
    DEPLOYMENT_MODES,
    LANGUAGE_PATTERN,
    OFFERING_KINDS,
    PRICE_UNITS,
    PRICING_MODELS,
)
from catalog.text.labels import LANGUAGES

BUYER_SCHEMA = "vivier.buyer-profile/2"
BUYER_SCHEMA_V1 = "vivier.buyer-profile/1"

#: criterion ids, in the order they are shown (catalog.buyer._ranking.CRITERIA is this tuple)
CRITERIA = ("capability_fit", "price", "sovereignty", "openness", "frugality", "sme", "purchasing_route")
#: weights (points out of 100) used when a profile gives none: fit first, then price, as most tenders do
DEFAULT_WEIGHTS = {"capability_fit": 40, "price": 20, "sovereignty": 15, "openness": 5, "frugality": 5,
                   "sme": 10, "purchasing_route": 5}
PRICE_METHODS = ("classic", "linear", "average")
PRICE_BASES = ("unit_price", "estimated_amount")
#: linear method: the price that gets 0 is the highest offer (DAJ default) or the buyer's budget
PRICE_REFERENCES = ("highest_offer", "budget")
#: an offering without a comparable price scores 0 on price (with a warning) or is excluded as "not verified"
PRICE_IF_UNKNOWN = ("score_zero", "exclude")
UNKNOWN_POLICIES = ("fail", "warn")
#: what a must-have does with an offering whose fact is not recorded: exclude it, or keep it ("verify":
#: scored as unknown and listed as a question for the vendor)
IF_UNKNOWN = ("exclude", "verify")
#: the defaults a buyer expects: a certification (often required by law) is never assumed; languages,
#: hosting, deployment, open weights, EU control and a price under the ceiling are asked of the vendor
IF_UNKNOWN_DEFAULTS = {"hosting_countries": "verify", "deployment_modes": "verify", "certifications": "exclude",
                       "languages": "verify", "open_weights": "verify", "eu_control": "verify",
                       "max_price_eur": "verify"}
#: "EU" and "EEA" stand for every member country in hosting and headquarters must-haves
AREAS = ("EU", "EEA")
#: G-Cloud caps a direct-award shortlist at 30; 100 leaves room for sourcing exercises
MAX_SHORTLIST = 100
MAX_CAPABILITIES = 50
MAX_TEXT = 5_000



@dataclass(frozen=True)
class CertificationNeed:
    """A required certification and the weakest status accepted (``qualified`` is the strongest)."""

    name: str
    status: str = "qualified"

    def to_json(self) -> dict:
        return {"name": self.name, "status": self.status}


@dataclass(frozen=True)
class MustHaves:
    """Knock-out conditions. Empty lists and ``None`` mean "no condition"."""

    hosting_countries: tuple[str, ...] = ()
    deployment_modes: tuple[str, ...] = ()
    certifications: tuple[CertificationNeed, ...] = ()
    languages: tuple[str, ...] = ()
    open_weights: bool | None = None
    provider_hq: tuple[str, ...] = ()
    eu_control: bool | None = None
    max_price_eur: float | None = None
    if_unknown: dict[str, str] = field(default_factory=lambda: dict(IF_UNKNOWN_DEFAULTS))

    def policy(self, must_have: str) -> str:
        """``"exclude"`` or ``"verify"``: what an unrecorded fact does for this must-have."""
        return self.if_unknown.get(must_have, "exclude")

    def to_json(self) -> dict:
        return {"hosting_countries": list(self.hosting_countries), "deployment_modes": list(self.deployment_modes),
                "certifications": [c.to_json() for c in self.certifications], "languages": list(self.languages),
                "open_weights": self.open_weights, "provider_hq": list(self.provider_hq),
                "eu_control": self.eu_control, "max_price_eur": self.max_price_eur,
                "if_unknown": {k: self.if_unknown[k] for k in IF_UNKNOWN_DEFAULTS if k in self.if_unknown}}


@dataclass(frozen=True)
class PriceSettings:
    """How the price criterion is computed (see :mod:`catalog.buyer._price`)."""

    method: str = "classic"
    basis: str = "unit_price"
    pricing_model: str | None = None
    unit: str | None = None
    budget_eur: float | None = None
    reference: str = "highest_offer"
    if_unknown: str = "score_zero"

    def to_json(self) -> dict:
        return {"method": self.method, "basis": self.basis, "pricing_model": self.pricing_model, "unit": self.unit,
                "budget_eur": self.budget_eur, "reference": self.reference, "if_unknown": self.if_unknown}


@dataclass
class BuyerProfile:
    """A public buyer's need: what it wants, what it refuses, and how candidates are weighed."""

    name: str
    capabilities: list[str]
    buyer: str = ""
    need: str = ""
    language: str = "fr"
    offering_kinds: list[str] = field(default_factory=list)
    must_haves: MustHaves = field(default_factory=MustHaves)
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    price: PriceSettings = field(default_factory=PriceSettings)
    min_capability_fit: float = 0.0
    shortlist_size: int = 10
    max_per_organisation: int = 1
    quota_rules: list = field(default_factory=list)

    @property
    def points(self) -> dict[str, float]:
        """The weights rescaled to points out of 100, every criterion present (0 when not weighted)."""
        total = sum(self.weights.values())
        return {c: 100.0 * self.weights.get(c, 0) / total for c in CRITERIA}

    def to_json(self) -> dict:
        rules = [r.to_json() if hasattr(r, "to_json") else r for r in self.quota_rules]
        return {"schema": BUYER_SCHEMA, "name": self.name, "buyer": self.buyer, "need": self.need,
                "language": self.language, "capabilities": list(self.capabilities),
                "offering_kinds": list(self.offering_kinds), "must_haves": self.must_haves.to_json(),
                "weights": {c: self.weights[c] for c in CRITERIA if c in self.weights},
                "price": self.price.to_json(), "min_capability_fit": self.min_capability_fit,
                "shortlist_size": self.shortlist_size, "max_per_organisation": self.max_per_organisation,
                "quota_rules": rules}


_BUYER_KEYS = ("schema", "name", "buyer", "need", "language", "capabilities", "offering_kinds", "must_haves",
               "weights", "price", "min_capability_fit", "shortlist_size", "max_per_organisation", "quota_rules")
_BUYER_KEYS_V1 = tuple(k for k in _BUYER_KEYS if k != "min_capability_fit") + ("unknown_policy",)
_MUST_KEYS = ("hosting_countries", "deployment_modes", "certifications", "languages", "open_weights",
              "provider_hq", "eu_control", "max_price_eur", "if_unknown")
_PRICE_KEYS = ("method", "basis", "pricing_model", "unit", "budget_eur", "reference", "if_unknown")


def parse_buyer_profile(data: Any, *, source: str) -> BuyerProfile:
    """Validate a buyer profile (a parsed JSON object) and return it.

    ``source`` names the file (or "profile editor") in messages. Raises :class:`ValidationError`
    listing every problem, each naming its field.
    """
    check = Checker(source)
    if not isinstance(data, dict):
        check.bad("", f"expected a JSON object, got {type_name(data)}")
        check.raise_if_any(f"{source} is not a buyer profile")
    v1 = data.get("schema") == BUYER_SCHEMA_V1
    if not v1:
        check_schema(data, BUYER_SCHEMA, check)
    if not v1 and "unknown_policy" in data:
        check.bad("unknown_policy", "belongs to format 1 (vivier.buyer-profile/1); format 2 says for each must-have "
                  "what an unrecorded value does, in must_haves.if_unknown (\"exclude\" or \"verify\")")
    check.unknown_keys({k: v for k, v in data.items() if v1 or k != "unknown_policy"},
                       _BUYER_KEYS_V1 if v1 else _BUYER_KEYS)
    name = check.text(data, "name", required=True)
    buyer = check.text(data, "buyer", default="")
    need = check.text(data, "need", default="", max_len=MAX_TEXT)
    language = check.choice(data, "language", LANGUAGES, default="fr")
    if data.get("capabilities") is None:
        check.bad("capabilities", "is required: a list of at least one wanted capability (words in FR or EN)")
        capabilities = []
    else:
        capabilities = check.strings(data, "capabilities", what="a capability word", max_items=MAX_CAPABILITIES,
                                     min_items=1)
    kinds = check.strings(data, "offering_kinds", choices=OFFERING_KINDS, what="an offering kind")
    must = _parse_must_haves(data, check, v1=v1)
    weights = _parse_weights(data, check)
    price = _parse_price(data, check)
    min_fit = 0.0 if v1 else check.number(data, "min_capability_fit", minimum=0, maximum=1, default=0.0)
    shortlist_size = check.number(data, "shortlist_size", minimum=1, maximum=MAX_SHORTLIST, integer=True, default=10)
    max_per_org = check.number(data, "max_per_organisation", minimum=1, integer=True, default=1,
                               maximum=MAX_SHORTLIST)
    rules = _parse_quota_rules(data.get("quota_rules", []), check)
    check.raise_if_any(f"{source} is not a valid buyer profile")
    return BuyerProfile(name=name, capabilities=capabilities, buyer=buyer, need=need, language=language,
                        offering_kinds=kinds, must_haves=must, weights=weights, price=price,
                        min_capability_fit=float(min_fit or 0.0), shortlist_size=shortlist_size,
                        max_per_organisation=max_per_org, quota_rules=rules)


def _parse_must_haves(data: dict, check: Checker, *, v1: bool) -> MustHaves:
    raw = check.object(data, "must_haves", _MUST_KEYS[:-1] if v1 else _MUST_KEYS)
    p = "must_haves."
    countries = dict(pattern=COUNTRY_PATTERN, what="a two-letter country code (e.g. FR) or EU/EEA", extra=AREAS)
    certs = []
    raw_certs = raw.get("certifications", [])
    if not isinstance(raw_certs, list):
        check.bad(p + "certifications", f"expected a list, got {type_name(raw_certs)}")
        raw_certs = []
    for i, item in enumerate(raw_certs):
        where = f"{p}certifications[{i}]"
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict):
            check.bad(where, f"expected an object {{\"name\", \"status\"}}, got {type_name(item)}")
            continue
        check.unknown_keys(item, ("name", "status"), prefix=where + ".")
        cname = check.text(item, "name", required=True, max_len=80, path=where + ".name")
        status = check.choice(item, "status", CERTIFICATION_STATUSES, default="qualified", path=where + ".status")
        if cname:
            certs.append(CertificationNeed(cname, status))
    return MustHaves(
        hosting_countries=tuple(check.strings(raw, "hosting_countries", path=p + "hosting_countries", **countries)),
        deployment_modes=tuple(check.strings(raw, "deployment_modes", choices=DEPLOYMENT_MODES,
                                             what="a deployment mode", path=p + "deployment_modes")),
        certifications=tuple(certs),
        languages=tuple(check.strings(raw, "languages", pattern=LANGUAGE_PATTERN,
                                      what="a two-letter language code (e.g. fr)", path=p + "languages")),
        open_weights=check.boolean(raw, "open_weights", path=p + "open_weights"),
        provider_hq=tuple(check.strings(raw, "provider_hq", path=p + "provider_hq", **countries)),
        eu_control=check.boolean(raw, "eu_control", path=p + "eu_control"),
        max_price_eur=check.number(raw, "max_price_eur", path=p + "max_price_eur"),
        if_unknown=_policies_v1(data, check) if v1 else _parse_if_unknown(raw, check),
    )


def _policies_v1(data: dict, check: Checker) -> dict[str, str]:
    """Format 1's one switch as per-must-have policies: "fail" excludes every unknown; "warn" keeps every
    unknown to verify except a certification, which is never assumed."""
    policy = check.choice(data, "unknown_policy", UNKNOWN_POLICIES, default="fail")
    return {key: "exclude" if policy == "fail" or key == "certifications" else "verify" for key in IF_UNKNOWN_DEFAULTS}


def _parse_if_unknown(raw: dict, check: Checker) -> dict[str, str]:
    where = "must_haves.if_unknown"
    given = check.object(raw, "if_unknown", tuple(IF_UNKNOWN_DEFAULTS), path=where)
    policies = dict(IF_UNKNOWN_DEFAULTS)
    for key in given:
        if key in IF_UNKNOWN_DEFAULTS:
            policies[key] = check.choice(given, key, IF_UNKNOWN, default=IF_UNKNOWN_DEFAULTS[key],
                                         path=f"{where}.{key}")
    return policies


def _parse_weights(data: dict, check: Checker) -> dict[str, float]:
    if "weights" not in data or data["weights"] is None:
        return dict(DEFAULT_WEIGHTS)
    raw = data["weights"]
    if not isinstance(raw, dict):
        check.bad("weights", f"expected an object criterion -> number, got {type_name(raw)}")
        return dict(DEFAULT_WEIGHTS)
    weights: dict[str, float] = {}
    before = len(check.problems)
    for key in raw:
        if key not in CRITERIA:
            check.bad(f"weights.{key}", f"unknown criterion; expected one of {', '.join(CRITERIA)}")
            continue
        number = check.number(raw, key, path=f"weights.{key}")
        if number is not None:
            weights[key] = number
    if len(check.problems) == before and not any(v > 0 for v in weights.values()):
        check.bad("weights", "every weight is zero: give at least one criterion a positive weight")
    return weights if any(v > 0 for v in weights.values()) else dict(DEFAULT_WEIGHTS)


def _parse_price(data: dict, check: Checker) -> PriceSettings:
    raw = check.object(data, "price", _PRICE_KEYS)
    p = "price."
    settings = PriceSettings(
        method=check.choice(raw, "method", PRICE_METHODS, default="classic", path=p + "method"),
        basis=check.choice(raw, "basis", PRICE_BASES, default="unit_price", path=p + "basis"),
        pricing_model=check.choice(raw, "pricing_model", PRICING_MODELS, default=None, path=p + "pricing_model"),
        unit=check.choice(raw, "unit", PRICE_UNITS, default=None, path=p + "unit"),
        budget_eur=check.number(raw, "budget_eur", path=p + "budget_eur", exclusive_minimum=True),
        reference=check.choice(raw, "reference", PRICE_REFERENCES, default="highest_offer", path=p + "reference"),
        if_unknown=check.choice(raw, "if_unknown", PRICE_IF_UNKNOWN, default="score_zero", path=p + "if_unknown"),
    )
    if settings.reference == "budget" and settings.budget_eur is None and "budget_eur" not in raw:
        check.bad(p + "budget_eur", "is required when price.reference is \"budget\"")
    if settings.reference == "budget" and settings.method != "linear":
        check.bad(p + "reference", "\"budget\" only applies to the linear method")
    return settings


def _parse_quota_rules(raw: Any, check: Checker) -> list:
    """Quota rules belong to :mod:`catalog.quotas`; their validation is delegated to it when present."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        check.bad("quota_rules", f"expected a list, got {type_name(raw)}")
        return []
    for i, item in enumerate(raw):
        if not isinstance(item, dict):
            check.bad(f"quota_rules[{i}]", f"expected an object, got {type_name(item)}")
    if len(check.problems) and any((p.field or "").startswith("quota_rules") for p in check.problems):
        return []
    try:
        return parse_rules(raw, field="quota_rules")
    except ValidationError as e:
        for problem in e.problems:
            check.problems.append(Problem(problem.message, file=check.source, field=problem.field or "quota_rules"))
        return []


def load_buyer_profile(path: Path | str) -> BuyerProfile:
    """Read and validate a buyer profile file.

    Raises :class:`FileFormatError` (unreadable, empty, not JSON) or :class:`ValidationError`.
    """
    return parse_buyer_profile(read_object(path, BUYER_SCHEMA), source=str(path))


def save_buyer_profile(profile: BuyerProfile, path: Path | str) -> None:
    """Write ``profile`` to ``path`` atomically (an existing file is replaced only once the new one is complete)."""
    write_text_atomic(path, json.dumps(profile.to_json(), ensure_ascii=False, indent=2, allow_nan=False) + "\n")


__all__ = ["BUYER_SCHEMA", "BUYER_SCHEMA_V1", "CRITERIA", "DEFAULT_WEIGHTS", "IF_UNKNOWN", "IF_UNKNOWN_DEFAULTS",
           "BuyerProfile", "CertificationNeed", "MustHaves", "PriceSettings", "load_buyer_profile",
           "parse_buyer_profile", "save_buyer_profile"]
