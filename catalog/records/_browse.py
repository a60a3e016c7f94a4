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

from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from catalog.jobs import Progress
from catalog.text.folding import fold_words

from ._search import KIND_ORDER, SearchIndex, search
from ._store import CatalogStore
from ._taxonomy import Taxonomy, shipped_taxonomy

#: how many typo-tolerant hits are shown when the words themselves match nothing
TYPO_HITS = 50
#: a query shorter than this (folded characters) is not worth a typo scan: everything is "close" to "m"
TYPO_MIN_LENGTH = 3

#: the facets :class:`BrowseFilters` can restrict, in the order the desktop shows them
FACETS = ("kind", "country", "size_class", "deployment", "certification", "open_weights", "marketplace")


class Interner:
    """One shared object per equal value: 100,000 offerings name a few hundred distinct tuples and codes."""

    def __init__(self):
        self._seen: dict = {}

    def __call__(self, value):
        return self._seen.setdefault(value, value)

    def items(self, values: list | None) -> tuple:
        """A JSON list of strings as a shared tuple of shared strings."""
        if not values:
            return ()
        key = tuple(values)
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = tuple([self(v) for v in values])
        return found


@dataclass(frozen=True, slots=True)
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


#: fields every kind's row reads (:meth:`CatalogStore.fields` names), then the fields of each kind
_COMMON_FIELDS = ("id", "name", "aliases", "kind", "hq_city", "operator", "coordinator", "host_site", "licence",
                  "capabilities", "sectors", "verified_on", "#unverified", "#sources")
_KIND_FIELDS = {
    "organisation": ("hq_country", "size_class"),
    "offering": ("organisation_id", "deployment_modes", "certifications", "open_weights"),
    "marketplace": ("country",),
    "listing": ("offering_id", "marketplace_id"),
    "programme": ("countries",),
}


def _read(store: CatalogStore, kind: str) -> Iterator[tuple[dict, list]]:
    """``(common fields by name, the kind's own fields)`` of every record of ``kind``, by id."""
    names = [n.lstrip("#") for n in _COMMON_FIELDS]
    common = len(names)
    for values in store.fields(kind, _COMMON_FIELDS + _KIND_FIELDS[kind]):
        yield dict(zip(names, values[:common])), values[common:]


def _row_adder(rows: list[BrowseRow], taxonomy: Taxonomy) -> Callable[..., None]:
    """A function that appends one record's :class:`BrowseRow` to ``rows``.

    Equal values are shared, and each organisation's folded name and each concept's folded words are
    computed once per catalog read, not once per record.
    """
    same = Interner()
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
        words = [*(record["aliases"] or ()), record["kind"] or "", record["hq_city"] or "",
                 record["operator"] or "", record["coordinator"] or "", record["host_site"] or "",
                 record["licence"] or ""]
        text = fold_words(" ".join(w for w in words if w))
        concepts_of = (*(record["capabilities"] or ()), *(record["sectors"] or ()))
        concept_words = " ".join(terms(c) for c in concepts_of)
        rows.append(BrowseRow(
            id=record["id"], kind=kind, name=name, organisation=organisation,
            countries=same(frozenset(c for c in countries if c)), size_class=same(size_class),
            deployments=same(frozenset(deployments)), certifications=same(frozenset(certifications)),
            open_weights=open_weights, marketplaces=same(frozenset(on_marketplaces)),
            verified_on=same(record["verified_on"]), unverified=record["unverified"], sources=record["sources"],
            # each word once: keys are what every keystroke scans, so their length is its cost
            key=" " + " ".join(dict.fromkeys(f"{folded} {org_key(organisation)} {text} {concept_words}".split())) + " ",
            folded_name=folded,
        ))

    return add


