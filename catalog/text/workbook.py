"""French and English texts of the tender workbook: sheet names, headers, labels and explanations.

Each entry is ``{"fr": ..., "en": ...}``; :func:`text` picks the profile's language. Sheet names stay
under Excel's 31-character limit and avoid the characters it forbids (``[]:*?/\\``).
"""

from __future__ import annotations

from .labels import DECISION_LABELS, SIZE_CLASS_LABELS, size_class_label

TEXTS: dict[str, dict[str, str]] = {
    # sheet names
    "sheet.shortlist": {"fr": "Sélection", "en": "Shortlist"},
    "sheet.weights": {"fr": "Pondérations", "en": "Weights"},
    "sheet.grid": {"fr": "Grille", "en": "Grid"},
    "sheet.excluded": {"fr": "Exclus", "en": "Excluded"},
    "sheet.quotas": {"fr": "Quotas", "en": "Quotas"},
    "sheet.sources": {"fr": "Sources", "en": "Sources"},
    "sheet.profile": {"fr": "Profil", "en": "Profile"},
    "sheet.questions": {"fr": "Questions fournisseurs", "en": "Vendor questions"},
    "q.point": {"fr": "Point à vérifier", "en": "Point to verify"},
    "q.question": {"fr": "Question à poser au fournisseur", "en": "Question for the vendor"},
    "q.answer": {"fr": "Réponse du fournisseur", "en": "Vendor's answer"},
    "q.none": {"fr": "Aucun point à vérifier : le catalogue renseigne toutes les exigences pour les offres "
                     "présélectionnées.",
               "en": "Nothing to verify: the catalog records every must-have for the shortlisted offerings."},
    "q.how": {"fr": "Ces offres ont été conservées alors que le catalogue ne renseigne pas ces points : le profil "
                    "indique de les vérifier auprès du fournisseur plutôt que d'exclure l'offre. Joignez ces questions "
                    "à la lettre de consultation ; une réponse négative exclut l'offre.",
              "en": "These offerings were kept although the catalog does not record these points: the profile says "
                    "to verify them with the vendor rather than exclude the offering. Send these questions with the "
                    "consultation letter; a negative answer excludes the offering."},

    # shared column headers
    "col.rank": {"fr": "Rang", "en": "Rank"},
    "col.vivier_rank": {"fr": "Rang Vivier", "en": "Vivier rank"},
    "col.organisation": {"fr": "Organisation", "en": "Organisation"},
    "col.offering": {"fr": "Offre", "en": "Offering"},
    "col.offering_id": {"fr": "Identifiant de l'offre", "en": "Offering id"},
    "col.country": {"fr": "Pays du siège", "en": "HQ country"},
    "col.size": {"fr": "Taille", "en": "Size class"},
    "col.sme": {"fr": "PME", "en": "SME"},
    "col.startup": {"fr": "Startup", "en": "Startup"},
    "col.route": {"fr": "Voie d'achat public", "en": "Public purchasing route"},
    "col.total": {"fr": "Note totale (formule)", "en": "Total score (formula)"},
    "col.vivier_score": {"fr": "Note calculée par Vivier", "en": "Score computed by Vivier"},
    "col.price": {"fr": "Prix indicatif (€ HT)", "en": "Indicative price (€ excl. VAT)"},
    "col.price_unit": {"fr": "Unité de prix", "en": "Price unit"},
    "col.amount": {"fr": "Montant annuel estimé (€ HT)", "en": "Estimated yearly amount (€ excl. VAT)"},
    "col.decision": {"fr": "Décision", "en": "Decision"},
    "col.notes": {"fr": "Notes de l'évaluateur", "en": "Evaluator notes"},
    "col.in_shortlist": {"fr": "Dans la sélection", "en": "In the shortlist"},
    "col.reasons": {"fr": "Motifs d'exclusion", "en": "Reasons for exclusion"},
    "col.explanation": {"fr": "Explication : {criterion}", "en": "Why: {criterion}"},
    "col.quota_flag": {"fr": "Quota {number} : {label}", "en": "Quota {number}: {label}"},
    # Weights sheet
    "weights.criterion": {"fr": "Critère", "en": "Criterion"},
    "weights.weight": {"fr": "Poids (modifiable)", "en": "Weight (editable)"},
    "weights.share": {"fr": "Part de la note", "en": "Share of the score"},
    "weights.meaning": {"fr": "Ce que mesure le critère", "en": "What the criterion measures"},
    "weights.sum": {"fr": "Total des poids", "en": "Sum of weights"},
    "weights.how": {
        "fr": "Modifiez les poids de la ligne 2 : les notes totales et les rangs des feuilles Sélection et Grille "
              "sont recalculés. Chaque critère est noté de 0 à 1 ; la note totale vaut "
              "SOMMEPROD(notes ; poids) / SOMME(poids) × 100.",
        "en": "Edit the weights in row 2: the total scores and ranks on the Shortlist and Grid sheets are "
              "recomputed. Each criterion is scored from 0 to 1; the total is "
              "SUMPRODUCT(scores, weights) / SUM(weights) × 100.",
    },
    "weights.price_method": {"fr": "Méthode de notation du prix", "en": "Price scoring method"},
    "weights.price_basis": {"fr": "Base de prix comparée", "en": "Price compared"},
    "weights.pricing_model": {"fr": "Modèle de prix retenu", "en": "Pricing model compared"},
    "weights.budget": {"fr": "Budget (€ HT)", "en": "Budget (€ excl. VAT)"},
    "weights.reference": {"fr": "Prix qui obtient 0 (méthode linéaire)", "en": "Price that scores 0 (linear method)"},
    "weights.if_unknown": {"fr": "Offre sans prix comparable", "en": "Offering without a comparable price"},
    "weights.methods": {"fr": "Les méthodes de notation du prix", "en": "The price scoring methods"},
    # Quotas sheet
    "quota.rule": {"fr": "Règle", "en": "Rule"},
    "quota.mode": {"fr": "Mode", "en": "Mode"},
    "quota.bound": {"fr": "Borne", "en": "Bound"},
    "quota.target": {"fr": "Cible", "en": "Target"},
    "quota.live": {"fr": "Valeur actuelle (formule)", "en": "Current value (formula)"},
    "quota.met": {"fr": "Respectée ? (formule)", "en": "Met? (formula)"},
    "quota.vivier": {"fr": "Valeur calculée par Vivier", "en": "Value computed by Vivier"},
    "quota.note": {"fr": "Note juridique", "en": "Legal note"},
    "quota.yes": {"fr": "Respectée", "en": "Met"},
    "quota.no": {"fr": "Non respectée", "en": "Not met"},
    "quota.none": {"fr": "Aucune règle de quota dans ce profil.", "en": "This profile has no quota rule."},
    "quota.infeasible": {
        "fr": "Aucune sélection ne respecte toutes les règles obligatoires ; la sélection est vide.",
        "en": "No shortlist meets every required rule, so the shortlist is empty.",
    },
    "quota.cost": {"fr": "Coût des quotas en points de note", "en": "Cost of the quotas in score points"},
    "mode.required": {"fr": "obligatoire", "en": "required"},
    "mode.monitor": {"fr": "suivi", "en": "monitor"},
    # Sources sheet
    "src.record": {"fr": "Fiche", "en": "Record"},
    "src.kind": {"fr": "Type", "en": "Kind"},
    "src.record_id": {"fr": "Identifiant", "en": "Id"},
    "src.title": {"fr": "Titre de la source", "en": "Source title"},
    "src.url": {"fr": "Adresse (URL)", "en": "Address (URL)"},
    "src.seen_on": {"fr": "Consultée le", "en": "Seen on"},
    "src.verified_on": {"fr": "Fiche vérifiée le", "en": "Record verified on"},
    "src.unverified": {"fr": "Champs non vérifiés", "en": "Unverified fields"},
    "src.none": {"fr": "(aucune source : fiche à vérifier)", "en": "(no source: this record needs checking)"},
    "kind.organisation": {"fr": "organisation", "en": "organisation"},
    "kind.offering": {"fr": "offre", "en": "offering"},
    "kind.marketplace": {"fr": "voie d'achat", "en": "purchasing route"},
    "kind.listing": {"fr": "référencement", "en": "listing"},
    # Profile sheet
    "profile.field": {"fr": "Élément", "en": "Item"},
    "profile.value": {"fr": "Valeur", "en": "Value"},
    "profile.name": {"fr": "Profil", "en": "Profile"},
    "profile.buyer": {"fr": "Acheteur", "en": "Buyer"},
    "profile.need": {"fr": "Besoin", "en": "Need"},
    "profile.language": {"fr": "Langue", "en": "Language"},
    "profile.capabilities": {"fr": "Capacités recherchées", "en": "Wanted capabilities"},
    "profile.kinds": {"fr": "Types d'offre", "en": "Offering kinds"},
    "profile.must": {"fr": "Exigence éliminatoire : {field}", "en": "Must-have: {field}"},
    "profile.weight": {"fr": "Poids : {criterion}", "en": "Weight: {criterion}"},
    "profile.shortlist_size": {"fr": "Taille de la sélection", "en": "Shortlist size"},
    "profile.max_per_org": {"fr": "Offres par organisation (max.)", "en": "Offerings per organisation (max.)"},
    "profile.min_fit": {"fr": "Adéquation minimale aux capacités (en dessous : hors sujet)",
                        "en": "Minimum capability fit (below: off topic)"},
    "profile.quota": {"fr": "Règle de quota {number}", "en": "Quota rule {number}"},
    "profile.catalog_version": {"fr": "Version du catalogue", "en": "Catalog version"},
    "profile.exported_at": {"fr": "Exporté le", "en": "Exported on"},
    "profile.vivier_version": {"fr": "Version de Vivier", "en": "Vivier version"},
    "profile.shortlist_id": {"fr": "Sélection enregistrée n°", "en": "Stored shortlist no."},
    "profile.counts": {"fr": "Candidats notés / exclus", "en": "Candidates scored / excluded"},
    "profile.none": {"fr": "aucune", "en": "none"},
    # values
    "yes": {"fr": "Oui", "en": "Yes"},
    "no": {"fr": "Non", "en": "No"},
    "unknown": {"fr": "Inconnu", "en": "Unknown"},
    # decisions: their labels are catalog.text.labels.DECISION_LABELS
    "decision.prompt": {"fr": "Choisissez une décision dans la liste.", "en": "Pick a decision from the list."},
    # document properties
    "doc.title": {"fr": "Grille d'analyse : {name}", "en": "Scoring grid: {name}"},
    "doc.subject": {"fr": "Sélection de fournisseurs d'IA européens", "en": "Shortlist of European AI suppliers"},
}

