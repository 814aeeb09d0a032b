"""Canonical names: group the mentions of one entity in an article.

Rules, in order:
0. a capitalised word the model left untagged that is the surname of a person the article
   names in full is that person (a PER entity, source ``rule:names``); a capitalised name the
   model tagged in one place of the article and left untagged in another is the same entity
   there, with the label most of its tagged mentions have (source ``rule:names``);
1. the analyst's aliases (rule file, case- and apostrophe-insensitive) name the entity;
2. a pattern's ``id`` names what it matched;
3. a person mention whose words all appear in a longer person mention of the same article
   takes that longer name (Putin -> Vladimir Putin, Kim -> Kim Jong Un); when several longer
   names fit, the nearest one before the mention wins (else the first after it);
4. otherwise the mention's own text, with spacing normalised;
5. a one-word mention with another label whose word is in a person's name of the article
   (*Alcaraz* tagged LOC beside *Carlos Alcaraz*) is that person;
6. one label per canonical name: the mentions of a name vote (each with its number of words, so
   the full name outweighs one bare surname), ties go to the longest mention; every label this
   changes is listed in ``doc.user_data["kit_label_overrides"]`` (start, end, text, before,
   after, canonical);
7. an acronym (*BCE*, *Enpa*, *Pd*, *CdA*) whose letters are the initials of a longer organisation
   or place named in the same article (*Banca Centrale Europea*, *Partito democratico*, *Consiglio
   d'amministrazione*; or, when none fits, of all its words but its article: *MPA*, *Movimento per
   l'Autonomia*), or that the article spells out in brackets, takes that name;
8. a well-known person of the news under another name (the language's ``known_referents``:
   *Joseph Ratzinger*, *il Cavaliere*) takes the name the press uses (*Benedetto XVI*, *Silvio
   Berlusconi*) when the same article writes it;
9. a name with another adjective of a people (the language's ``adjective_synonyms``: *governo
   nipponico*) takes the name the article writes with the usual one (*governo giapponese*).
"""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import span_key
from ..lang.grammar import grammar
from ..names import name_words
from ..rules import normalize
from ..text import word_sequences
from .base import RULE_CONFIG, RuleComponent
from .entities import in_longer_name


def group_people(mentions: list[tuple[int, str]], lang: str = "it") -> dict[int, str]:
    """Map each person mention (position, text) to the longest compatible name in the list; a
    name with a pet first name (*Beppe Marotta*) to the same name with the full first name
    (*Giuseppe Marotta*) when the article has both (the language's ``pet_names``)."""
    result = {}
    pet = grammar(lang).pet_names
    by_words = {name_words(text, lang): text for _, text in reversed(mentions)}  # (the first spelling)
    formal: dict[str, str] = {}
    for _, text in mentions:
        first, *rest = text.split()
        given = pet.get(first.lower())
        full = by_words.get(name_words(" ".join([given] + rest), lang)) if given and rest else None
        if full is not None:
            formal[text] = full
    mentions = [(pos, formal.get(text, text)) for pos, text in mentions]
    words = [(pos, text, name_words(text, lang)) for pos, text in mentions]
    for pos, text, mine in words:
        candidates = [(p, t, w) for p, t, w in words if mine < w]
        if not candidates:
            result[pos] = " ".join(text.split())
            continue
        longest = max(len(w) for _, _, w in candidates)
        best = [c for c in candidates if len(c[2]) == longest]
        before = [c for c in best if c[0] < pos]
        chosen = before[-1] if before else best[0]
        result[pos] = " ".join(chosen[1].split())
    return result


#: ``doc.user_data`` keys: the labels changed by rule 6, and what this component last saw and gave
OVERRIDES_KEY = "kit_label_overrides"
_MEMO_KEY = "kit_names_labels"


def majority_labels(mentions: list[tuple[str, str, int]]) -> dict[str, str]:
    """canonical -> label, from mentions (canonical, label, number of words): votes weighted by
    words, ties to the longest mention's label, then alphabetical."""
    votes: dict[str, dict[str, int]] = {}
    longest: dict[str, tuple[int, str]] = {}
    for canonical, label, n_words in mentions:
        votes.setdefault(canonical, {}).setdefault(label, 0)
        votes[canonical][label] += n_words
        if n_words > longest.get(canonical, (0, ""))[0]:
            longest[canonical] = (n_words, label)
    return {c: max(sorted(v), key=lambda label: (v[label], label == longest[c][1])) for c, v in votes.items()}


