"""Per-catalog columns for ranking a whole catalog at once, prepared once per catalog version.

Reading and parsing every offering is the slow part (about a second per 100,000 offerings), so it
happens once per catalog version (cache keyed by the store and ``store.changes``). What a profile
changes — wanted concepts, must-haves, price method, weights — is then computed on numpy columns:
a concept membership matrix, country/deployment/language matrices, certification status columns,
numeric price columns, and the profile-independent criteria (sovereignty, openness, frugality,
SME, purchasing route) scored once per offering with the plain functions of :mod:`catalog.buyer._criteria`.
"""

from __future__ import annotations

import math
import os
import threading
import weakref
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from catalog.records import DEPLOYMENT_MODES, OFFERING_KINDS, CatalogStore, Interner, expand_area

from ._capabilities import WantedCapability
from ._criteria import STATIC_CRITERIA, STATUS_RANK, Facts, applies, cert_key
from ._price import choose_price_key, list_price, price_key
from ._profile import CRITERIA, BuyerProfile

#: fields of an offering that :class:`Facts` reads, in :meth:`CatalogStore.fields` notation
OFFERING_FIELDS = ("id", "name", "kind", "organisation_id", "capabilities", "hosting_countries",
                   "deployment_modes", "languages", "certifications", "open_weights", "licence",
                   "active_params_b", "model_params_b", "frugal_practices.afnor_spec_2314", "pricing.model",
                   "pricing.amount_eur", "estimated_amount_eur", "pricing.amount", "pricing.unit", "pricing.currency")
ORGANISATION_FIELDS = ("id", "name", "hq_country", "contracting_country", "eu_controlled", "parent", "size_class",
                       "startup")


def load_facts(store: CatalogStore) -> list[Facts]:
    """The :class:`Facts` of every offering, sorted by id (the deterministic tie-break order).

    Same result as :func:`catalog.buyer._criteria.facts_of` over decoded records, but only the fields it reads
    come out of SQLite, and equal tuples and codes are shared (less time, a fraction of the memory).
    """
    same = Interner()
    organisations = {}
    for oid, name, hq, contracting, eu, parent, size, startup in store.fields("organisation", ORGANISATION_FIELDS):
        organisations[oid] = (name or oid, same(hq or ""), same(contracting), eu, parent, same(size), startup)
    markets = {mid: (name, bool(public))
               for mid, name, public in store.fields("marketplace", ("id", "name", "public_route"))}
    routes: dict[str, list[tuple[str, bool]]] = {}
    for offering_id, marketplace_id in store.fields("listing", ("offering_id", "marketplace_id")):
        if marketplace_id in markets:
            routes.setdefault(offering_id, []).append(markets[marketplace_id])
    facts = []
    for (oid, name, kind, org_id, concepts, hosting, deployment, languages, certs, open_weights, licence, active,
         params, afnor, pricing_model, amount_eur, estimated, amount, unit, currency) in store.fields(
            "offering", OFFERING_FIELDS):
        org = organisations.get(org_id)
        if org is None:
            org = (org_id, "", None, None, None, None, None)
        if active is not None:
            params = active
        facts.append(Facts(
            id=oid, name=name, kind=same(kind), organisation_id=org_id, organisation=org[0],
            concepts=same.items(concepts), hosting=same.items(hosting), deployment=same.items(deployment),
            languages=same.items(languages),
            certifications=same(tuple(same((c["name"], c["status"])) for c in certs or ())),
            open_weights=open_weights, licence=same(licence), params_b=None if params is None else float(params),
            afnor=afnor, pricing_model=same(pricing_model),
            price_key=same(price_key({"model": pricing_model, "amount_eur": amount_eur, "amount": amount, "unit": unit,
                                      "currency": currency})),
            unit_price=list_price({"amount": amount, "amount_eur": amount_eur}),
            estimated_amount=None if estimated is None else float(estimated),
            hq=org[1], contracting=org[2], eu_controlled=org[3], parent=org[4], size_class=org[5], startup=org[6],
            routes=same(tuple(sorted(routes.get(oid, ())))),
        ))
    return facts


def _matrix(rows: list[tuple[str, ...]], vocabulary: dict[str, int]) -> np.ndarray:
    # Fortran order: profiles read a few whole columns, which are then contiguous
    out = np.zeros((len(rows), max(1, len(vocabulary))), dtype=bool, order="F")
    for i, values in enumerate(rows):
        for value in values:
            out[i, vocabulary[value]] = True
    return out


def _vocabulary(rows: list[tuple[str, ...]], base=()) -> dict[str, int]:
    words = dict.fromkeys(base)
    for values in rows:
        words.update(dict.fromkeys(values))
    return {w: i for i, w in enumerate(words)}


def _tri(values) -> np.ndarray:
    """True/False/unknown as int8 1/0/-1 (unknown is never false)."""
    return np.array([-1 if v is None else int(bool(v)) for v in values], dtype=np.int8)


def _floats(values) -> np.ndarray:
    return np.array([math.nan if v is None else v for v in values], dtype=np.float64)


