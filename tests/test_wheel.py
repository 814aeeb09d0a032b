"""The kit as users install it: a wheel in a fresh virtual environment, outside the repository.

The wheel is built from a copy of the package (nothing is written into the repository) and
installed with ``--no-deps`` into a new venv; the venv sees this environment's packages (spaCy,
pandas...) through a ``.pth`` file, never the repository or its editable install. Then, in that
venv: the README's API snippet, ``kit.load()``, ``nlp.to_disk`` + ``spacy.load`` without
``import kit`` (the ``spacy_factories`` entry points), and ``kit_quotes`` in a French pipeline.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def _run(args: list[str], cwd: Path, **kwargs) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=900, **kwargs)
    assert result.returncode == 0, f"{args[:4]} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def venv(tmp_path_factory) -> Path:
    """A fresh venv with the kit's wheel installed; returns its python."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "kit", source / "kit", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
          "-w", str(base / "dist"), str(source)], cwd=base)
    (wheel,) = (base / "dist").glob("kit-*.whl")
    env_dir = base / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(env_dir)], cwd=base)
    python = env_dir / "bin" / "python"
    purelib = _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                   cwd=base).stdout.strip()
    Path(purelib, "_shared_packages.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
          str(wheel)], cwd=base)
    return python


def _python(venv: Path, code: str, cwd: Path) -> str:
    return _run([str(venv), "-c", textwrap.dedent(code)], cwd=cwd).stdout


def _readme_snippet() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## The API in a few lines"):]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_the_wheel_holds_the_rules_and_samples(venv, tmp_path):
    out = _python(venv, """
        import json, kit
        from kit.lang import rules_file
        print(json.dumps({"file": kit.__file__, "rules": str(rules_file("it")),
                          "samples": len(kit.sample_articles())}))
    """, tmp_path)
    found = json.loads(out)
    site = str(venv.parent.parent)
    assert found["file"].startswith(site) and found["rules"].startswith(site)
    assert found["samples"] == 10


def test_the_readme_snippet_runs_from_the_wheel(venv, tmp_path):
    snippet = _readme_snippet()
    out = _python(venv, snippet + "\nprint('quotes', len(kit.quotes_table(docs)))\n", tmp_path)
    assert "quotes 1" in out and "Mattarella" in out  # kit.show printed the text view


def test_a_saved_kit_pipeline_loads_without_import_kit(venv, tmp_path):
    _python(venv, f"""
        import kit
        nlp = kit.load()
        nlp.to_disk({str(tmp_path / "saved")!r})
    """, tmp_path)
    out = _python(venv, f"""
        import json, spacy
        nlp = spacy.load({str(tmp_path / "saved")!r})
        doc = nlp("Mattarella ha detto: «Siamo pronti a tutto».")
        print(json.dumps([nlp.pipe_names, [(q.kind, q.text, q.speaker) for q in doc._.kit_quotes]]))
    """, tmp_path)
    names, quotes = json.loads(out)
    assert names[-4:] == ["kit_entities", "kit_names", "kit_quotes", "kit_relations"]
    assert quotes == [["direct", "Siamo pronti a tutto", "Mattarella"]]


def test_kit_quotes_in_a_french_pipeline(venv, tmp_path):
    out = _python(venv, """
        import json, spacy
        rules = {"lang": "fr", "places": {"cldr": False}, "quote_marks": [["«", "»"]],
                 "entity_patterns": [{"label": "PER", "pattern": "Emmanuel Macron"}]}
        nlp = spacy.blank("fr")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("kit_entities", config={"rules": rules})
        nlp.add_pipe("kit_quotes", config={"rules": rules})
        doc = nlp("Emmanuel Macron a déclaré: «Nous sommes prêts à tout». Puis il est parti.")
        print(json.dumps([(q.kind, q.text, q.speaker) for q in doc._.kit_quotes]))
    """, tmp_path)
    assert json.loads(out) == [["direct", "Nous sommes prêts à tout", "Emmanuel Macron"]]
