"""Translated labels for the catalog's codes (record kinds, size classes, deployment modes, ...).

Codes stay in the data; people read these labels. Unknown codes are shown as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from catalog.text.labels import decision_label as core_decision_label
from catalog.text.labels import size_class_label
from desktop.i18n import current_language

translate = QCoreApplication.translate


def kind_label(code: str) -> str:
    """The label of a record kind."""
    return {
        "organisation": translate("Labels", "Organisation"),
        "offering": translate("Labels", "Offering"),
        "marketplace": translate("Labels", "Marketplace"),
        "listing": translate("Labels", "Listing"), "programme": translate("Labels", "Programme"),
    }.get(code, code)


def size_label(code: str | None) -> str:
    """The label of a company size class (EU SME definition), the same the core writes in its texts."""
    return size_class_label(code, current_language(), capital=True)


def deployment_label(code: str) -> str:
    """The label of a deployment mode."""
    return {
        "saas": translate("Labels", "SaaS"),
        "api": translate("Labels", "API"),
        "eu_cloud": translate("Labels", "EU cloud"),
        "sovereign_cloud": translate("Labels", "Sovereign cloud"),
        "on_premises": translate("Labels", "On premises"), "edge": translate("Labels", "Edge"),
    }.get(code, code)


def decision_label(code: str) -> str:
    """The label of a shortlist decision, the same the tender workbook writes."""
    return core_decision_label(code, current_language())


def yes_no(value: bool | None) -> str:
    """"yes", "no" or "unknown" (None)."""
    if value is None:
        return translate("Labels", "unknown")
    return translate("Labels", "yes") if value else translate("Labels", "no")


def offering_kind_label(code: str) -> str:
    """The label of an offering's kind (what it is: a model, an assistant, a GPU cloud...)."""
    return {
        "foundation_model": translate("Labels", "Foundation model"),
        "open_weight_model": translate("Labels", "Open-weight model"),
        "model_api": translate("Labels", "Model API"), "assistant": translate("Labels", "Assistant"),
        "document_ai": translate("Labels", "Document AI"), "speech": translate("Labels", "Speech"),
        "translation": translate("Labels", "Translation"), "vision": translate("Labels", "Computer vision"),
        "mlops_platform": translate("Labels", "MLOps platform"), "ai_testing": translate("Labels", "AI testing"),
        "gpu_cloud": translate("Labels", "GPU cloud"), "sovereign_cloud": translate("Labels", "Sovereign cloud"),
        "integration_service": translate("Labels", "Integration service"),
        "vertical_application": translate("Labels", "Business application"),
    }.get(code, code)


def marketplace_kind_label(code: str) -> str:
    """The label of a marketplace's kind (central purchasing body, framework agreement...)."""
    return {
        "central_purchasing": translate("Labels", "Central purchasing body"),
        "public_catalog": translate("Labels", "Public catalogue"),
        "framework": translate("Labels", "Framework agreement"),
        "procurement_route": translate("Labels", "Procurement route"),
        "cloud_marketplace": translate("Labels", "Cloud marketplace"),
        "eu_platform": translate("Labels", "EU platform"),
    }.get(code, code)


def programme_kind_label(code: str) -> str:
    """The label of a support programme's kind."""
    return {
        "regulatory_sandbox": translate("Labels", "Regulatory sandbox"),
        "tef": translate("Labels", "TEF (testing facility)"),
        "edih": translate("Labels", "EDIH (innovation hub)"),
        "ai_factory": translate("Labels", "AI Factory"),
        "compute_access": translate("Labels", "Compute access"),
        "funding": translate("Labels", "Funding"), "accelerator": translate("Labels", "Accelerator"),
        "support_network": translate("Labels", "Support network"),
    }.get(code, code)


def programme_status_label(code: str) -> str:
    """The label of a programme's status (open, planned, closed...)."""
    return {
        "open": translate("Labels", "Open"), "permanent": translate("Labels", "Permanent"),
        "announced": translate("Labels", "Announced"), "planned": translate("Labels", "Planned"),
        "not_announced": translate("Labels", "Nothing announced"), "closed": translate("Labels", "Closed"),
    }.get(code, code)


