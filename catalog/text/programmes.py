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
