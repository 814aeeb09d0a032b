"""Speech cues and speakers: the language-aware half of quotation finding.

Everything language-specific (speech verbs, source markers, titles, aliases) comes from the
:class:`~kit.rules.RuleSet`; the few closed word classes below (articles, prepositions,
auxiliaries) are Italian grammar rather than analyst rules. With a parser the subject of a cue is
taken from the parse; without one (or when the parse finds none) these patterns decide:

- the nearest name or description to the left of the cue that is not inside a prepositional
  phrase (*del Cremlino*) nor the object of another verb (*ha elogiato Kim*);
- for a coordinated cue (*… e ha assicurato*) or a gerund (*sottolineando*), the sentence's
  subject;
- after a quote (*«…», ha detto il ministro X*), the name that follows the cue;
- no subject in the sentence (Italian null subject, *Ha descritto…*): the subject of the
  previous sentence, with the cue's first word as the mention;
- a description (*il presidente russo*) becomes the person the article introduced with it
  (*il presidente russo Vladimir Putin*, *il portavoce …, Matthew Miller*).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .components.lemmatizer import lookup_lemma
from .extensions import span_key
from .names import same_name
from .lang.grammar import Grammar, grammar
from .rules import RuleSet, normalize

SPEAKER_LABELS = {"PER", "ORG", "LOC"}
SENT_END = ".!?…"
DASHES = {"-", "–", "—"}


@dataclass(frozen=True, kw_only=True)
class Cue:
    """A speech cue: the words (``text`` at ``start_char:end_char``) and what they govern."""

    start: int  # token indices
    end: int
    start_char: int
    end_char: int
    text: str
    complement: str  # che | di | colon | object | source
    content_start: int  # char offset where reported content starts
    region_start: int
    region_end: int  # char offset where the governed clause ends
    about_start: int
    rule: str
    coordinated: bool = False
    gerund: bool = False
    speaker_np: tuple[int, int] | None = None  # token range of the source (secondo X)
    inside_quote: bool = False  # "«…» – ha detto X – «…»" inside one pair of marks

    @property
    def lemma(self) -> str:
        return self.rule.split(":", 1)[1] if ":" in self.rule else self.rule


@dataclass(frozen=True)
class Speaker:
    name: str
    label: str | None
    mention: str
    start: int
    end: int
    #: the rule that chose this speaker (shown in tooltips and tables): ``source`` (secondo X),
    #: ``subject`` (the name before the cue), ``relative`` (X, che ha detto), ``shared``
    #: (coordinated cue or gerund), ``parse`` (the parser's subject), ``null-subject``
    #: (carried from the previous sentence), ``after-cue`` («…», ha detto X), ``previous-quote``
    #: (the speaker of the quote before), ``name-colon`` (Nome: «…»); ``+description`` or
    #: ``+salient`` when a description was resolved to a name
    how: str = ""

    def tagged(self, how: str) -> Speaker:
        """This speaker with ``how`` recorded (a resolution step already noted is kept)."""
        return replace(self, how=how + (f"+{self.how}" if self.how and not self.how.startswith(how) else ""))


def _tag(speaker: Speaker | None, how: str) -> Speaker | None:
    return speaker.tagged(how) if speaker is not None else None


class DocContext:
    """Per-document indexes so that every lookup is a bisect, not a scan of all entities
    (long documents stay linear). Built once per Doc and rule run, never stored on the Doc."""

    def __init__(self, doc: Doc, blocked: list[tuple[int, int]] | None = None) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token on each access: keep one copy
        self.ents = list(doc.ents)
        self.n_ents = len(self.ents)
        self.tok_starts = [e.start for e in self.ents]
        self.char_starts = [e.start_char for e in self.ents]
        self.blocked = blocked
        self._blocked_for: list | None = None
        self._blocked_starts: list[int] = []
        self.descriptions: dict | None = None
        # Token.sent and Doc.has_annotation scan the whole document on every call: index once
        self.sents = list(doc.sents) if len(doc) else []
        self.sent_starts = [sent.start for sent in self.sents]
        self.has_pos = doc.has_annotation("POS")
        self.has_morph = doc.has_annotation("MORPH")
        self.has_dep = doc.has_annotation("DEP")

    def is_blocked(self, char: int, blocked: list[tuple[int, int]] | None = None) -> bool:
        """Whether character ``char`` lies inside a quotation (``blocked`` ranges, sorted)."""
        ranges = self.blocked if blocked is None else blocked
        if not ranges:
            return False
        if ranges is not self._blocked_for:
            self._blocked_for, self._blocked_starts = ranges, [s for s, _ in ranges]
        k = bisect_right(self._blocked_starts, char) - 1
        return k >= 0 and char < ranges[k][1]

    def sent(self, i: int) -> Span:
        """The sentence holding token ``i``."""
        return self.sents[bisect_right(self.sent_starts, i) - 1]

    def sents_in(self, start: int, end: int) -> list[Span]:
        """Sentences overlapping the token range [start, end)."""
        first = bisect_right(self.sent_starts, start) - 1
        return self.sents[max(first, 0):bisect_left(self.sent_starts, end)]

    def ents_in_tokens(self, start: int, end: int) -> list[Span]:
        """Entities starting in token range [start, end) (they may end after ``end``)."""
        i, j = bisect_left(self.tok_starts, start), bisect_left(self.tok_starts, end)
        return self.ents[i:j]

    def ents_in_chars(self, start: int, end: int) -> list[Span]:
        """Entities lying inside the character range [start, end)."""
        i, j = bisect_left(self.char_starts, start), bisect_left(self.char_starts, end)
        return [e for e in self.ents[i:j] if e.end_char <= end]

    def ent_ending_at(self, char: int) -> Span | None:
        i = bisect_left(self.char_starts, char) - 1
        while i >= 0 and self.ents[i].end_char >= char - 200:
            if self.ents[i].end_char == char:
                return self.ents[i]
            i -= 1
        return None


def _norm(token: Token) -> str:
    return token.text.replace("’", "'").lower()


class SpeechFinder:
    """Cue and speaker finding for one RuleSet (compiled once, reused for every Doc)."""

    def __init__(self, rules: RuleSet, lang: str = "it") -> None:
        self.rules = rules
        self.lang = lang
        self.g = grammar(lang)  # the language's closed word classes (kit/lang/<code>/grammar.json)
        self.single_verbs = {v for v in rules.speech_verbs if " " not in v}
        self.multi_verbs: dict[str, list[list[str]]] = {}
        for verb in rules.speech_verbs:
            if " " in verb:
                head, *rest = verb.split()
                self.multi_verbs.setdefault(head, []).append(rest)
        self.need_object = {k: {normalize(n) for n in v} for k, v in rules.speech_verbs_need_object.items()}
        self.markers = sorted((normalize(m).split() for m in rules.source_markers), key=len, reverse=True)
        self.titles = {normalize(t) for t in rules.titles}
        self.object_verbs = set(rules.object_speech_verbs) | set(rules.speech_verbs_need_object)
        self.aliases = rules.alias_map()
        self.lemma_exceptions = {normalize(k): v for k, v in rules.lemma_exceptions.items()}

        self._ctx: DocContext | None = None

    def context(self, doc: Doc, blocked: list[tuple[int, int]] | None = None) -> DocContext:
        """The indexes of ``doc`` (rebuilt when the doc or its entities change)."""
        ctx = self._ctx
        if ctx is None or ctx.doc is not doc or (blocked is not None and ctx.blocked is not blocked):
            ctx = self._ctx = DocContext(doc, blocked)
        return ctx

    def reset(self) -> None:
        """Forget the indexes of the last Doc (call before processing a Doc whose entities
        may have changed since)."""
        self._ctx = None

    # -- lemmas and verbs --------------------------------------------------------------------
    def lemmas(self, token: Token) -> set[str]:
        out = {lookup_lemma(token.text, self.lang)}
        fixed = self.lemma_exceptions.get(_norm(token))
        if fixed:
            out.add(fixed)
        if token.lemma_:
            out.add(token.lemma_.lower())
        return out

    def is_verbish(self, token: Token) -> bool:
        if token.is_punct or token.is_space or not token.is_alpha:
            return False
        if self.context(token.doc).has_pos and token.pos_:
            return token.pos_ in ("VERB", "AUX")
        norm = _norm(token)
        lemma = lookup_lemma(token.text, self.lang)
        return lemma != norm and bool(self.g.infinitive.search(lemma)) and lemma not in self.g.articles

    def aux_start(self, doc: Doc, i: int, floor: int) -> int:
        """Index where the auxiliary chain before token ``i`` starts (``i`` when none)."""
        start = i
        j = i - 1
        while j >= floor:
            tok = doc[j]
            norm = _norm(tok)
            if self.lemmas(tok) & self.g.auxiliaries and tok.is_alpha:
                start = j
            elif norm in self.g.cue_adverbs or norm.endswith("mente"):
                pass
            else:
                break
            j -= 1
        # do not keep trailing adverbs that precede the auxiliary
        while start < i and _norm(doc[start]) in self.g.cue_adverbs and not self.lemmas(doc[start]) & self.g.auxiliaries:
            start += 1
        return start

    def _verb_cue(self, doc: Doc, i: int, sent: Span) -> tuple[int, int, str] | None:
        """(start, end, lemma) of a cue whose main verb is token ``i``."""
        token = doc[i]
        if not token.is_alpha or token.is_title and i != sent.start and not token.is_sent_start:
            return None
        lemmas = self.lemmas(token)
        norm = _norm(token)
        end = i + 1
        lemma = None
        for candidate in lemmas:
            for rest in self.multi_verbs.get(candidate, []):
                words = [_norm(t) for t in doc[i + 1:i + 1 + len(rest)]]
                if words == rest:
                    lemma, end = candidate + " " + " ".join(rest), i + 1 + len(rest)
        if lemma is None:
            hits = lemmas & self.single_verbs
            if not hits:
                return None
            lemma = sorted(hits)[0]
        if self.g.infinitive.search(norm) and norm in lemmas:
            return None  # an infinitive: "per ringraziare"
        if self.context(doc).has_pos and token.pos_ and token.pos_ not in ("VERB", "AUX"):
            if not (token.pos_ == "ADJ" and self.g.participle.search(norm)):
                return None
        if i > sent.start and _norm(doc[i - 1]) in self.g.articles | self.g.prepositions - {"e"}:
            return None  # "il detto", "della dichiarazione"
        start = self.aux_start(doc, i, sent.start)
        is_participle = self.g.participle.search(norm) and norm not in lemmas
        if self.context(doc).has_morph and token.morph.get("VerbForm"):
            is_participle = "Part" in token.morph.get("VerbForm")
        if is_participle and start == i:
            return None  # an adjectival participle: "il comunicato diffuso"
        head = lemma.split()[0]
        if head in self.need_object:
            nouns = self.need_object[head]
            for j in range(end, min(end + 4, sent.end)):
                if _norm(doc[j]) in nouns:
                    end = j + 1
                    if end < sent.end and _norm(doc[end]) in ("per", "su", "sul", "sulla", "sui", "sulle", "sugli", "sull'", "verso", "nei", "nel", "nella", "nelle", "negli", "nell'"):
                        end += 1
                    break
            else:
                return None
        return start, end, lemma

    # -- cues -----------------------------------------------------------------------------
    def find_cues(self, doc: Doc, blocked: list[tuple[int, int]] | None = None) -> list[Cue]:
        """Speech cues of ``doc`` in text order; none inside ``blocked`` character ranges
        (defaults to the document's quotations)."""
        if blocked is None:
            blocked = self._blocked(doc)
        raw: list[tuple[int, int, str, str, tuple[int, int] | None]] = []
        ctx = self.context(doc, blocked)
        is_blocked = ctx.is_blocked
        for sent in ctx.sents:
            i = sent.start
            while i < sent.end:
                tok = doc[i]
                if is_blocked(tok.idx):
                    dashed = i > sent.start and doc[i - 1].text in DASHES
                    verb = self._verb_cue(doc, i, sent) if dashed else None
                    if verb and self._closing_dash(doc, verb[1], sent):
                        raw.append((verb[0], verb[1], "inside", f"verb:{verb[2]}", None))
                        i = verb[1]
                        continue
                    i += 1
                    continue
                source = self._source_cue(doc, i, sent)
                if source:
                    raw.append(source)
                    i = source[1]
                    continue
                verb = self._verb_cue(doc, i, sent)
                if verb:
                    start, end, lemma = verb
                    raw.append((start, end, "verb", f"verb:{lemma}", None))
                    i = end
                    continue
                i += 1
        # a cue inside the reported clause of an earlier cue is part of what was reported
        # ("ha spiegato che le vittime non avevano denunciato…"), unless it is coordinated
        # with it ("… e ha affermato che") or a gerund/source of its own
        kept: list[tuple] = []
        for item in raw:
            start, end, kind, rule, np = item
            if kind == "inside":
                kept.append(item)
                continue
            if kept and kind == "verb":
                prev = self._build_cue(doc, *kept[-1], self.context(doc).sent(kept[-1][0]), None)
                inside = prev.complement in ("che", "di") and prev.content_start <= doc[start].idx < prev.region_end
                own = self._is_coordinated(doc, start, self.context(doc).sent(start)) or bool(self.g.gerund.search(_norm(doc[end - 1])))
                if inside and not own:
                    continue
            kept.append(item)
        cues = []
        for n, (start, end, kind, rule, np) in enumerate(kept):
            sent = self.context(doc).sent(start)
            nxt = kept[n + 1][0] if n + 1 < len(kept) and kept[n + 1][0] < sent.end else None
            cues.append(self._build_cue(doc, start, end, kind, rule, np, sent, nxt))
        return [c for c in cues if c is not None]

    def _closing_dash(self, doc: Doc, end: int, sent: Span) -> bool:
        """A dash closes the interruption within a few words: *– ha detto il ministro –*."""
        return any(t.text in DASHES for t in doc[end:min(end + 10, sent.end)])

    def is_infinitive(self, token: Token) -> bool:
        norm = _norm(token)
        if self.context(token.doc).has_morph and token.morph.get("VerbForm"):
            return "Inf" in token.morph.get("VerbForm")
        return norm in self.g.short_infinitives or (bool(self.g.infinitive.search(norm)) and norm in self.lemmas(token))

    def _di_infinitive(self, doc: Doc, j: int, end: int) -> bool:
        """``di`` + (``non``, clitics) + an infinitive at token ``j``: *di aver sbagliato*."""
        if j + 1 >= end or _norm(doc[j]) != "di":
            return False
        k = j + 1
        while k < end - 1 and _norm(doc[k]) in {"non", "più", "mai", "averne", "ne", "si", "ci", "essere"} - {"essere"}:
            k += 1
        return self.is_infinitive(doc[k]) or _norm(doc[k]) in self.g.short_infinitives

    def _object_then_di(self, doc: Doc, j: int, end: int) -> int | None:
        """Token index of ``di`` when a short object (a name, a pronoun, an article + noun)
        comes between the cue and ``di`` + infinitive: *accusa Rossi di aver mentito*."""
        for k in range(j, min(j + 7, end)):
            tok = doc[k]
            if _norm(tok) == "di" and k > j:
                return k if self._di_infinitive(doc, k, end) else None
            if tok.is_punct or _norm(tok) == "che" or (k > j and self.is_verbish(tok)):
                return None
        return None

    def object_end(self, doc: Doc, start_char: int, end_char: int) -> int:
        """Where the object noun phrase reported by a cue ends: before a comma, a colon, a dash
        or a conjunction that opens another clause (*ha negato ogni accusa, spiegando…*)."""
        if end_char <= start_char:
            return end_char
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None:
            return end_char
        for tok in span:
            if tok.i > span.start and _norm(tok) in self.g.object_stops:
                return tok.idx
        return end_char

    def content_end(self, doc: Doc, start_char: int, end_char: int) -> int:
        """Where reported content ends: before ``, ma``, ``, come``, ``, dopo``, ``, per``… or a
        comma and a gerund (*…, volgendo particolare attenzione*), which go back to the
        writer's voice; otherwise at ``end_char``."""
        if end_char <= start_char:
            return end_char
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None:
            return end_char
        for tok in span[1:-1]:
            if tok.text not in (",", ";", "(") :
                continue
            nxt = doc[tok.i + 1]
            norm = _norm(nxt)
            if tok.text in (";", "(") or norm in self.g.tail_openers or (self.g.gerund.search(norm) and nxt.is_lower):
                return tok.idx
        return end_char

    def reports_object(self, cue: Cue) -> bool:
        """Whether the object of this cue is reported content (*ha evidenziato l'importanza…*)
        rather than a plain object (*ha risposto alle domande*): only listed verbs."""
        return cue.lemma in self.object_verbs or cue.lemma.split()[0] in self.object_verbs

    def _is_coordinated(self, doc: Doc, start: int, sent: Span) -> bool:
        """The cue follows ``e``/``ma``/``poi``… or a comma that does not close an apposition
        (*L'avvocata, Giulia Neri, ha detto* is not coordinated)."""
        if start <= sent.start or _norm(doc[start - 1]) not in self.g.coordinators:
            return False
        if doc[start - 1].text == "," and start - 2 >= sent.start:
            before = doc[start - 2]
            if before.ent_iob_ in ("B", "I") or before.text == ")" or (before.is_title and not before.is_sent_start):
                return False
        return True

    def _source_cue(self, doc: Doc, i: int, sent: Span):
        """``secondo X, …`` / ``secondo X …`` / ``a detta di X`` / ``stando a X`` / ``per X, …``.

        The source X is a noun phrase (:meth:`source_np_end`): a name, an organisation, a
        description (*il governatore*, *il ministro dell'Economia*, *fonti della Procura*), with
        an apposition (*il ministro, Marco Bianchi,*). The content is the clause after it (with
        or without a comma), or, for a marker closing its sentence (*…, secondo l'Istat.*), the
        clause before it. ``per X`` counts only when it means "in X's opinion": at the start
        of a clause, a person, an organisation or a description (not a place: *per Parigi
        sedeva…*) and a comma (*Per Legambiente, …*).
        """
        for words in self.markers:
            if not _marker_at(doc, i, words, self.g):
                continue
            j = i + len(words)
            if j >= sent.end:
                return None
            first = doc[j]
            starts_clause = i == sent.start or _norm(doc[i - 1]) in self.g.clause_openers
            if i > sent.start and _norm(doc[i - 1]) in self.g.articles:
                return None  # "il secondo posto"
            if len(words) == 1 and doc[i].whitespace_ == "" and i + 1 < len(doc) and doc[i + 1].is_alpha:
                return None
            if words[0] in ("secondo", "per"):
                if not (_norm(first) in self.g.articles | self.g.source_pronouns | {"quanto", "fonti", "gli", "le"}
                        or first.is_title or _norm(first).endswith("'")):
                    return None
            np_end = self.source_np_end(doc, j, sent.end)
            if np_end <= j:
                return None
            after = doc[np_end].text if np_end < sent.end else ""
            closes = np_end >= sent.end - 1 or after in (")", ";")
            if words == ["per"]:
                # "Per Legambiente, …", "Per il fondatore del M5S Beppe Grillo è solo l'inizio"
                described = self._np_head(doc, j, np_end) in self.titles | self.g.group_speakers
                if not (starts_clause and np_end - j <= 10 and (after == "," or described)
                        and self._np_has_speaker(doc, j, np_end, strict=True, places=False)):
                    return None
            elif not (starts_clause or closes):
                return None
            elif words[0] == "secondo" and self._np_head(doc, j, np_end) in self.g.not_sources:
                return None  # "secondo le regole", "secondo posto": no source
            return (i, i + len(words), "source", f"source:{' '.join(words)}", (j, np_end))
        return None

    def _parenthetical_lead(self, doc: Doc, marker: int, sent: Span) -> int | None:
        """Start of the clause before a marker set off by commas (*L'incendio, secondo…*),
        when that clause is a short subject without a verb; else None."""
        if marker <= sent.start or doc[marker - 1].text != ",":
            return None
        k = marker - 1
        while k > sent.start and doc[k - 1].text not in (";", ":", "(", "\n") and _norm(doc[k - 1]) != "che":
            k -= 1
        words = doc[k:marker - 1]
        if not len(words) or len(words) > 12 or any(self._is_finite(t) for t in words):
            return None
        if any(t.text in ("«", "»", "“", "”", '"') for t in words):
            return None
        return k

    def _np_head(self, doc: Doc, start: int, end: int) -> str:
        """The first word of a noun phrase after its article, lower-cased."""
        for tok in doc[start:end]:
            if _norm(tok) not in self.g.articles:
                return _norm(tok)
        return ""

    def source_np_end(self, doc: Doc, j: int, limit: int) -> int:
        """End (token index) of the source noun phrase starting at ``j``: *il governatore*,
        *Coldiretti*, *il quotidiano Tiempo Argentino*, *le indagini appena avviate,*, *quanto
        riferito dal Tg regionale*, *loro*, with an apposition between commas (*il ministro,
        Marco Bianchi,*). It stops before a verb, an article opening the content, or a comma."""
        ctx = self.context(doc)
        ent_at = {e.start: e for e in ctx.ents_in_tokens(j, limit)}
        k = j
        if k < limit and _norm(doc[k]) == "quanto":  # "secondo quanto riferito (da X)"
            k += 1
            while k < limit and (_norm(doc[k]) in self.g.cue_adverbs or _norm(doc[k]).endswith("mente")):
                k += 1
            if k < limit and doc[k].is_alpha and self.is_verbish(doc[k]):
                k += 1
            if k < limit and _norm(doc[k]) in self.g.forms("da") | {"in", "nel", "nella", "su", "sul", "sulla"}:
                k += 1
            else:
                return k
        if k < limit and _norm(doc[k]) in self.g.source_pronouns:
            return k + 1
        # with a comma close by and no finite verb before it, the phrase runs to the comma
        for c in range(k, min(k + 14, limit)):
            if doc[c].text == ",":
                if c > k and not any(self._is_finite(t) or _norm(t) == "che" for t in doc[k:c]):
                    return self._apposition(doc, c, limit, ent_at)
                break
            if doc[c].text in (";", ":", ".", "(", "«", "“", '"'):
                break
        if k < limit and _norm(doc[k]) in self.g.articles:
            k += 1
        start = k
        lowercase_nouns = 0
        ent_ends = {e.end - 1 for e in ent_at.values()}
        while k < limit and k - j < 14:
            tok = doc[k]
            norm = _norm(tok)
            if k in ent_at:
                k = ent_at[k].end
                continue
            if norm in self.titles or norm in self.g.group_speakers:
                k += 1
                continue
            if tok.is_title and not self.is_verbish(tok) and norm not in self.g.articles | self.g.prepositions:
                k += 1
                continue
            after_common = k == start or (_norm(doc[k - 1]) in self.titles | self.g.group_speakers or doc[k - 1].is_lower)
            if tok.is_alpha and tok.is_lower and norm not in self.g.prepositions | self.g.articles | self.g.cue_adverbs | {"che"} \
                    and not self._is_finite(tok) and after_common and lowercase_nouns < 2 and (k - 1) not in ent_ends:
                lowercase_nouns += 1  # a head noun or an adjective: "i rilievi", "fonti governative"
                k += 1
                continue
            if k > start and norm in self.g.forms("di") | self.g.forms("da") and k + 1 < limit:
                nxt = doc[k + 1]
                if nxt.is_title or _norm(nxt) in self.titles | self.g.group_speakers or _norm(nxt) in self.g.articles:
                    k += 1
                    continue
                if nxt.is_alpha and nxt.is_lower and not self._is_finite(nxt) and (k + 1) not in ent_at:
                    k += 2  # "la ricostruzione dei fatti"
                    continue
            break
        return self._apposition(doc, k, limit, ent_at)

    def _apposition(self, doc: Doc, k: int, limit: int, ent_at: dict) -> int:
        """Past an apposition: "il ministro dell'Economia, Marco Bianchi, …"."""
        if k + 1 < limit and doc[k].text == "," and (k + 1) in ent_at and ent_at[k + 1].label_ == "PER":
            end = ent_at[k + 1].end
            if end < limit and doc[end].text == ",":
                return end
        return k

    def _is_finite(self, token: Token) -> bool:
        """A finite verb (or an auxiliary): the phrase before it cannot be a noun phrase."""
        if not token.is_alpha:
            return False
        if self.context(token.doc).has_morph and token.morph.get("VerbForm"):
            return "Fin" in token.morph.get("VerbForm")
        if token.i > 0 and _norm(token.doc[token.i - 1]) in self.g.articles | self.g.prepositions:
            return False  # "l'incendio", "del voto": a noun
        return self.is_verbish(token) and not self.g.participle.search(_norm(token)) and not self.g.infinitive.search(_norm(token))

    def _np_has_speaker(self, doc: Doc, start: int, end: int, strict: bool = False, places: bool = True) -> bool:
        labels = SPEAKER_LABELS if places else SPEAKER_LABELS - {"LOC"}
        ents = [e for e in self.context(doc).ents_in_tokens(start, end) if e.end <= end]
        if not places and any(e.label_ == "LOC" for e in ents):
            return False  # "per Parigi": a place, not an opinion
        if any(e.label_ in labels for e in ents):
            return True
        if not places and any(_norm(t) in self.titles for t in doc[start:end]):
            return True
        if strict:
            return False
        return any(_norm(t) in self.titles for t in doc[start:end]) or \
            normalize(doc[start:end].text) in self.aliases

    def _build_cue(self, doc, start, end, kind, rule, np, sent: Span, next_start: int | None):
        text = self.context(doc).text
        sent_end = sent.end
        region_end_tok = next_start if next_start is not None else sent_end
        # the connecting word before the next cue belongs to neither clause
        while region_end_tok > end and _norm(doc[region_end_tok - 1]) in self.g.coordinators | {"e", "ed"}:
            region_end_tok -= 1
        region_end = doc[region_end_tok - 1].idx + len(doc[region_end_tok - 1]) if region_end_tok > end else doc[end - 1].idx + len(doc[end - 1])
        colon = text.find(":", doc[end - 1].idx, region_end)
        while colon != -1:
            after = text[colon + 1:region_end].lstrip()
            if after[:1] in "«“„\"‘":
                region_end = colon  # "ha ribadito che X: «…»": the quote is direct
                break
            colon = text.find(":", colon + 1, region_end)
        cue_span = doc[start:end]
        coordinated = self._is_coordinated(doc, start, sent)
        gerund = bool(self.g.gerund.search(_norm(doc[end - 1]))) and kind == "verb"
        if kind == "source":
            np_start, np_end = np
            closes = np_end >= sent_end - 1 or doc[np_end].text in (")", ";")
            lead = self._parenthetical_lead(doc, start, sent)
            if lead is not None and np_end < sent_end and doc[np_end].text == ",":
                # "L'incendio, secondo le testimonianze, è scoppiato…": the marker sits inside
                # the content, which starts with the clause
                content_start = doc[lead].idx
                about_start = region_start = content_start
            elif np_end < sent_end and doc[np_end].text == ",":
                content_start = doc[np_end].idx + 1
                about_start = content_start
                region_start = content_start
            elif not closes or start == sent.start:
                # "Secondo il governatore i fondi arriveranno…": the clause after the source
                content_start = doc[min(np_end, sent_end - 1)].idx
                region_start = about_start = content_start
            else:
                # "La crisi è grave, secondo il ministro." -> the sentence before the marker
                content_start = doc[sent.start].idx
                region_start = about_start = content_start
                region_end = doc[start - 1].idx + len(doc[start - 1]) if start > sent.start else cue_span.end_char
            return Cue(start=start, end=end, start_char=cue_span.start_char, end_char=cue_span.end_char,
                       text=cue_span.text, complement="source", content_start=content_start,
                       region_start=region_start, region_end=region_end, about_start=about_start, rule=rule,
                       coordinated=coordinated, speaker_np=np)
        if kind == "inside":
            return Cue(start=start, end=end, start_char=cue_span.start_char, end_char=cue_span.end_char,
                       text=cue_span.text, complement="object", content_start=cue_span.end_char,
                       region_start=cue_span.end_char, region_end=cue_span.end_char,
                       about_start=cue_span.end_char, rule=rule, inside_quote=True)
        j = end
        while j < sent_end and (_norm(doc[j]) in self.g.cue_adverbs - self.g.clitics or _norm(doc[j]).endswith("mente")):
            j += 1
        complement = "object"
        cue_end_tok = end
        content_start = doc[j].idx if j < sent_end else cue_span.end_char
        if j < sent_end and doc[j].text == ":":
            complement, content_start = "colon", doc[j].idx + 1
        elif j < sent_end and _norm(doc[j]) == "che":
            complement, content_start, cue_end_tok = "che", doc[j].idx + len(doc[j]), j + 1
        elif self._di_infinitive(doc, j, sent_end):
            complement, content_start = "di", doc[j].idx
        elif j + 1 < sent_end and _norm(doc[j]) in self.g.forms("di") and lemma_reports_of(self, rule):
            # "hanno riferito di un solo morto", "parlavano di due vittime": what was reported
            content_start = doc[j + 1].idx if _norm(doc[j]) == "di" else doc[j].idx
        else:
            # "ha accusato la Russia di aver invaso…": the accused, then di + infinitive
            k = self._object_then_di(doc, j, sent_end)
            if k is not None:
                complement, content_start = "di", doc[k].idx
        cue_span = doc[start:cue_end_tok]
        return Cue(start=start, end=cue_end_tok, start_char=cue_span.start_char, end_char=cue_span.end_char,
                   text=cue_span.text, complement=complement, content_start=content_start,
                   region_start=cue_span.end_char, region_end=max(region_end, content_start),
                   about_start=cue_span.end_char, rule=rule, coordinated=coordinated, gerund=gerund)

    # -- candidates ------------------------------------------------------------------------
    def _np_start(self, doc: Doc, start: int, floor: int) -> int:
        """Extend a name leftwards over its title and article: *il presidente russo* Putin."""
        j = start - 1
        new_start = start
        while j >= floor and j >= start - 4:
            norm = _norm(doc[j])
            if norm in self.titles:
                new_start = j
            elif norm in self.g.articles and new_start == j + 1:
                new_start = j
                break
            elif doc[j].is_alpha and doc[j].is_lower and norm not in self.g.prepositions and new_start == j + 1 and j - 1 >= floor and _norm(doc[j - 1]) in self.titles:
                pass  # an adjective after a title: "presidente *russo*"
            else:
                break
            j -= 1
        return new_start

    def _is_free(self, doc: Doc, np_start: int, floor: int) -> bool:
        """A name is a possible subject unless a preposition or a verb governs it."""
        if np_start <= floor:
            return True
        prev = doc[np_start - 1]
        norm = _norm(prev)
        if norm in self.g.prepositions:
            return False
        if prev.is_alpha and self.is_verbish(prev) and not self.lemmas(prev) & self.g.auxiliaries:
            return False
        return True

    def _descriptions(self, doc: Doc, sent: Span) -> list[tuple[int, int]]:
        """Token ranges of descriptions (article + title + adjectives) in a sentence."""
        out = []
        for i in range(sent.start, sent.end):
            if _norm(doc[i]) in self.titles and i > sent.start and _norm(doc[i - 1]) in self.g.articles:
                end = i + 1
                while end < sent.end and doc[end].is_alpha and doc[end].is_lower and _norm(doc[end]) not in self.g.prepositions | self.g.articles and end - i < 3 and not self.is_verbish(doc[end]):
                    end += 1
                # "il capo dello Stato", "il ministro dell'Economia": a named domain belongs to it;
                # "il portavoce della questura": so does a common one
                if end + 1 < sent.end and _norm(doc[end]) in self.g.forms("di") and doc[end + 1].is_title \
                        and not self.context(doc).ents_in_tokens(end + 1, end + 2):
                    end += 2
                    while end < sent.end and doc[end].is_title and end - i < 6:
                        end += 1
                elif end + 1 < sent.end and _norm(doc[end]) in self.g.forms("di") and doc[end + 1].is_alpha \
                        and doc[end + 1].is_lower and not self._is_finite(doc[end + 1]) \
                        and not self.context(doc).ents_in_tokens(end + 1, end + 2):
                    end += 2
                out.append((i - 1, end))
        return out

    def _candidates(self, doc: Doc, sent: Span, before: int, blocked) -> list[tuple[int, int, Span | None]]:
        """(np_start, end, entity or None) candidates ending before token ``before``."""
        cands = []
        ents = [e for e in self.context(doc).ents_in_tokens(sent.start, before)
                if e.end <= before and e.label_ in SPEAKER_LABELS]
        covered = set()
        for ent in ents:
            if self.context(doc).is_blocked(ent.start_char, blocked):
                continue
            np_start = self._np_start(doc, ent.start, sent.start)
            if ent.label_ != "PER" and np_start < ent.start:
                # "la senatrice Pd": a person described by an organisation, not the organisation
                cands.append((np_start, ent.end, None))
            else:
                cands.append((np_start, ent.end, ent))
            covered.update(range(np_start, ent.end))
        for start, end in self._descriptions(doc, sent):
            if end <= before and start not in covered and not self.context(doc).is_blocked(doc[start].idx, blocked):
                # a description followed by a name is that name (handled above)
                nxt = [e for e in ents if e.start == end]
                if not nxt:
                    cands.append((start, end, None))
        cands.sort()
        return cands

    def _first_verb(self, doc: Doc, sent: Span) -> int:
        for tok in sent:
            if self.is_verbish(tok):
                return tok.i
        return sent.end

    def sentence_subject(self, doc: Doc, sent: Span, blocked) -> tuple[int, int, Span | None] | None:
        """The subject of a sentence: the first free name before its first verb."""
        first_verb = self._first_verb(doc, sent)
        for cand in self._candidates(doc, sent, first_verb, blocked):
            if self._is_free(doc, cand[0], sent.start):
                return cand
        return None

    # -- speakers --------------------------------------------------------------------------
    def speaker_for(self, doc: Doc, cue: Cue, previous: Speaker | None = None) -> Speaker | None:
        """The speaker of a cue (see the module docstring for the rules).

        ``previous`` is the speaker of the cue before it in the same sentence, which a
        coordinated cue or a gerund shares (*Putin ha elogiato… e ha assicurato…*).
        """
        if cue.speaker_np is not None:
            return _tag(self._from_range(doc, *cue.speaker_np), "source")
        blocked = self._blocked(doc)
        sent = self.context(doc).sent(cue.start)
        antecedent = self._relative_antecedent(doc, cue, sent, blocked)
        if antecedent is not None:
            return antecedent.tagged("relative")
        if cue.coordinated or cue.gerund:
            if previous is not None:
                return previous.tagged("shared")
            subject = self.sentence_subject(doc, sent, blocked)
            if subject is not None:
                return _tag(self.from_candidate(doc, subject), "shared")
            if cue.gerund:
                carried = self._previous_subject(doc, sent, blocked)
                if carried is not None:
                    return carried.tagged("null-subject")
        for cand in reversed(self._candidates(doc, sent, cue.start, blocked)):
            if self._is_free(doc, cand[0], sent.start):
                return _tag(self.from_candidate(doc, cand), "subject")
        parsed = self._from_parse(doc, cue, blocked)
        if parsed is not None:
            return parsed.tagged("parse")
        # null subject: carry the previous sentence's subject
        if not self._has_words_before(doc, sent, cue.start, blocked):
            carried = previous or self._previous_subject(doc, sent, blocked)
            if carried is not None:
                mention = doc[cue.start]
                return Speaker(carried.name, carried.label, mention.text, mention.idx, mention.idx + len(mention),
                               "null-subject")
        return None

    def _relative_antecedent(self, doc: Doc, cue: Cue, sent: Span, blocked) -> Speaker | None:
        """*…Nicolas Sarkozy, che ha detto…*: the subject of a cue introduced by the relative
        pronoun ``che`` is the name or description right before the comma."""
        k = cue.start - 1
        while k > sent.start and (_norm(doc[k]) in self.g.cue_adverbs or _norm(doc[k]).endswith("mente")):
            k -= 1
        if k <= sent.start + 1 or _norm(doc[k]) not in ("che", "il quale", "la quale") or doc[k - 1].text != ",":
            return None
        comma = k - 1
        for cand in reversed(self._candidates(doc, sent, comma, blocked)):
            if cand[1] == comma or (cand[1] < comma and all(t.text in ",)" or t.is_title for t in doc[cand[1]:comma])):
                return self.from_candidate(doc, cand)
            break
        return None

    def _has_words_before(self, doc, sent, start, blocked=()) -> bool:
        return any(t.is_alpha and _norm(t) not in self.g.cue_adverbs | self.g.coordinators | self.g.pronouns
                   and not self.context(doc).is_blocked(t.idx, blocked) for t in doc[sent.start:start])

    def _blocked(self, doc: Doc) -> list[tuple[int, int]]:
        ctx = self.context(doc)
        if ctx.blocked is None:
            from .quotemarks import find_mark_pairs, outermost

            ctx.blocked = [(p.start, p.end) for p in outermost(find_mark_pairs(ctx.text))]
        return ctx.blocked

    def _previous_subject(self, doc: Doc, sent: Span, blocked) -> Speaker | None:
        start = sent.start
        for _ in range(2):
            if start == 0:
                return None
            prev = self.context(doc).sent(start - 1)
            if prev.start == start:
                return None
            subject = self.sentence_subject(doc, prev, blocked)
            if subject is not None:
                return self.from_candidate(doc, subject)
            start = prev.start
        return None

    def _from_parse(self, doc: Doc, cue: Cue, blocked) -> Speaker | None:
        if not self.context(doc).has_dep:
            return None
        verb = doc[cue.end - 1]
        for tok in (verb, verb.head):
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")]
            if subjects and subjects[0].dep_ == "nsubj:pass":
                # "L'attacco è condannato da Obama": the agent speaks, not the subject
                agents = [c for c in tok.children if c.dep_ in ("obl:agent", "obl")
                          and any(_norm(t) in self.g.forms("da") for t in c.lefts)]
                if not agents:
                    return None
                subjects = agents
            if subjects:
                subj = subjects[0]
                if _norm(subj) in self.g.pronouns or subj.pos_ == "PRON" or _norm(subj) in ("che", "cui", "chi"):
                    return None
                left, right = subj.left_edge.i, subj.right_edge.i + 1
                if self.context(doc).is_blocked(doc[left].idx, blocked):
                    return None
                found = self._from_range(doc, left, right)
                if found is None and subj.pos_ == "NOUN" and subj.i < cue.start and _norm(doc[left]) in self.g.definite:
                    # "Il macchinista rimasto illeso ha dichiarato": an unnamed, definite speaker
                    words = []
                    for t in doc[left + 1:min(right, subj.i + 4)]:
                        if not t.is_alpha:
                            break
                        words.append(t.text)
                    if words:
                        return Speaker(" ".join(words), None, doc[left:right].text, doc[left].idx,
                                       doc[right - 1].idx + len(doc[right - 1]))
                return found
            if tok.dep_ not in ("conj", "advcl", "xcomp"):
                break
        return None

    def speaker_after(self, doc: Doc, cue: Cue) -> Speaker | None:
        """The name right after a cue: «…», ha detto *il ministro Giorgetti*, ha dichiarato
        *la presidente della Commissione, Ursula von der Leyen*."""
        sent_end = self.context(doc).sent(cue.start).end
        j = cue.end
        limit = min(sent_end, cue.end + 14)
        ents = {e.start: e for e in self.context(doc).ents_in_tokens(j, limit) if e.label_ in SPEAKER_LABELS}
        k = j
        while k < limit:
            tok = doc[k]
            if k in ents:
                ent = ents[k]
                if not (k > j and _norm(doc[k - 1]) in self.g.prepositions):
                    return self._from_span(doc, ent).tagged("after-cue")
                k = ent.end
                continue
            if tok.text in (".", ";", ":", "!", "?", "«", "»", "“", "”", '"') or tok.is_space or (
                    k > j and self.is_verbish(tok) and not self.g.participle.search(_norm(tok))):
                break
            k += 1
        for start, end in self._descriptions(doc, self.context(doc).sent(cue.start)):
            if start == j:
                return _tag(self._from_range(doc, start, end), "after-cue")
        return None

    def entity_ending_at(self, doc: Doc, char: int) -> Span | None:
        """A speaker-like entity ending just before character ``char`` (e.g. before a colon)."""
        ent = self.context(doc).ent_ending_at(char)
        return ent if ent is not None and ent.label_ in SPEAKER_LABELS else None

    def speaker_from_span(self, doc: Doc, span: Span) -> Speaker:
        return self._from_span(doc, span)

    def from_candidate(self, doc: Doc, cand) -> Speaker:
        np_start, end, ent = cand
        if ent is not None:
            return self._from_span(doc, ent)
        return self._from_range(doc, np_start, end)

    def _from_span(self, doc: Doc, ent: Span) -> Speaker:
        names = doc._.kit_canonical_names or {}
        name = names.get(span_key(ent.start_char, ent.end_char)) or self.aliases.get(normalize(ent.text)) or ent.text
        return Speaker(name, ent.label_, ent.text, ent.start_char, ent.end_char)

    def _from_range(self, doc: Doc, start: int, end: int) -> Speaker | None:
        """A speaker from a phrase: an entity inside it, else a resolved description."""
        ents = [e for e in self.context(doc).ents_in_tokens(start, end) if e.end <= end and e.label_ in SPEAKER_LABELS]
        head_is_title = start < end and self._np_head(doc, start, end) in self.titles | self.g.group_speakers
        if ents:
            free = [e for e in ents if self._is_free(doc, self._np_start(doc, e.start, start), start)]
            # "Il sessantenne di Varese", "la capotreno del Trenord": a place or body after a
            # preposition only qualifies the head noun
            if free or not head_is_title and not any(e.label_ == "LOC" for e in ents):
                return self._from_span(doc, (free or ents)[0])
            if any(e.label_ == "PER" for e in ents):
                return self._from_span(doc, next(e for e in ents if e.label_ == "PER"))
        span = doc[start:end]
        if not span.text.strip():
            return None
        resolved = self.resolve_description(doc, span, salient=True)
        if resolved is not None:
            name, label = resolved
            return Speaker(name, label, span.text, span.start_char, span.end_char, "description")
        if not self.is_description(span):
            return None  # "ogni accusa", "le dichiarazioni", a clause: never a speaker
        return Speaker(_strip_article(self.g, span.text), None, span.text, span.start_char, span.end_char)

    def is_description(self, span: Span) -> bool:
        """A phrase that can name a speaker without a name: a title or a group noun heads it
        (*il portavoce della Protezione civile*, *fonti della Procura*, *i manifestanti*), short,
        with no verb."""
        words = [t for t in span if t.is_alpha and _norm(t) not in self.g.articles]
        if not words or len(words) > 8 or any(self.is_verbish(t) and not self.g.participle.search(_norm(t)) for t in words[1:]):
            return False
        heads = [_norm(w) for w in words[:2]]  # "le prime agenzie": an adjective may come first
        return any(h in self.titles or h in self.g.group_speakers for h in heads) or (
            words[0].is_title and not words[0].is_sent_start)

    def resolve_description(self, doc: Doc, span: Span, salient: bool = False) -> tuple[str, str] | None:
        """*il presidente russo* -> the person the article introduced with these words.

        With ``salient`` (speakers only), a definite description headed by a title the
        article did not introduce (*il magistrato*, *il paroliere*) falls back to the person
        named last before it, and a newspaper or agency (*il giornale*) to the organisation
        named last: the referent a reader would pick."""
        alias = self.aliases.get(normalize(span.text)) or self.aliases.get(normalize(_strip_article(self.g, span.text)))
        if alias:
            names = doc._.kit_canonical_names or {}
            label = next((e.label_ for e in doc.ents if names.get(span_key(e.start_char, e.end_char)) == alias), None)
            return alias, label
        table = self._description_table(doc)
        words = [w for w in normalize(span.text).split() if w not in self.g.articles]
        for size in range(len(words), 0, -1):
            key = " ".join(words[:size])
            if key in table:
                return table[key]
        if salient and words and _norm(span[0]) in self.g.definite:
            if words[0] in self.titles:
                titled = {value[0] for value in table.values()}
                return self._last_named(doc, span.start_char, "PER", among=titled)
            if words[0] in self.g.media_nouns:
                return self._last_named(doc, span.start_char, "ORG")
        return None

    def _last_named(self, doc: Doc, char: int, label: str, window: int = 1500,
                    among: set[str] | None = None) -> tuple[str, str] | None:
        """The canonical name of the last ``label`` entity before ``char`` (within ``window``),
        only one of ``among`` when given (people the article introduced with a title)."""
        names = doc._.kit_canonical_names or {}
        for ent in reversed(self.context(doc).ents_in_chars(max(0, char - window), char)):
            name = names.get(span_key(ent.start_char, ent.end_char), ent.text)
            if ent.label_ == label and len(ent.text) > 2 and (among is None or any(same_name(name, a) for a in among)):
                return name, label
        return None

    def _description_table(self, doc: Doc) -> dict[str, tuple[str, str]]:
        ctx = self.context(doc)
        if ctx.descriptions is not None:
            return ctx.descriptions
        table: dict[str, tuple[str, str]] = {}
        ambiguous: set[str] = set()
        names = doc._.kit_canonical_names or {}
        for ent in doc.ents:
            if ent.label_ != "PER":
                continue
            j = ent.start - 1
            if j >= 0 and doc[j].text == ",":
                j -= 1  # apposition: "il portavoce del Dipartimento di Stato, Matthew Miller"
                k = j
                while k >= 0 and k > j - 8 and _norm(doc[k]) not in self.titles and doc[k].text not in ".;:\n":
                    k -= 1
                if k < 0 or _norm(doc[k]) not in self.titles:
                    continue
                j = k + 2 if k + 1 < ent.start and doc[k + 1].is_lower and doc[k + 1].is_alpha and _norm(doc[k + 1]) not in self.g.prepositions else k + 1
                start = k
            else:
                start = self._np_start(doc, ent.start, max(0, ent.start - 4))
                j = ent.start
                if start == ent.start:
                    # "il governatore della Lombardia Attilio Fontana": back over the domain
                    k = ent.start - 1
                    while k >= max(0, ent.start - 8) and _norm(doc[k]) not in self.titles and (
                            doc[k].is_title or _norm(doc[k]) in self.g.forms("di") | self.g.articles or doc[k].ent_iob_ in ("B", "I")):
                        k -= 1
                    if k >= 0 and _norm(doc[k]) in self.titles and k < ent.start - 1:
                        start, j = k, k + 1
                        while j < ent.start and doc[j].is_lower and doc[j].is_alpha and _norm(doc[j]) not in self.g.prepositions:
                            j += 1
            words = [_norm(t) for t in doc[start:j] if _norm(t) not in self.g.articles and t.is_alpha]
            if not words or words[0] not in self.titles:
                continue
            value = (names.get(span_key(ent.start_char, ent.end_char), ent.text), ent.label_)
            for size in range(len(words), 0, -1):
                k = " ".join(words[:size])
                if k in table and table[k] != value:
                    ambiguous.add(k)
                table.setdefault(k, value)
        for k in ambiguous:
            table.pop(k, None)
        ctx.descriptions = table
        return table

    # -- about -----------------------------------------------------------------------------
    def about(self, doc: Doc, start: int, end: int, speaker: str | None) -> tuple[str, ...]:
        """Canonical names of what the text between two offsets names (entities, and
        descriptions the article resolves: *il presidente russo*), minus the speaker."""
        names = doc._.kit_canonical_names or {}
        found: list[tuple[int, str]] = []
        for ent in self.context(doc).ents_in_chars(start, end):
            found.append((ent.start_char, names.get(span_key(ent.start_char, ent.end_char), ent.text)))
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None and len(span):
            for sent in self.context(doc).sents_in(span.start, span.end):
                for d_start, d_end in self._descriptions(doc, sent):
                    phrase = doc[d_start:d_end]
                    if phrase.start_char >= start and phrase.end_char <= end and not any(
                            e.start == d_end for e in self.context(doc).ents_in_tokens(d_end, d_end + 1)):
                        resolved = self.resolve_description(doc, phrase)
                        if resolved is not None:
                            found.append((phrase.start_char, resolved[0]))
        out: list[str] = []
        for _, name in sorted(found):
            if speaker and same_name(name, speaker):
                continue
            if name not in out:
                out.append(name)
        return tuple(out)


def lemma_reports_of(finder: SpeechFinder, rule: str) -> bool:
    """Whether the cue's verb reports what it is *about* with ``di`` (*riferire di*, *parlare di*)."""
    lemma = rule.split(":", 1)[-1].split()[0]
    return lemma in finder.object_verbs and lemma in REPORTS_OF


#: verbs whose "di + noun phrase" is the reported content (language data: the rule file's
#: object verbs decide which of them are speech at all)
REPORTS_OF = {"riferire", "parlare", "raccontare"}


def _marker_at(doc: Doc, i: int, words: list[str], g: Grammar) -> bool:
    """The marker's words at token ``i``; a final preposition may be contracted (*ai*, *degli*)."""
    if i + len(words) > len(doc):
        return False
    for k, word in enumerate(words):
        norm = _norm(doc[i + k])
        last = k == len(words) - 1 and len(words) > 1
        if norm != word and not (last and norm in g.contracted.get(word, ())):
            return False
    return True


def _strip_article(g: Grammar, text: str) -> str:
    words = text.split()
    if words and words[0].replace("’", "'").lower() in g.articles:
        words = words[1:]
    return " ".join(words) or text