def _rows_of(store: CatalogStore, taxonomy: Taxonomy) -> list[BrowseRow]:
    # Only the fields shown, filtered or searched come out of SQLite (decoding 120,000 whole records
    # took 4 s), and equal values are shared: at 100k rows most facets repeat a few hundred sets.
    organisations = {record["id"]: (record, own) for record, own in _read(store, "organisation")}
    marketplaces = {record["id"]: record["name"] for record, _own in _read(store, "marketplace")}
    listed: dict[str, set[str]] = {}
    listings = list(_read(store, "listing"))
    for _record, (offering_id, marketplace_id) in listings:
        listed.setdefault(offering_id, set()).add(marketplaces.get(marketplace_id, marketplace_id))
    rows: list[BrowseRow] = []
    add = _row_adder(rows, taxonomy)

    # an organisation is reachable through a marketplace when one of its offerings is listed there
    org_routes: dict[str, set[str]] = {}
    if listed:  # a second pass over the offerings only when some are listed
        for offering_id, organisation_id in store.fields("offering", ("id", "organisation_id")):
            org_routes.setdefault(organisation_id, set()).update(listed.get(offering_id, ()))
    for rid, (org, (hq_country, size_class)) in organisations.items():
        add("organisation", org, name=org["name"], countries=[hq_country], size_class=size_class,
            on_marketplaces=org_routes.get(rid, ()))
    del org_routes
    for offering, (organisation_id, deployments, certifications, open_weights) in _read(store, "offering"):
        org, (hq_country, size_class) = organisations.get(organisation_id, ({}, (None, None)))
        add("offering", offering, name=offering["name"], organisation=org.get("name", organisation_id),
            countries=[hq_country], size_class=size_class, deployments=deployments,
            certifications=[c["name"] for c in certifications], open_weights=open_weights,
            on_marketplaces=listed.get(offering["id"], ()))
    for record, (country,) in _read(store, "marketplace"):
        add("marketplace", record, name=record["name"], organisation=record["operator"] or "",
            countries=[country], on_marketplaces=[record["name"]])
    for record, (offering_id, marketplace_id) in listings:
        name = f"{offering_id} @ {marketplaces.get(marketplace_id, marketplace_id)}"
        add("listing", record, name=name, on_marketplaces=[marketplaces.get(marketplace_id, "")])
    for record, (countries,) in _read(store, "programme"):
        add("programme", record, name=record["name"], organisation=record["operator"] or "",
            countries=countries, size_class=None)
    # organisations first, then offerings, ...; by name within a kind: the order a query's result keeps
    rows.sort(key=lambda r: (KIND_ORDER.get(r.kind, 9), r.folded_name, r.id))
    return rows


@dataclass(frozen=True)
class BrowseData:
    """Everything :class:`CatalogBrowser` prepares from one catalog version; built by :func:`prepare_browse`."""

    version: int
    rows: list[BrowseRow]
    position: dict[str, int]
    names: list[str]
    starts: list[str]
    by_initial: dict[str, list[int]]


def prepare_browse(store: CatalogStore, taxonomy: Taxonomy) -> BrowseData:
    """Read ``store``'s catalog into rows and search keys (seconds at 100,000 records: run it off the GUI thread)."""
    version = store.changes
    rows = _rows_of(store, taxonomy)
    # The first one or two typed letters match most rows: they are answered from the words' first
    # two letters (a key a quarter as long) and, for one letter, from a precomputed list per letter.
    starts = [" " + " ".join(sorted({w[:2] for w in row.key.split()})) + " " for row in rows]
    by_initial: dict[str, list[int]] = {}
    for i, row_starts in enumerate(starts):
        for letter in {w[0] for w in row_starts.split()}:
            by_initial.setdefault(letter, []).append(i)
    return BrowseData(version, rows, {row.id: i for i, row in enumerate(rows)},
                      [" " + row.folded_name for row in rows], starts, by_initial)


def browse_job(catalog_path: Path | str, taxonomy: Taxonomy) -> Generator[Progress, None, BrowseData]:
    """:func:`prepare_browse` as a job (:mod:`catalog.jobs`) on its own connection, for a worker thread."""
    yield Progress(0, None, "reading the catalog")
    with CatalogStore.open(catalog_path) as store:
        return prepare_browse(store, taxonomy)


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
            self._index = SearchIndex(self.store)
        found = []
        for hit in search(self.store, query, limit=TYPO_HITS, index=self._index):
            row = self.row(hit.id)
            if row is not None and filters.accepts(row):
                found.append(row)
        return BrowseResult(found, len(rows), typo=bool(found))


_NO_FILTERS = BrowseFilters()


__all__ = ["FACETS", "BrowseData", "BrowseFilters", "BrowseResult", "BrowseRow", "CatalogBrowser", "browse_job",
           "prepare_browse"]
