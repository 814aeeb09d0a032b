"""kit.load / kit.analyze: pipeline choice, pre-tokenised input, rule layer re-runs."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import kit
from kit.pipeline import SHIPPED, apply_rules, available_models, model_layer, rule_layer

from .helpers import blank_nlp


@pytest.fixture(scope="module")
def nlp():
    return blank_nlp(people=["Sergio Mattarella", "Mattarella"])


def test_blank_pipeline_components(nlp):
    assert nlp.pipe_names == ["kit_sentences", "kit_lemmatizer", "kit_entities", "kit_names",
                              "kit_quotes", "kit_relations"]
    assert nlp.meta["kit"]["base"] == "blank"
    assert model_layer(nlp) == ["kit_sentences", "kit_lemmatizer"]
    assert [name for name, _ in rule_layer(nlp)] == ["kit_entities", "kit_names", "kit_quotes", "kit_relations"]


def test_rule_based_default_finds_places_and_normalises_lemmas(nlp):
    doc = kit.analyze("Gli Stati Uniti d'America e la Corea del Nord. Dichiarò che l’Italia c'è.", nlp)
    assert [(e.text, e.label_, e._.kit_canonical, e._.kit_source) for e in doc.ents] == [
        ("Stati Uniti d'America", "LOC", "Stati Uniti", "rule:places"),
        ("Corea del Nord", "LOC", "Corea del Nord", "rule:places"),
        ("Italia", "LOC", "Italia", "rule:places"),
    ]
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["Dichiarò"] == "dichiarare"
    assert lemmas["l’"] == lemmas.get("l'", "lo") == "lo"  # ’ and ' share one lemma


@pytest.mark.parametrize("text,sentences", [
    ("Ha detto. «Siamo pronti». Poi è andato via.", ["Ha detto.", "«Siamo pronti».", "Poi è andato via."]),
    ("Titolo senza punto\nPrimo paragrafo.", ["Titolo senza punto", "Primo paragrafo."]),
    ("Ha detto: «Siamo pronti.» E poi basta.", ["Ha detto: «Siamo pronti.»", "E poi basta."]),
    # a headline run into its article on one line ends before the article's capitalised article
    ("Milano: nuovo sindaco a Palazzo Marino Il consiglio comunale ha votato ieri.",
     ["Milano: nuovo sindaco a Palazzo Marino", "Il consiglio comunale ha votato ieri."]),
    ("Tragedia in autostrada Un camion ha travolto tre auto.", ["Tragedia in autostrada", "Un camion ha travolto tre auto."]),
    # … also before a source marker (a photo caption run into the article)
    ("Giulia Neri e Luca Verdi Secondo quanto riportato dalla Rai, il concerto è stato annullato.",
     ["Giulia Neri e Luca Verdi", "Secondo quanto riportato dalla Rai, il concerto è stato annullato."]),
    # … before a word that opens sentences and is almost never capitalised inside one
    ("Roma: chiusa la stazione Termini per un guasto Nonostante i lavori, i treni restano fermi.",
     ["Roma: chiusa la stazione Termini per un guasto", "Nonostante i lavori, i treni restano fermi."]),
    ("Incendio in un deposito a Prato Ieri sera le fiamme hanno distrutto il capannone.",
     ["Incendio in un deposito a Prato", "Ieri sera le fiamme hanno distrutto il capannone."]),
    ("Usa: il presidente rinuncia al viaggio In un'intervista ha spiegato le ragioni.",
     ["Usa: il presidente rinuncia al viaggio", "In un'intervista ha spiegato le ragioni."]),
    # … and after a "Luogo: fatto" headline before an article opening a name
    ("Francia: il Senato approva la riforma delle pensioni La Camera alta ha votato ieri sera.",
     ["Francia: il Senato approva la riforma delle pensioni", "La Camera alta ha votato ieri sera."]),
    # … but not a title after the words that open one, nor a name, nor a regnal number
    ("Ha cantato la canzone Il mio amico nel film La febbre del sabato sera.",
     ["Ha cantato la canzone Il mio amico nel film La febbre del sabato sera."]),
    ("Secondo il quotidiano La Stampa il patriarca Cirillo I ha parlato.",
     ["Secondo il quotidiano La Stampa il patriarca Cirillo I ha parlato."]),
    ("Il ministro Carlo Neri ha incontrato ieri La Russa e il segretario Lo Bello a Roma.",
     ["Il ministro Carlo Neri ha incontrato ieri La Russa e il segretario Lo Bello a Roma."]),
])
def test_sentences_keep_quote_marks(nlp, text, sentences):
    doc = kit.analyze(text, nlp)
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == sentences


def test_pretokenised_doc_runs_every_component(nlp):
    words = ["Mattarella", "ha", "detto", ":", "«", "Siamo", "pronti", "a", "tutto", "»", "."]
    spaces = [True, True, False, True, False, True, True, True, False, False, False]
    doc = nlp(Doc(nlp.vocab, words=words, spaces=spaces))
    assert [(e.text, e.label_) for e in doc.ents] == [("Mattarella", "PER")]
    assert [(q.kind, q.text, q.speaker) for q in doc._.kit_quotes] == [("direct", "Siamo pronti a tutto", "Mattarella")]
    assert doc[2].lemma_ == "dire"


def test_analyze_many_returns_list_with_ids_and_titles(nlp):
    docs = kit.analyze([{"id": "x", "text": "Titolo\nCorpo del testo."}, "Solo testo."], nlp, progress=False)
    assert [d._.kit_id for d in docs] == ["x", kit.pipeline.default_id("Solo testo.")]
    assert [d._.kit_title for d in docs] == ["Titolo", None]


def test_analyze_rejects_bad_items(nlp):
    with pytest.raises(ValueError, match="'text'"):
        kit.analyze({"title": "no text"}, nlp)
    with pytest.raises(TypeError, match="cannot analyse"):
        kit.analyze([42], nlp)


def test_too_long_text_gives_clear_error(nlp):
    text = "a " * (nlp.max_length // 2 + 10)
    with pytest.raises(ValueError, match="max_length"):
        kit.analyze(text, nlp)


def test_apply_rules_reuses_model_output_and_changes_entities(nlp):
    doc = kit.analyze("La Giunta regionale ha detto che il bilancio è in ordine.", nlp)
    assert [e.text for e in doc.ents] == []
    rules = kit.pipeline.get_rules(nlp)
    changed = rules.replace(entity_patterns=list(rules.entity_patterns) + [
        {"label": "ORG", "pattern": "Giunta regionale", "name": "giunta"}])
    (after,) = apply_rules([doc], nlp, changed)
    assert [(e.text, e.label_, e._.kit_source) for e in after.ents] == [("Giunta regionale", "ORG", "rule:giunta")]
    assert after._.kit_quotes[0].speaker == "Giunta regionale"
    assert [e.text for e in doc.ents] == []  # the original doc is untouched
    (back,) = apply_rules([after], nlp, rules)  # and rules can be taken back
    assert [e.text for e in back.ents] == []


def test_analyst_pattern_overrides_model_entity():
    nlp = kit.load(model="blank")
    doc = nlp.make_doc("Il Regno Unito vota.")
    from spacy.tokens import Span
    doc.ents = [Span(doc, 1, 3, label="ORG")]  # a "model" mistake
    rules = kit.pipeline.get_rules(nlp)
    kit.pipeline.set_rules(nlp, rules.replace(entity_patterns=[{"label": "LOC", "pattern": "Regno Unito", "name": "fix"}]))
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [(e.text, e.label_, e._.kit_source) for e in doc.ents] == [("Regno Unito", "LOC", "rule:fix")]


def test_available_models_lists_blank_last():
    assert available_models()[-1] == "blank"


@pytest.mark.skipif(not (SHIPPED / "config.cfg").exists(), reason="the shipped pipeline is not built")
def test_shipped_pipeline_is_default_and_finds_person_and_place():
    nlp = kit.load()
    assert nlp.meta["kit"]["base"] == "it_kit_news"
    doc = kit.analyze("Il presidente della Repubblica Sergio Mattarella è arrivato ieri sera a Bruxelles "
                      "per incontrare i vertici europei.", nlp)
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Sergio Mattarella", "PER") in ents
    assert ("Bruxelles", "LOC") in ents


# --- one analysis path: kit.analyze and kit.analyze_corpus -----------------------------------------
def test_analyze_and_analyze_corpus_give_the_same_docs_and_ids(nlp, tmp_path):
    texts = ["Mattarella ha detto: «Siamo pronti a tutto».", "Titolo\nSergio Mattarella è a Roma."]
    items = [texts[0], {"id": "mine", "text": texts[1], "source": "ANSA"}]
    plain = kit.analyze(items, nlp, progress=False)
    cached = kit.analyze_corpus(items, nlp, cache_dir=tmp_path, progress=False)
    again = kit.analyze_corpus(items, nlp, cache_dir=tmp_path, progress=False)  # from the cache
    for docs in (cached, again):
        assert [d._.kit_id for d in docs] == [kit.pipeline.default_id(texts[0]), "mine"]
        assert [d._.kit_title for d in docs] == [None, "Titolo"]
        assert docs[1]._.kit_meta == {"source": "ANSA"}
        assert [kit.parse_doc(d) for d in docs] == [kit.parse_doc(d) for d in plain]


def test_analyze_refuses_bad_text_before_analysing(nlp):
    with pytest.raises(ValueError, match="lone surrogate"):
        kit.analyze([{"id": "ok", "text": "Va bene."}, {"id": "bad", "text": "a\udc80b"}], nlp, progress=False)
    with pytest.raises(ValueError, match="lungo has 2,000,001 characters"):
        kit.analyze([{"id": "lungo", "text": "a" * 2_000_001}], nlp, progress=False)


def test_a_corpus_run_leaves_out_bad_text_and_says_so(nlp):
    """The same checks on the corpus path; a bad document is left out with a warning naming it,
    and the others are analysed (one bad row never aborts a corpus run)."""
    items = [{"id": "ok", "text": "Va bene."}, {"id": "bad", "text": "a\udc80b"},
             {"id": "lungo", "text": "a" * 2_000_001}]
    with pytest.warns(Warning) as caught:
        docs = kit.analyze_corpus(items, nlp, progress=False)
    assert [d._.kit_id for d in docs] == ["ok"]
    said = " ".join(str(w.message) for w in caught)
    assert "bad" in said and "lone surrogate" in said and "lungo" in said


def test_both_paths_cut_long_documents_the_same_way(nlp, monkeypatch, tmp_path):
    from kit.pipeline import analysis

    monkeypatch.setattr(analysis, "CHUNK_CHARS", 40)
    text = "Primo paragrafo, senza citazioni.\nMattarella ha detto: «Siamo pronti a tutto».\nFine."
    pieces = []
    real = analysis.split_points
    monkeypatch.setattr(analysis, "split_points", lambda t: pieces.append(real(t, size=40)) or pieces[-1])
    one = kit.analyze(text, nlp)
    (other,) = kit.analyze_corpus([text], nlp, cache_dir=tmp_path, progress=False)
    assert pieces == [[34, 71], [34, 71]]  # both paths: after the line break, then at a space
    assert kit.parse_doc(one) == kit.parse_doc(other)
    assert [(q.kind, q.speaker) for q in one._.kit_quotes] == [("direct", "Mattarella")]


def test_an_error_during_analysis_leaves_the_rule_layer_on(nlp):
    with pytest.raises(TypeError):
        kit.analyze(["Un testo.", 42], nlp, progress=False)
    broken = kit.load(model="blank")
    broken.add_pipe("kit_test_fails_on_x", before="kit_entities")
    with pytest.raises(RuntimeError, match="x"):
        kit.analyze(["Un testo.", "x"], broken, progress=False)
    assert broken.disabled == [] and "kit_quotes" in broken.pipe_names


@Language.component("kit_test_fails_on_x")
def _fails_on_x(doc):
    if doc.text == "x":
        raise RuntimeError("x")
    return doc


def test_extensions_are_namespaced(nlp):
    import subprocess
    import sys

    code = ("import kit.pipeline, spacy.tokens.underscore as u; "
            "print(sorted(u.Underscore.doc_extensions), sorted(u.Underscore.span_extensions))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["['kit_canonical_names',", "'kit_ent_sources',", "'kit_id',", "'kit_meta',",
                           "'kit_quote_records',", "'kit_quotes',", "'kit_relation_records',", "'kit_relations',",
                           "'kit_title']", "['kit_canonical',", "'kit_source']"]
    Doc.set_extension("meta", default="another library's", force=True)  # as some libraries do
    try:
        doc = kit.analyze({"id": "x", "title": "T", "text": "Testo.", "source": "ANSA"}, nlp)
        assert (doc._.kit_id, doc._.kit_title, doc._.kit_meta) == ("x", "T", {"source": "ANSA"})
        assert doc._.meta == "another library's"
    finally:
        Doc.remove_extension("meta")


def test_fast_variant_leaves_out_the_parser_and_still_attributes():
    import kit

    nlp = kit.load(speed="fast")
    # the shipped pipeline's own small tagger replaces the shared encoder, the tagger and the
    # morphologizer; no parser, no trainable lemmatizer
    assert nlp.pipe_names[:3] == ["kit_sentences", "fast_morphologizer", "ner"]
    assert not {"tok2vec", "tagger", "morphologizer", "parser", "trainable_lemmatizer"} & set(nlp.component_names)
    assert nlp.meta["kit"]["speed"] == "fast"
    doc = kit.analyze("Secondo il sindaco Marco Rossi il ponte riaprirà lunedì.", nlp, progress=False)
    assert [(q.kind, q.text, q.speaker) for q in doc._.kit_quotes] == [
        ("indirect", "il ponte riaprirà lunedì", "Marco Rossi")]
    assert [(t.text, t.pos_) for t in doc if t.text in ("sindaco", "riaprirà")] == [("sindaco", "NOUN"), ("riaprirà", "VERB")]
    with pytest.raises(ValueError, match="speed must be"):
        kit.load(speed="turbo")


def test_the_fast_tagger_is_shipped_disabled_and_left_out_of_the_accurate_pipeline():
    import spacy

    import kit
    from kit.pipeline.load import SHIPPED

    plain = spacy.load(SHIPPED)  # spaCy alone runs the accurate pipeline
    assert plain.disabled == ["fast_morphologizer"]
    assert plain.pipe_names == ["tok2vec", "tagger", "morphologizer", "parser", "trainable_lemmatizer", "ner"]
    nlp = kit.load()
    assert "fast_morphologizer" not in nlp.component_names and "parser" in nlp.pipe_names


def test_a_saved_fast_pipeline_keeps_its_tagging_when_loaded_again(tmp_path):
    import kit
    from kit.pipeline.load import base_pipeline

    fast, _ = base_pipeline("it", "kit", speed="fast")
    fast.to_disk(tmp_path / "fast")
    again, _ = base_pipeline("it", tmp_path / "fast")  # accurate asked, but only the fast tagging is there
    assert again.pipe_names == ["fast_morphologizer", "ner"]
    doc = kit.analyze("Il ponte riaprirà lunedì.", kit.load(model=tmp_path / "fast"), progress=False)
    assert [t.pos_ for t in doc][:3] == ["DET", "NOUN", "VERB"]


def test_the_fast_variant_of_a_pipeline_without_a_fast_tagger_keeps_its_own_tagging(tmp_path):
    # an official it_core_news_* pipeline has no fast_morphologizer: speed="fast" then leaves out
    # only the parser and the trainable lemmatizer, and tags with the pipeline's own components
    import spacy

    import kit
    from kit.pipeline.load import SHIPPED

    other = spacy.load(SHIPPED)
    other.remove_pipe("fast_morphologizer")
    other.to_disk(tmp_path / "other")
    nlp = kit.load(model=tmp_path / "other", speed="fast")
    assert nlp.pipe_names[:5] == ["kit_sentences", "tok2vec", "tagger", "morphologizer", "ner"]
    doc = kit.analyze("Secondo il sindaco Marco Rossi il ponte riaprirà lunedì.", nlp, progress=False)
    assert [(q.kind, q.text, q.speaker) for q in doc._.kit_quotes] == [
        ("indirect", "il ponte riaprirà lunedì", "Marco Rossi")]
    assert kit.load(model=tmp_path / "other").pipe_names[1:7] == [
        "tok2vec", "tagger", "morphologizer", "parser", "trainable_lemmatizer", "ner"]
