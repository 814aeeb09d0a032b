"""Speakers of quotations that have no cue of their own, or whose speaker comes from another
quotation: the speaker carried from the quotation before, unless the sentence that holds the
marks names its own subject; a list of quotations shared out among coordinated names; a carried
quotation that follows the speaker ranker's new speaker of the one it was carried from; no carry
into marks led by a clause with a subject of its own (:func:`subject_of_lead`). Used by
:func:`kit.components.quotes.find_quotes` and its component."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..model import Quote
from ..names import same_name
from ..quotemarks import MarkPair
from .base import SPEAKER_LABELS, Cue, Speaker, norm_word
from .ranker import with_former_speaker

if TYPE_CHECKING:
    from . import SpeechFinder


def follow_reranked(before: list[Quote], after: list[Quote], doc: Doc, speech: SpeechFinder) -> list[Quote]:
    """``after`` (the ranker's speakers), where a quotation that carried the speaker of the one
    before it and kept it follows the ranker's new speaker of that one: *«Certo che torno – ha
    dichiarato – …». «Tornerò – prosegue – …»*, the second said by whoever said the first (what
    it is about as when the ranker replaces a speaker: :func:`ranker.with_former_speaker`)."""
    last = {}  # the mention the rules chose -> the last quotation that named it (rules, ranker)
    out = []
    for old, quote in zip(before, after):
        key = (old.speaker, old.speaker_start, old.speaker_end)
        if not old.speaker or old.speaker_start is None:
            out.append(quote)
            continue
        source = last.get(key)
        if quote is old and old.speaker_rule.startswith("previous-quote") and source is not None \
                and source.speaker_rule.endswith("ranker"):
            quote = replace(quote, speaker=source.speaker, speaker_label=source.speaker_label,
                            speaker_mention=source.speaker_mention, speaker_start=source.speaker_start,
                            speaker_end=source.speaker_end, speaker_rule="previous-quote+ranker",
                            about=tuple(a for a in with_former_speaker(quote, speech, doc)
                                        if not same_name(a, source.speaker or "")))
        last[key] = quote
        out.append(quote)
    return out


def coordinated_names(doc: Doc, start: int, end: int, speech: SpeechFinder) -> list[Speaker]:
    """The names coordinated with the name at characters [start, end), each after a comma or
    *e* (and an article): *Gianni Rossi, Anna Bianchi e i Verdi* gives three speakers, whichever
    of them is the mention; [] when the mention is no name or the names repeat."""
    ctx = speech.context(doc)
    ent = ctx.ent_ending_at(end)
    if ent is None or ent.label_ not in SPEAKER_LABELS:
        return []
    listed = [ent]
    while True:  # the names before it
        k = listed[0].start
        while k > 0 and norm_word(doc[k - 1]) in speech.g.articles:
            k -= 1  # "e i Negramaro"
        other = ctx.ent_before(k - 1) if k >= 2 and _joins(doc[k - 1], speech) else None
        if other is None or other.label_ not in SPEAKER_LABELS:
            break
        listed.insert(0, other)
    while True:  # and after it
        k = listed[-1].end
        if k >= len(doc) or not _joins(doc[k], speech):
            break
        k += 1
        while k < len(doc) and norm_word(doc[k]) in speech.g.articles:
            k += 1
        other = next(iter(ctx.ents_in_tokens(k, k + 1)), None)
        if other is None or other.label_ not in SPEAKER_LABELS:
            break
        listed.append(other)
    names = [speech.speaker_from_span(doc, e).tagged("subject") for e in listed]
    return names if len({n.name for n in names}) == len(names) else []


def _joins(token, speech: SpeechFinder) -> bool:
    """A comma or a conjunction (the grammar's ``and_conjunctions``: *e*) between two
    coordinated names."""
    return token.text == "," or norm_word(token) in speech.g.and_conjunctions


def own_subject(doc: Doc, pair: MarkPair, previous: Quote, marks: list[MarkPair], cues: list[Cue],
                 speech: SpeechFinder) -> Speaker | None:
    """The subject of the sentence that holds a free-standing ``pair``, named before the marks,
    when the ``previous`` quotation (whose speaker the pair would carry) lies in an earlier
    sentence and has another speaker: *Il premier Aso esprime perplessità. **Il presidente Bush**
    ha chiamato Aso per riaffermare «il principio…»*; without one, the person who speaks in the
    sentence right before, after that quotation, with a cue that reported nothing: ***Il
    giornalista X** ha risposto con una lettera. «…»*; else None (the pair carries the speaker)."""
    ctx = speech.context(doc)
    sent = ctx.sent(ctx.token_at(pair.open))
    if previous.end > sent.start_char:
        return None  # "«…», ha detto X, e poi «…»": the same sentence goes on
    blocked = [(p.start, p.end) for p in marks]
    pronoun = speech.pronoun_before_colon(doc, pair.open, blocked)
    if pronoun is not None:
        # "… Un uomo le si avvicina e lei fa: «…»": the person the pronoun refers to
        return None if same_name(pronoun.name, previous.speaker) else pronoun
    subject = speech.sentence_subject(doc, sent, blocked)
    if subject is None and sent.start > 0:
        # (a person, and a cue of its own: not "Ovvio, il riferimento a…", a name the tagger misread)
        before = ctx.sent(sent.start - 1)
        if previous.end <= before.start_char:
            subject = speech.sentence_subject(doc, before, blocked)
            if subject is not None and (subject[2] is None or subject[2].label_ != "PER" or not any(
                    before.start_char <= c.start_char < before.end_char and not c.inside_quote for c in cues)):
                subject = None
    if subject is None or doc[subject[1] - 1].idx >= pair.open:
        return None
    speaker = speech.from_candidate(doc, subject)
    if speaker is None or same_name(speaker.name, previous.speaker):
        return None
    return speaker.tagged("subject")


def new_subject_between(doc: Doc, previous: Quote, pair: MarkPair, speech: SpeechFinder) -> bool:
    """A sentence between the ``previous`` quotation and ``pair`` whose subject is a person other
    than its speaker: *«…», ha detto X. **Anche il figlio Y**, al quale… . «…», ha dichiarato.*"""
    ctx = speech.context(doc)
    if previous.end >= pair.open:
        return False
    for sent in ctx.sents_in(ctx.token_at(previous.end), ctx.token_at(pair.open)):
        if sent.start_char < previous.end or sent.end_char > pair.open:
            continue
        subject = speech.sentence_subject(doc, sent, [])
        if subject is not None and subject[2] is not None and subject[2].label_ == "PER" \
                and not same_name(speech.from_candidate(doc, subject).name, previous.speaker):
            return True
    return False


def subject_of_lead(doc: Doc, pair: MarkPair, previous: Quote, speech: SpeechFinder) -> bool:
    """The marks close a clause of the same sentence, after the ``previous`` quotation, whose
    verb (the one nearest before them) has a subject of its own that is not that quotation's
    speaker: a noun or the antecedent of a relative pronoun (*un coro di bambini, **i quali**
    hanno pronunciato le parole «…»*, *il registro, **che** riporta le seguenti parole: «…»*,
    ***Tale società** sarà: «…»*), or a lead of an indefinite noun alone (***Un ufficiale**: «…»*):
    the words are that subject's, or no one's, not carried from
    the quotation before. A personal pronoun (*lui*), a subject of the passive or a verb with
    no subject (*ha poi aggiunto:*) do not stop the carry."""
    ctx = speech.context(doc)
    floor, k, verb = _lead_verb(doc, pair, previous, speech)
    lead = doc[floor:k]
    if verb is None and len(lead) >= 3 and lead[-1].text == ":" and norm_word(lead[0]) in speech.g.indefinite_articles \
            and lead[1].pos_ == "NOUN" and all(t.pos_ == "ADJ" for t in lead[2:-1]):
        return True  # "Un ufficiale: «…»": someone unnamed, not the speaker before
    if verb is None or any(t.is_punct and t.text not in ",:" for t in doc[verb.i + 1:k]):
        return False
    subject = next((t for t in verb.children if t.dep_ == "nsubj" and floor <= t.i < verb.i), None)
    if subject is None or "Prs" in subject.morph.get("PronType"):
        return False
    if "Rel" in subject.morph.get("PronType"):
        if verb.dep_ != "acl:relcl" or verb.head.i < floor:
            return False
        subject = verb.head  # "il coro, i quali…": the noun the relative clause hangs on
    if previous.speaker_start is not None and previous.speaker_start <= subject.idx < (previous.speaker_end or 0):
        return False  # "…, ha detto il sindaco X, che poi ha pronunciato le parole «…»": the same person
    ent = ctx.ent_at(subject.i)
    start = ent.start if ent is not None else max(subject.left_edge.i, floor)
    named = speech.from_candidate(doc, (start, subject.i + 1, ent))  # (a description resolved: "il sindaco")
    return named is None or not same_name(named.name, previous.speaker)


def _lead_verb(doc: Doc, pair: MarkPair, previous: Quote, speech: SpeechFinder):
    """(the first token of the lead into ``pair``: its sentence's, or the one after the
    ``previous`` quotation in it; the token of the opening mark; the verb nearest before it in
    the lead, or None)."""
    ctx = speech.context(doc)
    k = ctx.token_at(pair.open)
    sent = ctx.sent(k)
    floor = max(sent.start, ctx.token_at(previous.end) if previous.end > sent.start_char else sent.start)
    return floor, k, next((t for t in reversed(doc[floor:k]) if t.pos_ in ("VERB", "AUX")), None)


def controller_subject(doc: Doc, pair: MarkPair, previous: Quote, speech: SpeechFinder) -> Speaker | None:
    """The person named as the subject of the verb that governs the infinitive right before
    ``pair`` (*cosicché **Marco Neri** ha pensato di cambiarlo in «…»*), or the adjective the
    infinitive hangs on before a colon (*X, il quale è ansioso di sfidarlo: «…»*), when another
    than the ``previous`` quotation's speaker: the words are that person's; else None."""
    floor, k, verb = _lead_verb(doc, pair, previous, speech)
    if verb is None or not floor <= verb.head.i < verb.i:
        return None
    # (or "…il pugile X, il quale è già ansioso di sfidarlo: «…»": the infinitive of an adjective
    # in a relative clause, then a colon: the noun the relative hangs on, or the name after it)
    colon = doc[k - 1].text == ":" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "acl:relcl"
    if not (verb.dep_ == "xcomp" or colon) or any(t.is_punct and t.text != "," for t in doc[verb.i + 1:k - 1 if colon else k]):
        return None
    subject = next((t for t in verb.head.children if t.dep_ == "nsubj" and floor <= t.i), None)
    if colon:
        if subject is None or "Rel" not in subject.morph.get("PronType") or verb.head.head.i < floor:
            return None
        subject = verb.head.head
    ctx = speech.context(doc)
    ent = ctx.ent_at(subject.i) if subject is not None else None
    if ent is None and colon and subject.i + 1 < len(doc) and doc[subject.i + 1].head.i == subject.i:
        ent = ctx.ent_at(subject.i + 1)  # "il pugile X": the name of the title
    if ent is None or ent.label_ != "PER":
        return None
    named = speech.from_candidate(doc, (ent.start, ent.end, ent))
    return None if same_name(named.name, previous.speaker) else named.tagged("subject")
