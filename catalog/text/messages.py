"""The matching engine's message catalog: every sentence a buyer or an SME reads, in French and English.

Explanations, knock-out reasons and warnings are built from these templates only, so both languages
stay complete (a test checks that every key has both texts with the same placeholders).
``text(key, language, **values)`` fills one template.
"""

from __future__ import annotations

from .buyer import BUYER_MESSAGES
from .labels import SIZE_CLASS_LABELS

MESSAGES: dict[str, dict[str, str]] = {
    # -- knock-outs (reasons for exclusion) and "not verified" warnings
    "ko.offering_kinds.failed": {"en": "kind of offering not wanted: {value}",
                                 "fr": "type d'offre non recherché : {value}"},
    "ko.hosting_countries.failed": {"en": "hosting outside {area}: {value}", "fr": "hébergement hors {area} : {value}"},
    "ko.hosting_countries.not_verified": {"en": "hosting countries not recorded (required: {area})",
                                          "fr": "pays d'hébergement non renseignés (exigé : {area})"},
    "ko.deployment_modes.failed": {"en": "deployment mode not offered: needs {wanted}, offers {value}",
                                   "fr": "mode de déploiement non proposé : exigé {wanted}, proposé {value}"},
    "ko.deployment_modes.not_verified": {"en": "deployment modes not recorded (required: {wanted})",
                                         "fr": "modes de déploiement non renseignés (exigé : {wanted})"},
    "ko.certifications.failed": {"en": "{name}: status {value}, {wanted} required",
                                 "fr": "{name} : statut {value}, {wanted} exigé"},
    "ko.certifications.not_verified": {"en": "{name} not recorded ({wanted} status required)",
                                       "fr": "{name} non renseignée (statut {wanted} exigé)"},
    "ko.languages.failed": {"en": "languages not supported: {value}", "fr": "langues non prises en charge : {value}"},
    "ko.languages.failed.one": {"en": "language not supported: {value}", "fr": "langue non prise en charge : {value}"},
    "ko.languages.not_verified": {"en": "supported languages not recorded (required: {wanted})",
                                  "fr": "langues prises en charge non renseignées (exigé : {wanted})"},
    "ko.open_weights.failed": {"en": "weights not open", "fr": "poids non ouverts"},
    "ko.open_weights.not_verified": {"en": "open weights not recorded", "fr": "ouverture des poids non renseignée"},
    "ko.provider_hq.failed": {"en": "provider headquartered outside {area}: {value}",
                              "fr": "fournisseur dont le siège est hors {area} : {value}"},
    "ko.eu_control.failed": {"en": "provider not controlled from the EU{value}",
                             "fr": "fournisseur non contrôlé depuis l'UE{value}"},
    "ko.eu_control.not_verified": {"en": "EU control of the provider not recorded",
                                   "fr": "contrôle européen du fournisseur non renseigné"},
    "ko.max_price_eur.failed": {"en": "price above the maximum of {wanted} €: {value} €",
                                "fr": "prix au-dessus du maximum de {wanted} € : {value} €"},
    "ko.max_price_eur.not_verified": {"en": "price not recorded (maximum {wanted} €)",
                                      "fr": "prix non renseigné (maximum {wanted} €)"},
    "ko.price.not_verified": {"en": "no comparable price recorded ({wanted})",
                              "fr": "aucun prix comparable renseigné ({wanted})"},
    "warn.not_verified": {"en": "not verified: {reason}", "fr": "non vérifié : {reason}"},
    # -- areas and values
    "area.EU": {"en": "the EU", "fr": "UE"},
    "area.EEA": {"en": "the EEA", "fr": "EEE"},
    "value.none": {"en": "none", "fr": "aucun"},
    "value.unknown": {"en": "not recorded", "fr": "non renseigné"},
    "status.qualified": {"en": "qualified", "fr": "qualifié"},
    "status.in_qualification": {"en": "in qualification", "fr": "en cours de qualification"},
    "status.claimed": {"en": "claimed", "fr": "déclaré"},
    "status.unverified": {"en": "unverified", "fr": "non vérifié"},
    "price.basis.unit_price": {"en": "unit price", "fr": "prix unitaire"},
    "price.basis.estimated_amount": {"en": "estimated amount", "fr": "montant estimé"},
    "pricing.per_token": {"en": "per token", "fr": "au jeton"},
    "pricing.per_character": {"en": "per character", "fr": "au caractère"},
    "pricing.per_user_month": {"en": "per user per month", "fr": "par utilisateur et par mois"},
    "pricing.per_hour": {"en": "per hour", "fr": "à l'heure"},
    "pricing.per_minute": {"en": "per minute", "fr": "à la minute"},
    "pricing.subscription": {"en": "subscription", "fr": "abonnement"},
    "pricing.quote": {"en": "on quotation", "fr": "sur devis"},
    "pricing.free": {"en": "free", "fr": "gratuit"},
    "pricing.open_source": {"en": "open source", "fr": "open source"},
    "okind.foundation_model": {"en": "foundation model", "fr": "modèle de fondation"},
    "okind.open_weight_model": {"en": "open-weight model", "fr": "modèle à poids ouverts"},
    "okind.model_api": {"en": "model API", "fr": "API de modèle"},
    "okind.assistant": {"en": "assistant", "fr": "assistant"},
    "okind.document_ai": {"en": "document AI", "fr": "IA documentaire"},
    "okind.speech": {"en": "speech", "fr": "parole"},
    "okind.translation": {"en": "translation", "fr": "traduction"},
    "okind.vision": {"en": "computer vision", "fr": "vision par ordinateur"},
    "okind.mlops_platform": {"en": "MLOps platform", "fr": "plateforme MLOps"},
    "okind.ai_testing": {"en": "AI testing", "fr": "test d'IA"},
    "okind.gpu_cloud": {"en": "GPU cloud", "fr": "cloud GPU"},
    "okind.sovereign_cloud": {"en": "sovereign cloud", "fr": "cloud souverain"},
    "okind.integration_service": {"en": "integration service", "fr": "service d'intégration"},
    "okind.vertical_application": {"en": "business application", "fr": "application métier"},
    "deploy.saas": {"en": "SaaS", "fr": "SaaS"},
    "deploy.api": {"en": "API", "fr": "API"},
    "deploy.eu_cloud": {"en": "EU cloud", "fr": "cloud UE"},
    "deploy.sovereign_cloud": {"en": "sovereign cloud", "fr": "cloud souverain"},
    "deploy.on_premises": {"en": "on premises", "fr": "sur site"},
    "deploy.edge": {"en": "edge", "fr": "embarqué"},
    "licence.proprietary": {"en": "proprietary", "fr": "propriétaire"},
    # -- capability fit
    "fit.summary.all": {"en": "all {total} wanted capabilities covered: {details}.",
                        "fr": "les {total} capacités recherchées sont couvertes : {details}."},
    "fit.summary.none": {"en": "none of the {total} wanted capabilities covered: {details}.",
                         "fr": "aucune des {total} capacités recherchées n'est couverte : {details}."},
    "fit.summary.single": {"en": "the wanted capability is covered: {details}.",
                           "fr": "la capacité recherchée est couverte : {details}."},
    "fit.summary.single_missing": {"en": "the wanted capability is not covered: {details}.",
                                   "fr": "la capacité recherchée n'est pas couverte : {details}."},
    "fit.exact": {"en": "“{word}” → {concept}", "fr": "«\u00a0{word}\u00a0» → {concept}"},
    "fit.narrower": {"en": "“{word}” → {concept} (via the more specific {via})",
                     "fr": "«\u00a0{word}\u00a0» → {concept} (via {via}, plus précis)"},
    "fit.broader": {"en": "“{word}” → {concept} (only the more general {via})",
                    "fr": "«\u00a0{word}\u00a0» → {concept} (seulement {via}, plus général)"},
    "fit.missing": {"en": "“{word}” not offered", "fr": "«\u00a0{word}\u00a0» non proposé"},
    # -- price
    "price.classic": {"en": "classic method: lowest price {pmin} {cur} ÷ this price {p} {cur}.",
                      "fr": "méthode classique : prix le plus bas {pmin} {cur} ÷ ce prix {p} {cur}."},
    "price.linear": {"en": "linear method between {pmin} {cur} (maximum) and {upper} {cur} (zero): "
                           "this price {p} {cur}.",
                     "fr": "méthode linéaire entre {pmin} {cur} (note maximale) et {upper} {cur} (zéro) : "
                           "ce prix {p} {cur}."},
    "price.average": {"en": "average-based method (average of offers {pavg} {cur}, lowest {pmin} {cur}): "
                            "this price {p} {cur}.",
                      "fr": "méthode de la moyenne (moyenne des offres {pavg} {cur}, plus bas {pmin} {cur}) : "
                            "ce prix {p} {cur}."},
    "price.unknown": {"en": "no comparable price recorded ({basis}): scored 0.",
                      "fr": "aucun prix comparable renseigné ({basis}) : note 0."},
    "price.warn.unknown": {"en": "price not recorded: scored 0 on price",
                           "fr": "prix non renseigné : note 0 sur le prix"},
    # -- sovereignty
    "sov.hq_eu": {"en": "EU headquarters ({value})", "fr": "siège dans l'UE ({value})"},
    "sov.hq_eea": {"en": "European headquarters outside the EU ({value})", "fr": "siège européen hors UE ({value})"},
    "sov.hq_out": {"en": "headquarters outside the EU ({value})", "fr": "siège hors UE ({value})"},
    "sov.contracting_out": {"en": "contracts signed by an entity outside the EU ({value})",
                            "fr": "contrats signés par une entité hors UE ({value})"},
    "sov.control_yes": {"en": "controlled from the EU", "fr": "contrôle européen"},
    "sov.control_no": {"en": "not controlled from the EU", "fr": "contrôle non européen"},
    "sov.control_unknown": {"en": "control not recorded", "fr": "contrôle non renseigné"},
    "sov.host_eu": {"en": "hosted in the EU ({value})", "fr": "hébergé dans l'UE ({value})"},
    "sov.host_partly": {"en": "hosted partly outside the EU ({value})", "fr": "hébergé en partie hors UE ({value})"},
    "sov.host_out": {"en": "hosted outside the EU ({value})", "fr": "hébergé hors UE ({value})"},
    "sov.host_unknown": {"en": "hosting not recorded", "fr": "hébergement non renseigné"},
    "sov.cert": {"en": "{name} {status}", "fr": "{name} {status}"},
    # -- openness
    "open.weights": {"en": "open weights", "fr": "poids ouverts"},
    "open.closed": {"en": "weights not open", "fr": "poids non ouverts"},
    "open.weights_unknown": {"en": "open weights not recorded", "fr": "ouverture des poids non renseignée"},
    "open.licence": {"en": "open licence {value}", "fr": "licence ouverte {value}"},
    "open.licence_closed": {"en": "licence {value}", "fr": "licence {value}"},
    # -- frugality
    "frugal.size": {"en": "{value} B parameters (size tier up to {tier} B)",
                    "fr": "{value} Md de paramètres (palier jusqu'à {tier} Md)"},
    "frugal.size_huge": {"en": "{value} B parameters (largest tier)",
                         "fr": "{value} Md de paramètres (plus grand palier)"},
    "frugal.size_unknown": {"en": "model size not recorded", "fr": "taille du modèle non renseignée"},
    "frugal.afnor": {"en": "AFNOR Spec 2314 frugal-AI practices recorded",
                     "fr": "pratiques d'IA frugale AFNOR Spec 2314 renseignées"},
    # -- SME / startup
    "sme.sme": {"en": "SME ({value})", "fr": "PME ({value})"},
    "sme.midcap": {"en": "mid-cap", "fr": "ETI"},
    "sme.large": {"en": "large company", "fr": "grande entreprise"},
    "sme.unknown": {"en": "company size not recorded", "fr": "taille de l'entreprise non renseignée"},
    "sme.startup": {"en": "start-up", "fr": "start-up"},
    # -- purchasing route
    "route.public": {"en": "listed on a public purchasing route: {value}",
                     "fr": "référencé sur une voie d'achat public : {value}"},
    "route.other": {"en": "listed only where a public buyer cannot buy directly: {value}",
                    "fr": "référencé seulement là où un acheteur public ne peut pas acheter directement : {value}"},
    "route.none": {"en": "not listed on any marketplace", "fr": "référencé sur aucune place de marché"},
    # -- ranking-level warnings (price settings that create cliffs, case law in catalog.buyer._price)
    "pw.two_offers": {"en": "only two offers have a comparable price: the linear method gives one the maximum and "
                            "the other 0 whatever the gap (cliff censured by CAA Paris, 8 Feb 2016, n°15PA02953)",
                      "fr": "seules deux offres ont un prix comparable : la méthode linéaire donne la note maximale "
                            "à l'une et 0 à l'autre quel que soit l'écart (effet de seuil censuré par la CAA de "
                            "Paris, 8 févr. 2016, n°15PA02953)"},
    "pw.narrow": {"en": "comparable prices are within {gap}% of each other: the linear method spreads this small gap "
                        "over the whole scale (cliff effect, CAA Paris 2016); prefer the classic method",
                  "fr": "les prix comparables sont à moins de {gap} % les uns des autres : la méthode linéaire étale "
                        "ce faible écart sur toute l'échelle (effet de seuil, CAA Paris 2016) ; préférez la méthode "
                        "classique"},
    "pw.over_budget": {"en": "{count} offers above the budget of {budget} € get 0 on price",
                       "fr": "{count} offres au-dessus du budget de {budget} € ont 0 sur le prix"},
    "pw.over_budget.one": {"en": "1 offer above the budget of {budget} € gets 0 on price",
                           "fr": "1 offre au-dessus du budget de {budget} € a 0 sur le prix"},
    "pw.free": {"en": "an offer has a price of 0 €: the classic method then gives 0 to every paid offer",
                "fr": "une offre a un prix de 0 € : la méthode classique donne alors 0 à toute offre payante"},
    "pw.double_average": {"en": "{count} offers at twice the average price or more get 0 on price",
                          "fr": "{count} offres à deux fois le prix moyen ou plus ont 0 sur le prix"},
    "pw.double_average.one": {"en": "1 offer at twice the average price or more gets 0 on price",
                              "fr": "1 offre à deux fois le prix moyen ou plus a 0 sur le prix"},
    "pw.too_few": {"en": "fewer than two offers have a comparable price: the price criterion cannot tell offers apart",
                   "fr": "moins de deux offres ont un prix comparable : le critère prix ne départage pas les offres"},
    "pw.unknown": {"en": "{count} candidates have no comparable price and score 0 on price",
                   "fr": "{count} candidats sans prix comparable ont 0 sur le prix"},
    "pw.unknown.one": {"en": "1 candidate has no comparable price and scores 0 on price",
                       "fr": "1 candidat sans prix comparable a 0 sur le prix"},
    # -- programmes (SME side)
    "prog.closed": {"en": "the programme is closed", "fr": "le programme est clos"},
    "prog.not_open": {"en": "{status}: not open for applications yet",
                      "fr": "{status} : pas encore ouvert aux candidatures"},
    "pstatus.open": {"en": "open", "fr": "ouvert"},
    "pstatus.permanent": {"en": "permanent", "fr": "permanent"},
    "pstatus.closed": {"en": "closed", "fr": "clos"},
    "pstatus.announced": {"en": "announced", "fr": "annoncé"},
    "pstatus.planned": {"en": "planned", "fr": "prévu"},
    "pstatus.not_announced": {"en": "nothing announced", "fr": "rien d'annoncé"},
    "prog.open": {"en": "open for applications", "fr": "ouvert aux candidatures"},
    "prog.size_failed": {"en": "reserved for {wanted} companies; yours is {value}",
                         "fr": "réservé aux entreprises de taille {wanted} ; la vôtre est de taille {value}"},
    "prog.size_unknown": {"en": "reserved for {wanted} companies; give your headcount to check",
                          "fr": "réservé aux entreprises de taille {wanted} ; indiquez votre effectif pour vérifier"},
    "prog.size_ok": {"en": "open to your size ({value})", "fr": "ouvert à votre taille ({value})"},
    "prog.country_failed": {"en": "only for companies in {wanted}; yours is in {value}",
                            "fr": "réservé aux entreprises situées en {wanted} ; la vôtre est en {value}"},
    "prog.region_failed": {"en": "regional scheme for {wanted}; your region is {value}",
                           "fr": "dispositif régional pour {wanted} ; votre région est {value}"},
    "prog.region_unknown": {"en": "regional scheme for {wanted}; give your region to check",
                            "fr": "dispositif régional pour {wanted} ; indiquez votre région pour vérifier"},
    "prog.stage_failed": {"en": "for companies at stage {wanted}; yours is {value}",
                          "fr": "pour les entreprises au stade {wanted} ; la vôtre est au stade {value}"},
    "prog.stage_unknown": {"en": "for companies at stage {wanted}; give your stage to check",
                           "fr": "pour les entreprises au stade {wanted} ; indiquez votre stade pour vérifier"},
    "prog.sector_failed": {"en": "focused on {wanted}; your sectors: {value}",
                           "fr": "centré sur {wanted} ; vos secteurs : {value}"},
    "prog.sector_unknown": {"en": "focused on {wanted}; give your sector to check",
                            "fr": "centré sur {wanted} ; indiquez votre secteur pour vérifier"},
    "prog.sector_ok": {"en": "sector match: {value}", "fr": "secteur correspondant : {value}"},
    "prog.needs": {"en": "covers your needs: {value}", "fr": "répond à vos besoins : {value}"},
    "prog.needs_none": {"en": "covers none of your stated needs", "fr": "ne couvre aucun de vos besoins déclarés"},
    "prog.use_case": {"en": "related to your use case: {value}", "fr": "en lien avec votre cas d'usage : {value}"},
    "prog.sandbox_risk": {"en": "an AI Act sandbox suits a {value} AI system",
                          "fr": "un bac à sable AI Act convient à un système d'IA {value}"},
    "prog.deadline": {"en": "next deadline {value}", "fr": "prochaine échéance {value}"},
    "prog.near_region": {"en": "a scheme of your region ({value})", "fr": "dispositif de votre région ({value})"},
    "prog.near_country": {"en": "in your country ({value})", "fr": "dans votre pays ({value})"},
    "prog.near_abroad": {"en": "based in another country ({value})", "fr": "situé dans un autre pays ({value})"},
    "stage.idea": {"en": "idea", "fr": "idée"},
    "stage.seed": {"en": "seed", "fr": "amorçage"},
    "stage.early": {"en": "early", "fr": "démarrage"},
    "stage.growth": {"en": "growth", "fr": "croissance"},
    "stage.mature": {"en": "mature", "fr": "maturité"},
    "need.testing": {"en": "testing", "fr": "tests"},
    "need.regulatory_guidance": {"en": "regulatory guidance", "fr": "accompagnement réglementaire"},
    "need.compute": {"en": "compute", "fr": "calcul"},
    "need.funding": {"en": "funding", "fr": "financement"},
    "need.training": {"en": "training", "fr": "formation"},
    "need.partners": {"en": "partners", "fr": "partenaires"},
    "risk.high": {"en": "high-risk", "fr": "à haut risque"},
    "risk.gpai": {"en": "general-purpose", "fr": "à usage général"},
    "risk.unacceptable": {"en": "prohibited-practice", "fr": "relevant d'une pratique interdite"},
    "risk.limited": {"en": "limited-risk", "fr": "à risque limité"},
    "risk.minimal": {"en": "minimal-risk", "fr": "à risque minimal"},
    "risk.unknown": {"en": "not yet classified", "fr": "non encore classé"},
    # -- credentials (feed tokens, the INSEE key) when no system keychain can keep them
    "secret.not_remembered": {"en": "not remembered: no system keychain",
                              "fr": "non mémorisé : pas de trousseau système"},
}

