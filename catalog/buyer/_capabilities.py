"""Resolving a buyer's wanted words to taxonomy concepts, once per profile.

Words are accent-folded and compared with every way of saying each concept (id, FR and EN labels,
FR and EN synonyms): an exact match first, then rapidfuzz ``WRatio`` over the small taxonomy for
typos and partial phrases. Each wanted word then becomes a table ``concept id -> weight`` that also
credits related concepts through the taxonomy's ``broader`` links: an offering with a more specific
concept (a chat assistant for "text generation") nearly fits; one with only a more general concept
(NLP for "machine translation") fits partly. Offerings are never fuzzy-matched one by one: the fit of
an offering is a lookup of its capability ids in these tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from catalog.errors import Problem, ValidationError
from catalog.records import Concept, Taxonomy
from catalog.text.folding import fold_words

#: WRatio (0-100) at or above which a word names a concept; below, "tradction" still finds
#: "traduction" (90) but "robot" does not reach "rag" or "ocr"
FUZZY_CUTOFF = 86
#: fuzzy matches this close to a word's best match are kept as alternatives (ambiguous words)
AMBIGUITY_BAND = 2.0
#: shorter words must match a term exactly: WRatio's partial matching makes "ia" match everything
MIN_FUZZY_LENGTH = 4
#: an offering with a more specific concept than the one wanted covers most of the need
NARROWER = 0.8
#: an offering with only a more general concept covers the need partly
BROADER = 0.4
#: below this WRatio a "closest term" hint would mislead more than help ("blokchain" is not "local inference")
HINT_CUTOFF = 75
RELATION_ORDER = {"exact": 0, "narrower": 1, "broader": 2}


@dataclass(frozen=True)
class Target:
    """How much an offering with ``concept`` covers a wanted word, and why."""

    weight: float
    relation: str  # exact / narrower / broader
    wanted: str    # the concept the word resolved to


@dataclass(frozen=True)
class WantedCapability:
    """One wanted word, the concepts it resolved to (with strength), and its target table."""

    word: str
    matches: tuple[tuple[str, float], ...]
    targets: dict[str, Target]
    labels: dict[str, tuple[str, str]]  # concept id -> (FR label, EN label), for explanations

    def label(self, concept: str, language: str) -> str:
        fr, en = self.labels.get(concept, (concept, concept))
        return fr if language == "fr" else en

    def best(self, concepts) -> tuple[float, str | None]:
        """The best weight among ``concepts`` and the concept giving it (None if nothing fits)."""
        best_weight, best_concept = 0.0, None
        for concept in concepts:
            target = self.targets.get(concept)
            if target is not None and target.weight > best_weight:
                best_weight, best_concept = target.weight, concept
        return best_weight, best_concept


class _Terms:
    def __init__(self, taxonomy: Taxonomy):
        self.terms: list[str] = []
        self.owners: list[str] = []
        for concept in taxonomy.capabilities.values():
            for term in concept.terms:
                self.terms.append(term)
                self.owners.append(concept.id)


#: folded terms of the last few taxonomies (folding every synonym costs more than the whole lookup)
_TERMS_CACHE: dict[int, tuple[Taxonomy, _Terms]] = {}
_TERMS_CACHE_SIZE = 4


def _terms_of(taxonomy: Taxonomy) -> _Terms:
    cached = _TERMS_CACHE.get(id(taxonomy))
    if cached is not None and cached[0] is taxonomy:
        return cached[1]
    if len(_TERMS_CACHE) >= _TERMS_CACHE_SIZE:
        _TERMS_CACHE.clear()
    terms = _Terms(taxonomy)
    _TERMS_CACHE[id(taxonomy)] = (taxonomy, terms)
    return terms


def _match(word: str, terms: _Terms) -> list[tuple[str, float]]:
    folded = fold_words(word)
    if not folded:
        return []
    exact = sorted({owner for term, owner in zip(terms.terms, terms.owners) if term == folded})
    if exact:
        return [(cid, 1.0) for cid in exact]
    if len(folded) < MIN_FUZZY_LENGTH:
        return []
    found = process.extract(folded, terms.terms, scorer=fuzz.WRatio, processor=None, score_cutoff=FUZZY_CUTOFF,
                            limit=None)
    best: dict[str, float] = {}
    for _term, score, index in found:
        owner = terms.owners[index]
        best[owner] = max(best.get(owner, 0.0), float(score))
    if not best:
        return []
    top = max(best.values())
    kept = [(cid, score) for cid, score in best.items() if score >= top - AMBIGUITY_BAND]
    return sorted(((cid, round(score / 100.0, 4)) for cid, score in kept), key=lambda m: (-m[1], m[0]))


def _ancestors(concept: str, capabilities: dict[str, Concept]) -> list[str]:
    chain, seen = [], {concept}
    parent = capabilities[concept].broader if concept in capabilities else None
    while parent and parent not in seen and parent in capabilities:
        chain.append(parent)
        seen.add(parent)
        parent = capabilities[parent].broader
    return chain


def _targets(matches: tuple[tuple[str, float], ...], taxonomy: Taxonomy) -> dict[str, Target]:
    caps = taxonomy.capabilities
    ancestors = {cid: _ancestors(cid, caps) for cid in caps}
    out: dict[str, Target] = {}

    def offer(concept: str, weight: float, relation: str, wanted: str) -> None:
        current = out.get(concept)
        if current is None or (weight, -RELATION_ORDER[relation]) > (current.weight, -RELATION_ORDER[current.relation]):
            out[concept] = Target(weight, relation, wanted)

    for wanted, strength in matches:
        offer(wanted, strength, "exact", wanted)
        for cid, chain in ancestors.items():
            if wanted in chain:
                offer(cid, strength * NARROWER, "narrower", wanted)
        for parent in ancestors.get(wanted, []):
            offer(parent, strength * BROADER, "broader", wanted)
    return out


def resolve_capabilities(words: list[str], taxonomy: Taxonomy, *, source: str) -> list[WantedCapability]:
    """Resolve every wanted word; raise :class:`ValidationError` naming ``capabilities[i]`` for unknown words."""
    terms = _terms_of(taxonomy)
    problems: list[Problem] = []
    out: list[WantedCapability] = []
    for i, word in enumerate(words):
        matches = tuple(_match(word, terms))
        if not matches:
            close = process.extractOne(fold_words(word), terms.terms, scorer=fuzz.WRatio, processor=None)
            hint = f"; closest: {terms.terms[close[2]]!r}" if close and close[1] >= HINT_CUTOFF else ""
            problems.append(Problem(f"{word!r} matches no capability of the taxonomy{hint}", file=source,
                                    field=f"capabilities[{i}]"))
            continue
        targets = _targets(matches, taxonomy)
        labels = {cid: (taxonomy.capabilities[cid].label_fr, taxonomy.capabilities[cid].label_en) for cid in targets}
        out.append(WantedCapability(word, matches, targets, labels))
    if problems:
        raise ValidationError(problems, summary=f"{source}: unknown capability word(s)")
    return out
