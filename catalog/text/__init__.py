"""Every sentence and label the core produces, in French and English, each defined once.

Named modules, each public: :mod:`~catalog.text.messages` (explanations, exclusions, warnings and
programme reasons), :mod:`~catalog.text.workbook` (the tender workbook), :mod:`~catalog.text.labels`
(labels every front end shares, such as size classes), :mod:`~catalog.text.quotas` (the legal note and
the words of quota rules), :mod:`~catalog.text.programmes` (the AI Act questionnaire and the programme
list file), :mod:`~catalog.text.folding` (accent- and case-folding for search and matching).
"""
