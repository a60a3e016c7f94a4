"""Reading the catalog into browse rows: one row per record, its facets and folded search key computed once.

:func:`prepare_browse` reads a catalog version (seconds at 100,000 records, so :func:`browse_job` runs it on
a worker thread); :class:`catalog.records.CatalogBrowser` filters the rows as the user types.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from catalog.jobs import Progress
from catalog.text.folding import fold_words

from ._schema import KIND_ORDER
from ._store import CatalogStore
from ._taxonomy import Taxonomy


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
