"""Company-register check of an organisation's size class (French SIREN): a sourced, dated fact.

Quotas rest on size classes, and a public buyer must be able to show where a size class comes from.
:func:`verify_size` looks the organisation's SIREN up in the French company register, compares what
the register says with the catalog's ``size_class``, and stores the result in ``workspace.db``
(table ``size_checks``) beside the catalog: the catalog's size class is never changed by a check, a
disagreement is flagged as ``mismatch`` for a person to resolve.

Sources, and the response fields this module relies on
    **API Recherche d'entreprises** (DINUM, open, no key): ``GET {base}/search?q=<siren>``.
    Documented limit: 7 calls per second (api.gouv.fr "Quelle API Sirene utiliser ?").
    Fields read: ``results`` (list), and in the result whose ``siren`` equals the SIREN asked:
    ``nom_complet``, ``categorie_entreprise`` ("PME", "ETI", "GE" or null),
    ``annee_categorie_entreprise``, ``tranche_effectif_salarie`` (INSEE band code, below),
    ``annee_tranche_effectif_salarie``, ``etat_administratif`` ("A" active, "C" ceased).
    No result with that SIREN means "not found" (the register or the API does not publish it).

    **INSEE API Sirene 3.11** (key from the INSEE API portal, kept in the system keychain under
    ``insee-sirene``; sent in the ``X-INSEE-Api-Key-Integration`` header): ``GET {base}/siren/<siren>``.
    Documented limit: 30 calls per minute. Fields read: ``uniteLegale.siren``,
    ``uniteLegale.categorieEntreprise``, ``uniteLegale.anneeCategorieEntreprise``,
    ``uniteLegale.trancheEffectifsUniteLegale``, ``uniteLegale.anneeEffectifsUniteLegale``, and in
    the current period ``uniteLegale.periodesUniteLegale[0]``: ``denominationUniteLegale`` (or
    ``nomUniteLegale``) and ``etatAdministratifUniteLegale``. HTTP 404 means "not found". Values
    hidden for a non-public unit read ``"[ND]"`` and are treated as unknown.

From register facts to size classes (EU SME definition, as in docs/catalog-format.md)
    - ``categorie_entreprise`` is INSEE's category of the *enterprise* (the group as an economic
      unit, decree 2008-1354): PME (micro-enterprises included) → micro, small or medium; ETI →
      midcap or large (an ETI may have up to 4,999 staff, above Vivier's 2,999 midcap bound); GE → large.
    - ``tranche_effectif_salarie`` is the staff band of the *legal unit* only, so it is a lower
      bound for the enterprise: a band starting at 250 rules out the SME classes, but a small band
      does not prove an SME (the group may be large).
    - The classes the register allows are the intersection of both (the category alone if they
      disagree, since it is computed at enterprise level). The verdict is ``consistent`` when the
      catalog's class is among them, ``mismatch`` otherwise, ``inconclusive`` when the register
      gives neither fact or the catalog has no class, ``not_found`` when the SIREN is unknown.
"""

from __future__ import annotations

import json
import ssl
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from catalog.errors import UserInputError
from catalog.records import SIZE_CLASSES, CatalogStore, WorkspaceStore, now_iso

from . import _secrets as secrets
from ._net import NetworkError, http_get

RECHERCHE = "recherche-entreprises"
INSEE = "insee-sirene"
SOURCES = (RECHERCHE, INSEE)
SOURCE_TITLES = {
    RECHERCHE: "API Recherche d'entreprises (annuaire-entreprises.data.gouv.fr), INSEE Sirene data",
    INSEE: "INSEE API Sirene 3.11",
}
INSEE_KEY = "insee-sirene"
#: a register answer for one company is a few kilobytes; 1 MiB leaves room and stops a runaway body
MAX_REGISTER_BYTES = 1024 * 1024
#: seconds for each network operation and the whole answer
REGISTER_TIMEOUT = 20.0
#: the human-readable page of a company in the public directory, shown as the fact's source
PAGE_URL = "https://annuaire-entreprises.data.gouv.fr/entreprise/{siren}"


@dataclass(frozen=True)
class RegisterEndpoints:
    """Base addresses of the two APIs; tests pass loopback servers, production uses :data:`DEFAULT_ENDPOINTS`."""

    recherche: str = "https://recherche-entreprises.api.gouv.fr"
    insee: str = "https://api.insee.fr/api-sirene/3.11"


DEFAULT_ENDPOINTS = RegisterEndpoints()