def pricing_model_label(code: str) -> str:
    """The label of a pricing model."""
    return {
        "per_token": translate("Labels", "Per token"), "per_character": translate("Labels", "Per character"),
        "per_user_month": translate("Labels", "Per user per month"), "per_hour": translate("Labels", "Per hour"),
        "per_minute": translate("Labels", "Per minute"), "subscription": translate("Labels", "Subscription"),
        "quote": translate("Labels", "On quotation"), "free": translate("Labels", "Free"),
        "open_source": translate("Labels", "Open source"),
    }.get(code, code)


def certification_status_label(code: str) -> str:
    """The label of a certification's status."""
    return {
        "qualified": translate("Labels", "qualified"), "in_qualification": translate("Labels", "in qualification"),
        "claimed": translate("Labels", "claimed"), "unverified": translate("Labels", "unverified"),
    }.get(code, code)


def stage_label(code: str | None) -> str:
    """The label of a company's stage of development."""
    if not code:
        return ""
    return {
        "idea": translate("Labels", "Idea"), "seed": translate("Labels", "Seed"),
        "early": translate("Labels", "Early stage"), "growth": translate("Labels", "Growth"),
        "mature": translate("Labels", "Mature"),
    }.get(code, code)


def licence_label(value: str) -> str:
    """A licence as recorded: SPDX ids as they are, "proprietary" in words."""
    return translate("Labels", "Proprietary") if value == "proprietary" else value


def value_label(record_kind: str, field: str, code: str) -> str:
    """The label of a coded value of ``field`` in a ``record_kind`` record; other values as they are."""
    if field == "kind":
        by_kind = {"offering": offering_kind_label, "marketplace": marketplace_kind_label,
                   "programme": programme_kind_label}
        return by_kind.get(record_kind, lambda c: c)(code)
    coded = {"size_class": size_label, "size_classes": size_label, "deployment_modes": deployment_label,
             "status": programme_status_label, "model": pricing_model_label, "stages": stage_label,
             "licence": licence_label}
    return coded[field](code) if field in coded else code


def field_label(name: str) -> str:
    """A readable label for a record field name (``hq_country`` -> "HQ country")."""
    labels = {**_record_field_labels(), **_nested_field_labels()}
    return labels.get(name, name.replace("_", " ").capitalize())


