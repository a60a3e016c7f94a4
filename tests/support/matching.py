"""Small hand-built catalogs for the matching tests (ranking and programmes)."""

from __future__ import annotations

import json
import tempfile
from functools import lru_cache
from pathlib import Path

from catalog.records import load_taxonomy
from tests.support.catalogs import SRC, T, offering, org


def market(id, name, public=True):
    return {"id": id, "name": name, "kind": "central_purchasing" if public else "cloud_marketplace", "country": "FR",
            "public_route": public, "description": T(name), "sources": SRC, "verified_on": "2026-06-15"}


def listing(market_id, offering_id):
    return {"id": f"{market_id}--{offering_id}", "marketplace_id": market_id, "offering_id": offering_id,
            "sources": SRC, "verified_on": "2026-06-15"}




def price(amount, model="per_token"):
    return {"model": model, "amount_eur": amount, "unit": None, "note": None}


#: three translation offerings and a text generator with distinct, hand-checkable facts
ORGS = [
    org("alpha", "Alpha", "FR", size_class="small", startup=True, eu_controlled=True),
    org("beta", "Beta", "DE", size_class="large", eu_controlled=True),
    org("gamma", "Gamma", "US", size_class="large", eu_controlled=False, parent="Gamma Inc (US)"),
]
OFFERINGS = [
    offering("alpha-mt", "alpha", "Alpha MT", kind="translation", caps=["machine-translation"],
             hosting_countries=["FR"], languages=["fr", "en"], open_weights=True, licence="Apache-2.0",
             model_params_b=7, pricing=price(10.0),
             certifications=[{"name": "SecNumCloud", "status": "qualified", "scope": None}]),
    offering("beta-mt", "beta", "Beta MT", kind="translation", caps=["machine-translation"],
             hosting_countries=["DE", "US"], languages=["de", "en"], open_weights=False, pricing=price(20.0)),
    offering("gamma-mt", "gamma", "Gamma MT", kind="translation", caps=["machine-translation"],
             hosting_countries=["US"], languages=["fr", "en"], pricing=price(5.0)),
    offering("alpha-llm", "alpha", "Alpha LLM", caps=["text-generation"], hosting_countries=["FR"],
             open_weights=True, model_params_b=120),
]


def _concept(id, en, fr, synonyms_fr=(), synonyms_en=(), broader=None):
    return {"id": id, "label": T(en, fr), "synonyms": {"fr": list(synonyms_fr), "en": list(synonyms_en)},
            "broader": broader}


#: a small taxonomy with a hierarchy: nlp > text-generation > chat-assistant; nlp > machine-translation
MATCH_TAXONOMY = {
    "schema": "vivier.taxonomy/1",
    "capabilities": [
        _concept("nlp", "Natural language processing", "Traitement automatique du langage", ["TAL"], ["NLP"]),
        _concept("text-generation", "Text generation", "Génération de texte", ["rédaction"], ["LLM"], "nlp"),
        _concept("chat-assistant", "Chat assistant", "Assistant conversationnel", ["chatbot"], ["chatbot"],
                 "text-generation"),
        _concept("machine-translation", "Machine translation", "Traduction automatique", ["traduction"],
                 ["translation"], "nlp"),
        _concept("speech-to-text", "Speech to text", "Reconnaissance vocale", ["transcription"], ["ASR"]),
    ],
    "sectors": [
        _concept("any", "Any sector", "Tous secteurs"),
        _concept("agrifood", "Agri-food", "Agroalimentaire", ["agriculture"]),
        _concept("health", "Health", "Santé", ["médical"], ["healthcare"]),
        _concept("manufacturing", "Manufacturing", "Industrie", ["usine"], ["factory"]),
    ],
}


@lru_cache(maxsize=1)
def match_taxonomy():
    """:data:`MATCH_TAXONOMY` loaded through the real loader (read once per test run)."""
    folder = Path(tempfile.mkdtemp(prefix="vivier-taxonomy-"))
    (folder / "taxonomy.json").write_text(json.dumps(MATCH_TAXONOMY, ensure_ascii=False), encoding="utf-8")
    return load_taxonomy(folder / "taxonomy.json")
