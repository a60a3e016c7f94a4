"""A deterministic synthetic European AI catalog at scale, written through the app's own import path.

``build_catalog(size, seed=...)`` makes ``size`` offerings from ``size // 5`` organisations (five
offerings per organisation on average; a few large ones have dozens), writes them as a CSV file with
:func:`catalog.records.write_records` and imports that file with :func:`catalog.records.import_catalog`, the path a
user's import takes (validation, duplicate detection, one transaction). The same seed gives the same
file byte for byte.

Distributions aim at what the real catalog looks like: a country mix weighted to the EU (France and
Germany first, a tail of UK, Swiss, Norwegian and US organisations), EU SME size classes dominated by
micro and small companies, every offering kind, capabilities from the real taxonomy
(``resources/taxonomy.json``, or the test taxonomy while that file is not shipped yet), French and
English descriptions with accents, deployment modes, certifications and prices on a log scale.

Built catalogs are cached outside the repository (``$VIVIER_BENCH_CACHE`` or the system temporary
folder), keyed by size, seed, generator version and taxonomy content.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import random
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from catalog.paths import resource_path
from catalog.records import DEPLOYMENT_MODES, OFFERING_KINDS, CatalogStore, import_catalog, load_taxonomy, write_records
from catalog.text.folding import fold_words

#: bump when the generated content changes, so cached catalogs of the old generator are not reused
GENERATOR_VERSION = 1
DEFAULT_SEED = 20261129
#: offerings per organisation on average (the real catalog has 1-10, a few large vendors dozens)
OFFERINGS_PER_ORGANISATION = 5
CACHE_ENV = "VIVIER_BENCH_CACHE"

# (country, weight, cities, legal forms): weights are percent of organisations, EU-heavy
COUNTRIES = [
    ("FR", 22, ["Paris", "Lyon", "Toulouse", "Grenoble", "Nantes", "Montpellier", "Rennes", "Bordeaux"],
     ["SAS", "SA", "SARL"]),
    ("DE", 17, ["Berlin", "München", "Köln", "Hamburg", "Stuttgart", "Darmstadt"], ["GmbH", "AG", "UG"]),
    ("NL", 7, ["Amsterdam", "Eindhoven", "Utrecht", "Delft"], ["BV", "NV"]),
    ("ES", 6, ["Madrid", "Barcelona", "València", "Málaga"], ["SL", "SA"]),
    ("IT", 6, ["Milano", "Torino", "Roma", "Bologna"], ["S.r.l.", "S.p.A."]),
    ("SE", 4, ["Stockholm", "Göteborg", "Malmö"], ["AB"]),
    ("BE", 3, ["Bruxelles", "Gent", "Leuven"], ["SRL", "NV"]),
    ("FI", 3, ["Helsinki", "Espoo", "Tampere"], ["Oy"]),
    ("PL", 3, ["Warszawa", "Kraków", "Wrocław"], ["sp. z o.o."]),
    ("AT", 2, ["Wien", "Linz", "Graz"], ["GmbH"]),
    ("DK", 2, ["København", "Aarhus"], ["ApS", "A/S"]),
    ("IE", 2, ["Dublin", "Cork"], ["Ltd"]),
    ("PT", 2, ["Lisboa", "Porto"], ["Lda"]),
    ("CZ", 2, ["Praha", "Brno"], ["s.r.o."]),
    ("EE", 1, ["Tallinn", "Tartu"], ["OÜ"]),
    ("LU", 1, ["Luxembourg"], ["S.à r.l."]),
    ("GR", 1, ["Athína", "Thessaloníki"], ["IKE"]),
    ("RO", 1, ["București", "Cluj-Napoca"], ["SRL"]),
    ("SI", 1, ["Ljubljana"], ["d.o.o."]),
    ("GB", 5, ["London", "Cambridge", "Edinburgh", "Oxford"], ["Ltd"]),
    ("CH", 3, ["Zürich", "Lausanne", "Genève"], ["AG", "SA"]),
    ("NO", 1, ["Oslo", "Trondheim"], ["AS"]),
    ("US", 4, ["San Francisco", "New York", "Boston"], ["Inc."]),
]
SIZE_WEIGHTS = [("micro", 40), ("small", 30), ("medium", 15), ("midcap", 8), ("large", 7)]
#: offering kinds, common first: applications and APIs far outnumber foundation models
KIND_WEIGHTS = [
    ("vertical_application", 18), ("integration_service", 14), ("assistant", 10), ("document_ai", 9),
    ("model_api", 8), ("mlops_platform", 7), ("speech", 6), ("translation", 5), ("vision", 6),
    ("ai_testing", 5), ("open_weight_model", 4), ("gpu_cloud", 3), ("sovereign_cloud", 3), ("foundation_model", 2),
]
#: words of capability ids that suit each kind, so a speech product mostly gets speech capabilities
KIND_HINTS = {
    "speech": ("speech", "voice", "audio", "transcri"), "translation": ("translat",),
    "vision": ("vision", "image", "video", "ocr"), "document_ai": ("document", "ocr", "extract"),
    "assistant": ("assistant", "chat", "text", "generation"), "model_api": ("text", "generation", "embedding"),
    "foundation_model": ("text", "generation"), "open_weight_model": ("text", "generation"),
    "ai_testing": ("testing", "evaluation", "compliance", "audit"), "mlops_platform": ("mlops", "deploy", "monitor"),
    "gpu_cloud": ("compute", "hosting", "gpu"), "sovereign_cloud": ("hosting", "compute", "cloud"),
}
KIND_WORDS = {
    "vertical_application": ["Santé", "Legal", "Agro", "Retail", "Industrie", "Finance", "Mobilité", "RH"],
    "integration_service": ["Conseil", "Intégration", "Services", "Consulting", "Factory"],
    "assistant": ["Chat", "Assistant", "Copilot", "Compagnon", "Agent"],
    "document_ai": ["Docs", "Lecteur", "Extract", "Papiers", "Archives"],
    "model_api": ["API", "Embed", "Modèle", "Inference"],
    "mlops_platform": ["Studio", "Ops", "Pipeline", "Forge", "Orchestrateur"],
    "speech": ["Vocal", "Voice", "Dictée", "Transcribe", "Parole"],
    "translation": ["Translate", "Traduction", "Lingua", "Polyglotte"],
    "vision": ["Vision", "Caméra", "Inspect", "Regard"],
    "ai_testing": ["Audit", "Guard", "Conformité", "Bench", "Évaluation"],
    "open_weight_model": ["Open", "Libre", "Weights"],
    "gpu_cloud": ["GPU Cloud", "Compute", "Calcul"],
    "sovereign_cloud": ["Cloud Souverain", "Sovereign Cloud", "Hébergement"],
    "foundation_model": ["Large", "Fondation", "Base"],
}
EDITIONS = ["", "", "", "Pro", "Enterprise", "Edge", "Lite", "Plus", "2", "3", "Next", "Cloud", "On-Prem", "Secure"]
NAME_HEADS = [
    "Lumi", "Nova", "Aéro", "Cogni", "Synth", "Vox", "Data", "Néo", "Kali", "Orbi", "Sémi", "Alto", "Bréva", "Celt",
    "Dyna", "Éco", "Fjord", "Gala", "Hélio", "Iris", "Jura", "Kelp", "Loire", "Mira", "Nordi", "Opti", "Prisma",
    "Quanta", "Rhéa", "Sol", "Tera", "Ursa", "Véga", "Wald", "Xéna", "Yser", "Zéphyr", "Arbo", "Bora", "Cyra",
    "Delta", "Elbe", "Forêt", "Graal", "Hydra", "Ilo", "Kora", "Lyra", "Mosa", "Nexo", "Oda", "Pyla",
]
NAME_TAILS = [
    "ra", "tech", "lab", "ia", "sys", "nova", "mind", "logic", "sense", "ware", "vision", "data", "flow", "gence",
    "neural", "qua", "rix", "lys", "tis", "mantic", "form", "graph", "wave", "core", "scale", "nomy", "bot",
]
NAME_WORDS = ["", "", "", "AI", "Labs", "Analytics", "Systems", "Intelligence", "Robotics", "Technologies", "Software"]
CERTIFICATIONS = [
    ("ISO 27001", 25), ("SecNumCloud", 4), ("HDS", 5), ("C5", 4), ("ENS", 2), ("SOC 2", 8), ("ISO 42001", 3),
]
LICENCES = ["Apache-2.0", "MIT", "CC-BY-4.0", "Llama community licence", "proprietary"]
LANGUAGES = [("fr", 60), ("en", 90), ("de", 40), ("es", 25), ("it", 20), ("nl", 12), ("pl", 8), ("sv", 6), ("pt", 8)]
PRICING = [("per_user_month", 25), ("subscription", 20), ("quote", 20), ("per_token", 10), ("per_hour", 8),
           ("per_minute", 5), ("per_character", 3), ("free", 3), ("open_source", 6)]
SOURCE_DATES = ["2026-03-02", "2026-05-14", "2026-06-30", "2026-09-18", "2026-11-03"]


@dataclass(frozen=True)
class SyntheticCatalog:
    """A generated catalog on disk: the CSV file and the ``catalog.db`` it was imported into."""
    size: int
    seed: int
    folder: Path
    csv_path: Path
    db_path: Path
    taxonomy_path: Path
    taxonomy_origin: str
    organisations: int
    offerings: int

    @property
    def records(self) -> int:
        return self.organisations + self.offerings


def taxonomy_source() -> tuple[dict, str]:
    """The taxonomy the generator takes capabilities from, and where it came from.

    The shipped ``resources/taxonomy.json`` when it exists; else the test taxonomy of
    ``tests/support/catalogs.py`` (only while the shipped one is being written).
    """
    shipped = resource_path("taxonomy.json")
    if shipped.exists():
        return json.loads(shipped.read_text(encoding="utf-8")), "shipped resources/taxonomy.json"
    from tests.support.catalogs import TAXONOMY

    return TAXONOMY, "test taxonomy (tests/support/catalogs.py; resources/taxonomy.json is not shipped yet)"


def cache_root() -> Path:
    """Where built catalogs are kept between runs: ``$VIVIER_BENCH_CACHE`` or ``<tmp>/vivier-bench-cache``."""
    override = os.environ.get(CACHE_ENV)
    return Path(override) if override else Path(tempfile.gettempdir()) / "vivier-bench-cache"


def _weighted(rng: random.Random, pairs: list) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _unique(name: str, seen: set[str], extras: list[str]) -> str:
    """``name``, or ``name`` plus the first extra (then a number) that makes its folded form new.

    The importer flags two records of a kind with the same folded name as probable duplicates.
    """
    candidate = name
    for extra in [""] + extras:
        candidate = f"{name} {extra}".strip()
        if fold_words(candidate) not in seen:
            break
    number = 2
    while fold_words(candidate) in seen:
        candidate = f"{name} {number}"
        number += 1
    seen.add(fold_words(candidate))
    return candidate


def _slug(name: str, seen: set[str]) -> str:
    base = "-".join(fold_words(name).split())[:70].strip("-") or "x"
    slug, number = base, 2
    while slug in seen:
        slug = f"{base}-{number}"
        number += 1
    seen.add(slug)
    return slug


def _capability_pools(capabilities: list[dict]) -> dict[str, list[str]]:
    ids = [c["id"] for c in capabilities]
    pools = {}
    for kind in OFFERING_KINDS:
        hints = KIND_HINTS.get(kind, ())
        pools[kind] = [cid for cid in ids if any(h in cid for h in hints)] or ids
    return pools


def generate_records(size: int, *, seed: int = DEFAULT_SEED, taxonomy: dict) -> dict[str, list[dict]]:
    """``size`` offerings and their organisations as catalog records (kind -> list), deterministic in ``seed``.

    Capability ids come from ``taxonomy`` (the JSON object of a ``vivier.taxonomy/1`` file).
    Raises :class:`ValueError` if ``size`` is below 1 or the taxonomy has no capability.
    """
    if size < 1:
        raise ValueError(f"size must be at least 1, got {size}")
    capabilities = taxonomy.get("capabilities") or []
    if not capabilities:
        raise ValueError("the taxonomy has no capability to give offerings")
    rng = random.Random(seed)
    labels = {c["id"]: c["label"] for c in capabilities}
    # Zipf-like popularity: a few capabilities (text generation, translation) are on most offerings
    cap_ids = [c["id"] for c in capabilities]
    cap_weights = [1.0 / (rank + 1) for rank in range(len(cap_ids))]
    pools = _capability_pools(capabilities)
    countries = [(c[0], c[1]) for c in COUNTRIES]
    by_country = {c[0]: c for c in COUNTRIES}

    n_orgs = max(1, size // OFFERINGS_PER_ORGANISATION)
    org_names: set[str] = set()
    ids: set[str] = set()
    organisations = []
    for _ in range(n_orgs):
        country = _weighted(rng, countries)
        _code, _w, cities, forms = by_country[country]
        city = rng.choice(cities)
        base = rng.choice(NAME_HEADS) + rng.choice(NAME_TAILS)
        word = rng.choice(NAME_WORDS)
        name = _unique(f"{base} {word}".strip(), org_names, [rng.choice(forms), city, f"{city} {rng.choice(forms)}"])
        oid = _slug(name, ids)
        size_class = _weighted(rng, SIZE_WEIGHTS)
        founded = 2026 - int(rng.expovariate(1 / 8)) if size_class in ("micro", "small") else rng.randint(1950, 2020)
        record = {
            "id": oid, "name": name, "hq_country": country, "hq_city": city, "founded": max(1900, founded),
            "size_class": size_class, "startup": size_class in ("micro", "small", "medium") and founded >= 2012,
            "eu_controlled": country not in ("GB", "CH", "NO", "US") and rng.random() > 0.05,
            "website": f"https://{oid}.example.eu/",
            "description": {
                "fr": f"{name} est une entreprise d'intelligence artificielle basée à {city}, "
                      f"fondée en {founded}, qui développe des solutions pour les acheteurs publics et privés.",
                "en": f"{name} is an artificial intelligence company based in {city}, founded in {founded}, "
                      "building solutions for public and private buyers.",
            },
            "sources": [{"url": f"https://{oid}.example.eu/about", "title": f"{name} — about",
                         "seen_on": rng.choice(SOURCE_DATES)}],
            "verified_on": rng.choice(SOURCE_DATES),
        }
        if rng.random() < 0.1:
            record["aliases"] = [f"{name} Group"]
        organisations.append(record)

    # a heavy tail: most organisations sell one to five offerings, large vendors dozens
    org_weights = [{"micro": 1, "small": 2, "medium": 4, "midcap": 8, "large": 14}[o["size_class"]]
                   for o in organisations]
    owners = list(range(n_orgs)) + rng.choices(range(n_orgs), weights=org_weights, k=size - n_orgs) \
        if size >= n_orgs else list(range(size))
    offering_names: set[str] = set()
    offerings = []
    for owner in owners:
        org = organisations[owner]
        kind = _weighted(rng, KIND_WEIGHTS)
        short = org["name"].split()[0]
        name = _unique(f"{short} {rng.choice(KIND_WORDS[kind])} {rng.choice(EDITIONS)}".strip(), offering_names,
                       [rng.choice(EDITIONS[3:]), str(rng.randint(2, 9)), org["hq_city"]])
        pool = pools[kind]
        caps = [rng.choice(pool)]
        for cid in rng.choices(cap_ids, weights=cap_weights, k=rng.randint(0, 3)):
            if cid not in caps:
                caps.append(cid)
        cap_fr = ", ".join(labels[c]["fr"].lower() for c in caps)
        cap_en = ", ".join(labels[c]["en"].lower() for c in caps)
        eu_hosting = [c for c, _w in countries if c not in ("GB", "CH", "NO", "US")]
        hosting = sorted({org["hq_country"] if org["hq_country"] in eu_hosting else "IE"}
                         | set(rng.sample(eu_hosting, rng.randint(0, 2))))
        modes = sorted(set(rng.sample(DEPLOYMENT_MODES, rng.randint(1, 3))))
        langs = sorted({c for c, w in LANGUAGES if rng.random() < w / 100} | {"en"})
        pricing_model = _weighted(rng, PRICING)
        amount = None if pricing_model in ("quote", "free", "open_source") else \
            round(math.exp(rng.gauss(3.5, 1.5)), 2)
        record = {
            "id": _slug(name, ids), "organisation_id": org["id"], "name": name, "kind": kind,
            "description": {
                "fr": f"{name} : {cap_fr}. Solution de {org['name']} ({org['hq_city']}), "
                      f"déployée en {', '.join(modes)}, données hébergées en {', '.join(hosting)}.",
                "en": f"{name}: {cap_en}. A solution by {org['name']} ({org['hq_city']}), "
                      f"deployed as {', '.join(modes)}, data hosted in {', '.join(hosting)}.",
            },
            "capabilities": caps, "languages": langs, "deployment_modes": modes, "hosting_countries": hosting,
            "certifications": [{"name": c, "status": rng.choice(["qualified", "claimed", "in_qualification"]),
                                "scope": None}
                               for c, w in CERTIFICATIONS if rng.random() < w / 100],
            "pricing": {"model": pricing_model, "amount_eur": amount,
                        "unit": {"per_user_month": "per user per month", "per_token": "per 1M tokens",
                                 "per_hour": "per GPU hour", "per_minute": "per audio minute",
                                 "per_character": "per 1M characters"}.get(pricing_model), "note": None},
            "estimated_amount_eur": round(math.exp(rng.gauss(10.5, 1.2)), -2),
            "sources": [{"url": f"https://{org['id']}.example.eu/products", "title": f"{org['name']} — products",
                         "seen_on": rng.choice(SOURCE_DATES)}],
            "verified_on": rng.choice(SOURCE_DATES),
        }
        if kind in ("open_weight_model", "foundation_model", "model_api"):
            record["open_weights"] = kind == "open_weight_model" or rng.random() < 0.2
            record["licence"] = rng.choice(LICENCES[:4]) if record["open_weights"] else "proprietary"
            record["model_params_b"] = rng.choice([0.5, 1, 3, 7, 8, 12, 24, 70, 123])
        offerings.append(record)
    return {"organisation": organisations, "offering": offerings}


def _cache_key(size: int, seed: int, taxonomy: dict) -> str:
    digest = hashlib.sha256(json.dumps(taxonomy, sort_keys=True).encode()).hexdigest()[:10]
    return f"n{size}-s{seed}-g{GENERATOR_VERSION}-t{digest}"


def build_catalog(size: int, *, seed: int = DEFAULT_SEED, cache_dir: Path | None = None,
                  taxonomy: dict | None = None) -> SyntheticCatalog:
    """Generate (or reuse from the cache) the catalog of ``size`` offerings: its CSV file and ``catalog.db``.

    ``taxonomy`` (a taxonomy JSON object) defaults to :func:`taxonomy_source`. The database is built by
    :func:`catalog.records._io.import_catalog` on the CSV file, the same path a user's import takes. A cache entry
    is only visible once complete (built in a temporary folder, then renamed).
    """
    origin = "given by the caller"
    if taxonomy is None:
        taxonomy, origin = taxonomy_source()
    root = Path(cache_dir) if cache_dir else cache_root()
    folder = root / _cache_key(size, seed, taxonomy)
    if not (folder / "meta.json").exists():
        root.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=root))
        try:
            taxonomy_path = work / "taxonomy.json"
            taxonomy_path.write_text(json.dumps(taxonomy, ensure_ascii=False), encoding="utf-8")
            records = generate_records(size, seed=seed, taxonomy=taxonomy)
            write_records(work / "catalog.csv", records)
            with CatalogStore.open(work / "catalog.db") as store:
                import_catalog(store, work / "catalog.csv", taxonomy=load_taxonomy(taxonomy_path))
                store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            (work / "meta.json").write_text(json.dumps({
                "size": size, "seed": seed, "taxonomy_origin": origin,
                "organisations": len(records["organisation"]), "offerings": len(records["offering"]),
            }), encoding="utf-8")
            try:
                work.rename(folder)
            except OSError:
                shutil.rmtree(work)  # another run finished the same entry first
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            raise
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    return SyntheticCatalog(size=size, seed=seed, folder=folder, csv_path=folder / "catalog.csv",
                            db_path=folder / "catalog.db", taxonomy_path=folder / "taxonomy.json",
                            taxonomy_origin=meta["taxonomy_origin"], organisations=meta["organisations"],
                            offerings=meta["offerings"])