def _record_field_labels() -> dict[str, str]:
    """The labels of the records' own fields, translated now (the language may have changed since the last call)."""
    return {
        "id": translate("Labels", "Id"),
        "name": translate("Labels", "Name"),
        "aliases": translate("Labels", "Other names"),
        "hq_country": translate("Labels", "HQ country"),
        "hq_city": translate("Labels", "HQ city"),
        "founded": translate("Labels", "Founded"),
        "size_class": translate("Labels", "Size class"),
        "startup": translate("Labels", "Start-up"), "eu_controlled": translate("Labels", "EU-controlled"),
        "contracting_country": translate("Labels", "Contracting country"),
        "parent": translate("Labels", "Parent company"),
        "control_note": translate("Labels", "Control note"),
        "identifiers": translate("Labels", "Identifiers"),
        "website": translate("Labels", "Website"),
        "description": translate("Labels", "Description"),
        "sources": translate("Labels", "Sources"),
        "verified_on": translate("Labels", "Verified on"),
        "unverified": translate("Labels", "Unverified fields"),
        "conflicts": translate("Labels", "Conflicting sources"),
        "note": translate("Labels", "Note"),
        "organisation_id": translate("Labels", "Organisation"),
        "kind": translate("Labels", "Kind"),
        "capabilities": translate("Labels", "Capabilities"),
        "languages": translate("Labels", "Languages"),
        "deployment_modes": translate("Labels", "Deployment"),
        "hosting_countries": translate("Labels", "Hosting countries"),
        "open_weights": translate("Labels", "Open weights"),
        "licence": translate("Labels", "Licence"),
        "model_params_b": translate("Labels", "Parameters (billions)"),
        "active_params_b": translate("Labels", "Active parameters (billions)"),
        "frugal_practices": translate("Labels", "Frugal practices"),
        "certifications": translate("Labels", "Certifications"), "pricing": translate("Labels", "Pricing"),
        "estimated_amount_eur": translate("Labels", "Estimated amount (EUR)"),
        "country": translate("Labels", "Country"),
        "operator": translate("Labels", "Operator"),
        "public_route": translate("Labels", "Public purchasing route"),
        "buyer_effect": translate("Labels", "What it means for a buyer"),
        "url": translate("Labels", "Web page"),
        "marketplace_id": translate("Labels", "Marketplace"),
        "offering_id": translate("Labels", "Offering"),
        "reference": translate("Labels", "Reference"),
        "countries": translate("Labels", "Countries"),
        "sectors": translate("Labels", "Sectors"),
        "status": translate("Labels", "Status"),
        "is_ai_act_sandbox": translate("Labels", "AI Act sandbox"),
        "eligibility": translate("Labels", "Eligibility"),
        "benefits": translate("Labels", "Benefits"),
        "deadlines": translate("Labels", "Deadlines"),
        "wave": translate("Labels", "Wave"),
        "host_site": translate("Labels", "Host site"),
        "coordinator": translate("Labels", "Coordinator"), "partners": translate("Labels", "Partners"),
    }


def _nested_field_labels() -> dict[str, str]:
    """The labels of the fields inside a record's pricing, eligibility, benefits, identifiers and certifications."""
    return {
        "model": translate("Labels", "Model"), "amount_eur": translate("Labels", "Amount (EUR)"),
        "unit": translate("Labels", "Unit"), "summary": translate("Labels", "Summary"),
        "max_amount_eur": translate("Labels", "Maximum amount (EUR)"),
        "cost_share_pct": translate("Labels", "Cost share (%)"), "compute": translate("Labels", "Computing power"),
        "testing": translate("Labels", "Testing"), "guidance": translate("Labels", "Guidance"),
        "training": translate("Labels", "Training"), "size_classes": translate("Labels", "Size classes"),
        "stages": translate("Labels", "Stages"), "regions": translate("Labels", "Regions"),
        "siren": translate("Labels", "SIREN"), "vat": translate("Labels", "VAT number"),
        "lei": translate("Labels", "LEI"),
        "afnor_spec_2314": translate("Labels", "AFNOR Spec 2314 (frugal AI)"), "scope": translate("Labels", "Scope"),
    }


def criterion_label(code: str) -> str:
    """The label of a scoring criterion."""
    return {
        "capability_fit": translate("Labels", "Capability fit"), "price": translate("Labels", "Price"),
        "sovereignty": translate("Labels", "Sovereignty"), "openness": translate("Labels", "Openness"),
        "frugality": translate("Labels", "Frugality"), "sme": translate("Labels", "SME / start-up"),
        "purchasing_route": translate("Labels", "Purchasing route"),
    }.get(code, code)


def risk_label(code: str | None) -> str:
    """The label of an AI Act risk class."""
    return {
        "unacceptable": translate("Labels", "Unacceptable (prohibited)"), "high": translate("Labels", "High risk"),
        "limited": translate("Labels", "Limited risk (transparency)"), "minimal": translate("Labels", "Minimal risk"),
        "gpai": translate("Labels", "General-purpose AI model"), "unknown": translate("Labels", "Not sure yet"),
    }.get(code or "unknown", code or "")


def price_method_label(code: str) -> str:
    """The label of a price scoring method (catalog.buyer._price)."""
    return {
        "classic": translate("Labels", "Classic: lowest price / price"),
        "linear": translate("Labels", "Linear: lowest price to highest price or budget"),
        "average": translate("Labels", "Against the average price"),
    }.get(code, code)
