"""Buyer profiles for the tests: one builder, and the tender need the workbook tests share."""

from __future__ import annotations

from catalog.buyer import parse_buyer_profile

#: a city translating its council's deliberations: a must-have, weights, and three kinds of quota rule
TENDER_NEED = {
    "name": "Traduction des actes", "buyer": "Ville de Lyon", "need": "Traduire les délibérations",
    "capabilities": ["traduction"],
    "must_haves": {"hosting_countries": ["EU"]},
    "weights": {"capability_fit": 40, "price": 25, "sovereignty": 15, "openness": 5, "frugality": 5, "sme": 7,
                "purchasing_route": 3},
    "shortlist_size": 4,
    "quota_rules": [
        {"label": "PME", "predicate": {"size_class_in": ["micro", "small", "medium"]},
         "bound": {"min_share": 0.5}},
        {"label": "Startups", "mode": "monitor", "predicate": {"startup": True}, "bound": {"min_count": 1}},
        {"label": "Grands comptes", "mode": "monitor", "predicate": {"size_class_in": ["large"]},
         "bound": {"max_share": 0.5}, "measure": "value"},
    ],
}


def buyer_profile(language: str = "en", **fields):
    """A validated buyer profile: a translation need named "test" in ``language``, with ``fields`` on top."""
    data = {"schema": "vivier.buyer-profile/1", "name": "test", "language": language,
            "capabilities": ["translation"], **fields}
    return parse_buyer_profile(data, source="test profile")


def tender_profile(language: str = "fr", **changes):
    """The :data:`TENDER_NEED` profile in ``language``, with ``changes``."""
    return buyer_profile(language, **{**TENDER_NEED, **changes})
