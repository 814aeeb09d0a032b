"""How the real-news dev set (``data/realnews``) was annotated, step by step.

    python scripts/devset_annotate.py export DIR [--new] # the selected articles as DIR/articles/*.txt
                                                         # (--new: only those not yet in data/realnews)
    python scripts/devset_annotate.py export-ud DIR      # the treebank pieces (round 13) as DIR/articles/*.txt
    python scripts/devset_annotate.py check DIR/NAME     # validate one annotator's files, report problems
    python scripts/devset_annotate.py build DIR/NAME...  # annotations -> data/realnews/{tune,check}.jsonl
    python scripts/devset_annotate.py agree DIR/A DIR/B  # agreement of two annotators on shared articles

Annotators write one JSON file per article (``<article file stem>.json``)::

    {"id": "WN_train:000123",
     "quotes": [{"content": "exact text of the content span", "occurrence": 1,
                 "kind": "direct|indirect|mixed|other", "cue": "ha detto" | null,
                 "speaker": "Full Name" | null, "speaker_mention": "Rossi" | null,
                 "speaker_type": "PER|ORG|LOC|other" | null, "about": ["Full Name", ...]}]}

``content`` is copied from the article text; ``occurrence`` (1-based, default 1) says which one
when the same string occurs more than once. ``build`` turns them into character offsets and
stores no text, only the KIND location and the text's checksum.

Round 14 annotated every Wikinews article left (185 short ones), into ``tune`` and ``check``.
Round 13 annotated two more sources, the pieces of the VIT and ISDT development texts
(:func:`kit.devset.ud_articles`); ``build`` stores them apart, in ``data/realnews/ud_tune.jsonl``
and ``ud_check.jsonl`` (the same hash of the id splits them).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kit.devset import DEVSET_DIR, UD_SOURCES, checksum, select, split_of, ud_articles, wikinews_articles  # noqa: E402
from kit.evaluate import read_jsonl, score_quotes  # noqa: E402

KINDS = {"direct", "indirect", "mixed", "other"}
MARKS = "«»“”\"„"
TYPES = {"PER", "ORG", "LOC", "other", None}


PARTS = ("tune", "check", "ud_tune", "ud_check")


def stem(article_id: str) -> str:
    return article_id.replace(":", "_")


#: round 1 annotated the first 80 selected articles, round 2 the next 55 (same order, same split)
N_ARTICLES = 135


#: round 3: the next articles of a wider pool (quote score >= 6 instead of 8), in the same
#: content-based order, leaving out those of rounds 1-2
ROUND_3 = 60
#: round 4: that pool ran out after 7 more articles; the first 48 of a wider one (quote score
#: >= 4), in the same order, leaving out those of rounds 1-3
ROUND_4 = 48
#: round 5: the next 48 of the round-4 pool (quote score >= 4), same order
ROUND_5 = 48
#: round 6: that pool ran out after 6 more articles; the first 48 of a wider one (quote score
#: >= 3), in the same order, leaving out those of rounds 1-5
ROUND_6 = 48
#: round 7: that pool ran out after 16 more articles; those 16, then the first 32 of a wider
#: one (quote score >= 2), in the same order, leaving out those of rounds 1-6
ROUND_7 = 48
#: round 8: that pool ran out after 8 more; those 8, then the first 40 of a wider one (quote
#: score >= 1), in the same order, leaving out those of rounds 1-7
ROUND_8 = 48
#: round 9: the next 48 of the round-8 pool (quote score >= 1), then of the widest one (>= 0),
#: same order
ROUND_9 = 48
#: round 10: the articles of more than 45 sentences, left out of every pool so far (the longest
#: and the richest in quotations: 58 of them, 72,000 words); the first 14 in the same order
ROUND_10 = 14
LONG = (46, 10_000)  # sentences
#: round 11: the next 28 of those long articles, same order
ROUND_11 = 28
#: round 12: the last 16 of them
ROUND_12 = 16


def articles() -> dict[str, dict]:
    first = select(n=N_ARTICLES, min_score=8)
    seen = {a["id"] for a in first}
    third = [a for a in select(n=100_000, min_score=6) if a["id"] not in seen][:ROUND_3]
    seen |= {a["id"] for a in third}
    wider = [a for a in select(n=100_000, min_score=4) if a["id"] not in seen]
    fourth, fifth = wider[:ROUND_4], wider[ROUND_4:ROUND_4 + ROUND_5]
    seen |= {a["id"] for a in fourth + fifth}
    sixth = [a for a in select(n=100_000, min_score=3) if a["id"] not in seen][:ROUND_6]
    taken = first + third + fourth + fifth + sixth
    seventh = _next_articles(taken, ROUND_7, min_scores=(3, 2))
    eighth = _next_articles(taken + seventh, ROUND_8, min_scores=(2, 1))
    ninth = _next_articles(taken + seventh + eighth, ROUND_9, min_scores=(1, 0))
    # rounds 10-12: the long articles, one pool read once, in its own order
    long = select(n=ROUND_10 + ROUND_11 + ROUND_12, min_score=0, sentences=LONG)
    # round 13: every piece of the VIT and ISDT development texts, two more sources
    pieces = [a for source in UD_SOURCES for a in ud_articles(source)]
    chosen = taken + seventh + eighth + ninth + long
    # round 14: every Wikinews article left (185 short ones, few quotations), in id order
    seen = {a["id"] for a in chosen}
    rest = [a for a in wikinews_articles() if a["id"] not in seen]
    return {a["id"]: a for a in chosen + rest + pieces}


def part_of(article_id: str) -> str:
    """The file an article's annotation goes to: ``tune`` or ``check``, ``ud_tune`` or
    ``ud_check`` for the treebank pieces."""
    split = split_of(article_id)
    return f"ud_{split}" if article_id.split(":")[0] in UD_SOURCES else split


def _next_articles(taken: list[dict], n: int, min_scores: tuple[int, ...]) -> list[dict]:
    """The next ``n`` articles not in ``taken``: those left in the pool of the first quote score,
    then those of the next, each pool in its own order."""
    seen, out = {a["id"] for a in taken}, []
    for min_score in min_scores:
        for art in select(n=100_000, min_score=min_score):
            if len(out) < n and art["id"] not in seen:
                out.append(art)
                seen.add(art["id"])
    return out


def stored() -> dict[str, dict]:
    """The entries of ``data/realnews/{tune,check,ud_tune,ud_check}.jsonl`` by article id."""
    paths = (DEVSET_DIR / f"{part}.jsonl" for part in PARTS)
    return {entry["id"]: entry for path in paths if path.exists() for entry in read_jsonl(path)}


def export(out: Path, new_only: bool = False, ud: bool = False) -> None:
    (out / "articles").mkdir(parents=True, exist_ok=True)
    done = stored() if new_only else {}
    todo = [art for art in articles().values() if art["id"] not in done
            and (art["source"] in UD_SOURCES) == ud]
    for art in todo:
        (out / "articles" / f"{stem(art['id'])}.txt").write_text(art["text"], encoding="utf-8")
    print(f"{len(todo)} articles in {out / 'articles'}")


def to_offsets(art: dict, ann: dict) -> tuple[list[dict], list[str]]:
    text, quotes, problems = art["text"], [], []
    for n, q in enumerate(ann.get("quotes", []), 1):
        content = q.get("content") or ""
        where = f"{art['id']} quote {n} ({content[:40]!r})"
        occurrence = int(q.get("occurrence") or 1)
        start = -1
        for _ in range(occurrence):
            start = text.find(content, start + 1)
            if start < 0:
                break
        if not content or start < 0:
            problems.append(f"{where}: content not found in the text (occurrence {occurrence})")
            continue
        if "occurrence" not in q and text.find(content, start + 1) >= 0:
            problems.append(f"{where}: content occurs more than once; set occurrence")
        if q.get("kind") not in KINDS:
            problems.append(f"{where}: kind {q.get('kind')!r} not in {sorted(KINDS)}")
            continue
        if q.get("speaker_type") not in TYPES:
            problems.append(f"{where}: speaker_type {q.get('speaker_type')!r}")
        if q["kind"] == "other" and (q.get("speaker") or q.get("about")):
            problems.append(f"{where}: 'other' quotes have no speaker and no about")
        end = start + len(content)
        # the content never starts or ends with a space or a quote mark
        while start < end and (text[start].isspace() or text[start] in MARKS):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in MARKS):
            end -= 1
        quotes.append({"start": start, "end": end, "kind": q["kind"],
                       "cue": q.get("cue"), "speaker": q.get("speaker"),
                       "speaker_mention": q.get("speaker_mention"),
                       "speaker_type": q.get("speaker_type"), "about": list(q.get("about") or [])})
    quotes.sort(key=lambda q: (q["start"], q["end"]))
    return quotes, problems


def read_annotator(folder: Path) -> dict[str, dict]:
    arts = articles()
    out = {}
    for file in sorted(folder.glob("*.json")):
        ann = json.loads(file.read_text(encoding="utf-8"))
        if ann.get("id") not in arts:
            print(f"{file}: unknown article id {ann.get('id')!r}")
            continue
        out[ann["id"]] = ann
    return out


def check(folder: Path) -> int:
    arts, total, bad = articles(), 0, 0
    for art_id, ann in read_annotator(folder).items():
        quotes, problems = to_offsets(arts[art_id], ann)
        total += len(quotes)
        bad += len(problems)
        for p in problems:
            print(p)
    print(f"{folder}: {len(read_annotator(folder))} articles, {total} quotes, {bad} problems")
    return 1 if bad else 0


def build(folders: list[Path]) -> None:
    """The first folder that annotated an article wins (the others are for agreement only);
    articles already stored in ``data/realnews`` keep their stored annotation (the folders of
    earlier rounds need not be at hand to add a round)."""
    arts, chosen = articles(), {}
    for folder in folders:
        for art_id, ann in read_annotator(folder).items():
            chosen.setdefault(art_id, ann)
    DEVSET_DIR.mkdir(parents=True, exist_ok=True)
    rows = {part: [] for part in PARTS}
    kept = stored()
    for art_id, entry in kept.items():
        rows[part_of(art_id)].append(entry)
    for art_id in sorted(set(chosen) - set(kept)):
        art = arts[art_id]
        quotes, problems = to_offsets(art, chosen[art_id])
        if problems:
            raise SystemExit("\n".join(problems))
        rows[part_of(art_id)].append({"id": art_id, "source": art["source"], "first": art["first"],
                                       "last": art["last"], "sha256": checksum(art["text"]),
                                       "quotes": quotes})
    for part, entries in rows.items():
        if not entries:
            continue
        entries.sort(key=lambda e: e["id"])
        path = DEVSET_DIR / f"{part}.jsonl"
        tmp = path.with_suffix(".tmp")
        tmp.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries), encoding="utf-8")
        tmp.replace(path)
        print(f"{path}: {len(entries)} articles, {sum(len(e['quotes']) for e in entries)} quotes")


def agree(a: Path, b: Path) -> dict:
    """Scores of annotator B against annotator A as gold, on the articles both annotated."""
    arts, ann_a, ann_b = articles(), read_annotator(a), read_annotator(b)
    shared = sorted(set(ann_a) & set(ann_b))
    gold = [{"id": i, "text": arts[i]["text"], "quotes": to_offsets(arts[i], ann_a[i])[0]} for i in shared]
    pred = {i: to_offsets(arts[i], ann_b[i])[0] for i in shared}
    scores = score_quotes(gold, pred)
    print(json.dumps({"articles": shared, **scores}, indent=1))
    return scores


if __name__ == "__main__":
    cmd, *args = sys.argv[1:] or ["help"]
    if cmd == "export":
        export(Path(args[0]), new_only="--new" in args[1:])
    elif cmd == "export-ud":
        export(Path(args[0]), new_only="--new" in args[1:], ud=True)
    elif cmd == "check":
        sys.exit(check(Path(args[0])))
    elif cmd == "build":
        build([Path(p) for p in args])
    elif cmd == "agree":
        agree(Path(args[0]), Path(args[1]))
    else:
        print(__doc__)
