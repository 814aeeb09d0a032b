"""Forms of Italian news written for these tests (no sentence comes from a gold set or the
fresh text): a source noun the tagger reads as a verb, a short sentence in marks after a verb
of saying."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the noun after "il" / "un" is the source, however the tagger reads it: the content starts after the comma
    ("Secondo il tabloid, il cantante starebbe per sposarsi.",
     [("indirect", "il cantante starebbe per sposarsi", None)]),
    ("Secondo un tabloid, la coppia si è separata.",
     [("indirect", "la coppia si è separata", None)]),
    ("Secondo il tabloid britannico, il principe partirà in primavera.",
     [("indirect", "il principe partirà in primavera", "tabloid britannico")]),
    # the look-alikes: a source and a content with no comma after it stay as they were
    ("Secondo il sindaco, il ponte è sicuro.",
     [("indirect", "il ponte è sicuro", "sindaco")]),
    ("Secondo Marco Rossi questo significa che, in ogni caso, il ponte va chiuso.",
     [("indirect", "questo significa che, in ogni caso, il ponte va chiuso", "Marco Rossi")]),
])
def test_source_noun_read_as_verb(shipped, text, expected):
    """*Secondo il tabloid, …*: the source noun is not part of the content."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a capital letter and a finite verb in the marks: a sentence of its own, direct however short
    ("Il ragazzo ha gridato «Me lo ammazzano» prima di fuggire.",
     [("direct", "Me lo ammazzano", "ragazzo")]),
    ("Marco Rossi ha urlato «Non mi arrendo» ai giornalisti.",
     [("direct", "Non mi arrendo", "Marco Rossi")]),
    ("Marco Rossi ha gridato «Vi denuncio tutti» davanti al tribunale.",
     [("direct", "Vi denuncio tutti", "Marco Rossi")]),
    # the look-alikes: a word or a phrase with no verb, or lower case, stays a fragment
    ("Il ministro ha detto «basta» alle polemiche.",
     [("mixed", "basta", "ministro")]),
    ("Il ministro ha detto «Mai più» ai giornalisti.",
     [("mixed", "Mai più", "ministro")]),
    ("La sindaca ha definito «Inaccettabile» la proposta.",
     [("mixed", "Inaccettabile", "sindaca")]),
])
def test_short_sentence_in_marks(shipped, text, expected):
    """*ha gridato «Me lo ammazzano»*: a whole clause in marks after the cue, no colon, is direct."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the next cue (a noun of words) cuts the object's phrase: the preposition and its article go
    ("Il consiglio ha bocciato il progetto con la motivazione che costerebbe troppo.",
     [("indirect", "il progetto", "consiglio"), ("indirect", "costerebbe troppo", "consiglio")]),
    ("Il sindaco ha criticato la proposta con la motivazione che non ci sono fondi.",
     [("indirect", "la proposta", "sindaco"), ("indirect", "non ci sono fondi", "sindaco")]),
    # the look-alike: a phrase the object holds whole stays
    ("Il sindaco ha criticato la proposta dei consiglieri.",
     [("indirect", "la proposta dei consiglieri", "sindaco")]),
])
def test_object_cut_by_next_cue(shipped, text, expected):
    """*ha bocciato il progetto con la motivazione che…*: the object does not end on *con la*."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a present indicative of a verb in -are (denuncia, denunciano) the tagger may read as a
    # subjunctive: the relative on a document reports, for its publisher
    ("La Cgil ha diffuso un comunicato che denuncia la chiusura di tre stabilimenti.",
     [("indirect", "la chiusura di tre stabilimenti", "Cgil")]),
    ("Il Comune ha pubblicato una nota che denuncia la chiusura del ponte.",
     [("indirect", "la chiusura del ponte", "Comune")]),
    # the look-alikes: a true subjunctive in a restrictive relative is whoever does so, no report
    ("Chiunque denunci un abuso sarà tutelato.", []),
    ("I lavoratori che denuncino irregolarità saranno ascoltati.", []),
])
def test_document_relative_indicative(shipped, text, expected):
    """*un comunicato che denuncia…*: an indicative, not a subjunctive of a class of people."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a singular verb after a plural noun: the document before the noun's preposition speaks,
    # for the subject of the verb that sends it
    ("Il sindaco ha inviato una circolare ai dirigenti che invita a ridurre i consumi.",
     [("indirect", "a ridurre i consumi", "sindaco")]),
    ("Il ministro ha inviato una nota ai prefetti che chiede più controlli.",
     [("indirect", "più controlli", "ministro")]),
    # the look-alike: a verb that agrees with the plural noun is the noun's
    ("I sindacati hanno incontrato i lavoratori che chiedono il rinnovo del contratto.",
     [("indirect", "il rinnovo del contratto", "lavoratori")]),
    # the parse hangs the relative on the singular noun; the plural one right before "che" agrees
    ("Il conseguente allargamento dei Paesi che si impegnano ad accettare le regole costituisce un vantaggio.",
     [("indirect", "ad accettare le regole", "Paesi")]),
])
def test_relative_verb_agrees(shipped, text, expected):
    """*una circolare ai dirigenti che invita…*: the relative's verb agrees with its antecedent."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # writing, sending a document (grammar publishing_verbs: scrivere, mandare, spedire,
    # indirizzare): the document's words are its sender's
    ("Marco Rossi ha scritto un articolo secondo cui il governo cadrà.",
     [("indirect", "il governo cadrà", "Marco Rossi")]),
    ("Anna Bruni ha mandato una lettera secondo cui la scuola chiuderà.",
     [("indirect", "la scuola chiuderà", "Anna Bruni")]),
    ("Il ministro ha spedito una circolare ai presidi che chiede più controlli.",
     [("indirect", "più controlli", "ministro")]),
    # the look-alike: reading a document makes it no one's words
    ("Marco Rossi ha letto un articolo secondo cui il governo cadrà.",
     [("indirect", "il governo cadrà", None)]),
])
def test_document_sent(shipped, text, expected):
    """*ha scritto un articolo secondo cui…*: the writer or sender of a document speaks by it."""
    assert spoken(shipped, text) == expected
