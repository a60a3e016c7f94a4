"""Labels of the catalog's codes that every front end and file shows alike, in French and English.

Defined once here: the matching explanations (:mod:`catalog.text.messages`), the tender workbook
(:mod:`catalog.text.workbook`) and the desktop app all read them.
"""

from __future__ import annotations

LANGUAGES = ("fr", "en")

#: company size classes of the EU SME definition (Recommendation 2003/361/EC), as written inside a
#: sentence; "ETI" (entreprise de taille intermédiaire) is the French name of a mid-cap
SIZE_CLASS_LABELS: dict[str, dict[str, str]] = {
    "micro": {"fr": "micro", "en": "micro"},
    "small": {"fr": "petite", "en": "small"},
    "medium": {"fr": "moyenne", "en": "medium"},
    "midcap": {"fr": "ETI", "en": "mid-cap"},
    "large": {"fr": "grande", "en": "large"},
}


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


__all__ = ["LANGUAGES", "SIZE_CLASS_LABELS", "size_class_label"]
