"""Labels of the catalog's codes that every front end and file shows alike, in French and English.

Defined once here: the matching explanations (:mod:`catalog.text.messages`), the tender workbook
(:mod:`catalog.text.workbook`) and the desktop app all read them.
"""

from __future__ import annotations

LANGUAGES = ("fr", "en")

#: company size classes of the EU SME definition (Recommendation 2003/361/EC), as written inside a
#: sentence; "ETI" (entreprise de taille intermédiaire, LME 2008) is the French name of a mid-cap
SIZE_CLASS_LABELS: dict[str, dict[str, str]] = {
    "micro": {"fr": "micro", "en": "micro"},
    "small": {"fr": "petite", "en": "small"},
    "medium": {"fr": "moyenne", "en": "medium"},
    "midcap": {"fr": "ETI", "en": "mid-cap"},
    "large": {"fr": "grande", "en": "large"},
}

#: the quota rules a buyer adds in one click (catalog.quotas.PRESET_RULES); "suivi" marks a monitored rule
QUOTA_PRESET_LABELS: dict[str, dict[str, str]] = {
    "sme_share": {"fr": "PME ou start-up : au moins 30 %", "en": "SME or start-up: at least 30%"},
    "startup_one": {"fr": "Au moins une start-up", "en": "At least one start-up"},
    "eu_hq": {"fr": "Siège dans l'UE : au moins 80 % (suivi)", "en": "EU headquarters: at least 80% (monitored)"},
    "open_weights_one": {"fr": "Au moins une offre à poids ouverts (suivi)",
                         "en": "At least one open-weight offering (monitored)"},
}

#: the decisions an evaluator takes on a shortlisted offering; the first is every offering's until one is taken
DECISION_LABELS: dict[str, dict[str, str]] = {
    "to_contact": {"fr": "À contacter", "en": "To contact"},
    "retained": {"fr": "Retenue", "en": "Retained"},
    "rejected": {"fr": "Écartée", "en": "Rejected"},
}
DECISIONS = tuple(DECISION_LABELS)
UNDECIDED = DECISIONS[0]


def decision_label(code: str, language: str) -> str:
    """The label of a shortlist decision (``"retained"`` → "Retenue" / "Retained"); an unknown code as it is."""
    entry = DECISION_LABELS.get(code)
    return entry[language] if entry else code


def size_class_label(code: str | None, language: str, *, capital: bool = False) -> str:
    """The label of a size class (``"midcap"`` → "ETI" / "mid-cap"); "" for none, an unknown code as it is.

    ``capital`` starts it with a capital letter, for a table cell or a list entry.
    """
    if not code:
        return ""
    entry = SIZE_CLASS_LABELS.get(code)
    if entry is None:
        return code
    shown = entry[language]
    return shown[:1].upper() + shown[1:] if capital else shown


__all__ = ["DECISIONS", "DECISION_LABELS", "LANGUAGES", "QUOTA_PRESET_LABELS", "SIZE_CLASS_LABELS", "UNDECIDED",
           "decision_label", "size_class_label"]
