"""Interviews set down without quote marks: *Nome: risposta* lines, and questions in the
writer's voice each followed by the interviewee's answer (*Le piace il suo lavoro? Sì, mi
piace molto…*). The answers are the interviewee's words (indirect, no cue)."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from spacy.tokens import Doc, Span

from ..extensions import span_key
from ..names import same_name
from ..quotemarks import QUOTE_CHARS
from .base import DASHES, FinderBase, Speaker, norm_word

#: the fewest question -> answer pairs that make a document an interview
MIN_PAIRS = 3
#: the most sentences an answer runs over
MAX_ANSWER = 12
#: the most tokens between a turn's name and its dash (*Arrigo Benedetti, «Paese sera» -*)
MAX_LABEL_TAIL = 8
#: what ends the turn before a transcript's name (or a quotation's closing mark)
TURN_ENDS = frozenset({".", "?", "!", "…", "...", "»", "”", '"', ")"})
#: what may stand right before a vocative's title (*…, onorevole Moro, …*, *- Signor Presidente, …*)
VOCATIVE_OPENERS = TURN_ENDS | DASHES | {",", ":", ";"}


class InterviewRules(FinderBase):
    """Answers of interviews set down without quote marks."""

    def interview_answer_end(self, doc: Doc, label: tuple[int, int], sent: Span) -> int | None:
        """An interview set down as *Nome: risposta* with the same label again further on (the
        label opens two sentences or more): the answer runs over the sentences up to the next
        label (*Nome:*, any name), a new paragraph or a quotation mark; its end character. None
        for a label found once (a headline)."""
        ctx = self.context(doc)
        if ctx.labels is None:
            ends = ((s.start, self._label_end(doc, s)) for s in ctx.sents)
            ctx.labels = Counter(tuple(ctx.norms[start:end]) for start, end in ends if end is not None)
        if ctx.labels[tuple(ctx.norms[label[0]:label[1]])] < 2:
            return None
        return self._answer_end(doc, bisect_left(ctx.sent_starts, sent.start),
                                lambda s: self._label_end(doc, s) is not None)

    def question_answers(self, doc: Doc, blocked) -> list[tuple[int, int, Speaker | None]]:
        """(start char, end char, interviewee) of each answer of an interview set down as
        questions in the writer's voice that address someone (*Le piace il suo lavoro?*,
        *Hai degli hobby?*), each followed by sentences in the first person: the answer runs
        to the next question, a new paragraph or a quotation mark. Only in a document with at
        least :data:`MIN_PAIRS` such pairs; the interviewee is the person the article says it
        interviews (*Abbiamo intervistato Marco Mattai*), else the person it names most before
        the first question."""
        ctx = self.context(doc)
        sents = ctx.sents
        answers = []
        for k, sent in enumerate(sents[:-1]):
            if not self._question(doc, sent, blocked, short_ok=bool(answers)):
                continue
            nxt = sents[k + 1]
            if any(t.text in QUOTE_CHARS for t in nxt):
                continue
            end = self._answer_end(doc, k + 1, lambda s: self._question(doc, s, blocked, short_ok=True))
            answer = doc.char_span(nxt.start_char, end, alignment_mode="expand") if end > nxt.start_char else None
            if answer is None or not any(self._first_person(t) for t in answer) \
                    or ctx.is_blocked(nxt.start_char, blocked):
                continue
            answers.append((nxt.start_char, end))
        if len(answers) < MIN_PAIRS:
            return []
        speaker = self.interviewee(doc, ctx.token_at(answers[0][0]))
        return [(start, end, speaker) for start, end in answers]

    def headed_interviewee(self, doc: Doc, start: int, end: int) -> Speaker | None:
        """The person the article's first line says it interviews (*Intervista ad Anna Bruni,
        fondatrice del festival*), for a quotation in marks at characters [start, end) that no
        cue signs and whose words are in the speaker's own voice (*«Una mia personale selezione…»*):
        the interviewee speaks them; else None."""
        ctx = self.context(doc)
        line_end = ctx.text.find("\n")
        if line_end < 0 or line_end >= start or not self.g.interview_stem:
            return None
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not any(self.own_words_mark(t) for t in span):  # (colons.ColonRules)
            return None
        for ent in ctx.ents_in_chars(0, line_end):
            lead = doc[max(0, ent.start - 3):ent.start]
            if ent.label_ == "PER" and any(norm_word(t).startswith(self.g.interview_stem) for t in lead):
                name = (doc._.kit_canonical_names or {}).get(span_key(ent.start_char, ent.end_char)) or ent.text
                return Speaker(name, "PER", ent.text, ent.start_char, ent.end_char, "interview")
        return None

    def turn_addressee(self, doc: Doc, i: int) -> Speaker | None:
        """The one spoken to in the turn of a transcript that token ``i`` stands in (*Arrigo
        Benedetti, «Paese sera» - Signor Presidente, lei parla di…*: turns each opened by a name
        and a dash, two or more in the document): the person the turn addresses by title and
        name (*onorevole Moro, …*), else the one labelling most other turns (ties: the turn
        after it, then the turn before). None outside a transcript or when no other person
        labels a turn."""
        turns = self._turns(doc)
        k = next((n for n in range(len(turns) - 1, -1, -1) if turns[n][0] < i), None)
        if len(turns) < 2 or k is None:
            return None
        def name(ent: Span) -> str:
            return ent._.kit_canonical  # (the canonical name kit_names gave it, else its text)

        def addressee(person: str) -> Speaker:
            return Speaker(person, "PER", doc[i].text, doc[i].idx, doc[i].idx + len(doc[i]), "interview")

        own = name(turns[k][1])
        for ent in self.context(doc).ents_in_tokens(turns[k][0] + 1, i):
            title = ent.start - 1
            if ent.label_ == "PER" and ent.end < i and doc[ent.end].text == "," and title > 0 \
                    and norm_word(doc[title]) in self.g.address_titles and not same_name(name(ent), own) \
                    and doc[title - 1].text in VOCATIVE_OPENERS:
                # "…, onorevole Moro, …": the turn names whom it speaks to (as the transcript
                # names him); not "l'onorevole Mancini, …", a third person
                labelled = next((e for _, e in turns if same_name(name(e), name(ent))), ent)
                return addressee(name(labelled))
        others = Counter(name(e) for _, e in turns if not same_name(name(e), own))
        if not others:
            return None
        ranked = others.most_common()
        tied = {n for n, c in ranked if c == ranked[0][1]}
        chosen = next((name(e) for _, e in turns[k + 1:] if name(e) in tied), None) \
            or next((name(e) for _, e in reversed(turns[:k]) if name(e) in tied), None)
        return addressee(chosen) if chosen is not None else None

    # -- helpers ------------------------------------------------------------------------------
    def _turns(self, doc: Doc) -> list[tuple[int, Span]]:
        """(dash token, person) of each turn of a transcript: a person's name after the end of
        a sentence (or at the start), then a dash (a newspaper or role after a comma may come
        between: *Candiano Falaschi, "l'Unità" -*) and a capitalized word."""
        ctx = self.context(doc)
        if ctx.turns is not None:
            return ctx.turns
        ctx.turns = []
        for ent in ctx.ents:
            if ent.label_ != "PER" or ent.start > 0 and doc[ent.start - 1].text not in TURN_ENDS:
                continue
            j = ent.end
            if j < len(doc) and doc[j].text == ",":
                j = next((m for m in range(j + 1, min(len(doc), j + MAX_LABEL_TAIL)) if doc[m].text in DASHES
                          or doc[m].text in (".", "?", "!")), j)
            if j + 1 < len(doc) and doc[j].text in DASHES and doc[j + 1].is_title:
                ctx.turns.append((j, ent))
        return ctx.turns

    def _label_end(self, doc: Doc, sent: Span) -> int | None:
        """End token of the name that opens the sentence before a colon (*Köcher: …*), else None."""
        ents = self.context(doc).ents_in_tokens(sent.start, sent.start + 1)
        if ents and ents[0].start == sent.start and ents[0].end < sent.end and doc[ents[0].end].text == ":":
            return ents[0].end
        return None

    def _answer_end(self, doc: Doc, k: int, stops) -> int:
        """End character of an answer whose first sentence is sentence ``k``: it runs over the
        next sentences until one that ``stops`` it, a new paragraph or a quotation mark. The
        last answer, which nothing stops (the document's line runs on into another text), ends
        with its last sentence in the first person (*…ho in programma un evento. Il momento non
        era giusto. Oggi ritengo che… **Wikivoyage raggiunge** i suoi primi articoli!*)."""
        ctx = self.context(doc)
        sents = ctx.sents
        end = sents[k].start_char + len(sents[k].text.rstrip())
        own = end
        for m in range(k + 1, min(len(sents), k + MAX_ANSWER)):
            nxt = sents[m]
            if stops(nxt) or "\n" in ctx.text[end:nxt.start_char] or any(t.text in QUOTE_CHARS for t in nxt):
                return end
            end = nxt.start_char + len(nxt.text.rstrip())
            if any(self._first_person(t) for t in nxt):
                own = end
        return own

    def _question(self, doc: Doc, sent: Span, blocked, short_ok: bool = False) -> bool:
        """A question in the writer's voice that addresses someone (a word in the second
        person: *suo*, *Le*, *hai*) or, with ``short_ok`` (once the interview has begun), any
        question of the writer's (*Dove si trova il magazzino?*, *Quali?*)."""
        words = [t for t in sent if not t.is_space]
        if not words or words[-1].text != "?" or any(t.text in QUOTE_CHARS for t in words):
            return False
        if self.context(doc).is_blocked(sent.start_char, blocked):
            return False
        if short_ok:
            return True  # (once the interview has begun, any question of the writer's)
        return any("2" in t.morph.get("Person") or norm_word(t) in self.g.addressing_words for t in words)

    @staticmethod
    def _first_person(token) -> bool:
        return "1" in token.morph.get("Person") and token.pos_ in ("VERB", "AUX", "PRON", "DET")

    def interviewee(self, doc: Doc, before: int) -> Speaker | None:
        """The person the article says it interviews, else the one it names most before token
        ``before``."""
        ctx = self.context(doc)
        names = doc._.kit_canonical_names or {}
        people = [e for e in ctx.ents_in_tokens(0, before) if e.label_ == "PER"]
        if not people:
            return None

        def speaker(ent: Span) -> Speaker:
            name = names.get(span_key(ent.start_char, ent.end_char)) or ent.text
            return Speaker(name, "PER", ent.text, ent.start_char, ent.end_char, "interview")

        for ent in people:
            lead = doc[max(0, ent.start - 3):ent.start]
            if self.g.interview_stem and any(norm_word(t).startswith(self.g.interview_stem) for t in lead):
                return speaker(ent)  # "Intervista a Marco Mattai", "Abbiamo intervistato Marco Mattai"
        counts = Counter((names.get(span_key(e.start_char, e.end_char)) or e.text) for e in people)
        top = counts.most_common(1)[0][0]
        return speaker(next(e for e in reversed(people) if (names.get(span_key(e.start_char, e.end_char)) or e.text) == top))
