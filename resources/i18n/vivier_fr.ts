<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/actions.py" line="26" />
        <source>&amp;Import catalogue file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="26" />
        <source>&amp;Export catalogue…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="27" />
        <source>&amp;Open need profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="27" />
        <source>&amp;Save need profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="28" />
        <source>Save need profile &amp;as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="28" />
        <source>Export tender &amp;workbook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="29" />
        <source>Se&amp;ttings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="29" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="29" />
        <source>&amp;New record…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="30" />
        <source>&amp;Edit record…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="30" />
        <source>&amp;Find in catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="31" />
        <source>&amp;Catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="31" />
        <source>&amp;Need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="31" />
        <source>&amp;Ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="32" />
        <source>&amp;Shortlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="32" />
        <source>&amp;Programmes (SME)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="32" />
        <source>&amp;About Vivier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="33" />
        <source>Make shortlist &amp;compliant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="38" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="38" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="38" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="38" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="26" />
        <source>Name</source>
        <extracomment>role giving the record id of a row</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="26" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="26" />
        <source>Organisation / operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="26" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="27" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="27" />
        <source>Verified on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="59" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/models/catalog_model.py" line="61" />
        <source>%n unverified</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="72" />
        <source>Some facts of this record could not be checked against a source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="74" />
        <source>This record has no source</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="123" />
        <source>Catalogue</source>
        <extracomment>(facet, BrowseFilters field) of the combo boxes, in display order</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="124" />
        <source>Search every record: names, capabilities, descriptions (typos and missing accents are fine)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="126" />
        <source>Search the catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="127" />
        <source>Catalogue records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="128" />
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="129" />
        <source>New record…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="130" />
        <source>Edit record…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="131" />
        <source>Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="132" />
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="133" />
        <source>Tip: drop a .json, .csv or .xlsx file here to import it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="165" />
        <source>Any kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="165" />
        <source>Any country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="165" />
        <source>Any size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="166" />
        <source>Any deployment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="166" />
        <source>Any certification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="167" />
        <source>Any marketplace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="167" />
        <source>Open weights: any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="170" />
        <source>Filter: {what}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="171" />
        <source>Open weights: yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="172" />
        <source>Open weights: no</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/catalogue_page.py" line="202" />
        <source>%n close match(es) (no exact match)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/catalogue_page.py" line="204" />
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="206" />
        <source>{shown} of {total} records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="248" />
        <source>Record {id} added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="257" />
        <source>Record {id} saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="272" />
        <source>{file}: {added} record(s) added, {updated} updated, {same} unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="277" />
        <source>Importing {file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="285" />
        <source>{file}: {count} record(s) exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="289" />
        <source>Exporting to {file}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/errors.py" line="69" />
        <source>Something went wrong ({name}). Vivier is still usable.</source>
        <extracomment>a validation message longer than this many lines moves the rest to the dialog's details</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="72" />
        <source>The details were written to {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="97" />
        <source>Rebuild the catalog from the shipped catalog now? Your workspace (profiles, shortlists, decisions) is kept, and the damaged file is set aside.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/labels.py" line="18" />
        <location filename="../../desktop/labels.py" line="59" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="18" />
        <location filename="../../desktop/labels.py" line="66" />
        <source>Offering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="18" />
        <location filename="../../desktop/labels.py" line="66" />
        <source>Marketplace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="19" />
        <source>Listing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="19" />
        <source>Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="27" />
        <source>Micro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="27" />
        <source>Small</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="27" />
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="27" />
        <source>Mid-cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="28" />
        <source>Large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="34" />
        <source>SaaS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="34" />
        <source>API</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="34" />
        <source>EU cloud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="34" />
        <source>Sovereign cloud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="35" />
        <source>On premises</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="35" />
        <source>Edge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="40" />
        <source>To contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="40" />
        <source>Retained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="40" />
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="45" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="46" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="46" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="52" />
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="52" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="52" />
        <source>Other names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="52" />
        <source>HQ country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="53" />
        <source>HQ city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="53" />
        <source>Founded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="53" />
        <source>Size class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="54" />
        <source>Start-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="54" />
        <source>EU-controlled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="55" />
        <source>Contracting country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="55" />
        <source>Parent company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="56" />
        <source>Control note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="56" />
        <source>Identifiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="56" />
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="57" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="57" />
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="57" />
        <source>Verified on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="58" />
        <source>Unverified fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="58" />
        <source>Conflicting sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="58" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="59" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="59" />
        <source>Capabilities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="60" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="60" />
        <source>Deployment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="60" />
        <source>Hosting countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="61" />
        <source>Open weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="61" />
        <source>Licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="61" />
        <source>Parameters (billions)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="62" />
        <source>Active parameters (billions)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="62" />
        <source>Frugal practices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="63" />
        <source>Certifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="63" />
        <source>Pricing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="64" />
        <source>Estimated amount (EUR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="64" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="64" />
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="65" />
        <source>Public purchasing route</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="65" />
        <source>What it means for a buyer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="66" />
        <source>Web page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="67" />
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="67" />
        <source>Countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="67" />
        <source>Sectors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="67" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="68" />
        <source>AI Act sandbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="68" />
        <source>Eligibility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="68" />
        <source>Benefits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="69" />
        <source>Deadlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="69" />
        <source>Wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="69" />
        <source>Host site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="70" />
        <source>Coordinator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="70" />
        <source>Partners</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="83" />
        <source>Catalogue</source>
        <extracomment>the navigation's width in pixels: fits "Programmes (PME)" at the default font with the icon margin</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="83" />
        <source>Need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="83" />
        <source>Ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="84" />
        <source>Shortlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="84" />
        <source>Programmes (SME)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="87" />
        <source>Vivier — European AI for buyers and SMEs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="91" />
        <source>Areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="142" />
        <source>Import catalogue file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="143" />
        <source>Catalogue files (*.json *.csv *.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="149" />
        <source>Export catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="150" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="184" />
        <source>About Vivier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="185" />
        <source>Vivier {version}
A sourced catalogue of European AI, explainable ranking, compliant shortlists and tender workbooks.
Data folder: {folder}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="33" />
        <source>Record details</source>
        <extracomment>fields shown in their own section below the facts colour of the "unverified" mark: a warning amber readable on white (contrast 4.6:1)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="41" />
        <source>Select a record to see all its facts and the sources they come from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="91" />
        <source>Facts marked “unverified” could not be checked against a source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="124" />
        <source>Last verified on {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="124" />
        <source>Never verified.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="41" />
        <source>Edit record</source>
        <extracomment>style of an editor whose field has a problem: a red frame, visible without relying on colour alone</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="41" />
        <source>New record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="45" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="47" />
        <source>Record kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="60" />
        <source>Problems found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="91" />
        <source>(unknown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="93" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="94" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="105" />
        <source>French</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="105" />
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="119" />
        <source>JSON, e.g. as in an exported catalog file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="125" />
        <source>comma-separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="174" />
        <source>the record was not saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="38" />
        <source>Settings</source>
        <extracomment>the keychain name of the INSEE SIRENE API key (company identifiers lookup)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="47" />
        <location filename="../../desktop/dialogs/settings_dialog.py" line="52" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="48" />
        <source>Same as the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="55" />
        <location filename="../../desktop/dialogs/settings_dialog.py" line="60" />
        <location filename="../../desktop/dialogs/settings_dialog.py" line="114" />
        <source>Data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="56" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="61" />
        <source>The data folder holds the catalogue and your work (profiles, shortlists, decisions). A new folder is used from the next start. The {env} environment variable and --data-dir take precedence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="66" />
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="74" />
        <location filename="../../desktop/dialogs/settings_dialog.py" line="77" />
        <source>Credential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="75" />
        <source>INSEE SIRENE API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="80" />
        <source>Secret value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="81" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="83" />
        <source>Store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="84" />
        <source>Forget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="91" />
        <source>Credential status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="93" />
        <source>Credentials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="120" />
        <source>Credentials are stored in the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="123" />
        <source>No system keychain is available: a credential you enter is not remembered and is kept only until Vivier closes. It is never written to a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="129" />
        <source>Stored in the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="130" />
        <source>Not remembered: no system keychain. Kept for this session only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="131" />
        <source>Not set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="137" />
        <source>Enter a value first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="143" />
        <source>Not remembered: no system keychain. Kept for this session only, never written to a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="150" />
        <source>The keychain refused to delete it (is it locked?).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../desktop/worker.py" line="135" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>