"""Ranking offerings against a buyer profile: off-topic offerings set apart, knock-outs with reasons, facts
kept to verify with the vendor, weighted criteria (those that do not apply share their weight), sensitivity.

:func:`rank_offerings` is the engine (columns prepared once per catalog version, profile applied as
vectorised masks and weighted sums, explanations written only for the rows shown or exported: a
per-offering loop is 35-50 times slower at 100,000 offerings). :func:`catalog.buyer._loop.rank_offerings_loop`
computes the same scores offering by offering; it is the benchmark baseline and the reference the tests
compare the engine with (identical scores and order).

Three sets, each offering in exactly one: **off topic** (none of the wanted capabilities, or a fit under the
profile's minimum, and not of a wanted kind of offering: counted apart, so Excluded stays readable),
**excluded** (a must-have failed, or not recorded where the profile excludes unknowns), **ranked**.

Meaning of each criterion: :mod:`catalog.buyer._criteria`; of each must-have: :mod:`catalog.buyer._knockouts`;
price methods, case law and like-with-like prices: :mod:`catalog.buyer._price`; capability words:
:mod:`catalog.buyer._capabilities`; weight sensitivity: :mod:`catalog.buyer._sensitivity`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from catalog.records import CatalogStore, Taxonomy, shipped_taxonomy
from catalog.text.messages import label, number, plural, text

from ._capabilities import WantedCapability, resolve_capabilities
from ._columns import CatalogColumns, columns_for
from ._criteria import STATIC_CRITERIA, Facts, applies, capability_fit, render, render_fit
from ._knockouts import comparable_price, excludes, knockouts, question, to_verify
from ._price import PriceContext, explain_price, price_basis, price_context, price_scores, price_warnings
from ._profile import CRITERIA, BuyerProfile
from ._rows import LazyRows, RankOrder, Records, record_loader
from ._sensitivity import SENSITIVITY_TOP, Sensitivity, weight_sensitivity


@dataclass(frozen=True)
class CriterionScore:
    criterion: str
    weight: float        # points out of 100 for this offering (a criterion that does not apply has 0)
    score: float         # 0..1
    explanation: str     # one sentence in the profile's language
    applicable: bool = True

    def to_json(self) -> dict:
        return {"criterion": self.criterion, "weight": round(self.weight, 2), "score": round(self.score, 4),
                "explanation": self.explanation, "applicable": self.applicable}


@dataclass(frozen=True)
class Verification:
    """A must-have whose fact the catalog does not record, kept to verify with the vendor."""

    must_have: str
    reason: str          # "supported languages not recorded (required: fr)"
    question: str        # what to ask the vendor in the consultation

    def to_json(self) -> dict:
        return {"must_have": self.must_have, "reason": self.reason, "question": self.question}


@dataclass(eq=False)
class ScoredOffering(Records):
    """One ranked offering: its score out of 100, the full breakdown, facts to verify, and warnings."""

    rank: int
    offering_id: str
    offering: str
    organisation_id: str
    organisation: str
    score: float
    breakdown: list[CriterionScore]
    warnings: list[str]
    to_verify: list[Verification]
    _loader: object = field(repr=False)
    _loaded: tuple | None = field(default=None, repr=False)

    def to_json(self) -> dict:
        return {"rank": self.rank, "offering_id": self.offering_id, "offering": self.offering,
                "organisation_id": self.organisation_id, "organisation": self.organisation,
                "score": round(self.score, 2), "breakdown": [c.to_json() for c in self.breakdown],
                "to_verify": [v.to_json() for v in self.to_verify], "warnings": list(self.warnings)}


@dataclass(eq=False)
class Exclusion(Records):
    """An offering removed by the knock-outs, with every reason in the profile's language."""

    offering_id: str
    offering: str
    organisation_id: str
    organisation: str
    reasons: list[str]
    reason_codes: list[str]
    _loader: object = field(repr=False)
    _loaded: tuple | None = field(default=None, repr=False)

    def to_json(self) -> dict:
        return {"offering_id": self.offering_id, "offering": self.offering, "organisation_id": self.organisation_id,
                "organisation": self.organisation, "reasons": list(self.reasons),
                "reason_codes": list(self.reason_codes)}


@dataclass(frozen=True)
class OffTopic:
    """An offering that matches none of the wanted capabilities (or too few): not ranked, not excluded."""

    offering_id: str
    offering: str
    organisation_id: str
    organisation: str
    fit: float
    reason: str

    def to_json(self) -> dict:
        return {"offering_id": self.offering_id, "offering": self.offering, "organisation_id": self.organisation_id,
                "organisation": self.organisation, "capability_fit": round(self.fit, 4), "reason": self.reason}


