"""A small hand-built catalog and taxonomy for headless tests (independent of the shipped content)."""

from __future__ import annotations

import json
from pathlib import Path

from catalog.records import SINGULARS, CatalogStore, load_shipped, sync_shipped, validate_record

SRC = [{"url": "https://example.org/source", "title": "Example source", "seen_on": "2026-06-15"}]


def T(en: str, fr: str | None = None) -> dict:
    return {"fr": fr or en, "en": en}


TAXONOMY = {
    "schema": "vivier.taxonomy/1",
    "capabilities": [
        {"id": "text-generation", "label": T("Text generation", "Génération de texte"),
         "synonyms": {"fr": ["rédaction"], "en": ["LLM"]}, "broader": None},
        {"id": "machine-translation", "label": T("Machine translation", "Traduction automatique"),
         "synonyms": {"fr": ["traduction"], "en": ["translation"]}, "broader": None},
        {"id": "speech-to-text", "label": T("Speech to text", "Reconnaissance vocale"),
         "synonyms": {"fr": ["transcription"], "en": ["ASR"]}, "broader": None},
    ],
    "sectors": [
        {"id": "any", "label": T("Any sector", "Tous secteurs"), "synonyms": {"fr": [], "en": []}},
        {"id": "agrifood", "label": T("Agri-food", "Agroalimentaire"), "synonyms": {"fr": ["agriculture"], "en": []}},
    ],
}


def org(id, name, country="FR", **kw):
    return {"id": id, "name": name, "hq_country": country, "description": T(f"{name} builds AI.", f"{name} fait de l'IA."),
            "sources": SRC, "verified_on": "2026-06-15", **kw}


def offering(id, org_id, name, kind="model_api", caps=("text-generation",), **kw):
    return {"id": id, "organisation_id": org_id, "name": name, "kind": kind, "capabilities": list(caps),
            "description": T(f"{name} offering.", f"Offre {name}."), "sources": SRC, "verified_on": "2026-06-15", **kw}


MINI = {
    "organisations": [
        org("mistral-ai", "Mistral AI", hq_city="Paris", founded=2023, size_class="medium", startup=True,
            eu_controlled=True),
        org("deepl", "DeepL", "DE", hq_city="Köln", size_class="large", eu_controlled=True),
        org("reseau-ia", "Réseau IA Œuvre", hq_city="Lyon", size_class="micro"),
    ],
    "offerings": [
        offering("mistral-large", "mistral-ai", "Mistral Large", open_weights=False, hosting_countries=["FR"],
                 pricing={"model": "per_token", "amount_eur": 1.8, "unit": "per 1M input tokens", "note": None}),
        offering("deepl-pro", "deepl", "DeepL Pro", kind="translation", caps=["machine-translation"],
                 languages=["fr", "de", "en"], model_params_b=None),
    ],
    "marketplaces": [
        {"id": "ugap", "name": "UGAP", "kind": "central_purchasing", "country": "FR", "public_route": True,
         "description": T("Central purchasing body.", "Centrale d'achat public."), "sources": SRC,
         "verified_on": "2026-06-15"},
    ],
    "listings": [
        {"id": "ugap--mistral-large", "marketplace_id": "ugap", "offering_id": "mistral-large", "sources": SRC,
         "verified_on": "2026-06-15"},
    ],
    "programmes": [
        {"id": "agrifoodtef", "name": "agrifoodTEF", "kind": "tef", "countries": ["IT", "FR"], "sectors": ["agrifood"],
         "description": T("Testing and experimentation facility for agri-food AI.",
                          "Installation d'essai et d'expérimentation pour l'IA agroalimentaire."),
         "status": "open", "eligibility": {"size_classes": [], "sectors": ["agrifood"]},
         "benefits": {"testing": True, "summary": T("Field testing.", "Essais en conditions réelles.")},
         "sources": SRC, "verified_on": "2026-06-15"},
    ],
}


def write_catalog(folder: Path, content: dict, version: str = "2026.1") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "catalog.json").write_text(json.dumps({"schema": "vivier.catalog/1", "version": version}))
    for plural, records in content.items():
        (folder / f"{plural}.json").write_text(
            json.dumps({"schema": "vivier.catalog/1", plural: records}, ensure_ascii=False), encoding="utf-8")
    return folder


def make_store(folder: Path | None = None, **content) -> CatalogStore:
    """A real catalog holding exactly ``content`` (sections as in a catalog file: organisations=[...], ...).

    With ``folder``, ``catalog.db`` in that folder, loaded as the shipped catalog is (``content`` written as
    shipped JSON files, then synchronised); without, an in-memory catalog, each record validated as an import is.
    """
    if folder is not None:
        shipped = write_catalog(folder / "shipped", content)
        store = CatalogStore.open(folder / "catalog.db")
        sync_shipped(store, load_shipped(shipped))
        return store
    store = CatalogStore.memory()
    items = []
    for plural, records in content.items():
        kind = SINGULARS[plural]
        for record in records:
            canonical, problems = validate_record(kind, record)
            assert not problems, problems
            items.append((kind, canonical))
    with store.transaction():
        store.put_many(items, origin="user")
    return store