MESSAGES.update({f"size.{code}": labels for code, labels in SIZE_CLASS_LABELS.items()})
MESSAGES.update(BUYER_MESSAGES)


def text(key: str, language: str, **values) -> str:
    """The ``language`` ("fr" or "en") text of ``key`` with ``values`` filled in."""
    return MESSAGES[key][language].format(**values)


def plural(key: str, count: int, language: str, **values) -> str:
    """``key``'s text for ``count`` things: its ``.one`` variant when there is exactly one."""
    chosen = f"{key}.one" if count == 1 and f"{key}.one" in MESSAGES else key
    return text(chosen, language, count=count, **values)


def label(prefix: str, code: str, language: str) -> str:
    """The readable label of a catalog code (``label("pricing", "per_token", "fr")`` → "au jeton").

    Codes without a label (a licence name such as "Apache-2.0", a new code) are shown as they are.
    """
    key = f"{prefix}.{code}"
    return text(key, language) if key in MESSAGES else code


def separator(language: str) -> str:
    """Between clauses of one sentence: French puts a space before the semicolon."""
    return " ; " if language == "fr" else "; "


def number(value: float, language: str) -> str:
    """A number as people read it: no trailing zeros, French decimal comma."""
    shown = f"{value:,.4f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"
    if language == "fr":
        shown = shown.replace(",", "\u202f").replace(".", ",")
    return shown


def area(codes: tuple[str, ...] | list[str], language: str) -> str:
    """``("EU",)`` → "the EU" / "UE"; country codes are listed as they are."""
    return ", ".join(text(f"area.{c}", language) if c in ("EU", "EEA") else c for c in codes)
