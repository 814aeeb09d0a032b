"""The body names of ``kit/lang/it/bodies.txt``, from KIND's ORG gazetteer: ``python -m kit.train --step bodies``.

The NER model tags many a company, club or party it has not seen as a person or a place
(*Trenord ha appurato*, *l'acquisto di Macromedia*, *il Feyenoord*). ``kit_entities`` relabels a
model entity that is exactly one of these names as a body (``bodies.gazetteer`` in the rule
file), unless it is a known place, a place after *a* / *in*, or a word of a person the article
names in full.

The names come from the ORG gazetteer that ships with KIND (``kind/gazetteers/it-ORG-wikipedia.txt``,
from Wikipedia; KIND's licence, CC BY-NC 4.0), detokenized, with four kinds left out:

- names without a capital letter first (*lazzarista*, *fondazione Rockefeller*);
- the places the rule layer already knows (CLDR country and region names, the rule file's
  extra places, ``cities.txt``): *Grafenstaden* the club is rarer than the town;
- names that KIND's and WikiNEuRal's **training** files tag more often as a person, a place or
  a work than as a body (*Stasi*, *Ariston*, *Eurotunnel*);
- names of two or more words opening with a first name: a word that opens at least
  ``MIN_FIRST`` persons of two or more words in those files and under a fifth as often anything
  else (*Gabriele Sandri*, a club named after a man, but in news the man).

No dev or test file is read.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..atomic import write_atomic
from ..lang import name_key

GAZETTEER = Path("kind") / "gazetteers" / "it-ORG-wikipedia.txt"
TRAINING = (Path("kind") / "jsonl" / "WN_train.jsonl", Path("kind") / "jsonl" / "FIC_train.jsonl",
            Path("kind") / "jsonl" / "ADG_train.jsonl", Path("wikineural_it") / "jsonl" / "it_val.jsonl")
MIN_FIRST = 3
BODIES = Path(__file__).resolve().parents[1] / "lang" / "it" / "bodies.txt"
HEADER = ("# Body names for kit_entities (bodies.gazetteer): KIND's ORG gazetteer (it-ORG-wikipedia.txt,\n"
          "# from Wikipedia; KIND, https://github.com/dhfbk/KIND, CC BY-NC 4.0: non-commercial use),\n"
          "# without places, names the training files tag otherwise, and names opening with a first name;\n"
          "# built by `python -m kit.train --step bodies` (kit/train/bodies.py).\n")


def training_labels(records) -> tuple[Counter, set[str]]:
    """(counts of (name key, label) of the entities of ``records``, the first names: words that
    open at least ``MIN_FIRST`` persons of two or more words and under a fifth as often any other
    entity of two or more words)."""
    labels: Counter = Counter()
    person_first: Counter = Counter()
    other_first: Counter = Counter()
    for rec in records:
        tokens = rec["tokens"]
        for ent in rec["entities"]:
            labels[name_key("".join(tokens[ent["start"]:ent["end"]])), ent["label"]] += 1
            if ent["end"] - ent["start"] >= 2:
                (person_first if ent["label"] == "PER" else other_first)[tokens[ent["start"]]] += 1
    first = {w for w, n in person_first.items() if n >= MIN_FIRST and other_first[w] * 5 < n}
    return labels, first


def select_bodies(names, labels: Counter, first_names: set[str], places: set[str]) -> list[str]:
    """The sorted distinct ``names`` (detokenized) a body-name rule may trust (see the module)."""
    from ..devset import detokenize

    out = set()
    place_keys = {name_key(p) for p in places}
    for tokens in names:
        name = detokenize(tokens)
        key = name_key(name)
        if not name[:1].isupper() or key in place_keys:
            continue
        if max(labels[key, "PER"], labels[key, "LOC"], labels[key, "MISC"]) > labels[key, "ORG"]:
            continue
        if len(tokens) >= 2 and tokens[0] in first_names:
            continue
        out.add(name)
    return sorted(out)


def write_bodies(data: Path, path: Path = BODIES) -> list[str]:
    """Write the body names drawn from ``data``'s gazetteer and training files to ``path`` (atomically)."""
    from ..components.entities import cldr_places
    from ..evaluate import read_jsonl
    from ..lang import town_names
    from ..rules import load_rules

    with open(Path(data) / GAZETTEER, encoding="utf-8") as handle:
        names = [line.split()[1:] for line in handle if line.strip()]  # ("ORG" then the name's tokens)
    records = [rec for part in TRAINING for rec in read_jsonl(Path(data) / part)]
    labels, first_names = training_labels(records)
    places = set(load_rules(lang="it").places.get("extra", [])) | set(cldr_places("it")) | set(town_names("it"))
    bodies = select_bodies(names, labels, first_names, places)
    write_atomic(path, HEADER + "".join(f"{name}\n" for name in bodies))
    print(f"{len(bodies)} body names of {len(names)} gazetteer lines ({len(first_names)} first names, "
          f"{len(records)} training sentences) -> {path}")
    return bodies
