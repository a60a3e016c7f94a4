"""Search: latency per keystroke while typing, and recall@10 on queries with typos and missing accents.

Baselines, measured on the same catalog in the same run:
(a) FTS5 alone: the prefix query over the catalog's FTS index (every word required), top 20 by bm25;
(b) a rapidfuzz full scan: ``process.extract`` with WRatio over every accent-folded name (organisations and
    offerings), the query folded the same way, top 20.
Targets (issue 9): p95 ≤ 20 ms at 100k, ≥ 5× faster than the full scan, recall@10 ≥ the full scan's.
"""

from __future__ import annotations

import random

from rapidfuzz import fuzz, process

from catalog.records import CatalogStore, SearchIndex, fts_query, search
from catalog.text.folding import fold_words

from .harness import Context, Row, Timing, percentile, seconds, speed_rows, yes_no

NAME = "search"
METRICS = (
    "p50 per keystroke",
    "p95 per keystroke",
    "p95 per keystroke vs FTS5 alone",
    "recall@10, typos + missing accents",
    "recall@10 vs FTS5 alone",
)
#: results a search-as-you-type list asks for on each keystroke (the first screen)
LIMIT = 20
RECALL_QUERIES = 60
P95_TARGET = 0.020
MIN_SPEEDUP = 5.0
#: generic queries a buyer types (French and English), beside names taken from the catalog
GENERIC_QUERIES = ["traduction automatique", "speech to text", "hébergement souverain", "assistant juridique",
                   "reconnaissance vocale"]


def typing_queries(names: list[str], *, seed: int) -> list[str]:
    """Realistic queries: generic needs plus organisation and offering names (some partial), as typed."""
    rng = random.Random(seed)
    picked = rng.sample(names, min(len(names), 6))
    # people type the start of a name and stop once the list shows it
    return GENERIC_QUERIES + [p if i % 2 else " ".join(p.split()[:1]) for i, p in enumerate(picked)]


def keystrokes(queries: list[str]) -> list[str]:
    """Every prefix of every query, as the text box holds it after each key press."""
    return [q[:i] for q in queries for i in range(1, len(q) + 1) if fold_words(q[:i])]


def _typo(word: str, rng: random.Random) -> str:
    """One realistic slip in ``word``: a letter dropped, doubled, swapped with its neighbour, or replaced."""
    i = rng.randrange(1, len(word) - 1)
    slip = rng.choice(("drop", "double", "swap", "replace"))
    if slip == "drop":
        return word[:i] + word[i + 1:]
    if slip == "double":
        return word[:i] + word[i] + word[i:]
    if slip == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + rng.choice("aeioustrnl") + word[i + 1:]


def typo_queries(ids: list[str], names: list[str], *, seed: int, count: int) -> list[tuple[str, str]]:
    """``(query, target id)`` pairs: a record's name folded (accents gone) with a typo in one word.

    Names with accents are preferred for half of the queries, so missing accents are measured too.
    """
    rng = random.Random(seed + 1)
    order = list(range(len(names)))
    rng.shuffle(order)
    accented = [i for i in order if fold_words(names[i]) != names[i].lower() and len(names[i]) >= 8]
    plain = [i for i in order if len(names[i]) >= 8]
    chosen = list(dict.fromkeys(accented[: count // 2] + plain))[:count]
    pairs = []
    for i in chosen:
        words = fold_words(names[i]).split()
        long_words = [k for k, w in enumerate(words) if len(w) >= 4]
        if long_words:
            k = rng.choice(long_words)
            words[k] = _typo(words[k], rng)
        pairs.append((" ".join(words), ids[i]))
    return pairs


def _time_each(fn, inputs: list[str], repeat: int) -> Timing:
    """Seconds per call of ``fn`` on each input, over ``repeat`` passes after one untimed warm-up pass."""
    import time

    for text in inputs[: max(1, len(inputs) // 10)]:
        fn(text)
    samples = []
    for _ in range(max(1, repeat)):
        for text in inputs:
            start = time.perf_counter()
            fn(text)
            samples.append(time.perf_counter() - start)
    return Timing(tuple(samples))


def _recall_row(metric: str, ours: float, theirs: float, *, target: bool, n: int) -> Row:
    ratio = f"{ours / theirs:.2f}×" if theirs else "-"
    return Row(NAME, metric, f"{ours:.2f}", f"{theirs:.2f}", ratio, "≥ baseline" if target else "-",
               yes_no(ours >= theirs) if target else "-",
               values={"vivier": ours, "baseline": theirs, "queries": n})


def run(context: Context) -> list[Row]:
    catalog = context.catalog()
    with CatalogStore.open(catalog.db_path) as store:
        index = SearchIndex(store)
        names = index.folded_names

        def vivier(text: str):
            return search(store, text, limit=LIMIT, index=index)

        def fts_alone(text: str):
            return store.fts_candidates(fts_query(fold_words(text).split()), limit=LIMIT)

        def full_scan(text: str):
            return process.extract(fold_words(text), names, scorer=fuzz.WRatio, processor=None, limit=LIMIT)

        typed = keystrokes(typing_queries(index.names, seed=context.seed))
        context.log(f"search: {len(typed)} keystrokes × {context.repeat} (Vivier, FTS5, full scan)")
        ours = _time_each(vivier, typed, context.repeat)
        fts = _time_each(fts_alone, typed, context.repeat)
        scan = _time_each(full_scan, typed, context.repeat)

        pairs = typo_queries(index.ids, index.names, seed=context.seed, count=RECALL_QUERIES)
        found = {"vivier": 0, "fts": 0, "scan": 0}
        for query, target in pairs:
            found["vivier"] += target in {h.id for h in search(store, query, limit=10, index=index)}
            found["fts"] += target in {c[0] for c in store.fts_candidates(fts_query(query.split()), limit=10)}
            found["scan"] += target in {index.ids[m[2]] for m in process.extract(
                query, names, scorer=fuzz.WRatio, processor=None, limit=10)}
        recall = {k: v / len(pairs) for k, v in found.items()}

    label = f" ({len(typed)} keys, {catalog.records:,} records)"
    p50 = speed_rows(NAME, METRICS[0] + label + " vs full scan", ours, scan, at_most=None, stat="median")
    p95 = speed_rows(NAME, METRICS[1] + label + " vs full scan", ours, scan, at_most=P95_TARGET,
                     min_speedup=MIN_SPEEDUP, stat="p95")
    versus_fts = Row(NAME, METRICS[2], seconds(ours.p95), seconds(fts.p95), f"{ours.p95 / fts.p95:.2f}× its time",
                     values={"vivier_s": ours.p95, "baseline_s": fts.p95,
                             "fts_p50_s": fts.median, "fts_max_s": percentile(fts.samples, 100)})
    return [
        p50, p95, versus_fts,
        _recall_row(f"{METRICS[3]} ({len(pairs)} queries) vs full scan", recall["vivier"], recall["scan"],
                    target=True, n=len(pairs)),
        _recall_row(METRICS[4], recall["vivier"], recall["fts"], target=False, n=len(pairs)),
    ]
