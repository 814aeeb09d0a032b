"""Lookup lemmas from spaCy's Italian tables (``spacy-lookups-data``), case- and ’-insensitive.

spaCy's own lookup lemmatizer keys on the exact text, so ``Dichiarò`` or ``dell’`` get no lemma.
This one tries the text, then the lower-cased text with ’ turned into '. With a trained
lemmatizer earlier in the pipeline it only fills tokens that have no lemma yet.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.lookups import load_lookups
from spacy.tokens import Doc


@lru_cache(maxsize=4)
def lookup_table(lang: str = "it"):
    """The language's lemma lookup table (read once per process from spacy-lookups-data)."""
    lookups = load_lookups(lang, ["lemma_lookup"], strict=False)
    if not lookups.has_table("lemma_lookup"):
        return {}
    return lookups.get_table("lemma_lookup")  # a spacy Table: .get(str) hashes the key


def _lookup(table, text: str) -> str | None:
    """The table's lemma for a form, tried as written, then lower-cased with ’ as '.

    Some languages' tables (French) hold a list of candidate lemmas: the first is taken.
    """
    lemma = table.get(text) or table.get(text.replace("’", "'").lower())
    if isinstance(lemma, list):
        return lemma[0] if lemma else None
    return lemma


def lookup_lemma(text: str, lang: str = "it") -> str:
    """Lemma of a word form, or the normalised form itself when the table lacks it."""
    return _lookup(lookup_table(lang), text) or text.replace("’", "'").lower()


def is_word(text: str, lang: str = "it") -> bool:
    """Whether the lower-cased form is a word of the language's lemma table (*centro*, *fermo*;
    not *sendai*)."""
    return text.replace("’", "'").lower() in lookup_table(lang)


class LookupLemmatizer:
    def __init__(self, lang: str = "it", overwrite: bool = False) -> None:
        self.lang = lang
        self.overwrite = overwrite

    def __call__(self, doc: Doc) -> Doc:
        table = lookup_table(self.lang)
        for token in doc:
            if token.lemma_ and not self.overwrite:
                continue
            if token.is_space or token.is_punct:
                token.lemma_ = token.text
                continue
            token.lemma_ = _lookup(table, token.text) or token.text.replace("’", "'").lower()
        return doc


@Language.factory("kit_lemmatizer", default_config={"overwrite": False})
def make_lemmatizer(nlp: Language, name: str, overwrite: bool) -> LookupLemmatizer:
    return LookupLemmatizer(nlp.lang, overwrite)
