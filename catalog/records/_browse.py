"""Browsing the whole catalog as one list: facets, filters and search as you type over folded keys.

The desktop catalogue list shows every record kind at once. Filtering a Qt proxy model through Python
costs about 1.4 s per keystroke at 100,000 rows (measured), so the list is filtered here:
each record's facets and accent-folded search key are computed once per catalog version
(:class:`CatalogBrowser`), a query is a list comprehension over those keys, and a longer query only
narrows the previous result. The front end resets its model from the returned list.

Matching: every folded query word must start a word of the record's key: name, aliases, organisation,
kinds, places and the FR/EN taxonomy words of its capabilities and sectors. When that finds nothing,
:func:`catalog.records._search.search` (full text, descriptions included, typo-tolerant) supplies the rows:
"mistrall" still finds Mistral, a word only found in descriptions still finds its records.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from catalog.jobs import Progress
from catalog.text.folding import fold_words

from ._browse_read import BrowseData, BrowseRow, browse_job, prepare_browse
from ._store import CatalogStore
from ._taxonomy import Taxonomy, shipped_taxonomy

if TYPE_CHECKING:
    from ._search import SearchIndex

#: how many typo-tolerant hits are shown when the words themselves match nothing
TYPO_HITS = 50
#: a query shorter than this (folded characters) is not worth a typo scan: everything is "close" to "m"
TYPO_MIN_LENGTH = 3

#: the facets :class:`BrowseFilters` can restrict, in the order the desktop shows them
FACETS = ("kind", "country", "size_class", "deployment", "certification", "open_weights", "marketplace")


@dataclass(frozen=True)
class BrowseFilters:
    """Facet restrictions; ``None`` means "any". ``open_weights`` is True, False or None."""

    kind: str | None = None
    country: str | None = None
    size_class: str | None = None
    deployment: str | None = None
    certification: str | None = None
    open_weights: bool | None = None
    marketplace: str | None = None

    def accepts(self, row: BrowseRow) -> bool:
        return ((self.kind is None or row.kind == self.kind)
                and (self.country is None or self.country in row.countries)
                and (self.size_class is None or row.size_class == self.size_class)
                and (self.deployment is None or self.deployment in row.deployments)
                and (self.certification is None or self.certification in row.certifications)
                and (self.open_weights is None or row.open_weights is self.open_weights)
                and (self.marketplace is None or self.marketplace in row.marketplaces))


@dataclass(frozen=True)
class BrowseResult:
    """Rows matching a query and filters, best first; ``typo`` says the full-text, typo-tolerant fallback found them."""

    rows: list[BrowseRow]
    total: int
    typo: bool = False


class CatalogBrowser:
    """The whole catalog prepared for browsing; call :meth:`refresh` after the catalog changes.

    Not thread-safe; it reads ``store`` in the thread that created it. With ``load=False`` it starts
    empty (:attr:`loaded` false) so that a front end can run :meth:`load_job` on a worker thread and
    hand its result to :meth:`adopt`.
    """

    def __init__(self, store: CatalogStore, *, index: SearchIndex | None = None, taxonomy: Taxonomy | None = None,
                 load: bool = True):
        self.store = store
        self.taxonomy = taxonomy or shipped_taxonomy()
        self.version = -1
        #: whether rows have been read (:meth:`refresh` or :meth:`adopt`); until then the browser is empty
        self.loaded = False
        self._index = index
        self._last: tuple[str, BrowseFilters, list[int]] | None = None
        self.rows: list[BrowseRow] = []
        self._position: dict[str, int] = {}
        self._keys = self._names = self._starts = []
        self._by_initial: dict[str, list[int]] = {}
        if load:
            self.refresh()

    def refresh(self) -> bool:
        """Reload if the catalog changed since the last load; return whether it did."""
        if self.store.changes == self.version:
            return False
        self.adopt(prepare_browse(self.store, self.taxonomy))
        return True

    def load_job(self) -> Generator[Progress, None, BrowseData]:
        """A job reading this browser's catalog on its own connection (:func:`browse_job`); give the result to
        :meth:`adopt`. An in-memory catalog cannot be opened twice: its job reads it in the calling thread."""
        if self.store.path is None:
            def here() -> Generator[Progress, None, BrowseData]:
                yield Progress(0, None, "reading the catalog")
                return prepare_browse(self.store, self.taxonomy)
            return here()
        return browse_job(self.store.path, self.taxonomy)

    def adopt(self, data: BrowseData) -> None:
        """Show ``data`` (from :meth:`load_job`); if the catalog changed since, :meth:`refresh` reloads it."""
        self.rows = data.rows
        self._position = data.position
        # parallel lists: a list comprehension over plain strings is what keeps a keystroke at 100k rows fast
        self._keys = [row.key for row in data.rows]
        self._names = data.names
        self._starts = data.starts
        self._by_initial = data.by_initial
        self.version = data.version
        self.loaded = True
        self._last = None
        if self._index is not None:
            self._index.refresh()

    def row(self, record_id: str) -> BrowseRow | None:
        position = self._position.get(record_id)
        return None if position is None else self.rows[position]

    def facet_values(self, facet: str) -> list[str]:
        """The values present in the catalog for a facet (``open_weights`` has none: it is yes/no)."""
        if facet not in FACETS:
            raise ValueError(f"unknown facet {facet!r}; expected one of {', '.join(FACETS)}")
        values: set[str] = set()
        for row in self.rows:
            if facet == "kind":
                values.add(row.kind)
            elif facet == "country":
                values |= row.countries
            elif facet == "size_class" and row.size_class:
                values.add(row.size_class)
            elif facet == "deployment":
                values |= row.deployments
            elif facet == "certification":
                values |= row.certifications
            elif facet == "marketplace":
                values |= row.marketplaces
        values.discard("")
        return sorted(values, key=fold_words)

    def filter(self, query: str = "", filters: BrowseFilters | None = None) -> BrowseResult:
        """Rows whose text matches every word of ``query`` and that pass ``filters``.

        Names starting with the query come first, then names containing every word, then rows matching
        elsewhere; each group in catalog order (kind, then name). When no row matches the words,
        typo-tolerant search hits are returned instead (``typo=True``).
        """
        filters = filters or BrowseFilters()
        words = fold_words(query).split()
        phrase = " ".join(words)
        base = range(len(self.rows))
        if self._last is not None:
            last_query, last_filters, last_hits = self._last
            # a longer query with the same filters can only match a subset of the previous result
            if last_filters == filters and words and last_query and phrase.startswith(last_query):
                base = last_hits
        rows = self.rows
        needles = [" " + w for w in words]
        one_letter = len(words) == 1 and len(words[0]) == 1
        if one_letter:
            base = self._by_initial.get(words[0], [])  # exact already: no scan
        if filters != _NO_FILTERS:
            base = [i for i in base if filters.accepts(rows[i])]
        keys = self._starts if all(len(w) <= 2 for w in words) else self._keys
        if one_letter or not needles:
            hits = list(base)
        elif len(needles) == 1:
            hits = [i for i in base if needles[0] in keys[i]]
        else:
            hits = [i for i in base if all(n in keys[i] for n in needles)]
        self._last = (phrase, filters, hits)
        if not needles:
            return BrowseResult([rows[i] for i in hits], len(rows))
        if hits:
            names = self._names
            start = " " + phrase
            first = [i for i in hits if names[i].startswith(start)]
            taken = set(first)
            if len(needles) == 1:
                needle = needles[0]
                second = [i for i in hits if i not in taken and needle in names[i]]
            else:
                second = [i for i in hits if i not in taken and all(n in names[i] for n in needles)]
            taken.update(second)
            ordered = first + second + [i for i in hits if i not in taken]
            return BrowseResult([rows[i] for i in ordered], len(rows))
        if len("".join(words)) < TYPO_MIN_LENGTH:
            return BrowseResult([], len(rows))
        if self._index is None:
            from ._search import SearchIndex  # rapidfuzz loads with the first search, not at start

            self._index = SearchIndex(self.store)
        found = []
        from ._search import search

        for hit in search(self.store, query, limit=TYPO_HITS, index=self._index):
            row = self.row(hit.id)
            if row is not None and filters.accepts(row):
                found.append(row)
        return BrowseResult(found, len(rows), typo=bool(found))


_NO_FILTERS = BrowseFilters()


__all__ = ["FACETS", "BrowseFilters", "BrowseResult", "CatalogBrowser"]
