"""Probe the quotation rules with forms of Italian, weighted by how often real news uses them.

    python scripts/probe_forms.py PROBES.jsonl [PROBES.jsonl ...] [--show]
    python scripts/probe_forms.py data/probes/*.jsonl         # the kit's probes (data/probes/README.md)

Each line of a probe file is one sentence written for the probe (never taken from a gold set or
from the fresh text), the quotations the guidelines (``../shared/reference/GUIDELINES.md``) give
it, and the construction it stands for, with a weight::

    {"family": "source markers", "form": "laut / zufolge", "weight": 224,
     "text": "Secondo la polizia, il ladro è fuggito in auto.",
     "expect": [["indirect", "il ladro è fuggito in auto", "polizia"]]}

``expect`` lists (kind, content, speaker) of every direct, mixed and indirect quotation, in text
order (``other`` quotations are left out, as in the sentence tests' ``spoken``); ``speaker`` is
null for an unattributed report. A quotation may add a fourth item, the canonical names of what
it is about (``["indirect", "…", "Mario Rossi", ["Roma"]]``), compared as a set; without it, about
is not checked. A probe passes when the kit finds exactly those. The weight of
a form is how many quotations of real news use it: the probes of release s71 take it from the
German Wikinews quotation corpus (``../shared/data/de_wikinews_quotes``, train and dev; the count
of its quotations whose cue is the German form), the same news domain as the Italian check part,
annotated by people who never saw the kit. The figure printed is **weighted coverage**: each
form counts with its weight times the share of its probes that pass, so a form real news uses
300 times weighs 100 times one used 3 times. The families weigh the same quotations from different
sides (a quotation's cue, its speaker's class), so the *all* line sums weights that overlap.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict


def read_probes(paths):
    """The probes of ``paths`` (JSON Lines), each checked for the keys the scorer needs."""
    probes = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                probe = json.loads(line)
                missing = {"family", "form", "weight", "text", "expect"} - set(probe)
                if missing:
                    raise SystemExit(f"{path}:{number}: probe without {sorted(missing)}")
                probe["expect"] = [tuple(quote) for quote in probe["expect"]]
                probes.append(probe)
    return probes


def found(nlp, text):
    """(kind, content, speaker, about) of the speech quotations the kit finds in ``text``."""
    import kit

    return [(q.kind, q.text, q.speaker, tuple(q.about))
            for q in kit.analyze(text, nlp, progress=False)._.kit_quotes if q.kind != "other"]


def passes(expect, result):
    """Whether the quotations found (``result``) are the expected ones: kind, content and
    speaker of each, and its about as a set where the probe gives one."""
    return len(expect) == len(result) and all(
        tuple(want[:3]) == tuple(got[:3]) and (len(want) < 4 or set(want[3]) == set(got[3]))
        for want, got in zip(expect, result))


def coverage(probes, results):
    """Weighted coverage per family and overall: {family: (covered weight, total weight, passed, n)}."""
    by_form = defaultdict(list)
    for probe, result in zip(probes, results):
        by_form[(probe["family"], probe["form"])].append((probe["weight"], passes(probe["expect"], result)))
    table = defaultdict(lambda: [0.0, 0.0, 0, 0])
    for (family, _), runs in by_form.items():
        weight = max(w for w, _ in runs)
        share = sum(ok for _, ok in runs) / len(runs)
        for key in (family, "all"):
            row = table[key]
            row[0] += weight * share
            row[1] += weight
            row[2] += sum(ok for _, ok in runs)
            row[3] += len(runs)
    return dict(table)


def main(argv):
    show = "--show" in argv
    paths = [a for a in argv if not a.startswith("--")]
    if not paths:
        raise SystemExit(__doc__)
    import kit

    probes = read_probes(paths)
    nlp = kit.load()
    results = [found(nlp, probe["text"]) for probe in probes]
    if show:
        for probe, result in zip(probes, results):
            if not passes(probe["expect"], result):
                print(f"FAIL [{probe['family']} / {probe['form']}] {probe['text']}")
                print(f"     expected {probe['expect']}")
                print(f"     found    {result}")
    print(f"{'family':32} {'probes passed':>14} {'weighted coverage':>18}")
    for family, (covered, total, passed, n) in sorted(coverage(probes, results).items(),
                                                      key=lambda item: item[0] == "all"):
        print(f"{family:32} {passed:>6}/{n:<7} {covered / total:>10.3f} of {total:.0f}")


if __name__ == "__main__":
    main(sys.argv[1:])
