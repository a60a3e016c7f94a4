"""Shortlist: the optimal compliant shortlist (K = 30, four required quota rules, one offering per
organisation) over every offering of the synthetic catalog with ``build_shortlist``. Target (issue 9):
≤ 0.2 s at 100k, and exact.

Exactness is checked against an exhaustive search over every K-subset on the sizes where that finishes
(instances of 33 candidates: C(33, 30) = 5,456 subsets), timed side by side. Scores are deterministic
pseudo-random numbers: the optimiser's input is "eligible scored offerings", wherever the scores come from.
"""

from __future__ import annotations

import random
import sys
import time
from itertools import combinations

import numpy as np

from catalog.records import CatalogStore

from .harness import Context, Row, Timing, measure, missing_rows, seconds, speed_rows, yes_no

NAME = "shortlist"
METRICS = ("optimal compliant shortlist, K=30, 4 rules", "exact vs exhaustive search")
SIZE = 30
AT_MOST = 0.2
#: candidates of an exhaustively searched instance: C(33, 30) subsets finish in about a second
EXHAUSTIVE_N = 33
EXHAUSTIVE_INSTANCES = 5
RULES = [
    {"label": "SMEs or startups: at least 40%",
     "predicate": {"any": [{"size_class_in": ["micro", "small", "medium"]}, {"startup": True}]},
     "bound": {"min_share": 0.4}},
    {"label": "EU headquarters: at least 80%", "predicate": {"hq_region": "EU"}, "bound": {"min_share": 0.8}},
    {"label": "open weights: at least 3", "predicate": {"open_weights": True}, "bound": {"min_count": 3}},
    {"label": "French headquarters: at most 50%", "predicate": {"hq_country_in": ["FR"]}, "bound": {"max_share": 0.5}},
]


def shortlist_builder():
    """``catalog.quotas.build_shortlist`` once it has landed, else ``None``."""
    import catalog.quotas as quotas

    return getattr(quotas, "build_shortlist", None)


def candidates_of(store: CatalogStore, *, seed: int) -> list:
    from catalog.quotas import candidate_from_records

    rng = random.Random(seed)
    organisations = {r["id"]: r for r in store.records("organisation")}
    return [candidate_from_records(o, organisations[o["organisation_id"]], round(rng.uniform(20.0, 95.0), 2))
            for o in store.records("offering")]


def exhaustive_total(candidates: list, rules: list, size: int) -> float | None:
    """The best total score of a ``size``-subset meeting every rule, one per organisation, by trying them all."""
    from catalog.quotas import FactTable

    table = FactTable(candidates)
    satisfied = np.array([table.satisfies(r.predicate) for r in rules], dtype=np.int64)
    scores = np.array([c.score for c in candidates])
    organisations = np.unique([c.organisation_id for c in candidates], return_inverse=True)[1]
    subsets = np.array(list(combinations(range(len(candidates)), size)))
    counts = satisfied[:, subsets].sum(axis=2)
    ok = np.ones(len(subsets), dtype=bool)
    for rule, count in zip(rules, counts):
        target = rule.target_count(size)
        ok &= count <= target if rule.bound == "max_share" else count >= target
    orgs = np.sort(organisations[subsets], axis=1)
    ok &= (np.diff(orgs, axis=1) != 0).all(axis=1)
    if not ok.any():
        return None
    return float(scores[subsets[ok]].sum(axis=1).max())


def _instance(pool: list, rng: random.Random) -> list:
    """33 candidates of distinct organisations, five with open weights so the rules can be met."""
    by_org = {}
    for c in rng.sample(pool, min(len(pool), 400)):
        by_org.setdefault(c.organisation_id, c)
    chosen = [c for c in by_org.values() if c.open_weights][:5]
    rest = [c for c in by_org.values() if not c.open_weights]
    return chosen + rest[: EXHAUSTIVE_N - len(chosen)]


def run(context: Context) -> list[Row]:
    build_shortlist = shortlist_builder()
    if build_shortlist is None:
        return missing_rows(sys.modules[__name__])
    from catalog.quotas import parse_rules

    rules = parse_rules(RULES)
    catalog = context.catalog()
    with CatalogStore.open(catalog.db_path) as store:
        candidates = candidates_of(store, seed=context.seed)
    timing = measure(lambda: build_shortlist(candidates, rules, size=SIZE), repeat=context.repeat)
    result = build_shortlist(candidates, rules, size=SIZE)
    if result.infeasible:
        raise RuntimeError(f"the benchmark's rules cannot be met on this catalog: {result.infeasible}")
    full = Row(NAME, f"{METRICS[0]} over {len(candidates):,} offerings", seconds(timing.median), "-", "-",
               f"≤ {seconds(AT_MOST)}", yes_no(timing.median <= AT_MOST),
               values={"vivier_s": timing.median, "vivier_samples": list(timing.samples),
                       "total_score": result.total_score})

    rng = random.Random(context.seed + 2)
    ours, theirs, exact = [], [], True
    for _ in range(EXHAUSTIVE_INSTANCES):
        instance = _instance(candidates, rng)
        start = time.perf_counter()
        built = build_shortlist(instance, rules, size=SIZE)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        best = exhaustive_total(instance, rules, built.size)
        theirs.append(time.perf_counter() - start)
        if best is None:
            exact &= built.total_score is None
        else:
            exact &= built.total_score is not None and abs(built.total_score - best) <= 1e-6
    check = speed_rows(NAME, f"{METRICS[1]} ({EXHAUSTIVE_INSTANCES} instances of {EXHAUSTIVE_N})",
                       Timing(tuple(ours)), Timing(tuple(theirs)), at_most=None)
    check.target, check.met = "same total score", yes_no(exact)
    return [full, check]
