"""The buyer-side criteria and knock-outs for ONE offering, in plain Python.

:class:`Facts` is the flat view of an offering and its organisation and listings that matching reads.
The functions here define what every criterion and every must-have means; :mod:`catalog.buyer._columns`
computes the same numbers for a whole catalog at once (and the tests check both agree exactly).
Each criterion function returns a score in [0, 1] and, when ``parts`` is a list, appends the
message keys that explain it (rendered in the profile's language by :func:`render`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from catalog.records import EEA_COUNTRIES, EU_COUNTRIES, SME_SIZE_CLASSES
from catalog.text.folding import fold_words
from catalog.text.messages import label, number, plural, separator, text

from ._capabilities import WantedCapability
from ._price import list_price, price_key

#: certification statuses from weakest to strongest
STATUS_RANK = {"unverified": 0, "claimed": 1, "in_qualification": 2, "qualified": 3}

# Sovereignty points, summing to 1.0: who owns and signs (HQ, control) weighs more than where data
# sits, because extraterritorial laws follow the company, not the data centre.
SOV_HQ_EU = 0.30
#: European but outside the EU (NO, CH, GB...): half, as EU law does not bind the provider
SOV_HQ_EEA = 0.15
#: an EU headquarters whose contracts are signed by a non-EU entity keeps a third of the HQ points
SOV_HQ_CONTRACTING_OUT = 0.10
SOV_CONTROL = 0.25
SOV_HOST_EU = 0.25
SOV_HOST_PARTLY = 0.10
#: SecNumCloud (ANSSI) is the only qualification that covers extraterritorial-law immunity
SOV_SECNUMCLOUD = 0.20
#: other recognised qualifications, or SecNumCloud still in qualification
SOV_OTHER_CERT = 0.10
SOVEREIGN_CERTS = {"secnumcloud": SOV_SECNUMCLOUD, "eucs": SOV_OTHER_CERT, "bsi c5": SOV_OTHER_CERT,
                   "c5": SOV_OTHER_CERT, "hds": SOV_OTHER_CERT}

#: open weights make the model inspectable and self-hostable; an open licence adds reuse rights
OPEN_WEIGHTS = 0.7
OPEN_LICENCE = 0.3
OPEN_LICENCES = ("apache-2.0", "mit", "bsd-2-clause", "bsd-3-clause", "mpl-2.0", "gpl-2.0", "gpl-3.0", "lgpl-3.0",
                 "agpl-3.0", "eupl-1.2", "cc-by-4.0", "cc-by-sa-4.0", "openrail", "cecill")

#: frugality tiers by (active) parameters in billions: (upper bound, score). Tiers rather than a
#: curve so a buyer reads "up to 8 B" and two close sizes never differ by a hair
FRUGAL_TIERS = ((1.0, 1.0), (3.0, 0.9), (8.0, 0.8), (15.0, 0.7), (35.0, 0.55), (80.0, 0.4), (200.0, 0.25),
                (500.0, 0.1))
FRUGAL_SIZE = 0.75
#: AFNOR Spec 2314 (2024): recorded frugal-AI practices (life-cycle assessment, 31 practice sheets)
FRUGAL_AFNOR = 0.25

SME_BASE = 0.8
SME_MIDCAP = 0.3
SME_STARTUP = 0.2

#: listed only on a route a public buyer cannot buy through directly (sourcing catalogue, private marketplace)
ROUTE_OTHER = 0.3

#: criteria that say nothing about some kinds of offering — a model's size for GPU hosting or a platform,
#: open weights for a cloud or a consulting service. For those offerings the criterion is "not applicable"
#: and its weight is shared by the other criteria in proportion to their weights.
NOT_APPLICABLE = {
    "frugality": frozenset({"gpu_cloud", "sovereign_cloud", "integration_service", "mlops_platform", "ai_testing"}),
    "openness": frozenset({"gpu_cloud", "sovereign_cloud", "integration_service"}),
}


def applies(criterion: str, kind: str) -> bool:
    """Whether ``criterion`` says anything about an offering of ``kind`` (see :data:`NOT_APPLICABLE`)."""
    return kind not in NOT_APPLICABLE.get(criterion, ())


@dataclass(slots=True)
class Facts:
    """What matching reads about one offering (and its organisation and listings)."""

    id: str
    name: str
    kind: str
    organisation_id: str
    organisation: str
    concepts: tuple[str, ...]
    hosting: tuple[str, ...]
    deployment: tuple[str, ...]
    languages: tuple[str, ...]
    certifications: tuple[tuple[str, str], ...]  # (name, status)
    open_weights: bool | None
    licence: str | None
    params_b: float | None
    afnor: bool | None
    pricing_model: str | None
    price_key: str | None      # what the list price is for: see catalog.buyer._price.price_key
    unit_price: float | None
    estimated_amount: float | None
    hq: str
    contracting: str | None
    eu_controlled: bool | None
    parent: str | None
    size_class: str | None
    startup: bool | None
    routes: tuple[tuple[str, bool], ...]  # (marketplace name, public route)


def facts_of(offering: dict, organisation: dict | None, routes: tuple[tuple[str, bool], ...]) -> Facts:
    """The :class:`Facts` of a canonical offering record, its organisation record and its listings."""
    org = organisation or {}
    pricing = offering.get("pricing") or {}
    params = offering.get("active_params_b")
    if params is None:
        params = offering.get("model_params_b")
    frugal = offering.get("frugal_practices") or {}
    return Facts(
        id=offering["id"], name=offering["name"], kind=offering["kind"],
        organisation_id=offering["organisation_id"], organisation=org.get("name") or offering["organisation_id"],
        concepts=tuple(offering.get("capabilities") or ()), hosting=tuple(offering.get("hosting_countries") or ()),
        deployment=tuple(offering.get("deployment_modes") or ()), languages=tuple(offering.get("languages") or ()),
        certifications=tuple((c["name"], c["status"]) for c in offering.get("certifications") or ()),
        open_weights=offering.get("open_weights"), licence=offering.get("licence"),
        params_b=None if params is None else float(params), afnor=frugal.get("afnor_spec_2314"),
        pricing_model=pricing.get("model"), price_key=price_key(pricing), unit_price=list_price(pricing),
        estimated_amount=None if offering.get("estimated_amount_eur") is None
        else float(offering["estimated_amount_eur"]),
        hq=org.get("hq_country") or "", contracting=org.get("contracting_country"),
        eu_controlled=org.get("eu_controlled"), parent=org.get("parent"), size_class=org.get("size_class"),
        startup=org.get("startup"), routes=routes,
    )


@lru_cache(maxsize=1024)
def cert_key(name: str) -> str:
    """Certification names compare folded: "SecNumCloud" and "secnumcloud" are the same."""
    return fold_words(name)


# ---------------------------------------------------------------- criteria

def capability_fit(f: Facts, wanted: list[WantedCapability], parts: list | None = None) -> float:
    """Mean over wanted words of the best coverage by the offering's capabilities."""
    total = 0.0
    for item in wanted:
        weight, concept = item.best(f.concepts)
        total += weight
        if parts is not None:
            parts.append((item, concept))
    return total / len(wanted)


