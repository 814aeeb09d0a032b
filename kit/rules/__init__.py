"""The rule file: the schema declared once, validation, files, and the edits the tuner makes.

A rule file is versioned JSON (``"schema": "kit-rules", "version": 1``). Every problem found
while reading one raises :class:`RuleError` naming the file, the entry and what is wrong.

- :mod:`kit.rules.schema`: :class:`RuleSet`, one field per key with its metadata; ``from_dict``;
- :mod:`kit.rules.validate`: the checks of each kind of value (token patterns, marks, labels...);
- :mod:`kit.rules.files`: read, coerce what users pass as ``rules=``, save atomically;
- :mod:`kit.rules.edit`: what an analyst types -> rule entries -> a new RuleSet.
"""

from .files import coerce_rules, default_rules, load_rules, read_rule_bytes, save_rules
from .schema import (EVERYTHING, INERT, SCHEMA, TOP_LEVEL, VERSION, RuleSet, field_info, from_dict,
                     normalize, rule_fields)
from .validate import RuleError, validate_token_pattern

__all__ = [
    "EVERYTHING", "INERT", "SCHEMA", "TOP_LEVEL", "VERSION", "RuleError", "RuleSet", "coerce_rules",
    "default_rules", "field_info", "from_dict", "load_rules", "normalize", "read_rule_bytes",
    "rule_fields", "save_rules", "validate_token_pattern",
]
