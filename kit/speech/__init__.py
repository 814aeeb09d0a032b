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

from ..names import same_name
from .base import SPEAKER_LABELS, Cue, DocContext, Speaker
from .cues import CueRules
from .descriptions import DescriptionRules
from .speakers import SpeakerRules


class SpeechFinder(CueRules, SpeakerRules, DescriptionRules):
    """Cue and speaker finding for one RuleSet (compiled once, reused for every Doc): cues
    (:mod:`.cues`), speakers (:mod:`.speakers`) and descriptions (:mod:`.descriptions`) over one
    per-document context (:class:`DocContext`)."""


__all__ = ["SPEAKER_LABELS", "Cue", "DocContext", "Speaker", "SpeechFinder", "same_name"]
