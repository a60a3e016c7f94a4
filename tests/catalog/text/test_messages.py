"""The message catalog names coded values in words, picks singular texts, and French punctuation."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from catalog.buyer import PriceSettings, price_basis, render, render_fit
from catalog.records import (
    CERTIFICATION_STATUSES,
    DEPLOYMENT_MODES,
    OFFERING_KINDS,
    PRICING_MODELS,
    SIZE_CLASSES,
    STAGES,
)
from catalog.text.messages import MESSAGES, label, plural


@pytest.mark.parametrize("prefix, codes", [("okind", OFFERING_KINDS), ("deploy", DEPLOYMENT_MODES),
                                           ("pricing", PRICING_MODELS), ("stage", STAGES), ("size", SIZE_CLASSES),
                                           ("status", CERTIFICATION_STATUSES)])
def test_every_code_has_words_in_both_languages(prefix, codes):
    for code in codes:
        assert f"{prefix}.{code}" in MESSAGES, code
        assert all("_" not in label(prefix, code, lang) for lang in ("fr", "en")), code


def test_codes_without_a_label_are_shown_as_they_are():
    assert label("licence", "Apache-2.0", "fr") == "Apache-2.0"
    assert label("licence", "proprietary", "fr") == "propriétaire"
    assert label("licence", "proprietary", "en") == "proprietary"


def test_plural_picks_the_singular_text_for_one():
    assert plural("pw.unknown", 1, "fr") == "1 candidat sans prix comparable a 0 sur le prix"
    assert plural("pw.unknown", 3, "fr") == "3 candidats sans prix comparable ont 0 sur le prix"
    assert plural("pw.unknown", 0, "en") == "0 candidates have no comparable price and score 0 on price"
    assert plural("pw.too_few", 1, "en") == MESSAGES["pw.too_few"]["en"]  # no singular text: the key itself


def test_price_basis_names_the_pricing_model_in_words():
    settings = PriceSettings(pricing_model="per_user_month")
    assert price_basis(settings, "fr") == "prix unitaire, par utilisateur et par mois"
    assert price_basis(settings, "en") == "unit price, per user per month"
    assert price_basis(PriceSettings(basis="estimated_amount"), "fr") == "montant estimé"


def test_french_sentences_put_a_space_before_semicolons():
    parts = [("open.closed", {}), ("open.licence_closed", {"value": ("licence", "proprietary")})]
    assert render(parts, "fr") == "Poids non ouverts ; licence propriétaire."
    assert render(parts, "en") == "Weights not open; licence proprietary."


@dataclass
class Target:
    wanted: str
    relation: str = "exact"


@dataclass
class Wanted:
    """What render_fit reads of a wanted capability: the word, its targets and concept labels."""

    word: str
    relation: str = "exact"

    @property
    def targets(self):
        return {self.word: Target(self.word, self.relation)}

    def label(self, concept, language):
        return concept.upper()


@pytest.mark.parametrize("covered, language, expected", [
    ([True, True, True], "fr", "les 3 capacités recherchées sont couvertes : «\u00a0a\u00a0» → A ; "
                               "«\u00a0b\u00a0» → B ; «\u00a0c\u00a0» → C."),
    ([True, False, False], "fr", "capacités recherchées : 1 couverte sur 3, 2 non proposées : «\u00a0a\u00a0» → A ; "
                                 "«\u00a0b\u00a0» non proposé ; «\u00a0c\u00a0» non proposé."),
    ([True, True, False], "en", "wanted capabilities: 2 of 3 covered, 1 not offered: “a” → A; “b” → B; "
                                "“c” not offered."),
    ([True, "broader", "broader", False], "en", "wanted capabilities: 1 of 4 covered, 2 partly (broader concept), "
                                                "1 not offered: “a” → A; “b” → B (only the more general B); "
                                                "“c” → C (only the more general C); “d” not offered."),
    (["broader", False], "fr", "capacités recherchées : aucune couverte sur 2, 1 en partie (notion plus générale), "
                               "1 non proposée : «\u00a0a\u00a0» → A (seulement A, plus général) ; «\u00a0b\u00a0» "
                               "non proposé."),
    (["broader"], "en", "the wanted capability is only partly covered (broader concept): “a” → A "
                        "(only the more general A)."),
    ([False, False, False], "en", "none of the 3 wanted capabilities covered: “a” not offered; “b” not offered; "
                                  "“c” not offered."),
    ([True], "en", "the wanted capability is covered: “a” → A."),
    ([False], "fr", "la capacité recherchée n'est pas couverte : «\u00a0a\u00a0» non proposé."),
])
def test_capability_fit_sentence_agrees_with_the_count(covered, language, expected):
    words = "abcd"[:len(covered)]
    parts = [(Wanted(w, hit if isinstance(hit, str) else "exact"), w if hit else None) for w, hit in zip(words, covered)]
    assert render_fit(parts, len(covered), language) == expected


def _placeholders(template: str) -> set[str]:
    import string

    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_text_table_has_both_languages_with_the_same_placeholders():
    from catalog.text import labels, programmes, quotas, workbook

    tables = {"messages": MESSAGES, "workbook": workbook.TEXTS, "quota words": quotas.WORDS,
              "legal note": {"note": quotas.LEGAL_NOTE}, "size classes": labels.SIZE_CLASS_LABELS,
              "quota presets": labels.QUOTA_PRESET_LABELS, "AI Act questions": programmes.AI_ACT_QUESTIONS}
    broken = [(name, key) for name, table in tables.items() for key, entry in table.items()
              if set(entry) != {"fr", "en"} or _placeholders(entry["fr"]) != _placeholders(entry["en"])]
    assert broken == []
    assert len(programmes.EXPORT_COLUMNS["fr"]) == len(programmes.EXPORT_COLUMNS["en"]) == 14


def test_quota_rules_read_the_same_in_words_as_before_they_moved_to_the_text_tables():
    from catalog.quotas import parse_rules

    rules = parse_rules([
        {"label": "a", "predicate": {"any": [{"size_class_in": ["micro", "small"]}, {"startup": True}]},
         "bound": {"min_share": 0.3}},
        {"label": "b", "predicate": {"not": {"hq_region": "EU"}}, "bound": {"max_share": 0.5}, "measure": "value"},
        {"label": "c", "predicate": {"all": [{"hq_country_in": ["FR", "DE"]}, {"eu_controlled": False}]},
         "bound": {"min_count": 2}},
    ])
    assert [r.describe("en") for r in rules] == [
        "at least 30% of the shortlist: (size: micro, small or startup)",
        "at most 50% of the shortlist (by estimated value): not headquartered in the EU",
        "at least 2: (headquartered in DE, FR and not EU-controlled)"]
    assert [r.describe("fr") for r in rules] == [
        "au moins 30 % de la présélection : (taille : micro, small ou startup)",
        "au plus 50 % de la présélection (en valeur estimée) : non siège dans l'EU",
        "au moins 2 : (siège en DE, FR et non contrôle européen)"]
