"""Turn the shared training data into spaCy DocBin files.

NER (``ner_train.spacy``, ``ner_train_news.spacy``, ``ner_dev_<PART>.spacy``)
    KIND gold parts (WN, FIC, ADG; train for training, dev for development) and WikiNEuRal
    Italian (silver, the only MISC source). KIND has no MISC label, so a KIND token that is
    "O" might really be an unlabelled MISC. Rather than teach the model a false "O", tokens of
    KIND sentences that spell a MISC name seen in WikiNEuRal (``Champions League``,
    ``Oscar``...) are marked *missing* (unknown) instead of "O". The ``news`` variant counts
    Wikinews twice and keeps only WikiNEuRal's MISC (its silver PER/LOC/ORG follow other
    conventions than KIND's and are marked missing).

Syntax (``ud_train.spacy``, ``ud_dev.spacy``)
    UD Italian train files (ParTUT, MarkIT, TWITTIRO) plus the VIT and PoSTWITA dev files (no
    train file of theirs could be obtained) for training; ISDT dev (the most news-like
    treebank) plus the ParTUT dev file are kept apart as development data, never trained on.

Only train and dev files are read: the held-out test splits are never touched.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training.converters import conllu_to_docs

KIND_PARTS = ("WN", "FIC", "ADG")
SENTENCES_PER_DOC = 10
UD_TRAIN = (
    "UD_Italian-ParTUT/it_partut-ud-train.conllu",
    "UD_Italian-MarkIT/it_markit-ud-train.conllu",
    "UD_Italian-TWITTIRO/it_twittiro-ud-train.conllu",
    "UD_Italian-VIT/it_vit-ud-dev.conllu",
    "UD_Italian-PoSTWITA/it_postwita-ud-dev.conllu",
)
UD_DEV = (
    "UD_Italian-ISDT/it_isdt-ud-dev.conllu",
    "UD_Italian-ParTUT/it_partut-ud-dev.conllu",
)


def read_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def misc_names(records: Iterable[dict]) -> set[tuple[str, ...]]:
    """Token tuples of the capitalised MISC names in WikiNEuRal."""
    names = set()
    for rec in records:
        for ent in rec["entities"]:
            words = tuple(rec["tokens"][ent["start"] : ent["end"]])
            if ent["label"] == "MISC" and words[0][:1].isupper():
                names.add(words)
    return names


def mask_misc(tokens: list[str], tags: list[str], names: set[tuple[str, ...]]) -> list[str | None]:
    """Replace "O" by missing (None) where the tokens spell a known MISC name."""
    out: list[str | None] = list(tags)
    longest = max((len(n) for n in names), default=0)
    for i in range(len(tokens)):
        for size in range(min(longest, len(tokens) - i), 0, -1):
            if tuple(tokens[i : i + size]) in names and all(t == "O" for t in tags[i : i + size]):
                out[i : i + size] = [None] * size
                break
    return out


def group(records: list[dict], size: int) -> Iterator[list[dict]]:
    for i in range(0, len(records), size):
        yield records[i : i + size]


def only_misc(tags: list[str]) -> list[str | None]:
    """Keep WikiNEuRal's MISC and its "O"; its silver PER/LOC/ORG (other conventions than KIND's)
    become missing, so they neither teach nor contradict the KIND labels."""
    return [t if t == "O" or t.endswith("MISC") else None for t in tags]


def records_to_docs(vocab, records: list[dict], names: set | None = None, misc_only: bool = False) -> Iterator[Doc]:
    """Consecutive sentences become one Doc (more context for the CNN), sentence starts kept."""
    for chunk in group(records, SENTENCES_PER_DOC):
        words, tags, starts = [], [], []
        for rec in chunk:
            rec_tags = mask_misc(rec["tokens"], rec["tags"], names) if names else rec["tags"]
            rec_tags = only_misc(rec_tags) if misc_only else rec_tags
            words += rec["tokens"]
            tags += rec_tags
            starts += [True] + [False] * (len(rec["tokens"]) - 1)
        yield Doc(vocab, words=words, ents=tags, sent_starts=starts)


def prepare_ner(data: Path, out: Path) -> dict[str, int]:
    nlp = spacy.blank("it")
    wikineural = list(read_jsonl(data / "wikineural_it/jsonl/it_val.jsonl"))
    names = misc_names(wikineural)
    train = DocBin(store_user_data=False)
    counts = {}
    for part in KIND_PARTS:
        recs = list(read_jsonl(data / f"kind/jsonl/{part}_train.jsonl"))
        for doc in records_to_docs(nlp.vocab, recs, names):
            train.add(doc)
        counts[f"{part}_train"] = len(recs)
        dev = DocBin(docs=records_to_docs(nlp.vocab, list(read_jsonl(data / f"kind/jsonl/{part}_dev.jsonl"))))
        dev.to_disk(out / f"ner_dev_{part}.spacy")
    for doc in records_to_docs(nlp.vocab, wikineural):
        train.add(doc)
    counts["wikineural_val"] = len(wikineural)
    counts["misc_names"] = len(names)
    train.to_disk(out / "ner_train.spacy")
    # one combined dev file used for model selection during training
    combined = DocBin()
    for part in KIND_PARTS:
        combined.merge(DocBin().from_disk(out / f"ner_dev_{part}.spacy"))
    combined.to_disk(out / "ner_dev.spacy")
    # the "news" variant: Wikinews twice, the other KIND parts once, WikiNEuRal for MISC only
    news = DocBin(store_user_data=False)
    for part, times in (("WN", 2), ("FIC", 1), ("ADG", 1)):
        recs = list(read_jsonl(data / f"kind/jsonl/{part}_train.jsonl"))
        for _ in range(times):
            for doc in records_to_docs(nlp.vocab, recs, names):
                news.add(doc)
    for doc in records_to_docs(nlp.vocab, wikineural, misc_only=True):
        news.add(doc)
    news.to_disk(out / "ner_train_news.spacy")
    # stage 2 of the recipe (kit/train/finetune.cfg): Wikinews train only
    wn = DocBin(store_user_data=False)
    for doc in records_to_docs(nlp.vocab, list(read_jsonl(data / "kind/jsonl/WN_train.jsonl")), names):
        wn.add(doc)
    wn.to_disk(out / "ner_train_wn.spacy")
    return counts


def conllu_docs(path: Path) -> Iterator[Doc]:
    """The sentences of a CoNLL-U file as the text spells them.

    A multi-word token (``della`` = ``di`` + ``la``, ``considerarsi`` = ``considerar`` + ``si``)
    becomes one token, as spaCy's tokenizer reads it: its tag joins the parts' tags (``E_RD``),
    its features are the union of theirs, its head, relation and part of speech are those of the
    part that heads it, and its lemma is its first part's (``di``, ``considerare``). Kept as separate
    words (the converter's default), the parts rebuild a text no one writes (``dila presente``,
    ``dal'uso``): the tagger and parser never saw ``della``, one word in twelve of Italian news.
    """
    text = path.read_text(encoding="utf-8")
    for doc in conllu_to_docs(text, n_sents=SENTENCES_PER_DOC, merge_subtokens=True, no_print=True):
        for token in doc:
            if " " in token.lemma_:
                token.lemma_ = token.lemma_.split()[0]
        yield doc


def prepare_ud(data: Path, out: Path) -> dict[str, int]:
    counts = {}
    for name, files in (("ud_train", UD_TRAIN), ("ud_dev", UD_DEV)):
        bin_ = DocBin()
        for rel in files:
            docs = list(conllu_docs(data / "ud_italian" / rel))
            counts[rel] = sum(len(d) for d in docs)
            for doc in docs:
                bin_.add(doc)
        bin_.to_disk(out / f"{name}.spacy")
    isdt = DocBin(docs=conllu_docs(data / "ud_italian" / UD_DEV[0]))
    isdt.to_disk(out / "ud_dev_isdt.spacy")
    return counts


def prepare(data: Path, out: Path) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    counts = {"ner": prepare_ner(data, out), "ud_words": prepare_ud(data, out)}
    (out / "counts.json").write_text(json.dumps(counts, indent=2), encoding="utf-8")
    return counts
