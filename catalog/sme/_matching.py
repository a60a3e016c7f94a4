"""Matching an SME to support programmes: sandboxes, TEFs, EDIHs, AI Factories, compute and funding.

Eligibility comes first and is strict: every failed condition is a reason, and a condition that
cannot be checked because the company profile lacks the fact (no headcount for an SME-only scheme,
no region for a regional one) is "not given": never a mismatch, but a reason saying what to add, and a
lower fit — never a silent pass. Conditions: status (a closed programme matches nobody), size class per
the EU SME definition, country (``EU``/``EEA`` expanded), region, stage and sector.

Eligible programmes are then ranked (0–100) by how well their benefits cover the company's needs,
sector focus, relation to the AI use case (an AI Act sandbox — a record that says it is one — for a
high-risk system; words of the use case found in the programme's description), whether they are open now,
and how near they are: a scheme of the company's region first, then one of its country, then a European
programme, then one based in another country (open to the company, but an SME rarely goes abroad first).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz, process

from catalog.errors import Problem, ValidationError
from catalog.records import CatalogStore, Taxonomy, expand_area, shipped_taxonomy
from catalog.text.folding import fold_words
from catalog.text.messages import label, text

from ._company import CompanyProfile

#: share of the score for each part of the fit; needs dominate: they are what the SME asked for
NEEDS_WEIGHT = 0.35
SECTOR_WEIGHT = 0.15
USE_CASE_WEIGHT = 0.15
OPEN_NOW_WEIGHT = 0.1
PROXIMITY_WEIGHT = 0.25
#: nearness of a programme: of the company's region, of its country, European, based in another country
PROXIMITY_FIT = {"region": 1.0, "country": 0.8, "europe": 0.5, "abroad": 0.2}
#: a cross-sector programme fits any sector, but less than one built for the company's sector
ANY_SECTOR_FIT = 0.5
#: announced or planned programmes are eligible but cannot be joined today
NOT_OPEN_FIT = 0.3
#: use-case words shorter than this ("ia", "des", "the") say nothing about the programme
MIN_USE_CASE_WORD = 5
#: WRatio at or above which a sector word names a taxonomy sector
SECTOR_CUTOFF = 86
#: frequent FR/EN words of five letters or more that say nothing about a use case
STOPWORDS = frozenset("""
about after their there these those which while would could should under using other where being
avons avoir cette celui celle dans depuis entre leurs notre nous pour sans selon sous votre vous
elles etait etre faire mais nos plus tres ainsi comme donc afin aussi chaque toute toutes tous
system systems systeme systemes model models modele modeles based within
""".split())
RISKS_FOR_SANDBOX = ("high", "gpai", "unknown")
#: each condition the company profile leaves unanswered (size, region, stage, sector) keeps this share of the
#: fit: the programme may suit, the company has to check
NOT_GIVEN_FACTOR = 0.85
OPEN_STATUSES = ("open", "permanent")
#: which programme benefits answer which company need
NEED_BENEFITS = {"testing": ("testing",), "regulatory_guidance": ("guidance",), "compute": ("compute",),
                 "training": ("training",), "partners": ("partners",)}


@dataclass(frozen=True)
class ProgrammeMatch:
    programme_id: str
    name: str
    kind: str
    eligible: bool
    score: float
    reasons: list[str]
    benefits: dict
    next_deadline: dict | None   # {"date", "label"} of the first deadline not yet passed
    status: str = "open"
    description: str = ""        # in the company profile's language
    eligibility: str = ""        # the programme's own eligibility note, in the profile's language
    url: str | None = None       # where to apply or read more
    sources: tuple = ()          # the record's sources ({"url", "title", "seen_on"})
    not_given: int = 0           # conditions the company profile left unanswered

    def to_json(self) -> dict:
        return {"programme_id": self.programme_id, "name": self.name, "kind": self.kind, "status": self.status,
                "eligible": self.eligible, "score": round(self.score, 1), "reasons": list(self.reasons),
                "not_given": self.not_given, "benefits": dict(self.benefits), "next_deadline": self.next_deadline,
                "description": self.description, "eligibility": self.eligibility, "url": self.url,
                "sources": [dict(s) for s in self.sources]}


def resolve_sectors(words: list[str], taxonomy: Taxonomy, *, source: str) -> list[str]:
    """Taxonomy sector ids for the company's sector words (ids, FR or EN labels, synonyms, typos)."""
    terms, owners = [], []
    for concept in taxonomy.sectors.values():
        for term in concept.terms:
            terms.append(term)
            owners.append(concept.id)
    out, problems = [], []
    for i, word in enumerate(words):
        folded = fold_words(word)
        found = next((owners[k] for k, term in enumerate(terms) if term == folded), None)
        if found is None and folded:
            best = process.extractOne(folded, terms, scorer=fuzz.WRatio, processor=None, score_cutoff=SECTOR_CUTOFF)
            found = owners[best[2]] if best else None
        if found is None:
            problems.append(Problem(f"{word!r} matches no sector of the taxonomy (e.g. "
                                    f"{', '.join(sorted(taxonomy.sectors)[:6])})", file=source, field=f"sectors[{i}]"))
        elif found not in out:
            out.append(found)
    if problems:
        raise ValidationError(problems, summary=f"{source}: unknown sector word(s)")
    return out


