"""French and English texts of the SME side: the AI Act questionnaire and the programme list file."""

from __future__ import annotations

#: the questionnaire's questions (catalog.sme.QUESTIONS), by question id
AI_ACT_QUESTIONS: dict[str, dict[str, str]] = {
    "prohibited": {
        "fr": ("Le système note-t-il socialement des personnes, manipule-t-il des comportements ou "
               "collecte-t-il des visages sans ciblage (pratiques interdites, art. 5) ?"),
        "en": ("Does the system score people socially, manipulate behaviour or scrape faces untargeted "
               "(prohibited practices, Art. 5)?"),
    },
    "gpai": {
        "fr": ("Fournissez-vous un modèle d'IA à usage général (un grand modèle réutilisable par d'autres) ?"),
        "en": ("Do you provide a general-purpose AI model (a large model others build on)?"),
    },
    "high": {
        "fr": ("Est-il utilisé pour l'emploi, l'éducation, le crédit, les services essentiels, la justice, "
               "la migration, les infrastructures critiques, la biométrie, ou comme composant de sécurité "
               "d'un produit réglementé (annexes I et III) ?"),
        "en": ("Is it used for employment, education, credit, essential services, justice, migration, "
               "critical infrastructure, biometrics, or as a safety component of a regulated product "
               "(Annexes I and III)?"),
    },
    "limited": {
        "fr": ("Dialogue-t-il avec des personnes, génère-t-il du texte, des images ou des sons, ou "
               "reconnaît-il des émotions (obligations de transparence, art. 50) ?"),
        "en": ("Does it talk with people, generate text, images or sound, or recognise emotions "
               "(transparency duties, Art. 50)?"),
    },
}

#: the columns of an exported programme list (CSV or XLSX)
#: when the AI Act's obligations for each class apply, as amended by the Digital Omnibus on AI (adopted by
#: the Council on 29 June 2026; its Official Journal reference was not yet confirmed on 3 December 2026)
AI_ACT_APPLIES: dict[str, dict[str, str]] = {
    "unacceptable": {
        "fr": "Pratiques interdites depuis le 2 février 2025 (art. 5) ; l'interdiction des contenus intimes non "
              "consentis générés par IA s'applique depuis le 2 décembre 2026.",
        "en": "Prohibited since 2 February 2025 (Art. 5); the ban on AI-generated non-consensual intimate content "
              "applies since 2 December 2026."},
    "gpai": {
        "fr": "Obligations des fournisseurs de modèles d'IA à usage général applicables depuis le 2 août 2025.",
        "en": "Obligations of general-purpose AI model providers apply since 2 August 2025."},
    "high": {
        "fr": "Obligations des systèmes à haut risque : à partir du 2 décembre 2027 pour les usages de l'annexe III, "
              "du 2 août 2028 pour les composants de sécurité de produits réglementés (annexe I), dates reportées "
              "par l'Omnibus numérique sur l'IA.",
        "en": "High-risk obligations: from 2 December 2027 for Annex III uses, from 2 August 2028 for safety "
              "components of regulated products (Annex I), dates postponed by the Digital Omnibus on AI."},
    "limited": {
        "fr": "Obligations de transparence (art. 50) applicables depuis le 2 août 2026.",
        "en": "Transparency obligations (Art. 50) apply since 2 August 2026."},
    "minimal": {
        "fr": "Pas d'obligation propre à l'AI Act au-delà de la maîtrise de l'IA par le personnel (art. 4, "
              "depuis le 2 février 2025).",
        "en": "No AI Act obligation of its own beyond staff AI literacy (Art. 4, since 2 February 2025)."},
}

EXPORT_COLUMNS = {
    "en": ("Programme", "Kind", "Status", "Eligible", "Fit score", "Why", "What it is", "Who can apply",
           "Benefits", "Maximum amount (EUR)", "Next deadline", "Link", "Sources", "Id"),
    "fr": ("Programme", "Type", "Statut", "Éligible", "Adéquation", "Pourquoi", "De quoi s'agit-il",
           "Qui peut candidater", "Avantages", "Montant maximum (EUR)", "Prochaine échéance", "Lien", "Sources",
           "Id"),
}

#: programme kinds in words, for the exported list (statuses: ``pstatus.*`` in catalog.text.messages)
PROGRAMME_KIND_LABELS = {
    "regulatory_sandbox": {"en": "Regulatory sandbox", "fr": "Bac à sable réglementaire"},
    "tef": {"en": "Testing and experimentation facility (TEF)", "fr": "Site d'essai et d'expérimentation (TEF)"},
    "edih": {"en": "European digital innovation hub (EDIH)", "fr": "Pôle européen d'innovation numérique (EDIH)"},
    "ai_factory": {"en": "AI Factory (EuroHPC)", "fr": "Usine d'IA (AI Factory EuroHPC)"},
    "compute_access": {"en": "Access to computing", "fr": "Accès au calcul"},
    "funding": {"en": "Funding", "fr": "Financement"},
    "accelerator": {"en": "Accelerator", "fr": "Accélérateur"},
    "support_network": {"en": "Support network", "fr": "Réseau d'accompagnement"},
}


YES_NO = {"en": ("yes", "no"), "fr": ("oui", "non")}

__all__ = ["AI_ACT_QUESTIONS", "EXPORT_COLUMNS", "PROGRAMME_KIND_LABELS", "YES_NO"]
