"""Quotation finding and speaker attribution on hand-written Italian sentences."""

from __future__ import annotations

import pytest

import kit
from kit.quotemarks import find_mark_pairs, outermost

from .helpers import blank_nlp, quotes_of

PEOPLE = ["Sergio Mattarella", "Mattarella", "Giorgia Meloni", "Meloni", "Mario Rossi", "Rossi",
          "Matthew Miller", "Luca Bianchi", "Bianchi", "Anna Verdi", "Verdi", "Vladimir Putin", "Putin",
          "Kim Jong Un", "Kim"]


@pytest.fixture(scope="module")
def nlp():
    return blank_nlp(people=PEOPLE, orgs=["Istat", "Confindustria"])


@pytest.mark.parametrize("text,expected", [
    ("“Siamo pronti”.", [(0, "Siamo pronti")]),
    ("«A “b” c», poi.", [(0, "A “b” c"), (1, "b")]),
    ("Disse: “Siamo pronti. Andiamo“. Poi", [(0, "Siamo pronti. Andiamo")]),
    ('Un "test" e "altro".', [(0, "test"), (0, "altro")]),
    ("l’asse e ‘regno eremita’ qui", [(0, "regno eremita")]),
    ("«aperta e mai chiusa\nNuovo paragrafo »", []),
    # … except speech opened after a colon: it runs to the end of its paragraph, not beyond
    ("Ha spiegato: «siamo pronti. Andiamo avanti.\nNuovo paragrafo.", [(0, "siamo pronti. Andiamo avanti.")]),
    ("Ha spiegato: «siamo pronti", [(0, "siamo pronti")]),
    # (never over a quotation closed after it)
    ("Ha detto: «prima e poi «seconda» qui\nAltro.", [(1, "seconda")]),
    ("„Bassa e alta“ qui", [(0, "Bassa e alta")]),
    # a straight closing mark set off by spaces still closes the one left open
    ('Disse: "Siamo pronti - ha detto - e calmi ". Poi', [(0, "Siamo pronti - ha detto - e calmi")]),
    ('Lui: "Che vergogna! " Alle 15 "altro" qui', [(0, "Che vergogna!"), (0, "altro")]),
    # a lone mark with spaces on both sides opens nothing
    ('Il "decreto" e " sparso', [(0, "decreto")]),
    # marks spaced inwards enclose the words between them
    ('Le leggi dell\'" effetto serra "nel clima e " onde lunghe "oggi', [(0, "effetto serra"), (0, "onde lunghe")]),
    # the mark that reopens an interrupted quotation opens however it is glued
    ('"Sì", dice Rossi," è pronto". Poi', [(0, "Sì"), (0, "è pronto")]),
    ('"Il punto", dice Rossi", è altro". Poi', [(0, "Il punto"), (0, "è altro")]),
    # and, left open, runs to the paragraph's end
    ('"Sì", dice Rossi, direttore, "è pronto.\nPoi', [(0, "Sì"), (0, "è pronto.")]),
    ('"Sì". Rossi, direttore, "è pronto.\nPoi', [(0, "Sì")]),
    # a paragraph whose first mark closes its sentence goes on with a quotation opened before it
    ('Lo abbiamo sempre detto a tutti noi\nanche dopo la sconfitta siamo rimasti uniti". Poi "basta"',
     [(0, "anche dopo la sconfitta siamo rimasti uniti"), (0, "basta")]),
    ('Tutti dicono che sia alto 1,80" e poi parte', []),
])
def test_mark_pairs(text, expected):
    pairs = find_mark_pairs(text)
    assert [(p.depth, text[p.start:p.end]) for p in pairs] == expected


def test_outermost_drops_nested():
    text = "«Ha detto “mai più”», ha spiegato."
    assert [text[p.start:p.end] for p in outermost(find_mark_pairs(text))] == ["Ha detto “mai più”"]


@pytest.mark.parametrize("text,expected", [
    # cue + colon
    ("Mattarella ha dichiarato: «Siamo pronti a fare la nostra parte».",
     [("direct", "Siamo pronti a fare la nostra parte", "Mattarella")]),
    # speaker named after the quote
    ("«Non ci fermeremo davanti a nulla», ha detto Mario Rossi.",
     [("direct", "Non ci fermeremo davanti a nulla", "Mario Rossi")]),
    ("“Il dato è preoccupante”, spiega Rossi.",
     [("direct", "Il dato è preoccupante", "Rossi")]),
    # apposition
    ("Il portavoce del governo, Matthew Miller, ha dichiarato: \"Crediamo che sia grave\".",
     [("direct", "Crediamo che sia grave", "Matthew Miller")]),
    # mismatched marks as printed in Italian web news
    ("Putin ha dichiarato: “Siamo disposti a collaborare. Per questo svilupperemo accordi“.",
     [("direct", "Siamo disposti a collaborare. Per questo svilupperemo accordi", "Putin")]),
    # reported speech with che
    ("Giorgia Meloni ha affermato che il governo andrà avanti.",
     [("indirect", "il governo andrà avanti", "Giorgia Meloni")]),
    # secondo X
    ("Secondo Luca Bianchi, la crescita rallenterà nel prossimo anno.",
     [("indirect", "la crescita rallenterà nel prossimo anno", "Luca Bianchi")]),
    # a scare quote is not speech
    ("Le tensioni aumentano dopo il trasferimento “illegale” di armi.",
     [("other", "illegale", None)]),
])
def test_quotes_and_speakers(nlp, text, expected):
    assert quotes_of(nlp, text) == expected