@dataclass
class CatalogColumns:
    facts: list[Facts]
    ids: np.ndarray            # object array of offering ids, for fast selection by row
    kind: np.ndarray
    concept_index: dict[str, int]
    concepts: np.ndarray
    country_index: dict[str, int]
    hosting: np.ndarray
    hosting_known: np.ndarray
    deployment: np.ndarray
    deployment_known: np.ndarray
    language_index: dict[str, int]
    languages: np.ndarray
    languages_known: np.ndarray
    cert_status: dict[str, np.ndarray]
    open_weights: np.ndarray
    hq: np.ndarray
    eu_controlled: np.ndarray
    pricing_model: np.ndarray
    price_keys: list[str]       # the distinct price keys
    price_key_code: np.ndarray  # index in price_keys, -1 when no price
    unit_price: np.ndarray
    estimated_amount: np.ndarray
    static: dict[str, np.ndarray]
    applicable: np.ndarray     # (offerings × CRITERIA) bool: does the criterion apply to the offering's kind

    @classmethod
    def build(cls, facts: list[Facts]) -> "CatalogColumns":
        n = len(facts)
        concept_index = _vocabulary([f.concepts for f in facts])
        country_index = _vocabulary([f.hosting for f in facts])
        language_index = _vocabulary([f.languages for f in facts])
        deploy_index = {m: i for i, m in enumerate(DEPLOYMENT_MODES)}
        kinds = {k: i for i, k in enumerate(OFFERING_KINDS)}
        certs: dict[str, np.ndarray] = {}
        for i, f in enumerate(facts):
            for name, status in f.certifications:
                key = cert_key(name)
                column = certs.get(key)
                if column is None:
                    column = certs[key] = np.full(n, -1, dtype=np.int8)
                column[i] = max(column[i], STATUS_RANK[status])
        hosting = _matrix([f.hosting for f in facts], country_index)
        deployment = _matrix([f.deployment for f in facts], deploy_index)
        languages = _matrix([f.languages for f in facts], language_index)
        price_index = {k: i for i, k in enumerate(dict.fromkeys(f.price_key for f in facts if f.price_key))}
        by_kind = {k: [applies(c, k) for c in CRITERIA] for k in OFFERING_KINDS}
        applicable = np.array([by_kind.get(f.kind) or [True] * len(CRITERIA) for f in facts], dtype=bool)
        return cls(
            facts=facts, ids=np.array([f.id for f in facts], dtype=object),
            kind=np.array([kinds.get(f.kind, -1) for f in facts], dtype=np.int16),
            concept_index=concept_index, concepts=_matrix([f.concepts for f in facts], concept_index),
            country_index=country_index, hosting=hosting, hosting_known=hosting.any(axis=1),
            deployment=deployment, deployment_known=deployment.any(axis=1),
            language_index=language_index, languages=languages, languages_known=languages.any(axis=1),
            cert_status=certs, open_weights=_tri(f.open_weights for f in facts),
            hq=np.array([f.hq for f in facts], dtype="<U3"), eu_controlled=_tri(f.eu_controlled for f in facts),
            pricing_model=np.array([f.pricing_model or "" for f in facts], dtype="<U16"),
            price_keys=list(price_index), price_key_code=np.array([price_index.get(f.price_key, -1) for f in facts],
                                                                  dtype=np.int32),
            unit_price=_floats(f.unit_price for f in facts),
            estimated_amount=_floats(f.estimated_amount for f in facts),
            static={name: np.array([fn(f) for f in facts], dtype=np.float64) for name, fn in STATIC_CRITERIA.items()},
            applicable=applicable.reshape(n, len(CRITERIA)),
        )

    def __len__(self) -> int:
        return len(self.facts)

    # ------------------------------------------------------------ profile-dependent columns

    def capability_fit(self, wanted: list[WantedCapability]) -> np.ndarray:
        """Mean over wanted words of the best coverage (see :func:`catalog.buyer._criteria.capability_fit`)."""
        total = np.zeros(len(self))
        for item in wanted:
            best = np.zeros(len(self))
            for concept, target in item.targets.items():
                column = self.concept_index.get(concept)
                if column is not None:
                    best = np.maximum(best, np.where(self.concepts[:, column], target.weight, 0.0))
            total = total + best
        return total / len(wanted)

    def off_topic(self, fit: np.ndarray, profile: BuyerProfile) -> np.ndarray:
        """Offerings not ranked, not excluded, counted apart: those with none of the wanted capabilities that
        are not of a wanted kind either, and, when the profile sets a minimum fit, every offering under it
        (of a wanted kind or not: the buyer said what is too far from the need)."""
        minimum = profile.min_capability_fit
        if minimum > 0:
            return fit < minimum
        low = fit <= 0
        if profile.offering_kinds:
            low &= ~np.isin(self.kind, [OFFERING_KINDS.index(k) for k in profile.offering_kinds])
        return low

    def price_key_for(self, profile: BuyerProfile, among: np.ndarray) -> str | None:
        """The price key the ranking compares: the most common among the offerings ``among`` (a mask)."""
        if profile.price.basis != "unit_price" or not self.price_keys:
            return None
        codes = self.price_key_code[among]
        counts = np.bincount(codes[codes >= 0], minlength=len(self.price_keys))
        return choose_price_key({k: int(n) for k, n in zip(self.price_keys, counts) if n}, profile.price)

    def comparable_price(self, profile: BuyerProfile, key: str | None) -> np.ndarray:
        """Comparable prices (NaN when not recorded or not comparable), as :func:`_knockouts.comparable_price`:
        the estimated amounts, or the list prices whose key is ``key``."""
        if profile.price.basis == "estimated_amount":
            return self.estimated_amount
        if key is None:
            return np.full(len(self), math.nan)
        return np.where(self.price_key_code == self.price_keys.index(key), self.unit_price, math.nan)

    def knockouts(self, profile: BuyerProfile, price: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``(failed, not_verified)`` masks over all offerings, as :func:`catalog.buyer._criteria.knockouts`.

        ``not_verified`` counts only the must-haves whose policy is "exclude" (an unknown kept "to verify"
        excludes nothing): an offering is excluded when ``failed | not_verified``.
        """
        n, must = len(self), profile.must_haves
        failed = np.zeros(n, dtype=bool)
        unknown = np.zeros(n, dtype=bool)

        def unrecorded(must_have: str, mask) -> None:
            nonlocal unknown
            if must.policy(must_have) == "exclude":
                unknown |= mask

        if profile.offering_kinds:
            wanted = [OFFERING_KINDS.index(k) for k in profile.offering_kinds]
            failed |= ~np.isin(self.kind, wanted)
        if must.hosting_countries:
            allowed = expand_area(must.hosting_countries)
            outside = [i for c, i in self.country_index.items() if c not in allowed]
            failed |= self.hosting[:, outside].any(axis=1)
            unrecorded("hosting_countries", ~self.hosting_known)
        if must.deployment_modes:
            columns = [DEPLOYMENT_MODES.index(m) for m in must.deployment_modes]
            failed |= self.deployment_known & ~self.deployment[:, columns].any(axis=1)
            unrecorded("deployment_modes", ~self.deployment_known)
        for need in must.certifications:
            status = self.cert_status.get(cert_key(need.name))
            if status is None:
                unrecorded("certifications", np.ones(n, dtype=bool))
                continue
            failed |= (status >= 0) & (status < STATUS_RANK[need.status])
            unrecorded("certifications", status < 0)
        if must.languages:
            for code in must.languages:
                column = self.language_index.get(code)
                has = self.languages[:, column] if column is not None else np.zeros(n, dtype=bool)
                failed |= self.languages_known & ~has
            unrecorded("languages", ~self.languages_known)
        if must.open_weights:
            failed |= self.open_weights == 0
            unrecorded("open_weights", self.open_weights < 0)
        if must.provider_hq:
            failed |= ~np.isin(self.hq, sorted(expand_area(must.provider_hq)))
        if must.eu_control:
            failed |= self.eu_controlled == 0
            unrecorded("eu_control", self.eu_controlled < 0)
        missing_price = np.isnan(price)
        if must.max_price_eur is not None:
            with np.errstate(invalid="ignore"):
                failed |= price > must.max_price_eur
            unrecorded("max_price_eur", missing_price)
        if profile.price.if_unknown == "exclude":
            failed |= missing_price
        return failed, unknown


_CACHE: "weakref.WeakKeyDictionary[CatalogStore, tuple[object, CatalogColumns]]" = weakref.WeakKeyDictionary()
#: columns of catalog files, by (path, device, inode): the desktop app ranks on a new connection each time
_FILES: "OrderedDict[tuple[str, int, int], tuple[object, CatalogColumns]]" = OrderedDict()
#: how many catalog files keep their columns (the app has one; tests open many small ones)
FILES_KEPT = 2
_LOCK = threading.Lock()


def _file_key(store: CatalogStore) -> tuple[str, int, int] | None:
    """The catalog file's identity: a catalog replaced by another file (a restore, a rebuild) is a new inode."""
    if store.path is None:
        return None
    try:
        stat = os.stat(store.path)
    except OSError:
        return None
    return str(Path(store.path).resolve()), stat.st_dev, stat.st_ino


def columns_for(store: CatalogStore) -> CatalogColumns:
    """The columns of ``store``'s current catalog version, built on first use and cached until it changes.

    The cache follows the catalog file, not the connection: every ranking of the desktop app opens its
    own connection on a worker thread, and rebuilding 100,000 offerings' columns took seconds each time.
    ``store.changes`` grows with every write, through any connection, so a changed catalog is rebuilt
    (with the record count, in case a deleted catalog's inode is reused for a new file at the same path).
    """
    key = _file_key(store)
    version = store.changes if key is None else (store.changes, store.count())
    with _LOCK:
        cached = _CACHE.get(store) if key is None else _FILES.get(key)
    if cached is not None and cached[0] == version:
        return cached[1]
    columns = CatalogColumns.build(load_facts(store))
    with _LOCK:
        if key is None:
            _CACHE[store] = (version, columns)
        else:
            _FILES.pop(key, None)
            _FILES[key] = (version, columns)
            while len(_FILES) > FILES_KEPT:
                _FILES.popitem(last=False)
    return columns