CRITERION_LABELS: dict[str, dict[str, str]] = {
    "capability_fit": {"fr": "Adéquation au besoin", "en": "Capability fit"},
    "price": {"fr": "Prix", "en": "Price"},
    "sovereignty": {"fr": "Souveraineté", "en": "Sovereignty"},
    "openness": {"fr": "Ouverture", "en": "Openness"},
    "frugality": {"fr": "Frugalité", "en": "Frugality"},
    "sme": {"fr": "PME / startup", "en": "SME / startup"},
    "purchasing_route": {"fr": "Voie d'achat public", "en": "Public purchasing route"},
}

CRITERION_MEANINGS: dict[str, dict[str, str]] = {
    "capability_fit": {"fr": "Part des capacités recherchées que l'offre couvre.",
                       "en": "Share of the wanted capabilities the offering covers."},
    "price": {"fr": "Prix noté selon la méthode choisie : l'offre la moins chère obtient la meilleure note.",
              "en": "Price scored by the chosen method: the cheapest offer gets the best mark."},
    "sovereignty": {"fr": "Siège et contrôle européens, hébergement dans l'UE, qualifications (SecNumCloud…).",
                    "en": "EU headquarters and control, EU hosting, qualifications (SecNumCloud…)."},
    "openness": {"fr": "Poids ouverts et licence libre.", "en": "Open weights and an open licence."},
    "frugality": {"fr": "Taille du modèle et pratiques d'IA frugale (AFNOR Spec 2314).",
                  "en": "Model size and frugal-AI practices (AFNOR Spec 2314)."},
    "sme": {"fr": "L'organisation est une PME ou une startup.", "en": "The organisation is an SME or a startup."},
    "purchasing_route": {"fr": "L'offre est référencée sur une voie d'achat utilisable par un acheteur public.",
                         "en": "The offering is listed on a route a public buyer can buy through."},
}

