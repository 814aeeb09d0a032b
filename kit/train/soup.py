"""Average the weights of pipelines fine-tuned from one checkpoint (a "model soup").

Every pipeline must have the same components and architecture (here tok2vec + ner, all grown
from the same stage-1 model); the weights of each layer are summed with the given factors and
the result is written with the first pipeline's config, vocab and vectors. The shipped NER is
such an average of the two stage-2 fine-tunes and stage 1 (``python -m kit.train --step soup``).
"""

from __future__ import annotations

from pathlib import Path

#: the shipped average: Wikinews fine-tune, news-mix fine-tune, stage 1 (chosen on the three
#: KIND dev parts so that none is lower than the previous release; see the model card)
SHIPPED = (("ner_ft", 0.35), ("ner_ft_news", 0.50), ("ner", 0.15))


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
