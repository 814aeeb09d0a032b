"""Corpus runs on Dask (kit.run_corpus): the same records as the local path, resumable, reported.

A 2-core machine: one LocalCluster of 2 single-threaded workers is shared by the module.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import kit
from kit.scale import store
from kit.scale.engine import CacheWarning

ROOT = Path(__file__).resolve().parent.parent
N_GENERATED = 800
N_SMALL = 300
SOURCES = ["Gazzetta Civica", "Corriere Meridiano", None]


def generated_rows(n: int = N_GENERATED, seed: int = 16) -> list[dict]:
    """``n`` articles made of paragraphs of the sample articles (each text different)."""
    paragraphs = [p.strip() for doc in kit.sample_articles() for p in doc.text.split("\n\n") if len(p.strip()) > 80]
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        body = "\n\n".join(rng.sample(paragraphs, 2))
        row = {"id": f"g{i:05d}", "text": f"Articolo {i}\n\n{body}", "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"}
        if SOURCES[i % 3]:
            row["source"] = SOURCES[i % 3]
        else:
            row["url"] = f"https://www.cronache{i % 5}.example/{i}"
        rows.append(row)
    return rows


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as made:
        yield made


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("generated") / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in generated_rows()), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    """300 generated articles: 12 partitions of 25 for the interruption tests."""
    path = tmp_path_factory.mktemp("small") / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in generated_rows(N_SMALL)), encoding="utf-8")
    return path


def local_tables(source, model: str) -> dict[str, pd.DataFrame]:
    """The tables of the local path (kit.analyze_corpus) for ``source``."""
    docs = kit.analyze_corpus(kit.load_corpus(source), kit.load(model=model), cache_dir=None, progress=False)
    return {"documents": kit.documents_table(docs), "entities": kit.entities_table(docs),
            "quotes": kit.quotes_table(docs), "rule_relations": kit.rule_relations_table(docs),
            "relations": kit.relations_table(docs)}


def assert_same_tables(left: dict, right: dict) -> None:
    assert sorted(left) == sorted(right)
    for name in left:
        assert_frame_equal(left[name], right[name], obj=name)


def output_bytes(out_dir: Path) -> dict[str, bytes]:
    """Every file of a run's output but the cache (the cache is not output)."""
    return {p.relative_to(out_dir).as_posix(): p.read_bytes() for p in sorted(out_dir.rglob("*"))
            if p.is_file() and p.relative_to(out_dir).parts[0] != "cache"}


# --- the same records as the local path --------------------------------------------------------------
@pytest.mark.parametrize("model", ["blank", "kit"])
def test_sample_articles_same_tables_as_local(client, articles_dir: Path, tmp_path: Path, model: str) -> None:
    run = kit.run_corpus(articles_dir, tmp_path / "out", client=client, partition_size=3, model=model, progress=False)
    assert (run.computed, run.reused, run.totals["documents"]) == (4, 0, 10)
    tables = run.tables()
    assert_same_tables(tables, local_tables(articles_dir, model))
    assert len(tables["quotes"]) > 50 and len(tables["relations"]) > 0
    assert sorted(p.name for p in (tmp_path / "out" / "quotes").iterdir()) == [f"part-0000{i}.parquet" for i in range(4)]


def test_generated_corpus_same_tables_as_local(client, generated: Path, tmp_path: Path) -> None:
    run = kit.run_corpus(generated, tmp_path / "out", client=client, partition_size=100, model="blank", progress=False)
    assert run.totals["documents"] == N_GENERATED and run.computed == 8
    tables = run.tables()
    assert_same_tables(tables, local_tables(generated, "blank"))
    assert tables["documents"]["doc_id"].tolist() == [f"g{i:05d}" for i in range(N_GENERATED)]
    lazy = kit.read_table(tmp_path / "out", "quotes", lazy=True)
    assert lazy.npartitions == 8 and len(lazy) == len(tables["quotes"])


