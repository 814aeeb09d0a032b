"""The syntax training data reads as Italian is written, and the shipped tagger and parser read it so."""

from pathlib import Path

import pytest
import spacy

from kit import devset
from kit.pipeline import SHIPPED
from kit.train.openers import headline_ends, sentence_openers
from kit.train.prepare import conllu_docs

# a sentence with three multi-word tokens (dalla, della, considerandosi), as UD writes them
CONLLU = """# text = Si esime dalla garanzia della licenza, considerandosi libero.
1	Si	si	PRON	PC	Person=3|PronType=Prs	2	expl	_	_
2	esime	esimere	VERB	V	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	_
3-4	dalla	_	_	_	_	_	_	_	_
3	da	da	ADP	E	_	5	case	_	_
4	la	il	DET	RD	Definite=Def|Gender=Fem|Number=Sing|PronType=Art	5	det	_	_
5	garanzia	garanzia	NOUN	S	Gender=Fem|Number=Sing	2	obl	_	_
6-7	della	_	_	_	_	_	_	_	_
6	di	di	ADP	E	_	8	case	_	_
7	la	il	DET	RD	Definite=Def|Gender=Fem|Number=Sing|PronType=Art	8	det	_	_
8	licenza	licenza	NOUN	S	Gender=Fem|Number=Sing	5	nmod	_	SpaceAfter=No
9	,	,	PUNCT	FF	_	10	punct	_	_
10-11	considerandosi	_	_	_	_	_	_	_	_
10	considerando	considerare	VERB	V	VerbForm=Ger	2	advcl	_	_
11	si	si	PRON	PC	Person=3|PronType=Prs	10	expl	_	_
12	libero	libero	ADJ	A	Gender=Masc|Number=Sing	10	xcomp	_	SpaceAfter=No
13	.	.	PUNCT	FS	_	2	punct	_	_

"""


def test_multi_word_tokens_become_the_words_the_text_spells(tmp_path):
    path = tmp_path / "tiny.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    (doc,) = conllu_docs(path)
    assert doc.text.strip() == "Si esime dalla garanzia della licenza, considerandosi libero."
    assert [t.text for t in doc] == ["Si", "esime", "dalla", "garanzia", "della", "licenza", ",",
                                     "considerandosi", "libero", "."]
    della, considerandosi = doc[4], doc[7]
    assert (della.pos_, della.tag_, della.lemma_, della.dep_, della.head.text) == ("ADP", "E_RD", "di", "case", "licenza")
    assert della.morph.get("Definite") == ["Def"] and della.morph.get("Gender") == ["Fem"]
    assert (considerandosi.pos_, considerandosi.lemma_, considerandosi.dep_, considerandosi.head.text) == (
        "VERB", "considerare", "advcl", "esime")


def test_the_shipped_parser_reads_articulated_prepositions():
    nlp = spacy.load(SHIPPED)
    doc = nlp("Il ministro della Salute ha parlato nella sala dell'istituto e dei problemi degli ospedali.")
    for word, noun in (("della", "Salute"), ("nella", "sala"), ("dell'", "istituto"), ("dei", "problemi"),
                       ("degli", "ospedali")):
        token = next(t for t in doc if t.text == word)
        assert (token.pos_, token.dep_, token.head.text) == ("ADP", "case", noun), word
    assert [t.text for t in doc if t.dep_ == "nsubj"] == ["ministro"]


def test_sentence_openers_are_words_that_open_sentences_and_not_names():
    # "Ieri" opens 3 sentences, is never capitalised inside one and is written "ieri" inside one;
    # "Roma" is capitalised inside 5; "Il" inside a name once in 9 (> 2 %); "Federica" opens 3
    # but is never written in lower case (a name); "ONU" is an acronym; "È" one letter, accented;
    # "Dopo" opens 2 only
    records = [{"tokens": ["Ieri", "è", "piovuto", "."]} for _ in range(3)] + [{"tokens": ["piove", "da", "ieri"]}]
    records += [{"tokens": ["Roma", "è", "bella", "."]} for _ in range(9)]
    records += [{"tokens": ["vive", "a", "Roma", "."]} for _ in range(5)]
    records += [{"tokens": ["Il", "sole", "."]} for _ in range(9)] + [{"tokens": ["legge", "Il", "Fatto", "."]}]
    records += [{"tokens": ["il", "sole", "."]}]
    records += [{"tokens": ["Federica", "ride", "."]} for _ in range(3)]
    records += [{"tokens": ["ONU", "riunita", "."]} for _ in range(9)] + [{"tokens": ["la", "onu"]}]
    records += [{"tokens": ["È", "tardi", "."]} for _ in range(3)] + [{"tokens": ["non", "è", "tardi"]}]
    records += [{"tokens": ["Dopo", "cena", "."]} for _ in range(2)] + [{"tokens": ["e", "dopo", "cena"]}]
    assert sentence_openers(records) == ["Ieri", "È"]


def test_headline_ends_found_on_wikinews_as_measured():
    """The sentence splitter against KIND's sentences on the Wikinews articles outside the check
    part (245 headline ends of 434 when measured, docs/HISTORY.md; 246 since *Martedì* and
    *Giovedì* open sentences too; 249, with one more false start, since *Sabato* does; the
    check part has held the 65 round-14 articles since, so 247 of 426 with 62 false starts on the
    492 articles outside it, the same splitter): a change that finds fewer headline ends or sets
    more false sentence starts shows here."""
    if not (devset.DEFAULT_DATA / "kind" / "jsonl" / "WN_train.jsonl").exists():
        pytest.skip(f"the Wikinews articles are rebuilt from {devset.DEFAULT_DATA} (KIND), absent here")
    check = Path(__file__).resolve().parents[1] / "data" / "realnews" / "check.jsonl"
    assert headline_ends(devset.DEFAULT_DATA, leave_out=check) == {
        "articles": 492, "headline_ends": 426, "found": 247, "false_starts": 62}
