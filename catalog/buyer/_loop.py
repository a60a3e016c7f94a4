"""The ranking computed offering by offering in plain Python: the benchmark baseline, and the reference the
tests compare :func:`catalog.buyer._ranking.rank_offerings` with (same off-topic set, same exclusions, identical
scores and order)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from catalog.records import CatalogStore, Taxonomy

from ._columns import columns_for
from ._criteria import STATIC_CRITERIA, applies, capability_fit
from ._knockouts import comparable_price, excluded_by, knockouts
from ._price import choose_price_key, price_context, price_score
from ._profile import CRITERIA, BuyerProfile
from ._ranking import wanted_capabilities


@dataclass
class LoopRanking:
    """What :func:`rank_offerings_loop` returns: ``(offering id, score)`` best first, excluded and off-topic ids."""

    ranked: list[tuple[str, float]]
    excluded: list[str]
    off_topic: list[str]


def rank_offerings_loop(store: CatalogStore, profile: BuyerProfile, *, taxonomy: Taxonomy | None = None) -> LoopRanking:
    """The same ranking as :func:`rank_offerings`, computed offering by offering in plain Python.

    It reads the same prepared facts (so neither side pays for parsing records) and computes every
    knock-out and criterion per offering, without explanations.
    """
    wanted = wanted_capabilities(profile, taxonomy, None)
    settings = profile.price
    on_topic, off_topic = [], []
    for f in columns_for(store).facts:
        fit = capability_fit(f, wanted)
        if profile.min_capability_fit > 0:
            low = fit < profile.min_capability_fit
        else:
            low = fit <= 0 and f.kind not in profile.offering_kinds
        if low:
            off_topic.append(f.id)
        else:
            on_topic.append((f, fit))
    key = None
    if settings.basis == "unit_price":
        key = choose_price_key(Counter(f.price_key for f, _fit in on_topic if f.price_key), settings)
    passing, excluded = [], []
    for f, fit in on_topic:
        if excluded_by(knockouts(f, profile, key), profile):
            excluded.append(f.id)
        else:
            passing.append((f, fit))
    if settings.basis == "unit_price" and profile.must_haves.max_price_eur is None:
        # the prices compared are the most common among the offerings that pass the must-haves
        key = choose_price_key(Counter(f.price_key for f, _fit in passing if f.price_key), settings) or key
    candidates = [(f, fit, comparable_price(f, settings, key)) for f, fit in passing]
    ctx = price_context([p for _f, _fit, p in candidates if p is not None], settings, key)
    weights = [float(profile.weights.get(c, 0)) for c in CRITERIA]
    ranked = []
    for f, fit, p in candidates:
        scores = [fit, 0.0 if p is None or ctx is None else price_score(p, ctx)]
        scores += [STATIC_CRITERIA[c](f) for c in CRITERIA[2:]]
        total = share = 0.0
        for criterion, weight, score in zip(CRITERIA, weights, scores):
            if applies(criterion, f.kind):
                total += weight * score
                share += weight
        ranked.append((f.id, min(100.0, max(0.0, total * (100.0 / share))) if share > 0 else 0.0))
    ranked.sort(key=lambda item: (-item[1], item[0]))
    return LoopRanking(ranked, excluded, off_topic)


__all__ = ["LoopRanking", "rank_offerings_loop"]
