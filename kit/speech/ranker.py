"""A learned second opinion on speakers: rank the names around a quotation.

The rules (:mod:`.speakers`) choose a speaker and record why (``speaker_rule``). The ranker sees
that choice as one feature among others and scores every name near the quotation: the entities
of its sentence, of the three sentences before it and of the one after it (not inside a quoted
passage), plus the rules' own choice when it is a description. Features are position and syntax,
never words: sentence distance, before or after the cue, the parser's subject, a preposition in
front, the speaker of the quotation before, how often the article names it, its label.

The model is a conditional logit (a softmax over one quotation's candidates, plus a "no speaker"
candidate) trained on the **tune** part of the real-news dev set by ``python -m kit.train --step
speakers``; its weights and data card are in ``kit/lang/<code>/speaker_ranker.json`` / ``.md``.
A speaker it changes is tagged ``ranker`` (shown in tooltips and tables); without a weights file
for the language, or with ``kit_quotes``'s ``speaker_ranker = false``, the rules decide alone.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from ..extensions import span_key
from ..model import Quote
from ..names import same_name
from ..quotemarks import QUOTE_CHARS
from .base import ASIDE_DASHES, SPEAKER_LABELS, FinderBase, ShippedModel, norm_word

#: families of the rules' ``speaker_rule`` (the part before the first ``+``)
RULE_FAMILIES = ("subject", "shared", "previous-quote", "source", "null-subject", "parse", "name-colon",
                 "after-cue", "relative", "description", "ranker", "agent", "unnamed", "enclosing", "pronoun",
                 "interview")
#: rules the ranker never overrides: the speaker is named by the grammar of the cue (or by the
#: article, for an interview's answers); a gerund or a coordinated verb shares the subject of the
#: verb before it (*X ha difeso Y dicendo che…*: X, not the object nearer the cue; on the tune
#: part the ranker overrode such a subject 7 times, never rightly); nor whose words a noun of
#: words before the marks names (*Secco il commento di Legambiente: «…»*: not *Secco*, a name the
#: tagger made of an adjective)
KEPT_FAMILIES = frozenset({"agent", "unnamed", "pronoun", "relative", "interview", "shared", "words-of"})
BEFORE, AFTER = 3, 1  # sentences searched before and after the quotation's anchor
#: the least probability with which the ranker names a speaker where the rules named none: in
#: the cross-validation on the tune part, the 11 names it gave below 0.2 were all wrong (3 where
#: the gold has no speaker), above it 32 of 75 were right
MIN_FILL = 0.2
NONE = "<none>"
#: the features crossed with the quotation's kind and with having a cue (:func:`_interact`);
#: chosen by the tune part's cross-validation (rules 0.765 -> ranker 0.800 without them, 0.806
#: with them; crossing 18 features gave 0.804)
INTERACTED = ("d0", "d1", "before", "subj", "subj_of_cue", "label_PER", "label_ORG", "nearest_before_0",
              "nearest_after")


@dataclass
class Candidate:
    name: str
    label: str | None
    mention: str
    start: int  # character offsets of the nearest mention
    end: int
    features: dict[str, float]


def rule_family(rule: str) -> str:
    head = (rule or "").split("+")[0]
    return head if head in RULE_FAMILIES else ("other" if head else "")


def quote_features(doc: Doc, quote: Quote, finder: FinderBase, previous: str | None,
                   marked: Ranges, counts: Counter) -> list[Candidate]:
    """The candidates of one speech quotation with their features (the first is "no speaker")."""
    ctx = finder.context(doc)
    names = doc._.kit_canonical_names or {}
    anchor = quote.cue_start if quote.cue_start is not None else quote.start
    anchor_tok = ctx.token_at(anchor)
    si = _sent_index(ctx, anchor_tok)
    lo = ctx.sents[max(0, si - BEFORE)].start
    hi = ctx.sents[min(len(ctx.sents) - 1, si + AFTER)].end
    cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand") if quote.cue_start is not None else None
    family = rule_family(quote.speaker_rule) if quote.speaker else ""
    has_rule = bool(quote.speaker)
    verb_end = cue.end if cue is not None else 0
    while cue is not None and verb_end - 1 > cue.start and norm_word(doc[verb_end - 1]) in ("che", "di", "come"):
        verb_end -= 1
    passive = cue is not None and finder.is_passive(doc, cue.start, verb_end)
    base = {"kind_" + quote.kind: 1.0, "has_cue": float(cue is not None), "rule_none": float(not has_rule),
            "passive": float(passive)}
    out = [Candidate(NONE, None, "", anchor, anchor, {"is_none": 1.0, **{f"none_{k}": v for k, v in base.items()}})]
    by_name: dict[str, Candidate] = {}
    for ent in ctx.ents_in_tokens(lo, hi):
        if ent.label_ not in SPEAKER_LABELS or marked.covers(ent.start_char, ent.end_char) or (quote.start <= ent.start_char < quote.end):
            continue
        if cue is not None and cue.start_char <= ent.start_char < cue.end_char:
            # inside the cue: its addressee ("ha detto *all'Agence France Press* che"), or the
            # cue's own verb read as a name ("*Insiste*: «…»", capitalised opening a sentence)
            continue
        name = names.get(span_key(ent.start_char, ent.end_char)) or ent.text
        feats = _mention_features(doc, ent, ctx, si, anchor, anchor_tok, quote, cue, finder)
        if ent.label_ == "LOC" and (feats["of_noun"] or _setting(ent, ctx, finder)):
            continue  # "il sessantenne di Varese", "a Dakar": a place qualifying a noun or a setting never speaks
        if feats.get("d0") and not feats.get("subj_of_cue") and not (has_rule and same_name(name, quote.speaker)) \
                and _circumstance(ent, ctx, finder):
            # "durante l'incontro con X, il teologo ha proposto": X is no speaker of this clause
            # (unless the parse makes it the cue's subject: "dopo" read as an adverb, "Quattro
            # giorni dopo il governo respinse…")
            continue
        key = name.lower()
        old = by_name.get(key)
        if old is not None and old.features["abs_dist"] <= feats["abs_dist"]:
            continue
        by_name[key] = Candidate(name, ent.label_, ent.text, ent.start_char, ent.end_char, feats)
    rule_found = False
    for cand in by_name.values():
        f = cand.features
        f["label_" + (cand.label or "none")] = 1.0
        f["count"] = math.log1p(counts.get(cand.name.lower(), 1))
        f["previous"] = float(bool(previous) and same_name(cand.name, previous))
        if has_rule and same_name(cand.name, quote.speaker):
            rule_found = True
            f["rule"] = 1.0
            f["rule_" + family] = 1.0
        for k, v in base.items():
            f[f"{k}_near"] = v * f.get("d0", 0.0)
        out.append(cand)
    if has_rule and not rule_found:
        # the rules chose a description (*il capotreno*) or a name outside the window
        span = (doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")
                if quote.speaker_start is not None and quote.speaker_end > quote.speaker_start else None)
        f = _mention_features(doc, span, ctx, si, anchor, anchor_tok, quote, cue, finder) if span is not None else {}
        f.update({"rule": 1.0, "rule_" + family: 1.0, "rule_outside": 1.0, "label_" + (quote.speaker_label or "none"): 1.0,
                  "previous": float(bool(previous) and same_name(quote.speaker, previous))})
        out.append(Candidate(quote.speaker, quote.speaker_label, quote.speaker_mention or "",
                             quote.speaker_start if quote.speaker_start is not None else anchor,
                             quote.speaker_end if quote.speaker_end is not None else anchor, f))
    _rank_features(out[1:], anchor)
    for cand in out[1:]:
        _interact(cand.features, quote)
    return out


def _interact(f: dict[str, float], quote: Quote) -> None:
    """The main position and syntax features once more for each kind of quotation and for
    quotations with or without a cue (a direct quotation's speaker sits elsewhere than a
    reported one's): ``d0*kind_direct``, ``subj*no_cue``…"""
    contexts = ("kind_" + quote.kind, "has_cue" if quote.cue_start is not None else "no_cue")
    for key in INTERACTED:
        if f.get(key):
            for context in contexts:
                f[f"{key}*{context}"] = f[key]


def _mention_features(doc: Doc, ent: Span, ctx, si: int, anchor: int, anchor_tok: int, quote: Quote,
                      cue: Span | None, finder: FinderBase) -> dict[str, float]:
    d = si - _sent_index(ctx, ent.start)
    f: dict[str, float] = {f"d{d}" if d >= 0 else "d_after": 1.0}
    gap = (anchor_tok - ent.end) if ent.end <= anchor_tok else (ent.start - anchor_tok)
    f["abs_dist"] = math.log1p(max(gap, 0)) / 4
    f["before"] = float(ent.end_char <= anchor)
    f["after_quote"] = float(ent.start_char >= quote.end)
    deps = {t.dep_ for t in ent}
    f["subj"] = float(bool(deps & {"nsubj", "nsubj:pass", "csubj"}))
    f["obj"] = float(bool(deps & {"obj", "iobj", "obl", "nmod"}))
    if cue is not None:
        heads = {t.head.i for t in ent if t.head.i < ent.start or t.head.i >= ent.end}
        f["subj_of_cue"] = f["subj"] * float(any(cue.start <= h < cue.end for h in heads))
        f["agent"] = float(any(t.dep_ == "obl:agent" for t in ent) and any(cue.start <= h < cue.end for h in heads))
    norms = ctx.norms
    j = finder.before_title(norms, ent.start - 1)
    prev = norms[j] if j >= 0 else ""
    f["titled"] = float(j < ent.start - 1)
    f["after_prep"] = float(prev in finder.g.prepositions)
    f["after_marker"] = float(prev in finder.single_markers)
    # "di"/"del"... after a common noun: the name qualifies it (il sindaco di Roma)
    f["of_noun"] = float(j >= 1 and prev in finder.g.forms("di") and doc[j - 1].is_alpha and doc[j - 1].is_lower)
    nxt = doc[ent.end].text if ent.end < len(doc) else ""
    f["colon_after"] = float(nxt == ":")
    own = ctx.sents[_sent_index(ctx, ent.start)].start
    f["sent_start"] = float(j < own or ent.start == own)
    return f


def _place_of_name(doc: Doc, cand: Candidate, finder: FinderBase) -> bool:
    """The candidate is a place after *di* (contracted forms too, its article and title in
    between) after a name, a number-word or a capitalised noun that is not one of words, claims,
    documents or bodies (``FinderBase.voice_nouns``): *la Soprintendenza di Firenze*, *via Padova
    di Milano*, *il 40enne di Castelletto*: it qualifies that name, as ``of_noun`` sees after a
    lower-case noun (*il sindaco di Roma*), and does not speak (*la risposta di Mosca* may). It
    stays among the candidates (taken out, its share of the softmax would go to the names
    around it: on fresh Wikipedia text it then named the object of *elogia X per aver «…»*)."""
    name = _mention(doc, cand) if cand.label == "LOC" else None
    if name is None:
        return False
    norms = finder.context(doc).norms
    j = finder.before_title(norms, name.start - 1)
    if j < 1 or norms[j] not in finder.g.forms("di"):
        return False
    noun = doc[j - 1]
    return noun.pos_ in ("NOUN", "PROPN", "NUM") and not ({norms[j - 1], noun.lemma_.lower()} & finder.voice_nouns)


def _setting(ent: Span, ctx, finder: FinderBase) -> bool:
    """The place follows a preposition of place, its article in between (*durante il soggiorno
    a Dakar*, *riunitisi in piazza San Pietro*, *vive ad Ostia*): where something happens, not
    who speaks (the grammar's ``place_prepositions``, contracted forms too)."""
    norms = ctx.norms
    j = finder.before_title(norms, ent.start - 1, titles=False)
    return j >= 0 and any(norms[j] in finder.g.forms(p) for p in finder.g.place_prepositions)


def _circumstance(ent: Span, ctx, finder: FinderBase) -> bool:
    """The name is governed by a preposition of circumstance or address (the grammar's
    ``circumstance_prepositions``, contracted forms too), its article and title in between, and
    that preposition does not close a source marker (*stando a X*): *durante l'incontro con X*,
    *dopo l'attacco a X*, *in un'intervista a X*, *A X, invece, fu chiesto*. In the quotation's own
    sentence such a name is the company, the addressee or the topic of the clause, not its
    speaker (on the tune part dropping them from the candidates mended 2 speakers, lost none; on
    fresh wiki and De Gasperi text it took away some 20 addressees and topics the ranker had named,
    *ho detto a Gui*, *si chiede al governo*, and named one wrong name instead)."""
    norms = ctx.norms
    j = finder.before_title(norms, ent.start - 1)
    if j < 0 or not finder.circumstance_preposition(norms[j]):
        return False
    doc = ent.doc
    for k in range(max(0, j - 3), j):
        if any(k + len(words) - 1 == j for words in finder.markers_at(doc[k])):
            return False  # "stando al ministro X": a source
    return True


def _rank_features(cands: list[Candidate], anchor: int) -> None:
    """Which candidate is the nearest before the anchor, the second nearest, the nearest after."""
    before = sorted((c for c in cands if c.end <= anchor), key=lambda c: anchor - c.end)
    for rank, c in enumerate(before[:2]):
        c.features[f"nearest_before_{rank}"] = 1.0
    after = sorted((c for c in cands if c.start >= anchor), key=lambda c: c.start - anchor)
    if after:
        after[0].features["nearest_after"] = 1.0


class Ranges:
    """Character ranges sorted once, so that "is this span inside one?" is a bisection (a
    2 MB article holds tens of thousands of quotations)."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = sorted(ranges)
        self.starts = [s for s, _ in self.ranges]
        self.max_end: list[int] = []
        top = -1
        for _, e in self.ranges:
            top = max(top, e)
            self.max_end.append(top)

    def covers(self, start: int, end: int) -> bool:
        return self.first_covering(start, end) is not None

    def first_covering(self, start: int, end: int) -> int | None:
        """Index (in ``self.ranges``, sorted) of the first range holding ``start``-``end``, or None."""
        k = bisect_right(self.starts, start)
        first = bisect_left(self.max_end, end, 0, k)
        return first if first < k else None


def _sent_index(ctx, token: int) -> int:
    return max(bisect_right(ctx.sent_starts, token) - 1, 0)


def document_candidates(doc: Doc, quotes: list[Quote], finder: FinderBase) -> list[tuple[int, list[Candidate]]]:
    """(index of the quote, its candidates) for every speech quotation of a document, in order;
    "the speaker of the quotation before" is the rules' speaker of the previous speech quote."""
    if not len(doc) or not finder.context(doc).sents:
        return []
    names = doc._.kit_canonical_names or {}
    counts = Counter((names.get(span_key(e.start_char, e.end_char)) or e.text).lower() for e in doc.ents)
    marked = Ranges([(q.start, q.end) for q in quotes if q.kind in ("direct", "mixed", "other")])
    out, previous = [], None
    for i, quote in enumerate(quotes):
        if quote.kind == "other":
            continue
        out.append((i, quote_features(doc, quote, finder, previous, marked, counts)))
        if quote.speaker:
            previous = quote.speaker
    return out


class SpeakerRanker(ShippedModel):
    """Scores of a conditional logit over the candidates of one quotation."""

    FILE = "speaker_ranker.json"  # the weights, in kit/lang/<code>/

    def __init__(self, weights: dict[str, float], meta: dict | None = None) -> None:
        self.weights = weights
        self.meta = meta or {}

    def scores(self, cands: list[Candidate]) -> list[float]:
        logits = [sum(self.weights.get(k, 0.0) * v for k, v in c.features.items()) for c in cands]
        top = max(logits)
        exp = [math.exp(x - top) for x in logits]
        total = sum(exp)
        return [e / total for e in exp]

    def choose(self, cands: list[Candidate], rules_named: bool) -> int | None:
        """Index of the candidate the ranker names, or None to keep the rules' choice: where the
        rules named no one, it names someone only with probability :data:`MIN_FILL` or more, and
        not a name or place :func:`_unlikely_fill` rules out."""
        probs = self.scores(cands)
        best = max(range(len(cands)), key=probs.__getitem__)
        if not rules_named and (probs[best] < MIN_FILL or _unlikely_fill(cands[best].features)
                                or _agentless_passive_fill(cands[0].features, cands[best].features)):
            return None
        return best

    def rerank(self, doc: Doc, quotes: list[Quote], finder: FinderBase) -> list[Quote]:
        """``quotes`` with the ranker's speaker where it disagrees with the rules."""
        out = list(quotes)
        for i, cands in document_candidates(doc, quotes, finder):
            if left_to_rules(doc, quotes[i], finder):
                continue  # the grammar names the speaker: "è stato accusato da X"
            best = self.choose(cands, bool(quotes[i].speaker))
            if best is None or rules_stand(doc, out, i, cands, best, finder):
                continue
            out[i] = _with_speaker(out[i], cands[best], finder, doc)
        return out


def left_to_rules(doc: Doc, quote: Quote, finder: FinderBase) -> bool:
    """The ranker never changes this quotation's speaker: the grammar of the cue or of a source
    names it (:data:`KEPT_FAMILIES`, a described subject, a subject across an aside, a titled
    source, a document read). Training leaves these out too, so that the ranker learns the
    choices it makes."""
    return (quote.speaker_rule or "").split("+")[0] in KEPT_FAMILIES or _described_subject(quote, finder) \
        or _subject_across_aside(quote) or _unnamed_source(quote, finder) or _document_read(doc, quote, finder)


def rules_stand(doc: Doc, quotes: list[Quote], i: int, cands: list[Candidate], best: int, finder: FinderBase) -> bool:
    """The rules' choice for quotation ``i`` stands though the ranker prefers ``cands[best]``: a
    place passed through, an outlet printed in, a place of a name; a body where the rules named a
    person (*il direttore dell'OMC, X, ha annunciato*, *ha polemizzato con l'Avvenire, dicendo*:
    in the cross-validation by article on the tune part the ranker put 5 bodies for the rules'
    person, 1 rightly, 2 where the rules were right); or, where the rules named no one, a name the
    ranker hardly knows better than no one (a sign's words, the speaker of the enclosing words, a
    plural cue for one person, a possessor, a passive's bystander, a name of the reported clause).
    ``quotes`` holds the speakers decided so far (the ranker's, for the quotations before ``i``)."""
    cand, quote = cands[best], quotes[i]
    if cand.name == NONE:
        return False
    if _place_not_source(doc, cand, finder) or _published_in(doc, cand, finder) or _place_of_name(doc, cand, finder):
        return True
    if quote.speaker and quote.speaker_label == "PER" and cand.label == "ORG":
        return True  # a body near a person the rules named is their office or a topic, not the speaker instead
    if _contrasting_source(doc, quotes, i, cand, finder):
        return True
    return not quote.speaker and (
        _sign_words(doc, quote, finder)
        or _enclosing_speaker_for_other(doc, quotes, i, cand)
        or _plural_cue_for_one(doc, quote, cand, finder)
        or _possessor(doc, cand, finder)
        or _unsourced_passive(doc, quote, cands[0], cand, finder)
        or _in_reported_clause(quote, cand, finder))


def _contrasting_source(doc: Doc, quotes: list[Quote], i: int, cand: Candidate, finder: FinderBase) -> bool:
    """The rules read quotation ``i``'s speaker from a source marker (rule ``source``: *secondo
    X*, *per X*, not a *come*-clause) after another quotation of the same sentence whose speaker
    is the ranker's candidate: *Il ministro ha detto che A, ma secondo l'Unhcr B*, *…, mentre per
    la difesa B*: the marker names a second speaker beside the first, not the first again. Only
    where the marker's phrase holds the speaker's name as written (not a description the rules
    resolved, *secondo il deputato pugliese*, which may be the first speaker after all)."""
    quote = quotes[i]
    if rule_family(quote.speaker_rule) != "source" or not quote.speaker or quote.cue_start is None \
            or not quote.cue or norm_word(doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")[0]) == "come":
        return False
    if not quote.speaker_mention or quote.speaker.lower() not in quote.speaker_mention.lower():
        return False
    ctx = finder.context(doc)
    sent = _sent_index(ctx, ctx.token_at(quote.cue_start))
    return any(other.speaker and same_name(other.speaker, cand.name) and other.end <= quote.cue_start
               and _sent_index(ctx, ctx.token_at(other.start)) == sent for other in quotes[:i])


def _document_read(doc: Doc, quote: Quote, finder: FinderBase) -> bool:
    """The cue is an impersonal *si legge* (a reflexive clitic before a verb of the grammar's
    ``impersonal_cue_verbs``) and the rules named the issuer of the document it reads (rule
    ``source``): *Letta ha presentato, come si legge nella nota del Quirinale, dimissioni
    «irrevocabili»*, *nel comunicato della Procura si legge che…*: the words are the document's,
    not those of the names around it (on the tune part the ranker overrode such an issuer once,
    wrongly, with the sentence's subject)."""
    if rule_family(quote.speaker_rule) != "source" or not quote.speaker or quote.cue_start is None:
        return False
    cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    return cue is not None and any(
        norm_word(t) in finder.g.reflexive_clitics and finder.lemmas(doc[t.i + 1]) & finder.g.impersonal_cue_verbs
        for t in cue[:-1])


def _sign_words(doc: Doc, quote: Quote, finder: FinderBase) -> bool:
    """The marks follow a noun of a sign, a motto or a saying (the grammar's ``saying_words``:
    *la scritta "…"*, *un cartello con la scritta «…»*, *il motto "…"*): words written or
    repeated by no one the sentences name, not for the ranker to give to a name nearby where the
    rules named no one (*La statua dedicata a X è stata imbrattata… la scritta "…"*: not X; on
    the tune part it filled 2 such, both where the gold has no speaker)."""
    j = quote.start - 1
    while j > 0 and doc.text[j].isspace():
        j -= 1
    return j >= 0 and doc.text[j] in QUOTE_CHARS and finder.noun_before_marks(doc, j, finder.g.saying_words) is not None


def _enclosing_speaker_for_other(doc: Doc, quotes: list[Quote], i: int, cand: Candidate) -> bool:
    """Quotation ``i`` lies inside another marked quotation whose speaker is the candidate, and
    its cue opens with a finite verb in the third person (*X: «Poi, resosi conto dell'errore,
    si è chiesto "come rimedio?"»*, *X ha dichiarato: «…continuava a ridere, diceva "dove
    andate?"»*): the speaker of the enclosing words reports someone else, not their own words
    (a first person, *«…resisto dicendo "aspettiamo"»*, may be; on the tune part the ranker
    gave the enclosing speaker to 3 such quotations, once rightly, in the first person)."""
    quote = quotes[i]
    if quote.cue_start is None or cand.name == NONE:
        return False
    enclosing = next((q for q in quotes if q.kind in ("direct", "mixed") and q.start < quote.start
                      and quote.end <= q.end), None)
    if enclosing is None or not enclosing.speaker or not same_name(enclosing.speaker, cand.name):
        return False
    span = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    verb = next((t for t in span or () if "Fin" in t.morph.get("VerbForm")), None)
    return verb is not None and "3" in verb.morph.get("Person")


def _plural_cue_for_one(doc: Doc, quote: Quote, cand: Candidate, finder: FinderBase) -> bool:
    """The quotation's cue opens with a finite verb in the third person plural and the candidate
    is one person (:meth:`FinderBase.plural_for_one`): not a speaker to fill in where the rules
    named no one (*Da Torino spiegano: «…»* after a sentence about Marco Rossi); a gerund cue
    agrees through the verb it hangs on (*giustificarono il gesto dicendo…*)."""
    if quote.cue_start is None or quote.cue_end is None:
        return False
    span = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    verb = next((t for t in span or () if "Fin" in t.morph.get("VerbForm")), None) \
        or next((t for t in span or () if "Ger" in t.morph.get("VerbForm")), None)
    return verb is not None and finder.plural_for_one(verb, cand.name, cand.label, cand.start, cand.end)


def _possessor(doc: Doc, cand: Candidate, finder: FinderBase) -> bool:
    """The candidate's nearest mention follows *di* (contracted forms too, its article and
    title in between) after a common noun that is not one of words, claims, opinions, works,
    documents, reports, bodies or organs (``FinderBase.voice_nouns``): *la madre di X*, *il capo
    pontieri dell'X*, *il caso della morte di X*, *il presidente della Fondazione X*: X is who or
    what the sentence speaks about, or the body of the one who speaks, not a speaker for the
    ranker to fill in where the rules named no one (*il commento di X*, *la tesi di X*, *il
    libro di X*, *l'ufficio di X* still may be; so may *quella di X*, *bensì di X*: a pronoun
    or an adverb before *di*). On the tune part the ranker filled 8 such, none right (2 where
    the gold names another, 4 where it names no one, 2 on no quotation of the gold); on fresh
    Wikipedia and De Gasperi text 11 wrong, 2 right (*l'ufficio brevetti di X*)."""
    name = _mention(doc, cand) if cand.features.get("of_noun") else None
    if name is None:
        return False
    norms = finder.context(doc).norms
    j = finder.before_title(norms, name.start - 1)
    noun = doc[j - 1]
    return noun.pos_ == "NOUN" and not ({norms[j - 1], noun.lemma_.lower()} & finder.voice_nouns)


def _place_not_source(doc: Doc, cand: Candidate, finder: FinderBase) -> bool:
    """The candidate is a place after a preposition that is neither *da* nor a source marker
    (*vagava per la Kupfergasse*, *verso la Svizzera*, *contro la Germania*, an article and a
    title in between): where someone went or what the clause is about, not a voice for the
    ranker to name (*da Pechino fanno sapere*, *per Mosca, …* still may be; after *di* the place
    qualifies a noun, which :func:`_possessor` and ``of_noun`` see)."""
    name = _mention(doc, cand) if cand.label == "LOC" else None
    if name is None:
        return False
    norms = finder.context(doc).norms
    j = finder.before_title(norms, name.start - 1)
    if j < 0 or norms[j] not in finder.g.prepositions or norms[j] in finder.g.forms("da") | finder.g.forms("di"):
        return False  # (after di, a place qualifies a noun: _possessor, "of_noun")
    # a marker opening its phrase speaks ("Per Mosca, …", "e, per la Russia, …"), not one after
    # a word it completes ("vagava sanguinante per la Kupfergasse", "un voto per la Russia")
    return norms[j] not in finder.single_markers or j >= 1 and doc[j - 1].pos_ in ("NOUN", "PROPN", "VERB", "AUX", "ADJ")


def _published_in(doc: Doc, cand: Candidate, finder: FinderBase) -> bool:
    """The candidate is where a document came out, after *su* and maybe an outlet noun and an
    adjective (``outlet_nouns``), the participle of publishing before it (``publishing_verbs``:
    *lo studio, pubblicato sulla rivista scientifica X*, *pubblicato su X*): the outlet printed
    the words, their authors said them; not a speaker for the ranker to name (*secondo quanto riportato dalla rivista X*, a source after *da*, still may be)."""
    name = _mention(doc, cand)
    if name is None:
        return False
    norms = finder.context(doc).norms
    j = name.start - 1
    if j >= 1 and doc[j].pos_ == "ADJ" and norms[j - 1] in finder.g.outlet_nouns:
        j -= 1  # "la rivista scientifica X"
    j = j - 1 if j >= 0 and norms[j] in finder.g.outlet_nouns else j
    j = j - 1 if j >= 0 and norms[j] in finder.g.articles else j
    return j >= 1 and norms[j] in finder.g.forms("su") and doc[j - 1].pos_ in ("VERB", "AUX") \
        and bool(finder.lemmas(doc[j - 1]) & finder.g.publishing_verbs)


def _unlikely_fill(f: dict[str, float]) -> bool:
    """A name the ranker must not fill in where the rules named no one. Three sentences back, a
    name belongs to another topic; two back, it still speaks only as the topic carried on, the
    subject of its sentence or the speaker of the quotation before (*Anna Neri ha aperto la festa.
    … Ha poi aggiunto: «…»*), not a name the sentence is about (*il sindaco ha premiato Marco
    Bellini*); a place speaks only as a source after a preposition (*da Pechino fanno sapere*),
    not as the country another clause is about (*tra Serbia e Croazia, la seconda ha ribadito*).
    On the tune articles the ranker was not trained on it named 5 such, none right (3 where the
    gold has no speaker); on all of tune 17, none right."""
    if f.get("d3"):
        return True
    if f.get("d2"):
        return not (f.get("subj") or f.get("previous"))
    return bool(f.get("label_LOC")) and not f.get("after_prep")


def _agentless_passive_fill(none: dict[str, float], f: dict[str, float]) -> bool:
    """The cue is a passive with no agent (*Fu esclusa la condanna*, *viene descritta la
    versione…*, the rules named no one) and the name is in another sentence: a passive names
    its speaker only in its own clause (*da X*), so a name of a sentence before or after is not
    its agent (on the tune part the ranker filled one such, wrongly; on fresh Wikipedia text it
    filled the names of the unrelated sentences before)."""
    return bool(none.get("none_passive")) and not f.get("d0")


def _unsourced_passive(doc: Doc, quote: Quote, none: Candidate, cand: Candidate, finder: FinderBase) -> bool:
    """The cue is a passive with no agent and the candidate, in its own sentence, is not its
    source: a passive names its speaker only as the writer of the words or document the clause
    is read in (*nell'articolo **del Los Angeles Times** viene affermato che…*, *secondo le
    parole **del premier X***, *l'ordine del giorno **X**, dove è detto…*), as its agent before
    or after the verb (*che **da X** è stata definita…*, *definito… dalla ministra **X***), as
    the holder of a belief (*il direttore **X** è convinto che…*), as the speaker of an aside
    before it (*la libertà – ha ammonito **X** – può essere attaccata…*), or as the subject of
    the clause whose object the passive qualifies (***Forbes** ha redatto una classifica in cui
    vengono elencate…*); not a name of the circumstance, the addressee or the subject of another
    clause (*dopo l'annuncio dell'uccisione di X, viene comunicata…*, *al signor X è stata
    comunicata…*, *X ha ribadito che…, anche se, come era stato affermato, …*). On the tune part
    the ranker filled 14 such names, none right: 10 where the gold has no speaker, 4 on no
    quotation of the gold."""
    if not none.features.get("none_passive") or cand.name == NONE or quote.cue_start is None:
        return False
    cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    name = _mention(doc, cand)
    verb = next((t for t in reversed(cue or ()) if t.pos_ == "VERB"), None)
    if verb is None or name is None:
        return False
    tops = set()
    for tok in name:
        # (up through the name itself, names and titles: "dalla ministra X", "del premier di Israele X")
        while tok.head.i != tok.i and (name.start <= tok.head.i < name.end or tok.head.pos_ == "PROPN"
                                       or norm_word(tok.head) in finder.titles):
            tok = tok.head
        tops.add(tok)
    if any(t.head.i == verb.i and (any(norm_word(c) in finder.g.forms("da") for c in t.children)
                                   or t.dep_.startswith("nsubj") and norm_word(verb) in finder.g.belief_adjectives)
           for t in tops):
        return False  # "che da X è stata definita…", "definito… dalla ministra X": the agent; "X è convinto che…"
    if name.start > 0 and finder.lemmas(doc[name.start - 1]) & finder.single_verbs and name.end < len(doc) \
            and doc[name.end].text in ASIDE_DASHES | {","} and name.start < verb.i:
        return False  # "La libertà – ha ammonito X – può essere attaccata…": the aside's speaker says it
    after = doc[name.end + (name.end < len(doc) and doc[name.end].text == ","):name.end + 4]
    if any(" ".join(norm_word(t) for t in after).startswith(rel + " ") for rel in finder.g.text_relatives):
        return False  # "l'ordine del giorno X, dove è detto che…": the text X signs
    words = finder.g.document_nouns | finder.g.words_nouns | finder.g.speech_nouns
    for tok in tops:
        if norm_word(tok.head) in words and (tok.head.head.i == verb.i or verb in tok.head.ancestors):
            return False  # "nell'articolo del X viene affermato", "secondo le parole del premier X"
    if verb.dep_.startswith("acl"):
        clause = next((t for t in verb.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if clause is not None and any(t.head.i == clause.i and t.dep_.startswith("nsubj") for t in name):
            return False  # "X ha redatto una classifica in cui vengono elencate…"
    return True


def _in_reported_clause(quote: Quote, cand: Candidate, finder: FinderBase) -> bool:
    """A mixed quotation whose cue ends with its complementizer before the marks (*afferma
    che*, ``subordinators``), and the candidate named between the cue and the marks (*il Liber
    pontificalis afferma che papa X fu nutrito «del pane…»*): a name of the reported clause,
    what the words are about, not who says them."""
    return quote.kind == "mixed" and quote.cue_end is not None and cand.name != NONE \
        and bool(quote.cue) and quote.cue.split()[-1].lower() in finder.g.subordinators \
        and quote.cue_end <= cand.start and cand.end <= quote.start


def _rule_steps(quote: Quote) -> list[str]:
    """The steps of the rule that chose the quotation's speaker (``subject+description`` ->
    ``["subject", "description"]``), past ``previous-quote`` when the speaker was carried from
    the quotation before: the steps that named it there."""
    steps = (quote.speaker_rule or "").split("+")
    return steps[1:] if steps[0] == "previous-quote" else steps


def _mention(doc: Doc, cand: Candidate) -> Span | None:
    """The candidate's mention in ``doc`` (None for the no-one candidate)."""
    return None if cand.name == NONE else doc.char_span(cand.start, cand.end, alignment_mode="expand")


def _subject_across_aside(quote: Quote) -> bool:
    """The rules took the subject before a dashed aside that ends at the cue (``subject+aside``:
    *L'ambasciatore – rimasto in silenzio da quando gli Stati Uniti… – ha dichiarato*): the
    grammar names it; the ranker would score the names inside the aside, nearer the cue."""
    steps = _rule_steps(quote)
    return steps[:2] == ["subject", "aside"]


def _unnamed_source(quote: Quote, finder: FinderBase) -> bool:
    """The rules read the speaker from a source phrase that names a person by a title or a kin
    noun only (``source``; a kin noun also resolved by ``description``: *secondo le parole
    della figlia*, *a detta del marito*): the grammar names that one, whom the ranker, scoring names
    only, cannot see; it would give the quotation the person the sentence is about."""
    steps = _rule_steps(quote)
    if steps not in (["source"], ["source", "description"]) or not quote.speaker_mention:
        return False
    if steps == ["source"] and quote.speaker_label is not None:
        return False
    words = [w for w in quote.speaker_mention.lower().replace("’", "'").split() if w not in finder.g.definite]
    first = words[0].split("'")[-1] if words else ""
    # (a title the rules resolved may name another holder, "secondo il deputato pugliese": the
    # ranker's; a kin noun resolved names the relative the article introduced)
    return first in (finder.g.kin_nouns if steps[1:] else finder.titles | finder.g.kin_nouns)  # (not "il comune")


def _described_subject(quote: Quote, finder: FinderBase) -> bool:
    """The cue's subject is described with a definite article (*il sindacato ha replicato*, *il
    presidente americano ha detto*), as the parse gives it or as the rules resolved it to the one
    the article named (``subject+description``: *il questore di Arezzo ricostruisce…*, *il Capo
    dello Stato ricorda…*, and the quotations after it that carry it on): the rules resolved the
    description, which the ranker, scoring names only, cannot see (on the tune part it overrode
    such a parsed subject 5 times, once rightly; a resolved one 5 times, never rightly)."""
    steps = _rule_steps(quote)
    if not (steps[:1] == ["parse"] or steps[:2] == ["subject", "description"]) or not quote.speaker_mention:
        return False
    first = quote.speaker_mention.split()[0].lower()
    first = first[:first.index("'") + 1] if "'" in first else first
    return first in finder.g.definite


def _with_speaker(quote: Quote, cand: Candidate, finder: FinderBase, doc: Doc) -> Quote:
    if cand.name == NONE:
        if not quote.speaker:
            return quote
        return replace(quote, speaker=None, speaker_label=None, speaker_mention=None, speaker_start=None,
                       speaker_end=None, speaker_rule="")
    if quote.speaker and same_name(cand.name, quote.speaker):
        return quote
    about = tuple(a for a in with_former_speaker(quote, finder, doc) if not same_name(a, cand.name))
    return replace(quote, speaker=cand.name, speaker_label=cand.label, speaker_mention=cand.mention,
                   speaker_start=cand.start, speaker_end=cand.end, speaker_rule="ranker", about=about)


def with_former_speaker(quote: Quote, finder: FinderBase, doc: Doc) -> tuple[str, ...]:
    """``quote.about`` and, last, the speaker the rules gave it when the content names that one
    (away from its mention): ``about`` left the speaker out, and once another speaker is chosen
    the name in the words is what they are about (*Floyd ha detto… «gli sfidanti di Floyd
    confidavano…»*, said by Amir Khan: about Floyd)."""
    old = quote.speaker
    if not old or any(same_name(a, old) for a in quote.about):
        return quote.about
    mention = (quote.speaker_start, quote.speaker_end) if quote.speaker_start is not None else (-1, -1)
    for ent in finder.context(doc).ents_in_chars(quote.start, quote.end):
        if not mention[0] <= ent.start_char < mention[1] and ent.label_ in SPEAKER_LABELS \
                and same_name(ent._.kit_canonical or ent.text, old):
            return (*quote.about, old)
    return quote.about