class CanonicalNames(RuleComponent):
    def compile(self) -> None:
        self.aliases = self.rules.alias_map()
        g = grammar(self.lang)
        #: the words an acronym leaves out (*della*, *e*, *di*): articles, prepositions, conjunctions
        self.function_words = g.articles | g.prepositions | g.articulated_prepositions | g.coordinators
        #: rule 8, normalised once: {name the press uses: (that name, its other names)}
        self.known = {normalize(c): (c, frozenset(normalize(v) for v in vs))
                      for c, vs in grammar(self.lang).known_referents.items()}

    def __call__(self, doc: Doc) -> Doc:
        _surnames(doc)
        _repeated_names(doc)
        names = dict(doc._.kit_canonical_names or {})
        # labels as the entity stage gave them (when re-run on its own output, the memo has them)
        current = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        memo = doc.user_data.get(_MEMO_KEY) or {}
        given = [tuple(x) for x in memo.get("input", ())] if [tuple(x) for x in memo.get("output", ())] == current else current
        labels = {(s, e): label for s, e, label in given}
        label_of = lambda ent: labels.get((ent.start_char, ent.end_char), ent.label_)  # noqa: E731
        people = [(ent.start_char, ent.text) for ent in doc.ents if label_of(ent) == "PER"
                  and normalize(ent.text) not in self.aliases]
        grouped = group_people(people, self.lang)
        person_words = [(name_words(t, self.lang), t) for _, t in people]
        for ent in doc.ents:
            key = span_key(ent.start_char, ent.end_char)
            alias = self.aliases.get(normalize(ent.text))
            if alias:
                names[key] = alias
            elif key in names:
                continue  # a pattern id named it
            elif label_of(ent) == "PER":
                names[key] = grouped.get(ent.start_char, ent.text)
            else:
                mine = name_words(ent.text, self.lang)
                fits = [t for w, t in person_words if len(mine) == 1 and mine < w]
                names[key] = " ".join((fits[0] if len(set(fits)) == 1 else ent.text).split())
        _acronyms(doc, names, label_of, self.aliases, self.function_words, grammar(self.lang).definite)
        _known_referents(names, self.known)
        _synonym_adjectives(names, grammar(self.lang).adjective_synonyms)
        doc._.kit_canonical_names = names
        self._one_label_per_name(doc, names, label_of, given)
        return doc

    def _one_label_per_name(self, doc: Doc, names: dict, label_of, given: list) -> None:
        """Rule 6: every mention of a canonical name takes the name's majority label."""
        ents = list(doc.ents)
        canon = [names.get(span_key(e.start_char, e.end_char), e.text) for e in ents]
        chosen = majority_labels([(c, label_of(e), len(e.text.split())) for c, e in zip(canon, ents)])
        overrides, spans = [], []
        for canonical, ent in zip(canon, ents):
            before, after = label_of(ent), chosen[canonical]
            if before != after:
                overrides.append({"start": ent.start_char, "end": ent.end_char, "text": ent.text,
                                  "before": before, "after": after, "canonical": canonical})
            spans.append(ent if ent.label_ == after else Span(doc, ent.start, ent.end, label=after))
        if any(s is not e for s, e in zip(spans, ents)):
            doc.ents = spans
        doc.user_data[OVERRIDES_KEY] = overrides
        doc.user_data[_MEMO_KEY] = {"input": [list(x) for x in given],
                                    "output": [[e.start_char, e.end_char, e.label_] for e in doc.ents]}


def _surnames(doc: Doc) -> None:
    """Rule 0: a capitalised word the model left untagged that is the surname of a person the
    same article names in full (*Mario Scaramella* … *Scaramella*) is that person."""
    ents = list(doc.ents)
    surnames = {e[-1].text for e in ents if e.label_ == "PER" and len(e) >= 2 and len(e[-1].text) >= 4
                and e[-1].is_alpha and e[-1].is_title}
    if not surnames:
        return
    covered = {i for e in ents for i in range(e.start, e.end)}
    found = [Span(doc, t.i, t.i + 1, label="PER") for t in doc if t.text in surnames and t.i not in covered
             and not (t.i + 1 < len(doc) and doc[t.i + 1].is_title)  # (part of some other name)
             and not (t.i > 0 and doc[t.i - 1].is_title and not doc[t.i - 1].is_sent_start)]
    _add_names(doc, ents, found)


