"""Browsing the whole catalog as one list: facets, filters and search as you type over folded keys.

The desktop catalogue list shows every record kind at once. Filtering a Qt proxy model through Python
costs about 1.4 s per keystroke at 100,000 rows (ecosystem notes §7), so the list is filtered here:
each record's facets and accent-folded search key are computed once per catalog version
(:class:`CatalogBrowser`), a query is a list comprehension over those keys, and a longer query only
narrows the previous result. The front end resets its model from the returned list.

Matching: every folded query word must start a word of the record's folded text (names, aliases,
kind, capabilities, descriptions). When that finds nothing, the typo-tolerant :func:`catalog.search.search`
supplies the rows ("mistrall" still finds Mistral).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .search import KIND_ORDER, SearchIndex, search
from .store import CatalogStore
from .textutil import fold_words

#: how many typo-tolerant hits are shown when the words themselves match nothing
TYPO_HITS = 50
#: a query shorter than this (folded characters) is not worth a typo scan: everything is "close" to "m"
TYPO_MIN_LENGTH = 3

#: the facets :class:`BrowseFilters` can restrict, in the order the desktop shows them
FACETS = ("kind", "country", "size_class", "deployment", "certification", "open_weights", "marketplace")


@dataclass(frozen=True)
class BrowseRow:
    """One record as the catalogue list shows it, with its facets precomputed."""

    id: str
    kind: str
    name: str
    organisation: str
    countries: frozenset[str]
    size_class: str | None
    deployments: frozenset[str]
    certifications: frozenset[str]
    open_weights: bool | None
    marketplaces: frozenset[str]
    verified_on: str | None
    unverified: int
    sources: int
    #: " " + folded words + " ": a word prefix ``w`` matches when ``" " + w`` is a substring
    key: str = field(repr=False, compare=False)
    folded_name: str = field(repr=False, compare=False)


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
    """Rows matching a query and filters, best first; ``typo`` says the typo fallback found them."""

    rows: list[BrowseRow]
    total: int
    typo: bool = False


def _rows_of(store: CatalogStore) -> list[BrowseRow]:
    texts = {rid: text for rid, _kind, _name, text in store.rows()}
    organisations = {r["id"]: r for r in store.records("organisation")}
    marketplaces = {r["id"]: r["name"] for r in store.records("marketplace")}
    listed: dict[str, set[str]] = {}
    listings = list(store.records("listing"))
    for listing in listings:
        listed.setdefault(listing["offering_id"], set()).add(marketplaces.get(listing["marketplace_id"],
                                                                             listing["marketplace_id"]))
    rows: list[BrowseRow] = []

    def add(kind: str, record: dict, *, name: str, organisation: str = "", countries=(), size_class=None,
            deployments=(), certifications=(), open_weights=None, on_marketplaces=()) -> None:
        folded = fold_words(name)
        rows.append(BrowseRow(
            id=record["id"], kind=kind, name=name, organisation=organisation,
            countries=frozenset(c for c in countries if c), size_class=size_class,
            deployments=frozenset(deployments), certifications=frozenset(certifications),
            open_weights=open_weights, marketplaces=frozenset(on_marketplaces),
            verified_on=record.get("verified_on"), unverified=len(record.get("unverified") or ()),
            sources=len(record.get("sources") or ()),
            key=f" {folded} {fold_words(organisation)} {fold_words(texts.get(record['id'], ''))} ",
            folded_name=folded,
        ))

    offerings = list(store.records("offering"))
    # an organisation is reachable through a marketplace when one of its offerings is listed there
    org_routes: dict[str, set[str]] = {}
    for offering in offerings:
        org_routes.setdefault(offering["organisation_id"], set()).update(listed.get(offering["id"], ()))
    for rid, org in organisations.items():
        add("organisation", org, name=org["name"], countries=[org["hq_country"]], size_class=org.get("size_class"),
            on_marketplaces=org_routes.get(rid, ()))
    for offering in offerings:
        org = organisations.get(offering["organisation_id"], {})
        add("offering", offering, name=offering["name"], organisation=org.get("name", offering["organisation_id"]),
            countries=[org.get("hq_country")], size_class=org.get("size_class"),
            deployments=offering["deployment_modes"],
            certifications=[c["name"] for c in offering["certifications"]],
            open_weights=offering["open_weights"], on_marketplaces=listed.get(offering["id"], ()))
    for record in store.records("marketplace"):
        add("marketplace", record, name=record["name"], organisation=record.get("operator") or "",
            countries=[record["country"]], on_marketplaces=[record["name"]])
    for record in listings:
        name = f"{record['offering_id']} @ {marketplaces.get(record['marketplace_id'], record['marketplace_id'])}"
        add("listing", record, name=name, on_marketplaces=[marketplaces.get(record["marketplace_id"], "")])
    for record in store.records("programme"):
        add("programme", record, name=record["name"], organisation=record.get("operator") or "",
            countries=record["countries"], size_class=None)
    rows.sort(key=lambda r: (r.folded_name, r.id))
    return rows


class CatalogBrowser:
    """The whole catalog prepared for browsing; call :meth:`refresh` after the catalog changes.

    Not thread-safe; it reads ``store`` in the thread that created it.
    """

    def __init__(self, store: CatalogStore, *, index: SearchIndex | None = None):
        self.store = store
        self.version = -1
        self._index = index
        self._last: tuple[str, BrowseFilters, list[int]] | None = None
        self.refresh()

    def refresh(self) -> bool:
        """Reload if the catalog changed since the last load; return whether it did."""
        if self.store.changes == self.version:
            return False
        self.rows = _rows_of(self.store)
        self._position = {row.id: i for i, row in enumerate(self.rows)}
        self.version = self.store.changes
        self._last = None
        if self._index is not None:
            self._index.refresh()
        return True

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
        elsewhere; each group in name order. When no
        row matches the words, typo-tolerant search hits are returned instead (``typo=True``).
        """
        filters = filters or BrowseFilters()
        words = fold_words(query).split()
        base = range(len(self.rows))
        if self._last is not None:
            last_query, last_filters, last_hits = self._last
            # a longer query with the same filters can only match a subset of the previous result
            if last_filters == filters and words and last_query and " ".join(words).startswith(last_query):
                base = last_hits
        rows = self.rows
        needles = [" " + w for w in words]
        if needles:
            hits = [i for i in base if filters.accepts(rows[i]) and all(n in rows[i].key for n in needles)]
        else:
            hits = [i for i in base if filters.accepts(rows[i])]
        self._last = (" ".join(words), filters, hits)
        if not needles:
            return BrowseResult([rows[i] for i in hits], len(rows))
        if hits:
            # names starting with the query, then names containing every word, then other text matches
            phrase = " ".join(words)

            def tier(i: int) -> int:
                name = " " + rows[i].folded_name
                if name.startswith(" " + phrase):
                    return 0
                return 1 if all(n in name for n in needles) else 2

            # stable sort: within a tier, organisations before their offerings, then name order
            ordered = sorted(hits, key=lambda i: (tier(i), KIND_ORDER.get(rows[i].kind, 9)))
            return BrowseResult([rows[i] for i in ordered], len(rows))
        if len("".join(words)) < TYPO_MIN_LENGTH:
            return BrowseResult([], len(rows))
        if self._index is None:
            self._index = SearchIndex(self.store)
        found = []
        for hit in search(self.store, query, limit=TYPO_HITS, index=self._index):
            row = self.row(hit.id)
            if row is not None and filters.accepts(row):
                found.append(row)
        return BrowseResult(found, len(rows), typo=bool(found))


__all__ = ["FACETS", "BrowseFilters", "BrowseResult", "BrowseRow", "CatalogBrowser"]
