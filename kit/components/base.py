"""What every rule-layer component shares: the RuleSet it reads, saved with the pipeline."""

from __future__ import annotations

from pathlib import Path

from ..rules import RuleSet, coerce_rules, from_dict, save_rules
import json


class RuleComponent:
    """Base for components driven by a :class:`~kit.rules.RuleSet`.

    ``set_rules`` swaps the rules without rebuilding the pipeline (the widgets use it); the
    rules are written with the pipeline by ``to_disk`` and read back by ``from_disk``.
    """

    def __init__(self, nlp, name: str, lang: str = "it") -> None:
        self.nlp = nlp
        self.name = name
        self.lang = lang
        self.rules: RuleSet = coerce_rules(None, lang)
        self.set_rules(self.rules)

    def set_rules(self, rules: RuleSet) -> None:
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
            self.set_rules(from_dict(json.loads(file.read_text(encoding="utf-8")), source=str(file)))
        return self