def _repeated_names(doc: Doc) -> None:
    """Rule 0, again: a capitalised name the model tagged in one place of the article and left
    untagged in another (*Tripoli è stata conquistata* after *a Tripoli*) is the same entity
    there, with the label most of its tagged mentions have. Not a single word the article also
    writes in lower case (*Stato* beside *è stato*, *Nella* beside *nella*): a word, capitalised
    where the model took it for a name."""
    ents = list(doc.ents)
    labels: dict[tuple[str, ...], Counter] = {}
    lower = {t.text for t in doc if t.is_lower}
    for e in ents:
        if e.text[:1].isupper() and len(e.text) >= 2 and not (len(e) == 1 and e.text.lower() in lower):
            labels.setdefault(tuple(t.text for t in e), Counter())[e.label_] += 1
    if not labels:
        return
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(labels, key=len, reverse=True):
        by_first.setdefault(words[0], []).append(words)
    covered = {i for e in ents for i in range(e.start, e.end)}

    def usable(start: int, end: int) -> bool:
        return not any(k in covered for k in range(start, end)) and not in_longer_name(doc, start, end)

    _add_names(doc, ents, [Span(doc, s, e, label=labels[tuple(t.text for t in doc[s:e])].most_common(1)[0][0])
                           for s, e in word_sequences([t.text for t in doc], by_first, usable)])


def _add_names(doc: Doc, ents: list[Span], found: list[Span]) -> None:
    """``found`` added to the document's entities ``ents``, each recorded as the rule layer's
    name (source ``rule:names``)."""
    if not found:
        return
    sources = doc._.kit_ent_sources
    for span in found if sources is not None else ():
        sources[span_key(span.start_char, span.end_char)] = "rule:names"
    doc.ents = sorted(ents + found, key=lambda e: e.start)


def _synonym_adjectives(names: dict, synonyms: dict[str, str]) -> None:
    """Rule 9: a name with an adjective the press uses for another (the language's
    ``adjective_synonyms``, stem to stem: *governo **nipponico*** for *governo **giapponese***)
    takes the name the article also writes with the usual adjective and the same other words."""
    if not synonyms or not names:
        return

    def shape(name: str) -> tuple[tuple[str, ...], bool]:
        words, other = [], False
        for word in name.lower().split():
            stem = next((s for s in synonyms if word.startswith(s)), None)
            usual = next((u for u in synonyms.values() if word.startswith(u)), None)
            other = other or stem is not None
            words.append(synonyms[stem] if stem else usual or word)
        return tuple(words), other

    usual_names: dict[tuple[str, ...], str] = {}
    for name in sorted(set(names.values())):
        words, other = shape(name)
        if not other and words != tuple(name.lower().split()):
            usual_names.setdefault(words, name)
    for span, name in names.items():
        words, other = shape(name)
        if other and words in usual_names:
            names[span] = usual_names[words]


def _known_referents(names: dict, known: dict[str, tuple[str, frozenset[str]]]) -> None:
    """Rule 8: the other names of a well-known person take the name the press uses for them,
    when the article writes that name too (the guidelines' fullest name of the article)."""
    if not known or not names:
        return
    present = {normalize(n) for n in names.values()}
    for key in present & known.keys():
        canonical, others = known[key]
        for span, name in names.items():
            if normalize(name) in others:
                names[span] = canonical


def initials(name: str) -> str:
    """The acronym a body's name makes: the first letters of its capitalised words, an elided
    article set apart (*Banca Centrale Europea* -> BCE; *Agenzia Internazionale per l'Energia
    Atomica* -> AIEA)."""
    words = name.replace("-", " ").replace("'", " ").replace("’", " ").split()
    return "".join(w[0] for w in words if w[:1].isupper()).upper()


