"""The kit's spaCy components, in pipeline order.

``kit_paragraphs``/``kit_sentences`` (sentence boundaries), ``kit_lemmatizer`` (lookup lemmas),
then the rule layer: ``kit_entities`` (patterns and place names), ``kit_names`` (canonical
names), ``kit_quotes`` (quotations and speakers), ``kit_relations`` (relation rules).
"""



RULE_LAYER = ("kit_entities", "kit_names", "kit_quotes", "kit_relations")
