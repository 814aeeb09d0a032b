"""Broken rule files give a RuleError naming the file and the entry; saving is atomic.

Every case writes a real file and reads it with ``kit.rules.load_rules`` (what the notebooks and
the rule tuner do), then checks ``err.source`` (the file), ``err.entry`` (where in it) and the
message. A rule file that loads must also build a pipeline: a problem spaCy would only find in
``kit.load`` has to be reported by ``load_rules`` already, with the entry named.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kit
import kit.rules.files as rules_module
from kit.lang import rules_file
from kit.rules import RuleError, RuleSet, from_dict, load_rules, save_rules

DEFAULT = json.loads(rules_file().read_text(encoding="utf-8"))


def write(tmp_path: Path, content: str | bytes | dict, name: str = "rules.json") -> Path:
    path = tmp_path / name
    if isinstance(content, dict):
        content = json.dumps(content, ensure_ascii=False, indent=2)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def rule_error(path: Path) -> RuleError:
    with pytest.raises(RuleError) as info:
        load_rules(path)
    err = info.value
    assert err.source == str(path)
    assert str(err).startswith(f"{path}: "), str(err)
    return err


def with_pattern(pattern, label: str = "PER") -> dict:
    return {"labels": ["PER", "ORG", "LOC", "MISC"], "entity_patterns": [
        {"label": "ORG", "pattern": "Comune di Roma"},
        {"label": label, "pattern": pattern, "name": "prova"},
    ]}


# -- the file as a whole ---------------------------------------------------------------------
def test_bad_json_names_line_and_column(tmp_path):
    path = write(tmp_path, '{\n  "lang": "it",\n  "titles": ["ministro",]\n}\n')
    err = rule_error(path)
    assert err.entry == ""
    assert "invalid JSON at line 3, column" in str(err)


def test_a_key_written_twice_is_refused_not_dropped(tmp_path):
    # plain JSON would keep the second list and lose "ministro" without a word
    path = write(tmp_path, '{"lang": "it", "titles": ["ministro"], "speech_verbs": ["dire"], "titles": ["sindaco"]}')
    err = rule_error(path)
    assert err.entry == "titles"
    assert "written twice" in err.reason
    nested = write(tmp_path, '{"aliases": {"Putin": ["Vladimir Putin"], "Putin": ["Zar"]}}', "nested.json")
    assert rule_error(nested).entry == "Putin"


def test_shipped_language_files_write_every_key_once():
    # the grammar loader refuses a key written twice too; this names the file when one is
    from kit.text import unique_keys

    shipped = sorted(rules_file().parent.parent.glob("*/*.json"))
    assert {p.name for p in shipped} >= {"grammar.json", "rules.json", "speaker_ranker.json"}
    for path in shipped:
        json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=unique_keys)  # raises naming the key


@pytest.mark.parametrize("content", [b"", b"   \n\t\n"], ids=["empty", "whitespace"])
def test_empty_file(tmp_path, content):
    err = rule_error(write(tmp_path, content))
    assert err.entry == "" and "empty" in err.reason


def test_non_utf8_file(tmp_path):
    path = write(tmp_path, '{"titles": ["podestà"]}'.encode("latin-1"))
    err = rule_error(path)
    assert "not UTF-8" in err.reason and "byte 19" in err.reason  # the à


def test_utf8_bom_is_accepted(tmp_path):
    path = write(tmp_path, b"\xef\xbb\xbf" + json.dumps({"titles": ["podestà"]}).encode("utf-8"))
    assert load_rules(path).titles == ("podestà",)


def test_missing_file_and_directory(tmp_path):
    err = rule_error(tmp_path / "nope.json")
    assert "cannot read" in err.reason
    (tmp_path / "dir.json").mkdir()
    assert "cannot read" in rule_error(tmp_path / "dir.json").reason


def test_deeply_nested_json(tmp_path):
    err = rule_error(write(tmp_path, "[" * 100_000 + "]" * 100_000))
    assert "nested" in str(err) or "JSON" in str(err)


@pytest.mark.parametrize("data,entry,words", [
    ([], "", "JSON object"),
    ({"schema": "other"}, "schema", "not a kit rule file"),
    ({"version": 2}, "version", "unsupported version 2"),
    ({"version": True}, "version", "expected int, got bool"),
    ({"colours": {"PER": "red"}}, "colours", "unknown key"),
    ({"speech_verbs": "dire"}, "speech_verbs", "expected list, got str"),
    ({"lang": 5}, "lang", "expected str, got int"),
    ({"aliases": ["Roma"]}, "aliases", "expected dict, got list"),
    ({"labels": ["PER", 3]}, "labels[1]", "expected a string"),
    ({"labels": []}, "labels", "must not be empty"),
    ({"titles": ["ministro", " "]}, "titles[1]", "empty string"),
    ({"aliases": {"Roma": "Capitale"}}, "aliases['Roma']", "expected a list of strings"),
    ({"aliases": {" ": ["x"]}}, "aliases", "empty canonical name"),
    ({"quote_marks": [["«"]]}, "quote_marks[0]", "[open, close]"),
    ({"quote_marks": [["<<", ">>"]]}, "quote_marks[0]", "one character"),
    ({"quote_marks": [[" ", " "]]}, "quote_marks[0]", "cannot be a space, a letter"),
    ({"quote_marks": [["a", "a"]]}, "quote_marks[0]", "cannot be a space, a letter"),
    ({"places": {"cldr": "yes"}}, "places.cldr", "true or false"),
    ({"places": {"cities": []}}, "places.cities", "true or false"),
    ({"places": {"towns": True}}, "places", "unknown key"),
    ({"bodies": {"gazetteer": "yes"}}, "bodies.gazetteer", "true or false"),
    ({"bodies": {"names": []}}, "bodies", "unknown key"),
    ({"speech_verbs_need_object": {"esprimere": []}}, "speech_verbs_need_object['esprimere']", "must not be empty"),
    ({"entity_patterns": [["Roma"]]}, "entity_patterns[0]", "expected an object"),
    ({"entity_patterns": [{"label": "PER", "pattern": "Roma", "colour": "red"}]}, "entity_patterns[0]", "unknown key"),
    ({"entity_patterns": [{"pattern": "Roma"}]}, "entity_patterns[0]", "missing 'label'"),
    ({"entity_patterns": [{"label": "PER", "pattern": "Roma", "id": 3}]}, "entity_patterns[0]", "'id' must be a string"),
    ({"relation_rules": [{"name": "x", "subject": ["PER"], "verbs": ["lodare"], "object": ["PER"]}]},
     "relation_rules[0]", "missing or empty 'label'"),
    ({"relation_rules": [{"name": "x", "label": "loda", "subject": ["PER"], "verbs": [], "object": ["PER"]}]},
     "relation_rules[0].verbs", "must not be empty"),
], ids=lambda v: v if isinstance(v, str) and len(v) < 30 else None)
def test_wrong_types_and_unknown_keys(tmp_path, data, entry, words):
    err = rule_error(write(tmp_path, json.dumps(data)))
    assert err.entry == entry
    assert words in err.reason, err.reason
    if entry:
        assert str(err).startswith(f"{err.source}: {entry}: ")


# -- entity patterns -----------------------------------------------------------------------------
@pytest.mark.parametrize("data,entry,words", [
    (with_pattern("Mario Rossi", label="PERSON"), "entity_patterns[1]", "unknown label 'PERSON'"),
    (with_pattern("Mario Rossi", label="per"), "entity_patterns[1]", "unknown label 'per'"),
    ({"relation_rules": [{"name": "x", "label": "loda", "subject": ["PERSON"], "verbs": ["lodare"],
                          "object": ["PER"]}]}, "relation_rules[0]", "unknown label(s) ['PERSON']"),
])
def test_unknown_labels(tmp_path, data, entry, words):
    err = rule_error(write(tmp_path, data))
    assert err.entry == entry and words in err.reason
    assert "known labels" in err.reason or "subject" in err.reason


@pytest.mark.parametrize("regex", ["[", "(?P<x", "*a", "a{2,1}"])
def test_regex_that_does_not_compile(tmp_path, regex):
    err = rule_error(write(tmp_path, with_pattern([{"TEXT": {"REGEX": regex}}, {"LOWER": "rossi"}])))
    assert err.entry == "entity_patterns[1].pattern[0]"
    assert "does not compile" in err.reason and repr(regex) in err.reason


@pytest.mark.parametrize("pattern", [
    [{}],
    [{"TEXT": {"REGEX": ".*"}}],
    [{"OP": "*"}],
    [{"OP": "+"}, {}],
    [{"LOWER": {"REGEX": ""}}],
], ids=str)
def test_pattern_matching_every_token(tmp_path, pattern):
    err = rule_error(write(tmp_path, with_pattern(pattern)))
    assert err.entry == "entity_patterns[1]"
    assert "would match every token" in err.reason


@pytest.mark.parametrize("pattern", [
    [{"TEXT": {"REGEX": ".+"}}],
    [{"TEXT": {"REGEX": "(?s).*"}}],
    [{"TEXT": {"REGEX": "^"}}],
    [{"LOWER": {"NOT_IN": []}}],
    [{"LENGTH": {">=": 0}}],
    [{"LOWER": "zzz", "OP": "!"}],
], ids=str)
def test_pattern_matching_every_token_in_disguise(tmp_path, pattern):
    err = rule_error(write(tmp_path, with_pattern(pattern)))
    assert err.entry == "entity_patterns[1]"


@pytest.mark.parametrize("pattern,entry,words", [
    ([{"lower": "rossi"}], "entity_patterns[1].pattern[0]", "unknown token attribute 'lower'"),
    ([{"LOWER": {"MATCHES": "x"}}], "entity_patterns[1].pattern[0]", "unknown predicate 'MATCHES'"),
    ([{"LOWER": "x", "OP": "++"}], "entity_patterns[1].pattern[0]", "unknown OP '++'"),
    ([{"LOWER": ""}], "entity_patterns[1].pattern[0]", "empty value"),
    ([], "entity_patterns[1]", "non-empty list"),
    ([["rossi"]], "entity_patterns[1].pattern[0]", "expected a dict per token"),
    ({"LOWER": "rossi"}, "entity_patterns[1]", "non-empty list"),
    ("   ", "entity_patterns[1]", "empty phrase pattern"),
    ("", "entity_patterns[1]", "empty phrase pattern"),
])
def test_bad_token_patterns_and_empty_phrases(tmp_path, pattern, entry, words):
    err = rule_error(write(tmp_path, with_pattern(pattern)))
    assert err.entry == entry and words in err.reason, str(err)


@pytest.mark.parametrize("pattern", [
    [{"LOWER": {"IN": "abc"}}],
    [{"LOWER": 5}],
    [{"IS_TITLE": "yes"}],
    [{"LOWER": "x", "OP": "{2,1}"}],
    [{"LOWER": "x", "OP": "{}"}],
    [{"MORPH": {"IS_SUBSET": "Number=Sing"}}],
], ids=str)
def test_patterns_spacy_rejects_are_rule_errors(tmp_path, pattern):
    path = write(tmp_path, with_pattern(pattern))
    try:
        rules = load_rules(path)
    except RuleError as err:
        assert err.source == str(path) and err.entry.startswith("entity_patterns[1]")
        return
    kit.load(model="blank", rules=rules)  # raises spaCy's MatchPatternError / ValueError today
    pytest.fail("an invalid Matcher pattern was accepted")


@pytest.mark.parametrize("data", [
    with_pattern("Mario \ud800"),
    {"aliases": {"Roma": ["\udc80"]}},
    {"titles": ["ministro\ud800"]},
], ids=["phrase", "alias", "title"])
def test_lone_surrogates_in_rule_strings(tmp_path, data):
    path = write(tmp_path, json.dumps(data))  # ensure_ascii: the file is valid UTF-8 with \ud800 escapes
    err = rule_error(path)
    assert err.entry


@pytest.mark.parametrize("lang", ["xx", ""])
def test_unknown_language_in_a_rule_file(tmp_path, lang):
    path = write(tmp_path, {"lang": lang})
    with pytest.raises(RuleError) as info:
        kit.load(model="blank", rules=load_rules(path))
    assert info.value.entry == "lang"


def test_kit_load_reports_the_bad_file(tmp_path):
    path = write(tmp_path, with_pattern("Rossi", label="PERSON"))
    with pytest.raises(RuleError, match="entity_patterns\\[1\\]: unknown label 'PERSON'") as info:
        kit.load(model="blank", rules=path)
    assert info.value.source == str(path)


def test_from_dict_names_the_dict_source():
    with pytest.raises(RuleError) as info:
        kit.load(model="blank", rules={"colours": {}})
    assert info.value.source == "<dict>" and info.value.entry == "colours"


# -- the default file --------------------------------------------------------------------------------
def test_default_rules_load_and_build_a_pipeline():
    rules = load_rules()
    assert rules == load_rules(rules_file("it"))
    assert rules.lang == "it" and rules.speech_verbs and rules.quote_marks
    nlp = kit.load(model="blank", rules=rules)
    assert kit.pipeline.get_rules(nlp) == rules


def test_unknown_language_has_no_default():
    with pytest.raises(LookupError, match=r"no rules for language 'xx' \(it has: it\); pass your own rules"):
        load_rules(lang="xx")


# -- saving -----------------------------------------------------------------------------------------
def edited(rules: RuleSet) -> RuleSet:
    return rules.replace(
        entity_patterns=[*map(dict, rules.entity_patterns),
                         {"label": "PER", "pattern": [{"LOWER": "sindaca"}, {"IS_TITLE": True, "OP": "+"}],
                          "name": "sindache"}],
        aliases={**rules.aliases, "Città del Vaticano": ["Vaticano", "Santa Sede", "l’Oltretevere"]},
        titles=[*rules.titles, "podestà"],
    )


def test_round_trip_gives_an_equal_ruleset(tmp_path):
    original = edited(load_rules())
    path = save_rules(original, tmp_path / "mine.json")
    again = load_rules(path)
    assert again == original
    assert again.source == str(path)
    assert "podestà" in path.read_text(encoding="utf-8")  # written as UTF-8, not \u escapes


_word = st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=15).filter(str.strip)


@settings(max_examples=40, deadline=None)
@given(aliases=st.dictionaries(_word, st.lists(_word, max_size=3), max_size=4),
       titles=st.lists(_word, max_size=5), verbs=st.lists(_word, max_size=5),
       marks=st.lists(st.tuples(st.characters(exclude_categories=("Cs", "Cc", "L", "N", "Z")),
                                st.characters(exclude_categories=("Cs", "Cc", "L", "N", "Z"))).map(list),
                      max_size=3))
def test_round_trip_random_rules(tmp_path_factory, aliases, titles, verbs, marks):
    rules = load_rules().replace(aliases=aliases, titles=titles, speech_verbs=verbs, quote_marks=marks)
    path = save_rules(rules, tmp_path_factory.mktemp("rt") / "r.json")
    assert load_rules(path) == rules


def test_save_keeps_a_backup(tmp_path):
    path = tmp_path / "it.json"
    first = load_rules()
    save_rules(first, path)
    assert not (tmp_path / "it.json.bak").exists()  # nothing to back up the first time
    old = path.read_bytes()
    save_rules(edited(first), path)
    assert (tmp_path / "it.json.bak").read_bytes() == old
    assert load_rules(path) == edited(first)
    save_rules(first, path, backup=False)
    assert (tmp_path / "it.json.bak").read_bytes() == old


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize("target", ["os.replace", "os.fsync", "json.dumps"])
def test_failed_save_leaves_the_file_intact(tmp_path, monkeypatch, target):
    path = tmp_path / "it.json"
    save_rules(load_rules(), path)
    before = path.read_bytes()
    new = edited(load_rules())

    def boom(*args, **kwargs):
        raise OSError("disk full (simulated)")

    module, name = target.split(".")
    monkeypatch.setattr({"os": rules_module.os, "json": rules_module.json}[module], name, boom)
    with pytest.raises(OSError, match="simulated"):
        save_rules(new, path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []
    assert load_rules(path) == load_rules()


def test_failed_write_midway_leaves_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "it.json"
    save_rules(load_rules(), path)
    before = path.read_bytes()
    new = edited(load_rules())
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, text):
            self.handle.write(text[: len(text) // 2])
            raise OSError("no space left on device (simulated)")

    monkeypatch.setattr(rules_module.os, "fdopen", lambda fd, *a, **k: HalfWriter(real_fdopen(fd, *a, **k)))
    with pytest.raises(OSError, match="simulated"):
        save_rules(new, path)
    monkeypatch.undo()
    assert path.read_bytes() == before and leftovers(tmp_path) == []


def test_invalid_rules_are_never_written(tmp_path):
    path = tmp_path / "it.json"
    save_rules(load_rules(), path)
    before = path.read_bytes()
    broken = RuleSet(labels=("PER",), entity_patterns=({"label": "ORG", "pattern": "Fiat"},))
    with pytest.raises(RuleError, match="unknown label 'ORG'"):
        save_rules(broken, path)
    assert path.read_bytes() == before and leftovers(tmp_path) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_save_keeps_the_file_permissions(tmp_path):
    path = tmp_path / "it.json"
    save_rules(load_rules(), path)
    path.chmod(0o644)
    save_rules(edited(load_rules()), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_save_through_a_symlink_updates_the_target(tmp_path):
    target = tmp_path / "shared.json"
    save_rules(load_rules(), target)
    link = tmp_path / "mine.json"
    link.symlink_to(target)
    save_rules(edited(load_rules()), link)
    assert link.is_symlink()
    assert load_rules(target) == edited(load_rules())


def test_from_dict_and_save_agree_on_what_is_valid():
    # a RuleSet made in code is validated again when saved (RuleSet.replace validates too)
    with pytest.raises(RuleError, match="titles\\[0\\]"):
        load_rules().replace(titles=[""])
    assert from_dict(DEFAULT, source="x") == load_rules()


def test_custom_attributes_are_refused_with_a_clear_message(tmp_path):
    err = rule_error(write(tmp_path, with_pattern([{"_": {"canonical": "x"}}])))
    assert err.entry == "entity_patterns[1].pattern[0]"
    assert "custom attributes" in err.reason


# -- the schema, declared once ------------------------------------------------------------------------
def test_every_rule_key_has_a_stage_a_reach_a_check_and_help():
    from dataclasses import fields

    from kit.components import RULE_LAYER
    from kit.rules import EVERYTHING, INERT, TOP_LEVEL, rule_fields
    from kit.rules.schema import REACHES

    names = [f.name for f in rule_fields()]
    assert set(names) == {f.name for f in fields(RuleSet)} - {"source"}  # every field is a key
    for f in rule_fields():
        assert f.metadata["stage"] in (*RULE_LAYER, INERT, EVERYTHING), f.name
        assert f.metadata["reach"] in REACHES, f.name
        assert callable(f.metadata["check"]) and f.metadata["help"].strip(), f.name
    assert list(RuleSet().to_dict()) == ["schema", "version", *names]
    assert list(TOP_LEVEL) == ["schema", "version", *names]
    assert set(DEFAULT) == set(TOP_LEVEL)  # the shipped file uses every key, and only those


def test_the_diff_stage_map_comes_from_the_schema():
    from kit.corpus import incremental as diff
    from kit.rules.schema import REACHES

    assert set(diff._REACHES) == set(REACHES)
    assert diff.FIRST_STAGE == {
        "entity_patterns": "kit_entities", "places": "kit_entities", "bodies": "kit_entities",
        "aliases": "kit_entities", "quote_marks": "kit_quotes", "speech_verbs": "kit_quotes", "speech_verbs_need_object": "kit_quotes",
        "object_speech_verbs": "kit_quotes", "lemma_exceptions": "kit_quotes", "source_markers": "kit_quotes",
        "titles": "kit_entities", "relation_rules": "kit_relations",
    }
    assert diff.INERT_FIELDS == {"description", "labels"}
    assert diff.ENTITY_FIELDS == {"entity_patterns", "places", "bodies"}


def test_defaults_of_missing_keys_are_validated_copies():
    rules = from_dict({})
    assert rules.labels == ("PER", "ORG", "LOC", "MISC") and rules.places == {"cldr": True, "cities": True, "extra": []}
    assert rules.bodies == {"gazetteer": True}
    assert from_dict({}).places is not rules.places  # no default shared between rule sets


def test_word_sequences_longest_first_left_to_right_and_usable_only():
    from kit.text import word_sequences

    words = "a Reggio Emilia e Reggio Calabria e Reggio".split()
    by_first = {"Reggio": (("Reggio", "Emilia"), ("Reggio",)), "Calabria": (("Calabria",),)}
    assert word_sequences(words, by_first) == [(1, 3), (4, 5), (5, 6), (7, 8)]
    # a sequence that is not usable leaves the shorter one at the same word
    assert word_sequences(words, by_first, lambda s, e: e - s == 1) == [(1, 2), (4, 5), (5, 6), (7, 8)]
