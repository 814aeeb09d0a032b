"""Precision on text no rule was written on: the kit's quotations on unannotated Italian text.

    python scripts/fresh_text.py build DIR                # DIR/{wiki,adg_am,wiki2,prose2}.jsonl from ../shared/data
    python scripts/fresh_text.py predict DOCS OUT         # one JSON line per predicted quotation
    python scripts/fresh_text.py diff BEFORE AFTER [KIND,KIND...]   # predictions gone, new, changed
    python scripts/fresh_text.py recall DIR PRED [PRED...]   # recall on the annotated sentences

``build`` cuts 300 pseudo-documents of twenty consecutive sentences from the WikiNEuRal
validation file (Wikipedia) and 300 from KIND's De Gasperi and Aldo Moro **training** files
(political prose), detokenized, and a second pile of the sentences after those (``wiki2``: 253
documents; ``prose2``: 408); no test file is read, and nothing is written into the repository.
There is no gold: whoever reads ``predict``'s output judges each prediction by
``../shared/reference/GUIDELINES.md``, and ``diff`` shows what a change of the rules did to them
(the second helper round of the release after `1e7e768` kept a change only when it removed at least four
predictions judged wrong and at most one judged right).

``recall`` scores what the kit **misses**: ``data/fresh_recall/sentences.jsonl`` holds 450
sentences of DIR's documents drawn at random (offsets and a checksum each, no text), with every
quotation two annotators marked in them by the guidelines (A on 275 sentences, B on 325, 150 in
common), and ``sentences2.jsonl`` 300 of the second pile (A on 200, B on 200, 100 in common;
``recall`` then needs the second pile's predictions too). For each sample it prints the
annotators' agreement on the shared sentences and the recall of speech (direct,
mixed and indirect quotations a prediction in ``predict``'s output overlaps by at least half the
longer span, cut to the sentence), by annotator and source.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SENTENCES_PER_DOC = 20
RECALL_FILE = ROOT / "data" / "fresh_recall" / "sentences.jsonl"
#: the samples ``recall`` scores: the first (seed 265, the first pile) and the second (seed 287, the second pile)
RECALL_FILES = (RECALL_FILE, ROOT / "data" / "fresh_recall" / "sentences2.jsonl")
SPEECH = ("direct", "mixed", "indirect")


def _docs(path: Path, prefix: str, n_sentences: int, first: int = 0) -> list[dict]:
    """Pseudo-documents of ``SENTENCES_PER_DOC`` consecutive sentences: sentences ``first`` to
    ``first + n_sentences`` of ``path`` (fewer when the file ends), each id the pile's prefix and
    the number of its first sentence in the file."""
    from kit.devset import detokenize

    with path.open(encoding="utf-8") as f:
        records = [json.loads(line) for i, line in zip(range(first + n_sentences), f) if i >= first]
    out = []
    for k in range(0, len(records), SENTENCES_PER_DOC):
        text = " ".join(detokenize(r["tokens"]) for r in records[k:k + SENTENCES_PER_DOC])
        out.append({"id": f"{prefix}:{first + k:06d}", "text": text, "quotes": []})
    return out


def build(out_dir: Path, data: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    wiki, adg, am = (data / "wikineural_it" / "jsonl" / "it_val.jsonl", data / "kind" / "jsonl" / "ADG_train.jsonl",
                     data / "kind" / "jsonl" / "AM_train.jsonl")
    piles = {
        "wiki": _docs(wiki, "wiki", 6000),
        "adg_am": _docs(adg, "adg", 3000) + _docs(am, "am", 3000),
        # the second pile: the sentences after those of the first (release after `0155897`)
        "wiki2": _docs(wiki, "wiki", 5050, first=6000),
        "prose2": _docs(adg, "adg", 2147, first=3000) + _docs(am, "am", 6000, first=3000),
    }
    for name, docs in piles.items():
        with (out_dir / f"{name}.jsonl").open("w", encoding="utf-8") as f:
            for doc in docs:
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"{out_dir / name}.jsonl: {len(docs)} documents, {sum(len(d['text'].split()) for d in docs):,} words")


def predict(docs_path: Path, out_path: Path) -> None:
    import kit
    from kit.evaluate import load_gold_articles
    from kit.pipeline import analyze

    articles = load_gold_articles(docs_path)
    docs = analyze([{"id": a["id"], "text": a["text"]} for a in articles], kit.load(), progress=False)
    counts: Counter = Counter()
    with out_path.open("w", encoding="utf-8") as out:
        for art, doc in zip(articles, docs):
            for q in doc._.kit_quote_records:
                span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
                sentence = span.sent.text if span is not None and len(span) else ""
                counts[q["kind"], (q.get("rule") or "").split(":")[0].split("+")[0]] += 1
                out.write(json.dumps({"id": art["id"], "kind": q["kind"], "rule": q.get("rule"), "cue": q.get("cue"),
                                      "speaker": q.get("speaker"), "speaker_rule": q.get("speaker_rule"),
                                      "content": q["text"], "sentence": sentence,
                                      "start": q["start"], "end": q["end"]}, ensure_ascii=False) + "\n")
    for (kind, family), n in counts.most_common():
        print(f"{kind:9} {family:14} {n}")


def diff(before: Path, after: Path, kinds: set[str] | None) -> None:
    def load(path: Path) -> dict:
        with path.open(encoding="utf-8") as f:
            return {(r["id"], r["content"], r["sentence"][:60]): r for r in map(json.loads, f)}

    a, b = load(before), load(after)

    def show(tag: str, r: dict) -> None:
        if kinds is None or r["kind"] in kinds:
            print(f"{tag} {r['kind']:8} {r['rule']} | speaker {r['speaker']} | {r['content'][:90]!r}\n"
                  f"        {r['sentence'][:220]}")

    for key in sorted(a.keys() - b.keys()):
        show("GONE", a[key])
    for key in sorted(b.keys() - a.keys()):
        show("NEW ", b[key])
    for key in sorted(a.keys() & b.keys()):
        if (a[key]["kind"], a[key]["speaker"]) != (b[key]["kind"], b[key]["speaker"]):
            print(f"CHANGED {a[key]['kind']} -> {b[key]['kind']}, speaker {a[key]['speaker']} -> "
                  f"{b[key]['speaker']} | {a[key]['content'][:80]!r}")
    print(f"# {len(a.keys() - b.keys())} gone, {len(b.keys() - a.keys())} new")


def read_sentences(texts: dict[str, str], path: Path = RECALL_FILE) -> list[dict]:
    """The annotated sentences, each checked against the documents ``build`` wrote (``texts``:
    document id -> text); a clear error when a document is missing or a sentence differs."""
    import hashlib

    with path.open(encoding="utf-8") as f:
        sentences = [json.loads(line) for line in f if line.strip()]
    for s in sentences:
        text = texts.get(s["doc"])
        if text is None or hashlib.sha256(text[s["start"]:s["end"]].encode()).hexdigest() != s["sha256"]:
            raise ValueError(f"sentence {s['n']} ({s['doc']} {s['start']}-{s['end']}) is not in the documents "
                             f"given: build them again with `fresh_text.py build DIR` from ../shared")
    return sentences


def recall_scores(sentences: list[dict], predicted: dict[str, list[tuple[int, int]]]) -> dict:
    """Agreement of annotators A and B on the sentences both marked, and the recall of speech by
    annotator (``A``, ``B``, and ``pooled``: A's marks where A annotated, else B's) and source
    (``wiki``, ``prose``): ``{"agreement": {...}, "recall": {who: {source: [gold, found]}}}``.
    ``predicted``: document id -> (start, end) of every predicted quotation of speech."""
    from kit.evaluate import match_quotes  # (the dev set's matching: overlap of half the longer, best first)
    from kit.names import same_name

    recall: dict = {who: {} for who in ("A", "B", "pooled")}
    agreement = {"sentences": 0, "A": 0, "B": 0, "matched": 0, "same_kind": 0, "speakers": 0, "same_speaker": 0}
    for s in sentences:
        source = "wiki" if s["doc"].startswith("wiki") else "prose"
        preds = [{"start": max(a, s["start"]), "end": min(b, s["end"])} for a, b in predicted.get(s["doc"], [])
                 if a < s["end"] and b > s["start"]]  # (cut to the sentence)
        marks = {who: [q for q in s.get(who, []) if q["kind"] in SPEECH] for who in ("A", "B") if who in s}
        if "A" in marks or "B" in marks:
            marks["pooled"] = marks.get("A", marks.get("B"))
        for who, gold in marks.items():
            counts = recall[who].setdefault(source, [0, 0])
            counts[0] += len(gold)
            counts[1] += len(match_quotes(gold, preds))
        if "A" in marks and "B" in marks:
            a, b = marks["A"], marks["B"]
            agreement["sentences"] += 1
            agreement["A"] += len(a)
            agreement["B"] += len(b)
            for i, j in match_quotes(a, b):
                agreement["matched"] += 1
                agreement["same_kind"] += (a[i]["kind"] == "indirect") == (b[j]["kind"] == "indirect")
                if a[i]["speaker"] or b[j]["speaker"]:
                    agreement["speakers"] += 1
                    agreement["same_speaker"] += bool(a[i]["speaker"] and b[j]["speaker"]
                                                      and same_name(a[i]["speaker"], b[j]["speaker"]))
    return {"agreement": agreement, "recall": recall}


def recall(docs_dir: Path, predictions: list[Path]) -> None:
    texts = {}
    for name in ("wiki", "adg_am", "wiki2", "prose2"):
        with (docs_dir / f"{name}.jsonl").open(encoding="utf-8") as f:
            texts.update((d["id"], d["text"]) for d in map(json.loads, f))
    predicted: dict[str, list[tuple[int, int]]] = {}
    for path in predictions:
        with path.open(encoding="utf-8") as f:
            for r in map(json.loads, f):
                if r["kind"] not in SPEECH:
                    continue
                start = r.get("start", texts.get(r["id"], "").find(r["content"]))  # (outputs before offsets)
                if start >= 0:
                    predicted.setdefault(r["id"], []).append((start, r.get("end", start + len(r["content"]))))
    for path in RECALL_FILES:
        scores = recall_scores(read_sentences(texts, path), predicted)
        a = scores["agreement"]
        f1 = 2 * a["matched"] / (a["A"] + a["B"]) if a["A"] + a["B"] else 0.0
        print(f"{path.name}: agreement on {a['sentences']} sentences: speech quotations A {a['A']}, B {a['B']}, "
              f"matched {a['matched']} (F1 {f1:.3f}); indirect or not {a['same_kind']}/{a['matched']}; "
              f"speakers {a['same_speaker']}/{a['speakers']}")
        for who, by_source in scores["recall"].items():
            gold, found = (sum(v[i] for v in by_source.values()) for i in (0, 1))
            parts = ", ".join(f"{src} {v[1]}/{v[0]}" for src, v in sorted(by_source.items()))
            print(f"  recall of speech, {who}: {found}/{gold} = {found / gold if gold else 0:.3f} ({parts})")


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "build":
        from kit.devset import DEFAULT_DATA

        build(Path(argv[1]), DEFAULT_DATA)
    elif len(argv) == 3 and argv[0] == "predict":
        predict(Path(argv[1]), Path(argv[2]))
    elif len(argv) >= 3 and argv[0] == "recall":
        recall(Path(argv[1]), [Path(a) for a in argv[2:]])
    elif len(argv) in (3, 4) and argv[0] == "diff":
        diff(Path(argv[1]), Path(argv[2]), set(argv[3].split(",")) if len(argv) == 4 else None)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
