"""Browsing the whole catalog as one list: facets, filters and search as you type over folded keys.

The desktop catalogue list shows every record kind at once. Filtering a Qt proxy model through Python
costs about 1.4 s per keystroke at 100,000 rows (ecosystem notes §7), so the list is filtered here:
each record's facets and accent-folded search key are computed once per catalog version
(:class:`CatalogBrowser`), a query is a list comprehension over those keys, and a longer query only
narrows the previous result. The front end resets its model from the returned list.

Matching: every folded query word must start a word of the record's key: name, aliases, organisation,
kinds, places and the FR/EN taxonomy words of its capabilities and sectors. When that finds nothing,
:func:`catalog.search.search` (full text, descriptions included, typo-tolerant) supplies the rows:
"mistrall" still finds Mistral, a word only found in descriptions still finds its records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .search import KIND_ORDER, SearchIndex, search
from .store import CatalogStore
from .taxonomy import Taxonomy, shipped_taxonomy
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
    """Rows matching a query and filters, best first; ``typo`` says the full-text, typo-tolerant fallback found them."""

    rows: list[BrowseRow]
    total: int
    typo: bool = False


def _rows_of(store: CatalogStore, taxonomy: Taxonomy) -> list[BrowseRow]:
    organisations = {r["id"]: r for r in store.records("organisation")}
    marketplaces = {r["id"]: r["name"] for r in store.records("marketplace")}
    listed: dict[str, set[str]] = {}
    listings = list(store.records("listing"))
    for listing in listings:
        listed.setdefault(listing["offering_id"], set()).add(marketplaces.get(listing["marketplace_id"],
                                                                             listing["marketplace_id"]))
    rows: list[BrowseRow] = []
    folded_names: dict[str, str] = {}

    def org_key(name: str) -> str:
        if name not in folded_names:
            folded_names[name] = fold_words(name)
        return folded_names[name]

    concepts = {**taxonomy.capabilities, **taxonomy.sectors}
    concept_terms: dict[str, str] = {}

    def terms(concept: str) -> str:
        """Every folded way of naming a capability or sector (FR and EN labels, synonyms), computed once."""
        if concept not in concept_terms:
            found = concepts.get(concept)
            concept_terms[concept] = " ".join(found.terms) if found else concept.replace("-", " ")
        return concept_terms[concept]

    def add(kind: str, record: dict, *, name: str, organisation: str = "", countries=(), size_class=None,
            deployments=(), certifications=(), open_weights=None, on_marketplaces=()) -> None:
        folded = fold_words(name)
        # Names, aliases, kinds, places and taxonomy words, not descriptions: scanning 430-character
        # keys took 70 ms a keystroke at 100k rows, these take a fraction; description words are found
        # by the full-text fallback.
        words = [*(record.get("aliases") or ()), record.get("kind") or "", record.get("hq_city") or "",
                 record.get("operator") or "", record.get("coordinator") or "", record.get("host_site") or "",
                 record.get("licence") or ""]
        text = fold_words(" ".join(w for w in words if w))
        concepts_of = (*(record.get("capabilities") or ()), *(record.get("sectors") or ()))
        concept_words = " ".join(terms(c) for c in concepts_of)
        rows.append(BrowseRow(
            id=record["id"], kind=kind, name=name, organisation=organisation,
            countries=frozenset(c for c in countries if c), size_class=size_class,
            deployments=frozenset(deployments), certifications=frozenset(certifications),
            open_weights=open_weights, marketplaces=frozenset(on_marketplaces),
            verified_on=record.get("verified_on"), unverified=len(record.get("unverified") or ()),
            sources=len(record.get("sources") or ()),
            # each word once: keys are what every keystroke scans, so their length is its cost
            key=" " + " ".join(dict.fromkeys(f"{folded} {org_key(organisation)} {text} {concept_words}".split())) + " ",
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
    # organisations first, then offerings, ...; by name within a kind: the order a query's result keeps
    rows.sort(key=lambda r: (KIND_ORDER.get(r.kind, 9), r.folded_name, r.id))
    return rows


class CatalogBrowser:
    """The whole catalog prepared for browsing; call :meth:`refresh` after the catalog changes.

    Not thread-safe; it reads ``store`` in the thread that created it.
    """

    def __init__(self, store: CatalogStore, *, index: SearchIndex | None = None, taxonomy: Taxonomy | None = None):
        self.store = store
        self.taxonomy = taxonomy or shipped_taxonomy()
        self.version = -1
        self._index = index
        self._last: tuple[str, BrowseFilters, list[int]] | None = None
        self.refresh()

    def refresh(self) -> bool:
        """Reload if the catalog changed since the last load; return whether it did."""
        if self.store.changes == self.version:
            return False
        self.rows = _rows_of(self.store, self.taxonomy)
        self._position = {row.id: i for i, row in enumerate(self.rows)}
        # parallel lists: a list comprehension over plain strings is what keeps a keystroke at 100k rows fast
        self._keys = [row.key for row in self.rows]
        self._names = [" " + row.folded_name for row in self.rows]
        # The first one or two typed letters match most rows: they are answered from the words' first
        # two letters (a key a quarter as long) and, for one letter, from a precomputed list per letter.
        self._starts = [" " + " ".join(sorted({w[:2] for w in key.split()})) + " " for key in self._keys]
        self._by_initial: dict[str, list[int]] = {}
        for i, starts in enumerate(self._starts):
            for letter in {w[0] for w in starts.split()}:
                self._by_initial.setdefault(letter, []).append(i)
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
            self._index = SearchIndex(self.store)
        found = []
        for hit in search(self.store, query, limit=TYPO_HITS, index=self._index):
            row = self.row(hit.id)
            if row is not None and filters.accepts(row):
                found.append(row)
        return BrowseResult(found, len(rows), typo=bool(found))


_NO_FILTERS = BrowseFilters()


__all__ = ["FACETS", "BrowseFilters", "BrowseResult", "BrowseRow", "CatalogBrowser"]
