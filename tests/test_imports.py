"""What the kit imports: nothing heavy on ``import kit``, no display stack on the analysis path.

Timing lives in ``benchmarks/bench_import.py``; here only which modules get loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys

DISPLAY_STACK = ("IPython", "ipywidgets", "matplotlib", "networkx")


def _loaded_after(code: str) -> list[str]:
    probe = (f"import sys\n{code}\nimport json\n"
             f"print(json.dumps([m for m in {DISPLAY_STACK + ('spacy', 'pandas')!r} if m in sys.modules]))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return json.loads(out.splitlines()[-1])


def test_import_kit_loads_nothing_heavy():
    assert _loaded_after("import kit") == []


def test_analysis_tables_html_and_csv_need_no_display_stack(tmp_path):
    code = f"""
import kit
nlp = kit.load(model="blank")
docs = kit.analyze(["Mario Rossi ha detto: «Siamo pronti a tutto».", "Roma."], nlp, progress=False)
kit.to_csv(kit.quotes_table(docs), {str(tmp_path / "q.csv")!r})
kit.render_html(docs); kit.render_text(docs)
kit.show(docs)  # outside Jupyter: plain text
"""
    assert _loaded_after(code) == ["spacy", "pandas"]


def test_public_names_resolve_and_unknown_ones_fail():
    import kit

    assert all(getattr(kit, name) is not None for name in kit.__all__)
    assert "RuleTuner" in dir(kit) and kit.pipeline.MAX_LENGTH == 2_000_000
    try:
        kit.no_such_name
    except AttributeError as err:
        assert "no_such_name" in str(err)
    else:
        raise AssertionError("kit.no_such_name did not raise")