def match_programmes(store: CatalogStore, company: CompanyProfile, *, today: date | None = None,
                     taxonomy: Taxonomy | None = None, source: str | None = None) -> list[ProgrammeMatch]:
    """Every programme of the catalog with its eligibility for ``company``, reasons and fit score.

    Eligible programmes come first, best fit first (ties by name); ineligible ones follow by name
    with score 0. Reasons are in the company profile's language. ``today`` decides which deadline
    is next. Raises :class:`ValidationError` naming ``sectors[i]`` for an unknown sector word.
    """
    today = today or date.today()
    taxonomy = taxonomy or shipped_taxonomy()
    sectors = resolve_sectors(company.sectors, taxonomy, source=source or f"company profile {company.name!r}")
    # reasons name sectors by their label in the company's language, never by their id
    names = {concept.id: concept.label(company.language) for concept in taxonomy.sectors.values()}
    matches = [_match(p, company, sectors, today, names) for p in store.records("programme")]
    return sorted(matches, key=lambda m: (not m.eligible, -round(m.score, 6), fold_words(m.name), m.programme_id))


def _match(programme: dict, company: CompanyProfile, sectors: list[str], today: date,
           names: dict[str, str]) -> ProgrammeMatch:
    lang = company.language
    rule = programme["eligibility"]
    status = programme["status"]
    failed, notes, not_given = _conditions(programme, company, sectors, names)

    benefits = programme["benefits"]
    deadline = next((d for d in sorted(programme.get("deadlines") or [], key=lambda d: d["date"])
                     if d["date"] >= today.isoformat()), None)
    next_deadline = None if deadline is None else {"date": deadline["date"], "label": deadline["label"][lang]}
    shown_benefits = {key: benefits[key] for key in ("max_amount_eur", "cost_share_pct", "compute", "testing",
                                                      "guidance", "training", "partners")}
    shown_benefits["summary"] = benefits["summary"][lang]
    about = {"status": status, "description": programme["description"][lang],
             "eligibility": (rule.get("note") or {}).get(lang, ""), "url": programme.get("url"),
             "sources": tuple(programme.get("sources") or ()), "not_given": len(not_given)}
    if failed:
        return ProgrammeMatch(programme["id"], programme["name"], programme["kind"], False, 0.0, failed + not_given,
                              shown_benefits, next_deadline, **about)

    score, reasons = _fit(programme, company, sectors, status, lang, names)
    score *= NOT_GIVEN_FACTOR ** len(not_given)
    if next_deadline:
        reasons.append(text("prog.deadline", lang, value=next_deadline["date"]))
    return ProgrammeMatch(programme["id"], programme["name"], programme["kind"], True, score,
                          notes + not_given + reasons, shown_benefits, next_deadline, **about)


def _conditions(programme: dict, company: CompanyProfile, sectors: list[str], names: dict[str, str]
                ) -> tuple[list[str], list[str], list[str]]:
    """``(failed, notes, not_given)``: conditions the company fails, what holds, and what its profile leaves
    unanswered (said, and lowering the fit, never refusing)."""
    lang = company.language
    rule = programme["eligibility"]
    failed: list[str] = []
    notes: list[str] = []
    status = programme["status"]
    if status == "closed":
        failed.append(text("prog.closed", lang))
    elif status in OPEN_STATUSES:
        notes.append(text("prog.open", lang))
    else:
        notes.append(text("prog.not_open", lang, status=text(f"pstatus.{status}", lang)))

    size = company.size_class()
    not_given: list[str] = []
    if rule["size_classes"]:
        wanted = "/".join(text(f"size.{s}", lang) for s in rule["size_classes"])
        if size is None:
            not_given.append(text("prog.size_unknown", lang, wanted=wanted))
        elif size not in rule["size_classes"]:
            failed.append(text("prog.size_failed", lang, wanted=wanted, value=text(f"size.{size}", lang)))
        else:
            notes.append(text("prog.size_ok", lang, value=text(f"size.{size}", lang)))

    countries = rule["countries"] or programme["countries"]
    if countries and company.country not in expand_area(tuple(countries)):
        failed.append(text("prog.country_failed", lang, wanted=", ".join(countries), value=company.country))
    if rule["regions"]:
        wanted = ", ".join(rule["regions"])
        if company.region is None:
            not_given.append(text("prog.region_unknown", lang, wanted=wanted))
        elif company.region not in rule["regions"]:
            failed.append(text("prog.region_failed", lang, wanted=wanted, value=company.region))
    if rule["stages"]:
        wanted = "/".join(label("stage", s, lang) for s in rule["stages"])
        if company.stage is None:
            not_given.append(text("prog.stage_unknown", lang, wanted=wanted))
        elif company.stage not in rule["stages"]:
            failed.append(text("prog.stage_failed", lang, wanted=wanted, value=label("stage", company.stage, lang)))
    focus = [s for s in rule["sectors"] if s != "any"]
    if focus and not sectors:
        not_given.append(text("prog.sector_unknown", lang, wanted=", ".join(names.get(s, s) for s in focus)))
    elif focus and not set(focus) & set(sectors):
        failed.append(text("prog.sector_failed", lang, wanted=", ".join(names.get(s, s) for s in focus),
                           value=", ".join(names.get(s, s) for s in sectors)))
    return failed, notes, not_given


