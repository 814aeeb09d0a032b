"""Descriptions: *il presidente russo*, *il portavoce della questura*, *il magistrato*, resolved to the
person or body the article introduced with them, and the *about* list of a quote's content."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span

from ..extensions import span_key
from ..names import same_name
from ..rules import normalize
from .base import FinderBase, norm_word, strip_article


#: marks a name can end with that a content's trimmed end leaves out (*Yahoo!*, *S.p.A.*, *Jr.*)
_NAME_END_MARKS = "!.?"


#: how far back (characters) the people a counted group (*i quattro*, *dei due*) stands for may
#: have been named: a group named together once is referred to by its number several sentences on
GROUP_WINDOW = 1000
#: how far back, in characters, a description looks for the name it stands for (the passage
#: around it: the person it names most, the one introduced with its title)
PASSAGE_CHARS = 1500


class DescriptionRules(FinderBase):
    """Finding descriptions, resolving them to names, and what a content is about."""

    def _descriptions(self, doc: Doc, sent: Span, prepositions: bool = False) -> list[tuple[int, int]]:
        """Token ranges of descriptions (article + title + adjectives) in a sentence (computed
        once per sentence and document); with ``prepositions``, also those after a preposition
        joined to the article (*nei confronti **del presidente del Senato***), without it."""
        cache = self.context(doc).sentence_descriptions
        key = (sent.start, "prepositions") if prepositions else sent.start
        if key not in cache:
            cache[key] = self._find_descriptions(doc, sent, prepositions)
        return cache[key]

    def _find_descriptions(self, doc: Doc, sent: Span, prepositions: bool = False) -> list[tuple[int, int]]:
        out = []
        synonym_starts = self.title_synonym_starts
        norms = self.context(doc).norms
        openers = self.g.articles | self.g.articulated_prepositions if prepositions else self.g.articles
        for i in range(sent.start, sent.end):
            # (back over one modifier of the office right before the title: "il nuovo presidente",
            # "l'attuale ministro", "il neoeletto sindaco", "il nuovo numero uno")
            opener = i - 2 if i - 2 >= sent.start and norms[i - 1] in self.g.title_modifiers else i - 1
            if opener >= sent.start and norms[i] in synonym_starts and norms[opener] in openers:
                size, _ = self._title_synonym(norms[i:min(i + 4, sent.end)])
                if size:
                    out.append((self._opening(norms, opener, sent.start), i + size))  # "il primo cittadino"
                    continue
            before = i - 1  # (back over "ex" and a modifier before it: "l'ex premier", "l'ormai ex premier")
            hyphen = before - 1 > sent.start and doc[before].text == "-" and not doc[before].whitespace_ \
                and norms[before - 1] in self.g.former_words
            if hyphen:
                before -= 1  # "l'ex-presidente", tokenized "ex", "-", "presidente"
            while before > sent.start and (hyphen or norms[i - 1] in self.g.former_words) \
                    and norms[before] in self.g.former_words | self.g.title_modifiers:
                before -= 1
            if before == i - 1 and before > sent.start and norms[before] in self.g.title_modifiers:
                before -= 1  # "il nuovo presidente", "l'attuale sindaca"
            if (norms[i] in self.titles or prepositions and norms[i] in self.g.kin_nouns) \
                    and i > sent.start and norms[before] in openers:  # (in a content: "del figlio")
                end = i + 1
                while end < sent.end and doc[end].is_alpha and doc[end].is_lower and end - i < 3 \
                        and norm_word(doc[end]) not in self.g.prepositions | self.g.articles | self.g.clitics \
                        | self.g.relative_words | {"che"} and doc[end].pos_ != "ADV" \
                        and not self.is_verbish(doc[end]) and not self._ends_coordination(doc, end, sent.end):
                    end += 1  # not "il ministro *si* è detto", "il ministro *che*…", "*non*", "il ministro *e* dice"
                # "il capo dello Stato", "il ministro dell'Economia": a named domain belongs to it;
                # "il portavoce della questura": so does a common one
                if end + 1 < sent.end and norm_word(doc[end]) in self.g.forms("di") and doc[end + 1].is_title \
                        and not self.context(doc).ents_in_tokens(end + 1, end + 2):
                    end += 2
                    while end < sent.end and doc[end].is_title and end - i < 6:
                        end += 1
                    if end + 1 < sent.end and norm_word(doc[end]) in self.g.coordinators and doc[end + 1].is_title \
                            and end + 2 < sent.end and not doc[end + 2].is_title \
                            and not self.context(doc).ents_in_tokens(end + 1, end + 2):
                        end += 2  # "il ministro di Grazia e Giustizia": a domain of two words joined by "e"
                elif end + 1 < sent.end and norm_word(doc[end]) in self.g.forms("di") and doc[end + 1].is_alpha \
                        and doc[end + 1].is_lower and not self.is_finite(doc[end + 1]) \
                        and not self.context(doc).ents_in_tokens(end + 1, end + 2):
                    end += 2
                    if norm_word(doc[end - 1]) in self.g.articles and end < sent.end and doc[end].is_alpha \
                            and doc[end].is_lower:
                        end += 1  # "il titolare di un ristorante": the noun after the article
                out.append((self._opening(norms, before, sent.start), end))
        return out

    def _ends_coordination(self, doc: Doc, k: int, stop: int) -> bool:
        """Whether token ``k`` is a coordinator that ends a description rather than joining a
        second noun to its title: *del segretario **e** dice*, *al Pontefice **e** ai vescovi*
        (not *lo scrittore **e** cronista*)."""
        if norm_word(doc[k]) not in self.g.coordinators:
            return False
        after = doc[k + 1] if k + 1 < stop else None
        return after is None or not (after.is_alpha and after.is_lower) or self.is_verbish(after) \
            or norm_word(after) in self.g.prepositions | self.g.articles | self.g.articulated_prepositions

    def _opening(self, norms: list[str], k: int, floor: int) -> int:
        """Where a description whose title follows token ``k`` starts: after a preposition joined
        to the article (*al **Capo dello Stato***), else at its article."""
        return k + 1 if norms[k] in self.g.articulated_prepositions else self._article_start(norms, k, floor)

    def _article_start(self, norms: list[str], k: int, floor: int) -> int:
        """The article before a possessive at ``k`` (*il suo avvocato*, *i loro legali*), so
        that a description starts where its noun phrase does; else ``k``."""
        if k > floor and norms[k] in self.g.possessives and norms[k - 1] in self.g.definite:
            return k - 1
        return k

    def unify_groups(self, doc: Doc, quotes: list) -> list:
        """One name per group of the article: a group the article described in full before
        (*i medici dell'ospedale San Carlo*, as a speaker or in passing) keeps that description
        when later quotations name it shortly (*i medici*) or by a synonym (*i dottori*, the
        grammar's ``group_synonyms``). Quotations (:class:`kit.model.Quote`); names are left
        alone."""
        seen: list[tuple[str, frozenset[str], str]] = []  # (head, other words, description)
        out = []
        for quote in sorted(quotes, key=lambda q: q.start):
            name = quote.speaker
            if name and quote.speaker_label is None and " e " not in name:
                head, *rest = name.split()
                head = self.g.group_synonyms.get(head.lower(), head.lower())
                words = frozenset(w.lower() for w in rest)
                fuller = next((full for h, ws, full in reversed(seen) if h == head and words < ws), None)
                if fuller is None and head in self.g.group_speakers:
                    # (the speaker's own mention too: "i medici dell'ospedale San Carlo hanno detto")
                    mention = self._group_mention(doc, head, max(quote.start, quote.speaker_end or 0))
                    # (as full as the name, too: the group's own head, "Fonti della polizia" ->
                    # "fonti della polizia", "I sanitari dell'ospedale" -> "medici dell'ospedale")
                    if mention is not None and words <= {w.lower() for w in mention.split()[1:]}:
                        fuller = mention
                if fuller is not None:
                    quote = replace(quote, speaker=fuller)
                else:
                    seen.append((head, words, name))
            out.append(quote)
        return out

    def _group_mention(self, doc: Doc, head: str, before: int) -> str | None:
        """The last mention before character ``before`` of the group noun ``head`` (or a
        synonym) with the *di*-phrase that says whose it is (*dei medici **dell'ospedale
        Sainte-Anne di Parigi***): the group's full description, or None."""
        ctx = self.context(doc)
        stop = ctx.token_at(before) if before < len(ctx.text) else len(doc)
        for tok in reversed(doc[:stop]):
            if self.g.group_synonyms.get(norm_word(tok), norm_word(tok)) != head or tok.i + 2 >= len(doc) \
                    or norm_word(doc[tok.i + 1]) not in self.g.forms("di"):
                continue
            end = tok.i + 1
            while end < min(len(doc), tok.i + 8) and not doc[end].is_punct and not self.is_verbish(doc[end]) \
                    and (doc[end].is_title or norm_word(doc[end]) in self.g.forms("di") or doc[end].ent_iob_ == "I"
                         or doc[end].is_lower and end == tok.i + 2):
                end += 1
            if end > tok.i + 2:
                return " ".join([head] + [t.text for t in doc[tok.i + 1:end]]).replace("' ", "'")
        return None

    def is_description(self, span: Span) -> bool:
        """A phrase that can name a speaker without a name: a title or a group noun heads it
        (*il portavoce della Protezione civile*, *fonti della Procura*, *i manifestanti*), short,
        with no verb."""
        words = [t for t in span if t.is_alpha and norm_word(t) not in self.g.articles]
        if not words or len(words) > 8 or any(self.is_verbish(t) and not self.g.participle.search(norm_word(t)) for t in words[1:]):
            return False
        heads = [norm_word(w) for w in words[:2]]  # "le prime agenzie": an adjective may come first
        if self._with_title(heads)[0] in self.titles or self.opens_with_synonym(span):
            return True  # "il primo cittadino", "il numero uno"
        # "i dottori", "le ministre": a plural or feminine form of a listed word, by its lemma
        return any(h in self.speaking_nouns or self.lemmas(w) & self.speaking_nouns for h, w in zip(heads, words)) or (
            words[0].is_title and not words[0].is_sent_start)

    def opens_with_synonym(self, span: Span) -> bool:
        """A phrase that opens (after its article, an *ex*, a modifier of the office: *il nuovo*)
        with a synonym of a title, an article inside it too (*il **numero uno** di Confindustria*,
        *l'ex **primo cittadino***, *il nuovo **numero due***)."""
        opening = [norm_word(t) for t in span if t.is_alpha]
        while opening and opening[0] in self.g.articles | self.g.former_words | self.g.title_modifiers:
            opening = opening[1:]
        return self._title_synonym(opening)[0] > 0

    def resolve_description(self, doc: Doc, span: Span, salient: bool = False,
                            whole: bool = False, speaker: str | None = None,
                            narrower: bool = False, window: int = PASSAGE_CHARS) -> tuple[str, str] | None:
        """*il presidente russo* -> the person the article introduced with these words (with
        ``whole``, with all of them: *del presidente del Consiglio* is not the person
        introduced as *il presidente*).

        With ``salient`` (speakers only), a definite description headed by a title the
        article did not introduce (*il magistrato*, *il paroliere*) falls back to the person
        named last before it, and a newspaper or agency (*il giornale*) to the organisation
        named last: the referent a reader would pick.

        With the ``speaker`` of a quotation whose content holds the description, a relative
        (*il figlio*, *del padre*) is the speaker's relative the article names.

        With ``narrower`` (a quotation's content), a broad title the article gave no one (the
        grammar's ``title_hyponyms``: *il magistrato*) is the one person named in the ``window``
        characters before it whom it introduced with a narrower one (*il giudice X*)."""
        alias = self.aliases.get(normalize(span.text)) or self.aliases.get(normalize(strip_article(self.g, span.text)))
        if alias:
            names = doc._.kit_canonical_names or {}
            label = next((e.label_ for e in doc.ents if names.get(span_key(e.start_char, e.end_char)) == alias), None)
            return alias, label
        table = self._description_table(doc)
        words = normalize(strip_article(self.g, span.text)).split()
        while len(words) > 1 and words[0] in self.g.sameness_words:
            words = words[1:]  # "lo stesso quotidiano": the newspaper named before
        words = self._office_title(span, self._with_title(words))
        for size in range(len(words), len(words) - 1 if whole else 0, -1):
            key = " ".join(words[:size])
            if key in table:
                if size < len(words) and self._contradicts(doc, table[key][0], words, size):
                    return None  # "il premier italiano" is not "la premier tedesca"
                if self._other_domain(doc, table[key][0], words, span):
                    return None  # "il sindaco di Torino" is not "il sindaco di Milano Marco Rossi"
                return table[key]
        if narrower and words and words[0] in self.g.title_hyponyms and not self._given_title(doc, {words[0]}) \
                and self._definite_opening(span) and not self._common_domain(span):
            # (in a content: "il magistrato" after "il giudice Marco Rossi", the title no one was
            # given; not "era un artista", which says what someone is)
            near = self._given_title(doc, self.g.title_hyponyms[words[0]]) & {
                e._.kit_canonical for e in self.context(doc).ents_in_chars(max(0, span.start_char - window), span.start_char)}
            return self._last_named(doc, span.start_char, "PER", window=window, among=near) if len(near) == 1 else None
        if narrower and words and words[0] in self.g.protagonist_titles and self._definite_opening(span) \
                and not set(words[1:]) & self.g.prepositions and not self._given_title(doc, {words[0]}):
            # (in a content: "l'attrice", "il cantante", a profession no one was introduced with:
            # the one person named in the ``window`` characters before it, not the speaker and
            # not of the other gender; none when there are two)
            other = "M" if self._feminine(span) else "F" if self._masculine(span) else None
            near = {e._.kit_canonical for e in self.context(doc).ents_in_chars(max(0, span.start_char - window), span.start_char)
                    if e.label_ == "PER" and len(e.text) > 2 and e._.kit_canonical.lower() != e._.kit_canonical
                    and not (speaker and self._is_speaker(e._.kit_canonical, speaker))
                    and (other is None or self._person_gender(doc, e) != other)}
            return (near.pop(), "PER") if len(near) == 1 else None
        female = salient and self._feminine(span)  # no man for "la studentessa", "la sessantenne"
        if speaker and words and words[0] in self.g.kin_nouns:
            return self._relative_of(doc, speaker)  # "il ritiro del figlio", said by his father
        if salient and words and (self.g.age_noun_suffixes and words[0].endswith(self.g.age_noun_suffixes)
                                  and norm_word(span[0]) in self.g.definite or words[-1] in self.g.concerned_nouns):
            # "il sessantenne di Varese ha chiesto…", "confermata dallo stesso interessato": the
            # person named last, close before
            return self._last_named(doc, span.start_char, "PER", window=600, female=female)
        if salient and len(words) == 1 and norm_word(span[0]) in self.g.plural_articles:
            country = self._country_of(doc, words[0])
            if country is not None:
                return country  # "i turchi lamentano…" after "la Turchia": the country speaks
        if salient and len(words) == 1 and norm_word(span[0]) in self.g.definite:
            named = self._named_by_head(doc, span.start_char, words[0])
            if named is not None:
                return named  # "la regione" after "la Regione Lazio": the body it heads
        if salient and len(words) == 1 and words[0] in self.g.group_counts and span.start > 0 \
                and norm_word(doc[span.start - 1]) in self.g.plural_articulated_prepositions:
            # "secondo il racconto dei due", "la testimonianza dei tre": the number after a
            # preposition merged with the plural article is the group of "i due", the people
            # named last, if that many
            return self._last_people(doc, span.start_char, self.g.group_counts[words[0]], window=GROUP_WINDOW)
        if salient and words and norm_word(span[0]) in self.g.definite | self.g.sameness_words:
            if words[0] in self.g.group_counts and (len(words) > 1 or norm_word(span[0]) in self.g.plural_articles):
                # "i due parlamentari", "i tre ragazzi", "i due" (the number as the noun): the
                # people named last, if that many
                return self._last_people(doc, span.start_char, self.g.group_counts[words[0]], window=GROUP_WINDOW)
            if words[0] in self.titles and not self._common_domain(span):
                # the person named last whom the article gave the same title (*il presidente
                # americano* after *il Presidente degli Stati Uniti Barack Obama*), else any title
                # (a title also covers the titles it is a kind of: *il magistrato* after *il gip X*)
                same = self._given_title(doc, {words[0]} | self.g.title_hyponyms.get(words[0], frozenset()))
                if not same and self._newly_titled(span):
                    # "il neo-campione", "il rieletto presidente", a title just won that no one
                    # was given: the story's protagonist, or no one
                    return self._protagonist(doc, span, female)
                if len(words) == 1 and self._two_titled_before(doc, span, same, female):
                    # "Il ministro degli Esteri X e il ministro della Difesa Y sono arrivati. Il
                    # ministro ha detto…": either of two; the description stays (the guidelines)
                    return None
                if words[0] in self.g.role_titles:
                    # "il portavoce", "il medico legale": someone the article named with that
                    # title, never the person it named with another one (or with none)
                    return same and self._last_named(doc, span.start_char, "PER", among=same, female=female) or None
                titled = {value[0] for value in table.values()}
                if not titled:
                    # no one had a title: the person named last, close before (*Giorgia Meloni è
                    # arrivata… La premier ha detto*)
                    return self._last_named(doc, span.start_char, "PER", window=400, female=female, subject=True)
                found = same and self._last_named(doc, span.start_char, "PER", among=same, female=female) or None
                if found is None:
                    found = self._last_named(doc, span.start_char, "PER", among=titled, female=female)
                    if found is not None and self._other_kind(doc, found[0], words[0]):
                        # the titled person named last holds only titles of another kind (*il
                        # papa* after *il presidente X*, *il giudice* after *l'allenatore X*):
                        # no one, rather than someone further back
                        return None
                    if found is not None and self._named_in_sentence(doc, found[0], span):
                        # the person was named with another title earlier in the same sentence
                        # (*il sindaco X ha annunciato…, mentre il vicesindaco ha detto…*): a
                        # second title there is a second person
                        return None
                if found is None and self._qualified_title(span, words):
                    # no one with a title named in the window before it (another story of the
                    # page), and a title qualified as one known individual's, with no domain
                    # (*l'atleta giamaicano*, *l'ex ministro*, *il noto cantante*; not a bare
                    # office, *il questore*, which may be one the article never filled): the
                    # person named last, close before, of its gender
                    found = self._last_named(doc, span.start_char, "PER", window=400, female=female,
                                             male=self._masculine(span), subject=True)
                if found is None and words[0] in self.g.protagonist_titles and not set(words[1:]) & self.g.prepositions:
                    # a profession of sport or the arts no one was introduced with, and no domain
                    # (*l'attrice aveva chiesto…*, *il cantante ha detto*): the person the passage
                    # names most, of its gender (the story's protagonist)
                    found = self._of_its_gender(
                        doc, span, self._most_named(doc, span.start_char, "PER", window=PASSAGE_CHARS), female)
                return found
            if words[0] in self.g.media_nouns and self._no_other_body(span, words) or \
                    words[0] in self.g.document_nouns and not set(words[1:]) & self.g.prepositions:
                # "il giornale", "il quotidiano britannico", "l'associazione"; not "l'agenzia per la sicurezza…";
                # "la motivazione ufficiale", "la nota": the body that issued it; the one the
                # article introduced as a body of that kind first (*il giornale* after *il
                # quotidiano cinese Beijing News*, not *Google* named in between)
                return self._introduced_as(doc, span.start_char, words[0]) or \
                    self._last_named(doc, span.start_char, "ORG")
            if words[0] in self.g.media_synonyms and words[0] not in self.g.media_nouns \
                    and not set(words[1:]) & self.g.prepositions:
                # "il tabloid", "la televisione" (a synonym the grammar does not list as a body's
                # noun): the one organisation the article introduced as a medium of its kind
                # (*il giornale britannico The Sun*, *Al-Alam, una televisione iraniana,*); none
                # when it introduced two
                found = set(self._introduced(doc, span.start_char, words[0], apposed=True))
                return found.pop() if len(found) == 1 else None
            if words[0] in self.g.media_nouns and self._of_a_name(span, words):
                # "la compagnia di Mountain View", "la filiale britannica di Amazon": the company
                # named last, close before (*Amazon UK*), which the name after *di* places
                return self._last_named(doc, span.start_char, "ORG", window=400)
        return None

    def _named_near(self, doc: Doc, name: str, char: int, window: int = 2000) -> bool:
        """Whether the page names ``name`` within ``window`` characters of ``char``, before or
        after it: a description (*il presidente*) that the article's table gives to a person named
        only far from it (in another story of the page) does not name that one. A name the page
        never writes (an alias of the rules) is near."""
        ctx = self.context(doc)
        if any(e._.kit_canonical == name for e in ctx.ents_starting_between(char - window, char + window)):
            return True
        return not any(e._.kit_canonical == name for e in ctx.ents)  # (the whole page only when not near)

    def _definite_opening(self, span: Span) -> bool:
        """Whether ``span`` opens with a definite article or follows a preposition joined to one
        (*il magistrato*, *dal magistrato*; not *un magistrato*)."""
        return norm_word(span[0]) in self.g.definite or span.start > 0 \
            and norm_word(span.doc[span.start - 1]) in self.g.articulated_prepositions

    def _two_titled_before(self, doc: Doc, span: Span, same: set[str], female: bool) -> bool:
        """Two different people the article gave the title of ``span`` (``same``) are named in
        the sentence before it (of its gender, for a ``female`` one): a bare title is either."""
        ctx = self.context(doc)
        sent = ctx.sent(span.start)
        if len(same) < 2 or sent.start == 0:
            return False
        if any(e.label_ == "PER" and any(same_name(e._.kit_canonical, a) for a in same)
               for e in ctx.ents_in_tokens(sent.start, span.start)):
            return False  # ("del Presidente Obama, … dove il Presidente…": the one its sentence named)
        prev = ctx.sent(sent.start - 1)
        named = [e for e in ctx.ents_in_tokens(prev.start, prev.end)
                 if e.label_ == "PER" and any(same_name(e._.kit_canonical, a) for a in same)
                 and not (female and self._person_gender(doc, e) == "M")]
        # (two coordinated as one subject: "Il ministro X e il ministro Y sono arrivati")
        return any(a._.kit_canonical != b._.kit_canonical and any(norm_word(t) in self.g.coordinators for t in doc[a.end:b.start])
                   and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[a.end:b.start])
                   for a, b in zip(named, named[1:]))

    def _given_title(self, doc: Doc, titles: set[str] | frozenset[str]) -> set[str]:
        """The people the article introduced with one of ``titles`` (*il giudice X*, *X, pm
        di Milano,*)."""
        self._description_table(doc)  # (which gathers the titles)
        return {name for name, found in self.context(doc).description_words.items() if any(w[0] in titles for w in found)}

    def _of_a_name(self, span: Span, words: list[str]) -> bool:
        """A body's noun whose only preposition is a *di* before a name (*la compagnia **di
        Mountain View***, *la filiale britannica **di Amazon***)."""
        rest = set(words[1:]) & self.g.prepositions
        if not rest or not rest <= self.g.forms("di"):
            return False
        at = next(t.i for t in span if norm_word(t) in self.g.forms("di"))
        return at + 1 < span.end and span.doc[at + 1].is_title

    def _relative_of(self, doc: Doc, speaker: str) -> tuple[str, str] | None:
        """The one person of the article who is the speaker's relative: the one its description
        names (*la famiglia di Francesco Montis*, *i genitori di Gianguerino*), else the one other
        person with the speaker's surname (*Pasquale Cafasso* -> *Gianguerino Cafasso*); else None."""
        words, at = _described_words(speaker, self.g.forms("di"))
        people = {e._.kit_canonical for e in doc.ents if e.label_ == "PER" and len(e.text) > 2}
        if words[0][:1].islower():
            named = " ".join(words[at + 1:]) if at is not None else ""
            found = {p for p in people if named and same_name(p, named)}
        else:
            surnames = {w for w in words[1:] if w[:1].isupper() and len(w) > 2}
            found = {p for p in people if not same_name(p, speaker) and surnames & set(p.split()[1:])}
        return (found.pop(), "PER") if len(found) == 1 else None

    def _common_domain(self, span: Span) -> bool:
        """A title whose domain is a common noun (*il presidente **del consiglio regionale**
        sardo*, *il governatore **della regione** del Krasnojarsk*): an office of its own, not
        the titled person named last (unlike *il presidente **di Forza Italia***)."""
        norms = [norm_word(t) for t in span]
        at = next((k for k, w in enumerate(norms) if w in self.titles), None)
        if at is None:
            return False
        k = at + 1
        while k < len(span) and span[k].is_alpha and norms[k] not in self.g.prepositions:
            k += 1
        if k >= len(span) or norms[k] not in self.g.prepositions:
            return False
        k += 1
        while k < len(span) and norms[k] in self.g.articles:
            k += 1
        return k < len(span) and span[k].is_alpha and span[k].is_lower

    def _no_other_body(self, span: Span, words: list[str]) -> bool:
        """The words after a body's noun name no other body: no preposition (*l'agenzia **per**
        la sicurezza*), or a *di* with common nouns only (*l'associazione **dei consumatori***,
        *il partito **di estrema destra***), not a name (*la filiale **di Amazon***)."""
        rest = set(words[1:]) & self.g.prepositions
        if not rest:
            return True
        return rest <= self.g.forms("di") and not any(t.is_title or t.ent_type_ for t in span[2:])

    def _with_title(self, words: list[str]) -> list[str]:
        """Words of a description without articles and *ex* (or another word that keeps the
        title's person: *il rieletto presidente*), a synonym of a title replaced by the title
        (*primo cittadino* -> *sindaco*, *pontefice* -> *papa*; *presidente del consiglio* ->
        *premier* only as the whole description), a modifier that keeps the title's person
        after it dropped (*il presidente uscente*)."""
        # (an article inside a synonym stays: "il numero uno")
        words = [w for k, w in enumerate(words) if w not in self.g.articles
                 or k and f"{words[k - 1]} {w}" in self.g.title_synonyms]
        while len(words) > 1 and words[0] in self.g.former_words | self.g.title_modifiers:
            words = words[1:]  # "l'ex presidente", "l'ormai ex premier": the president named before
        if words and "-" in words[0] and words[0].split("-", 1)[0] in self.g.former_words | self.g.title_modifiers \
                and words[0][-1] != "-":
            words = [words[0].split("-", 1)[1]] + words[1:]  # "l'ex-presidente", "il neo-campione"
        if len(words) > 1 and words[-1] in self.g.title_modifiers:
            words = words[:-1]  # "il presidente uscente": the president named before
        whole = self.g.whole_title_synonyms.get(" ".join(words))
        if whole:
            return whole.split()  # "il presidente del Consiglio": the premier
        size, title = self._title_synonym(words)
        return title.split() + words[size:] if size else words

    def _office_title(self, span: Span, words: list[str]) -> list[str]:
        """*il titolare dello Sviluppo economico*, *la titolare del Viminale*: the holder of an
        office its capitalised domain names has the office's title (the grammar's
        ``holder_titles``: *ministro dello sviluppo economico*); not *il titolare di un
        ristorante*. Else ``words``."""
        title = self.g.holder_titles.get(words[0]) if words else None
        if title is None:
            return words
        at = next((t.i for t in span if norm_word(t) == words[0]), None)
        if at is None or at + 2 >= span.end or norm_word(span.doc[at + 1]) not in self.g.forms("di") \
                or not span.doc[at + 2].is_title:
            return words
        return [title] + words[1:]

    def _title_synonym(self, words: list[str]) -> tuple[int, str]:
        """(how many of ``words`` make a synonym of a title, the title) at their start, or (0, "")."""
        for size in (4, 3, 2, 1):
            title = self.g.title_synonyms.get(" ".join(words[:size]))
            if title and len(words) >= size:
                return size, title
        return 0, ""

    def _words(self, doc: Doc, start: int, end: int) -> list[str]:
        return [norm_word(t) for t in doc[start:end] if norm_word(t) not in self.g.articles and t.is_alpha]

    def _apposition_after(self, doc: Doc, ent: Span) -> list[str]:
        """*Romano Prodi, presidente del consiglio italiano, …*: the title phrase after a name."""
        k = ent.end
        if k + 1 >= len(doc) or doc[k].text != ",":
            return []
        k += 1
        if k + 3 < len(doc) and doc[k].like_num and norm_word(doc[k + 1]) in self.g.age_words \
                and norm_word(doc[k + 2]) in self.g.coordinators:
            k += 3  # the age before it: "Anna Neri, 47 anni, sindaca di…", "…, 47 anni e preside della scuola"
        if norm_word(doc[k]) in self.g.articles:
            k += 1
        if k >= len(doc) or norm_word(doc[k]) not in self.titles:
            return []
        end = k + 1  # the title, then words up to the next comma or sentence (at most 8)
        while end < len(doc) and end - k < 8 and doc[end].is_alpha and not doc[end].is_sent_start:
            end += 1
        return self._words(doc, k, end)

    def _noun_before(self, doc: Doc, ent: Span) -> list[str]:
        """*l'**arcivescovo** Agostino Marchetto*, *il **corridore texano** Lance Armstrong*: a
        common noun (and an adjective) between an article and a person's name, a title of this
        article even when the grammar does not list it (*L'arcivescovo ha poi precisato…*)."""
        k = ent.start - 1
        if k >= 1 and doc[k].pos_ == "ADJ" and doc[k].is_lower:
            k -= 1
        if k < 1 or doc[k].pos_ != "NOUN" or not doc[k].is_lower or not doc[k].is_alpha \
                or norm_word(doc[k - 1]) not in self.g.definite:
            return []
        return self._words(doc, k, ent.start)

    def _domain(self, words) -> set[str]:
        """The words of the domain after a title's first *di* (*ministro **dell'Economia***,
        *sindaco **di Bergamo***), elided articles set apart, without articles and prepositions;
        empty without a *di*."""
        di = self.g.forms("di")
        words = [w.lower() for w in words]
        at = next((k for k, w in enumerate(words) if w in di or "'" in w and w.split("'")[0] + "'" in di), None)
        if at is None:
            return set()
        rest = [words[at].split("'", 1)[1]] if "'" in words[at] else []
        rest += [w.split("'")[-1] for w in words[at + 1:]]
        return {self.g.domain_synonyms.get(w, w) for w in rest
                if w.isalpha() and w not in self.g.articles | self.g.prepositions}

    def _other_domain(self, doc: Doc, name: str, words: list[str], span: Span) -> bool:
        """A description whose title names a domain (*il ministro **dell'Economia***) that shares
        no word with the domains the article gave ``name`` (*il ministro **della Salute** Anna
        Bruni*): another office, not her. A generic domain (*della Regione*) or an acronym in
        ``span`` (*la leader di **FdI***, the party named in full before) tells nothing."""
        acronyms = {t.text.lower() for t in span if sum(c.isupper() for c in t.text) > 1}
        said = {w for w in self._domain(words) if w not in acronyms} - self.g.generic_domains
        said -= {self.g.domain_synonyms.get(w, w) for w in acronyms}
        known = self.context(doc).description_domains.get(name)
        return bool(said and known) and not said & known

    def _named_in_sentence(self, doc: Doc, name: str, span: Span) -> bool:
        """Whether ``name`` is named in the sentence of ``span``, before it, in another clause:
        a semicolon or a conjunction that joins or contrasts clauses between them (*il sindaco X
        ha annunciato…, **mentre** il vicesindaco…*; not *X ha detto che il piano, come ha
        ricordato il sindaco, …*)."""
        sent = span.sent
        joins = self.g.clause_joining_conjunctions | self.g.contrast_openers
        return any(e._.kit_canonical == name and e.label_ == "PER"
                   and any(t.text == ";" or norm_word(t) in joins for t in doc[e.end:span.start])
                   for e in self.context(doc).ents_in_chars(sent.start_char, span.start_char))

    def _other_kind(self, doc: Doc, name: str, title: str) -> bool:
        """Whether every title the article gave ``name`` names other kinds of people (the
        grammar's ``title_classes``) than ``title`` does: *il papa* is not *il presidente
        François Hollande*, *il giudice* not *l'allenatore X*, *il campione* not *i figli X*. A
        title of no kind, or a person with no title of a kind, tells nothing."""
        kinds = self.title_kinds.get(title)
        if not kinds:
            return False
        ctx = self.context(doc)
        theirs = ctx.name_title_kinds.get(name)
        if theirs is None:
            # (once per name: the article may give one person the same title hundreds of times)
            theirs = ctx.name_title_kinds[name] = list({k for k in (
                self.title_kinds.get(w[0]) for w in ctx.description_words.get(name, [])) if k})
        return bool(theirs) and not any(k & kinds for k in theirs)

    def _contradicts(self, doc: Doc, name: str, words: list[str], size: int) -> bool:
        """Every description the article gave ``name`` has another word where ``words`` goes on
        after its first ``size`` words (*premier tedesca* against *premier italiano*)."""
        full = self.context(doc).description_words.get(name, [])
        return bool(full) and all(len(f) > size and f[size] != words[size] for f in full)

    def _last_named(self, doc: Doc, char: int, label: str, window: int = PASSAGE_CHARS,
                    among: set[str] | None = None, female: bool = False, male: bool = False,
                    subject: bool = False) -> tuple[str, str] | None:
        """The canonical name of the last ``label`` entity before ``char`` (within ``window``),
        only one of ``among`` when given (people the article introduced with a title), no man for
        a ``female`` description (*la studentessa*), no woman for a ``male`` one (*l'uomo*); never
        a name written all in lower case. For a ``female`` description a woman (a person known to
        be one) goes before a person whose gender nothing says (*Angela Merkel ha incontrato
        Emmanuel Macron. La cancelliera…*).

        With ``subject`` (a description opening a new sentence), when the people named last
        are all in the previous sentence, its subject goes before an object or an oblique named
        after it (*Bianchi ha battuto Ferri. Il tennista ha detto…*: Bianchi, the story's
        subject), unless a known woman is wanted and the subject is not one."""
        ents = list(reversed(self.context(doc).ents_in_chars(max(0, char - window), char)))
        if female:
            ents = sorted(ents, key=lambda e: e.label_ == "PER" and self._person_gender(doc, e) != "F")
        if subject and label == "PER":
            first = self._subject_named_before(doc, char, ents)
            if first is not None and not (female and self._person_gender(doc, first) != "F" and any(
                    e.label_ == "PER" and self._person_gender(doc, e) == "F" for e in ents)):
                ents = [first] + [e for e in ents if e is not first]
        for ent in ents:
            name = ent._.kit_canonical
            # (a name, not a common noun the NER tagged: "la procura", "il governo")
            if ent.label_ == label and len(ent.text) > 2 and name.lower() != name and (
                    among is None or any(same_name(name, a) for a in among)) and not (
                    female and self._person_gender(doc, ent) == "M") and not (
                    male and self._person_gender(doc, ent) == "F"):
                return name, label
        return None

    def _subject_named_before(self, doc: Doc, char: int, ents: list) -> Span | None:
        """The person named as the subject of the sentence before the one ``char`` opens (the
        name, or the title noun it is in apposition to, is the ``nsubj``/``nsubj:pass`` of the
        root or of a verb coordinated with it), when ``ents`` (latest first) hold no person after that sentence; else None."""
        context = self.context(doc)
        k = context.token_at(char)
        sent = context.sent(k)
        if sent.start == 0 or any(t.pos_ not in ("DET", "ADJ", "PUNCT") for t in doc[sent.start:k]):
            return None  # the description opens its sentence (after an article, at most)
        before = context.sent(sent.start - 1)
        people = [e for e in ents if e.label_ == "PER"]
        if not people or people[0].start < before.start or people[0].end > before.end:
            return None  # a person named in the description's own sentence, or none
        for ent in sorted((e for e in people if e.start >= before.start), key=lambda e: e.start):
            t = ent.root
            while t.head.i != t.i and (t.dep_ in ("appos", "flat", "flat:name", "compound") or
                                       t.dep_ == "nmod" and t.head.i == ent.start - 1 and t.head.pos_ == "NOUN"):
                t = t.head  # "Mario Rossi" under "il presidente" (no preposition between)
            verb = t.head
            while verb.dep_ == "conj" and verb.head.i != verb.i:
                verb = verb.head  # "X ha vinto e ha battuto Y": the main clause's verb
            if t.dep_ in ("nsubj", "nsubj:pass") and verb.head.i == verb.i:
                return ent  # the main clause's subject, not a relative's (*la causa che X ha condotto*)
        return None

    def _feminine(self, span: Span) -> bool:
        """A singular description of a woman: its noun (or its article) is feminine (*la
        studentessa*, *la premier*, *la bambina*), and not a document that speaks for its author
        (*la lettera*, *la nota*), whatever its author's gender."""
        noun = next((t for t in span if t.is_alpha and norm_word(t) not in self.g.articles), None)
        if noun is None or self.word_forms(noun) & (self.g.document_nouns | self.g.media_nouns):
            return False
        said = span[0] if norm_word(span[0]) in self.g.articles and span[0].morph.get("Gender") else noun
        if said is noun and norm_word(noun).endswith(self.g.common_gender_endings):
            # "l'atleta giamaicano", "l'economista": a noun of either gender after an elided
            # article; an adjective that agrees with it says which, else nothing does
            said = next((t for t in span[noun.i - span.start + 1:] if t.pos_ == "ADJ" and t.morph.get("Gender")), None)
            if said is None:
                return False
        return said.morph.get("Gender") == ["Fem"] and said.morph.get("Number") != ["Plur"]

    def _qualified_title(self, span: Span, words: list[str]) -> bool:
        """A title with no domain (no preposition after it) qualified by a word of ``former_words``
        or ``title_modifiers`` or by an adjective (*l'ex ministro*, *l'atleta giamaicano*, *il
        noto cantante*)."""
        return not set(words[1:]) & self.g.prepositions and any(
            norm_word(t) in self.g.former_words | self.g.title_modifiers or t.pos_ == "ADJ"
            for t in span if t.is_alpha and norm_word(t) not in self.titles | self.g.articles)

    def _newly_titled(self, span: Span) -> bool:
        """A title qualified as just won (the grammar's ``new_title_words``: *il rieletto
        presidente*, *la neoeletta sindaca*, *il neo-campione olimpico*)."""
        return any(norm_word(t) in self.g.new_title_words or "-" in t.text and norm_word(t).split("-", 1)[0]
                   in self.g.new_title_words for t in span)

    def _protagonist(self, doc: Doc, span: Span, female: bool) -> tuple[str, str] | None:
        """*Il neo-campione olimpico ha detto…*, *secondo il rieletto presidente…*, a title just
        won that the article gave no one: the winner is the story's protagonist, the one person
        named in the 1500 characters before, or the one named there more often than any other and
        at least twice (:meth:`_most_named`), not of the other gender; None when two are named as
        often (no one stands out)."""
        ents = self.context(doc).ents_in_chars(max(0, span.start_char - PASSAGE_CHARS), span.start_char)
        names = {e._.kit_canonical for e in ents
                 if e.label_ == "PER" and len(e.text) > 2 and e._.kit_canonical.lower() != e._.kit_canonical}
        found = (names.pop(), "PER") if len(names) == 1 else \
            self._most_named(doc, span.start_char, "PER", window=PASSAGE_CHARS)
        return self._of_its_gender(doc, span, found, female)

    def _of_its_gender(self, doc: Doc, span: Span, found: tuple[str, str] | None,
                       female: bool) -> tuple[str, str] | None:
        """``found``, a person named in the 1500 characters before a description, unless the last
        mention there says the other gender than the description's (*la cantante* is not the man
        named most); else None."""
        ent = found and next((e for e in reversed(self.context(doc).ents_in_chars(
            max(0, span.start_char - PASSAGE_CHARS), span.start_char)) if e._.kit_canonical == found[0]), None)
        other = "M" if female else "F" if self._masculine(span) else None
        if ent is not None and other is not None and self._person_gender(doc, ent) == other:
            return None
        return found

    def _masculine(self, span: Span) -> bool:
        """A singular description of a man: its article, or after an elided one an adjective
        agreeing with its noun, is masculine (*il questore*, *l'atleta giamaicano*)."""
        noun = next((t for t in span if t.is_alpha and norm_word(t) not in self.g.articles), None)
        if noun is None:
            return False
        said = span[0] if norm_word(span[0]) in self.g.articles and span[0].morph.get("Gender") else \
            next((t for t in span[noun.i - span.start + 1:] if t.pos_ == "ADJ" and t.morph.get("Gender")), None)
        return said is not None and said.morph.get("Gender") == ["Masc"] and said.morph.get("Number") != ["Plur"]

    def _agrees(self, doc: Doc, ent: Span, gender: str | None) -> bool:
        """Whether a person's first name is of ``gender`` ("F"/"M"), or says nothing of it (a
        name of one word is a surname, which says nothing)."""
        if gender is None:
            return True
        names = doc._.kit_canonical_names or {}
        words = strip_article(self.g, names.get(span_key(ent.start_char, ent.end_char)) or ent.text).split()
        # a name of one word is a surname (*Obama*, *Costa*, *Sciascia*): of either gender
        first = words[0].lower() if len(words) > 1 else ""
        if len(first) < 3 or not first.isalpha():
            return True
        if first in self.g.female_first_names or first in self.g.male_first_names:
            # a first name known to be of one gender whatever its ending (*Irene*, *Giuseppe*)
            said = "F" if first in self.g.female_first_names else "M"
        elif first.endswith("a"):
            said = "M" if first in self.g.male_names_in_a else "F"
        elif first.endswith("o"):
            said = "M"
        else:
            return True
        return said == gender

    def _person_gender(self, doc: Doc, ent: Span) -> str | None:
        """"M" or "F" for a person whose first name says it (*Marco*, *Giulia*) or, else, whom a
        participle agreeing with one of their mentions as its subject does (*Cornelus Bezuidenhout
        è stato condannato*, *Kim Lee è arrivata*) or the article of a title right before one of
        their mentions (*il ministro Costa*, *la sindaca Moretti*); None when nothing says it."""
        for gender in ("M", "F"):
            if not self._agrees(doc, ent, "F" if gender == "M" else "M"):
                return gender
        if not self.context(doc).has_dep:
            return None
        name = ent._.kit_canonical
        for other in doc.ents:
            if other.label_ != "PER" or other._.kit_canonical != name:
                continue
            root = other.root
            while root.dep_ in ("appos", "nmod") and root.head.pos_ == "NOUN" and not any(
                    c.dep_ == "case" for c in root.children):
                root = root.head  # "Un uomo di 40 anni, Dirk Vansteen, è stato fermato": the noun it names
            title, article = doc[other.start - 1] if other.start >= 1 else None, \
                doc[other.start - 2] if other.start >= 2 else None
            if title is not None and article is not None and title.is_lower and norm_word(title) in self.titles \
                    and norm_word(article) in self.g.definite and article.morph.get("Number") == ["Sing"] \
                    and article.morph.get("Gender") in (["Masc"], ["Fem"]):
                # "il ministro Costa", "la sindaca Moretti": the article of the title before the name
                return "M" if article.morph.get("Gender") == ["Masc"] else "F"
            verb = root.head
            if root.dep_ not in ("nsubj", "nsubj:pass") or verb.morph.get("VerbForm") != ["Part"]:
                continue
            if any(c.dep_ in ("aux", "aux:pass") and self.lemmas(c) & self.g.agreeing_auxiliaries
                   for c in verb.children):
                gender = verb.morph.get("Gender")
                if gender and verb.morph.get("Number") == ["Sing"]:
                    return "M" if gender == ["Masc"] else "F"
        return None

    def _introduced_as(self, doc: Doc, char: int, noun: str, window: int = PASSAGE_CHARS) -> tuple[str, str] | None:
        """The last organisation named before ``char`` (within ``window``) right after a noun of
        the same kind as ``noun`` (*il quotidiano cinese **Beijing News***, *dal giornale **The
        Sun*** for *il giornale*; kinds by the grammar's ``media_synonyms``), or None. The noun
        says what the name is, whatever label the tagger gave it."""
        return next(self._introduced(doc, char, noun, window), None)

    def _introduced(self, doc: Doc, char: int, noun: str, window: int = PASSAGE_CHARS, apposed: bool = False):
        """The organisations named before ``char`` (within ``window``), the last first, right after
        a noun of the same kind as ``noun`` (:meth:`_introduced_as`); with ``apposed``, also those
        a comma and an article of that noun follow (***Al-Alam**, una televisione iraniana*)."""
        kind = self.medium_kind(noun)

        def of_kind(word: str) -> bool:
            return self.medium_kind(word) == kind and (word in self.g.media_nouns or word in self.g.media_synonyms)
        for ent in reversed(self.context(doc).ents_in_chars(max(0, char - window), char)):
            name = ent._.kit_canonical
            if len(ent.text) <= 2 or name.lower() == name:
                continue
            if of_kind(self._medium_before(doc, ent)):
                yield name, "ORG"
            elif apposed and ent.end + 2 < len(doc) and doc[ent.end].text == "," \
                    and norm_word(doc[ent.end + 1]) in self.g.definite | self.g.indefinite_articles \
                    and of_kind(norm_word(doc[ent.end + 2])):
                yield name, "ORG"

    def _medium_before(self, doc: Doc, ent: Span, prepositions: bool = True) -> str:
        """The noun of a medium or body (the grammar's ``media_nouns``, ``media_synonyms``) right
        before a name, after an article or (with ``prepositions``) a preposition (*il quotidiano
        cinese **Beijing News***, *la rivista **Voici***): what the name is, whatever label the
        tagger gave it; else ""."""
        k = ent.start - 1
        if k >= 1 and doc[k].is_lower and doc[k].pos_ == "ADJ":
            k -= 1  # "il quotidiano *cinese* Beijing News"
        before = norm_word(doc[k]) if k >= 1 else ""
        if (before in self.g.media_nouns or before in self.g.media_synonyms) \
                and norm_word(doc[k - 1]) in (self.g.definite | self.g.prepositions if prepositions else self.g.definite):
            return before
        return ""

    def _named_by_head(self, doc: Doc, char: int, head: str, window: int = 5000) -> tuple[str, str] | None:
        """The one organisation named before ``char`` (within ``window``) whose name opens with
        ``head`` (*la regione* -> *Regione Lazio*, *il comune* -> *Comune di Milano*); None when
        there are none or several."""
        found = {e._.kit_canonical
                 for e in self.context(doc).ents_in_chars(max(0, char - window), char)
                 if e.label_ == "ORG" and len(e) > 1 and norm_word(e[0]) == head}
        return (found.pop(), "ORG") if len(found) == 1 else None

    def _most_named_by_head(self, doc: Doc, char: int, head: str, window: int = 5000) -> tuple[str, str] | None:
        """The capitalised organisation named before ``char`` (within ``window``) whose name opens
        with ``head``, named more often than any other such and at least twice (*la corte* after
        *la Corte Suprema* three times and *la Corte Federale* once); else None."""
        counts: dict[str, int] = {}
        for e in self.context(doc).ents_in_chars(max(0, char - window), char):
            name = e._.kit_canonical
            if e.label_ == "ORG" and len(e) > 1 and norm_word(e[0]) == head and name.lower() != name:
                counts[name] = counts.get(name, 0) + 1
        ranked = sorted(counts.values(), reverse=True) + [0, 0]
        if ranked[0] < 2 or ranked[0] == ranked[1]:
            return None
        return next(n for n in counts if counts[n] == ranked[0]), "ORG"

    def _last_people(self, doc: Doc, char: int, count: int, window: int = 600) -> tuple[str, str] | None:
        """The last ``count`` different people named before ``char`` (within ``window``, outside
        quotations), joined as the guidelines join speakers (*A e B*, *A, B e C*); None when the
        article named fewer."""
        ctx = self.context(doc)
        found: list[str] = []
        for ent in reversed(ctx.ents_in_chars(max(0, char - window), char)):
            name = ent._.kit_canonical
            if ent.label_ != "PER" or len(ent.text) <= 2 or ctx.is_blocked(ent.start_char) \
                    or any(same_name(name, other) for other in found):
                continue
            found.insert(0, name)
            if len(found) == count:
                return self.join_names(found), "PER"
        return None

    def _description_table(self, doc: Doc) -> dict[str, tuple[str, str]]:
        ctx = self.context(doc)
        if ctx.descriptions is not None:
            return ctx.descriptions
        table: dict[str, tuple[str, str]] = {}
        ambiguous: set[str] = set()
        holders: dict[str, set[tuple[str, str]]] = {}
        # (a kin noun set off before a name is its description too: "la figlia di Anna Neri, Elisa
        # Novelli," is the one "la figlia" names later)
        titled = self.titles | self.g.kin_nouns
        for ent in doc.ents:
            if ent.label_ != "PER" or self._medium_before(doc, ent, prepositions=False):
                # (not "la rivista Voici, l'attrice…": a medium, whose apposition is no title of
                # it; "il coordinatore del partito X" gives X a title)
                continue
            j = ent.start - 1
            if j >= 0 and doc[j].text == ",":
                j -= 1  # apposition: "il portavoce del Dipartimento di Stato, Matthew Miller"
                k = j
                while k >= 0 and k > j - 8 and norm_word(doc[k]) not in titled and doc[k].text not in ".;:\n":
                    k -= 1
                if k < 0 or norm_word(doc[k]) not in titled:
                    continue
                inner = k
                while k > 0 and norm_word(doc[k - 1]) in self.titles and doc[k - 1].is_lower and not doc[k - 1].ent_type_:
                    k -= 1  # a title of two words: "l'amministratore delegato del gruppo, Carlo Bassi,"
                j = k + 2 if k + 1 < ent.start and doc[k + 1].is_lower and doc[k + 1].is_alpha and norm_word(doc[k + 1]) not in self.g.prepositions else k + 1
                start = k
            else:
                inner = None
                start = self._np_start(doc, ent.start, max(0, ent.start - 4))
                j = ent.start
                if start == ent.start and ent.start > 0 and norm_word(doc[ent.start - 1]) not in self.g.forms("di"):
                    # "il governatore della Lombardia Attilio Fontana": back over the domain (not
                    # "il portavoce di Marco Rossi": the name after "di" says whose title it is; its
                    # holder is someone else)
                    k = ent.start - 1
                    while k >= max(0, ent.start - 8) and norm_word(doc[k]) not in self.titles and (
                            doc[k].is_title or norm_word(doc[k]) in self.g.forms("di") | self.g.articles or doc[k].ent_iob_ in ("B", "I")
                            or doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in ("ADJ", "NOUN")):  # "degli esteri italiano"
                        k -= 1
                    if k >= 0 and norm_word(doc[k]) in self.titles and k < ent.start - 1:
                        start, j = k, k + 1
                        while j < ent.start and doc[j].is_lower and doc[j].is_alpha and norm_word(doc[j]) not in self.g.prepositions:
                            j += 1
            if start < ent.start:
                start = self._synonym_start(doc, start)  # "il primo ministro Ahmed Karim"
            value = (ent._.kit_canonical, ent.label_)
            # (words, whether they must open with a listed title): the title before the name,
            # the apposition after it, and a noun the article itself puts before the name
            found = [(self._words(doc, start, j), True), (self._apposition_after(doc, ent), True)]
            if start == ent.start:
                found.append((self._noun_before(doc, ent), False))
            if inner is not None and inner > start:
                # (and its last title alone: "il tecnico" after "il commissario tecnico della nazionale, X,")
                found.append((self._words(doc, inner, inner + 1), True))
            # (and the same words with a synonym replaced by its title: *il primo ministro X*
            # is the one *il premier* names later, and the other way round)
            found += [(self._with_title(words), listed) for words, listed in found
                      if words and self._with_title(words) != words]
            # (the domain of the title: "il sindaco *di Bergamo* Marco Rossi", "Marco Rossi,
            # sindaco *di Bergamo*,")
            domain = self._domain([norm_word(t) for t in doc[start:ent.start] if not t.is_punct]) if start < ent.start else set()
            domain |= self._domain(found[1][0])
            if domain:
                ctx.description_domains.setdefault(value[0], set()).update(domain)
            for words, listed in found:
                if not words or listed and words[0] not in (titled if start < ent.start and doc[ent.start - 1].text == "," else self.titles):
                    continue
                ctx.description_words.setdefault(value[0], []).append(words)
                for size in range(len(words), 0, -1):
                    if size < len(words) and words[size] in self.g.emeritus_words:
                        break  # "il papa emerito X": not the one "il papa" names
                    k = " ".join(words[:size])
                    if k in table and table[k] != value:
                        ambiguous.add(k)
                    table.setdefault(k, value)
                    holders.setdefault(k, set()).add(value)
        for k in ambiguous:
            table.pop(k, None)
            main = self._main_holder(doc, holders[k]) if k in self.g.sole_office_titles else None
            if main is not None:
                table[k] = main
        ctx.descriptions = table
        return table

    @staticmethod
    def _main_holder(doc: Doc, holders: set[tuple[str, str]]) -> tuple[str, str] | None:
        """Of the people the article gave the title of an office one person holds at a time (the
        grammar's ``sole_office_titles``: *Papa Benedetto XVI*, *papa Giovanni Paolo II*), the one
        it names at least twice as often as each other (the story's holder; the others, his
        predecessors, recalled in passing): *il pontefice*, *del papa* name him; else None (the
        title stays ambiguous)."""
        names = {name for name, _ in holders}
        counts = Counter(e._.kit_canonical for e in doc.ents if e._.kit_canonical in names)
        ranked = counts.most_common(2) + [(None, 0)]
        if ranked[0][1] < 2 or ranked[0][1] < 2 * ranked[1][1]:
            return None
        return next(value for value in holders if value[0] == ranked[0][0])

    def _synonym_start(self, doc: Doc, k: int) -> int:
        """The start of a title synonym that ends with the title at token ``k`` (*il **primo
        ministro** Ahmed Karim*), else ``k``."""
        for size in (4, 3, 2):
            if k - size + 1 >= 0 and " ".join(norm_word(t) for t in doc[k - size + 1:k + 1]) in self.g.title_synonyms:
                return k - size + 1
        return k

    def _office_domain(self, doc: Doc, ent) -> bool:
        """The body or place inside an office title (*Capo dello **Stato***, *il leader della
        **Lega** Umberto Bossi*): the guidelines leave it out of ``about``. Not a place after a
        title's word that is an adjective of the common noun before it (*il centro storico
        **dell'Aquila***: a part of the town, no historian; still *il consulente legale della
        **Juventus***, a body)."""
        k = ent.start - 1
        if k < 1 or ent.label_ == "PER" or norm_word(doc[k]) not in self.g.forms("di"):
            return False
        if norm_word(doc[k - 1]) not in self.titles or ent.label_ == "LOC" and k >= 2 and doc[k - 1].pos_ == "ADJ" \
                and doc[k - 2].pos_ == "NOUN" and norm_word(doc[k - 2]) not in self.titles:
            return False
        # the office of a person named right after it, or a one-word institution (*Stato*);
        # not a company or a body someone works for (*gli ex manager di Bear Stearns*)
        after = self.context(doc).ents_in_tokens(ent.end, ent.end + 1)
        return self._institution_word(ent) or any(
            e.start == ent.end and e.label_ == "PER" for e in after)

    def _domain_of_description(self, doc: Doc, d_start: int, d_end: int, resolved: tuple[str, str]) -> int | None:
        """Where the body or place named right after a definite description of a person's office
        starts (*il presidente **di Alleanza Popolare** ha sbagliato*, *il gesto del leader **dei
        Verdi***), when the description, tokens ``d_start`` to ``d_end``, is ``resolved`` to the
        person the article named with it: the description names that person, and the institution
        inside the office title is no ``about`` of its own (the guidelines). Not an apposition after
        a name (*Walter Neri, il leader del Partito X*: the body is named as well), nor a body
        that is the person itself; else None."""
        if resolved[1] != "PER" or d_end + 1 >= len(doc) or norm_word(doc[d_end]) not in self.g.forms("di"):
            return None
        if d_start >= 1 and doc[d_start - 1].text == ",":
            return None  # "X, il leader del partito Y": an apposition
        ent = next(iter(self.context(doc).ents_in_tokens(d_end + 1, d_end + 2)), None)
        if ent is None or ent.start != d_end + 1 or ent.label_ == "PER":
            return None
        return ent.start_char

    def _institution_word(self, ent) -> bool:
        """One capitalised common noun of an institution or a state (the grammar's
        ``institution_nouns``, ``generic_domains``, ``state_nouns``), maybe with lower-case
        adjectives after it: *Stato*, *Stato italiano*, *Consiglio comunale*, *Repubblica* (not
        *Forza Italia*, *Bear Stearns*, nor a one-word name of its own: *il presidente del
        **Sejm***, *ex premier del **Pakistan***, *un parroco di **Ladispoli***)."""
        return ent[0].text[:1].isupper() and ent[0].text[1:].islower() and all(
            t.is_lower and t.is_alpha for t in ent[1:]) \
            and norm_word(ent[0]) in self.domain_words

    def _is_speaker(self, name: str, speaker: str) -> bool:
        """Whether ``name`` is the speaker itself. A speaker described by a common noun names
        someone else after its preposition (*familiari di Gabriel García Márquez*, *ambasciatore
        iraniano in Iraq*): that name is what the quote can be about, not the speaker."""
        if not same_name(name, speaker):
            return False
        words, k = _described_words(speaker, self.g.prepositions)
        if not words[0][:1].islower():
            return True
        return k is None or same_name(name, " ".join(words[:k]))

    def _country_of(self, doc: Doc, noun: str) -> tuple[str, str] | None:
        """The one place the article names whose name a plural people's noun is made from (*i
        **turch**i*: *Turchia*, *i **giappone**si*: *Giappone*): the stem before the plural
        ending and the name but for its last letter open alike (five letters at least: not *i
        romani* for *Roma*); else None."""
        ending = next((e for e in self.g.demonym_plural_suffixes if noun.endswith(e)), None)
        if ending is None or not noun.isalpha():
            return None
        stem = noun[:-len(ending)]
        found = set()
        for ent in doc.ents:
            base = normalize(ent.text)[:-1]
            if ent.label_ in ("LOC", "ORG") and base.isalpha() and min(len(base), len(stem)) >= 5 \
                    and (stem.startswith(base) or base.startswith(stem)):
                found.add(ent._.kit_canonical)
        return (found.pop(), "LOC") if len(found) == 1 else None  # (a country the tagger may read as ORG)

    def _named_domain_end(self, doc: Doc, i: int, stop: int) -> int:
        """Where a description ending before token ``i`` ends with the *di* + capitalised name
        after it that names its domain (*presidente **del Senato***, the name tagged as an
        entity and so left out); ``i`` when none follows."""
        if i + 1 >= stop or norm_word(doc[i]) not in self.g.forms("di") or not doc[i + 1].is_title:
            return i
        end = i + 1
        while end < stop and doc[end].is_title and end - i < 5:
            end += 1
        return end

    def _apposition_end(self, doc: Doc, char: int) -> int:
        """Where the title apposition right after a speaker's mention ending at ``char`` ends
        (*Giovanni Neri**, presidente della Società Italiana di Botanica**, ha detto*): the
        names in it describe the speaker, not what it says. The apposition opens with a listed
        title (after an article, *ex* or *attuale*), or with *uno dei* / *una delle* and any
        noun (*Marco Neri, **uno dei soci della Fiat**, …*: one of a group), and runs to the
        next punctuation mark with no verb; a bracket right after the mention (*Mario Rossi (PD)*) too; ``char`` when there is
        none; the place after *di* right after a body's name (*l'Istituto … **di Prato***) too."""
        span = doc.char_span(char, char, alignment_mode="expand")
        i = span.start if span is not None else len(doc)
        if i + 1 < len(doc) and norm_word(doc[i]) in self.g.forms("di") and i > 0 and doc[i - 1].ent_type_ == "ORG":
            # "l'Istituto di Scienze Naturali di Prato": the place right after a body's name (cut
            # from it by the tagger) is its seat, part of what names the speaker
            place = next((e for e in self.context(doc).ents_in_tokens(i + 1, i + 2)
                          if e.start == i + 1 and e.label_ == "LOC"), None)
            if place is not None:
                return place.end_char
        if i + 1 < len(doc) and doc[i].text == "(":
            # "il segretario Mario Rossi (PD)": the party or body in brackets after the name
            close = next((j for j in range(i + 1, min(len(doc), i + 8)) if doc[j].text == ")"), None)
            return doc[close].idx + 1 if close is not None else char
        if i + 1 >= len(doc) or doc[i].text != ",":
            return char
        k = i + 1
        while k < len(doc) and norm_word(doc[k]) in self.g.articles | self.g.former_words | self.g.title_modifiers:
            k += 1
        if k + 1 < len(doc) and k == i + 2 and norm_word(doc[i + 1]) in self.g.indefinite_articles \
                and norm_word(doc[k]) in self.g.forms("di") and doc[k + 1].is_lower and doc[k + 1].pos_ == "NOUN":
            k += 1  # "X, uno degli autori dello studio, …": one of a group, any noun, describes X too
        elif k >= len(doc) or norm_word(doc[k]) not in self.titles:
            return char
        for j in range(k + 1, min(len(doc), k + 30)):
            if doc[j].is_punct or doc[j].is_quote:
                return doc[j].idx if j > k + 1 else char
            if doc[j].pos_ in ("VERB", "AUX"):
                return char
        return char

    def _relative_end(self, doc: Doc, char: int) -> int:
        """Where a relative clause set off by commas right after a speaker's mention ending at
        ``char`` ends (*secondo Padre X**, che dirige l'agenzia Y,** la situazione…*): what it
        names describes the speaker; ``char`` when none follows."""
        span = doc.char_span(char, char, alignment_mode="expand")
        i = span.start if span is not None else len(doc)
        if i + 2 >= len(doc) or doc[i].text != "," or not (
                norm_word(doc[i + 1]) == "che" or norm_word(doc[i + 1]) in self.g.articles and norm_word(doc[i + 2]) in self.g.relative_words):
            return char
        for j in range(i + 2, min(len(doc), i + 25)):
            if doc[j].text == ",":
                return doc[j].idx
            if doc[j].text in ".;:!?" or doc[j].is_quote:
                return char
        return char

    def _in_name_of(self, doc: Doc, ent) -> bool:
        """Whether ``ent`` only completes the name of an agreement, a law or an event that opens
        with a noun of the grammar's ``name_heads``, right before it or before *di*, the noun
        perhaps with its adjective: *gli accordi di **Parigi***, *il Gran Premio d'**Italia***,
        *il rally **Dakar***, *la legge speciale **Scelba***."""
        k = ent.start - 1
        if k >= 1 and norm_word(doc[k]) in self.g.forms("di"):
            k -= 1
        if k >= 1 and doc[k].pos_ == "ADJ" and doc[k].is_lower and norm_word(doc[k - 1]) in self.g.name_heads:
            k -= 1
        return k >= 0 and norm_word(doc[k]) in self.g.name_heads

    def _another_name(self, doc: Doc, ent) -> bool:
        """Whether ``ent`` is another name of a name just before (:meth:`_alias_of`)."""
        return self._alias_of(doc, ent) is not None

    def _alias_of(self, doc: Doc, ent) -> Span | None:
        """The name just before that ``ent`` names again: after words of the grammar's
        ``alias_words`` (an adverb inside, an article after them) that follow a name (a comma or
        an opening bracket between), or after an ``alias_joiners`` word and such a name: *Lisa
        Gherardini, nota anche come la **Monna Lisa** o **Gioconda***, *Alvarez (soprannominato
        **Canelo**…)*; not the name of what was only described (*un complesso, noto come **Utah
        Data Center***); else None."""
        k = ent.start - 1
        if k >= 1 and norm_word(doc[k]) in self.g.definite:
            k -= 1
        kept = [t for t in doc[max(0, k - 3):k + 1] if t.pos_ != "ADV"]
        for n in (1, 2):
            if len(kept) >= n and " ".join(norm_word(t) for t in kept[-n:]) in self.g.alias_words:
                first = kept[-n].i - (doc[kept[-n].i - 1].text in (",", "("))
                return self.context(doc).ent_before(first) if first >= 1 else None
        before = self.context(doc).ent_before(k) if k >= 1 and norm_word(doc[k]) in self.g.alias_joiners else None
        return None if before is None else self._alias_of(doc, before)

    def _alias_names(self, doc: Doc) -> dict[str, str]:
        """The other names the article gave a name (:meth:`_alias_of`: *Saul Alvarez,
        soprannominato Canelo*) -> that name's canonical form, so that a later *Canelo* alone
        names Saul Alvarez in ``about`` (computed once per document)."""
        ctx = self.context(doc)
        if ctx.alias_names is None:
            ctx.alias_names = {}
            for ent in ctx.ents:
                main = self._alias_of(doc, ent)
                if main is not None and main._.kit_canonical and ent._.kit_canonical != main._.kit_canonical:
                    ctx.alias_names.setdefault(ent._.kit_canonical, main._.kit_canonical)
        return ctx.alias_names

    def _in_time_conversion(self, doc: Doc, ent) -> bool:
        """Whether ``ent`` is inside a bracket opened right after words of a local time (the
        grammar's ``local_time_words``: *alle 10:36 ora locale **(in Italia le 3:36)***): the
        writer gives the hour elsewhere, no place the words are about."""
        k = ent.start - 1
        while k > 0 and ent.start - k < 8 and doc[k].text not in "()":
            k -= 1
        if k < 2 or doc[k].text != "(":
            return False
        return " ".join(norm_word(t) for t in doc[k - 2:k]) in self.g.local_time_words

    def _antecedent_of_marks(self, doc: Doc, start: int) -> Span | None:
        """The name a subject relative *che* right before the opening mark of a quotation starting
        at ``start`` stands for, set off by a comma after it: *un ringraziamento al cardinale Carlo
        Neri, che «sta pregando per me»* (the marks are the relative's verb phrase, the name its
        subject: what the reported clause is about); else None."""
        k = self.context(doc).token_at(start)
        if k < 4 or not doc[k - 1].is_quote or norm_word(doc[k - 2]) != "che" or doc[k - 3].text != ",":
            return None
        return self.context(doc).ent_before(k - 3)

    def _in_setting(self, doc: Doc, ent, content: int | None) -> bool:
        """Whether ``ent`` ends before the ``content`` offset and follows one of the grammar's
        ``setting_prepositions`` (an article between): where the cue's words were spoken or
        filed (*ha denunciato **presso la Questura di X** un furto*; the place after *di* that
        completes it too), not what they are about."""
        if content is None or ent.end_char > content:
            return False
        k = ent.start - 1
        if k >= 1 and norm_word(doc[k]) in self.g.forms("di"):
            before = self.context(doc).ent_before(k)
            return before is not None and self._in_setting(doc, before, content)
        if k >= 1 and norm_word(doc[k]) in self.g.definite:
            k -= 1
        return k >= 0 and norm_word(doc[k]) in self.g.setting_prepositions

    def about(self, doc: Doc, start: int, end: int, speaker: str | None,
              mention: tuple[int, int] | None = None, content: int | None = None) -> tuple[str, ...]:
        """Canonical names of what the text between two offsets names (entities, and
        descriptions the article resolves: *il presidente russo*), minus the speaker and the
        names inside its ``mention`` (character range: *il portavoce del sindaco X*) and the
        setting named before the ``content`` offset; the name a relative right before the marks
        stands for counts (:meth:`_antecedent_of_marks`). An entity written all in lower case (*il
        governo*) names nothing by itself and is left out."""
        found: list[tuple[int, str]] = []
        antecedent = self._antecedent_of_marks(doc, start if content is None else content)
        if antecedent is not None and antecedent._.kit_canonical.lower() != antecedent._.kit_canonical:
            found.append((antecedent.start_char, antecedent._.kit_canonical))  # "al cardinale X, che «…»"
        if mention:
            mention = (mention[0], self._apposition_end(doc, mention[1]))
            if start < mention[0]:  # (the speaker inside the content: "…, secondo X, che dirige Y, …")
                mention = (mention[0], self._relative_end(doc, mention[1]))
        for ent in self.context(doc).ents_in_chars(start, end + 2):
            if ent.end_char > end and (ent.start_char >= end or doc.text[end:ent.end_char].strip(_NAME_END_MARKS)):
                continue  # (a name whose own last mark the content leaves out stays: "da parte di Yahoo!")
            if mention and mention[0] <= ent.start_char and ent.end_char <= mention[1]:
                continue
            name = ent._.kit_canonical
            name = self._alias_names(doc).get(name, name)  # ("Canelo" after "Saul Alvarez, detto Canelo")
            if name.lower() in self.g.not_about or name.lower().endswith(self.g.event_name_ends) \
                    or self._in_name_of(doc, ent) or self._renamed_in_brackets(doc, ent) \
                    or self._title_adjective(doc, ent) or self._capital_of_position(doc, ent) \
                    or self._kind_of_noun(doc, ent) or self._another_name(doc, ent) \
                    or self._in_setting(doc, ent, content) or self._in_time_conversion(doc, ent) \
                    or self._demonym_of_place(doc, ent):
                continue  # "alla vigilia di Natale", "davanti a Dio", "la Champions League": no person, body or place
            if name.lower() == name and self._bare_definite(doc, ent):
                name = self._capitalised_as(doc, name)  # "il governo" after "il Governo"
            elif len(ent) == 1 and name == ent.text and ent.label_ != "PER" and self._bare_definite(doc, ent):
                name = self._short_body_name(doc, ent, name)
                if name is None:
                    continue
            if (name.lower() != name or ent.label_ == "ORG" and len(ent) > 1) and not self._office_domain(doc, ent):
                found.append((ent.start_char, name))
        span = doc.char_span(start, end, alignment_mode="contract")
        domains: set[int] = set()  # (where the body or place of a resolved title starts: "il leader dei Verdi")
        if span is not None and len(span):
            for sent in self.context(doc).sents_in(span.start, span.end):
                for d_start, d_end in self._descriptions(doc, sent, prepositions=True):
                    # (after a preposition, only a title the article gave in full, with its
                    # named domain: "nei confronti del presidente del Senato", "al Capo dello Stato")
                    after_preposition = d_start > 0 and norm_word(doc[d_start - 1]) in self.g.articulated_prepositions
                    if after_preposition:
                        d_end = self._named_domain_end(doc, d_end, sent.end)
                    phrase = doc[d_start:d_end]
                    if norm_word(doc[d_start]) in self.g.indefinite_articles:
                        continue  # "da un sottosegretario", "è un artista": no one the article named
                    if phrase.start_char >= start and phrase.end_char <= end and not any(
                            e.start == d_end for e in self.context(doc).ents_in_tokens(d_end, d_end + 1)):
                        resolved = self.resolve_description(doc, phrase, whole=after_preposition, speaker=speaker,
                                                            narrower=True)
                        if resolved is not None and self._named_near(doc, resolved[0], phrase.start_char):
                            found.append((phrase.start_char, resolved[0]))
                            domain = self._domain_of_description(doc, d_start, d_end, resolved)
                            if domain is not None:
                                domains.add(domain)
                found.extend(self._bodies_in(doc, sent, start, end))
                found.extend(self._people_in(doc, sent, start, end, speaker))
        out: list[str] = []
        for char, name in sorted(found):
            if char in domains:
                continue
            if speaker and self._is_speaker(name, speaker):
                continue
            if name not in out:
                out.append(name)
        return tuple(out)

    def clitic_referent(self, doc: Doc, cue, speaker: str | None, mention: tuple[int, int] | None = None,
                        window: int = PASSAGE_CHARS) -> str | None:
        """Who the object clitic of a cue that names or judges a person stands for (the
        grammar's ``calling_verbs``, ``predicative_verbs``, ``charge_verbs``, ``reason_verbs``):
        *Gianni Morandi **l'**ha definito «un amico grandissimo»* (the article's Lucio Dalla), *il
        marito **l'**avrebbe ritenuta una «vecchietta»*: of the people named in the ``window``
        characters before the cue, not the speaker and of the clitic's (or the participle's)
        gender, the one named most, the latest on a tie. A person of that gender named earlier in
        the cue's sentence is the one; a thing there of that gender (*contro la nuova
        costituzione e X l'aveva definita «una follia»*) takes it: None, as without a clitic."""
        if cue is None or cue.start < 1 or cue.verb not in self.person_object_verbs:
            return None
        clitic = norm_word(doc[cue.start - 1])
        enclitic = clitic not in self.g.object_clitic_gender and self._enclitic(doc, cue)
        if enclitic:
            clitic = enclitic  # "…, definendolo «…»": joined to the gerund
        elif clitic not in self.g.object_clitic_gender:
            return None  # ("gli ha detto": who was told, not who is judged)
        gender = self.g.object_clitic_gender[clitic] or None
        if gender is None and cue.end - cue.start > 1:  # "l'ha definita": the participle agrees
            said = doc[cue.end - 1].morph.get("Gender")
            gender = {"Masc": "M", "Fem": "F"}.get(said[0]) if said else None
        near = self._clitic_antecedent(doc, cue, gender, speaker, mention, cue.start - (1 if enclitic else 2))
        if near is not None:
            return near or None
        counts: dict[str, int] = {}
        latest: dict[str, int] = {}
        for ent in self.context(doc).ents_in_chars(max(0, cue.start_char - window), cue.start_char):
            name = ent._.kit_canonical
            if ent.label_ != "PER" or not name or name.lower() == name or speaker and self._is_speaker(name, speaker):
                continue
            if gender is not None and self._person_gender(doc, ent) not in (None, gender):
                continue
            counts[name] = counts.get(name, 0) + 1
            latest[name] = ent.start_char
        if not counts:
            return None
        return max(counts, key=lambda n: (counts[n], latest[n]))

    def participle_holder(self, doc: Doc, cue, speaker: str | None) -> str | None:
        """Whom the bare singular past participle of a passive cue, set off by a comma right after
        a name, describes: *Robert Mugabe, **invitato** dalla comunità internazionale a dimettersi*,
        *il PKK, **considerato** da Ankara un'organizzazione terroristica*, *Marco Neri, **accusato**
        di frode*: the one invited, judged or charged, the subject of what is reported (the
        guidelines: what the reported clause names); not the ``speaker``, nor a plural (*X e Y,
        **accusati** di…*: the last name is not all of them); else None."""
        if cue is None or not cue.passive or cue.end - cue.start != 1 or cue.start < 2 or doc[cue.start - 1].text != ",":
            return None
        said = doc[cue.start]
        if "Part" not in said.morph.get("VerbForm") or said.morph.get("Number") != ["Sing"]:
            return None
        ent = self.context(doc).ent_before(cue.start - 1)
        name = ent._.kit_canonical if ent is not None else ""
        if not name or name.lower() == name or speaker and self._is_speaker(name, speaker):
            return None
        return name

    def passive_subject(self, doc: Doc, cue, speaker: str | None) -> str | None:
        """The person or body named as the subject of a finite passive cue of judging, charging or
        urging (``person_object_verbs``, the grammar's ``a_infinitive_verbs``): *Marco Neri **è
        stato accusato** dalla procura di frode*, *la società X **è stata invitata** dal ministro
        a rivedere il piano*: the one charged or urged, what the report is about (as
        :meth:`participle_holder` for *X, accusato da…*); not the ``speaker``; else None."""
        if cue is None or not cue.passive or cue.verb not in self.person_object_verbs | self.g.a_infinitive_verbs:
            return None
        ctx = self.context(doc)
        for tok in doc[cue.start:cue.end]:
            for child in tok.children:
                if child.dep_ != "nsubj:pass" or child.i >= cue.start:
                    continue
                ent = ctx.ent_at(child.i)
                if ent is None and child.is_lower:  # "la società X", "il sindaco X": the name after its noun
                    ent = next(iter(ctx.ents_in_tokens(child.i + 1, child.i + 2)), None)
                name = ent._.kit_canonical if ent is not None and ent.label_ in ("PER", "ORG") else ""
                if name and name.lower() != name and not (speaker and self._is_speaker(name, speaker)):
                    return name
        return None

    def fronted_topic(self, doc: Doc, cue, speaker: str | None) -> str | None:
        """The person named after a preposition of the grammar's ``topic_prepositions`` that opens
        the cue's clause (the sentence; a bracket, a semicolon or *, e*) before its subject and
        verb: *Su Marco Neri gli inquirenti scrivono: «…»*, *…, e su Neri i giudici scrivono…*,
        *(su Luca Bassi, sconfitto quel giorno, ha detto: «…»)*:
        whom the words are about; not when a finite verb of its own comes between (*Su Neri
        si è detto molto, ma X ha detto…*), nor the ``speaker``; else None. A body or a channel
        (*Su Twitter X ha scritto*) is where words are written, not whom they are about."""
        if cue is None or not self.g.topic_prepositions:
            return None
        sent = self.context(doc).sent(cue.start)
        opening = next((k for k in range(cue.start - 1, sent.start, -1) if doc[k - 1].text in ("(", ";") or k - 1 > sent.start
                        and norm_word(doc[k - 1]) in self.g.coordinators and doc[k - 2].text == ","), sent.start)
        after = opening + 1 if opening + 1 < cue.start and norm_word(doc[opening]) in self.g.topic_prepositions \
            else self._topic_phrase_end(doc, opening, cue.start)
        if after is None:
            return None
        ent = next(iter(self.context(doc).ents_in_tokens(after, after + 1)), None)
        if ent is None or ent.start != after or ent.label_ != "PER" or ent.end > cue.start \
                or any(self.is_finite(t) or t.text in (":", ";") or t.is_quote for t in doc[ent.end:cue.start]):
            return None
        name = ent._.kit_canonical
        if not name or name.lower() == name or speaker and self._is_speaker(name, speaker):
            return None
        return name

    def _topic_phrase_end(self, doc: Doc, opening: int, cue_start: int) -> int | None:
        """The token after the last phrase of the grammar's ``topic_phrases`` between token
        ``opening`` and the cue, at ``opening`` or right after a comma (*A proposito di X, …*,
        *Il sindaco, parlando di X, ha detto…*); else None."""
        found = None
        for k in range(opening, cue_start):
            if k > opening and doc[k - 1].text != ",":
                continue
            after = self._listed_phrase_end(doc, k, cue_start - 1, self.topic_phrases)  # (a word at least before the cue)
            if after > k:
                found = after
        return found

    def _enclitic(self, doc: Doc, cue) -> str | None:
        """The object clitic joined to the end of the cue's gerund or infinitive (*definendo**lo***,
        *chiamandol**a***, *per criticar**li***); not *le*, mostly *to her* there (*dicendole*);
        else None."""
        for tok in doc[cue.start:cue.end]:
            word = norm_word(tok)
            for clitic in self.g.object_clitic_gender:
                stem = word[:-len(clitic)]
                if clitic.isalpha() and clitic != "le" and word.endswith(clitic) and len(stem) > 4 \
                        and stem.endswith(self.g.enclitic_verb_endings):
                    return clitic
        return None

    def _clitic_antecedent(self, doc: Doc, cue, gender: str | None, speaker: str | None,
                           mention: tuple[int, int] | None, k: int | None = None) -> str | None:
        """The nearest word of ``gender`` before the clitic of ``cue`` in its sentence that a
        clitic can stand for: a person's name (not the speaker's, nor inside ``mention``) -> that
        name; a common noun of a thing -> "" (the clitic takes it up, no one is judged); None
        when the sentence names neither (people words such as *il marito* and the speaker's own
        titles, *l'ex milanista Gianni Rivera*, are passed over)."""
        sent = self.context(doc).sent(cue.start)
        people = self.speaking_nouns | self.g.person_nouns | self.g.kin_nouns
        want = {"M": "Masc", "F": "Fem"}.get(gender or "")
        k = cue.start - 2 if k is None else k
        while k >= sent.start:
            tok = doc[k]
            if mention and mention[0] <= tok.idx < mention[1]:
                k = self._before_title_run(doc, k, sent.start, mention[0])
                continue
            if tok.ent_type_ == "PER":
                ent = self.context(doc).ent_before(k + 1)  # (walking back: the entity ending here)
                name = ent._.kit_canonical if ent is not None else ""
                if ent is not None and not (speaker and self._is_speaker(name, speaker)) \
                        and (gender is None or self._person_gender(doc, ent) in (None, gender)):
                    return name
                k = (ent.start if ent is not None else k) - 1
                continue
            if tok.pos_ in ("NOUN", "PROPN") and not tok.ent_type_ == "PER" and not self.word_forms(tok) & people \
                    and (want is None or tok.morph.get("Gender") == [want]):
                return ""
            k -= 1
        return None

    def _before_title_run(self, doc: Doc, k: int, floor: int, start_char: int) -> int:
        """The token before the words that open a mention starting at ``start_char`` (from token
        ``k`` inside it): articles, prepositions, adjectives and nouns in lower case, joined by
        *e*/*ed* (*Il concittadino ed amico* Gianni Morandi, *dall'ex milanista* Gianni Rivera)."""
        while k >= floor and doc[k].idx >= start_char:
            k -= 1
        while k >= floor and doc[k].is_lower and (doc[k].pos_ in ("DET", "ADJ", "NOUN", "ADP", "NUM") or
                                                  norm_word(doc[k]) in self.g.coordinators and doc[k + 1].pos_ in ("NOUN", "ADJ")):
            k -= 1
        return k

    def _title_adjective(self, doc: Doc, ent: Span) -> bool:
        """Whether ``ent`` is one capitalised adjective of an office title the tagger took for a
        name: next to a title noun (*il Direttore **Generale***, *il Segretario **Generale***,
        *l'attuale **Primo** ministro*): an office, no one named by it."""
        if len(ent) != 1 or ent[0].pos_ != "ADJ":
            return False
        return any(0 <= k < len(doc) and norm_word(doc[k]) in self.titles for k in (ent.start - 1, ent.end))

    def _demonym_of_place(self, doc: Doc, ent: Span) -> bool:
        """Whether ``ent`` is one capitalised adjective of a place the article names: the
        place's one-word name less its last vowel, then one of the grammar's
        ``adjective_suffixes`` (*sono **Meranese** di nascita* beside *Merano*, *i tifosi
        **Milanesi*** beside *Milano*), the word no part of a fuller name (*Romano* of *Romano
        Prodi*): an adjective, no entity. After an article it is a noun, a land or a people
        named (*il **Trentino*** beside *Trento*, *dai **Romani***), and stays."""
        word = ent.text.lower()
        if len(ent) != 1 or ent._.kit_canonical != ent.text \
                or ent.start > 0 and norm_word(doc[ent.start - 1]) in self.g.definite | self.g.articulated_prepositions:
            return False
        stems = {word[:-len(s)] for s in self.g.adjective_suffixes if word.endswith(s) and len(word) - len(s) >= 3}
        return any(len(e) == 1 and e.label_ in ("LOC", "GPE") and e.text.lower() != word
                   and e.text.lower()[:-1] in stems and e.text.lower()[-1] in "aeiou"
                   for e in self.context(doc).ents)

    @staticmethod
    def _capital_of_position(doc: Doc, ent: Span) -> bool:
        """Whether ``ent`` is one word the tagger reads as an adjective, verb or adverb,
        capitalised only by where it stands, opening a sentence or after a colon or an opening
        quote mark (*: **Registrarli**, richiamarli…*, *. **Fermarli** subito…*): no name."""
        if len(ent) != 1 or ent[0].pos_ not in ("ADJ", "VERB", "AUX", "ADV"):
            return False
        return ent[0].is_sent_start or ent.start > 0 and doc[ent.start - 1].text in (":", "«", '"', "“")

    def _renamed_in_brackets(self, doc: Doc, ent: Span) -> bool:
        """Whether ``ent``, a body alone in brackets right after a body's name, only names that
        body again (a translation, a full or short form: *la Lord Buddha Foundation (Fondazione
        del Buddha)*): one body, named once in ``about``. A place in brackets after a place says
        where it is (*Wadowice (Polonia)*) and stays."""
        if ent.label_ != "ORG" or ent.start < 2 or doc[ent.start - 1].text != "(" \
                or ent.end >= len(doc) or doc[ent.end].text != ")":
            return False
        before = self.context(doc).ent_before(ent.start - 1)
        return before is not None and before.label_ == "ORG"

    def _bare_definite(self, doc: Doc, ent: Span) -> bool:
        """An entity after a definite article (or a preposition joined to one) with no name right
        after it: *dal governo*, not *di governo* or *dal governo Berlusconi*."""
        return ent.start > 0 and norm_word(doc[ent.start - 1]) in self.g.definite | self.g.articulated_prepositions \
            and not (ent.end < len(doc) and doc[ent.end].is_title)

    def _capitalised_as(self, doc: Doc, name: str) -> str:
        """The name of an entity the article writes with a capital (*il Governo*) that ``name``,
        written all in lower case (*il governo*), only writes so: the body the article named;
        else ``name``."""
        for ent in doc.ents:
            other = ent._.kit_canonical
            if other != name and other.lower() == name and other[:1].isupper():
                return other
        return name

    def _kind_of_noun(self, doc: Doc, ent: Span) -> bool:
        """Whether ``ent`` is one capitalised noun of an institution after a bare *di* that
        classifies the common noun before it (*il partito **di Governo***, *il mandato di
        Governo*, *un uomo di Chiesa*): a kind, no body named; not one coordinated with another
        (*le commissioni di Camera e Senato*)."""
        k = ent.start - 1
        if len(ent) != 1 or k < 1 or norm_word(ent[0]) not in self.g.institution_nouns \
                or norm_word(doc[k]) not in self.g.forms("di") - self.g.articulated_prepositions:
            return False
        coordinated = ent.end < len(doc) and doc[ent.end].pos_ == "CCONJ"
        return doc[k - 1].pos_ == "NOUN" and doc[k - 1].is_lower and not coordinated

    def _short_body_name(self, doc: Doc, ent: Span, name: str) -> str | None:
        """The body a one-word capitalised noun of an institution (the grammar's
        ``institution_nouns``) after a definite article stands for: the one longer name the
        article gave opening with that word (*la Commissione* after *la Commissione parlamentare
        Antimafia*); for a noun of a kind of organisation (``body_nouns``: *della Banca*), the
        one introduced with it, else the one the passage before names most, else None (a kind,
        no name); otherwise ``name`` itself (*il Governo*, *la Rai*)."""
        head = norm_word(ent[0])
        if head not in self.g.institution_nouns:
            return name  # a name of its own (*la Rai*, *la Luna*)
        named = self._named_by_head(doc, ent.start_char, head)
        if named is not None:
            return named[0]
        if head not in self.g.body_nouns:
            return name
        named = self._introduced_as(doc, ent.start_char, head) or self._most_named(doc, ent.start_char, "ORG")
        return named[0] if named is not None else None

    def _bodies_in(self, doc: Doc, sent: Span, start: int, end: int) -> list[tuple[int, str]]:
        """(offset, name) of each definite singular noun of a body (the grammar's ``body_nouns``)
        or of a country (``country_nouns``) between two offsets of ``sent``, after its article or
        an article and a possessive (*il **nostro** paese*, *del **suo** partito*: the one the
        speaker belongs to, the one the passage names), with no name, *di* or adjective after it
        that says which (*il suo divorzio **dal club***, *di lasciare **il paese***; not *la
        società serba*): the organisation the article introduced with that noun, else the
        organisation (the place, for a country) the passage before it names most; for a country
        the passage right before names no place twice, the country a longer one names most. A
        noun of another institution (``institution_nouns``: *la regione*, *il tribunale*, *la
        commissione*) is the one capitalised body named before it whose name opens with that
        noun (:meth:`_named_by_head`: *la Regione Puglia*), else the one of them named most
        (:meth:`_most_named_by_head`), as for a body's noun no other way resolves (*la corte*
        after *la Corte Suprema* three times and *la Corte Federale* once); not the body of an
        office title (*il presidente della regione*) nor a noun inside a name."""
        norms = self.context(doc).norms
        nouns, definite = self.g.body_nouns | self.g.country_nouns | self.g.institution_nouns, \
            self.g.definite | self.g.articulated_prepositions
        possessives = self.g.possessives | self.g.own_voice_possessives
        out = []
        for i in range(max(sent.start, 1), sent.end):
            k = i - 2 if i >= 2 and norms[i - 1] in possessives else i - 1
            article = doc[k]
            if norms[i] not in nouns or k < sent.start or article.idx < start or doc[i].idx >= end \
                    or norms[k] not in definite or article.morph.get("Number") == ["Plur"]:
                continue
            if i + 1 < len(doc) and (doc[i + 1].ent_type_ or norms[i + 1] in self.g.forms("di")
                                     or doc[i + 1].pos_ == "ADJ" and norms[i + 1] not in self.g.sameness_words):
                continue  # "la società Autostrade", "il partito di Renzi", "la società serba": it says which
            if norms[i] in self.g.country_nouns:
                # "di lasciare il paese": Siria; "il nostro paese", "del suo paese": a country
                # (the speaker's), not the city or the region the passage names
                # (a country is named seldom, at the top of its story: "la crisi che ha polarizzato
                # il Paese" far below "le Maldive")
                named = self._most_named(doc, article.idx, "LOC", places=self._country_names(), places_only=k < i - 1) \
                    or self._most_named(doc, article.idx, "LOC", window=2000, places=self._country_names(),
                                        places_only=True)
            elif norms[i] not in self.g.body_nouns:
                # "la regione" after "la Regione Puglia"; not "il presidente del Consiglio", nor the
                # "Consiglio" of "la Presidenza del Consiglio"
                named = None if k >= 1 and norms[k] in self.g.forms("di") and norms[k - 1] in self.titles \
                    or doc[i].ent_iob_ == "I" else self._named_by_head(doc, article.idx, norms[i]) \
                    or self._most_named_by_head(doc, article.idx, norms[i])
                if named is not None and named[0].lower() == named[0]:
                    named = None
            else:
                named = self._introduced_as(doc, article.idx, norms[i]) or self._most_named(doc, article.idx, "ORG") \
                    or self._most_named_by_head(doc, article.idx, norms[i])
            if named is not None:
                out.append((article.idx, named[0]))
        return out

    def _people_in(self, doc: Doc, sent: Span, start: int, end: int, speaker: str | None) -> list[tuple[int, str]]:
        """(offset, name) of each definite singular noun of the grammar's ``story_person_nouns``
        between two offsets of ``sent`` (after its article, or an article and a possessive: *della
        ragazza*, *l'uomo*, *il suo assistito*), with no name, *di* or adjective after it that says
        which (not *la ragazza Anna*, *l'uomo di 40 anni*, *la donna italiana*): the person of its
        gender (the noun's, else its article's) named more often than any other in the passage
        before it, not the speaker (*la bambina* for Madeleine McCann; *la donna* for the one
        woman named before it, once)."""
        norms = self.context(doc).norms
        definite = self.g.definite | self.g.articulated_prepositions
        out = []
        for i in range(max(sent.start, 1), sent.end):
            if norms[i] not in self.g.story_person_nouns or doc[i].idx >= end:
                continue
            k = i - 2 if i >= 2 and norms[i - 1] in self.g.possessives else i - 1
            article = doc[k]
            if k < sent.start or article.idx < start or norms[k] not in definite \
                    or "Plur" in doc[i].morph.get("Number") + article.morph.get("Number"):
                continue
            if i + 1 < len(doc) and (doc[i + 1].ent_type_ or norms[i + 1] in self.g.forms("di")
                                     or doc[i + 1].pos_ in ("ADJ", "NOUN", "PROPN")):
                continue  # (a noun too: the tagger swaps "la ragazza straniera")
            said = doc[i].morph.get("Gender") or article.morph.get("Gender")
            gender = {"Masc": "M", "Fem": "F"}.get(said[0]) if said else None
            if gender is not None:
                named = self._most_named_person(doc, article.idx, gender, speaker,
                                                untitled=norms[i] in self.g.child_nouns)
                if named is not None:
                    out.append((article.idx, named))
        return out

    def earlier_description(self, doc: Doc, span: Span, window: int = 600) -> str | None:
        """*L'uomo ha confessato…*, *la donna ha raccontato…*: a bare definite noun of the
        grammar's ``story_person_nouns`` that no name resolves is the person the passage before
        it (within ``window`` characters) last described, singular and of its gender, with a
        title, a relative's or a role's noun (``story_role_nouns``: *il convivente di Sara*, *la
        sua compagna*, *l'accusatrice*): that description, without article or possessive, with
        the adjectives after its noun and a name after its *di*. None when a person is named
        before it of its gender or between the two (the rules of names come first), when the
        nearest such noun is of the other gender or followed by a name, or when there is none;
        a noun after a preposition (*la moglie dell'autista*) or of either gender after an elided
        article (*l'autista*) is passed over."""
        norms = self.context(doc).norms
        words = [t for t in span if t.is_alpha and norm_word(t) not in self.g.articles]
        if len(words) != 1 or norm_word(words[0]) not in self.g.story_person_nouns - self.g.child_nouns \
                or norm_word(span[0]) not in self.g.definite:
            return None  # (not "la bambina": a child holds no title, no part of the grown-ups')
        gender = self._gender_of(words[0], span[0])
        if gender is None:
            return None
        people = self.titles | self.g.kin_nouns | self.g.story_role_nouns  # (no body: "la polizia")
        ctx = self.context(doc)
        for i in range(span.start - 1, 0, -1):
            if doc[i].idx < span.start_char - window:
                return None
            if norms[i] not in people or norms[i] in self.g.story_person_nouns or doc[i].pos_ != "NOUN" \
                    or "Plur" in doc[i].morph.get("Number"):
                continue  # (not "i carabinieri", a group)
            k = i - 2 if norms[i - 1] in self.g.possessives else i - 1
            if k < 0 or norms[k] not in self.g.definite:
                continue  # (not "la moglie dell'autista": a complement's noun)
            if norms[i].endswith(self.g.common_gender_endings) and not doc[k].morph.get("Gender"):
                continue  # "l'autista": either gender
            if self._gender_of(doc[i], doc[k]) != gender:
                return None  # the nearest one is someone else
            end = i + 1
            while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].is_lower:
                end += 1  # "la sua compagna nigeriana"
            named = None
            if end + 1 < len(doc) and norms[end] in self.g.forms("di"):
                named = next((e for e in ctx.ents_in_tokens(end + 1, end + 2) if e.start == end + 1), None)
            if doc[end].ent_type_ == "PER" if end < len(doc) else False:
                return None  # "il convivente Marco Rossi": a name, the other rules' to give
            after = named.end if named is not None else end
            if any(e.label_ == "PER" for e in ctx.ents_in_tokens(after, span.start)) or any(
                    e.label_ == "PER" and (named is None or e.start != named.start) and self._agrees(doc, e, gender)
                    for e in ctx.ents_in_chars(max(0, span.start_char - window), span.start_char)):
                return None  # a person named in between, or one of its gender before: the rules of names'
            if named is not None:
                return " ".join([t.text for t in doc[i:end]] + [doc[end].text, named.text])  # "convivente di Sara"
            return " ".join(t.text for t in doc[i:end])
        return None

    def _gender_of(self, noun, article) -> str | None:
        """"M" or "F": the gender of a singular noun (else of its article: *il convivente*), or None."""
        said = noun.morph.get("Gender") or article.morph.get("Gender")
        return {"Masc": "M", "Fem": "F"}.get(said[0]) if said else None

    def _country_names(self) -> frozenset[str]:
        """The names of countries in the rule file's language (CLDR's, as the entity rules read
        them, cached there; no world region, *Europa*, *America Latina*); none when the rule
        file turns CLDR off."""
        if not self.rules.places.get("cldr", True):
            return frozenset()
        from ..components.entities import cldr_places  # (the components import this package)

        return frozenset(cldr_places(self.rules.lang, countries=True))

    def _most_named_person(self, doc: Doc, char: int, gender: str, speaker: str | None,
                           window: int = PASSAGE_CHARS, untitled: bool = False) -> str | None:
        """The person whose name (or a participle agreeing with it) says they are of ``gender``,
        not the ``speaker``, named more often than any other (once is enough when no other
        person of that gender is named: *Anna Neri è stata colpita… la donna*) in the
        ``window`` characters before ``char`` (a name that says nothing of it, *Oscar*, is not
        taken for *la donna*), a first name and a surname: a surname alone says no gender
        (*Obama*, *Costa*). With ``untitled`` (a child's noun, *la bambina*), not a person the
        article introduced with a title (*la senatrice Anna Neri*)."""
        counts: dict[str, int] = {}
        titled = self._given_title(doc, self.titles - self.g.child_nouns) if untitled else set()
        for ent in self.context(doc).ents_in_chars(max(0, char - window), char):
            name = ent._.kit_canonical
            if ent.label_ != "PER" or len(name.split()) < 2 or name.lower() == name or name in titled \
                    or speaker and self._is_speaker(name, speaker) or self._person_gender(doc, ent) != gender:
                continue
            counts[name] = counts.get(name, 0) + 1
        ranked = sorted(counts.values(), reverse=True) + [0, 0]
        if ranked[0] == 0 or ranked[0] == ranked[1]:
            return None
        return next(n for n in counts if counts[n] == ranked[0])

    def _most_named(self, doc: Doc, char: int, label: str, window: int = 800,
                    places: frozenset[str] = frozenset(), places_only: bool = False) -> tuple[str, str] | None:
        """The ``label`` entity named more often than any other in the ``window`` characters
        before ``char``, and at least twice (*il Partito Democratico… del PD… del Pd*): the body
        the passage is about; else None. An organ inside a body (the grammar's ``organ_nouns``:
        *il Consiglio d'amministrazione*) is never the organisation a body's noun stands for.
        A name of ``places`` counts whatever its label (a country acting, *l'Italia può
        crescere*, the tagger reads as an organisation); with ``places_only``, no other does."""
        counts: dict[str, int] = {}
        for ent in self.context(doc).ents_in_chars(max(0, char - window), char):
            name = ent._.kit_canonical
            if label == "ORG" and norm_word(ent[0]) in self.g.organ_nouns:
                continue
            if (ent.label_ == label and not places_only or ent.text in places) and len(ent.text) > 1 and ent.text[0].isupper() and name.lower() != name:
                counts[name] = counts.get(name, 0) + 1
        ranked = sorted(counts.values(), reverse=True) + [0, 0]
        if ranked[0] < 2 or ranked[0] == ranked[1]:
            return None
        return next(n for n in counts if counts[n] == ranked[0]), label


def _described_words(speaker: str, prepositions: frozenset[str]) -> tuple[list[str], int | None]:
    """The words of a speaker's name (an elided article set apart) and the index of the first of
    ``prepositions`` after its head: *familiari di Gabriel García Márquez* -> (words, 1); None
    when there is none."""
    words = speaker.replace("'", "' ").split()
    return words, next((i for i, w in enumerate(words) if i and w.lower() in prepositions), None)
