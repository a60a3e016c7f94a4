"""The bilingual capability and sector taxonomy shipped in ``resources/taxonomy.json``.

Search and matching use it so that French and English words meet: "traduction" and "translation"
both resolve to the concept ``machine-translation``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from catalog.errors import FileFormatError
from catalog.paths import resource_path
from catalog.text.folding import fold_words


@dataclass(frozen=True)
class Concept:
    id: str
    label_fr: str
    label_en: str
    synonyms: tuple[str, ...]
    broader: str | None = None

    def label(self, language: str = "en") -> str:
        return self.label_fr if language == "fr" else self.label_en

    @property
    def terms(self) -> tuple[str, ...]:
        """Every folded way of saying this concept: id, both labels, all synonyms."""
        raw = (self.id.replace("-", " "), self.label_fr, self.label_en, *self.synonyms)
        return tuple(dict.fromkeys(t for t in (fold_words(r) for r in raw) if t))


@dataclass(frozen=True)
class Taxonomy:
    capabilities: dict[str, Concept]
    sectors: dict[str, Concept]


def _concepts(data: list, file: str, section: str) -> dict[str, Concept]:
    out: dict[str, Concept] = {}
    for i, item in enumerate(data):
        try:
            cid = item["id"]
            label = item["label"]
            synonyms = item.get("synonyms") or {}
            out[cid] = Concept(
                id=cid, label_fr=label["fr"], label_en=label["en"],
                synonyms=tuple(list(synonyms.get("fr", [])) + list(synonyms.get("en", []))),
                broader=item.get("broader"),
            )
        except (KeyError, TypeError, AttributeError) as e:
            raise FileFormatError(f"{file}: {section}[{i}] is missing {e} or is malformed") from None
    return out


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Read the taxonomy (the shipped one by default). Raises :class:`FileFormatError` if malformed."""
    path = Path(path) if path else resource_path("taxonomy.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileFormatError(f"the taxonomy file {path} is missing") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise FileFormatError(f"{path}: not valid UTF-8 JSON ({e})") from e
    if not isinstance(data, dict) or data.get("schema") != "vivier.taxonomy/1":
        raise FileFormatError(f"{path}: expected an object with \"schema\": \"vivier.taxonomy/1\"")
    return Taxonomy(
        capabilities=_concepts(data.get("capabilities", []), str(path), "capabilities"),
        sectors=_concepts(data.get("sectors", []), str(path), "sectors"),
    )


@lru_cache(maxsize=1)
def shipped_taxonomy() -> Taxonomy:
    """The shipped taxonomy, read once per process."""
    return load_taxonomy()
