"""Quota rules ("small business act" targets) and how a shortlist measures up to them.

A quota rule is a predicate on an offering and its organisation plus a bound over the shortlist.
Rules are hand-writable JSON, kept in buyer profiles under ``quota_rules``::

    {"label": "SMEs or startups: at least 30%",
     "mode": "required",                      # or "monitor" (only reported); default "required"
     "predicate": {"any": [{"size_class_in": ["micro", "small", "medium"]}, {"startup": true}]},
     "bound": {"min_share": 0.3},             # or {"min_count": 1} or {"max_share": 0.5}
     "measure": "count"}                      # or "value" (estimated amounts); default "count"

Predicates (exactly one key per object):

==============================  =============================================================
``{"size_class_in": [...]}``    organisation size class in the list (micro small medium midcap large)
``{"startup": true}``           organisation is (``false``: is known not to be) a startup
``{"hq_country_in": ["FR"]}``   headquarters country in the list (ISO 3166-1 alpha-2)
``{"hq_region": "EU"}``         headquarters in the EU (or ``"EEA"``)
``{"eu_controlled": true}``     organisation ultimately controlled from the EU
``{"open_weights": true}``      the offering's weights can be downloaded
``{"listed_on": "ugap"}``       the offering is listed on that marketplace (id)
``{"public_route": true}``      listed on at least one marketplace a public buyer can buy through
``{"all": [p, ...]}``           every sub-predicate holds
``{"any": [p, ...]}``           at least one holds
``{"not": p}``                  the sub-predicate is known not to hold
==============================  =============================================================

**Unknown is not false, and never satisfies.** A fact the catalog does not know (``null``) makes a
predicate *unknown*; ``all``/``any``/``not`` follow three-valued (Kleene) logic, and an item counts
for a rule only when its predicate is definitely true. So ``{"not": {"startup": true}}`` does not
count an organisation whose startup status is unknown. Listings are known facts: an offering with
no listing is definitely not listed.

Bounds: ``min_count`` (whole number, measure ``count`` only), ``min_share`` and ``max_share``
(between 0 and 1). With ``measure: "value"`` shares are of the estimated amounts
(``estimated_amount_eur``); an offering without an estimated amount weighs 0 (and is reported).
Shares are compared exactly: "at least 30% of 10" means at least 3.

This package's face is its API: rules are implemented in :mod:`catalog.quotas._rules`, the
candidates' facts and the evaluation of a shortlist in :mod:`catalog.quotas._evaluation`, candidates
from a ranking in :mod:`catalog.quotas._candidates`, the optimal shortlist in
:mod:`catalog.quotas._optimiser` (its reduced set in :mod:`catalog.quotas._reduction`, its exact
DPs in :mod:`catalog.quotas._solvers`), saved shortlists in :mod:`catalog.quotas._saved`.

Legal frame (see :data:`LEGAL_NOTE`): a shortlist decides whom the buyer consults; above EU
thresholds the award itself must not discriminate by size or nationality, so rules are shown with
that note wherever they are set or reported.
"""

from catalog._lazy import lazy_face

__getattr__, __dir__, __all__ = lazy_face(__name__, {
    "._rules": ("BOUNDS", "MEASURES", "MODES", "PREDICATE_KEYS", "Predicate", "QuotaRule",
                "check_rules_feasible_for_size", "parse_predicate", "parse_rules"),
    "catalog.text.quotas": ("LEGAL_NOTE", "legal_note"),
    "._evaluation": ("Candidate", "FactTable", "Fix", "QuotaEvaluation", "candidate_from_records",
                     "evaluate_shortlist", "rule_weights"),
    "._candidates": ("RECORDS_WINDOW", "attach_records", "candidates_from_ranking"),
    "._optimiser": ("ShortlistResult", "best_unconstrained", "build_shortlist"),
    "._presets": ("PRESET_RULES", "preset_choices", "preset_rule"),
    "._saved": ("MAX_NOTES", "ShortlistNotFound", "list_shortlists", "load_shortlist", "save_shortlist",
                "set_decision"),
})
