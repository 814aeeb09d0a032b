"""Static subword vectors (floret) trained on the raw Italian text of the shared data.

Every Italian *training* file is read for its sentences only (no labels): KIND WN, FIC, ADG
train and the silver Aldo Moro text, WikiNEuRal Italian, and the UD Italian files the syntax
model trains on. Development files (KIND ``*_dev``, UD ISDT and ParTUT dev) are left out so that
the dev scores stay honest, and test splits are never read.

floret stores vectors for character n-grams in a small hash table, so every word, seen or not,
gets a vector; the table's size is fixed (``bucket`` rows x ``dim``), which keeps the shipped
pipeline small. ``spacy init vectors --mode floret`` turns the result into a spaCy vectors
folder that the NER's ``MultiHashEmbed(include_static_vectors=true)`` reads.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

KIND_FILES = ("WN_train", "FIC_train", "ADG_train", "AM_train")
UD_FILES = (
    "UD_Italian-ParTUT/it_partut-ud-train.conllu",
    "UD_Italian-MarkIT/it_markit-ud-train.conllu",
    "UD_Italian-TWITTIRO/it_twittiro-ud-train.conllu",
    "UD_Italian-VIT/it_vit-ud-dev.conllu",
    "UD_Italian-PoSTWITA/it_postwita-ud-dev.conllu",
)
BUCKET = 40000
DIM = 96


def sentences(data: Path) -> Iterator[str]:
    """One tokenised sentence per item, from every Italian training file."""
    for name in KIND_FILES:
        with (data / "kind" / "jsonl" / f"{name}.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield " ".join(json.loads(line)["tokens"])
    with (data / "wikineural_it" / "jsonl" / "it_val.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield " ".join(json.loads(line)["tokens"])
    for rel in UD_FILES:
        words: list[str] = []
        for line in (data / "ud_italian" / rel).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                if words:
                    yield " ".join(words)
                words = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if cols[0].isdigit():
                    words.append(cols[1])
        if words:
            yield " ".join(words)


def train_vectors(data: Path, out: Path, epochs: int = 10, threads: int = 1) -> Path:
    """Write the raw text, train floret on it and convert it into a spaCy vectors folder."""
    import floret

    out.mkdir(parents=True, exist_ok=True)
    text = out / "raw_it.txt"
    n = 0
    with text.open("w", encoding="utf-8") as handle:
        for sent in sentences(data):
            handle.write(sent + "\n")
            n += 1
    print(f"{n} sentences of raw text in {text}")
    model = floret.train_unsupervised(
        str(text), model="cbow", mode="floret", hashCount=2, bucket=BUCKET, minn=3, maxn=5,
        minCount=2, dim=DIM, epoch=epochs, thread=threads,
    )
    floret_file = out / "vectors.floret"
    model.save_floret_vectors(str(floret_file))
    spacy_dir = out / "spacy"
    subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", "it", str(floret_file),
                    str(spacy_dir), "--mode", "floret"], check=True)
    return spacy_dir
