"""Rank: a 5-capability buyer profile over the synthetic catalog with ``catalog.buyer._ranking.rank_offerings``,
against ``catalog.buyer._ranking.rank_offerings_loop`` (a plain per-offering Python loop computing the same
criteria from the same prepared facts). Target (issue 9): ≤ 0.5 s at 100k and ≥ 10× faster than the loop.

Both are timed after a warm-up, so the per-catalog-version preparation is not counted; the app shows
the first screen, so Vivier explains the top 20 rows (the loop explains none). The two rankings must
agree (same order and scores) or the benchmark fails.
"""

from __future__ import annotations

import importlib.util
import json
import sys

from catalog.records import CatalogStore, load_taxonomy

from .harness import Context, Row, measure, missing_rows, speed_rows

NAME = "rank"
METRICS = ("rank a 5-capability profile",)
AT_MOST = 0.5
MIN_SPEEDUP = 10.0
#: rows the ranking page explains at once
EXPLAIN_TOP = 20


def available() -> bool:
    if importlib.util.find_spec("catalog.buyer") is None:
        return False
    import catalog.buyer as buyer

    return "rank_offerings" in dir(buyer) and "rank_offerings_loop" in dir(buyer)


def benchmark_profile(taxonomy_path):
    """A buyer profile wanting five capabilities of the taxonomy, named by their French labels."""
    from catalog.buyer import parse_buyer_profile

    concepts = json.loads(taxonomy_path.read_text(encoding="utf-8"))["capabilities"]
    step = max(1, len(concepts) // 5)
    words = [c["label"]["fr"] for c in concepts[::step][:5]]
    return parse_buyer_profile({"schema": "vivier.buyer-profile/1", "name": "benchmark", "language": "fr",
                                "capabilities": words}, source="benchmark")


def run(context: Context) -> list[Row]:
    if not available():
        return missing_rows(sys.modules[__name__])
    from catalog.buyer import rank_offerings, rank_offerings_loop

    catalog = context.catalog()
    taxonomy = load_taxonomy(catalog.taxonomy_path)
    profile = benchmark_profile(catalog.taxonomy_path)
    with CatalogStore.open(catalog.db_path) as store:
        fast = measure(lambda: rank_offerings(store, profile, taxonomy=taxonomy, explain_top=EXPLAIN_TOP),
                       repeat=context.repeat)
        loop = measure(lambda: rank_offerings_loop(store, profile, taxonomy=taxonomy), repeat=context.repeat)
        ranking = rank_offerings(store, profile, taxonomy=taxonomy, explain_top=EXPLAIN_TOP)
        baseline = rank_offerings_loop(store, profile, taxonomy=taxonomy)
        ours = [(s.offering_id, round(s.score, 6)) for s in ranking.ranked[:100]]
        theirs = [(oid, round(score, 6)) for oid, score in baseline.ranked[:100]]
        if ours != theirs or len(ranking.ranked) != len(baseline.ranked):
            raise RuntimeError("rank_offerings and rank_offerings_loop disagree on the ranking")
    return [speed_rows(NAME, f"{METRICS[0]} over {catalog.offerings:,} offerings vs per-offering loop",
                       fast, loop, at_most=AT_MOST, min_speedup=MIN_SPEEDUP)]
