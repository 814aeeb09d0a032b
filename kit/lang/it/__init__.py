"""Italian language data the analyst does not tune (the tunable rules are in ``rules.json``)."""

#: articles, prepositions, determiners and name particles (*di*, *van*, *bin*): left out when two
#: names are compared, so *il presidente Mattarella* and *Sergio Mattarella* share their name
NAME_STOP_WORDS = frozenset({
    # articles and determiners
    "il", "lo", "la", "l", "i", "gli", "le", "un", "uno", "una", "questo", "questa", "quel",
    "quella", "suo", "sua", "loro",
    # prepositions, simple and joined with an article
    "di", "d", "del", "dello", "della", "dei", "degli", "delle", "dell", "da", "dal", "dallo",
    "dalla", "dai", "dagli", "dalle", "dall", "a", "ad", "al", "allo", "alla", "ai", "agli", "alle",
    "all", "in", "nel", "nello", "nella", "nei", "negli", "nelle", "nell", "con", "col", "per", "su",
    "sul", "sullo", "sulla", "sui", "sugli", "sulle", "sull", "tra", "fra", "verso", "contro",
    "presso", "senza", "durante", "secondo", "dopo", "come", "tramite", "oltre", "insieme",
    # particles of foreign names, and English words common in organisation names
    "de", "van", "von", "der", "el", "bin", "ibn", "the", "of",
})