@pytest.mark.slow
def test_generated_corpus_with_the_shipped_model(client, tmp_path: Path) -> None:
    # (120 articles: the blank pipeline covers the 800 of `generated`; with the shipped model on a
    # 2-core machine 600 articles alone took a third of CI's time)
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in generated_rows(120)), encoding="utf-8")
    run = kit.run_corpus(path, tmp_path / "out", client=client, partition_size=30, model="kit", progress=False)
    assert run.totals["documents"] == 120 and run.computed == 4
    assert_same_tables(run.tables(), local_tables(path, "kit"))


def test_a_second_run_reuses_every_partition(client, articles_dir: Path, tmp_path: Path) -> None:
    first = kit.run_corpus(articles_dir, tmp_path / "out", client=client, partition_size=4, model="blank", progress=False)
    before = output_bytes(tmp_path / "out")
    second = kit.run_corpus(articles_dir, tmp_path / "out", client=client, partition_size=4, model="blank", progress=False)
    assert (first.computed, second.computed, second.reused, second.model_runs) == (3, 0, 3, 0)
    assert output_bytes(tmp_path / "out") == before
    # another partition size: every partition is new, and the old parts go
    third = kit.run_corpus(articles_dir, tmp_path / "out", client=client, partition_size=6, model="blank", progress=False)
    assert third.computed == 2 and sorted(p.name for p in (tmp_path / "out" / "documents").iterdir()) == [
        "part-00000.parquet", "part-00001.parquet"]
    assert third.model_runs == 10  # the shards are keyed by their texts: new partitions, new shards


# --- resumable ----------------------------------------------------------------------------------------
def _cli(source: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "kit", "run", str(source), "-o", str(out), "--model", "blank", "-q",
            "--partition-size", "25", *extra]


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def test_a_killed_run_restarted_ends_byte_identical(small: Path, tmp_path: Path) -> None:
    whole, broken = tmp_path / "whole", tmp_path / "broken"
    subprocess.run(_cli(small, whole, "--workers", "1"), check=True, env=_env(), capture_output=True)
    process = subprocess.Popen(_cli(small, broken, "--workers", "1"), env=_env(), start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    log = broken / store.PROGRESS
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        if log.exists() and len(log.read_text(encoding="utf-8").splitlines()) >= 3:
            break
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)  # the driver and its workers, mid-run
    process.wait()
    finished = len(log.read_text(encoding="utf-8").splitlines())
    assert 3 <= finished < 12 and not (broken / store.MANIFEST).exists()
    result = subprocess.run(_cli(small, broken, "--workers", "1"), check=True, env=_env(),
                            capture_output=True, text=True)
    assert f"{12 - finished} partitions analysed, {finished} kept from an earlier run" in result.stdout
    assert output_bytes(broken) == output_bytes(whole)
    ids = kit.read_table(broken, "documents")["doc_id"]
    assert len(ids) == N_SMALL and ids.is_unique


def test_a_worker_killed_mid_run_loses_nothing(client, small: Path, tmp_path: Path) -> None:
    reference = kit.run_corpus(small, tmp_path / "ref", client=client, partition_size=25, model="blank",
                               progress=False)
    log = tmp_path / "out" / store.PROGRESS
    pids = client.run(os.getpid)

    def kill_a_worker() -> None:
        while not (log.exists() and log.read_text(encoding="utf-8").count("\n") >= 2):
            time.sleep(0.02)
        os.kill(next(iter(pids.values())), signal.SIGKILL)

    killer = threading.Thread(target=kill_a_worker)
    killer.start()
    run = kit.run_corpus(small, tmp_path / "out", client=client, partition_size=25, model="blank", progress=False)
    killer.join()
    assert set(client.run(os.getpid).values()) != set(pids.values())  # the nanny started a new one
    assert output_bytes(tmp_path / "out") == output_bytes(tmp_path / "ref")
    assert run.totals == reference.totals


