"""Average the weights of pipelines fine-tuned from one checkpoint (a "model soup").

Every pipeline must have the same components and architecture (here tok2vec + ner, all grown
from the same stage-1 model); the weights of each layer are summed with the given factors and
the result is written with the first pipeline's config, vocab and vectors. The shipped NER is
such an average of the stage-2 fine-tunes (four seeds of each) and stage 1 (``python -m kit.train
--step soup``).
"""

from __future__ import annotations

from pathlib import Path

#: seeds of the stage-2 fine-tunes (each seed orders the training data differently): four
#: Wikinews fine-tunes, three news-mix ones (a fourth lowered Wikinews and De Gasperi dev by
#: 0.001-0.002, so it is not trained)
SEEDS = {"ner_ft": (0, 1, 2, 3), "ner_ft_news": (0, 1, 2)}


def ingredient(name: str, seed: int) -> str:
    """The build folder of one fine-tune: ``ner_ft`` (seed 0), ``ner_ft_s1``…"""
    return name if seed == 0 else f"{name}_s{seed}"


#: the shipped average: 0.35 for the Wikinews fine-tunes, 0.50 for the news-mix ones (shared
#: equally between seeds), 0.15 for stage 1 (chosen on the three KIND dev parts so that none is
#: lower than the previous release; see the model card)
SHIPPED = tuple((ingredient("ner_ft", s), 0.35 / len(SEEDS["ner_ft"])) for s in SEEDS["ner_ft"]) + \
    tuple((ingredient("ner_ft_news", s), 0.50 / len(SEEDS["ner_ft_news"])) for s in SEEDS["ner_ft_news"]) + \
    (("ner", 0.15),)


def average(out: Path, specs: list[tuple[Path, float]], components: tuple[str, ...] = ("tok2vec", "ner")) -> Path:
    import spacy

    if abs(sum(w for _, w in specs) - 1) > 1e-6:
        raise ValueError(f"the factors must sum to 1, not {sum(w for _, w in specs)}")
    nlps = [spacy.load(path) for path, _ in specs]
    for name in components:
        models = [nlp.get_pipe(name).model for nlp in nlps]
        for layers in zip(*(m.walk() for m in models)):
            if len({layer.name for layer in layers}) != 1:
                raise ValueError(f"{name}: the pipelines do not share one architecture")
            for param in layers[0].param_names:
                if all(layer.has_param(param) for layer in layers):
                    layers[0].set_param(param, sum(w * layer.get_param(param) for (_, w), layer in zip(specs, layers)))
    nlps[0].to_disk(out)
    return out
