"""Precision on text no rule was written on: the kit's quotations on unannotated Italian text.

    python scripts/fresh_text.py build DIR                # DIR/wiki.jsonl, DIR/adg_am.jsonl from ../shared/data
    python scripts/fresh_text.py predict DOCS OUT         # one JSON line per predicted quotation
    python scripts/fresh_text.py diff BEFORE AFTER [KIND,KIND...]   # predictions gone, new, changed

``build`` cuts 300 pseudo-documents of twenty consecutive sentences from the WikiNEuRal
validation file (Wikipedia) and 300 from KIND's De Gasperi and Aldo Moro **training** files
(political prose), detokenized; no test file is read, and nothing is written into the repository.
There is no gold: whoever reads ``predict``'s output judges each prediction by
``../shared/reference/GUIDELINES.md``, and ``diff`` shows what a change of the rules did to them
(the second helper round of the release after `1e7e768` kept a change only when it removed at least four
predictions judged wrong and at most one judged right).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SENTENCES_PER_DOC = 20


def _docs(path: Path, prefix: str, n_sentences: int) -> list[dict]:
    from kit.devset import detokenize

    with path.open(encoding="utf-8") as f:
        records = [json.loads(line) for _, line in zip(range(n_sentences), f)]
    out = []
    for k in range(0, len(records), SENTENCES_PER_DOC):
        text = " ".join(detokenize(r["tokens"]) for r in records[k:k + SENTENCES_PER_DOC])
        out.append({"id": f"{prefix}:{k:06d}", "text": text, "quotes": []})
    return out


def build(out_dir: Path, data: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    piles = {
        "wiki": _docs(data / "wikineural_it" / "jsonl" / "it_val.jsonl", "wiki", 6000),
        "adg_am": (_docs(data / "kind" / "jsonl" / "ADG_train.jsonl", "adg", 3000)
                   + _docs(data / "kind" / "jsonl" / "AM_train.jsonl", "am", 3000)),
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
                                      "content": q["text"], "sentence": sentence}, ensure_ascii=False) + "\n")
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


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "build":
        from kit.devset import DEFAULT_DATA

        build(Path(argv[1]), DEFAULT_DATA)
    elif len(argv) == 3 and argv[0] == "predict":
        predict(Path(argv[1]), Path(argv[2]))
    elif len(argv) in (3, 4) and argv[0] == "diff":
        diff(Path(argv[1]), Path(argv[2]), set(argv[3].split(",")) if len(argv) == 4 else None)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
