<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/actions.py" line="26" />
        <source>&amp;Import catalogue file…</source>
        <translation>&amp;Import catalogue file…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="27" />
        <source>&amp;Export catalogue…</source>
        <translation>&amp;Export catalogue…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="28" />
        <source>&amp;Open need profile…</source>
        <translation>&amp;Open need profile…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="29" />
        <source>&amp;Save need profile</source>
        <translation>&amp;Save need profile</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="30" />
        <source>Save need profile &amp;as…</source>
        <translation>Save need profile &amp;as…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="31" />
        <source>Export tender &amp;workbook…</source>
        <translation>Export tender &amp;workbook…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="32" />
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="33" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="34" />
        <source>&amp;New record…</source>
        <translation>&amp;New record…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="35" />
        <source>&amp;Edit record…</source>
        <translation>&amp;Edit record…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="35" />
        <source>&amp;Find in catalogue</source>
        <translation>&amp;Find in catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="36" />
        <source>&amp;Catalogue</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="37" />
        <source>&amp;Need</source>
        <translation>&amp;Need</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="38" />
        <source>&amp;Ranking</source>
        <translation>&amp;Ranking</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="39" />
        <source>&amp;Shortlist</source>
        <translation>&amp;Shortlist</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="40" />
        <source>&amp;Programmes (SME)</source>
        <translation>&amp;Programmes (SME)</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="41" />
        <source>&amp;About Vivier</source>
        <translation>&amp;About Vivier</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="42" />
        <source>Make shortlist &amp;compliant</source>
        <translation>Make shortlist &amp;compliant</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="47" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="48" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="49" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="50" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <location filename="../../desktop/widgets/charts.py" line="46" />
        <source>Score breakdown chart</source>
        <extracomment>bar colours: a blue readable on white and the light track behind it</extracomment>
        <translation>Score breakdown chart</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/charts.py" line="62" />
        <source>Select an offering to see its score.</source>
        <translation>Select an offering to see its score.</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="26" />
        <source>Name</source>
        <extracomment>role giving the record id of a row</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="26" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="26" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="26" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="27" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="27" />
        <source>Verified on</source>
        <translation>Verified on</translation>
    </message>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="59" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/models/catalog_model.py" line="72" />
        <source>%n fact(s) of this record could not be checked against a source</source>
        <translation>
            <numerusform>%n fact of this record could not be checked against a source</numerusform>
            <numerusform>%n facts of this record could not be checked against a source</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/models/catalog_model.py" line="74" />
        <source>This record has no source</source>
        <translation>This record has no source</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="154" />
        <source>The catalogue could not be read.</source>
        <extracomment>the list is filled after an off-thread :meth:`load` (facet, BrowseFilters field) of the combo boxes, in display order</extracomment>
        <translation>The catalogue could not be read.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="159" />
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="160" />
        <source>Search every record: names, capabilities, descriptions (typos and missing accents are fine)</source>
        <translation>Search every record: names, capabilities, descriptions (typos and missing accents are fine)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="162" />
        <source>Search the catalogue</source>
        <translation>Search the catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="163" />
        <source>Catalogue records</source>
        <translation>Catalogue records</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="164" />
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="165" />
        <source>New record…</source>
        <translation>New record…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="166" />
        <source>Edit record…</source>
        <translation>Edit record…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="167" />
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="168" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="169" />
        <source>Tip: drop a .json, .csv or .xlsx file here to import it.</source>
        <translation>Tip: drop a .json, .csv or .xlsx file here to import it.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="201" />
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="201" />
        <source>Any country</source>
        <translation>Any country</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="201" />
        <source>Any size</source>
        <translation>Any size</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="202" />
        <source>Any deployment</source>
        <translation>Any deployment</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="202" />
        <source>Any certification</source>
        <translation>Any certification</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="203" />
        <source>Any marketplace</source>
        <translation>Any marketplace</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="203" />
        <source>Open weights: any</source>
        <translation>Open weights: any</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="206" />
        <source>Filter: {what}</source>
        <translation>Filter: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="207" />
        <source>Open weights: yes</source>
        <translation>Open weights: yes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="208" />
        <source>Open weights: no</source>
        <translation>Open weights: no</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="240" />
        <source>Loading the catalogue…</source>
        <translation>Loading the catalogue…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/catalogue_page.py" line="242" />
        <source>%n match(es) found in descriptions or by close spelling</source>
        <translation>
            <numerusform>%n match found in descriptions or by close spelling</numerusform>
            <numerusform>%n matches found in descriptions or by close spelling</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/catalogue_page.py" line="244" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="246" />
        <source>{shown} of {total} records</source>
        <translation>{shown} of {total} records</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="288" />
        <source>Record {id} added.</source>
        <translation>Record {id} added.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="297" />
        <source>Record {id} saved.</source>
        <translation>Record {id} saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="312" />
        <source>{file}: {added} record(s) added, {updated} updated, {same} unchanged.</source>
        <translation>{file}: {added} record(s) added, {updated} updated, {same} unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="317" />
        <source>Importing {file}</source>
        <translation>Importing {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="325" />
        <source>{file}: {count} record(s) exported.</source>
        <translation>{file}: {count} record(s) exported.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/catalogue_page.py" line="329" />
        <source>Exporting to {file}</source>
        <translation>Exporting to {file}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/errors.py" line="69" />
        <source>Something went wrong ({name}). Vivier is still usable.</source>
        <extracomment>a validation message longer than this many lines moves the rest to the dialog's details</extracomment>
        <translation>Something went wrong ({name}). Vivier is still usable.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="72" />
        <source>The details were written to {path}.</source>
        <translation>The details were written to {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="97" />
        <source>Rebuild the catalog from the shipped catalog now? Your workspace (profiles, shortlists, decisions) is kept, and the damaged file is set aside.</source>
        <translation>Rebuild the catalog from the shipped catalog now? Your workspace (profiles, shortlists, decisions) is kept, and the damaged file is set aside.</translation>
    </message>
</context>
<context>
    <name>ExclusionModel</name>
    <message>
        <location filename="../../desktop/models/ranking_models.py" line="77" />
        <source>Offering</source>
        <translation>Offering</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_models.py" line="77" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_models.py" line="77" />
        <source>Why it is excluded</source>
        <translation>Why it is excluded</translation>
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
        <translation>Offering</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="18" />
        <location filename="../../desktop/labels.py" line="197" />
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="19" />
        <source>Listing</source>
        <translation>Listing</translation>
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
        <translation>Small</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="30" />
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="31" />
        <source>Mid-cap</source>
        <translation>Mid-cap</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="32" />
        <source>Large</source>
        <translation>Large</translation>
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
        <translation>EU cloud</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="42" />
        <location filename="../../desktop/labels.py" line="70" />
        <source>Sovereign cloud</source>
        <translation>Sovereign cloud</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="43" />
        <source>On premises</source>
        <translation>On premises</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="43" />
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="49" />
        <source>To contact</source>
        <translation>To contact</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="50" />
        <source>Retained</source>
        <translation>Retained</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="51" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="57" />
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="58" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="58" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="64" />
        <source>Foundation model</source>
        <translation>Foundation model</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="65" />
        <source>Open-weight model</source>
        <translation>Open-weight model</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="66" />
        <source>Model API</source>
        <translation>Model API</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="66" />
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="67" />
        <source>Document AI</source>
        <translation>Document AI</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="67" />
        <source>Speech</source>
        <translation>Speech</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="68" />
        <source>Translation</source>
        <translation>Translation</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="68" />
        <source>Computer vision</source>
        <translation>Computer vision</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="69" />
        <source>MLOps platform</source>
        <translation>MLOps platform</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="69" />
        <source>AI testing</source>
        <translation>AI testing</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="70" />
        <source>GPU cloud</source>
        <translation>GPU cloud</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="71" />
        <source>Integration service</source>
        <translation>Integration service</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="72" />
        <source>Business application</source>
        <translation>Business application</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="79" />
        <source>Central purchasing body</source>
        <translation>Central purchasing body</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="80" />
        <source>Public catalogue</source>
        <translation>Public catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="81" />
        <source>Framework agreement</source>
        <translation>Framework agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="82" />
        <source>Procurement route</source>
        <translation>Procurement route</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="83" />
        <source>Cloud marketplace</source>
        <translation>Cloud marketplace</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="84" />
        <source>EU platform</source>
        <translation>EU platform</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="91" />
        <source>Regulatory sandbox</source>
        <translation>Regulatory sandbox</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="92" />
        <source>TEF (testing facility)</source>
        <translation>TEF (testing facility)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="93" />
        <source>EDIH (innovation hub)</source>
        <translation>EDIH (innovation hub)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="94" />
        <source>AI Factory</source>
        <translation>AI Factory</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="95" />
        <source>Compute access</source>
        <translation>Compute access</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="96" />
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="96" />
        <source>Accelerator</source>
        <translation>Accelerator</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="97" />
        <source>Support network</source>
        <translation>Support network</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="104" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="104" />
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="105" />
        <source>Announced</source>
        <translation>Announced</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="105" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Nothing announced</source>
        <translation>Nothing announced</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="106" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="113" />
        <source>Per token</source>
        <translation>Per token</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="113" />
        <source>Per character</source>
        <translation>Per character</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="114" />
        <source>Per user per month</source>
        <translation>Per user per month</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="114" />
        <source>Per hour</source>
        <translation>Per hour</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="115" />
        <source>Per minute</source>
        <translation>Per minute</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="115" />
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="116" />
        <source>On quotation</source>
        <translation>On quotation</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="116" />
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="117" />
        <source>Open source</source>
        <translation>Open source</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="124" />
        <source>qualified</source>
        <translation>qualified</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="124" />
        <source>in qualification</source>
        <translation>in qualification</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="125" />
        <source>claimed</source>
        <translation>claimed</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="125" />
        <source>unverified</source>
        <translation>unverified</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="134" />
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="134" />
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="135" />
        <source>Early stage</source>
        <translation>Early stage</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="135" />
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="136" />
        <source>Mature</source>
        <translation>Mature</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="142" />
        <source>Proprietary</source>
        <translation>Proprietary</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="160" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="161" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="162" />
        <source>Other names</source>
        <translation>Other names</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="163" />
        <source>HQ country</source>
        <translation>HQ country</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="164" />
        <source>HQ city</source>
        <translation>HQ city</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="165" />
        <source>Founded</source>
        <translation>Founded</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="166" />
        <source>Size class</source>
        <translation>Size class</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="167" />
        <source>Start-up</source>
        <translation>Start-up</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="167" />
        <source>EU-controlled</source>
        <translation>EU-controlled</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="168" />
        <source>Contracting country</source>
        <translation>Contracting country</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="169" />
        <source>Parent company</source>
        <translation>Parent company</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="170" />
        <source>Control note</source>
        <translation>Control note</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="171" />
        <source>Identifiers</source>
        <translation>Identifiers</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="172" />
        <source>Website</source>
        <translation>Website</translation>
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
        <translation>Verified on</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="176" />
        <source>Unverified fields</source>
        <translation>Unverified fields</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="177" />
        <source>Conflicting sources</source>
        <translation>Conflicting sources</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="178" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="180" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="181" />
        <source>Capabilities</source>
        <translation>Capabilities</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="182" />
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="183" />
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="184" />
        <source>Hosting countries</source>
        <translation>Hosting countries</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="185" />
        <source>Open weights</source>
        <translation>Open weights</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="186" />
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="187" />
        <source>Parameters (billions)</source>
        <translation>Parameters (billions)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="188" />
        <source>Active parameters (billions)</source>
        <translation>Active parameters (billions)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="189" />
        <source>Frugal practices</source>
        <translation>Frugal practices</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="190" />
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="190" />
        <source>Pricing</source>
        <translation>Pricing</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="191" />
        <source>Estimated amount (EUR)</source>
        <translation>Estimated amount (EUR)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="192" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="193" />
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="194" />
        <source>Public purchasing route</source>
        <translation>Public purchasing route</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="195" />
        <source>What it means for a buyer</source>
        <translation>What it means for a buyer</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="196" />
        <source>Web page</source>
        <translation>Web page</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="199" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="200" />
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="201" />
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="202" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="203" />
        <source>AI Act sandbox</source>
        <translation>AI Act sandbox</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="204" />
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="205" />
        <source>Benefits</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="206" />
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="207" />
        <source>Wave</source>
        <translation>Wave</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="208" />
        <source>Host site</source>
        <translation>Host site</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="209" />
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="209" />
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="212" />
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="212" />
        <source>Amount (EUR)</source>
        <translation>Amount (EUR)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="213" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="213" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="214" />
        <source>Maximum amount (EUR)</source>
        <translation>Maximum amount (EUR)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="215" />
        <source>Cost share (%)</source>
        <translation>Cost share (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="215" />
        <source>Computing power</source>
        <translation>Computing power</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="216" />
        <source>Testing</source>
        <translation>Testing</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="216" />
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="217" />
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="217" />
        <source>Size classes</source>
        <translation>Size classes</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="218" />
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="218" />
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="219" />
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="219" />
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="220" />
        <source>LEI</source>
        <translation>LEI</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="221" />
        <source>AFNOR Spec 2314 (frugal AI)</source>
        <translation>AFNOR Spec 2314 (frugal AI)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="221" />
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="229" />
        <source>Capability fit</source>
        <translation>Capability fit</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="229" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="230" />
        <source>Sovereignty</source>
        <translation>Sovereignty</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="230" />
        <source>Openness</source>
        <translation>Openness</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="231" />
        <source>Frugality</source>
        <translation>Frugality</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="231" />
        <source>SME / start-up</source>
        <translation>SME / start-up</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="232" />
        <source>Purchasing route</source>
        <translation>Purchasing route</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="239" />
        <source>Unacceptable (prohibited)</source>
        <translation>Unacceptable (prohibited)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="239" />
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="240" />
        <source>Limited risk (transparency)</source>
        <translation>Limited risk (transparency)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="240" />
        <source>Minimal risk</source>
        <translation>Minimal risk</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="241" />
        <source>General-purpose AI model</source>
        <translation>General-purpose AI model</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="241" />
        <source>Not sure yet</source>
        <translation>Not sure yet</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="248" />
        <source>Classic: lowest price / price</source>
        <translation>Classic: lowest price / price</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="249" />
        <source>Linear: lowest price to highest price or budget</source>
        <translation>Linear: lowest price to highest price or budget</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="250" />
        <source>Against the average price</source>
        <translation>Against the average price</translation>
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
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="123" />
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="124" />
        <source>Shortlist</source>
        <translation>Shortlist</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="124" />
        <source>Programmes (SME)</source>
        <translation>Programmes (SME)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="127" />
        <source>Vivier — European AI for buyers and SMEs</source>
        <translation>Vivier — European AI for buyers and SMEs</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="131" />
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="135" />
        <source>&amp;Undo shortlist change</source>
        <translation>&amp;Undo shortlist change</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="136" />
        <source>&amp;Redo shortlist change</source>
        <translation>&amp;Redo shortlist change</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="184" />
        <source>Import catalogue file</source>
        <translation>Import catalogue file</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="185" />
        <source>Catalogue files (*.json *.csv *.xlsx)</source>
        <translation>Catalogue files (*.json *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="191" />
        <source>Export catalogue</source>
        <translation>Export catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="192" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="229" />
        <source>About Vivier</source>
        <translation>About Vivier</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="230" />
        <source>Vivier {version}
A sourced catalogue of European AI, explainable ranking, compliant shortlists and tender workbooks.
Data folder: {folder}</source>
        <translation>Vivier {version}
A sourced catalogue of European AI, explainable ranking, compliant shortlists and tender workbooks.
Data folder: {folder}</translation>
    </message>
</context>
<context>
    <name>NeedPage</name>
    <message>
        <source>if not recorded: exclude</source>
        <translation>if not recorded: exclude</translation>
    </message>
    <message>
        <source>if not recorded: ask the vendor</source>
        <translation>if not recorded: ask the vendor</translation>
    </message>
    <message>
        <source>When the catalog does not record this fact for an offering: exclude the offering, or keep it and add the question to the list sent to the vendor with the consultation.</source>
        <translation>When the catalog does not record this fact for an offering: exclude the offering, or keep it and add the question to the list sent to the vendor with the consultation.</translation>
    </message>
    <message>
        <source>{share} %</source>
        <translation>{share} %</translation>
    </message>
    <message>
        <source>{share} % of the score (slider at {value})</source>
        <translation>{share} % of the score (slider at {value})</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="277" />
        <source>New need</source>
        <translation>New need</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="281" />
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="282" />
        <source>The need</source>
        <translation>The need</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="283" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="283" />
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="283" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="284" />
        <source>Language of the results</source>
        <translation>Language of the results</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="286" />
        <source>Wanted capabilities (French or English words)</source>
        <translation>Wanted capabilities (French or English words)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="287" />
        <source>e.g. traduction, speech to text, RAG</source>
        <translation>e.g. traduction, speech to text, RAG</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="288" />
        <source>Capability to add</source>
        <translation>Capability to add</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="289" />
        <source>Wanted capabilities</source>
        <translation>Wanted capabilities</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="290" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="291" />
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="292" />
        <source>Must-haves (an offering failing one is excluded, with the reason)</source>
        <translation>Must-haves (an offering failing one is excluded, with the reason)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="293" />
        <source>Hosting countries</source>
        <translation>Hosting countries</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="293" />
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="294" />
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="294" />
        <source>Provider HQ in</source>
        <translation>Provider HQ in</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="295" />
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="295" />
        <source>Maximum price (EUR)</source>
        <translation>Maximum price (EUR)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="297" />
        <source>e.g. FR, EU (comma-separated)</source>
        <translation>e.g. FR, EU (comma-separated)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="298" />
        <source>e.g. fr, en</source>
        <translation>e.g. fr, en</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="299" />
        <source>e.g. EU</source>
        <translation>e.g. EU</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="300" />
        <source>e.g. SecNumCloud</source>
        <translation>e.g. SecNumCloud</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="301" />
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="302" />
        <source>Open weights required</source>
        <translation>Open weights required</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="303" />
        <source>Provider controlled from the EU</source>
        <translation>Provider controlled from the EU</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="306" />
        <source>Weights (the ranking follows as you move them)</source>
        <translation>Weights (the ranking follows as you move them)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="309" />
        <source>Weight: {criterion}</source>
        <translation>Weight: {criterion}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="311" />
        <source>Price and shortlist</source>
        <translation>Price and shortlist</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="312" />
        <source>Price scoring method</source>
        <translation>Price scoring method</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="312" />
        <source>Budget (EUR)</source>
        <translation>Budget (EUR)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="313" />
        <source>Shortlist size</source>
        <translation>Shortlist size</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="313" />
        <source>At most per organisation</source>
        <translation>At most per organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="315" />
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="318" />
        <source>Quota rules (small business act)</source>
        <translation>Quota rules (small business act)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="320" />
        <source>SME or start-up: at least 30%</source>
        <translation>SME or start-up: at least 30%</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="321" />
        <source>At least one start-up</source>
        <translation>At least one start-up</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="322" />
        <source>EU headquarters: at least 80% (monitored)</source>
        <translation>EU headquarters: at least 80% (monitored)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="323" />
        <source>At least one open-weight offering (monitored)</source>
        <translation>At least one open-weight offering (monitored)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="325" />
        <source>Quota rule to add</source>
        <translation>Quota rule to add</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="326" />
        <source>Add rule</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="327" />
        <source>Remove rule</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="328" />
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="329" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="338" />
        <source>not saved yet</source>
        <translation>not saved yet</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="339" />
        <source>unsaved changes</source>
        <translation>unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="411" />
        <source>the need form</source>
        <translation>the need form</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="475" />
        <source>Open need profile</source>
        <translation>Open need profile</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="476" />
        <location filename="../../desktop/pages/need_page.py" line="506" />
        <source>Need profiles (*.json)</source>
        <translation>Need profiles (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="485" />
        <source>Opened {file}.</source>
        <translation>Opened {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="501" />
        <source>Saved {file}.</source>
        <translation>Saved {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="505" />
        <source>Save need profile</source>
        <translation>Save need profile</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <location filename="../../desktop/models/programme_model.py" line="35" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/programme_model.py" line="35" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/models/programme_model.py" line="46" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../desktop/models/programme_model.py" line="46" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/models/programme_model.py" line="46" />
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../desktop/models/programme_model.py" line="46" />
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../desktop/models/programme_model.py" line="47" />
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="171" />
        <source>Programmes for SMEs</source>
        <translation>Programmes for SMEs</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="172" />
        <source>Your company</source>
        <translation>Your company</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="173" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="173" />
        <source>Country (2 letters)</source>
        <translation>Country (2 letters)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="174" />
        <source>Region (e.g. FR-BRE)</source>
        <translation>Region (e.g. FR-BRE)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="174" />
        <source>Staff headcount</source>
        <translation>Staff headcount</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="175" />
        <source>Turnover (EUR)</source>
        <translation>Turnover (EUR)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="175" />
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="176" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="176" />
        <source>AI project</source>
        <translation>AI project</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="177" />
        <source>Language of the results</source>
        <translation>Language of the results</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="179" />
        <source>e.g. agroalimentaire, health (comma-separated)</source>
        <translation>e.g. agroalimentaire, health (comma-separated)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="180" />
        <location filename="../../desktop/pages/programmes_page.py" line="261" />
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="181" />
        <source>What you are looking for</source>
        <translation>What you are looking for</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="182" />
        <source>Testing facilities</source>
        <translation>Testing facilities</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="183" />
        <source>Regulatory guidance (AI Act)</source>
        <translation>Regulatory guidance (AI Act)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="184" />
        <source>Computing power</source>
        <translation>Computing power</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="184" />
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="185" />
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="185" />
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="189" />
        <source>AI Act: a few questions about your project</source>
        <translation>AI Act: a few questions about your project</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="194" />
        <source>Don't know</source>
        <translation>Don't know</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="195" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="196" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="198" />
        <source>Find programmes</source>
        <translation>Find programmes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="199" />
        <source>Export the list…</source>
        <translation>Export the list…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="200" />
        <source>Matched programmes</source>
        <translation>Matched programmes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="224" />
        <source>Likely class: {risk}.</source>
        <translation>Likely class: {risk}.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="226" />
        <source>Answer the questions in order; the first “yes” decides.</source>
        <translation>Answer the questions in order; the first “yes” decides.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="227" />
        <source>An orientation, not legal advice.</source>
        <translation>An orientation, not legal advice.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="242" />
        <location filename="../../desktop/pages/programmes_page.py" line="243" />
        <source>the company form</source>
        <translation>the company form</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="257" />
        <source>Describe your company and press “Find programmes”: sandboxes, testing facilities, EDIHs, AI Factories and funding you can apply to appear here.</source>
        <translation>Describe your company and press “Find programmes”: sandboxes, testing facilities, EDIHs, AI Factories and funding you can apply to appear here.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="262" />
        <source>{eligible} of {total} programmes are open to {name} (size: {size}).</source>
        <translation>{eligible} of {total} programmes are open to {name} (size: {size}).</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="272" />
        <source>&lt;b&gt;Benefits:&lt;/b&gt; {summary}</source>
        <translation>&lt;b&gt;Benefits:&lt;/b&gt; {summary}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="280" />
        <source>Up to {amount} EUR</source>
        <translation>Up to {amount} EUR</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="271" />
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="271" />
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="283" />
        <source>Next deadline: {date} ({label})</source>
        <translation>Next deadline: {date} ({label})</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="290" />
        <source>Export the programme list</source>
        <translation>Export the programme list</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="291" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/programmes_page.py" line="299" />
        <source>{count} programmes written to {file}.</source>
        <translation>{count} programmes written to {file}.</translation>
    </message>
</context>
<context>
    <name>QuotaGauge</name>
    <message>
        <location filename="../../desktop/widgets/charts.py" line="99" />
        <location filename="../../desktop/widgets/charts.py" line="111" />
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/charts.py" line="99" />
        <location filename="../../desktop/widgets/charts.py" line="111" />
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/charts.py" line="113" />
        <source>monitored</source>
        <translation>monitored</translation>
    </message>
</context>
<context>
    <name>QuotaRulesModel</name>
    <message>
        <location filename="../../desktop/models/quota_rules_model.py" line="41" />
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../desktop/models/quota_rules_model.py" line="41" />
        <source>monitored</source>
        <translation>monitored</translation>
    </message>
    <message>
        <location filename="../../desktop/models/quota_rules_model.py" line="64" />
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desktop/models/quota_rules_model.py" line="64" />
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desktop/models/quota_rules_model.py" line="64" />
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message numerus="yes">
        <source>%n to verify</source>
        <translation><numerusform>%n to verify</numerusform><numerusform>%n to verify</numerusform></translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>To verify</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_models.py" line="45" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_models.py" line="45" />
        <source>Offering</source>
        <translation>Offering</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_models.py" line="45" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/models/ranking_models.py" line="45" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <source>Off-topic offerings</source>
        <translation>Off-topic offerings</translation>
    </message>
    <message numerus="yes">
        <source>Off topic (%n)</source>
        <translation><numerusform>Off topic (%n)</numerusform><numerusform>Off topic (%n)</numerusform></translation>
    </message>
    <message>
        <source>{ranked} offerings ranked, {excluded} excluded by the must-haves, {off_topic} off topic (none of the wanted capabilities), of {total}.</source>
        <translation>{ranked} offerings ranked, {excluded} excluded by the must-haves, {off_topic} off topic (none of the wanted capabilities), of {total}.</translation>
    </message>
    <message>
        <source>Fewer compliant offerings than the shortlist size: {reason}.</source>
        <translation>Fewer compliant offerings than the shortlist size: {reason}.</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>To verify with the vendor (sent with the consultation):</source>
        <translation>To verify with the vendor (sent with the consultation):</translation>
    </message>
    <message>
        <source>{name} is the only offering ranked: there is no second place to compare it with, so the weights cannot change who comes first.</source>
        <translation>{name} is the only offering ranked: there is no second place to compare it with, so the weights cannot change who comes first.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="96" />
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="97" />
        <source>Add to shortlist</source>
        <translation>Add to shortlist</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="98" />
        <source>Ranked offerings</source>
        <translation>Ranked offerings</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="99" />
        <source>Excluded offerings</source>
        <translation>Excluded offerings</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="100" />
        <source>Ranked</source>
        <translation>Ranked</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="101" />
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="102" />
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="133" />
        <source>Describe your need in the Need area: the ranking appears here.</source>
        <translation>Describe your need in the Need area: the ranking appears here.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="136" />
        <source>{ranked} offerings ranked, {excluded} excluded by the must-haves, of {total}.</source>
        <translation>{ranked} offerings ranked, {excluded} excluded by the must-haves, of {total}.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="139" />
        <source>The best {shown} are listed.</source>
        <translation>The best {shown} are listed.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="155" />
        <source>&lt;b&gt;{criterion}&lt;/b&gt; ({points}): {explanation}</source>
        <translation>&lt;b&gt;{criterion}&lt;/b&gt; ({points}): {explanation}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="168" />
        <source>No offering is ranked yet.</source>
        <translation>No offering is ranked yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="171" />
        <source>First place: {name}, {margin} points ahead of the second.</source>
        <translation>First place: {name}, {margin} points ahead of the second.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="173" />
        <source>&lt;b&gt;{criterion}&lt;/b&gt; ({weight}): {down}; {up}</source>
        <translation>&lt;b&gt;{criterion}&lt;/b&gt; ({weight}): {down}; {up}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="175" />
        <source>holds down to 0</source>
        <translation>holds down to 0</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="176" />
        <source>changes if lowered by {d:.1f}</source>
        <translation>changes if lowered by {d:.1f}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="177" />
        <source>holds however high</source>
        <translation>holds however high</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/ranking_page.py" line="178" />
        <source>changes if raised by {d:.1f}</source>
        <translation>changes if raised by {d:.1f}</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="34" />
        <source>Record details</source>
        <extracomment>fields shown in their own section below the facts colour of the "unverified" mark: a warning amber readable on white (contrast 4.6:1)</extracomment>
        <translation>Record details</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="42" />
        <source>Select a record to see all its facts and the sources they come from.</source>
        <translation>Select a record to see all its facts and the sources they come from.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="89" />
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="89" />
        <source>unverified</source>
        <translation>unverified</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="90" />
        <source>Sources disagree on</source>
        <translation>Sources disagree on</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="90" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="91" />
        <source>This record has no source.</source>
        <translation>This record has no source.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="91" />
        <source>seen on {date}</source>
        <translation>seen on {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="96" />
        <source>Facts marked “unverified” could not be checked against a source.</source>
        <translation>Facts marked “unverified” could not be checked against a source.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="130" />
        <source>Last verified on {date}.</source>
        <translation>Last verified on {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/record_detail.py" line="130" />
        <source>Never verified.</source>
        <translation>Never verified.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="41" />
        <source>Edit record</source>
        <extracomment>style of an editor whose field has a problem: a red frame, visible without relying on colour alone</extracomment>
        <translation>Edit record</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="41" />
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="45" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="47" />
        <source>Record kind</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="60" />
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="91" />
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="93" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="94" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="105" />
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="105" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="119" />
        <source>JSON, e.g. as in an exported catalog file</source>
        <translation>JSON, e.g. as in an exported catalog file</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="125" />
        <source>comma-separated</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/record_editor.py" line="174" />
        <source>the record was not saved</source>
        <translation>the record was not saved</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="40" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="49" />
        <location filename="../../desktop/dialogs/settings_dialog.py" line="54" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="50" />
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="57" />
        <location filename="../../desktop/dialogs/settings_dialog.py" line="62" />
        <location filename="../../desktop/dialogs/settings_dialog.py" line="116" />
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="58" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="63" />
        <source>The data folder holds the catalogue and your work (profiles, shortlists, decisions). A new folder is used from the next start. The {env} environment variable and --data-dir take precedence.</source>
        <translation>The data folder holds the catalogue and your work (profiles, shortlists, decisions). A new folder is used from the next start. The {env} environment variable and --data-dir take precedence.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="68" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="76" />
        <location filename="../../desktop/dialogs/settings_dialog.py" line="80" />
        <source>Credential</source>
        <translation>Credential</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="77" />
        <source>INSEE SIRENE API key</source>
        <translation>INSEE SIRENE API key</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="79" />
        <source>Token of the feed {name}</source>
        <translation>Token of the feed {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="83" />
        <source>Secret value</source>
        <translation>Secret value</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="84" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="86" />
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="87" />
        <source>Forget</source>
        <translation>Forget</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="94" />
        <source>Credential status</source>
        <translation>Credential status</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="96" />
        <source>Credentials</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="122" />
        <source>Credentials are stored in the system keychain.</source>
        <translation>Credentials are stored in the system keychain.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="125" />
        <source>No system keychain is available: a credential you enter is not remembered and is kept only until Vivier closes. It is never written to a file.</source>
        <translation>No system keychain is available: a credential you enter is not remembered and is kept only until Vivier closes. It is never written to a file.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="131" />
        <source>Stored in the system keychain.</source>
        <translation>Stored in the system keychain.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="132" />
        <source>Not remembered: no system keychain. Kept for this session only.</source>
        <translation>Not remembered: no system keychain. Kept for this session only.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="133" />
        <source>Not set.</source>
        <translation>Not set.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="139" />
        <source>Enter a value first.</source>
        <translation>Enter a value first.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="153" />
        <source>Not remembered: no system keychain. Kept for this session only, never written to a file.</source>
        <translation>Not remembered: no system keychain. Kept for this session only, never written to a file.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="162" />
        <source>The keychain refused to delete it (is it locked?).</source>
        <translation>The keychain refused to delete it (is it locked?).</translation>
    </message>
</context>
<context>
    <name>ShortlistModel</name>
    <message numerus="yes">
        <source>%n to verify</source>
        <translation><numerusform>%n to verify</numerusform><numerusform>%n to verify</numerusform></translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>To verify</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shortlist_model.py" line="89" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shortlist_model.py" line="89" />
        <source>Offering</source>
        <translation>Offering</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shortlist_model.py" line="89" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shortlist_model.py" line="89" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/models/shortlist_model.py" line="89" />
        <source>Decision</source>
        <translation>Decision</translation>
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
        <translation>Fewer compliant offerings than the shortlist size ({size}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/shortlist/page.py" line="243" />
        <source>No longer in the catalogue, shown by id until the next ranking: {ids}</source>
        <translation>No longer in the catalogue, shown by id until the next ranking: {ids}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="139" />
        <source>Shortlist</source>
        <extracomment>the shortlist kept in workspace.db (decisions, notes and their audit log), and its items then</extracomment>
        <translation>Shortlist</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="140" />
        <location filename="../../desktop/pages/shortlist_page.py" line="233" />
        <source>Make compliant</source>
        <translation>Make compliant</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="141" />
        <source>Replace the shortlist by the best-scoring one that meets every required quota</source>
        <translation>Replace the shortlist by the best-scoring one that meets every required quota</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="143" />
        <location filename="../../desktop/pages/shortlist_page.py" line="217" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="144" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="145" />
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="146" />
        <source>Export tender workbook…</source>
        <translation>Export tender workbook…</translation>
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
        <translation>Shortlisted offerings</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="165" />
        <source>No longer eligible, removed from the shortlist: {ids}</source>
        <translation>No longer eligible, removed from the shortlist: {ids}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="209" />
        <source>{id} is already in the shortlist.</source>
        <translation>{id} is already in the shortlist.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="211" />
        <source>Add {id}</source>
        <translation>Add {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="212" />
        <source>{id} added to the shortlist.</source>
        <translation>{id} added to the shortlist.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="222" />
        <source>Change decision</source>
        <translation>Change decision</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="222" />
        <source>Edit notes</source>
        <translation>Edit notes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="226" />
        <source>Describe a need first: there is no ranking yet.</source>
        <translation>Describe a need first: there is no ranking yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="230" />
        <location filename="../../desktop/pages/shortlist_page.py" line="261" />
        <source>No shortlist can meet every required quota: {why}</source>
        <translation>No shortlist can meet every required quota: {why}</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="246" />
        <source>Describe your need in the Need area, then add offerings from the Ranking or press “Make compliant”.</source>
        <translation>Describe your need in the Need area, then add offerings from the Ranking or press “Make compliant”.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="252" />
        <source>The shortlist is empty: add offerings from the Ranking, or press “Make compliant” for the best shortlist that meets your quotas.</source>
        <translation>The shortlist is empty: add offerings from the Ranking, or press “Make compliant” for the best shortlist that meets your quotas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/pages/shortlist_page.py" line="257" />
        <source>%n offering(s), total score {total:.1f} (best possible without quotas: {best:.1f}).</source>
        <translation>
            <numerusform>%n offering, total score {total:.1f} (best possible without quotas: {best:.1f}).</numerusform>
            <numerusform>%n offerings, total score {total:.1f} (best possible without quotas: {best:.1f}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="263" />
        <source>The compliant shortlist scores {total:.1f} in total: meeting the required quotas costs {cost:.1f} points.</source>
        <translation>The compliant shortlist scores {total:.1f} in total: meeting the required quotas costs {cost:.1f} points.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="283" />
        <source>Quotas: none set in the need profile</source>
        <translation>Quotas: none set in the need profile</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="294" />
        <source>Nothing to export: the shortlist is empty.</source>
        <translation>Nothing to export: the shortlist is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="297" />
        <source>Export tender workbook</source>
        <translation>Export tender workbook</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="298" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="308" />
        <source>Tender workbook written to {path}.</source>
        <translation>Tender workbook written to {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/shortlist_page.py" line="311" />
        <source>Exporting the tender workbook</source>
        <translation>Exporting the tender workbook</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../desktop/worker.py" line="135" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/pages/need_page.py" line="79" />
        <source>The need profile has unsaved changes. Save them?</source>
        <extracomment>re-rank this long after the last change, so dragging a slider does not queue a ranking per pixel quota rules offered in one click (the profile file may hold any rule the quota module parses)</extracomment>
        <translation>The need profile has unsaved changes. Save them?</translation>
    </message>
</context>
<context>
    <name>OffTopicModel</name>
    <message>
        <source>Offering</source>
        <translation>Offering</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Why it is off topic</source>
        <translation>Why it is off topic</translation>
    </message>
</context>
</TS>