PRICE_METHODS: dict[str, dict[str, str]] = {
    "classic": {
        "fr": "Classique : note = prix le plus bas / prix de l'offre. L'offre la moins chère obtient 1 ; "
              "pas d'effet de seuil.",
        "en": "Classic: score = lowest price / offer price. The cheapest offer gets 1; no cliff effect.",
    },
    "linear": {
        "fr": "Linéaire : 1 pour le prix le plus bas, 0 pour le prix de référence (offre la plus chère ou budget), "
              "proportionnel entre les deux.",
        "en": "Linear: 1 for the lowest price, 0 at the reference price (highest offer or budget), "
              "proportional in between.",
    },
    "average": {
        "fr": "Par rapport à la moyenne : note selon l'écart au prix moyen des offres ; l'offre la moins chère "
              "garde la meilleure note.",
        "en": "Average-based: score by the distance to the average offer price; the cheapest offer keeps the "
              "best mark.",
    },
}

PRICE_OPTIONS: dict[str, dict[str, str]] = {
    "unit_price": {"fr": "prix unitaire", "en": "unit price"},
    "estimated_amount": {"fr": "montant annuel estimé", "en": "estimated yearly amount"},
    "highest_offer": {"fr": "l'offre la plus chère", "en": "the highest offer"},
    "budget": {"fr": "le budget", "en": "the budget"},
    "score_zero": {"fr": "note 0 sur le prix", "en": "scores 0 on price"},
    "exclude": {"fr": "exclue", "en": "excluded"},
    "verify": {"fr": "à vérifier auprès du fournisseur", "en": "to verify with the vendor"},
}

TEXTS.update({f"size.{code}": {lang: size_class_label(code, lang, capital=True) for lang in labels}
              for code, labels in SIZE_CLASS_LABELS.items()})

TEXTS.update({f"decision.{code}": labels for code, labels in DECISION_LABELS.items()})


def text(key: str, language: str, **values) -> str:
    """The ``language`` text of ``key`` with ``values`` filled in."""
    template = TEXTS[key][language]
    return template.format(**values) if values else template


def label(table: dict[str, dict[str, str]], key: str, language: str) -> str:
    """The ``language`` label of ``key`` in ``table``, or the key itself when the table does not know it."""
    entry = table.get(key)
    return entry[language] if entry else key
