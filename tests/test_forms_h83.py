"""Where the content ends (and starts): forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations

import pytest

from .helpers import spoken as speech


@pytest.mark.parametrize("text,expected", [
    ("Il ministro Marco Rossi ha detto, al termine del vertice, che l'accordo è vicino.",
     [("indirect", "l'accordo è vicino", "Marco Rossi")]),
    ("Il ministro Marco Rossi ha detto ai cronisti, al termine del vertice, che l'accordo è vicino.",
     [("indirect", "l'accordo è vicino", "Marco Rossi")]),
    ("Marco Rossi ha spiegato ai giornalisti, a margine dell'incontro, che i fondi arriveranno.",
     [("indirect", "i fondi arriveranno", "Marco Rossi")]),
    ("Luca Verdi ha assicurato ai sindacati, nel corso della riunione, che nessuno sarà licenziato.",
     [("indirect", "nessuno sarà licenziato", "Luca Verdi")]),
    ("Anna Bruni ha annunciato, durante la conferenza stampa, di voler lasciare la presidenza.",
     [("indirect", "di voler lasciare la presidenza", "Anna Bruni")]),
    # already handled: no setting, or a setting without commas
    ("Il ministro Marco Rossi ha detto ai cronisti che l'accordo è vicino.",
     [("indirect", "l'accordo è vicino", "Marco Rossi")]),
])
def test_setting_set_off_by_commas_before_the_content(shipped, text, expected):
    """A verbless setting set off by commas (al termine di…, a margine di…), after the cue or
    after the person addressed, is skipped: the content is the che-clause or di + infinitive after it."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il ministro ha detto che il decreto arriverà in settimana e ha lasciato Palazzo Chigi.",
     [("indirect", "il decreto arriverà in settimana", "ministro")]),
    ("Il ministro ha detto che il decreto arriverà in settimana e poi è ripartito per Milano.",
     [("indirect", "il decreto arriverà in settimana", "ministro")]),
    ("Il sindaco ha detto che la scuola riaprirà lunedì e ha poi incontrato i genitori.",
     [("indirect", "la scuola riaprirà lunedì", "sindaco")]),
    ("Rossi ha detto che il piano è pronto, poi ha lasciato la sala.",
     [("indirect", "il piano è pronto", "Rossi")]),
    ("Rossi ha ribadito di non voler commentare, poi è salito in auto.",
     [("indirect", "di non voler commentare", "Rossi")]),
    # the clause's own tense goes on with the clause
    ("Il ministro Marco Rossi ha detto che il decreto sarà approvato e che i fondi arriveranno entro giugno.",
     [("indirect", "il decreto sarà approvato e che i fondi arriveranno entro giugno", "Marco Rossi")]),
    ("Rossi ha detto che la strada è chiusa e resterà chiusa fino a lunedì.",
     [("indirect", "la strada è chiusa e resterà chiusa fino a lunedì", "Rossi")]),
    ("Rossi ha detto che il governo ha sbagliato e ha perso la fiducia degli elettori.",
     [("indirect", "il governo ha sbagliato e ha perso la fiducia degli elettori", "Rossi")]),
    ("Rossi ha spiegato che l'azienda è in crisi e ha perso metà dei clienti.",
     [("indirect", "l'azienda è in crisi e ha perso metà dei clienti", "Rossi")]),
    ("Rossi ha detto che il piano è pronto e poi ha lasciato la sala.",
     [("indirect", "il piano è pronto", "Rossi")]),
])
def test_speakers_next_act_after_the_content(shipped, text, expected):
    """After a che-clause or di + infinitive, 'e' or ', poi' and a verb in the cue's own tense
    (ha lasciato after ha detto), after a clause in the future or the conditional or with an
    adverb of sequence (poi), is the writer's account of what the speaker did next, not reported."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Verdi ha negato di aver ricevuto denaro, per poi lasciare l'aula tra gli applausi.",
     [("indirect", "di aver ricevuto denaro", "Verdi")]),
    ("Rossi ha annunciato che si candiderà alle regionali, per poi abbandonare la conferenza stampa.",
     [("indirect", "si candiderà alle regionali", "Rossi")]),
    # without the comma it is the purpose inside what was said
    ("Rossi ha detto che il governo vuole aumentare le tasse per poi ridurle.",
     [("indirect", "il governo vuole aumentare le tasse per poi ridurle", "Rossi")]),
])
def test_per_poi_after_a_comma_ends_the_content(shipped, text, expected):
    """', per poi' + infinitive after the content tells what the speaker did next."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il ministro ha confermato che l'accordo è stato firmato, come anticipato ieri dal Corriere.",
     [("indirect", "l'accordo è stato firmato", "ministro"),
      ("indirect", "l'accordo è stato firmato", "Corriere")]),
    # no other report before it: the whole clause
    ("L'accordo è stato firmato, come anticipato ieri dal Corriere.",
     [("indirect", "L'accordo è stato firmato", "Corriere")]),
    ("Il piano è pronto, ha spiegato Verdi.",
     [("indirect", "Il piano è pronto", "Verdi")]),
])
def test_postposed_cue_after_a_report_vouches_for_its_che_clause(shipped, text, expected):
    """A postposed cue (come anticipato da X) after a clause that reports another's words with
    che takes the che-clause as its content, and both speakers keep the same span."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il sindaco, oltre a sottolineare come il bilancio sia in ordine, ha annunciato nuovi investimenti.",
     [("indirect", "il bilancio sia in ordine", "sindaco"), ("indirect", "nuovi investimenti", "sindaco")]),
    ("Il ministro è intervenuto per spiegare come funzionerà il nuovo sistema.",
     [("indirect", "funzionerà il nuovo sistema", "ministro")]),
    ("Rossi ha evidenziato come la situazione sia ormai insostenibile.",
     [("indirect", "la situazione sia ormai insostenibile", "Rossi")]),
    # come of manner, or after a verb that says nothing
    ("Il ministro è intervenuto per lavorare come consulente della Regione.", []),
    ("La giunta si è riunita per decidere come spendere i fondi.", []),
])
def test_come_for_che_after_an_infinitive_cue(shipped, text, expected):
    """An infinitive cue after a (oltre a, per) takes come for che as a finite cue does: the
    content is the clause after come, without come."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Rossi ha detto che Luca Verdi ha annunciato che il piano è pronto.",
     [("indirect", "Luca Verdi ha annunciato che il piano è pronto", "Rossi"),
      ("indirect", "il piano è pronto", "Luca Verdi")]),
    ("Rossi ha detto che il ministro Luca Verdi gli ha assicurato che il piano è pronto.",
     [("indirect", "il ministro Luca Verdi gli ha assicurato che il piano è pronto", "Rossi"),
      ("indirect", "il piano è pronto", "Luca Verdi")]),
    # a negated verb reports nothing; no subject of its own before the verb, no nested report
    ("Rossi ha spiegato che le vittime non avevano denunciato che le minacce erano continue.",
     [("indirect", "le vittime non avevano denunciato che le minacce erano continue", "Rossi")]),
])
def test_nested_report_inside_a_che_clause(shipped, text, expected):
    """A speech verb with che inside another cue's che-clause, its subject right before it,
    gives the inner speaker a quote of its own inside the outer one (both kept whole)."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Verdi ha scritto su Facebook, poco dopo le 20, che la partita è rinviata.",
     [("indirect", "la partita è rinviata", "Verdi")]),
    ("Il ministro Luca Verdi ha dichiarato ieri sera a Porta a Porta che il decreto è pronto.",
     [("indirect", "il decreto è pronto", "Luca Verdi")]),
    ("La premier Anna Bruni ha ribadito oggi, durante il dibattito alla Camera, che le tasse non aumenteranno.",
     [("indirect", "le tasse non aumenteranno", "Anna Bruni")]),
    ("Rossi ha detto, prima di entrare in aula, che il voto è scontato.",
     [("indirect", "il voto è scontato", "Rossi")]),
    ("Rossi ha detto, a chi gli chiedeva delle elezioni, che non si candiderà.",
     [("indirect", "non si candiderà", "Rossi")]),
    ("Rossi ha detto, 48 ore dopo l'incidente, che la strada sarà riaperta.",
     [("indirect", "la strada sarà riaperta", "Rossi")]),
    # a gerund of the occasion was read already
    ("Rossi ha detto, rispondendo ai cronisti, che non si candiderà.",
     [("indirect", "non si candiderà", "Rossi")]),
])
def test_longer_settings_before_the_content(shipped, text, expected):
    """Settings between the cue and che: a part of the day after ieri/oggi, a second setting set
    off by commas, an aside with an infinitive (prima di entrare) or a clause of chi (a chi gli
    chiedeva…, whose verb is no cue of its own)."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Rossi ha detto che il piano è pronto, senza però fornire dettagli.",
     [("indirect", "il piano è pronto", "Rossi")]),
    ("Rossi ha detto che il piano è pronto, senza fornire dettagli sui tempi.",
     [("indirect", "il piano è pronto", "Rossi")]),
    ("Rossi ha annunciato che il piano è pronto, suscitando le proteste dell'opposizione.",
     [("indirect", "il piano è pronto", "Rossi")]),
    ("Rossi ha detto che il piano è pronto, scatenando la reazione di Verdi.",
     [("indirect", "il piano è pronto", "Rossi")]),
    # what the reform would do without: still said; a reported act in the conditional drew it
    ("Rossi ha detto che la riforma si può fare, senza aumentare le tasse.",
     [("indirect", "la riforma si può fare, senza aumentare le tasse", "Rossi")]),
    ("Secondo la polizia, la donna avrebbe fatto il nome dell'ex fidanzato, scatenando la furia del convivente.",
     [("indirect", "la donna avrebbe fatto il nome dell'ex fidanzato, scatenando la furia del convivente",
       "polizia")]),
])
def test_what_was_left_unsaid_and_the_reaction_are_the_writers(shipped, text, expected):
    """', senza (però) fornire/aggiungere…' and a gerund of reaction (suscitando, scatenando)
    after the content are the writer's, not reported."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Verdi ha chiesto le dimissioni del direttore, poiché i conti non tornano.",
     [("indirect", "le dimissioni del direttore, poiché i conti non tornano", "Verdi")]),
    ("Verdi ha chiesto le dimissioni del direttore, dato che i conti non tornano.",
     [("indirect", "le dimissioni del direttore, dato che i conti non tornano", "Verdi")]),
    ("Verdi ha chiesto di rinviare il voto, visto che mancano i documenti.",
     [("indirect", "di rinviare il voto, visto che mancano i documenti", "Verdi")]),
    ("Rossi ha detto che il voto va rinviato, poiché mancano i documenti.",
     [("indirect", "il voto va rinviato, poiché mancano i documenti", "Rossi")]),
    # after the writer's aside on the noun, the reason is the writer's too
    ("Verdi ha chiesto le dimissioni del direttore, nominato nel 2019 dalla giunta, poiché i conti non tornano.",
     [("indirect", "le dimissioni del direttore, nominato nel 2019 dalla giunta", "Verdi")]),
])
def test_the_speakers_reason_stays_in_the_content(shipped, text, expected):
    """', poiché / dato che / visto che' + a clause after an object or di + infinitive is the
    speaker's reason, reported as after a che-clause."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Rossi ha annunciato che si dimetterà: una scelta che nessuno si aspettava.",
     [("indirect", "si dimetterà", "Rossi")]),
    ("Bruni ha annunciato che lascerà la presidenza dopo vent'anni, una decisione maturata nelle ultime settimane.",
     [("indirect", "lascerà la presidenza dopo vent'anni", "Bruni")]),
    ("Verdi ha annunciato di voler lasciare il partito, una mossa inattesa.",
     [("indirect", "di voler lasciare il partito", "Verdi")]),
    # the noun inside what was said, or said again by the speaker
    ("Rossi ha detto che serve una scelta coraggiosa sul nucleare.",
     [("indirect", "serve una scelta coraggiosa sul nucleare", "Rossi")]),
    ("Rossi ha detto che il governo deve prendere una decisione, una decisione che non può più aspettare.",
     [("indirect", "il governo deve prendere una decisione, una decisione che non può più aspettare", "Rossi")]),
])
def test_the_writers_summing_up_after_the_content(shipped, text, expected):
    """', una decisione maturata…' / ': una scelta che…' after the content: the writer sums up
    what was said, the content ends before it."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Rossi ha risposto a chi lo accusava di immobilismo che i cantieri sono aperti.",
     [("indirect", "i cantieri sono aperti", "Rossi")]),
    ("Il ministro Luca Verdi ha spiegato in una lunga intervista pubblicata oggi dal Corriere della Sera "
     "che il governo non cadrà.",
     [("indirect", "il governo non cadrà", "Luca Verdi")]),
    ("Il ministro Luca Verdi ha detto in un'intervista a Repubblica che il governo non cadrà.",
     [("indirect", "il governo non cadrà", "Luca Verdi")]),
])
def test_addressee_clause_and_participle_setting_before_che(shipped, text, expected):
    """'a chi' + its own clause (a chi lo accusava di…) and a setting whose noun a participle
    qualifies (un'intervista pubblicata oggi da…) stand between the cue and che."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il ponte è sicuro, almeno secondo i tecnici della Regione.",
     [("indirect", "Il ponte è sicuro", "tecnici della Regione")]),
    ("Il ponte è sicuro, anche secondo i tecnici della Regione.",
     [("indirect", "Il ponte è sicuro", "tecnici della Regione")]),
    ("La crisi è grave, secondo il ministro Luca Verdi.",
     [("indirect", "La crisi è grave", "Luca Verdi")]),
    ("Il prezzo del gas salirà ancora, secondo l'Istat.",
     [("indirect", "Il prezzo del gas salirà ancora", "Istat")]),
    # the marker inside the clause stays inside the content
    ("La situazione, secondo il sindaco Luca Verdi, è sotto controllo e i danni sono limitati.",
     [("indirect", "La situazione, secondo il sindaco Luca Verdi, è sotto controllo e i danni sono limitati",
       "Luca Verdi")]),
])
def test_postposed_marker_takes_its_adverb(shipped, text, expected):
    """Before a postposed secondo X, an adverb that bears on the marker (almeno, anche) is not
    part of the content before it."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il ponte è sicuro secondo i tecnici della Regione.",
     [("indirect", "Il ponte è sicuro", "tecnici della Regione")]),
    ("La crisi è grave secondo Legambiente.",
     [("indirect", "La crisi è grave", "Legambiente")]),
    ("La potenza dell'esplosione (fra 5 e 15 kilotoni secondo fonti russe) sembra bassa.",
     [("indirect", "fra 5 e 15 kilotoni", None)]),
    # in accordance with a rule or a taste: a manner, no source
    ("Ogni tipo è indicato da una lettera secondo la classificazione del ministero.", []),
    ("I fondi sono stati divisi secondo i criteri stabiliti dalla Regione.", []),
    ("Il treno è partito secondo l'orario previsto.", []),
])
def test_secondo_closing_its_sentence_after_a_speaker(shipped, text, expected):
    """'secondo X' closing its sentence without a comma is a source when X is someone who
    speaks (a named person or body, a speaking noun); inside a bracket its content starts in the
    bracket. A manner (secondo la classificazione…) stays none."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Rossi ha spiegato che il piano, come ha ricordato anche Verdi, è pronto da mesi.",
     [("indirect", "il piano, come ha ricordato anche Verdi, è pronto da mesi", "Rossi")]),
    ("Rossi ha detto che la riforma, mentre il governo discute, resta ferma.",
     [("indirect", "la riforma, mentre il governo discute, resta ferma", "Rossi")]),
    # the verb after the aside is the clause's own, not a cue of its own; a relay inside it neither ends it
    ("Rossi ha detto che il decreto, come previsto, sarà approvato entro marzo.",
     [("indirect", "il decreto, come previsto, sarà approvato entro marzo", "Rossi")]),
    ("Rossi ha detto che i fondi, come promesso, sono arrivati, e ha ringraziato la Regione.",
     [("indirect", "i fondi, come promesso, sono arrivati", "Rossi"), ("indirect", "la Regione", "Rossi")]),
    # the content has its verb: the aside after it is the writer's
    ("La Regione ha fatto sapere che i cantieri apriranno a settembre, come previsto dal piano.",
     [("indirect", "i cantieri apriranno a settembre", "Regione")]),
])
def test_aside_between_the_contents_subject_and_its_verb(shipped, text, expected):
    """An aside set off by commas (, come ha ricordato X,) between the subject a che-clause
    opens and its verb stays inside the content, which goes on to the verb."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il sindaco ha annunciato un nuovo piano per le periferie, che aveva promesso in campagna elettorale.",
     [("indirect", "un nuovo piano per le periferie", "sindaco")]),
    # a relative clause without a cue of its own stays as it was
    ("Il sindaco ha annunciato un nuovo piano per le periferie, che sarà presentato domani in consiglio.",
     [("indirect", "un nuovo piano per le periferie, che sarà presentato domani in consiglio", "sindaco")]),
])
def test_relative_pronoun_of_the_next_cue_is_not_content(shipped, text, expected):
    """When a relative clause with a cue of its own (, che aveva promesso…) follows the content, its relative pronoun belongs to that clause, not to the content."""
    assert speech(shipped, text) == expected
