"""Text folding shared by search and matching: lower case, no accents, French ligatures expanded.

Folding happens once per record (stored in the catalog's ``search_text``) and once per query, so
"réseau", "RESEAU" and "reseau" compare equal, and "oeuvre" finds "œuvre" (FTS5's unicode61
tokenizer removes diacritics but does not expand ligatures).
"""

from __future__ import annotations

import re
import unicodedata

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ø": "o", "Ø": "o",
                            "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "’": "'"})
_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower-case ``text``, expand ligatures and strip accents; keep punctuation."""
    text = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def fold_words(text: str) -> str:
    """:func:`fold`, then every run of non-alphanumeric characters becomes one space."""
    return _NON_WORD.sub(" ", fold(text)).strip()