def sovereignty(f: Facts, parts: list | None = None) -> float:
    """Headquarters, control, hosting and sovereignty certifications, as points summing to at most 1."""
    score = 0.0
    note = parts.append if parts is not None else _skip
    if f.hq in EU_COUNTRIES:
        if f.contracting and f.contracting not in EU_COUNTRIES:
            score += SOV_HQ_CONTRACTING_OUT
            note(("sov.hq_eu", {"value": f.hq}))
            note(("sov.contracting_out", {"value": f.contracting}))
        else:
            score += SOV_HQ_EU
            note(("sov.hq_eu", {"value": f.hq}))
    elif f.hq in EEA_COUNTRIES or f.hq in ("CH", "GB"):
        score += SOV_HQ_EEA
        note(("sov.hq_eea", {"value": f.hq}))
    else:
        note(("sov.hq_out", {"value": f.hq}))
    if f.eu_controlled:
        score += SOV_CONTROL
        note(("sov.control_yes", {}))
    else:
        note(("sov.control_unknown" if f.eu_controlled is None else "sov.control_no", {}))
    if not f.hosting:
        note(("sov.host_unknown", {}))
    else:
        inside = sum(1 for c in f.hosting if c in EU_COUNTRIES)
        value = ", ".join(f.hosting)
        if inside == len(f.hosting):
            score += SOV_HOST_EU
            note(("sov.host_eu", {"value": value}))
        elif inside:
            score += SOV_HOST_PARTLY
            note(("sov.host_partly", {"value": value}))
        else:
            note(("sov.host_out", {"value": value}))
    cert_points, cert_name, cert_status = 0.0, None, None
    for name, status in f.certifications:
        points = SOVEREIGN_CERTS.get(cert_key(name), 0.0)
        if status != "qualified":
            points = SOV_OTHER_CERT if points == SOV_SECNUMCLOUD and status == "in_qualification" else 0.0
        if points > cert_points:
            cert_points, cert_name, cert_status = points, name, status
    if cert_points:
        score += cert_points
        note(("sov.cert", {"name": cert_name, "status": ("status", cert_status)}))
    return score