def test_interrupted_quote_keeps_speaker(nlp):
    text = "«La prima parte è chiara», ha detto Anna Verdi, «la seconda invece no»."
    assert quotes_of(nlp, text) == [
        ("direct", "La prima parte è chiara", "Anna Verdi"),
        ("direct", "la seconda invece no", "Anna Verdi"),
    ]


def test_null_subject_carries_previous_speaker(nlp):
    text = ("Kim Jong Un ha accolto con favore la visita di Putin.\n"
            "Ha descritto il legame tra i due Paesi come una “indistruttibile relazione da compagni d’armi“.")
    doc = kit.analyze(text, nlp, progress=False)
    (quote,) = [q for q in doc._.kit_quotes if q.kind != "other"]
    assert quote.kind == "mixed"
    assert quote.text == "indistruttibile relazione da compagni d’armi"
    assert quote.speaker == "Kim Jong Un"
    assert quote.speaker_mention == "Ha"


def test_mixed_quote_and_object_in_about(nlp):
    text = "Durante il viaggio, Putin ha elogiato Kim per il suo “fermo sostegno” alla Russia."
    doc = kit.analyze(text, nlp, progress=False)
    (quote,) = doc._.kit_quotes
    assert (quote.kind, quote.text, quote.speaker, quote.cue) == ("mixed", "fermo sostegno", "Putin", "ha elogiato")
    assert quote.about == ("Kim", "Russia")


def test_description_resolves_to_person(nlp):
    text = ("Il presidente russo Vladimir Putin è arrivato ieri.\n"
            "Secondo il presidente russo, la cooperazione crescerà.")
    doc = kit.analyze(text, nlp, progress=False)
    (quote,) = doc._.kit_quotes
    assert quote.speaker == "Vladimir Putin"
    assert quote.speaker_mention == "il presidente russo"


def test_coordinated_cue_keeps_subject(nlp):
    text = "Kim ha ringraziato Putin per il sostegno e ha affermato che i rapporti cresceranno."
    got = quotes_of(nlp, text)
    assert got == [
        ("indirect", "Putin per il sostegno", "Kim"),
        ("indirect", "i rapporti cresceranno", "Kim"),
    ]


def test_no_speech_verb_no_quote(nlp):
    assert quotes_of(nlp, "Mario Rossi è arrivato a Roma con il treno delle nove.") == []


def test_cue_inside_quote_is_ignored(nlp):
    text = "Rossi ha detto: «Bianchi ha dichiarato che non verrà»."
    assert quotes_of(nlp, text) == [("direct", "Bianchi ha dichiarato che non verrà", "Rossi")]


def test_quotes_table_columns_and_offsets(nlp):
    text = "Mattarella ha dichiarato: «Siamo pronti a fare la nostra parte»."
    doc = kit.analyze({"id": "a1", "text": text}, nlp, progress=False)
    table = kit.quotes_table([doc])
    assert list(table.columns) == ["doc_id", "date", "source", "start", "end", "kind", "cue", "rule", "speaker",
                                   "speaker_label", "speaker_rule", "speaker_start", "speaker_end", "about", "text"]
    row = table.iloc[0]
    assert row["doc_id"] == "a1"
    assert text[row["start"]:row["end"]] == "Siamo pronti a fare la nostra parte"
    assert (row["cue"], row["speaker"], row["speaker_label"]) == ("ha dichiarato", "Mattarella", "PER")
    assert (row["rule"], row["speaker_rule"]) == ("verb:dichiarare", "subject")
    assert text[row["speaker_start"]:row["speaker_end"]] == "Mattarella"


def test_quotes_table_says_which_rule_chose_the_speaker(nlp):
    text = "Secondo il ministro Guido Crosetto la crisi è finita."
    table = kit.quotes_table([kit.analyze({"id": "a2", "text": text}, nlp, progress=False)])
    assert table[["rule", "speaker", "speaker_rule", "text"]].to_dict("records") == [
        {"rule": "source:secondo", "speaker": "Guido Crosetto", "speaker_rule": "source", "text": "la crisi è finita"}]


