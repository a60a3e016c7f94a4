"""The French and English words of quota rules: the legal note, and the pieces rules are described with."""

from __future__ import annotations

#: shown wherever a quota rule is set or reported (the legal frame of a "small business act" shortlist)
LEGAL_NOTE = {
    "en": ("A shortlist decides whom the buyer consults: sourcing and market consultation, below-threshold "
           "purchases, innovative purchases under EUR 100k excl. VAT, framework mini-competitions, choices in a "
           "central-purchasing catalogue. Above EU thresholds the award itself must not discriminate by size or "
           "nationality."),
    "fr": ("Une présélection décide qui l'acheteur consulte : sourçage et consultation du marché, achats sous les "
           "seuils, achats innovants de moins de 100 000 € HT, marchés subséquents d'accords-cadres, choix dans le "
           "catalogue d'une centrale d'achat. Au-delà des seuils européens, l'attribution elle-même ne peut pas "
           "discriminer selon la taille ou la nationalité."),
}

#: how predicates and bounds read; ``{…}`` are filled in by catalog.quotas' describe()
WORDS: dict[str, dict[str, str]] = {
    "all": {"en": " and ", "fr": " et "},
    "any": {"en": " or ", "fr": " ou "},
    "not": {"en": "not {what}", "fr": "non {what}"},
    "size_class_in": {"en": "size: {values}", "fr": "taille : {values}"},
    "hq_country_in": {"en": "headquartered in {values}", "fr": "siège en {values}"},
    "hq_region": {"en": "headquartered in the {values}", "fr": "siège dans l'{values}"},
    "listed_on": {"en": "listed on {values}", "fr": "référencé sur {values}"},
    "startup": {"en": "startup", "fr": "startup"},
    "eu_controlled": {"en": "EU-controlled", "fr": "contrôle européen"},
    "open_weights": {"en": "open weights", "fr": "poids ouverts"},
    "public_route": {"en": "buyable through a public route", "fr": "achetable par une voie publique"},
    "min_count": {"en": "at least {value}", "fr": "au moins {value}"},
    "min_share": {"en": "at least {percent}% of the shortlist", "fr": "au moins {percent} % de la présélection"},
    "max_share": {"en": "at most {percent}% of the shortlist", "fr": "au plus {percent} % de la présélection"},
    "by_value": {"en": " (by estimated value)", "fr": " (en valeur estimée)"},
    "rule": {"en": "{bound}: {predicate}", "fr": "{bound} : {predicate}"},
}


def words(key: str, language: str, **values) -> str:
    """The ``language`` ("fr", anything else: English) wording of ``key`` with ``values`` filled in."""
    entry = WORDS[key]
    return entry["fr" if language == "fr" else "en"].format(**values)


def legal_note(language: str = "en") -> str:
    """The short legal note shown wherever a quota rule is set or reported (``"fr"`` or ``"en"``)."""
    return LEGAL_NOTE.get(language, LEGAL_NOTE["en"])


__all__ = ["LEGAL_NOTE", "WORDS", "legal_note", "words"]