def openness(f: Facts, parts: list | None = None) -> float:
    note = parts.append if parts is not None else _skip
    score = 0.0
    if f.open_weights:
        score += OPEN_WEIGHTS
        note(("open.weights", {}))
    else:
        note(("open.weights_unknown" if f.open_weights is None else "open.closed", {}))
    if f.licence:
        if f.licence.lower().startswith(OPEN_LICENCES):
            score += OPEN_LICENCE
            note(("open.licence", {"value": f.licence}))
        else:
            note(("open.licence_closed", {"value": ("licence", f.licence)}))
    return score


def frugality(f: Facts, parts: list | None = None) -> float:
    note = parts.append if parts is not None else _skip
    size = 0.0
    if f.params_b is None:
        note(("frugal.size_unknown", {}))
    else:
        tier = next((t for t in FRUGAL_TIERS if f.params_b <= t[0]), None)
        if tier is None:
            note(("frugal.size_huge", {"value": ("number", f.params_b)}))
        else:
            size = tier[1]
            note(("frugal.size", {"value": ("number", f.params_b), "tier": ("number", tier[0])}))
    score = FRUGAL_SIZE * size
    if f.afnor:
        score += FRUGAL_AFNOR
        note(("frugal.afnor", {}))
    return score


def sme(f: Facts, parts: list | None = None) -> float:
    note = parts.append if parts is not None else _skip
    score = 0.0
    if f.size_class in SME_SIZE_CLASSES:
        score = SME_BASE
        note(("sme.sme", {"value": ("size", f.size_class)}))
    elif f.size_class == "midcap":
        score = SME_MIDCAP
        note(("sme.midcap", {}))
    else:
        note(("sme.unknown" if f.size_class is None else "sme.large", {}))
    if f.startup:
        score += SME_STARTUP
        note(("sme.startup", {}))
    return score


def purchasing_route(f: Facts, parts: list | None = None) -> float:
    note = parts.append if parts is not None else _skip
    public = [name for name, is_public in f.routes if is_public]
    if public:
        note(("route.public", {"value": ", ".join(public)}))
        return 1.0
    if f.routes:
        note(("route.other", {"value": ", ".join(name for name, _ in f.routes)}))
        return ROUTE_OTHER
    note(("route.none", {}))
    return 0.0


def _skip(_item) -> None:
    return None


STATIC_CRITERIA = {"sovereignty": sovereignty, "openness": openness, "frugality": frugality, "sme": sme,
                   "purchasing_route": purchasing_route}


def render(parts: list, language: str) -> str:
    """One sentence from the message parts a criterion function collected."""
    rendered = []
    for key, values in parts:
        filled = {}
        for name, value in values.items():
            if isinstance(value, tuple) and value[0] == "number":
                filled[name] = number(value[1], language)
            elif isinstance(value, tuple):
                filled[name] = label(value[0], value[1], language)
            else:
                filled[name] = value
        rendered.append(text(key, language, **filled))
    sentence = separator(language).join(rendered)
    return sentence[:1].upper() + sentence[1:] + "."


def render_fit(parts: list, wanted_count: int, language: str) -> str:
    """The capability-fit sentence: how many wanted words are covered (exactly or by a more specific
    concept), only partly (by a broader concept) or not offered, then per wanted word what matched."""
    details, counts = [], {"covered": 0, "partly": 0, "missing": 0}
    for item, concept in parts:
        if concept is None:
            counts["missing"] += 1
            details.append(text("fit.missing", language, word=item.word))
            continue
        target = item.targets[concept]
        counts["partly" if target.relation == "broader" else "covered"] += 1
        label = item.label(target.wanted, language)
        if target.relation == "exact":
            details.append(text("fit.exact", language, word=item.word, concept=label))
        else:
            details.append(text(f"fit.{target.relation}", language, word=item.word, concept=label,
                                via=item.label(concept, language)))
    joined = separator(language).join(details)
    if wanted_count == 1:
        key = ("fit.summary.single" if counts["covered"] else "fit.summary.single_partly" if counts["partly"]
               else "fit.summary.single_missing")
        return text(key, language, details=joined)
    if counts["covered"] == wanted_count or counts["missing"] == wanted_count:
        key = "fit.summary.all" if counts["covered"] else "fit.summary.none"
        return text(key, language, total=wanted_count, details=joined)
    said = [text("fit.count.covered.none", language, total=wanted_count) if not counts["covered"]
            else plural("fit.count.covered", counts["covered"], language, total=wanted_count)]
    if counts["partly"]:
        said.append(text("fit.count.partly", language, count=counts["partly"]))
    if counts["missing"]:
        said.append(plural("fit.count.missing", counts["missing"], language))
    return text("fit.counts", language, counts=", ".join(said), details=joined)