#: INSEE staff bands (tranche d'effectif salarié): code -> (lowest, highest or None, label)
HEADCOUNT_BANDS: dict[str, tuple[int, int | None, str]] = {
    "00": (0, 0, "0 employees"), "01": (1, 2, "1-2 employees"), "02": (3, 5, "3-5 employees"),
    "03": (6, 9, "6-9 employees"), "11": (10, 19, "10-19 employees"), "12": (20, 49, "20-49 employees"),
    "21": (50, 99, "50-99 employees"), "22": (100, 199, "100-199 employees"),
    "31": (200, 249, "200-249 employees"), "32": (250, 499, "250-499 employees"),
    "41": (500, 999, "500-999 employees"), "42": (1000, 1999, "1,000-1,999 employees"),
    "51": (2000, 4999, "2,000-4,999 employees"), "52": (5000, 9999, "5,000-9,999 employees"),
    "53": (10000, None, "10,000 employees or more"),
}
CATEGORY_CLASSES = {"PME": ("micro", "small", "medium"), "ETI": ("midcap", "large"), "GE": ("large",)}
#: staff at or above each bound puts an enterprise at least in that class (docs/catalog-format.md)
_CLASS_FLOORS = (("large", 3000), ("midcap", 250), ("medium", 50), ("small", 10), ("micro", 0))


