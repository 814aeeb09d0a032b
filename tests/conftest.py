"""Fixtures shared by the corpus, report, notebook and browser tests (kept small on purpose)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "kit" / "lang" / "it" / "articles"
CHROMIUM = Path("/usr/bin/chromium")
#: flags for Debian's chromium in a container, with nothing fetched in the background
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="session")
def articles_dir() -> Path:
    """The sample articles (they must be there: the notebooks and reports use them)."""
    assert sorted(ARTICLES.glob("*.txt")), f"no sample articles in {ARTICLES}"
    return ARTICLES


@pytest.fixture(scope="session")
def shipped():
    """The shipped pipeline, ``kit.load()``, once per session."""
    import kit

    return kit.load()


@pytest.fixture(scope="session")
def blank_pipeline():
    """The rule-based pipeline (no trained model): fast, for unit tests."""
    import kit

    return kit.load(model="blank")


@pytest.fixture(scope="session")
def script():
    """A file of ``scripts/`` (not a package) loaded as a module, by name: ``script("probe_forms")``."""
    import importlib.util

    loaded = {}

    def load(name: str):
        if name not in loaded:
            spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
            loaded[name] = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(loaded[name])
        return loaded[name]

    return load


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's chromium; a missing browser fails the test (CI installs it), never skips it."""
    assert CHROMIUM.exists(), (f"{CHROMIUM} is missing: install it with `apt-get install -y chromium` "
                               "(./run test does so when run as root); playwright never downloads one")
    return CHROMIUM
