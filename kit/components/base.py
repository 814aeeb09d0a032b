"""What every rule-layer component shares: the RuleSet it reads, from its config, saved with it."""

from __future__ import annotations

import os
from pathlib import Path

from ..rules import RuleSet, coerce_rules, load_rules, save_rules

#: the config every rule-layer factory takes: ``rules`` (a rule dict, as in a rule file) or
#: ``rules_path`` (a rule file); with neither, the rules the kit ships for the pipeline's language
RULE_CONFIG = {"rules": None, "rules_path": None}


class RuleComponent:
    """Base for components driven by a :class:`~kit.rules.RuleSet`.

    The rules come from the component's config: ``rules`` (a dict, a RuleSet: no file is read),
    ``rules_path`` (a rule file), or neither (the rules shipped for ``lang``). ``set_rules`` swaps
    them without rebuilding the pipeline (the widgets use it); they are written with the pipeline
    by ``to_disk`` and read back by ``from_disk``.

    A rule dict given in a spaCy config must not hold ``$`` (spaCy's config reads ``${...}`` as a
    variable): give such rules with ``rules_path`` or ``set_rules``.
    """

    def __init__(self, nlp, name: str, lang: str = "it", rules: RuleSet | dict | None = None,
                 rules_path: str | os.PathLike | None = None) -> None:
        self.nlp = nlp
        self.name = name
        self.lang = lang
        self.rules: RuleSet | None = None
        if rules is not None and rules_path is not None:
            raise ValueError(f"{name}: give rules or rules_path, not both")
        self.set_rules(coerce_rules(rules if rules is not None else rules_path, lang))

    def set_rules(self, rules: RuleSet) -> None:
        """Use ``rules`` (nothing is recompiled when they equal the current ones)."""
        if rules is self.rules or (self.rules is not None and rules == self.rules):
            self.rules = rules  # keep the newer source name
            return
        self.rules = rules
        self.compile()

    def compile(self) -> None:
        """Turn the rules into matchers; override in subclasses."""

    def to_disk(self, path, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        save_rules(self.rules, path / "rules.json", backup=False)

    def from_disk(self, path, exclude=tuple()):
        file = Path(path) / "rules.json"
        if file.exists():
            self.set_rules(load_rules(file))
        return self
