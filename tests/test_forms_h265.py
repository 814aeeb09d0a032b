"""Cues set off by dashes: the minus sign typed for a dash (*«…» − ha detto X − «…»*), and (below)
asides between dashes in a clause without quote marks. Forms of Italian news and political prose
written for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a quotation interrupted by its cue between minus signs: two spans, as with en dashes
    ("«Rivedremo subito i trattati − ha aggiunto Carlo Bianchi − per dare un segnale ai cittadini».",
     [("direct", "Rivedremo subito i trattati", "Carlo Bianchi"),
      ("direct", "per dare un segnale ai cittadini", "Carlo Bianchi")]),
    ("Il ministro Carlo Bianchi è intervenuto a Bari. «Credo di poter dire − ha affermato − che la crisi è finita».",
     [("direct", "Credo di poter dire", "Carlo Bianchi"),
      ("direct", "che la crisi è finita", "Carlo Bianchi")]),
    # a minus sign and an en dash around the same cue
    ("«Il porto – ha proseguito Anna Neri − riaprirà entro l'estate».",
     [("direct", "Il porto", "Anna Neri"), ("direct", "riaprirà entro l'estate", "Anna Neri")]),
    # the cue between minus signs in a clause without marks: the clause around it is reported
    ("La riforma − ha aggiunto Carlo Bianchi − sarà approvata entro l'estate.",
     [("indirect", "La riforma − ha aggiunto Carlo Bianchi − sarà approvata entro l'estate", "Carlo Bianchi")]),
    # look-alikes: a minus sign between numbers inside the marks is no interruption
    ("«Il saldo è sceso a 10 − 4 punti», ha detto Anna Neri.",
     [("direct", "Il saldo è sceso a 10 − 4 punti", "Anna Neri")]),
])
def test_minus_sign_as_a_dash(shipped, text, expected):
    """The minus sign (U+2212) typed for a dash sets a cue off as the en dash does: a quotation
    interrupted by *− ha detto X −* is two spans with X as speaker."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a clause opened by "se" between dashes is a condition, not the quotation's cue
    ("Il ministro Carlo Bianchi ha parlato. «Spero che la fiducia che il Senato – se crederà – vorrà darmi sia ampia».",
     [("direct", "Spero che la fiducia che il Senato – se crederà – vorrà darmi sia ampia", "Carlo Bianchi")]),
    ("Il ministro Carlo Bianchi ha parlato. «Spero che la fiducia che il Senato − se crederà − vorrà darmi sia ampia».",
     [("direct", "Spero che la fiducia che il Senato − se crederà − vorrà darmi sia ampia", "Carlo Bianchi")]),
    # the look-alike: a cue between dashes still cuts it
    ("Il ministro Carlo Bianchi ha parlato. «Spero – ha detto – che la fiducia sia ampia».",
     [("direct", "Spero", "Carlo Bianchi"), ("direct", "che la fiducia sia ampia", "Carlo Bianchi")]),
])
def test_a_condition_between_dashes_is_no_cue(shipped, text, expected):
    """*– se crederà –* inside the marks: a verb of belief after a subordinating conjunction is
    the quotation's own clause, not an interruption by its cue."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an adverb after the verb of the cue inside the marks: the description or the null subject
    # after it still names the speaker
    ("Il ministro Carlo Bianchi ha parlato al Consiglio. «La riforma – ha detto ancora il ministro – sarà approvata».",
     [("direct", "La riforma", "Carlo Bianchi"), ("direct", "sarà approvata", "Carlo Bianchi")]),
    ("Il ministro Carlo Bianchi ha parlato al Consiglio. «La riforma – ha detto infatti – sarà approvata».",
     [("direct", "La riforma", "Carlo Bianchi"), ("direct", "sarà approvata", "Carlo Bianchi")]),
    # the look-alike: an indefinite speaker after the adverb is no one the article named
    ("Il ministro Carlo Bianchi ha parlato al Consiglio. «La riforma – ha detto poi uno dei consiglieri – sarà approvata».",
     [("direct", "La riforma", None), ("direct", "sarà approvata", None)]),
])
def test_adverb_after_a_cue_between_dashes(shipped, text, expected):
    """*– ha detto ancora il ministro –*, *– ha detto infatti –*: the cue's adverb is skipped
    before the description or the dash that closes the aside."""
    assert spoken(shipped, text) == expected
