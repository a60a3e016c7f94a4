"""Catalog search: FTS5 prefix candidates re-ranked by rapidfuzz, with a typo fallback over names.

Accent- and case-insensitive in French and English: records carry an accent-folded ``search_text``
(see :mod:`catalog.textutil`), queries are folded the same way. The pipeline, designed for 100,000
records on 2 cores (ecosystem notes §5–6):

1. FTS5 prefix query over the folded text, every word required (``"res"* "ia"*``); if that finds too
   little, any word. bm25 weights names ten times the rest.
2. rapidfuzz re-ranks only those candidates against names and aliases.
3. When the words match nothing (typos: "mistrall"), ``process.cdist`` with the fast ``ratio``
   scorer scans every folded name without holding the GIL, and the best few hundred are re-ranked.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from .store import CatalogStore
from .textutil import fold, fold_words

#: candidates fetched from FTS5 before re-ranking; enough for any realistic query's first screen
FTS_CANDIDATES = 400
#: names kept from the typo scan for re-ranking
TYPO_CANDIDATES = 200
#: below this WRatio (0-100) a typo-scan name is not a plausible match
TYPO_CUTOFF = 60
#: score of a record whose text (not name) contains every word: below a good name match, above noise
TEXT_MATCH_SCORE = 72.0
#: kinds users most often look for come first on equal scores
KIND_ORDER = {"organisation": 0, "offering": 1, "programme": 2, "marketplace": 3, "listing": 4}


@dataclass(frozen=True)
class Hit:
    id: str
    kind: str
    name: str
    score: float

    def to_json(self) -> dict:
        return {"id": self.id, "kind": self.kind, "name": self.name, "score": round(self.score, 1)}


def fts_query(words: list[str], *, any_word: bool = False) -> str:
    """An FTS5 MATCH expression of quoted prefix terms; user text never reaches FTS syntax unquoted."""
    terms = [f'"{w.replace(chr(34), chr(34) * 2)}"*' for w in words]
    return (" OR " if any_word else " ").join(terms)


class SearchIndex:
    """Folded names of every record, loaded once per catalog version for the typo scan."""

    def __init__(self, store: CatalogStore):
        self.store = store
        self.version = -1
        self._load()

    def _load(self) -> None:
        rows = list(self.store.rows())
        self.ids = [r[0] for r in rows]
        self.kinds = [r[1] for r in rows]
        self.kind_array = np.array(self.kinds, dtype=object)
        self.names = [r[2] for r in rows]
        self.folded_names = [fold_words(r[2]) for r in rows]
        self.position = {rid: i for i, rid in enumerate(self.ids)}
        self.version = self.store.changes

    def refresh(self) -> None:
        if self.store.changes != self.version:
            self._load()


def _name_score(query: str, name: str) -> float:
    score = fuzz.WRatio(query, name, processor=None)
    if name.startswith(query):
        score = max(score, 95.0)
    if name == query:
        score = 100.0
    return score


def search(store: CatalogStore, query: str, *, kind: str | None = None, limit: int = 20,
           index: SearchIndex | None = None) -> list[Hit]:
    """Find records whose name, aliases or text match ``query``, best first.

    ``kind`` restricts to one record kind; ``index`` (a :class:`SearchIndex`) is reused across calls
    by interactive callers. An empty query returns no hits.
    """
    q = fold_words(query)
    words = q.split()
    if not words:
        return []
    candidates = store.fts_candidates(fts_query(words), kind=kind, limit=FTS_CANDIDATES)
    if len(candidates) < limit and len(words) > 1:
        seen = {c[0] for c in candidates}
        candidates += [c for c in store.fts_candidates(fts_query(words, any_word=True), kind=kind,
                                                        limit=FTS_CANDIDATES) if c[0] not in seen]
    scored: dict[str, tuple[float, str, str]] = {}
    all_words = set(words)
    for position, (rid, rkind, name, text, _rank) in enumerate(candidates):
        folded_name = fold_words(name)
        score = _name_score(q, folded_name)
        text_words = set(text.split())
        if all(any(t.startswith(w) for t in text_words) for w in all_words):
            # every word found in the text: a real match even when the name differs
            score = max(score, TEXT_MATCH_SCORE - min(8.0, position * 0.02))
        else:
            score *= 0.85
        scored[rid] = (score, rkind, name)

    best = max((s[0] for s in scored.values()), default=0.0)
    if best < 85.0:
        _typo_scan(store, q, kind, scored, index)

    ordered = sorted(
        scored.items(),
        key=lambda item: (-round(item[1][0], 1), KIND_ORDER.get(item[1][1], 9),
                          abs(len(fold_words(item[1][2])) - len(q)), item[1][2]),
    )
    return [Hit(rid, rkind, name, score) for rid, (score, rkind, name) in ordered[:limit]]


def _typo_scan(store: CatalogStore, q: str, kind: str | None, scored: dict, index: SearchIndex | None) -> None:
    """Typo-tolerant scan over every folded name (GIL-free ``cdist``), then WRatio on the best few."""
    if index is None:
        index = SearchIndex(store)
    else:
        index.refresh()
    if not index.ids:
        return
    # partial_ratio would saturate on short queries; ratio in uint8 scans 100k names in ~1 ms
    raw = process.cdist([q], index.folded_names, scorer=fuzz.ratio, dtype=np.uint8, workers=1)[0]
    if kind is not None:
        raw = np.where(index.kind_array == kind, raw, 0).astype(np.uint8)
    top = min(TYPO_CANDIDATES, len(raw))
    best = np.argpartition(-raw.astype(np.int16), top - 1)[:top]
    for i in best:
        i = int(i)
        if kind is not None and index.kinds[i] != kind:
            continue
        rid = index.ids[i]
        score = fuzz.WRatio(q, index.folded_names[i], processor=None, score_cutoff=TYPO_CUTOFF)
        if score and score * 0.95 > scored.get(rid, (0.0,))[0]:
            scored[rid] = (score * 0.95, index.kinds[i], index.names[i])


__all__ = ["Hit", "SearchIndex", "search", "fts_query", "fold"]
