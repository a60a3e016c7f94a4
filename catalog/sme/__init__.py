"""The SME's side: company profiles, the AI Act risk questionnaire, matching a company to the sandboxes,
testing facilities, EDIHs, AI Factories and funding schemes it can use, and the export of that list.
"""

from catalog._lazy import lazy_face

__getattr__, __dir__, __all__ = lazy_face(__name__, {
    "._company": ("COMPANY_NEEDS", "COMPANY_SCHEMA", "CompanyProfile", "load_company_profile",
                  "parse_company_profile", "save_company_profile"),
    "._aiact": ("QUESTIONS", "RiskAnswer", "classify_ai_act_risk"),
    "._matching": ("ProgrammeMatch", "match_programmes", "resolve_sectors"),
    "._export": ("export_programme_matches",),
})