# --- the cache ----------------------------------------------------------------------------------------
def test_two_runs_share_one_cache_at_once(client, articles_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    results = {}

    def one(name: str) -> None:
        results[name] = kit.run_corpus(articles_dir, tmp_path / name, client=client, partition_size=2,
                                       model="blank", cache_dir=cache, progress=False)

    threads = [threading.Thread(target=one, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(results) == {"a", "b"}
    assert output_bytes(tmp_path / "a") == output_bytes(tmp_path / "b")
    shards = sorted(cache.rglob("*.spacy"))
    assert len(shards) == 5 and not list(cache.rglob("*.tmp"))
    assert_same_tables(kit.read_tables(tmp_path / "a"), local_tables(articles_dir, "blank"))


def test_a_damaged_cache_shard_is_recomputed_with_a_warning(client, articles_dir: Path, tmp_path: Path) -> None:
    first = kit.run_corpus(articles_dir, tmp_path / "one", client=client, partition_size=5, model="blank",
                           cache_dir=tmp_path / "cache", progress=False)
    assert first.model_runs == 10
    truncated, garbage = sorted((tmp_path / "cache").rglob("*.spacy"))
    truncated.write_bytes(truncated.read_bytes()[:40])
    garbage.write_bytes(b"not a DocBin at all" * 10)
    with pytest.warns(CacheWarning, match="unreadable"):
        second = kit.run_corpus(articles_dir, tmp_path / "two", client=client, partition_size=5, model="blank",
                                cache_dir=tmp_path / "cache", progress=False)
    assert second.model_runs == 10 and len(second.damaged_cache) == 2
    assert output_bytes(tmp_path / "two") == output_bytes(tmp_path / "one")
    third = kit.run_corpus(articles_dir, tmp_path / "three", client=client, partition_size=5, model="blank",
                           cache_dir=tmp_path / "cache", progress=False)
    assert third.model_runs == 0 and third.damaged_cache == []  # repaired


# --- bad input ------------------------------------------------------------------------------------------
def test_bad_files_and_rows_are_in_the_summary(client, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.jsonl").write_text('{"id": "a1", "text": "Rossi ha detto: «Va bene»."}\n{broken\n'
                                 '{"id": "a3", "title": "senza testo"}\n'
                                 '{"id": "a4", "text": "Bianchi: \\ud800 testo rotto."}\n', encoding="utf-8")
    with gzip.open(src / "b.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write('{"id": "b1", "text": "Il sindaco ha detto che piove."}\n[1, 2]\n')
    pq.write_table(pa.table({"id": ["c1", "c2"], "text": ["Secondo Verdi il piano è pronto.", None]}),
                   src / "c.parquet")
    pq.write_table(pa.table({"body": ["no text column"]}), src / "d.parquet")
    (src / "e.jsonl.gz").write_bytes(b"not gzip at all")
    (src / "f.txt").write_bytes(b"")
    (src / "g.txt").write_text("Il ministro ha detto: «Si parte».", encoding="utf-8")
    run = kit.run_corpus(src, tmp_path / "out", client=client, partition_size=2, model="blank", progress=False)
    assert kit.read_table(tmp_path / "out", "documents")["doc_id"].tolist() == ["a1", "a4", "b1", "c1", "g"]
    summary = (tmp_path / "out" / "summary.txt").read_text(encoding="utf-8").splitlines()
    assert summary[0] == "5 documents from 4 files; skipped 3 files and 4 rows"
    assert "skipped a.jsonl:2: invalid JSON (Expecting property name enclosed in double quotes at column 2)" in summary
    assert "skipped a.jsonl:3: missing or empty 'text'" in summary
    assert "repaired a.jsonl:4: replaced 1 lone surrogate (not valid Unicode) with U+FFFD" in summary
    assert "skipped b.jsonl.gz:2: expected a JSON object with a 'text' field, got a list" in summary
    assert "skipped c.parquet:2: missing or empty 'text'" in summary
    assert "skipped d.parquet: no 'text' column (columns: body)" in summary
    assert "skipped e.jsonl.gz: cannot read the file: Not a gzipped file (b'no')" in summary
    assert "skipped f.txt: empty file" in summary
    assert summary[-1].startswith("3 partitions: 5 documents, ")
    assert run.summary.documents == 5
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", kit.corpus.CorpusWarning)
        local = kit.load_corpus(src)
    assert summary[:-1] == local.summary.lines()  # the reader of kit.load_corpus, its summary
    assert_same_tables(run.tables(), local_tables(src, "blank"))


# --- rules re-applied ------------------------------------------------------------------------------------
def test_rerun_rules_equals_a_full_run_with_those_rules(client, articles_dir: Path, tmp_path: Path) -> None:
    rules = kit.load_rules()
    changed = rules.replace(aliases={**rules.aliases, "Giorgia Meloni": ["la premier", "Meloni"],
                                     "Presidente della Repubblica": ["capo dello Stato"]})
    kit.run_corpus(articles_dir, tmp_path / "rerun", client=client, partition_size=4, model="blank", progress=False)
    before = kit.read_table(tmp_path / "rerun", "quotes")
    rerun = kit.rerun_rules(tmp_path / "rerun", changed, client=client, progress=False)
    assert (rerun.computed, rerun.model_runs) == (3, 0)
    kit.run_corpus(articles_dir, tmp_path / "full", client=client, partition_size=4, model="blank", rules=changed,
                   progress=False)
    assert output_bytes(tmp_path / "rerun") == output_bytes(tmp_path / "full")
    after = kit.read_table(tmp_path / "rerun", "quotes")
    assert "Presidente della Repubblica" in set(after["speaker"]) - set(before["speaker"])
    back = kit.rerun_rules(tmp_path / "rerun", rules, client=client, progress=False)
    assert back.model_runs == 0
    assert_frame_equal(kit.read_table(tmp_path / "rerun", "quotes"), before)


def test_rerun_rules_needs_a_finished_run(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="run kit.run_corpus first"):
        kit.rerun_rules(tmp_path, kit.load_rules())


# --- the command line ------------------------------------------------------------------------------------
def test_cli_refuses_workers_with_scheduler(capsys) -> None:
    from kit.__main__ import main

    with pytest.raises(SystemExit):
        main(["run", "x", "-o", "y", "--workers", "2", "--scheduler", "tcp://127.0.0.1:1"])
    assert "not allowed with argument" in capsys.readouterr().err


def test_partition_size_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="partition_size must be at least 1"):
        kit.run_corpus(tmp_path, tmp_path / "out", partition_size=0)


def test_a_document_that_fails_is_left_out_and_listed_like_the_local_path(client, tmp_path: Path) -> None:
    from kit.corpus import Corpus, Document

    docs = [Document("ok", "Rossi ha detto: «Va bene»."), Document("bad", "a\udc80b"),
            Document("ok2", "Secondo Bianchi piove.")]
    run = kit.run_corpus(Corpus(docs), tmp_path / "out", client=client, partition_size=2, model="blank", progress=False)
    assert kit.read_table(tmp_path / "out", "documents")["doc_id"].tolist() == ["ok", "ok2"]
    local = Corpus(docs)
    with pytest.warns(kit.corpus.CorpusWarning, match="bad: not analysed"):
        kit.analyze_corpus(local, kit.load(model="blank"), cache_dir=None, progress=False)
    assert [str(s) for s in run.summary.failed] == [str(s) for s in local.summary.failed] == [
        "bad: not analysed: bad holds a lone surrogate at character 1 (not valid Unicode text); decode the "
        "source with errors='replace'"]
    assert str(run.summary.failed[0]) in (tmp_path / "out" / "summary.txt").read_text(encoding="utf-8")
    rules = kit.load_rules()
    kit.rerun_rules(tmp_path / "out", rules.replace(aliases={**rules.aliases, "Mario Rossi": ["Rossi"]}),
                    client=client, progress=False)
    assert kit.read_table(tmp_path / "out", "documents")["doc_id"].tolist() == ["ok", "ok2"]
    failed = [entry["failed"] for entry in store.read_manifest(tmp_path / "out")["parts"]]
    assert failed == [[["bad", str(run.summary.failed[0]).removeprefix("bad: ")]], []]


def test_an_output_folder_inside_the_input_is_never_read_back(client, articles_dir: Path, tmp_path: Path) -> None:
    import shutil

    src = tmp_path / "src"
    shutil.copytree(articles_dir, src)
    first = kit.run_corpus(src, src / "out", client=client, partition_size=5, model="blank", progress=False)
    second = kit.run_corpus(src, src / "out", client=client, partition_size=5, model="blank", progress=False)
    assert first.totals["documents"] == second.totals["documents"] == 10 and second.reused == 2
    assert kit.read_table(src / "out", "documents")["doc_id"].tolist() == [p.stem for p in sorted(articles_dir.glob("*.txt"))]