@dataclass
class Ranking:
    """The result of :func:`rank_offerings`."""

    profile: BuyerProfile
    ranked: LazyRows            # of ScoredOffering, best first (ties: offering id)
    excluded: LazyRows          # of Exclusion, by offering id
    off_topic: LazyRows         # of OffTopic, by offering id
    warnings: list[str]
    sensitivity: Sensitivity | None
    offerings: int              # offerings in the catalog
    price_key: str | None       # what the price criterion compares (see catalog.buyer._price.price_key)
    # rank order and the facts behind it, for :meth:`scored_facts` (no explanations, no records)
    _scored_facts: object = field(repr=False, compare=False)

    def scored_facts(self) -> list[tuple[Facts, float]]:
        """``(facts, score)`` of every eligible offering, in the order of ``ranked``.

        Builds no row of ``ranked``: no explanation sentences, no record read (100,000 rows in well
        under a second, where reading ``ranked`` takes many seconds). The scores equal the rows'.
        """
        return self._scored_facts()

    def to_json(self, top: int | None = None) -> dict:
        """The JSON of ``vivier match``: ``top`` limits ``ranked``; ``excluded`` and ``off_topic`` are complete."""
        shown = self.ranked if top is None else self.ranked[:top]
        return {"profile": self.profile.name, "language": self.profile.language,
                "weights": {c: round(p, 2) for c, p in self.profile.points.items()},
                "counts": {"offerings": self.offerings, "ranked": len(self.ranked), "excluded": len(self.excluded),
                           "off_topic": len(self.off_topic)},
                "price_compared": self.price_key,
                "ranked": [s.to_json() for s in shown], "excluded": [e.to_json() for e in self.excluded],
                "off_topic": [o.to_json() for o in self.off_topic], "warnings": list(self.warnings),
                "sensitivity": None if self.sensitivity is None else self.sensitivity.to_json()}


def wanted_capabilities(profile: BuyerProfile, taxonomy: Taxonomy | None, source: str | None
                        ) -> list[WantedCapability]:
    return resolve_capabilities(profile.capabilities, taxonomy or shipped_taxonomy(),
                                source=source or f"profile {profile.name!r}")


def rank_offerings(store: CatalogStore, profile: BuyerProfile, *, explain_top: int | None = None,
                   taxonomy: Taxonomy | None = None, source: str | None = None) -> Ranking:
    """Rank every offering of ``store`` against ``profile``.

    ``explain_top``: how many leading rows get their explanations and records read now (None: all);
    later rows are explained when read (from cached facts) and read their records from the store
    on first use, which needs the store still open, in the thread that opened it. ``taxonomy`` defaults to
    the shipped one; ``source`` names the profile in error messages. Raises :class:`ValidationError`
    naming ``capabilities[i]`` when a wanted word matches no capability.
    """
    wanted = wanted_capabilities(profile, taxonomy, source)
    columns = columns_for(store)
    fit = columns.capability_fit(wanted)
    off_topic = columns.off_topic(fit, profile)
    key = columns.price_key_for(profile, ~off_topic)
    price = columns.comparable_price(profile, key)
    failed, unknown = columns.knockouts(profile, price)
    excluded = (failed | unknown) & ~off_topic
    if profile.must_haves.max_price_eur is None:
        # without a price ceiling the knock-outs do not depend on the price: compare the prices most common
        # among the offerings that pass them (an excluded vendor's currency must not decide what is compared)
        passing = columns.price_key_for(profile, ~excluded & ~off_topic)
        if passing is not None and passing != key:
            key, price = passing, columns.comparable_price(profile, passing)
    candidates = np.flatnonzero(~excluded & ~off_topic)
    candidate_price = price[candidates]
    ctx = price_context(candidate_price[~np.isnan(candidate_price)], profile.price, key)
    matrix = _criteria_matrix(columns, fit, candidates, candidate_price, ctx)
    applicable = columns.applicable[candidates]
    scores = weighted_scores(matrix, applicable, profile)
    head = len(scores) if explain_top is None else max(explain_top, SENSITIVITY_TOP, 1)
    rows = _Rows(store, profile, columns.facts, candidates, RankOrder(scores, head), scores, matrix, applicable,
                 _Explainer(profile, wanted, ctx, key))
    excluded_rows, off_rows = np.flatnonzero(excluded), np.flatnonzero(off_topic)
    ranking = Ranking(
        profile, LazyRows(len(candidates), rows.scored),
        LazyRows(len(excluded_rows), lambda i: rows.exclusion(int(excluded_rows[i]))),
        LazyRows(len(off_rows), lambda i: rows.off_topic(int(off_rows[i]), float(fit[off_rows[i]]))),
        _price_warnings(columns, candidates, candidate_price, ctx, profile, key), rows.sensitivity(),
        len(columns.facts), key, _scored_facts=rows.scored_facts)
    for item in ranking.ranked[: len(candidates) if explain_top is None else explain_top]:
        item._load()
    return ranking


