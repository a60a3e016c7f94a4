"""Sentences of the buyer side added with per-must-have uncertainty: questions for the vendors, honest
capability counts, criteria that do not apply, like-with-like prices, off-topic offerings and short
shortlists. :mod:`catalog.text.messages` merges them into its catalog (same ``text()``, same checks).
"""

from __future__ import annotations

BUYER_MESSAGES: dict[str, dict[str, str]] = {
    # -- questions for the vendor, one per fact kept "to verify" (the values of the knock-out)
    "q.hosting_countries": {
        "en": "In which countries are the data hosted and processed? The need requires hosting in {area}.",
        "fr": "Dans quels pays les données sont-elles hébergées et traitées ? Le besoin exige un hébergement "
              "dans : {area}."},
    "q.deployment_modes": {
        "en": "Which deployment modes do you offer? The need requires: {wanted}.",
        "fr": "Quels modes de déploiement proposez-vous ? Le besoin exige : {wanted}."},
    "q.certifications": {
        "en": "Does the service offered hold {name} (status required: {wanted})? Please attach the certificate "
              "or the certifier's reference.",
        "fr": "Le service proposé détient-il {name} (statut exigé : {wanted}) ? Merci de joindre l'attestation "
              "ou la référence de l'organisme certificateur."},
    "q.languages": {
        "en": "Which languages does the service support? The need requires: {wanted}.",
        "fr": "Quelles langues le service prend-il en charge ? Le besoin exige : {wanted}."},
    "q.open_weights": {
        "en": "Are the model's weights published for download, and under which licence?",
        "fr": "Les poids du modèle sont-ils publiés et téléchargeables, et sous quelle licence ?"},
    "q.eu_control": {
        "en": "Is your company controlled from the European Union? Please name your controlling shareholders.",
        "fr": "Votre société est-elle contrôlée depuis l'Union européenne ? Merci d'indiquer vos actionnaires "
              "de contrôle."},
    "q.max_price_eur": {
        "en": "What is the unit price of your offer, excluding VAT? The maximum is {wanted} €.",
        "fr": "Quel est le prix unitaire HT de votre offre ? Le plafond est de {wanted} €."},
    "verify.badge": {"en": "to verify with the vendor: {value}", "fr": "à vérifier auprès du fournisseur : {value}"},
    "verify.label.hosting_countries": {"en": "hosting countries", "fr": "pays d'hébergement"},
    "verify.label.deployment_modes": {"en": "deployment modes", "fr": "modes de déploiement"},
    "verify.label.certifications": {"en": "certification", "fr": "certification"},
    "verify.label.languages": {"en": "languages", "fr": "langues"},
    "verify.label.open_weights": {"en": "open weights", "fr": "ouverture des poids"},
    "verify.label.eu_control": {"en": "EU control", "fr": "contrôle européen"},
    "verify.label.max_price_eur": {"en": "price", "fr": "prix"},
    # -- capability counts: covered (exact or more specific), partly (only a broader concept), not offered
    "fit.counts": {"en": "wanted capabilities: {counts}: {details}.",
                   "fr": "capacités recherchées : {counts} : {details}."},
    "fit.count.covered": {"en": "{count} of {total} covered", "fr": "{count} couvertes sur {total}"},
    "fit.count.covered.one": {"en": "1 of {total} covered", "fr": "1 couverte sur {total}"},
    "fit.count.covered.none": {"en": "none of {total} covered", "fr": "aucune couverte sur {total}"},
    "fit.count.partly": {"en": "{count} partly (broader concept)", "fr": "{count} en partie (notion plus générale)"},
    "fit.count.missing": {"en": "{count} not offered", "fr": "{count} non proposées"},
    "fit.count.missing.one": {"en": "1 not offered", "fr": "1 non proposée"},
    "fit.summary.single_partly": {"en": "the wanted capability is only partly covered (broader concept): {details}.",
                                  "fr": "la capacité recherchée n'est couverte qu'en partie (notion plus générale) "
                                        ": {details}."},
    # -- a criterion that does not apply to this kind of offering
    "na.criterion": {"en": "does not apply to an offering of kind “{kind}”: its weight is shared among the other "
                           "criteria for this offering.",
                     "fr": "ne s'applique pas à une offre de type « {kind} » : son poids est réparti sur les autres "
                           "critères pour cette offre."},
    # -- like-with-like prices
    "price.warn.other_unit": {"en": "price in another unit or currency than the one compared: scored 0 on price",
                              "fr": "prix dans une autre unité ou devise que celle comparée : note 0 sur le prix"},
    "price.compared": {"en": "Prices compared: {basis}.", "fr": "Prix comparés : {basis}."},
    "pw.other_units": {"en": "{count} candidates have a price in another unit or currency than the one compared "
                              "({basis}): they are not compared and score 0 on price",
                       "fr": "{count} candidats ont un prix dans une autre unité ou devise que celle comparée "
                             "({basis}) : ils ne sont pas comparés et ont 0 sur le prix"},
    "pw.other_units.one": {"en": "1 candidate has a price in another unit or currency than the one compared "
                                  "({basis}): it is not compared and scores 0 on price",
                           "fr": "1 candidat a un prix dans une autre unité ou devise que celle comparée ({basis}) "
                                 ": il n'est pas comparé et a 0 sur le prix"},
    "punit.million_tokens": {"en": "per million tokens", "fr": "par million de jetons"},
    "punit.million_characters": {"en": "per million characters", "fr": "par million de caractères"},
    "punit.user_month": {"en": "per user and month", "fr": "par utilisateur et par mois"},
    "punit.gpu_hour": {"en": "per GPU-hour", "fr": "par heure de GPU"},
    "punit.audio_hour": {"en": "per hour of audio", "fr": "par heure d'audio"},
    "punit.audio_minute": {"en": "per minute of audio", "fr": "par minute d'audio"},
    "punit.page": {"en": "per page", "fr": "par page"},
    "punit.thousand_pages": {"en": "per 1,000 pages", "fr": "pour 1 000 pages"},
    "punit.thousand_requests": {"en": "per 1,000 requests", "fr": "pour 1 000 requêtes"},
    "punit.month": {"en": "per month", "fr": "par mois"},
    "punit.year": {"en": "per year", "fr": "par an"},
    # -- off topic: matches none of the wanted capabilities (nor a wanted kind of offering)
    "offtopic.none": {"en": "off topic: offers none of the wanted capabilities",
                      "fr": "hors sujet : ne propose aucune des capacités recherchées"},
    "offtopic.below": {"en": "off topic: capability fit {fit} % below the minimum of {minimum} %",
                       "fr": "hors sujet : adéquation aux capacités de {fit} % sous le minimum de {minimum} %"},
    # -- short shortlists
    "short.ranked": {"en": "only {count} offerings pass the must-haves ({excluded} excluded, {off_topic} off topic)",
                     "fr": "seules {count} offres passent les exigences ({excluded} exclues, {off_topic} hors sujet)"},
    "short.ranked.one": {"en": "only 1 offering passes the must-haves ({excluded} excluded, {off_topic} off topic)",
                         "fr": "une seule offre passe les exigences ({excluded} exclues, {off_topic} hors sujet)"},
    "short.per_org": {"en": "the {count} eligible offerings come from {organisations} organisations, at most "
                            "{per_org} per organisation",
                      "fr": "les {count} offres admissibles viennent de {organisations} organisations, au plus "
                            "{per_org} par organisation"},
    "short.quotas": {"en": "the quota rules cannot all be met with more offerings",
                     "fr": "les règles de quotas ne peuvent pas toutes être respectées avec plus d'offres"},
    "short.summary": {"en": "Short shortlist: {size} of the {wanted} offerings asked for; {reason}.",
                      "fr": "Présélection incomplète : {size} offres sur les {wanted} demandées ; {reason}."},
}
