"""Knock-outs: every must-have an offering fails or whose fact the catalog does not record, and what
the profile does with an unrecorded fact ("exclude", or keep the offering to verify with the vendor).

:func:`knockouts` is the meaning for ONE offering; :meth:`catalog.buyer._columns.CatalogColumns.knockouts`
computes the same masks for a whole catalog at once (the tests check both agree).
"""

from __future__ import annotations

from catalog.records import expand_area
from catalog.text.messages import area, label, number, text

from ._criteria import STATUS_RANK, Facts, cert_key
from ._price import price_basis
from ._profile import BuyerProfile, PriceSettings


def comparable_price(f: Facts, settings: PriceSettings, key: str | None) -> float | None:
    """The price that the profile compares, or None when not recorded or not comparable: the estimated
    amount, or the list price when it is for the same thing as the others compared (``key``)."""
    if settings.basis == "estimated_amount":
        return f.estimated_amount
    return f.unit_price if key is not None and f.price_key == key else None


# ---------------------------------------------------------------- knock-outs

def knockouts(f: Facts, profile: BuyerProfile, key: str | None) -> list[tuple[str, str, dict]]:
    """Every must-have ``f`` fails or cannot be verified: ``(code, message key, values)``.

    ``key`` is the price key the ranking compares (:func:`catalog.buyer._price.choose_price_key`).
    ``code`` is ``"<must-have>:failed"`` or ``"<must-have>:not_verified"``; message values are
    filled in the profile's language by :func:`render`.
    """
    must, lang = profile.must_haves, profile.language
    out: list[tuple[str, str, dict]] = []

    def add(must_have: str, outcome: str, **values) -> None:
        out.append((f"{must_have}:{outcome}", f"ko.{must_have}.{outcome}", values))

    if profile.offering_kinds and f.kind not in profile.offering_kinds:
        add("offering_kinds", "failed", value=label("okind", f.kind, lang))
    if must.hosting_countries:
        allowed = expand_area(must.hosting_countries)
        if not f.hosting:
            add("hosting_countries", "not_verified", area=area(must.hosting_countries, lang))
        else:
            outside = [c for c in f.hosting if c not in allowed]
            if outside:
                add("hosting_countries", "failed", area=area(must.hosting_countries, lang), value=", ".join(outside))
    if must.deployment_modes:
        wanted = " / ".join(label("deploy", m, lang) for m in must.deployment_modes)
        if not f.deployment:
            add("deployment_modes", "not_verified", wanted=wanted)
        elif not set(f.deployment) & set(must.deployment_modes):
            offered = ", ".join(label("deploy", m, lang) for m in f.deployment)
            add("deployment_modes", "failed", wanted=wanted, value=offered)
    for need in must.certifications:
        best = best_status(f, need.name)
        if best is None:
            add("certifications", "not_verified", name=need.name, wanted=text(f"status.{need.status}", lang))
        elif STATUS_RANK[best] < STATUS_RANK[need.status]:
            add("certifications", "failed", name=need.name, wanted=text(f"status.{need.status}", lang),
                value=text(f"status.{best}", lang))
    if must.languages:
        if not f.languages:
            add("languages", "not_verified", wanted=", ".join(must.languages))
        else:
            missing = [code for code in must.languages if code not in f.languages]
            if missing:  # "language" or "languages": the singular text has its own key
                out.append(("languages:failed", "ko.languages.failed" + (".one" if len(missing) == 1 else ""),
                            {"value": ", ".join(missing)}))
    if must.open_weights and not f.open_weights:
        add("open_weights", "not_verified" if f.open_weights is None else "failed")
    if must.provider_hq and f.hq not in expand_area(must.provider_hq):
        add("provider_hq", "failed", area=area(must.provider_hq, lang), value=f.hq)
    if must.eu_control:
        if f.eu_controlled is None:
            add("eu_control", "not_verified")
        elif not f.eu_controlled:
            add("eu_control", "failed", value=f" ({f.parent})" if f.parent else "")
    _price_knockouts(f, profile, key, add)
    return out


def _price_knockouts(f: Facts, profile: BuyerProfile, key: str | None, add) -> None:
    """The price must-haves: the ceiling, and a known price when the profile excludes offerings without one."""
    ceiling, lang, price = profile.must_haves.max_price_eur, profile.language, comparable_price(f, profile.price, key)
    if ceiling is not None:
        if price is None:
            add("max_price_eur", "not_verified", wanted=number(ceiling, lang))
        elif price > ceiling:
            add("max_price_eur", "failed", wanted=number(ceiling, lang), value=number(price, lang))
    if profile.price.if_unknown == "exclude" and price is None:
        add("price", "not_verified", wanted=price_basis(profile.price, lang, key))


def excluded_by(outcomes: list[tuple[str, str, dict]], profile: BuyerProfile) -> bool:
    """Whether these knock-out outcomes exclude the offering under the profile's policies for unknown values."""
    return any(excludes(code, profile) for code, _key, _values in outcomes)


def excludes(code: str, profile: BuyerProfile) -> bool:
    """Whether one knock-out outcome excludes: a failure always; an unrecorded fact when its must-have's
    policy is "exclude" (the price when the profile excludes offerings without a comparable price)."""
    must_have, outcome = code.split(":")
    return outcome == "failed" or must_have == "price" or profile.must_haves.policy(must_have) == "exclude"


def to_verify(outcomes: list[tuple[str, str, dict]], profile: BuyerProfile) -> list[tuple[str, str, dict]]:
    """The unrecorded facts an offering keeps "to verify with the vendor" (outcomes that do not exclude)."""
    return [o for o in outcomes if o[0].endswith(":not_verified") and not excludes(o[0], profile)]


def question(outcome: tuple[str, str, dict], language: str) -> str:
    """The question to ask the vendor about one fact kept to verify, in ``language``."""
    code, _key, values = outcome
    return text("q." + code.split(":")[0], language, **values)


def best_status(f: Facts, name: str) -> str | None:
    if not f.certifications:
        return None
    key = cert_key(name)
    ranks = [s for n, s in f.certifications if cert_key(n) == key]
    return max(ranks, key=STATUS_RANK.__getitem__) if ranks else None