def _criteria_matrix(columns: CatalogColumns, fit: np.ndarray, candidates: np.ndarray,
                     candidate_price: np.ndarray, ctx: PriceContext | None) -> np.ndarray:
    """The (candidates × criteria) matrix of scores in [0, 1], columns in :data:`CRITERIA` order."""
    if not len(candidates):
        return np.zeros((0, len(CRITERIA)))
    known = ~np.isnan(candidate_price)
    price_column = np.zeros(len(candidates))
    if ctx is not None:
        price_column[known] = price_scores(candidate_price[known], ctx)
    return np.column_stack([fit[candidates], price_column, *(columns.static[c][candidates] for c in CRITERIA[2:])])


def weighted_scores(matrix: np.ndarray, applicable: np.ndarray, profile: BuyerProfile) -> np.ndarray:
    """Each candidate's score out of 100: the weighted sum of the criteria that apply to it, over the sum of
    their weights (a criterion that does not apply gives its weight to the others). 0 when none applies."""
    weights = [float(profile.weights.get(c, 0)) for c in CRITERIA]
    total = np.zeros(len(matrix))
    share = np.zeros(len(matrix))
    for j, weight in enumerate(weights):
        total = total + np.where(applicable[:, j], weight * matrix[:, j], 0.0)
        share = share + np.where(applicable[:, j], weight, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        # clipped: a weight shared over the others can round a perfect score to 100.00000000000001
        return np.clip(np.where(share > 0, total * (100.0 / share), 0.0), 0.0, 100.0)


def _price_warnings(columns: CatalogColumns, candidates: np.ndarray, candidate_price: np.ndarray,
                    ctx: PriceContext | None, profile: BuyerProfile, key: str | None) -> list[str]:
    """The ranking's price warnings, only when price carries weight."""
    if float(profile.weights.get("price", 0)) <= 0:
        return []
    known = ~np.isnan(candidate_price)
    priced = columns.price_key_code[candidates] >= 0
    other = ~known & priced if profile.price.basis == "unit_price" else np.zeros(len(known), dtype=bool)
    out = price_warnings(candidate_price[known], ctx, profile.price, profile.language,
                         unknown=int(np.count_nonzero(~known & ~other)))
    elsewhere = int(np.count_nonzero(other))
    if elsewhere:
        basis = price_basis(profile.price, profile.language, key)
        out.append(plural("pw.other_units", elsewhere, profile.language, basis=basis))
    return out


class _Rows:
    """The rows of one ranking, built when read: scored offerings, exclusions, off-topic offerings, sensitivity.

    ``candidates`` are rows of ``facts``; ``order``, ``scores``, ``matrix`` and ``applicable`` are indexed by
    position in ``candidates``.
    """

    def __init__(self, store: CatalogStore, profile: BuyerProfile, facts: Sequence[Facts], candidates: np.ndarray,
                 order: RankOrder, scores: np.ndarray, matrix: np.ndarray, applicable: np.ndarray,
                 explain: _Explainer):
        self.store, self.profile, self.facts, self.candidates = store, profile, facts, candidates
        self.order, self.scores, self.matrix, self.applicable, self.explain = order, scores, matrix, applicable, explain

    def _candidate(self, c: int) -> Facts:
        return self.facts[int(self.candidates[c])]

    def scored(self, i: int) -> ScoredOffering:
        c = self.order[i]
        f = self._candidate(c)
        explain, points = self.explain, self._points(c)
        breakdown = [CriterionScore(crit, points[j], float(self.matrix[c, j]), explain.criterion(crit, f),
                                    bool(self.applicable[c, j])) for j, crit in enumerate(CRITERIA)]
        verify = explain.to_verify(f)
        return ScoredOffering(
            rank=i + 1, offering_id=f.id, offering=f.name, organisation_id=f.organisation_id,
            organisation=f.organisation, score=float(self.scores[c]), breakdown=breakdown,
            warnings=explain.warnings(f, verify), to_verify=verify,
            _loader=record_loader(self.store, f.id, f.organisation_id))

    def _points(self, c: int) -> list[float]:
        """Each criterion's points out of 100 for candidate ``c`` (criteria that do not apply: 0)."""
        weights = [float(self.profile.weights.get(crit, 0)) if self.applicable[c, j] else 0.0
                   for j, crit in enumerate(CRITERIA)]
        share = sum(weights)
        return [100.0 * w / share if share else 0.0 for w in weights]

    def exclusion(self, row: int) -> Exclusion:
        f, profile = self.facts[row], self.profile
        outcomes = [o for o in knockouts(f, profile, self.explain.key) if excludes(o[0], profile)]
        return Exclusion(f.id, f.name, f.organisation_id, f.organisation,
                         reasons=[text(key, profile.language, **values) for _code, key, values in outcomes],
                         reason_codes=[code for code, _key, _values in outcomes],
                         _loader=record_loader(self.store, f.id, f.organisation_id))

    def off_topic(self, row: int, fit: float) -> OffTopic:
        f, lang, minimum = self.facts[row], self.profile.language, self.profile.min_capability_fit
        reason = (text("offtopic.below", lang, fit=number(round(100 * fit), lang), minimum=number(100 * minimum, lang))
                  if fit > 0 else text("offtopic.none", lang))
        return OffTopic(f.id, f.name, f.organisation_id, f.organisation, fit, reason)

    def sensitivity(self) -> Sensitivity | None:
        """Weight stability of first place. A criterion that does not apply to an offering counts, at the
        current weights, as that offering's own average (which is what sharing its weight amounts to)."""
        if not len(self.candidates):
            return None
        effective = np.where(self.applicable, self.matrix, self.scores[:, None] / 100.0)
        top = [self.order[i] for i in range(min(SENSITIVITY_TOP, len(self.candidates)))]
        return weight_sensitivity(effective, self.scores, self.profile.points, leader=top[0], top=top,
                                  id_of=lambda c: self._candidate(c).id)

    def scored_facts(self) -> list[tuple[Facts, float]]:
        rows = [self.order[i] for i in range(len(self.candidates))]
        return [(self._candidate(c), float(self.scores[c])) for c in rows]


class _Explainer:
    """Builds the sentences of one row from its facts (only for rows that are read)."""

    def __init__(self, profile: BuyerProfile, wanted: list[WantedCapability], ctx: PriceContext | None,
                 key: str | None):
        self.profile, self.wanted, self.ctx, self.key = profile, wanted, ctx, key
        self.language = profile.language

    def criterion(self, criterion: str, f: Facts) -> str:
        if not applies(criterion, f.kind):
            sentence = text("na.criterion", self.language, kind=label("okind", f.kind, self.language))
        else:
            sentence = self._sentence(criterion, f)
        return sentence[:1].upper() + sentence[1:]

    def _sentence(self, criterion: str, f: Facts) -> str:
        parts: list = []
        if criterion == "capability_fit":
            capability_fit(f, self.wanted, parts)
            return render_fit(parts, len(self.wanted), self.language)
        if criterion == "price":
            price = comparable_price(f, self.profile.price, self.key)
            return explain_price(price, self.ctx, self.profile.price, self.language)
        STATIC_CRITERIA[criterion](f, parts)
        return render(parts, self.language)

    def to_verify(self, f: Facts) -> list[Verification]:
        lang = self.language
        return [Verification(code.split(":")[0], text(key, lang, **values), question((code, key, values), lang))
                for code, key, values in to_verify(knockouts(f, self.profile, self.key), self.profile)]

    def warnings(self, f: Facts, verify: list[Verification]) -> list[str]:
        out = [text("verify.badge", self.language, value=v.reason) for v in verify]
        if self.profile.weights.get("price", 0) > 0 and comparable_price(f, self.profile.price, self.key) is None:
            other = self.profile.price.basis == "unit_price" and f.price_key is not None
            out.append(text("price.warn.other_unit" if other else "price.warn.unknown", self.language))
        return out


__all__ = ["CRITERIA", "CriterionScore", "Exclusion", "OffTopic", "Ranking", "ScoredOffering", "Verification",
           "rank_offerings", "weighted_scores"]