def initials_forms(name: str, function_words: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The acronyms a body's name can make, in order: :func:`initials` (its capitalised words);
    the initials of all its words but the ``function_words`` (Italian writes most bodies with
    one capital: *Banca centrale europea* -> BCE, *Consiglio superiore della magistratura* ->
    CSM, *Partito democratico* -> PD); and the initials of all its words, an elided preposition
    included (*Consiglio d'amministrazione* -> CDA, *Consiglio dei ministri* -> CDM), which only
    an acronym written in mixed case takes (*CdA*, *Cdm*: the small letter of the preposition)."""
    words = name.replace("-", " ").replace("'", "' ").replace("’", "' ").split()
    content = "".join(w[0] for w in words if w.lower() not in function_words and w[:1].isalnum()).upper()
    every = "".join(w[0] for w in words if w[:1].isalnum()).upper()
    return initials(name), content, every


def _initials_but_articles(name: str, articles: frozenset[str]) -> str:
    """The initials of all the words of a body's name that holds an article, but the
    ``articles``, the simple preposition before one kept: the acronym some bodies take
    (*Movimento per l'Autonomia* -> MPA), read only when :func:`initials_forms` gives no name;
    "" for a name with no article."""
    words = name.replace("-", " ").replace("'", "' ").replace("’", "' ").split()
    kept = [w for w in words if w.lower() not in articles]
    return "".join(w[0] for w in kept if w[:1].isalnum()).upper() if len(kept) < len(words) else ""


def _acronyms(doc: Doc, names: dict, label_of, aliases: dict, function_words: frozenset[str] = frozenset(),
              definite: frozenset[str] = frozenset()) -> None:
    """Rule 7: an acronym (*BCE*, *Enpa*) whose letters are the initials of a longer organisation
    or place name of the same article takes that name (unless an alias named it); so does one
    the article spells out in brackets right after the name (*Copernicus Climate Change Service
    (C3S)*, *Organizzazione mondiale della sanità (OMS)*), or whose name follows it in brackets
    (*il PKK (il Partito dei lavoratori del Kurdistan)*). The initials are read as
    :func:`initials_forms` makes them (*Bce*: *Banca centrale europea*; *CdA*: *Consiglio
    d'amministrazione*). An acronym of three letters or more in capitals whose letters are those
    initials in another order is the body's English name (*ISS*: *Stazione Spaziale
    Internazionale*, *USGS*: *Servizio geologico degli Stati Uniti*, *ICAO*: *Organizzazione
    internazionale dell'aviazione civile*: English puts the modifiers first) when one name of
    the article has them."""
    longer: dict[str, str] = {}
    with_prepositions: dict[str, str] = {}
    reordered: dict[str, set[str]] = {}
    spelled: dict[str, str] = {}
    previous = None
    for ent in doc.ents:
        if label_of(ent) != "PER" and len(ent.text.split()) >= 2:
            full = names.get(span_key(ent.start_char, ent.end_char), ent.text)
            for k, letters in enumerate(initials_forms(full, function_words)):
                longer.setdefault((letters, k == 2), full)
                if k < 2 and len(letters) >= 3:
                    reordered.setdefault("".join(sorted(letters)), set()).add(full)
            with_prepositions.setdefault(_initials_but_articles(full, definite), full)  # ("" unread)
        if previous is not None and _acronym(ent) and ent.start == previous.end + 1 and ent.end < len(doc) \
                and doc[previous.end].text == "(" and doc[ent.end].text == ")" \
                and label_of(previous) != "PER" and len(previous.text.split()) >= 2:
            spelled.setdefault(ent.text, names.get(span_key(previous.start_char, previous.end_char), previous.text))
        if previous is not None and _acronym(previous) and any(c.isupper() for c in _letters(previous)[1:]) \
                and label_of(previous) != "PER" and label_of(ent) != "PER" \
                and len(ent.text.split()) >= 2 and doc[previous.end].text == "(" and ent.text[:1].isupper() \
                and all(t.lower_ in definite for t in doc[previous.end + 1:ent.start]) and ent.start - previous.end <= 2:
            # the other way round: the acronym first (capitals after its first letter: not a name
            # such as *Tokyo*), its name in brackets (*il PKK (il Partito dei lavoratori del
            # Kurdistan, …)*)
            spelled.setdefault(previous.text, names.get(span_key(ent.start_char, ent.end_char), ent.text))
        previous = ent
    if not longer and not spelled:
        return
    for ent in doc.ents:
        text = ent.text
        if not _acronym(ent) or normalize(text) in aliases:
            continue
        letters = _letters(ent)
        mixed = not letters.isupper()  # "CdA", "Cdm", "Enpa"
        full = spelled.get(text) or (longer.get((letters.upper(), False)) or mixed and longer.get((letters.upper(), True))
                                     if letters.isalpha() and len(letters) <= 6 else None)
        english = reordered.get("".join(sorted(letters))) if letters.isalpha() and letters.isupper() else None
        if not full and letters.isalpha() and letters.isupper():
            full = with_prepositions.get(letters)  # ("MPA": the Movimento per l'Autonomia)
        if not full and english and len(english) == 1:
            full = next(iter(english))  # ("ISS": the Stazione Spaziale Internazionale)
        if full:
            names[span_key(ent.start_char, ent.end_char)] = full


def _letters(ent: Span) -> str:
    """An acronym's letters without the dots between them (*T.A.R.* -> TAR)."""
    return ent.text.replace(".", "")


def _acronym(ent: Span) -> bool:
    """One word of 2 to 8 letters and digits that starts with a capital (*BCE*, *C3S*, *Enpa*,
    *E.N.P.A.*)."""
    text = _letters(ent)
    return len(ent) == 1 and 2 <= len(text) <= 8 and text[:1].isupper() and text.isalnum()


@Language.factory("kit_names", default_config=RULE_CONFIG)
def make_names(nlp: Language, name: str, rules: dict | None, rules_path: str | None) -> CanonicalNames:
    return CanonicalNames(nlp, name, nlp.lang, rules, rules_path)
