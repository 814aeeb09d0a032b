"""The kit's components in anyone's pipeline: built from their config, saved and loaded with it.

English here (spaCy's blank French pipeline takes seconds to build); the wheel test
(``tests/test_wheel.py``) runs the components in a French pipeline.
"""

from __future__ import annotations

import pytest
import spacy

import kit
import kit.lang
import kit.rules
from kit.components import RULE_LAYER
from kit.components.entities import EntityRules
from kit.components.names import CanonicalNames
from kit.components.quotes import QuoteFinder
from kit.components.relations import RelationRules

#: a small English rule set: marks, one speech verb and its past form, one name
ENGLISH = {
    "lang": "en", "places": {"cldr": False}, "quote_marks": [["“", "”"]], "speech_verbs": ["say"],
    "lemma_exceptions": {"said": "say"},
    "entity_patterns": [{"label": "PER", "pattern": "Keir Starmer", "name": "people"}],
}
ENGLISH_TEXT = "“We are ready for anything”, said Keir Starmer. Then he left."
FOUND = [("direct", "We are ready for anything", "Keir Starmer", "said")]


def english_pipeline(**config):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kit_entities", config=config or {"rules": ENGLISH})
    nlp.add_pipe("kit_quotes", config=config or {"rules": ENGLISH})
    return nlp


def quotes(doc):
    return [(q.kind, q.text, q.speaker, q.cue) for q in doc._.kit_quotes]


def test_rules_in_the_config_read_no_file(monkeypatch):
    def no_files(*args, **kwargs):
        raise AssertionError("a rule file was read")

    monkeypatch.setattr(kit.rules, "load_rules", no_files)
    nlp = english_pipeline()
    assert nlp.get_pipe("kit_quotes").rules.lang == "en"
    assert quotes(nlp(ENGLISH_TEXT)) == FOUND


def test_a_rules_path_in_the_config(tmp_path):
    path = kit.save_rules(kit.rules.from_dict(ENGLISH), tmp_path / "en.json")
    nlp = english_pipeline(rules_path=str(path))
    assert nlp.get_pipe("kit_entities").rules.source == str(path)
    assert quotes(nlp(ENGLISH_TEXT)) == FOUND


def test_without_rules_a_language_the_kit_does_not_ship_says_what_to_do():
    with pytest.raises(LookupError, match="no rules for language 'en'.*pass your own rules"):
        spacy.blank("en").add_pipe("kit_quotes")
    with pytest.raises(ValueError, match="rules or rules_path, not both"):
        spacy.blank("en").add_pipe("kit_quotes", config={"rules": ENGLISH, "rules_path": "x.json"})


def test_a_saved_pipeline_loads_with_its_rules(tmp_path):
    nlp = english_pipeline()
    nlp.to_disk(tmp_path / "en")
    again = spacy.load(tmp_path / "en")
    assert again.pipe_names == ["sentencizer", "kit_entities", "kit_quotes"]
    assert again.get_pipe("kit_quotes").rules == nlp.get_pipe("kit_quotes").rules
    assert quotes(again(ENGLISH_TEXT)) == FOUND


@pytest.fixture()
def counted(monkeypatch):
    """Counts of reads of the shipped rule file and of matcher compilations, per component."""
    counts = {"reads": 0}
    real = kit.lang.rules_file

    def rules_file(lang="it"):
        counts["reads"] += 1
        return real(lang)

    monkeypatch.setattr(kit.lang, "rules_file", rules_file)
    kit.rules.default_rules.cache_clear()
    for cls in (EntityRules, CanonicalNames, QuoteFinder, RelationRules):
        def compile_counted(self, _real=cls.compile, _name=cls.__name__):
            counts[_name] = counts.get(_name, 0) + (1 if self.rules.speech_verbs else 0)
            _real(self)

        monkeypatch.setattr(cls, "compile", compile_counted)
    yield counts
    kit.rules.default_rules.cache_clear()


def test_load_reads_the_rule_file_once_and_compiles_each_component_once(counted):
    kit.load(model="blank")
    kit.load(model="blank")
    assert counted == {"reads": 1, "EntityRules": 2, "CanonicalNames": 2, "QuoteFinder": 2, "RelationRules": 2}


def test_load_with_other_rules_never_compiles_the_shipped_ones(counted):
    rules = {"lang": "it", "places": {"cldr": False}, "speech_verbs": ["dire"]}
    nlp = kit.load(model="blank", rules=rules)
    assert counted == {"reads": 0, "EntityRules": 1, "CanonicalNames": 1, "QuoteFinder": 1, "RelationRules": 1}
    assert {nlp.get_pipe(name).rules.speech_verbs for name in RULE_LAYER} == {("dire",)}
