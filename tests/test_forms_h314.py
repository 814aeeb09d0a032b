"""Speakers of cues the kit already finds (kit issue #12, the speakers family of the probes):
forms of Italian news written for these tests (no sentence comes from a gold set, the fresh text
or the probes)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an unnamed description of someone named after "di" keeps its whole phrase
    ("Il legale di Franco Serra ha detto che l'udienza è rinviata.",
     [("indirect", "l'udienza è rinviata", "legale di Franco Serra")]),
    ("La portavoce di Giulia Marchetti ha negato che la ministra lasci il partito.",
     [("indirect", "la ministra lasci il partito", "portavoce di Giulia Marchetti")]),
    ("Il manager di Luca Ferraro ha annunciato che il tour è annullato.",
     [("indirect", "il tour è annullato", "manager di Luca Ferraro")]),
    # the look-alikes: a name in apposition is the speaker; a body after "di" keeps its old reading;
    # a title before a name is that name
    ("Il legale di Franco Serra, Paola Gentile, ha detto che l'udienza è rinviata.",
     [("indirect", "l'udienza è rinviata", "Paola Gentile")]),
    ("Il sindaco di Pescara Marco Galli ha detto che la spiaggia riapre.",
     [("indirect", "la spiaggia riapre", "Marco Galli")]),
    ("La madre di Sara Fontana ha raccontato che la ragazza era tranquilla.",
     [("indirect", "la ragazza era tranquilla", "madre di Sara Fontana")]),
    # after the cue too
    ("«Il mio assistito è sereno», ha detto il legale di Franco Serra ai cronisti.",
     [("direct", "Il mio assistito è sereno", "legale di Franco Serra")]),
    ("«Il mio assistito è sereno», ha detto il legale di Franco Serra, Paola Gentile.",
     [("direct", "Il mio assistito è sereno", "Paola Gentile")]),
])
def test_description_of_a_named_person(shipped, text, expected):
    """*il portavoce di X ha detto…*: the spokesperson (lawyer, manager) of a person named after
    *di* speaks as the description with the name, not as the bare title."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an unnamed spokesperson of a named body after the cue is the body, as before the verb
    ("«Valuteremo ogni proposta», ha detto un portavoce della Regione Lazio.",
     [("direct", "Valuteremo ogni proposta", "Regione Lazio")]),
    ("«Il servizio riprenderà domani», ha spiegato una portavoce di Trenitalia.",
     [("direct", "Il servizio riprenderà domani", "Trenitalia")]),
    # the look-alikes: the name in apposition speaks; the same phrase before the verb; a definite
    # spokesperson keeps the description
    ("«Valuteremo ogni proposta», ha detto un portavoce della Regione Lazio, Anna Corsi.",
     [("direct", "Valuteremo ogni proposta", "Anna Corsi")]),
    ("Una portavoce di Trenitalia ha spiegato che il servizio riprenderà domani.",
     [("indirect", "il servizio riprenderà domani", "Trenitalia")]),
    ("«Nessun commento», ha detto il portavoce della questura.",
     [("direct", "Nessun commento", "portavoce della questura")]),
])
def test_spokesperson_of_a_body_after_the_cue(shipped, text, expected):
    """*«…», ha detto un portavoce del ministero*: an indefinite spokesperson of a named body
    right after the cue speaks for the body (the guidelines: institutions speak as themselves)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "secondo le informazioni di X": the body that gave the information speaks
    ("Secondo le informazioni della questura, i due fermati sono minorenni.",
     [("indirect", "i due fermati sono minorenni", "questura")]),
    ("Secondo le ultime informazioni della Guardia costiera, il peschereccio è rientrato in porto.",
     [("indirect", "il peschereccio è rientrato in porto", "Guardia costiera")]),
    ("Stando alle informazioni fornite dalla prefettura, la strada resterà chiusa.",
     [("indirect", "la strada resterà chiusa", "prefettura")]),
    # the look-alikes: information with no giver is no one's; a request for information keeps
    # its asker; information as the topic of a sentence is no speech
    ("Secondo le prime informazioni, la strada resterà chiusa.",
     [("indirect", "la strada resterà chiusa", None)]),
    ("Il consigliere Pietro Valli ha chiesto informazioni sui ritardi del cantiere.",
     [("indirect", "informazioni sui ritardi del cantiere", "Pietro Valli")]),
    ("Le informazioni della questura sono arrivate in redazione nel pomeriggio.", []),
])
def test_information_of_a_body(shipped, text, expected):
    """*secondo le (prime) informazioni dei carabinieri, …*: a report noun whose giver follows
    *di* speaks for that giver, as *secondo i dati dell'Istat* does."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a sentence after the quotation that signs it with "così" / "con queste parole" and a verb of saying
    ("«Il porto riaprirà entro l'estate». Così il presidente dell'Autorità portuale Sergio Monti ha commentato il via libera.",
     [("direct", "Il porto riaprirà entro l'estate", "Sergio Monti")]),
    ("«Non è una sconfitta». Così ha replicato l'allenatore Giorgio Sala.",
     [("direct", "Non è una sconfitta", "Giorgio Sala")]),
    ("«Abbiamo mantenuto la promessa». Così si è espressa la sindaca Lucia Ferri.",
     [("direct", "Abbiamo mantenuto la promessa", "Lucia Ferri")]),
    ("«Una giornata storica». Con queste parole la rettrice Paola Conte ha salutato gli studenti.",
     [("direct", "Una giornata storica", "Paola Conte")]),
    # the look-alikes: "così" as "so" before a verb that is not one of saying; the short form
    # with no verb, which already signed the quotation
    ("«I fondi sono finiti». Così il preside Marco Villa ha chiuso la palestra.", []),
    ("«Il porto riaprirà entro l'estate». Così Sergio Monti.",
     [("direct", "Il porto riaprirà entro l'estate", "Sergio Monti")]),
])
def test_signed_by_the_sentence_after(shipped, text, expected):
    """*«…». Così X ha commentato…*, *«…». Così ha replicato X.*, *«…». Con queste parole X ha
    salutato…*: the sentence after a quotation signs it when a verb of saying follows *così*."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a verb in the plural with no subject carries the joint subject of the sentence before
    ("Il regista Aldo Rinaldi e l'attrice Marta Sanna hanno presentato il film. «Ci abbiamo lavorato tre anni», hanno detto.",
     [("direct", "Ci abbiamo lavorato tre anni", "Aldo Rinaldi e Marta Sanna")]),
    ("Paolo Deiana e Sara Melis sono stati ricevuti in prefettura. Hanno poi spiegato che la protesta continuerà.",
     [("indirect", "la protesta continuerà", "Paolo Deiana e Sara Melis")]),
    # the look-alikes: a verb in the singular carries the first name alone; a name after the
    # cue speaks
    ("Paolo Deiana e Sara Melis sono stati ricevuti in prefettura. «Sono soddisfatto», ha detto.",
     [("direct", "Sono soddisfatto", "Paolo Deiana")]),
    ("Paolo Deiana e Sara Melis sono stati ricevuti in prefettura. «Sono soddisfatta», ha detto Melis.",
     [("direct", "Sono soddisfatta", "Sara Melis")]),
])
def test_plural_null_subject_carries_joint(shipped, text, expected):
    """*A e B sono arrivati. «…», hanno detto.*: the plural verb's null subject is the joint
    subject of the sentence before (*A e B*, as the guidelines write joint speakers), not A."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a correlative pair of names as the subject is a joint speaker
    ("Sia Franca Orlandi sia Bruno Cocco hanno detto che la gara è regolare.",
     [("indirect", "la gara è regolare", "Franca Orlandi e Bruno Cocco")]),
    ("Sia Franca Orlandi che Bruno Cocco hanno confermato che la gara è regolare.",
     [("indirect", "la gara è regolare", "Franca Orlandi e Bruno Cocco")]),
    # the look-alikes: the pair inside an agent phrase, the relative's own antecedent speaks; a
    # plain "e" pair as before
    ("Il bando è stato contestato sia da Franca Orlandi sia da Bruno Cocco, che ha detto che è illegittimo.",
     [("indirect", "è illegittimo", "Bruno Cocco")]),
    ("Franca Orlandi e Bruno Cocco hanno detto che la gara è regolare.",
     [("indirect", "la gara è regolare", "Franca Orlandi e Bruno Cocco")]),
])
def test_correlative_joint_subject(shipped, text, expected):
    """*Sia X sia Y hanno detto…*, *Sia X che Y…*: the two names of a correlative pair are a
    joint speaker (*X e Y*), as *X e Y hanno detto…*."""
    assert spoken(shipped, text) == expected
