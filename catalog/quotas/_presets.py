"""Quota rules a buyer adds in one click, each with its label in French and English.

A profile file may hold any rule :func:`catalog.quotas.parse_rules` accepts; these are the common
"small business act" targets, so a buyer need not write JSON for them.
"""

from __future__ import annotations

from catalog.text.labels import QUOTA_PRESET_LABELS

from ._rules import QuotaRule, parse_rules

_SME = {"any": [{"size_class_in": ["micro", "small", "medium"]}, {"startup": True}]}

#: preset id -> the rule without its label (the label comes from the buyer's language)
PRESET_RULES: dict[str, dict] = {
    "sme_share": {"mode": "required", "predicate": _SME, "bound": {"min_share": 0.3}},
    "startup_one": {"mode": "required", "predicate": {"startup": True}, "bound": {"min_count": 1}},
    "eu_hq": {"mode": "monitor", "predicate": {"hq_region": "EU"}, "bound": {"min_share": 0.8}},
    "open_weights_one": {"mode": "monitor", "predicate": {"open_weights": True}, "bound": {"min_count": 1}},
}


def preset_choices(language: str) -> list[tuple[str, str]]:
    """``(preset id, label)`` of every preset, in the order a buyer is offered them."""
    return [(key, QUOTA_PRESET_LABELS[key][language]) for key in PRESET_RULES]


def preset_rule(key: str, language: str) -> QuotaRule:
    """The preset ``key`` as a parsed rule labelled in ``language``. Raises ``KeyError`` for an unknown id."""
    return parse_rules([{**PRESET_RULES[key], "label": QUOTA_PRESET_LABELS[key][language]}])[0]


__all__ = ["PRESET_RULES", "preset_choices", "preset_rule"]
