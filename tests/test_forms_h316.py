"""Several quotations in one passage (kit issue #12): forms of Italian news written for these
tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a report inside a che-clause whose verb takes di + infinitive: the inner speaker's own quote
    ("Il sindacato ha spiegato che il prefetto aveva promesso di convocare le parti entro lunedì.",
     [("indirect", "il prefetto aveva promesso di convocare le parti entro lunedì", "sindacato"),
      ("indirect", "di convocare le parti entro lunedì", "prefetto")]),
    ("La Procura ha reso noto che l'imprenditore ha negato di aver mai incontrato il sindaco.",
     [("indirect", "l'imprenditore ha negato di aver mai incontrato il sindaco", "Procura"),
      ("indirect", "di aver mai incontrato il sindaco", "imprenditore")]),
    ("Il quotidiano ha scritto che Giulia Ferraro avrebbe chiesto ai colleghi di votare contro la mozione.",
     [("indirect", "Giulia Ferraro avrebbe chiesto ai colleghi di votare contro la mozione", "quotidiano"),
      ("indirect", "di votare contro la mozione", "Giulia Ferraro")]),
    # the look-alikes: a plan, a charge (passive) and a progressive verb report no words of
    # their own; a verb after another finite verb of the content stays inside it
    ("Il giornale ha riferito che i ladri stavano progettando di svuotare il caveau.",
     [("indirect", "i ladri stavano progettando di svuotare il caveau", "giornale")]),
    ("Il quotidiano ha scritto che il sindaco è accusato di aver truccato la gara.",
     [("indirect", "il sindaco è accusato di aver truccato la gara", "quotidiano")]),
])
def test_nested_di_report(shipped, text, expected):
    """*X ha detto che Y ha promesso di…*: a verb of saying that opens the outer che-clause and
    reports with *di* + infinitive gives its subject a quotation inside the outer one."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a source marker after another speaker's report in the same sentence names a second speaker
    ("La sindaca Marta Villa ha detto che il mercato riaprirà a maggio, ma secondo la Coldiretti i banchi resteranno vuoti.",
     [("indirect", "il mercato riaprirà a maggio", "Marta Villa"),
      ("indirect", "i banchi resteranno vuoti", "Coldiretti")]),
    ("Il procuratore Luca Ferri ha spiegato che l'incendio è stato doloso, mentre secondo i vigili del fuoco la causa è un guasto.",
     [("indirect", "l'incendio è stato doloso", "Luca Ferri"),
      ("indirect", "la causa è un guasto", "vigili del fuoco")]),
    # the look-alike: the marker alone, and a marker opening the sentence
    ("Secondo la Coldiretti, i banchi resteranno vuoti.",
     [("indirect", "i banchi resteranno vuoti", "Coldiretti")]),
])
def test_source_beside_report(shipped, text, expected):
    """*X ha detto che A, ma secondo Y B*: the marker's source speaks B, not the speaker of
    the report before it in the sentence."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "Se per X A, per Y B": the first marker opens its clause as the second does
    ("Se per la sindaca Anna Riva il bilancio è in ordine, per la Corte dei conti mancano due milioni.",
     [("indirect", "il bilancio è in ordine", "Anna Riva"), ("indirect", "mancano due milioni", "Corte dei conti")]),
    ("Se secondo la Cgil gli stipendi sono fermi, secondo Confindustria la produttività è crollata.",
     [("indirect", "gli stipendi sono fermi", "Cgil"), ("indirect", "la produttività è crollata", "Confindustria")]),
    # the look-alikes: a beneficiary whose phrase runs to the comma, and no second marker
    ("Se per i cittadini la tassa aumenta, per le imprese diminuisce.", []),
    ("Se per Marco Rossi la legge è giusta, il parlamento la approverà.", []),
])
def test_paired_conditional_sources(shipped, text, expected):
    """*Se per X A, per Y B*: two opinions set side by side, each its source's."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a first person inside the marks is the quotation's, not the writer's: the gerund after the
    # cue shares the name the cue gives itself
    ("«Siamo stanchi di aspettare», ha detto la portavoce Giulia Neri, spiegando che la protesta continuerà.",
     [("direct", "Siamo stanchi di aspettare", "Giulia Neri"), ("indirect", "la protesta continuerà", "Giulia Neri")]),
    ("«Sono pronto a dimettermi», ha dichiarato il sindaco Marco Villa, aggiungendo però che il bilancio è in ordine.",
     [("direct", "Sono pronto a dimettermi", "Marco Villa"), ("indirect", "il bilancio è in ordine", "Marco Villa")]),
])
def test_gerund_after_first_person_quote(shipped, text, expected):
    """*«Siamo pronti…», ha dichiarato X, precisando che…*: the copula in the marks does not make
    the gerund the writer's own report."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a title set off by commas after a noun of a work, inside a reported clause: other
    ("Il regista ha detto che il suo ultimo film, «Notte sul fiume», sarà presentato a Venezia.",
     [("indirect", "il suo ultimo film, «Notte sul fiume», sarà presentato a Venezia", "regista"),
      ("other", "Notte sul fiume", None)]),
    ("La band ha annunciato che il nuovo album, \"Strade di sale\", uscirà a marzo.",
     [("indirect", "il nuovo album, \"Strade di sale\", uscirà a marzo", "band"),
      ("other", "Strade di sale", None)]),
    # the look-alikes: no work noun before the commas, and a predicate in marks
    ("Il ministro ha detto che il decreto, «Una svolta per il Paese», sarà approvato.",
     [("mixed", "Una svolta per il Paese", "ministro")]),
    ("La cantante ha spiegato che il disco è «Il lavoro più difficile della mia vita».",
     [("mixed", "Il lavoro più difficile della mia vita", "cantante")]),
])
def test_title_in_apposition_in_report(shipped, text, expected):
    """*ha annunciato che il suo romanzo, «Titolo», uscirà…*: the title is other, the clause
    around it indirect."""
    assert spoken(shipped, text, other=True) == expected