def test_relations_table_counts(nlp):
    texts = [
        {"id": "a", "text": "Meloni ha detto che Confindustria sbaglia."},
        {"id": "b", "text": "Meloni ha spiegato che Confindustria deve cambiare."},
    ]
    docs = kit.analyze(texts, nlp, progress=False)
    rel = kit.relations_table(docs)
    assert rel.to_dict("records") == [{
        "speaker": "Meloni", "speaker_label": "PER", "target": "Confindustria",
        "target_label": "ORG", "n_quotes": 2, "doc_ids": ["a", "b"], "sources": [],
    }]


def test_spans_groups_match_records(nlp):
    text = "«Il dato è preoccupante», spiega Rossi."
    doc = kit.analyze(text, nlp, progress=False)
    assert [s.text for s in doc.spans["kit_quotes"]] == ["Il dato è preoccupante"]
    assert [s.text for s in doc.spans["kit_cues"]] == ["spiega"]
    assert [s.text for s in doc.spans["kit_speakers"]] == ["Rossi"]


def test_canonical_names_group_mentions_in_an_article(nlp):
    text = "Sergio Mattarella è a Roma.\nMattarella ha dichiarato: «Siamo pronti a fare la nostra parte»."
    doc = kit.analyze(text, nlp, progress=False)
    assert [(e.text, e._.kit_canonical) for e in doc.ents if e.label_ == "PER"] == [
        ("Sergio Mattarella", "Sergio Mattarella"), ("Mattarella", "Sergio Mattarella")]
    assert doc._.kit_quotes[0].speaker == "Sergio Mattarella"


def test_aliases_from_rules_name_entities():
    nlp = blank_nlp(people=["Zar"], aliases={"Vladimir Putin": ["Zar"]})
    doc = kit.analyze("Lo Zar ha detto che la guerra continuerà.", nlp, progress=False)
    assert [(e.text, e._.kit_canonical) for e in doc.ents] == [("Zar", "Vladimir Putin")]
    assert doc._.kit_quotes[0].speaker == "Vladimir Putin"


def test_quote_repr_html_escapes():
    from kit.model import Quote

    quote = Quote(start=0, end=8, kind="direct", text="<b>x</b>", speaker="<script>", cue="ha detto",
                  about=("A&B",))
    html = quote._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "A&amp;B" in html
    with pytest.raises(ValueError, match="unknown quote kind"):
        Quote(start=0, end=1, kind="quoted", text="x")


def test_find_cues_within_a_range_keeps_the_cues_of_the_sentences_it_overlaps(shipped):
    """``find_cues(within=…)`` reads only the sentences that overlap a character range, so a look
    at one passage (the speaker of words quoted inside a quotation) stays linear in a long
    document; the cues it finds there are the whole document's."""
    import kit

    text = ("Il sindaco Marco Rossi ha detto che il ponte riaprirà lunedì. "
            "La ministra Anna Bianchi ha annunciato che i fondi arriveranno. "
            "Il prefetto Luca Neri ha spiegato che la strada resterà chiusa.")
    doc = kit.analyze(text, shipped, progress=False)
    finder = shipped.get_pipe("kit_quotes").speech
    finder.reset()
    whole = finder.find_cues(doc)
    assert [c.text for c in whole] == ["ha detto che", "ha annunciato che", "ha spiegato che"]
    second = text.index("La ministra")
    assert [c.text for c in finder.find_cues(doc, within=(second, second + 5))] == ["ha annunciato che"]
    assert [(c.text, c.start) for c in finder.find_cues(doc, within=(second - 5, text.index("Il prefetto") + 1))] \
        == [(c.text, c.start) for c in whole]


@pytest.mark.parametrize("text,expected", [
    ("Sono state chieste dal sindaco le dimissioni del presidente,",
     [("indirect", "le dimissioni del presidente", "sindaco")]),
    ("È stata annunciata dal governo una nuova legge,", [("indirect", "una nuova legge", "governo")]),
    ("Il ministro ha accusato", []),
    ("Lo ha accusato", []),
])
def test_a_text_cut_in_the_middle_of_a_report(shipped, text, expected):
    """A text cut after a comma or right after a verb of charging (a snippet pasted in a widget,
    a truncated article) used to stop the pipeline with an IndexError: the end of a passive
    report's object looked for a conjunction after the comma, and a charge for its *di*, past the
    last token."""
    assert quotes_of(shipped, text) == expected


@pytest.mark.parametrize("text", ["A parlare è stata anche la deputata Anna Rossi, secondo la quale",
                                  "Il ministro, secondo il quale"])
def test_a_text_cut_after_a_relative_source_marker(shipped, text):
    """A text that ends with *secondo il quale* used to stop the pipeline with an IndexError (the
    content was looked for after the marker, past the last token); the marker is never content."""
    assert all("secondo" not in content for _, content, _ in quotes_of(shipped, text))
