"""Source markers, frames and impersonal reports found by probing (kit issue #12): forms of
Italian news written for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a capitalised preposition with its article run into a well-known body is not its name
    ("Dalla Fiom si apprende che la vertenza è chiusa.",
     [("indirect", "la vertenza è chiusa", "Fiom")]),
    ("Dalla Caritas si apprende che i pasti sono raddoppiati.",
     [("indirect", "i pasti sono raddoppiati", "Caritas")]),
    ("Dalla Cisl trapela che l'accordo è vicino.",
     [("indirect", "l'accordo è vicino", "Cisl")]),
    # the look-alikes: an article before the body, and a surname that starts like a preposition
    ("Il Codacons ha denunciato che le bollette sono aumentate.",
     [("indirect", "le bollette sono aumentate", "Codacons")]),
    ("L'imprenditore Diego Della Rocca ha detto che l'azienda non è in vendita.",
     [("indirect", "l'azienda non è in vendita", "Diego Della Rocca")]),
])
def test_preposition_before_body(shipped, text, expected):
    """*Dalla Cisl si apprende che…*: the sentence's first word, a preposition with its article,
    is not part of the body's name the NER ran it into."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a passive of ruling out with "da" + a thing: what someone was left out of, no one's words
    ("Per un vizio di forma, l'impresa è stata esclusa dall'appalto.", []),
    ("Il velocista è stato escluso dalla finale dei cento metri.", []),
    ("Due candidati sono stati esclusi dalla lista per le comunali.", []),
    # the look-alikes: the one who ruled it out, a person, a body or a title, named after "da"
    ("L'ipotesi del suicidio è stata esclusa dagli investigatori.",
     [("indirect", "L'ipotesi del suicidio", "investigatori")]),
    ("La pista anarchica è stata esclusa dal procuratore Luigi Ferrante.",
     [("indirect", "La pista anarchica", "Luigi Ferrante")]),
])
def test_passive_left_out_of(shipped, text, expected):
    """*è stata esclusa dalla gara*: the passive of *escludere* with *da* + a thing (a contest, a
    list, a tender) leaves someone out of it; only a person or a body after *da* rules out."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "si legge" in a document taken up with a definite article, or in none: the issuer of the
    # document a sentence before names
    ("La Lega ha pubblicato una nota sul voto. Nella nota si legge che il partito non sosterrà la mozione.",
     [("indirect", "il partito non sosterrà la mozione", "Lega")]),
    ("L'Unicef ha diffuso un rapporto sull'infanzia. Nel rapporto si legge che un bambino su cinque non va a scuola.",
     [("indirect", "un bambino su cinque non va a scuola", "Unicef")]),
    ("Il Comune di Parma ha diffuso una nota sul caso. «Il servizio riprenderà domani», si legge nel testo.",
     [("direct", "Il servizio riprenderà domani", "Comune di Parma")]),
    # the look-alikes: a document of its own (indefinite, or with its issuer), a sign, a rumour
    ("La Lega ha pubblicato una nota sul voto. In una lettera anonima si legge che il partito è diviso.",
     [("indirect", "il partito è diviso", None)]),
    ("La Lega ha pubblicato una nota sul voto. Nel comunicato della Cgil si legge che lo sciopero è confermato.",
     [("indirect", "lo sciopero è confermato", "Cgil")]),
    ("La Lega ha pubblicato una nota sul voto. Si mormora che il segretario si dimetterà.",
     [("indirect", "il segretario si dimetterà", None)]),
])
def test_document_taken_up(shipped, text, expected):
    """*X ha diffuso una nota. Nella nota si legge che…*: a document taken up with a definite
    article speaks for the issuer the text named before; an indefinite one speaks for no one."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "così" signing a quotation with an apposition set off by commas: a name after the
    # description, a title or kin after the name, then a short closing phrase or nothing
    ("«La stagione è salva», così l'assessore al Turismo, Giulia Conti, dopo la riunione.",
     [("direct", "La stagione è salva", "Giulia Conti")]),
    ("«Non ci fermeremo», così Pietro Sala, segretario della Fiom, al presidio.",
     [("direct", "Non ci fermeremo", "Pietro Sala")]),
    ("«Torneremo presto», così Luisa Bruni, sua sorella.",
     [("direct", "Torneremo presto", "Luisa Bruni")]),
    # the look-alikes: the signature closing the sentence, a description alone, and "così"
    # as "so" after a clause with no quotation
    ("«La stagione è salva», così l'assessore al Turismo, Giulia Conti.",
     [("direct", "La stagione è salva", "Giulia Conti")]),
    ("«La stagione è salva», così il direttore del museo.",
     [("direct", "La stagione è salva", "direttore del museo")]),
    ("Il traghetto è partito in ritardo, così il sindaco, Marco Gatti, ha perso la riunione.", []),
])
def test_signed_with_apposition(shipped, text, expected):
    """*«…», così il presidente della Regione, Marco Ferri, al termine dell'incontro*: the
    apposition set off by commas belongs to the signature; the name signs the quotation."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a document set off by a comma before "secondo cui" / "secondo il quale": its publisher
    ("Il Cnr ha diffuso un rapporto, secondo cui i ghiacciai alpini si ritirano.",
     [("indirect", "i ghiacciai alpini si ritirano", "Cnr")]),
    ("L'Oms ha pubblicato uno studio, secondo il quale il fumo uccide otto milioni di persone l'anno.",
     [("indirect", "il fumo uccide otto milioni di persone l'anno", "Oms")]),
    # the look-alikes: a document no one is said to publish, and one with no comma
    ("È uscito uno studio, secondo il quale il fumo uccide.",
     [("indirect", "il fumo uccide", None)]),
    ("L'Istat ha pubblicato una ricerca secondo la quale le nascite calano.",
     [("indirect", "le nascite calano", "Istat")]),
])
def test_published_document_before_comma(shipped, text, expected):
    """*X ha pubblicato uno studio, secondo cui…*: the comma before the relative source does not
    hide the publisher of the document it is said of."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a word of time after the verb of a "quanto" source: when it was said, not the content
    ("Secondo quanto ha riferito stamattina il questore, i fermati sono quattro.",
     [("indirect", "i fermati sono quattro", "questore")]),
    ("Secondo quanto comunicato ieri sera dalla Regione Lazio, i fondi sono stati sbloccati.",
     [("indirect", "i fondi sono stati sbloccati", "Regione Lazio")]),
    ("A quanto ha spiegato oggi la portavoce Giulia Serra, il vertice è confermato.",
     [("indirect", "il vertice è confermato", "Giulia Serra")]),
    ("Secondo quanto si è appreso ieri, il vertice è slittato.",
     [("indirect", "il vertice è slittato", None)]),
    # the look-alikes: no time word, and a rule's "quanto previsto", no source
    ("Secondo quanto ha riferito il questore, i fermati sono quattro.",
     [("indirect", "i fermati sono quattro", "questore")]),
    ("Secondo quanto previsto ieri dal decreto, i negozi chiuderanno alle 18.", []),
])
def test_time_after_quanto_verb(shipped, text, expected):
    """*secondo quanto ha dichiarato ieri il premier X, …*: a word of time between the verb of a
    *quanto* source and its subject belongs to the source phrase."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the one told, "a" + people, a group or a venue, after or before the subject of a
    # "quanto" source: not part of the speaker
    ("Secondo quanto hanno spiegato i medici ai familiari, il paziente è fuori pericolo.",
     [("indirect", "il paziente è fuori pericolo", "medici")]),
    ("Secondo quanto riferito dai carabinieri alla stampa, il ladro è fuggito.",
     [("indirect", "il ladro è fuggito", "carabinieri")]),
    ("Secondo quanto ha detto ai giornalisti il sindaco, la scuola riaprirà.",
     [("indirect", "la scuola riaprirà", "sindaco")]),
    # the look-alikes: a title's field after "al" / "alla" stays in the title
    ("Secondo quanto ha riferito l'assessore al Turismo, la stagione è salva.",
     [("indirect", "la stagione è salva", "assessore al Turismo")]),
    ("Secondo quanto ha riferito l'assessore alla sanità, i reparti riapriranno.",
     [("indirect", "i reparti riapriranno", "assessore alla sanità")]),
])
def test_addressee_in_quanto_source(shipped, text, expected):
    """*secondo quanto ha detto il sindaco ai giornalisti, …*: whom the source spoke to is not
    part of who spoke."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an outlet or a source marker after a direct quotation and its own cue: the channel
    ("«Il porto resta aperto», ha assicurato il sindaco Paolo Gatti, come riferisce l'agenzia Ansa.",
     [("direct", "Il porto resta aperto", "Paolo Gatti")]),
    ("«Non ci ritireremo», ha detto il generale Karim Aziz, secondo la Bbc.",
     [("direct", "Non ci ritireremo", "Karim Aziz")]),
    # the look-alikes: the same outlet with no cue of the quotation's own, and an outlet after
    # unmarked words
    ("«Non ci ritireremo», ha detto il generale Karim Aziz alla Bbc.",
     [("direct", "Non ci ritireremo", "Karim Aziz")]),
    ("Il porto resta aperto, come riferisce l'agenzia Ansa.",
     [("indirect", "Il porto resta aperto", "Ansa")]),
])
def test_outlet_after_signed_quotation(shipped, text, expected):
    """*«…», ha detto X, come riporta la Bbc*: the outlet passes the speaker's words on; no
    report of the outlet's own spans the quotation and its cue."""
    assert spoken(shipped, text) == expected
