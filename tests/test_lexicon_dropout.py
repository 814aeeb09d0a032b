"""The lexicon-dropout analysis (``scripts/lexicon_dropout.py``): which listed verbs a fold alone uses,
and the rule file without them."""

from __future__ import annotations

import kit
from kit.rules import load_rules


def test_a_verb_is_dropped_only_in_the_one_fold_whose_articles_alone_use_it(script):
    dropout = script("lexicon_dropout")
    cues = [("a1", {"dire", "avere"}), ("a2", {"dire"}), ("a3", {"sussurrare"}), ("a4", {"ammettere"}),
            ("a5", {"ammettere", "essere"})]
    folds = {"a1": 0, "a2": 1, "a3": 0, "a4": 2, "a5": 2}
    dropped = dropout.fold_only_verbs(cues, {"dire", "sussurrare", "ammettere", "vaticinare"}, folds.get, 3)
    # dire: two folds; vaticinare: no tune cue (a list from the language holds it); avere: not listed
    assert dropped == {0: ["sussurrare"], 1: [], 2: ["ammettere"]}


def test_the_rules_without_a_verb_no_longer_take_it_as_a_cue(script):
    dropout = script("lexicon_dropout")
    rules = load_rules(lang="it")
    fewer = dropout.without_verbs(rules, {"sussurrare", "esprimere"})
    assert "sussurrare" not in fewer.speech_verbs and "esprimere" not in fewer.speech_verbs_need_object
    assert len(fewer.speech_verbs) == len(rules.speech_verbs) - 2  # both were listed; nothing else goes
    assert "sussurrare" in dropout.listed_verbs(rules) and "sussurrare" not in dropout.listed_verbs(fewer)
    text = "Mario Rossi ha sussurrato che il piano è pronto."
    whole = kit.load(rules=rules)(text)._.kit_quote_records
    assert [(text[q["start"]:q["end"]], q["speaker"]) for q in whole] == [("il piano è pronto", "Mario Rossi")]
    assert kit.load(rules=fewer)(text)._.kit_quote_records == []
