"""Catalog search: FTS5 prefix candidates re-ranked by rapidfuzz, with a typo fallback over name words.

Accent- and case-insensitive in French and English: records carry an accent-folded ``search_text``
(see :mod:`catalog.text.folding`), queries are folded the same way. The pipeline, designed for 100,000
records on 2 cores (rapidfuzz's default processor keeps accents, so names are folded once, and
``extract`` over all 100,000 names per keystroke is too slow; hence candidates first):

1. FTS5 prefix query over the folded text, every word required (``"res"* "ia"*``); if that finds too
   little, any word. bm25 weights names ten times the rest. Ranking costs time in proportion to every
   match, so an unselective query (more than :data:`FTS_CANDIDATES` matches, as "tra" has by the ten
   thousand in a 100,000-record catalog) ranks its name matches only and takes text matches unranked.
   Words shorter than :data:`MIN_FTS_WORD` filter the candidates instead of reaching FTS5, and a query
   made only of such words ("m", "mi") is answered from the index of name words when the caller keeps
   a :class:`SearchIndex`, as interactive search does.
2. Only those candidates are re-ranked, by how well the query's words match the words of the name
   (a word typed so far matches as a prefix) and how close the whole name is.
3. When no name matches well (typos: "mistrall"), each query word is compared with the vocabulary of
   name words using ``process.cdist`` (GIL-free), and the records holding the closest words are
   re-ranked the same way. The vocabulary is far smaller than the catalog, so this stays fast.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from catalog.text.folding import fold, fold_words

from ._schema import KIND_ORDER
from ._store import CatalogStore

#: candidates fetched from FTS5 before re-ranking; enough for any realistic query's first screen
FTS_CANDIDATES = 400
#: query words shorter than this do not reach FTS5: merging the postings of every word starting with
#: "s" took 80-600 ms at 100,000 records (benchmarks/bench_search.py), and one letter selects little
MIN_FTS_WORD = 3
#: similar vocabulary words kept per query word in the typo fallback
TYPO_WORDS = 12
#: a vocabulary word this similar (rapidfuzz ratio, 0-100) to a query word may be a typo of it:
#: "mistrall"/"mistral" score 93, "reseau"/"reseaux" 92, unrelated short words stay below 70
TYPO_WORD_CUTOFF = 70
#: records re-ranked from the typo fallback at most
TYPO_RECORDS = 2_000
#: a name scoring below this leaves room for the typo fallback to find better names
GOOD_NAME = 85.0
#: score of a record whose text (not name) contains every word: below a good name match, above noise
TEXT_MATCH_SCORE = 72.0
#: share of the name score that comes from word-by-word matching; the rest is whole-name similarity,
#: which prefers "Mistral AI" to "Mistral Medium 3" for "mistrall"
WORD_SHARE = 0.8
#: below this a hit is noise (an unrelated name that shares a few letters), not a result
MIN_SCORE = 50.0
#: kinds users most often look for come first on equal scores


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
    """Folded names and their word vocabulary, loaded once per catalog version for the typo fallback."""

    def __init__(self, store: CatalogStore):
        self.store = store
        self.version = -1
        self._load()

    def _load(self) -> None:
        rows = list(self.store.rows())
        self.ids = [r[0] for r in rows]
        self.kinds = [r[1] for r in rows]
        self.names = [r[2] for r in rows]
        self.folded_names = [fold_words(r[2]) for r in rows]
        self.folded_name_of = dict(zip(self.ids, self.folded_names))
        records_of: dict[str, list[int]] = {}
        for i, name in enumerate(self.folded_names):
            for word in set(name.split()):
                records_of.setdefault(word, []).append(i)
        self.vocabulary = list(records_of)
        self.sorted_vocabulary = sorted(records_of)
        self.records_of = records_of
        self.kind_array = np.array(self.kinds, dtype=str)
        self.kind_rank = np.array([KIND_ORDER.get(k, 9) for k in self.kinds], dtype=np.int32)
        self.name_length = np.array([len(n) for n in self.names], dtype=np.int32)
        self.version = self.store.changes

    def refresh(self) -> None:
        if self.store.changes != self.version:
            self._load()


def name_score(query: str, name: str) -> float:
    """How well a folded query matches a folded name, 0-100.

    Each query word takes its best name word (100 when it is a prefix of it, as while typing; else
    rapidfuzz ``ratio``); the mean of those is blended with the whole-name similarity (spaces
    ignored, so "agrifood tef" meets "agrifoodTEF").
    """
    if not query or not name:
        return 0.0
    compact_q, compact_n = query.replace(" ", ""), name.replace(" ", "")
    if compact_q == compact_n:
        return 100.0
    name_words = name.split()
    per_word = []
    for qw in query.split():
        best = 0.0
        for nw in name_words:
            best = 100.0 if nw.startswith(qw) else max(best, fuzz.ratio(qw, nw))
            if best == 100.0:
                break
        per_word.append(best)
    whole = fuzz.ratio(query, name)
    if name.startswith(query):
        whole = max(whole, 90.0)
    if len(per_word) > len(name_words):  # the user split a word the name writes as one
        whole = max(whole, fuzz.ratio(compact_q, compact_n), 90.0 if compact_n.startswith(compact_q) else 0.0)
    return WORD_SHARE * (sum(per_word) / len(per_word)) + (1 - WORD_SHARE) * whole


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
    long_words = [w for w in words if len(w) >= MIN_FTS_WORD]
    if not long_words and index is not None:
        index.refresh()
        candidates = _name_prefix_candidates(q, words, kind, index)
        every_word_found = bool(candidates)
    else:
        fts_words = long_words or words
        candidates = _fts_candidates(store, fts_query(fts_words), fts_words, words, kind)
        every_word_found = bool(candidates)
        if len(candidates) < limit and len(fts_words) > 1:
            seen = {c[0] for c in candidates}
            candidates += [c for c in _fts_candidates(store, fts_query(fts_words, any_word=True), fts_words, words,
                                                      kind, rank_names=not every_word_found)
                           if c[0] not in seen]
    scored: dict[str, tuple[float, str, str]] = {}
    starts = _word_starts(words)
    folded_name_of = index.folded_name_of if index is not None and index.version == store.changes else {}
    for position, (rid, rkind, name, text, _rank) in enumerate(candidates):
        folded = folded_name_of.get(rid)
        score = name_score(q, folded if folded is not None else fold_words(name))
        if all(p.search(text) for p in starts):
            # every word found in the text: a real match even when the name differs
            score = max(score, TEXT_MATCH_SCORE - min(8.0, position * 0.02))
        scored[rid] = (score, rkind, name)

    # a word that matched nothing is probably misspelt, even when the other words found good names
    if not every_word_found or max((s[0] for s in scored.values()), default=0.0) < GOOD_NAME:
        _typo_fallback(store, q, kind, scored, index)

    ordered = sorted(
        ((rid, v) for rid, v in scored.items() if v[0] >= MIN_SCORE),
        key=lambda item: (-round(item[1][0], 1), KIND_ORDER.get(item[1][1], 9),
                          abs(len(item[1][2]) - len(q)), item[1][2]),
    )
    return [Hit(rid, rkind, name, score) for rid, (score, rkind, name) in ordered[:limit]]


def _fts_candidates(store: CatalogStore, match: str, fts_words: list[str], words: list[str],
                    kind: str | None, *, rank_names: bool = True) -> list[tuple]:
    """Candidates matching the FTS5 query ``match`` (of ``fts_words``) whose text also has every other
    word of ``words`` as a word prefix: all ranked by bm25 when few match, else the best names by bm25
    followed by text matches in storage order (see the module docstring). ``rank_names=False`` skips
    the name ranking of an unselective query, for an any-word query that only tops up a list the
    every-word query started (when that found nothing, the names holding the rare words matter)."""
    unranked = store.fts_candidates(match, kind=kind, limit=FTS_CANDIDATES + 1, ranked=False)
    if len(unranked) <= FTS_CANDIDATES:
        candidates = store.fts_candidates(match, kind=kind, limit=FTS_CANDIDATES)
    elif not rank_names:
        candidates = unranked[:FTS_CANDIDATES]
    else:
        candidates = store.fts_candidates(f"{{name}} : ({match})", kind=kind, limit=FTS_CANDIDATES)
        seen = {c[0] for c in candidates}
        candidates += [c for c in unranked[:FTS_CANDIDATES] if c[0] not in seen]
    short = [w for w in words if w not in fts_words]
    if not short:
        return candidates
    starts = _word_starts(short)
    return [c for c in candidates if all(p.search(c[3]) for p in starts)]


def _word_starts(words: list[str]) -> list[re.Pattern]:
    """One pattern per word finding it at the start of a whitespace-separated word of a text: the same
    test as ``any(t.startswith(w) for t in text.split())`` (``\\s`` is ``str.isspace``), run in C."""
    return [re.compile(r"(?:^|\s)" + re.escape(w)) for w in words]


def _name_prefix_candidates(q: str, words: list[str], kind: str | None, index: SearchIndex) -> list[tuple]:
    """Records whose name has a word starting with each (short) query word, in the FTS candidates' shape.

    At most :data:`FTS_CANDIDATES` of them, names starting with the query first, then the kinds users
    look for first and the names closest in length: the order the final ranking mostly keeps.
    """
    positions: set[int] | None = None
    for word in set(words):
        lo = bisect_left(index.sorted_vocabulary, word)
        hi = bisect_left(index.sorted_vocabulary, word[:-1] + chr(ord(word[-1]) + 1))
        found: set[int] = set()
        for name_word in index.sorted_vocabulary[lo:hi]:
            found.update(index.records_of[name_word])
        positions = found if positions is None else positions & found
        if not positions:
            return []
    chosen = np.fromiter(positions, dtype=np.int64, count=len(positions))
    if kind is not None:
        chosen = chosen[index.kind_array[chosen] == kind]
    starts = np.fromiter((index.folded_names[i].startswith(q) for i in chosen), dtype=bool, count=len(chosen))
    order = np.lexsort((np.abs(index.name_length[chosen] - len(q)), index.kind_rank[chosen], ~starts))
    return [(index.ids[i], index.kinds[i], index.names[i], index.folded_names[i], 0.0)
            for i in (int(j) for j in chosen[order[:FTS_CANDIDATES]])]


def _starts_a_name_word(index: SearchIndex, word: str) -> bool:
    i = bisect_left(index.sorted_vocabulary, word)
    return i < len(index.sorted_vocabulary) and index.sorted_vocabulary[i].startswith(word)


def _typo_fallback(store: CatalogStore, q: str, kind: str | None, scored: dict, index: SearchIndex | None) -> None:
    """Records whose name words are close to the query words (typos), re-ranked by :func:`name_score`."""
    if index is None:
        index = SearchIndex(store)
    else:
        index.refresh()
    if not index.vocabulary:
        return
    words = q.split()
    # words that some name starts with were matched exactly; correcting them too would flood the
    # candidates with every name holding a common word ("industrie") and push the misspelt one out
    typo_words = [w for w in words if not _starts_a_name_word(index, w)] or words
    positions: set[int] = set()
    for qw in typo_words:
        raw = process.cdist([qw], index.vocabulary, scorer=fuzz.ratio, dtype=np.uint8, workers=1)[0]
        top = min(TYPO_WORDS, len(raw))
        for j in np.argpartition(-raw.astype(np.int16), top - 1)[:top]:
            if raw[j] >= TYPO_WORD_CUTOFF:
                positions.update(index.records_of[index.vocabulary[int(j)]])
        if len(positions) > TYPO_RECORDS:
            break
    for i in sorted(positions)[:TYPO_RECORDS]:
        if kind is not None and index.kinds[i] != kind:
            continue
        # a typo match is less certain than the same score reached by exact words
        score = 0.97 * name_score(q, index.folded_names[i])
        if score > scored.get(index.ids[i], (0.0,))[0]:
            scored[index.ids[i]] = (score, index.kinds[i], index.names[i])


__all__ = ["Hit", "SearchIndex", "fold", "fts_query", "name_score", "search"]
