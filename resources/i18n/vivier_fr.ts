<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/actions.py" line="26" />
        <source>&amp;Import catalogue file…</source>
        <translation>&amp;Importer un fichier de catalogue…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="27" />
        <source>&amp;Export catalogue…</source>
        <translation>&amp;Exporter le catalogue…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="28" />
        <source>&amp;Open need profile…</source>
        <translation>&amp;Ouvrir un profil de besoin…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="29" />
        <source>&amp;Save need profile</source>
        <translation>&amp;Enregistrer le profil de besoin</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="30" />
        <source>Save need profile &amp;as…</source>
        <translation>Enregistrer le profil de besoin &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="31" />
        <source>Export tender &amp;workbook…</source>
        <translation>Exporter le &amp;classeur d'achat…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="32" />
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="33" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="34" />
        <source>&amp;New record…</source>
        <translation>&amp;Nouvelle fiche…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="35" />
        <source>&amp;Edit record…</source>
        <translation>&amp;Modifier la fiche…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="35" />
        <source>&amp;Find in catalogue</source>
        <translation>&amp;Rechercher dans le catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="36" />
        <source>&amp;Catalogue</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="37" />
        <source>&amp;Need</source>
        <translation>&amp;Besoin</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="38" />
        <source>&amp;Ranking</source>
        <translation>C&amp;lassement</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="39" />
        <source>&amp;Shortlist</source>
        <translation>&amp;Présélection</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="40" />
        <source>&amp;Programmes (SME)</source>
        <translation>Pro&amp;grammes (PME)</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="41" />
        <source>&amp;About Vivier</source>
        <translation>À &amp;propos de Vivier</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="42" />
        <source>Make shortlist &amp;compliant</source>
        <translation>Rendre la présélection &amp;conforme</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="47" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="48" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="49" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="50" />
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <location filename="../../desktop/widgets/charts.py" line="46" />
        <source>Score breakdown chart</source>
        <extracomment>bar colours: a blue readable on white and the light track behind it</extracomment>
        <translation>Graphique du détail de la note</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/charts.py" line="62" />
        <source>Select an offering to see its score.</source>
        <translation>Sélectionnez une offre pour voir sa note.</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="26" />
        <source>Name</source>
        <extracomment>role giving the record id of a row</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="26" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="26" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="26" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="27" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="27" />
        <source>Verified on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="59" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/models/catalog_model.py" line="72" />
        <source>%n fact(s) of this record could not be checked against a source</source>
        <translation>
            <numerusform>%n fait de cette fiche n'a pas pu être vérifié dans une source</numerusform>
            <numerusform>%n faits de cette fiche n'ont pas pu être vérifiés dans une source</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="74" />
        <source>This record has no source</source>
        <translation>Cette fiche n'a pas de source</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="154" />
        <source>The catalogue could not be read.</source>
        <extracomment>the list is filled after an off-thread :meth:`load` (facet, BrowseFilters field) of the combo boxes, in display order</extracomment>
        <translation>Le catalogue n'a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="159" />
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="160" />
        <source>Search every record: names, capabilities, descriptions (typos and missing accents are fine)</source>
        <translation>Chercher dans toutes les fiches : noms, capacités, descriptions (fautes de frappe et accents oubliés acceptés)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="162" />
        <source>Search the catalogue</source>
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="163" />
        <source>Catalogue records</source>
        <translation>Fiches du catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="164" />
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="165" />
        <source>New record…</source>
        <translation>Nouvelle fiche…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="166" />
        <source>Edit record…</source>
        <translation>Modifier la fiche…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="167" />
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="168" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="169" />
        <source>Tip: drop a .json, .csv or .xlsx file here to import it.</source>
        <translation>Astuce : déposez ici un fichier .json, .csv ou .xlsx pour l'importer.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="201" />
        <source>Any kind</source>
        <translation>Tous types</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="201" />
        <source>Any country</source>
        <translation>Tous pays</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="201" />
        <source>Any size</source>
        <translation>Toutes tailles</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="202" />
        <source>Any deployment</source>
        <translation>Tout déploiement</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="202" />
        <source>Any certification</source>
        <translation>Toute certification</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="203" />
        <source>Any marketplace</source>
        <translation>Toute place de marché</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="203" />
        <source>Open weights: any</source>
        <translation>Poids ouverts : indifférent</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="206" />
        <source>Filter: {what}</source>
        <translation>Filtre : {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="207" />
        <source>Open weights: yes</source>
        <translation>Poids ouverts : oui</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="208" />
        <source>Open weights: no</source>
        <translation>Poids ouverts : non</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="240" />
        <source>Loading the catalogue…</source>
        <translation>Chargement du catalogue…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/catalogue_page.py" line="242" />
        <source>%n match(es) found in descriptions or by close spelling</source>
        <translation>
            <numerusform>%n résultat trouvé dans les descriptions ou par orthographe proche</numerusform>
            <numerusform>%n résultats trouvés dans les descriptions ou par orthographe proche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/catalogue_page.py" line="244" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="246" />
        <source>{shown} of {total} records</source>
        <translation>{shown} fiches sur {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="288" />
        <source>Record {id} added.</source>
        <translation>Fiche {id} ajoutée.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="297" />
        <source>Record {id} saved.</source>
        <translation>Fiche {id} enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="312" />
        <source>{file}: {added} record(s) added, {updated} updated, {same} unchanged.</source>
        <translation>{file} : {added} fiche(s) ajoutée(s), {updated} mise(s) à jour, {same} inchangée(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="317" />
        <source>Importing {file}</source>
        <translation>Import de {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="325" />
        <source>{file}: {count} record(s) exported.</source>
        <translation>{file} : {count} fiche(s) exportée(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="329" />
        <source>Exporting to {file}</source>
        <translation>Export vers {file}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/errors.py" line="69" />
        <source>Something went wrong ({name}). Vivier is still usable.</source>
        <extracomment>a validation message longer than this many lines moves the rest to the dialog's details</extracomment>
        <translation>Une erreur inattendue s'est produite ({name}). Vivier reste utilisable.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="72" />
        <source>The details were written to {path}.</source>
        <translation>Les détails ont été écrits dans {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="97" />
        <source>Rebuild the catalog from the shipped catalog now? Your workspace (profiles, shortlists, decisions) is kept, and the damaged file is set aside.</source>
        <translation>Reconstruire le catalogue à partir du catalogue fourni ? Votre espace de travail (profils, présélections, décisions) est conservé et le fichier endommagé est mis de côté.</translation>
    </message>
</context>
<context>
    <name>ExclusionModel</name>
    <message>
        <location filename="../../desktop/models/ranking_models.py" line="77" />
        <source>Offering</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_models.py" line="77" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_models.py" line="77" />
        <source>Why it is excluded</source>
        <translation>Motif d'exclusion</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/labels.py" line="16" />
        <location filename="../../desktop/labels.py" line="179" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="17" />
        <location filename="../../desktop/labels.py" line="198" />
        <source>Offering</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="18" />
        <location filename="../../desktop/labels.py" line="197" />
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="19" />
        <source>Listing</source>
        <translation>Référencement</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="19" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="28" />
        <source>Micro</source>
        <translation>Micro</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="29" />
        <source>Small</source>
        <translation>Petite</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="30" />
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="31" />
        <source>Mid-cap</source>
        <translation>ETI</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="32" />
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="39" />
        <source>SaaS</source>
        <translation>SaaS</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="40" />
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="41" />
        <source>EU cloud</source>
        <translation>Cloud UE</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="42" />
        <location filename="../../desktop/labels.py" line="70" />
        <source>Sovereign cloud</source>
        <translation>Cloud souverain</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="43" />
        <source>On premises</source>
        <translation>Sur site</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="43" />
        <source>Edge</source>
        <translation>Embarqué</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="49" />
        <source>To contact</source>
        <translation>À contacter</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="50" />
        <source>Retained</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="51" />
        <source>Rejected</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="57" />
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="58" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="58" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="64" />
        <source>Foundation model</source>
        <translation>Modèle de fondation</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="65" />
        <source>Open-weight model</source>
        <translation>Modèle à poids ouverts</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="66" />
        <source>Model API</source>
        <translation>API de modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="66" />
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="67" />
        <source>Document AI</source>
        <translation>IA documentaire</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="67" />
        <source>Speech</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="68" />
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="68" />
        <source>Computer vision</source>
        <translation>Vision par ordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="69" />
        <source>MLOps platform</source>
        <translation>Plateforme MLOps</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="69" />
        <source>AI testing</source>
        <translation>Test d'IA</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="70" />
        <source>GPU cloud</source>
        <translation>Cloud GPU</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="71" />
        <source>Integration service</source>
        <translation>Service d'intégration</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="72" />
        <source>Business application</source>
        <translation>Application métier</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="79" />
        <source>Central purchasing body</source>
        <translation>Centrale d'achat</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="80" />
        <source>Public catalogue</source>
        <translation>Catalogue public</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="81" />
        <source>Framework agreement</source>
        <translation>Accord-cadre</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="82" />
        <source>Procurement route</source>
        <translation>Voie d'achat</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="83" />
        <source>Cloud marketplace</source>
        <translation>Place de marché cloud</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="84" />
        <source>EU platform</source>
        <translation>Plateforme européenne</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="91" />
        <source>Regulatory sandbox</source>
        <translation>Bac à sable réglementaire</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="92" />
        <source>TEF (testing facility)</source>
        <translation>TEF (site d'essai)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="93" />
        <source>EDIH (innovation hub)</source>
        <translation>EDIH (pôle d'innovation)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="94" />
        <source>AI Factory</source>
        <translation>AI Factory (usine d'IA)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="95" />
        <source>Compute access</source>
        <translation>Accès au calcul</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="96" />
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="96" />
        <source>Accelerator</source>
        <translation>Accélérateur</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="97" />
        <source>Support network</source>
        <translation>Réseau d'accompagnement</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="104" />
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="104" />
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="105" />
        <source>Announced</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="105" />
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Nothing announced</source>
        <translation>Rien d&apos;annoncé</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="106" />
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="113" />
        <source>Per token</source>
        <translation>Au jeton</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="113" />
        <source>Per character</source>
        <translation>Au caractère</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="114" />
        <source>Per user per month</source>
        <translation>Par utilisateur et par mois</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="114" />
        <source>Per hour</source>
        <translation>À l'heure</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="115" />
        <source>Per minute</source>
        <translation>À la minute</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="115" />
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="116" />
        <source>On quotation</source>
        <translation>Sur devis</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="116" />
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="117" />
        <source>Open source</source>
        <translation>Open source</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="124" />
        <source>qualified</source>
        <translation>qualifié</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="124" />
        <source>in qualification</source>
        <translation>en cours de qualification</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="125" />
        <source>claimed</source>
        <translation>déclaré</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="125" />
        <source>unverified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="134" />
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="134" />
        <source>Seed</source>
        <translation>Amorçage</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="135" />
        <source>Early stage</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="135" />
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="136" />
        <source>Mature</source>
        <translation>Maturité</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="142" />
        <source>Proprietary</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="160" />
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="161" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="162" />
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="163" />
        <source>HQ country</source>
        <translation>Pays du siège</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="164" />
        <source>HQ city</source>
        <translation>Ville du siège</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="165" />
        <source>Founded</source>
        <translation>Fondée en</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="166" />
        <source>Size class</source>
        <translation>Catégorie de taille</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="167" />
        <source>Start-up</source>
        <translation>Start-up</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="167" />
        <source>EU-controlled</source>
        <translation>Contrôle européen</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="168" />
        <source>Contracting country</source>
        <translation>Pays contractant</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="169" />
        <source>Parent company</source>
        <translation>Société mère</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="170" />
        <source>Control note</source>
        <translation>Note sur le contrôle</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="171" />
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="172" />
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="173" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="174" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="175" />
        <source>Verified on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="176" />
        <source>Unverified fields</source>
        <translation>Champs non vérifiés</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="177" />
        <source>Conflicting sources</source>
        <translation>Sources divergentes</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="178" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="180" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="181" />
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="182" />
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="183" />
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="184" />
        <source>Hosting countries</source>
        <translation>Pays d'hébergement</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="185" />
        <source>Open weights</source>
        <translation>Poids ouverts</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="186" />
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="187" />
        <source>Parameters (billions)</source>
        <translation>Paramètres (milliards)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="188" />
        <source>Active parameters (billions)</source>
        <translation>Paramètres actifs (milliards)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="189" />
        <source>Frugal practices</source>
        <translation>Pratiques frugales</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="190" />
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="190" />
        <source>Pricing</source>
        <translation>Tarification</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="191" />
        <source>Estimated amount (EUR)</source>
        <translation>Montant estimé (EUR)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="192" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="193" />
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="194" />
        <source>Public purchasing route</source>
        <translation>Voie d'achat public</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="195" />
        <source>What it means for a buyer</source>
        <translation>Ce que cela change pour un acheteur</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="196" />
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="199" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="200" />
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="201" />
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="202" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="203" />
        <source>AI Act sandbox</source>
        <translation>Bac à sable AI Act</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="204" />
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="205" />
        <source>Benefits</source>
        <translation>Avantages</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="206" />
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="207" />
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="208" />
        <source>Host site</source>
        <translation>Site hôte</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="209" />
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="209" />
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="212" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="212" />
        <source>Amount (EUR)</source>
        <translation>Montant (EUR)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="213" />
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="213" />
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="214" />
        <source>Maximum amount (EUR)</source>
        <translation>Montant maximum (EUR)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="215" />
        <source>Cost share (%)</source>
        <translation>Part des coûts (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="215" />
        <source>Computing power</source>
        <translation>Puissance de calcul</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="216" />
        <source>Testing</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="216" />
        <source>Guidance</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="217" />
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="217" />
        <source>Size classes</source>
        <translation>Catégories de taille</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="218" />
        <source>Stages</source>
        <translation>Stades</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="218" />
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="219" />
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="219" />
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="220" />
        <source>LEI</source>
        <translation>LEI</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="221" />
        <source>AFNOR Spec 2314 (frugal AI)</source>
        <translation>AFNOR Spec 2314 (IA frugale)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="221" />
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="229" />
        <source>Capability fit</source>
        <translation>Adéquation des capacités</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="229" />
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="230" />
        <source>Sovereignty</source>
        <translation>Souveraineté</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="230" />
        <source>Openness</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="231" />
        <source>Frugality</source>
        <translation>Frugalité</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="231" />
        <source>SME / start-up</source>
        <translation>PME / start-up</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="232" />
        <source>Purchasing route</source>
        <translation>Voie d'achat</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="239" />
        <source>Unacceptable (prohibited)</source>
        <translation>Inacceptable (interdit)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="239" />
        <source>High risk</source>
        <translation>Haut risque</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="240" />
        <source>Limited risk (transparency)</source>
        <translation>Risque limité (transparence)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="240" />
        <source>Minimal risk</source>
        <translation>Risque minimal</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="241" />
        <source>General-purpose AI model</source>
        <translation>Modèle d'IA à usage général</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="241" />
        <source>Not sure yet</source>
        <translation>Pas encore déterminé</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="248" />
        <source>Classic: lowest price / price</source>
        <translation>Classique : prix le plus bas / prix</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="249" />
        <source>Linear: lowest price to highest price or budget</source>
        <translation>Linéaire : du prix le plus bas au plus élevé ou au budget</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="250" />
        <source>Against the average price</source>
        <translation>Par rapport au prix moyen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="123" />
        <source>Catalogue</source>
        <extracomment>the navigation's width in pixels: fits "Programmes (PME)" at the default font with the icon margin</extracomment>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="123" />
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="123" />
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="124" />
        <source>Shortlist</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="124" />
        <source>Programmes (SME)</source>
        <translation>Programmes (PME)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="127" />
        <source>Vivier — European AI for buyers and SMEs</source>
        <translation>Vivier — l'IA européenne pour les acheteurs et les PME</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="131" />
        <source>Areas</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="135" />
        <source>&amp;Undo shortlist change</source>
        <translation>&amp;Annuler la modification de la présélection</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="136" />
        <source>&amp;Redo shortlist change</source>
        <translation>&amp;Rétablir la modification de la présélection</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="184" />
        <source>Import catalogue file</source>
        <translation>Importer un fichier de catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="185" />
        <source>Catalogue files (*.json *.csv *.xlsx)</source>
        <translation>Fichiers de catalogue (*.json *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="191" />
        <source>Export catalogue</source>
        <translation>Exporter le catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="192" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="229" />
        <source>About Vivier</source>
        <translation>À propos de Vivier</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="230" />
        <source>Vivier {version}
A sourced catalogue of European AI, explainable ranking, compliant shortlists and tender workbooks.
Data folder: {folder}</source>
        <translation>Vivier {version}
Un catalogue sourcé de l'IA européenne, un classement expliqué, des présélections conformes et des classeurs d'achat.
Dossier de données : {folder}</translation>
    </message>
</context>
<context>
    <name>NeedPage</name>
    <message>
        <source>if not recorded: exclude</source>
        <translation>si non renseigné : exclure</translation>
    </message>
    <message>
        <source>if not recorded: ask the vendor</source>
        <translation>si non renseigné : demander au fournisseur</translation>
    </message>
    <message>
        <source>When the catalog does not record this fact for an offering: exclude the offering, or keep it and add the question to the list sent to the vendor with the consultation.</source>
        <translation>Quand le catalogue ne renseigne pas ce point pour une offre : exclure l'offre, ou la garder et ajouter la question à la liste envoyée au fournisseur avec la consultation.</translation>
    </message>
    <message>
        <source>{share} %</source>
        <translation>{share} %</translation>
    </message>
    <message>
        <source>{share} % of the score (slider at {value})</source>
        <translation>{share} % de la note (curseur à {value})</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="277" />
        <source>New need</source>
        <translation>Nouveau besoin</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="281" />
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="282" />
        <source>The need</source>
        <translation>Le besoin</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="283" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="283" />
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="283" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="284" />
        <source>Language of the results</source>
        <translation>Langue des résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="286" />
        <source>Wanted capabilities (French or English words)</source>
        <translation>Capacités recherchées (mots en français ou en anglais)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="287" />
        <source>e.g. traduction, speech to text, RAG</source>
        <translation>ex. traduction, transcription, RAG</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="288" />
        <source>Capability to add</source>
        <translation>Capacité à ajouter</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="289" />
        <source>Wanted capabilities</source>
        <translation>Capacités recherchées</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="290" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="291" />
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="292" />
        <source>Must-haves (an offering failing one is excluded, with the reason)</source>
        <translation>Exigences éliminatoires (une offre qui en manque une est exclue, avec le motif)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="293" />
        <source>Hosting countries</source>
        <translation>Pays d'hébergement</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="293" />
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="294" />
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="294" />
        <source>Provider HQ in</source>
        <translation>Siège du fournisseur dans</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="295" />
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="295" />
        <source>Maximum price (EUR)</source>
        <translation>Prix maximum (EUR)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="297" />
        <source>e.g. FR, EU (comma-separated)</source>
        <translation>ex. FR, EU (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="298" />
        <source>e.g. fr, en</source>
        <translation>ex. fr, en</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="299" />
        <source>e.g. EU</source>
        <translation>ex. EU</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="300" />
        <source>e.g. SecNumCloud</source>
        <translation>ex. SecNumCloud</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="301" />
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="302" />
        <source>Open weights required</source>
        <translation>Poids ouverts exigés</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="303" />
        <source>Provider controlled from the EU</source>
        <translation>Fournisseur contrôlé depuis l'UE</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="306" />
        <source>Weights (the ranking follows as you move them)</source>
        <translation>Pondérations (le classement suit quand vous les déplacez)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="309" />
        <source>Weight: {criterion}</source>
        <translation>Pondération : {criterion}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="311" />
        <source>Price and shortlist</source>
        <translation>Prix et présélection</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="312" />
        <source>Price scoring method</source>
        <translation>Méthode de notation du prix</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="312" />
        <source>Budget (EUR)</source>
        <translation>Budget (EUR)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="313" />
        <source>Shortlist size</source>
        <translation>Taille de la présélection</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="313" />
        <source>At most per organisation</source>
        <translation>Au plus par organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="315" />
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="318" />
        <source>Quota rules (small business act)</source>
        <translation>Règles de quota (small business act)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="320" />
        <source>SME or start-up: at least 30%</source>
        <translation>PME ou start-up : au moins 30 %</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="321" />
        <source>At least one start-up</source>
        <translation>Au moins une start-up</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="322" />
        <source>EU headquarters: at least 80% (monitored)</source>
        <translation>Siège dans l'UE : au moins 80 % (suivi)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="323" />
        <source>At least one open-weight offering (monitored)</source>
        <translation>Au moins une offre à poids ouverts (suivi)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="325" />
        <source>Quota rule to add</source>
        <translation>Règle de quota à ajouter</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="326" />
        <source>Add rule</source>
        <translation>Ajouter la règle</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="327" />
        <source>Remove rule</source>
        <translation>Retirer la règle</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="328" />
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="329" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="338" />
        <source>not saved yet</source>
        <translation>pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="339" />
        <source>unsaved changes</source>
        <translation>modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="411" />
        <source>the need form</source>
        <translation>le formulaire de besoin</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="475" />
        <source>Open need profile</source>
        <translation>Ouvrir un profil de besoin</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="476" />
        <location filename="../../desktop/pages/need_page.py" line="506" />
        <source>Need profiles (*.json)</source>
        <translation>Profils de besoin (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="485" />
        <source>Opened {file}.</source>
        <translation>{file} ouvert.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="501" />
        <source>Saved {file}.</source>
        <translation>{file} enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="505" />
        <source>Save need profile</source>
        <translation>Enregistrer le profil de besoin</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <location filename="../../desktop/models/programme_model.py" line="35" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../desktop/models/programme_model.py" line="35" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../desktop/models/programme_model.py" line="46" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../desktop/models/programme_model.py" line="46" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/models/programme_model.py" line="46" />
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <location filename="../../desktop/models/programme_model.py" line="46" />
        <source>Fit</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/models/programme_model.py" line="47" />
        <source>Next deadline</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="171" />
        <source>Programmes for SMEs</source>
        <translation>Programmes pour les PME</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="172" />
        <source>Your company</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="173" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="173" />
        <source>Country (2 letters)</source>
        <translation>Pays (2 lettres)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="174" />
        <source>Region (e.g. FR-BRE)</source>
        <translation>Région (ex. FR-BRE)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="174" />
        <source>Staff headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="175" />
        <source>Turnover (EUR)</source>
        <translation>Chiffre d'affaires (EUR)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="175" />
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="176" />
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="176" />
        <source>AI project</source>
        <translation>Projet d'IA</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="177" />
        <source>Language of the results</source>
        <translation>Langue des résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="179" />
        <source>e.g. agroalimentaire, health (comma-separated)</source>
        <translation>ex. agroalimentaire, santé (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="180" />
        <location filename="../../desktop/pages/programmes_page.py" line="261" />
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="181" />
        <source>What you are looking for</source>
        <translation>Ce que vous cherchez</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="182" />
        <source>Testing facilities</source>
        <translation>Moyens d'essai</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="183" />
        <source>Regulatory guidance (AI Act)</source>
        <translation>Accompagnement réglementaire (AI Act)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="184" />
        <source>Computing power</source>
        <translation>Puissance de calcul</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="184" />
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="185" />
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="185" />
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="189" />
        <source>AI Act: a few questions about your project</source>
        <translation>AI Act : quelques questions sur votre projet</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="194" />
        <source>Don't know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="195" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="196" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="198" />
        <source>Find programmes</source>
        <translation>Trouver des programmes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="199" />
        <source>Export the list…</source>
        <translation>Exporter la liste…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="200" />
        <source>Matched programmes</source>
        <translation>Programmes trouvés</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="224" />
        <source>Likely class: {risk}.</source>
        <translation>Classe probable : {risk}.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="226" />
        <source>Answer the questions in order; the first “yes” decides.</source>
        <translation>Répondez dans l'ordre ; le premier « oui » décide.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="227" />
        <source>An orientation, not legal advice.</source>
        <translation>Une orientation, pas un avis juridique.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="242" />
        <location filename="../../desktop/pages/programmes_page.py" line="243" />
        <source>the company form</source>
        <translation>le formulaire entreprise</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="257" />
        <source>Describe your company and press “Find programmes”: sandboxes, testing facilities, EDIHs, AI Factories and funding you can apply to appear here.</source>
        <translation>Décrivez votre entreprise et cliquez sur « Trouver des programmes » : les bacs à sable, installations d'essai, EDIH, AI Factories et financements auxquels vous pouvez candidater apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="262" />
        <source>{eligible} of {total} programmes are open to {name} (size: {size}).</source>
        <translation>{eligible} programmes sur {total} sont ouverts à {name} (taille : {size}).</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="272" />
        <source>&lt;b&gt;Benefits:&lt;/b&gt; {summary}</source>
        <translation>&lt;b&gt;Avantages :&lt;/b&gt; {summary}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="280" />
        <source>Up to {amount} EUR</source>
        <translation>Jusqu'à {amount} EUR</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="271" />
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="271" />
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="283" />
        <source>Next deadline: {date} ({label})</source>
        <translation>Prochaine échéance : {date} ({label})</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="290" />
        <source>Export the programme list</source>
        <translation>Exporter la liste des programmes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="291" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="299" />
        <source>{count} programmes written to {file}.</source>
        <translation>{count} programmes écrits dans {file}.</translation>
    </message>
</context>
<context>
    <name>QuotaGauge</name>
    <message>
        <location filename="../../desktop/widgets/charts.py" line="99" />
        <location filename="../../desktop/widgets/charts.py" line="111" />
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/charts.py" line="99" />
        <location filename="../../desktop/widgets/charts.py" line="111" />
        <source>not met</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/charts.py" line="113" />
        <source>monitored</source>
        <translation>suivi</translation>
    </message>
</context>
<context>
    <name>QuotaRulesModel</name>
    <message>
        <location filename="../../desktop/models/quota_rules_model.py" line="41" />
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../../desktop/models/quota_rules_model.py" line="41" />
        <source>monitored</source>
        <translation>suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/models/quota_rules_model.py" line="64" />
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../desktop/models/quota_rules_model.py" line="64" />
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../../desktop/models/quota_rules_model.py" line="64" />
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message numerus="yes">
        <source>%n to verify</source>
        <translation><numerusform>%n à vérifier</numerusform><numerusform>%n à vérifier</numerusform></translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_models.py" line="45" />
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_models.py" line="45" />
        <source>Offering</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_models.py" line="45" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_models.py" line="45" />
        <source>Score</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <source>Off-topic offerings</source>
        <translation>Offres hors sujet</translation>
    </message>
    <message numerus="yes">
        <source>Off topic (%n)</source>
        <translation><numerusform>Hors sujet (%n)</numerusform><numerusform>Hors sujet (%n)</numerusform></translation>
    </message>
    <message>
        <source>{ranked} offerings ranked, {excluded} excluded by the must-haves, {off_topic} off topic (none of the wanted capabilities), of {total}.</source>
        <translation>{ranked} offres classées, {excluded} exclues par les exigences, {off_topic} hors sujet (aucune des capacités recherchées), sur {total}.</translation>
    </message>
    <message>
        <source>Fewer compliant offerings than the shortlist size: {reason}.</source>
        <translation>Moins d'offres conformes que la taille de la présélection : {reason}.</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>To verify with the vendor (sent with the consultation):</source>
        <translation>À vérifier auprès du fournisseur (à joindre à la consultation) :</translation>
    </message>
    <message>
        <source>{name} is the only offering ranked: there is no second place to compare it with, so the weights cannot change who comes first.</source>
        <translation>{name} est la seule offre classée : il n'y a pas de deuxième place à laquelle la comparer, les pondérations ne peuvent donc pas changer la première place.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="96" />
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="97" />
        <source>Add to shortlist</source>
        <translation>Ajouter à la présélection</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="98" />
        <source>Ranked offerings</source>
        <translation>Offres classées</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="99" />
        <source>Excluded offerings</source>
        <translation>Offres exclues</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="100" />
        <source>Ranked</source>
        <translation>Classées</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="101" />
        <source>Excluded</source>
        <translation>Exclues</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="102" />
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="133" />
        <source>Describe your need in the Need area: the ranking appears here.</source>
        <translation>Décrivez votre besoin dans l'espace Besoin : le classement apparaît ici.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="136" />
        <source>{ranked} offerings ranked, {excluded} excluded by the must-haves, of {total}.</source>
        <translation>{ranked} offres classées, {excluded} exclues par les exigences, sur {total}.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="139" />
        <source>The best {shown} are listed.</source>
        <translation>Les {shown} meilleures sont listées.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="155" />
        <source>&lt;b&gt;{criterion}&lt;/b&gt; ({points}): {explanation}</source>
        <translation>&lt;b&gt;{criterion}&lt;/b&gt; ({points}) : {explanation}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="168" />
        <source>No offering is ranked yet.</source>
        <translation>Aucune offre n'est encore classée.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="171" />
        <source>First place: {name}, {margin} points ahead of the second.</source>
        <translation>Première place : {name}, {margin} points devant la deuxième.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="173" />
        <source>&lt;b&gt;{criterion}&lt;/b&gt; ({weight}): {down}; {up}</source>
        <translation>&lt;b&gt;{criterion}&lt;/b&gt; ({weight}) : {down} ; {up}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="175" />
        <source>holds down to 0</source>
        <translation>tient jusqu'à 0</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="176" />
        <source>changes if lowered by {d:.1f}</source>
        <translation>change si baissée de {d:.1f}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="177" />
        <source>holds however high</source>
        <translation>tient quelle que soit la hausse</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="178" />
        <source>changes if raised by {d:.1f}</source>
        <translation>change si augmentée de {d:.1f}</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="34" />
        <source>Record details</source>
        <extracomment>fields shown in their own section below the facts colour of the "unverified" mark: a warning amber readable on white (contrast 4.6:1)</extracomment>
        <translation>Détail de la fiche</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="42" />
        <source>Select a record to see all its facts and the sources they come from.</source>
        <translation>Sélectionnez une fiche pour voir tous ses faits et leurs sources.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="89" />
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="89" />
        <source>unverified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="90" />
        <source>Sources disagree on</source>
        <translation>Les sources divergent sur</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="90" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="91" />
        <source>This record has no source.</source>
        <translation>Cette fiche n'a pas de source.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="91" />
        <source>seen on {date}</source>
        <translation>consultée le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="96" />
        <source>Facts marked “unverified” could not be checked against a source.</source>
        <translation>Les faits marqués « non vérifié » n'ont pas pu être contrôlés dans une source.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="130" />
        <source>Last verified on {date}.</source>
        <translation>Dernière vérification le {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="130" />
        <source>Never verified.</source>
        <translation>Jamais vérifiée.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="41" />
        <source>Edit record</source>
        <extracomment>style of an editor whose field has a problem: a red frame, visible without relying on colour alone</extracomment>
        <translation>Modifier la fiche</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="41" />
        <source>New record</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="45" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="47" />
        <source>Record kind</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="60" />
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="91" />
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="93" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="94" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="105" />
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="105" />
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="119" />
        <source>JSON, e.g. as in an exported catalog file</source>
        <translation>JSON, comme dans un fichier de catalogue exporté</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="125" />
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="174" />
        <source>the record was not saved</source>
        <translation>la fiche n'a pas été enregistrée</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="40" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="49" />
        <location filename="../../desktop/dialogs/settings_dialog.py" line="54" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="50" />
        <source>Same as the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="57" />
        <location filename="../../desktop/dialogs/settings_dialog.py" line="62" />
        <location filename="../../desktop/dialogs/settings_dialog.py" line="116" />
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="58" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="63" />
        <source>The data folder holds the catalogue and your work (profiles, shortlists, decisions). A new folder is used from the next start. The {env} environment variable and --data-dir take precedence.</source>
        <translation>Le dossier de données contient le catalogue et votre travail (profils, présélections, décisions). Un nouveau dossier est utilisé au prochain démarrage. La variable d'environnement {env} et --data-dir sont prioritaires.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="68" />
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="76" />
        <location filename="../../desktop/dialogs/settings_dialog.py" line="80" />
        <source>Credential</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="77" />
        <source>INSEE SIRENE API key</source>
        <translation>Clé d'API INSEE SIRENE</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="79" />
        <source>Token of the feed {name}</source>
        <translation>Jeton du flux {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="83" />
        <source>Secret value</source>
        <translation>Valeur secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="84" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="86" />
        <source>Store</source>
        <translation>Mémoriser</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="87" />
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="94" />
        <source>Credential status</source>
        <translation>État de l'identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="96" />
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="122" />
        <source>Credentials are stored in the system keychain.</source>
        <translation>Les identifiants sont conservés dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="125" />
        <source>No system keychain is available: a credential you enter is not remembered and is kept only until Vivier closes. It is never written to a file.</source>
        <translation>Aucun trousseau système n'est disponible : un identifiant saisi n'est pas mémorisé et n'est gardé que jusqu'à la fermeture de Vivier. Il n'est jamais écrit dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="131" />
        <source>Stored in the system keychain.</source>
        <translation>Conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="132" />
        <source>Not remembered: no system keychain. Kept for this session only.</source>
        <translation>Non mémorisé : pas de trousseau système. Gardé pour cette session seulement.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="133" />
        <source>Not set.</source>
        <translation>Non renseigné.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="139" />
        <source>Enter a value first.</source>
        <translation>Saisissez d'abord une valeur.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="153" />
        <source>Not remembered: no system keychain. Kept for this session only, never written to a file.</source>
        <translation>Non mémorisé : pas de trousseau système. Gardé pour cette session seulement, jamais écrit dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="162" />
        <source>The keychain refused to delete it (is it locked?).</source>
        <translation>Le trousseau a refusé de le supprimer (est-il verrouillé ?).</translation>
    </message>
</context>
<context>
    <name>ShortlistModel</name>
    <message numerus="yes">
        <source>%n to verify</source>
        <translation><numerusform>%n à vérifier</numerusform><numerusform>%n à vérifier</numerusform></translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shortlist_model.py" line="89" />
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shortlist_model.py" line="89" />
        <source>Offering</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shortlist_model.py" line="89" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shortlist_model.py" line="89" />
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shortlist_model.py" line="89" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shortlist_model.py" line="90" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ShortlistPage</name>
    <message>
        <source>Fewer compliant offerings than the shortlist size ({size}): {reason}.</source>
        <translation>Moins d'offres conformes que la taille de la présélection ({size}) : {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/shortlist/page.py" line="243" />
        <source>No longer in the catalogue, shown by id until the next ranking: {ids}</source>
        <translation>Plus dans le catalogue, affichées par identifiant jusqu'au prochain classement : {ids}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="139" />
        <source>Shortlist</source>
        <extracomment>the shortlist kept in workspace.db (decisions, notes and their audit log), and its items then</extracomment>
        <translation>Présélection</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="140" />
        <location filename="../../desktop/pages/shortlist_page.py" line="233" />
        <source>Make compliant</source>
        <translation>Rendre conforme</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="141" />
        <source>Replace the shortlist by the best-scoring one that meets every required quota</source>
        <translation>Remplacer la présélection par la mieux notée qui respecte chaque quota obligatoire</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="143" />
        <location filename="../../desktop/pages/shortlist_page.py" line="217" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="144" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="145" />
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="146" />
        <source>Export tender workbook…</source>
        <translation>Exporter le classeur d'achat…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="147" />
        <location filename="../../desktop/pages/shortlist_page.py" line="285" />
        <source>Quotas</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="148" />
        <source>Shortlisted offerings</source>
        <translation>Offres présélectionnées</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="165" />
        <source>No longer eligible, removed from the shortlist: {ids}</source>
        <translation>Plus éligibles, retirées de la présélection : {ids}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="209" />
        <source>{id} is already in the shortlist.</source>
        <translation>{id} est déjà dans la présélection.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="211" />
        <source>Add {id}</source>
        <translation>Ajouter {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="212" />
        <source>{id} added to the shortlist.</source>
        <translation>{id} ajoutée à la présélection.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="222" />
        <source>Change decision</source>
        <translation>Changer la décision</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="222" />
        <source>Edit notes</source>
        <translation>Modifier les notes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="226" />
        <source>Describe a need first: there is no ranking yet.</source>
        <translation>Décrivez d'abord un besoin : il n'y a pas encore de classement.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="230" />
        <location filename="../../desktop/pages/shortlist_page.py" line="261" />
        <source>No shortlist can meet every required quota: {why}</source>
        <translation>Aucune présélection ne peut respecter tous les quotas obligatoires : {why}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="246" />
        <source>Describe your need in the Need area, then add offerings from the Ranking or press “Make compliant”.</source>
        <translation>Décrivez votre besoin dans l'espace Besoin, puis ajoutez des offres depuis le Classement ou cliquez sur « Rendre conforme ».</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="252" />
        <source>The shortlist is empty: add offerings from the Ranking, or press “Make compliant” for the best shortlist that meets your quotas.</source>
        <translation>La présélection est vide : ajoutez des offres depuis le Classement, ou cliquez sur « Rendre conforme » pour obtenir la meilleure présélection qui respecte vos quotas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/shortlist_page.py" line="257" />
        <source>%n offering(s), total score {total:.1f} (best possible without quotas: {best:.1f}).</source>
        <translation>
            <numerusform>%n offre, note totale {total:.1f} (meilleure possible sans quotas : {best:.1f}).</numerusform>
            <numerusform>%n offres, note totale {total:.1f} (meilleure possible sans quotas : {best:.1f}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="263" />
        <source>The compliant shortlist scores {total:.1f} in total: meeting the required quotas costs {cost:.1f} points.</source>
        <translation>La présélection conforme totalise {total:.1f} : respecter les quotas obligatoires coûte {cost:.1f} points.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="283" />
        <source>Quotas: none set in the need profile</source>
        <translation>Quotas : aucun dans le profil de besoin</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="294" />
        <source>Nothing to export: the shortlist is empty.</source>
        <translation>Rien à exporter : la présélection est vide.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="297" />
        <source>Export tender workbook</source>
        <translation>Exporter le classeur d'achat</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="298" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="308" />
        <source>Tender workbook written to {path}.</source>
        <translation>Classeur d'achat écrit dans {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="311" />
        <source>Exporting the tender workbook</source>
        <translation>Export du classeur d'achat</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../desktop/worker.py" line="135" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="79" />
        <source>The need profile has unsaved changes. Save them?</source>
        <extracomment>re-rank this long after the last change, so dragging a slider does not queue a ranking per pixel quota rules offered in one click (the profile file may hold any rule the quota module parses)</extracomment>
        <translation>Le profil de besoin a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
</context>
<context>
    <name>OffTopicModel</name>
    <message>
        <source>Offering</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Why it is off topic</source>
        <translation>Pourquoi elle est hors sujet</translation>
    </message>
</context>
</TS>
