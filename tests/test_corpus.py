"""Reading corpora (formats, encodings, skips and the summary) and the on-disk analysis cache."""

from __future__ import annotations

import codecs
import json
import warnings
from pathlib import Path

import pytest
from spacy.language import Language

import kit
from kit.corpus.cache import DocCache, clear_cache, model_key
from kit.corpus import (Corpus, CorpusError, CorpusWarning, Document, decode, load_corpus,
                        looks_binary)
from kit.pipeline import analyze_corpus, default_id, get_rules, set_rules

LATIN1_TEXT = "Perché l'età è più città\nIl sindaco di Cefalù ha detto: «Così non va, è già tardi».\n"


def _write_messy_folder(root: Path) -> Path:
    """A folder with one file of each kind the loader must handle."""
    root.mkdir()
    (root / "good.txt").write_text("Un titolo\nIl testo dell'articolo.\n", encoding="utf-8")
    (root / "latin.txt").write_bytes(LATIN1_TEXT.encode("latin-1"))
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.md").write_text("  \n\n", encoding="utf-8")
    (root / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    (root / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    (root / "bom.md").write_bytes(codecs.BOM_UTF8 + "# Titolo MD\n\nCorpo del testo.\n".encode("utf-8"))
    (root / "wide.txt").write_bytes("Titolo largo\nTesto in UTF-16 con è.\n".encode("utf-16"))
    (root / "rows.csv").write_text(
        'id,title,date,text\n'
        'c1,Primo,2024-05-01,"Il primo testo, con una virgola."\n'
        'c2,Secondo,2024-05-02,\n'
        ',Terzo,,"Un testo\nsu due righe."\n', encoding="utf-8")
    (root / "rows.jsonl").write_text(
        '{"id": "j1", "text": "Testo JSON.", "source": "ANSA", "url": "https://example.org/1"}\n'
        '{"id": "j2", "text": \n'
        '\n'
        '{"id": "j3", "title": "Senza testo"}\n'
        '["not", "an", "object"]\n'
        '{"text": "Ultimo testo."}\n', encoding="utf-8")
    sub = root / "sub"
    sub.mkdir()
    (sub / "good.txt").write_text("Stesso nome\nIn una sottocartella.\n", encoding="utf-8")
    hidden = root / ".ipynb_checkpoints"
    hidden.mkdir()
    (hidden / "good-checkpoint.txt").write_text("ignored\n", encoding="utf-8")
    return root


@pytest.fixture()
def messy(tmp_path: Path) -> Corpus:
    folder = _write_messy_folder(tmp_path / "corpus")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(folder)
    corpus.caught = [str(w.message) for w in caught if issubclass(w.category, CorpusWarning)]
    return corpus


def test_summary_counts_what_was_read_and_skipped(messy: Corpus) -> None:
    summary = messy.summary
    assert summary.files_read == 7  # good, latin, bom.md, wide, rows.csv, rows.jsonl, sub/good
    assert summary.documents == len(messy) == 9
    skipped = {s.where: s.reason for s in summary.skipped}
    assert skipped["empty.txt"] == "empty file"
    assert "binary" in skipped["picture.txt"]
    assert "unsupported file type '.pdf'" in skipped["notes.pdf"]
    assert "no text" in skipped["blank.md"]
    assert "missing or empty 'text'" in skipped["rows.csv:3"]
    assert "invalid JSON" in skipped["rows.jsonl:2"]
    assert "missing or empty 'text'" in skipped["rows.jsonl:4"]
    assert "JSON object" in skipped["rows.jsonl:5"]
    assert len(summary.skipped) == 8
    assert summary.encodings == {"latin.txt": "cp1252", "wide.txt": "utf-16"}


def test_every_skip_warns_with_the_file_and_reason(messy: Corpus) -> None:
    assert len(messy.caught) == len(messy.summary.skipped)
    assert any("picture.txt" in m and "binary" in m for m in messy.caught)
    assert any("rows.csv:3" in m for m in messy.caught)


def test_documents_ids_titles_and_metadata(messy: Corpus) -> None:
    assert messy.ids == ["bom", "good", "latin", "c1", "rows.csv:4", "j1", "rows.jsonl:6", "sub/good", "wide"]
    by_id = {doc.id: doc for doc in messy}
    assert by_id["latin"].text == LATIN1_TEXT
    assert by_id["latin"].title == "Perché l'età è più città"
    assert by_id["bom"].title == "Titolo MD" and not by_id["bom"].text.startswith("\ufeff")
    assert by_id["wide"].text.startswith("Titolo largo\n") and "è" in by_id["wide"].text
    assert by_id["good"].title == "Un titolo"
    assert by_id["sub/good"].title == "Stesso nome"  # same stem in a subfolder: path as id
    c1 = by_id["c1"]
    assert (c1.title, c1.date, c1.text) == ("Primo", "2024-05-01", "Il primo testo, con una virgola.")
    assert by_id["rows.csv:4"].text == "Un testo\nsu due righe."  # a quoted field over two lines
    assert (by_id["j1"].source, by_id["j1"].url) == ("ANSA", "https://example.org/1")
    assert by_id["rows.jsonl:6"].text == "Ultimo testo."
    assert all(doc.path for doc in messy)


def test_summary_views_escape_and_name_the_files(messy: Corpus) -> None:
    text = str(messy.summary)
    assert "decoded latin.txt as cp1252 (Windows Latin-1), not UTF-8" in text
    assert "9 documents from 7 files; skipped 4 files and 4 rows" in text
    assert repr(messy).startswith("Corpus(9 documents")
    page = messy._repr_html_()
    assert "picture.txt" in page and "'text'" not in page and "&#x27;text&#x27;" in page


def test_corpus_lookup_by_index_and_id(messy: Corpus) -> None:
    assert messy[messy.ids[0]] is messy[0]
    with pytest.raises(KeyError, match="no document with id 'nope'"):
        messy["nope"]


def test_sample_articles_load_cleanly(articles_dir: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", CorpusWarning)
        corpus = load_corpus(articles_dir)
    files = sorted(articles_dir.glob("*.txt"))
    assert corpus.ids == [f.stem for f in files]
    assert corpus.summary.files_read == len(files) and not corpus.summary.skipped
    # each file opens with a front matter (date, outlet); the text is what follows it
    raw = files[0].read_text(encoding="utf-8")
    assert raw.startswith("---\n") and raw.endswith(corpus[0].text) and "---" not in corpus[0].text
    assert corpus[0].title == corpus[0].text.splitlines()[0]
    assert all(doc.date and (doc.source or doc.url) for doc in corpus)
    assert corpus.summary.date_origins == {"front matter": len(files)} and not corpus.summary.bad_dates


def test_documents_go_straight_into_analyze(blank_pipeline, articles_dir: Path) -> None:
    corpus = load_corpus(sorted(articles_dir.glob("*.txt"))[:2])
    docs = kit.analyze(list(corpus), blank_pipeline, progress=False)
    assert [d._.kit_id for d in docs] == corpus.ids
    assert [d._.kit_title for d in docs] == [doc.title for doc in corpus]


@pytest.mark.parametrize("data, text, encoding", [
    ("città".encode("utf-8"), "città", "utf-8"),
    (codecs.BOM_UTF8 + "città".encode("utf-8"), "città", "utf-8-sig"),
    ("città".encode("utf-16"), "città", "utf-16"),
    ("città".encode("latin-1"), "città", "cp1252"),
    ("l’euro: 5 €".encode("cp1252"), "l’euro: 5 €", "cp1252"),
    (b"caff\xe8 \x81", "caffè \x81", "latin-1"),  # 0x81 is undefined in cp1252
])
def test_decode(data: bytes, text: str, encoding: str) -> None:
    assert decode(data) == (text, encoding)


@pytest.mark.parametrize("sample, binary", [
    (b"plain text\n", False),
    (b"with\ttabs\r\nand form feed\x0c", False),
    (b"GIF89a\x00\x01", True),
    (bytes(range(1, 32)) * 4, True),
])
def test_looks_binary(sample: bytes, binary: bool) -> None:
    assert bool(looks_binary(sample)) is binary


def test_semicolon_csv_and_row_ids(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("Title;Text;ID\nUno;Primo testo;a\nDue;Secondo testo;a\n", encoding="utf-8-sig")
    corpus = load_corpus(path)
    assert [d.text for d in corpus] == ["Primo testo", "Secondo testo"]
    assert corpus.ids == ["a", "export:3"]  # a repeated id gets the row's own id
    assert corpus.summary.renamed == {"a (export.csv:3)": "export:3"}


def test_csv_without_text_column_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("title,body\nx,y\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("ok\n", encoding="utf-8")
    with pytest.warns(CorpusWarning, match=r"a\.csv: no 'text' column \(columns: title, body\)"):
        corpus = load_corpus(tmp_path)
    assert corpus.ids == ["b"]


def test_jsonl_latin1_row_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_bytes('{"text": "Più città"}\n'.encode("latin-1") + '{"text": "già"}\n'.encode("utf-8"))
    corpus = load_corpus(path)
    assert [d.text for d in corpus] == ["Più città", "già"]
    assert corpus.summary.encodings == {"rows.jsonl": "cp1252"}


def test_large_text_file_is_skipped_and_listed(tmp_path: Path) -> None:
    (tmp_path / "huge.txt").write_text("parola " * 2000, encoding="utf-8")
    (tmp_path / "small.txt").write_text("Breve.", encoding="utf-8")
    with pytest.warns(CorpusWarning, match=r"huge\.txt: 14,000 bytes, more than the 1,000 bytes limit"):
        corpus = load_corpus(tmp_path, max_bytes=1000)
    assert corpus.ids == ["small"]
    assert [(s.path, s.line) for s in corpus.summary.skipped] == [("huge.txt", None)]


def test_large_jsonl_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"text": f"Articolo {i}."}) + "\n" for i in range(500)), encoding="utf-8")
    corpus = load_corpus(path, max_bytes=1000)  # the limit is for files read whole
    assert len(corpus) == 500 and corpus[499].id == "many:500"


@pytest.mark.parametrize("name, message", [
    ("missing", "no such file or folder"),
    ("file.docx", "unsupported file type '.docx'"),
])
def test_bad_paths(tmp_path: Path, name: str, message: str) -> None:
    if name.endswith(".docx"):
        (tmp_path / name).write_bytes(b"PK")
    with pytest.raises(CorpusError, match=message):
        load_corpus(tmp_path / name)


def test_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no files found"):
        load_corpus(tmp_path)


def test_document_repr_is_short() -> None:
    doc = Document(id="x", text="parola " * 40)
    assert repr(doc).startswith("Document('x', 280 chars: 'parola parola") and len(repr(doc)) < 100


# --- the cache ---------------------------------------------------------------------------------


@Language.factory("kit_test_model_calls")
def _make_counter(nlp: Language, name: str):
    return ModelCalls()


class ModelCalls:
    """Stands in for the statistical model: counts the texts it is run on."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, doc):
        self.calls += 1
        return doc


def _counting_nlp(rules=None) -> tuple[Language, ModelCalls]:
    nlp = kit.load(model="blank", rules=rules)
    counter = nlp.add_pipe("kit_test_model_calls", before="kit_entities")
    return nlp, counter


@pytest.fixture()
def three_articles(articles_dir: Path) -> Corpus:
    return load_corpus(sorted(articles_dir.glob("*.txt"))[:3])


def _tables(docs) -> list:
    return [kit.entities_table(docs), kit.quotes_table(docs), kit.documents_table(docs)]


def _same_tables(a, b) -> bool:
    return all(x.astype(str).equals(y.astype(str)) for x, y in zip(_tables(a), _tables(b)))


def test_second_run_hits_the_cache(three_articles: Corpus, tmp_path: Path) -> None:
    nlp, counter = _counting_nlp()
    first = analyze_corpus(three_articles, nlp, cache_dir=tmp_path, progress=False)
    assert counter.calls == 3
    again = analyze_corpus(three_articles, nlp, cache_dir=tmp_path, progress=False)
    assert counter.calls == 3  # nothing re-analysed
    assert _same_tables(first, again)
    assert [d._.kit_id for d in again] == three_articles.ids
    assert _same_tables(again, kit.analyze(list(three_articles), nlp, progress=False))
    assert len(list(tmp_path.rglob("*.spacy"))) == 3


def test_a_new_session_reuses_the_cache(three_articles: Corpus, tmp_path: Path) -> None:
    nlp, counter = _counting_nlp()
    analyze_corpus(three_articles, nlp, cache_dir=tmp_path, progress=False)
    fresh, fresh_counter = _counting_nlp()  # as after reopening the notebook
    assert model_key(fresh) == model_key(nlp)
    cache = DocCache(tmp_path, fresh)
    assert all(cache.get(doc.text) is not None for doc in three_articles) and cache.hits == 3
    analyze_corpus(three_articles, fresh, cache_dir=tmp_path, progress=False)
    assert fresh_counter.calls == 0


def test_a_rules_change_reuses_the_model_output(three_articles: Corpus, tmp_path: Path) -> None:
    nlp, counter = _counting_nlp()
    before = analyze_corpus(three_articles, nlp, cache_dir=tmp_path, progress=False)
    phrase = "educazione civica"
    assert phrase not in set(kit.entities_table(before)["text"])
    rules = get_rules(nlp)
    new_rules = rules.replace(entity_patterns=[*rules.entity_patterns,
                                               {"label": "MISC", "pattern": phrase, "name": "test"}])
    set_rules(nlp, new_rules)
    after = analyze_corpus(three_articles, nlp, cache_dir=tmp_path, progress=False)
    assert counter.calls == 3  # only the rule layer ran again
    entities = kit.entities_table(after)
    assert phrase in set(entities.loc[entities["label"] == "MISC", "text"])
    reference, _ = _counting_nlp(new_rules)  # the same as analysing from scratch with the new rules
    assert _same_tables(after, kit.analyze(list(three_articles), reference, progress=False))


def test_changed_text_and_changed_pipeline_miss(three_articles: Corpus, tmp_path: Path) -> None:
    nlp, counter = _counting_nlp()
    analyze_corpus(three_articles, nlp, cache_dir=tmp_path, progress=False)
    edited = [Document(id=d.id, text=d.text + ("\nUna riga in più." if i == 0 else ""), title=d.title)
              for i, d in enumerate(three_articles)]
    analyze_corpus(edited, nlp, cache_dir=tmp_path, progress=False)
    assert counter.calls == 4  # only the edited article
    plain = kit.load(model="blank")  # another model layer: another key
    assert model_key(plain) != model_key(nlp)


def test_a_damaged_cache_file_is_analysed_again(three_articles: Corpus, tmp_path: Path) -> None:
    nlp, counter = _counting_nlp()
    analyze_corpus(three_articles, nlp, cache_dir=tmp_path, progress=False)
    DocCache(tmp_path, nlp).path_for(three_articles[1].text).write_bytes(b"not a DocBin")
    docs = analyze_corpus(three_articles, nlp, cache_dir=tmp_path, progress=False)
    assert counter.calls == 4 and len(docs) == 3
    assert clear_cache(tmp_path) == 3 and not list(tmp_path.iterdir())


def test_no_cache_dir_writes_nothing(three_articles: Corpus, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    nlp, counter = _counting_nlp()
    analyze_corpus(three_articles, nlp, cache_dir=None, progress=False)
    analyze_corpus(three_articles, nlp, cache_dir=None, progress=False)
    assert counter.calls == 6 and not list(tmp_path.iterdir())


def test_analyze_corpus_takes_paths_texts_and_dicts(articles_dir: Path, tmp_path: Path, blank_pipeline) -> None:
    one = sorted(articles_dir.glob("*.txt"))[0]
    text = load_corpus(one)[0].text  # the file without its front matter
    from_path = analyze_corpus(one, blank_pipeline, cache_dir=tmp_path, progress=False)
    from_text = analyze_corpus(text, blank_pipeline, cache_dir=tmp_path, progress=False)
    from_dict = analyze_corpus([{"text": text, "id": "x", "date": "2024-01-02"}],
                               blank_pipeline, cache_dir=tmp_path, progress=False)
    from_str_path = analyze_corpus(str(one), blank_pipeline, cache_dir=tmp_path, progress=False)
    assert from_path[0]._.kit_id == from_str_path[0]._.kit_id == one.stem
    assert from_text[0]._.kit_id == default_id(from_text[0].text)  # the content's hash, as kit.analyze
    assert from_dict[0]._.kit_id == "x" and from_dict[0]._.kit_meta == {"date": "2024-01-02"}
    assert from_path[0].text == from_text[0].text == from_dict[0].text
    assert from_path[0]._.kit_meta["date"] == "2025-04-16T18:30:00+02:00"
    assert from_path[0]._.kit_meta["source"] == "Gazzetta Civica"
    with pytest.raises(TypeError, match="cannot analyse a int"):
        analyze_corpus([3], blank_pipeline, cache_dir=None)


def test_gzipped_jsonl_and_parquet_read_like_jsonl(tmp_path: Path) -> None:
    import gzip

    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"id": "n1", "text": "Rossi ha detto: «Sì».", "date": "12/03/2024", "source": "Gazzetta"},
            {"text": "Secondo Bianchi piove.", "title": "Meteo"}]
    lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "news.jsonl").write_text(lines, encoding="utf-8")
    (tmp_path / "gz").mkdir()
    with gzip.open(tmp_path / "gz" / "news.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(lines)
    (tmp_path / "pq").mkdir()
    columns = ["id", "text", "title", "date", "source"]
    pq.write_table(pa.Table.from_pylist([{c: row.get(c) for c in columns} for row in rows]),
                   tmp_path / "pq" / "news.parquet")
    plain, gz, parquet = (load_corpus(tmp_path / name) for name in ("plain", "gz", "pq"))
    assert [d.id for d in plain] == ["n1", "news:2"]
    assert [d.date for d in plain] == ["2024-03-12", None]
    for other in (gz, parquet):
        assert [(d.id, d.text, d.title, d.date, d.source) for d in other] == \
            [(d.id, d.text, d.title, d.date, d.source) for d in plain]
        assert other.summary.files_read == 1 and not other.summary.skipped