class RateLimiter:
    """At most ``calls`` requests in any ``per`` seconds (sliding window), shared by threads.

    ``clock`` and ``sleep`` are injectable so tests can check the waits without waiting.
    """

    def __init__(self, calls: int, per: float, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.calls, self.per = calls, per
        self._clock, self._sleep = clock, sleep
        self._sent: deque[float] = deque()
        self._lock = threading.Lock()

    def wait(self) -> float:
        """Block until one more request is allowed; return how long it waited."""
        with self._lock:
            now = self._clock()
            while self._sent and self._sent[0] <= now - self.per:
                self._sent.popleft()
            waited = 0.0
            if len(self._sent) >= self.calls:
                waited = self._sent[0] + self.per - now
                self._sleep(waited)
                self._sent.popleft()
                now = self._clock()
            self._sent.append(now)
            return waited


#: the published limits: 7 calls per second (Recherche d'entreprises), 30 per minute (INSEE Sirene)
LIMITERS = {RECHERCHE: RateLimiter(7, 1.0), INSEE: RateLimiter(30, 60.0)}


@dataclass(frozen=True)
class RegisterFacts:
    """What the register says about one SIREN (None = not published)."""

    siren: str
    name: str | None
    category: str | None
    category_year: str | None
    headcount_band: str | None
    headcount_year: str | None
    active: bool | None
    request_url: str


@dataclass(frozen=True)
class SizeCheck:
    """One stored check: the register's facts, the catalog's class at that time, and the verdict."""

    organisation_id: str
    organisation_name: str
    siren: str
    source: str
    source_title: str
    source_url: str  # the API request that was read (no key in it)
    page_url: str  # the company's public page, for people
    checked_at: str
    catalog_size_class: str | None
    register_name: str | None = None
    category: str | None = None
    category_year: str | None = None
    headcount_band: str | None = None
    headcount_label: str | None = None
    headcount_year: str | None = None
    active: bool | None = None
    compatible: tuple[str, ...] = ()
    verdict: str = "inconclusive"
    message: str = ""
    id: int | None = field(default=None, compare=False)

    def to_json(self) -> dict:
        out = asdict(self)
        out["compatible"] = list(self.compatible)
        return out


def compatible_classes(category: str | None, band: str | None) -> tuple[str, ...] | None:
    """Size classes consistent with an INSEE category and a legal-unit staff band; None if neither says anything."""
    by_category = set(CATEGORY_CLASSES[category]) if category in CATEGORY_CLASSES else None
    by_band = None
    if band in HEADCOUNT_BANDS:
        lowest = HEADCOUNT_BANDS[band][0]
        floor = next(cls for cls, bound in _CLASS_FLOORS if lowest >= bound)
        by_band = set(SIZE_CLASSES[SIZE_CLASSES.index(floor):])
    if by_category is None and by_band is None:
        return None
    if by_category is None:
        allowed = by_band
    elif by_band is None or not (by_category & by_band):
        allowed = by_category
    else:
        allowed = by_category & by_band
    return tuple(c for c in SIZE_CLASSES if c in allowed)


def judge(catalog_class: str | None, facts: RegisterFacts | None) -> tuple[tuple[str, ...], str, str]:
    """``(compatible classes, verdict, message)`` for a catalog class and the register's facts."""
    if facts is None:
        return (), "not_found", "the register has no company with this SIREN (or does not publish it); check the SIREN"
    allowed = compatible_classes(facts.category, facts.headcount_band)
    ceased = " The register says this company has ceased trading." if facts.active is False else ""
    if allowed is None:
        return (), "inconclusive", "the register gives neither a company category nor a staff band." + ceased
    said = ", ".join(allowed)
    if catalog_class is None:
        return allowed, "inconclusive", f"the catalog has no size class; the register suggests: {said}." + ceased
    if catalog_class in allowed:
        return allowed, "consistent", (f"the catalog's size class {catalog_class!r} agrees with the register "
                                       f"({said})." + ceased)
    return allowed, "mismatch", (f"the catalog says {catalog_class!r} but the register suggests {said}; the catalog "
                                 "was not changed: review the size class and its source." + ceased)


def _clean(value) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return None if not text or text == "[ND]" or text == "NN" else text


def _json(body: bytes, what: str, url: str) -> dict:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise NetworkError("malformed", f"{what} answered something that is not JSON; nothing was stored",
                           url=url) from None
    if not isinstance(data, dict):
        raise NetworkError("malformed", f"{what} answered JSON that is not an object; nothing was stored", url=url)
    return data


def lookup_recherche(siren: str, *, base_url: str, timeout: float = REGISTER_TIMEOUT,
                     ssl_context: ssl.SSLContext | None = None, limiter: RateLimiter | None = None
                     ) -> RegisterFacts | None:
    """Ask the API Recherche d'entreprises about ``siren``; None when it has no such company.

    Raises :class:`NetworkError` for every failure, including an answer without a ``results`` list.
    """
    url = f"{base_url.rstrip('/')}/search?q={siren}&page=1&per_page=5"
    what = "the company register (API Recherche d'entreprises)"
    (limiter or LIMITERS[RECHERCHE]).wait()
    response = http_get(url, what=what, headers={"Accept": "application/json"}, max_bytes=MAX_REGISTER_BYTES,
                        timeout=timeout, ssl_context=ssl_context)
    data = _json(response.body, what, url)
    results = data.get("results")
    if not isinstance(results, list):
        raise NetworkError("malformed", f"{what} answered without a 'results' list; nothing was stored", url=url)
    match = next((r for r in results if isinstance(r, dict) and r.get("siren") == siren), None)
    if match is None:
        return None
    state = _clean(match.get("etat_administratif"))
    return RegisterFacts(
        siren=siren, name=_clean(match.get("nom_complet")), category=_clean(match.get("categorie_entreprise")),
        category_year=_clean(match.get("annee_categorie_entreprise")),
        headcount_band=_clean(match.get("tranche_effectif_salarie")),
        headcount_year=_clean(match.get("annee_tranche_effectif_salarie")),
        active=None if state is None else state == "A", request_url=url)


def lookup_insee(siren: str, *, base_url: str, api_key: str, timeout: float = REGISTER_TIMEOUT,
                 ssl_context: ssl.SSLContext | None = None, limiter: RateLimiter | None = None) -> RegisterFacts | None:
    """Ask the INSEE API Sirene about ``siren`` with ``api_key``; None when INSEE answers 404.

    Raises :class:`NetworkError` (401/403: "token refused" for the key) and never puts the key in a message.
    """
    url = f"{base_url.rstrip('/')}/siren/{siren}"
    what = "the INSEE Sirene API"
    (limiter or LIMITERS[INSEE]).wait()
    try:
        response = http_get(url, what=what, headers={"Accept": "application/json"},
                            secret_headers={"X-INSEE-Api-Key-Integration": api_key},
                            max_bytes=MAX_REGISTER_BYTES, timeout=timeout, ssl_context=ssl_context,
                            auth_hint="check the INSEE API key (vivier verify-size --insee-key-stdin)")
    except NetworkError as e:
        if e.kind == "not_found":
            return None
        raise
    data = _json(response.body, what, url)
    unit = data.get("uniteLegale")
    if not isinstance(unit, dict):
        raise NetworkError("malformed", f"{what} answered without 'uniteLegale'; nothing was stored", url=url)
    periods = unit.get("periodesUniteLegale")
    current = periods[0] if isinstance(periods, list) and periods and isinstance(periods[0], dict) else {}
    state = _clean(current.get("etatAdministratifUniteLegale"))
    return RegisterFacts(
        siren=siren, name=_clean(current.get("denominationUniteLegale")) or _clean(current.get("nomUniteLegale")),
        category=_clean(unit.get("categorieEntreprise")), category_year=_clean(unit.get("anneeCategorieEntreprise")),
        headcount_band=_clean(unit.get("trancheEffectifsUniteLegale")),
        headcount_year=_clean(unit.get("anneeEffectifsUniteLegale")),
        active=None if state is None else state == "A", request_url=url)


def set_insee_key(api_key: str) -> secrets.SecretSaved:
    """Keep the INSEE API key in the system keychain (or this session only, when there is none)."""
    if not api_key or not api_key.strip():
        raise UserInputError("the INSEE API key is empty")
    return secrets.store_secret(INSEE_KEY, api_key.strip())


def forget_insee_key() -> bool:
    """Remove the INSEE API key from the keychain and memory (False if the keychain refused)."""
    return secrets.forget_secret(INSEE_KEY)


def verify_size(workspace: WorkspaceStore, catalog: CatalogStore, organisation_id: str, *,
                source: str = RECHERCHE, endpoints: RegisterEndpoints | None = None,
                timeout: float = REGISTER_TIMEOUT, ssl_context: ssl.SSLContext | None = None,
                limiter: RateLimiter | None = None) -> SizeCheck:
    """Check the size class of ``organisation_id`` against the register and store the dated result.

    ``source`` is :data:`RECHERCHE` (no key) or :data:`INSEE` (key from the keychain). The catalog is
    read, never written. Raises :class:`RecordNotFound`, :class:`UserInputError` (not an
    organisation, no SIREN, unknown source, INSEE key missing) or :class:`NetworkError` (nothing
    is stored then).
    """
    if source not in SOURCES:
        raise UserInputError(f"unknown register source {source!r}; use {' or '.join(SOURCES)}")
    kind, record = catalog.get(organisation_id)
    if kind != "organisation":
        raise UserInputError(f"{organisation_id!r} is not an organisation (it is {'an' if kind[0] in 'aeiou' else 'a'} "
                             f"{kind}); size checks are for organisations")
    siren = (record.get("identifiers") or {}).get("siren")
    if not siren:
        raise UserInputError(f"the organisation {organisation_id!r} has no SIREN in the catalog (field "
                             "identifiers.siren); the French company register can only be asked by SIREN")
    endpoints = endpoints or DEFAULT_ENDPOINTS
    if source == INSEE:
        api_key = secrets.get_secret(INSEE_KEY)
        if not api_key:
            raise UserInputError("no INSEE API key is remembered; give it with: vivier verify-size "
                                 f"{organisation_id} --source {INSEE} --insee-key-stdin")
        facts = lookup_insee(siren, base_url=endpoints.insee, api_key=api_key, timeout=timeout,
                             ssl_context=ssl_context, limiter=limiter)
        request_url = f"{endpoints.insee.rstrip('/')}/siren/{siren}"
    else:
        facts = lookup_recherche(siren, base_url=endpoints.recherche, timeout=timeout, ssl_context=ssl_context,
                                 limiter=limiter)
        request_url = f"{endpoints.recherche.rstrip('/')}/search?q={siren}&page=1&per_page=5"
    catalog_class = record.get("size_class")
    allowed, verdict, message = judge(catalog_class, facts)
    band = facts.headcount_band if facts else None
    check = SizeCheck(
        organisation_id=organisation_id, organisation_name=record["name"], siren=siren, source=source,
        source_title=SOURCE_TITLES[source], source_url=request_url, page_url=PAGE_URL.format(siren=siren),
        checked_at=now_iso(), catalog_size_class=catalog_class,
        register_name=facts.name if facts else None, category=facts.category if facts else None,
        category_year=facts.category_year if facts else None, headcount_band=band,
        headcount_label=HEADCOUNT_BANDS[band][2] if band in HEADCOUNT_BANDS else None,
        headcount_year=facts.headcount_year if facts else None, active=facts.active if facts else None,
        compatible=allowed, verdict=verdict, message=message)
    with workspace.transaction():
        row_id = workspace.add_size_check(
            organisation_id=organisation_id, siren=siren, checked_at=check.checked_at, source=source,
            source_url=request_url, catalog_size_class=catalog_class, verdict=verdict, data=check.to_json())
    return SizeCheck(**{**asdict(check), "compatible": allowed, "id": row_id})


def size_checks(workspace: WorkspaceStore, organisation_id: str | None = None) -> list[SizeCheck]:
    """Stored checks, oldest first (of one organisation, or all)."""
    out = []
    for row in workspace.size_checks(organisation_id):
        data = dict(row["data"])
        data["compatible"] = tuple(data.get("compatible") or ())
        data["id"] = row["id"]
        out.append(SizeCheck(**data))
    return out
