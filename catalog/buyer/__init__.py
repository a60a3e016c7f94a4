"""The buyer's side: requirement profiles, the criteria and price formulas, the ranking, and the one
pipeline every front end calls (rank → quota candidates → optimal compliant shortlist → records).
"""

from catalog._lazy import lazy_face

__getattr__, __dir__, __all__ = lazy_face(__name__, {
    "._profile": ("BUYER_SCHEMA", "BUYER_SCHEMA_V1", "CRITERIA", "IF_UNKNOWN", "IF_UNKNOWN_DEFAULTS",
                  "DEFAULT_WEIGHTS", "MAX_SHORTLIST", "PRICE_METHODS", "BuyerProfile", "CertificationNeed",
                  "MustHaves", "PriceSettings", "load_buyer_profile", "parse_buyer_profile", "save_buyer_profile"),
    "._capabilities": ("WantedCapability", "resolve_capabilities"),
    "._criteria": ("NOT_APPLICABLE", "Facts", "applies", "facts_of", "frugality", "openness", "purchasing_route",
                   "render", "render_fit", "sme", "sovereignty"),
    "._price": ("choose_price_key", "explain_price", "key_words", "list_price", "price_basis", "price_context",
                "price_key", "price_score", "price_scores", "price_warnings"),
    "._columns": ("columns_for", "load_facts"),
    "._ranking": ("CriterionScore", "Exclusion", "OffTopic", "Ranking", "ScoredOffering", "Verification",
                  "rank_offerings"),
    "._rows": ("RankOrder",),
    "._loop": ("LoopRanking", "rank_offerings_loop"),
    "._knockouts": ("knockouts", "to_verify"),
    "._sensitivity": ("Sensitivity",),
    "._saving": ("KeptShortlist", "keep_shortlist"),
    "._pipeline": ("EXPLAINED", "SHOWN", "BuyerPass", "ShortlistView", "buyer_pass", "buyer_pass_steps",
                   "rank_job", "shortlist_of", "shortlist_view_job"),
})
