"""``kit.load()``: choose the base pipeline and add the kit's components.

Base pipeline, best first (``model=None``):
1. an official spaCy Italian pipeline if installed (``it_core_news_lg``, ``_md``, ``_sm``);
2. the kit's own trained pipeline shipped in ``kit/models/it_kit_news``;
3. the rule-based default: spaCy's blank Italian tokenizer, rule-based sentences and lookup
   lemmas (``model="blank"`` asks for it explicitly).
Then the rule layer: entity patterns and place names, canonical names, quotations and speakers,
relation rules. The expensive part (tokenizer and statistical model) can be run once and the rule
layer re-run cheaply: see :func:`kit.pipeline.layers.apply_rules`.
"""

from __future__ import annotations

import os
from pathlib import Path

import spacy
from spacy.attrs import ORTH
from spacy.language import Language

from .. import extensions  # noqa: F401  (registers the extensions)
from ..components import RULE_LAYER
from ..components import entities, lemmatizer, names, quotes, relations, sentences  # noqa: F401
from ..lang.grammar import grammar
from ..rules import RuleSet, coerce_rules
from . import runs
from .layers import set_rules

OFFICIAL = ("{lang}_core_news_lg", "{lang}_core_news_md", "{lang}_core_news_sm")
#: 2,000,000 characters (about 330,000 words): the pipeline's ``max_length``, the longest document
#: the kit accepts (a clear ValueError beyond; see :mod:`kit.pipeline.analysis` for how long
#: documents are cut into pieces for the model)
MAX_LENGTH = 2_000_000
SHIPPED = Path(__file__).resolve().parent.parent / "models" / "it_kit_news"


def available_models(lang: str = "it") -> list[str]:
    """Base pipelines :func:`load` can use here, best first."""
    found = [name.format(lang=lang) for name in OFFICIAL if spacy.util.is_package(name.format(lang=lang))]
    if lang == "it" and (SHIPPED / "config.cfg").exists():
        found.append(str(SHIPPED))
    found.append("blank")
    return found


#: components left out by ``speed="fast"``: the parser (the rules then find subjects without
#: it) and the trainable lemmatizer (lookup lemmas instead); see the model card for both figures
FAST_EXCLUDE = ("parser", "trainable_lemmatizer")
#: the fast variant's tagging: a morphologizer (UPOS + features) with its own small encoder,
#: shipped disabled in ``it_kit_news``; where a pipeline has it, ``speed="fast"`` runs it in
#: place of FAST_REPLACES (the shared encoder, the XPOS tagger and the morphologizer it feeds)
FAST_TAGS = "fast_morphologizer"
FAST_REPLACES = ("tagger", "morphologizer", "tok2vec")


def base_pipeline(lang: str, model: str | os.PathLike | None, speed: str = "accurate") -> tuple[Language, str]:
    """The statistical pipeline :func:`load` builds on (no rule layer) and its name."""
    if model is None:
        model = available_models(lang)[0]
    if str(model) == "blank":
        return spacy.blank(lang), "blank"
    if str(model) == "kit":
        model = SHIPPED
    exclude = list(FAST_EXCLUDE) if speed == "fast" else []
    nlp = spacy.load(model, exclude=exclude)
    if FAST_TAGS in nlp.component_names:
        if speed == "fast" or "morphologizer" not in nlp.component_names:
            # the fast variant tags with its own small encoder instead of the shared one (and a
            # pipeline saved from the fast variant has no other tagging)
            for name in FAST_REPLACES:
                if name in nlp.component_names:
                    nlp.remove_pipe(name)
            nlp.enable_pipe(FAST_TAGS)
        else:
            nlp.remove_pipe(FAST_TAGS)
    return nlp, str(model) if not Path(str(model)).exists() else Path(model).name


def load(lang: str = "it", model: str | os.PathLike | None = None,
         rules: RuleSet | str | os.PathLike | dict | None = None, speed: str = "accurate") -> Language:
    """The kit's pipeline for ``lang``.

    ``model``: None (best available), ``"blank"`` (rule-based), ``"kit"`` (the shipped
    pipeline), an installed package name or a path. ``rules``: a RuleSet, a rule file, a dict
    or None for the language's default rule file. ``speed``: ``"accurate"`` (everything) or
    ``"fast"`` (no parser, no trainable lemmatizer: faster, a little less accurate).
    """
    if speed not in ("accurate", "fast"):
        raise ValueError(f"speed must be 'accurate' or 'fast', not {speed!r}")
    ruleset = coerce_rules(rules, lang)
    nlp, base = base_pipeline(lang, model, speed)
    title_abbreviations(nlp)
    if "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("kit_sentences", first=True)
    nlp.add_pipe("kit_lemmatizer")
    # the shipped rules come from the components' default config (read once per process); other
    # rules are set right after, so the components start from an empty rule set (nothing to
    # compile) rather than from rules they would throw away
    config = {} if rules is None else {"rules": {"lang": ruleset.lang, "places": {"cldr": False}}}
    for name in RULE_LAYER:
        nlp.add_pipe(name, config=config)
    set_rules(nlp, ruleset)
    nlp.max_length = MAX_LENGTH
    nlp.meta.setdefault("kit", {})["base"] = base
    nlp.meta["kit"]["speed"] = speed
    runs.guard(nlp)  # long punctuation runs in linear time (see kit.pipeline.runs)
    return nlp


def title_abbreviations(nlp: Language) -> None:
    """Keep each abbreviated title written before a name (the language's
    ``name_title_abbreviations``: *sen.*, *on.*, *dott.*, *Mons.*) one token with its full stop,
    as spaCy's Italian tokenizer already keeps *prof.* and *avv.*: split off, the full stop ended
    the sentence before the name (*ha detto il sen. | Mario Rossi*) and the parser read the title
    as a noun of its own. Written in lower case or capitalised; the list is part of the cache key
    (``nlp.meta["kit"]["title_abbreviations"]``)."""
    forms = sorted(form for word in grammar(nlp.lang).name_title_abbreviations
                   for form in (f"{word}.", f"{word.capitalize()}."))
    for form in forms:
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.meta.setdefault("kit", {})["title_abbreviations"] = forms


_DEFAULT: dict[str, Language] = {}


def default_nlp(lang: str = "it") -> Language:
    """A pipeline loaded once per process for analyses called without ``nlp``."""
    if lang not in _DEFAULT:
        _DEFAULT[lang] = load(lang)
    return _DEFAULT[lang]
