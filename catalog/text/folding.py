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
_LIGATURE_CHARS = re.compile("[" + "".join(chr(c) for c in _LIGATURES) + "]")
_NON_WORD = re.compile(r"[^0-9a-z]+")


class _CombiningMarks(dict):
    """A ``str.translate`` table deleting combining marks, filled as characters are met (C-speed lookups
    afterwards; folding 100,000 records one character at a time in Python took seconds)."""

    def __missing__(self, code: int):
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_NO_MARKS = _CombiningMarks()
#: the Combining Diacritical Marks block (accents of Latin letters after NFKD) without U+034F, the
#: grapheme joiner, the one character of the block that is not a combining mark
_LATIN_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]+")


def fold(text: str) -> str:
    """Lower-case ``text``, expand ligatures and strip accents; keep punctuation."""
    if text.isascii():
        return text.lower()  # ASCII has no ligature, no accent, and NFKD leaves it unchanged
    if _LIGATURE_CHARS.search(text):
        text = text.translate(_LIGATURES)
    text = _LATIN_MARKS.sub("", unicodedata.normalize("NFKD", text))
    if not text.isascii():
        text = text.translate(_NO_MARKS)  # other scripts' marks, found one character at a time
    return text.lower()


def fold_words(text: str) -> str:
    """:func:`fold`, then every run of non-alphanumeric characters becomes one space."""
    return _NON_WORD.sub(" ", fold(text)).strip()