def covered_needs(programme: dict, needs: list[str]) -> list[str]:
    """The company needs a programme's benefits answer."""
    benefits, kind = programme["benefits"], programme["kind"]
    out = []
    for need in needs:
        if need == "funding":
            hit = kind == "funding" or benefits["max_amount_eur"] is not None or benefits["cost_share_pct"] is not None
        elif need == "regulatory_guidance":
            hit = kind == "regulatory_sandbox" or bool(programme.get("is_ai_act_sandbox"))
        else:
            hit = any(benefits[b] for b in NEED_BENEFITS[need])
        if hit:
            out.append(need)
    return out


def _fit(programme: dict, company: CompanyProfile, sectors: list[str], status: str, lang: str,
         names: dict[str, str]) -> tuple[float, list]:
    reasons: list[str] = []
    needs = covered_needs(programme, company.needs)
    needs_fit = len(needs) / len(company.needs) if company.needs else 0.0
    if company.needs:
        reasons.append(text("prog.needs", lang, value=", ".join(text(f"need.{n}", lang) for n in needs))
                       if needs else text("prog.needs_none", lang))
    specific = [s for s in programme["sectors"] if s in sectors and s != "any"]
    sector_fit = 1.0 if specific else ANY_SECTOR_FIT if "any" in programme["sectors"] or not programme["sectors"] \
        else 0.0
    if specific:
        reasons.append(text("prog.sector_ok", lang, value=", ".join(names.get(s, s) for s in specific)))
    use_fit = 0.0
    # only a record that says it is an AI Act sandbox (Art. 57) earns the AI Act wording and bonus: a data
    # protection authority's sandbox (the CNIL's) is not one
    sandbox = programme["kind"] == "regulatory_sandbox" and programme.get("is_ai_act_sandbox") is True
    if sandbox and company.ai_act_risk in RISKS_FOR_SANDBOX:
        use_fit = 1.0
        reasons.append(text("prog.sandbox_risk", lang, value=text(f"risk.{company.ai_act_risk}", lang)))
    words = sorted({w for w in fold_words(company.ai_use_case).split()
                    if len(w) >= MIN_USE_CASE_WORD and w not in STOPWORDS})
    if words and use_fit < 1.0:
        haystack = set(fold_words(" ".join([programme["name"], programme["description"]["fr"],
                                            programme["description"]["en"]])).split())
        found = [w for w in words if w in haystack]
        if found:
            use_fit = max(use_fit, len(found) / len(words))
            reasons.append(text("prog.use_case", lang, value=", ".join(found)))
    open_fit = 1.0 if status in OPEN_STATUSES else NOT_OPEN_FIT
    near, where = proximity(programme, company)
    if near != "europe":
        reasons.append(text(f"prog.near_{near}", lang, value=where))
    score = 100.0 * (NEEDS_WEIGHT * needs_fit + SECTOR_WEIGHT * sector_fit + USE_CASE_WEIGHT * use_fit
                     + OPEN_NOW_WEIGHT * open_fit + PROXIMITY_WEIGHT * PROXIMITY_FIT[near])
    return score, reasons


def proximity(programme: dict, company: CompanyProfile) -> tuple[str, str]:
    """How near an eligible programme is to the company, and where it is, for the reason shown."""
    regions = programme["eligibility"]["regions"]
    if regions and company.region in regions:
        return "region", company.region
    countries = [c for c in programme["countries"] if c not in ("EU", "EEA")]
    if company.country in countries:
        return "country", company.country
    if not countries or len(countries) < len(programme["countries"]):
        return "europe", ""
    return "abroad", ", ".join(countries)


__all__ = ["ProgrammeMatch", "covered_needs", "match_programmes", "proximity", "resolve_sectors"]
