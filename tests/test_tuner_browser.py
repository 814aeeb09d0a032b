"""End to end, in a real browser: JupyterLab, the rule-tuning notebook, a new entity pattern.

JupyterLab is started headless on a copy of ``notebooks/``; Debian's chromium (never a downloaded
browser) is driven by playwright: open ``03-rule-tuning.ipynb``, Run > Run All Cells, type a phrase
into the tuner's pattern box, click Add, and find the new highlight in the page. A screenshot goes
to ``test-artifacts/tuner.png``. CI installs chromium (``apt-get install -y chromium``); without it
this test fails, it does not skip.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = "03-rule-tuning.ipynb"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
#: a phrase of the first sample article that no model or rule marks as an entity
PHRASE = "educazione civica"
SERVER_START_S = 90
RUN_ALL_S = 300  # kernel start, spaCy and the model loading, ten articles analysed

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for_server(url: str, process: subprocess.Popen, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"JupyterLab exited with {process.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    json.load(response)
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError, json.JSONDecodeError):
            pass
        time.sleep(0.5)
    raise RuntimeError(f"JupyterLab did not answer {url} in {timeout} s:\n{log.read_text(errors='replace')[-3000:]}")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)  # the server and the kernels it started
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


@pytest.fixture()
def lab(tmp_path: Path) -> Iterator[dict]:
    """A headless JupyterLab on a copy of notebooks/, isolated from the user's settings."""
    notebooks = tmp_path / "notebooks"
    shutil.copytree(ROOT / "notebooks", notebooks)
    settings = tmp_path / "settings"
    news = settings / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    news.parent.mkdir(parents=True)
    news.write_text(json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    port, token = _free_port(), secrets.token_hex(16)
    jupyter = Path(sys.executable).with_name("jupyter")
    log = tmp_path / "jupyter.log"
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
           "JUPYTER_CONFIG_DIR": str(tmp_path / "config"), "PYTHONUNBUFFERED": "1"}
    command = [
        str(jupyter), "lab", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
        f"--ServerApp.token={token}", "--allow-root", f"--notebook-dir={notebooks}",
        f"--LabApp.user_settings_dir={settings}", f"--LabApp.workspaces_dir={tmp_path / 'workspaces'}",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=notebooks, env=env,
                                   start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_for_server(f"{base}/api/status?token={token}", process, log, SERVER_START_S)
        yield {"url": f"{base}/lab/tree/{NOTEBOOK}?token={token}", "log": log, "notebooks": notebooks}
    finally:
        _stop(process)


def test_new_pattern_highlights_in_the_browser(chromium: Path, lab: dict) -> None:
    """``chromium`` (tests/conftest.py) fails the test, never skips it, when the browser is missing."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    screenshot = ARTIFACTS / "tuner.png"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1500, "height": 1100})
        try:
            page.set_default_timeout(60_000)
            page.goto(lab["url"], wait_until="domcontentloaded")
            notebook = page.locator(".jp-NotebookPanel").first
            expect(notebook).to_be_visible(timeout=120_000)
            # the kernel is up and idle before anything runs
            expect(page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").first).to_be_attached(
                timeout=120_000)

            expect(page.locator(".jp-StatusBar-Widget", has_text="| Idle").first).to_be_visible(timeout=120_000)

            # Run > Run All Cells (JupyterLab may still ask which kernel to use: the notebook's own)
            page.locator(".lm-MenuBar-item", has_text="Run").first.click()
            page.locator(".lm-Menu-itemLabel").get_by_text("Run All Cells", exact=True).click()
            try:
                page.locator(".jp-Dialog").get_by_role("button", name="Select", exact=True).click(timeout=5_000)
            except PlaywrightTimeoutError:
                pass

            pattern_box = page.get_by_placeholder("phrase (Giunta regionale)", exact=False)
            expect(pattern_box).to_be_visible(timeout=RUN_ALL_S * 1000)
            highlights = page.locator(".kit-render").first
            expect(highlights).to_be_visible()
            new_marks = page.locator("mark.kit-ent", has_text=PHRASE)
            assert new_marks.count() == 0, f"{PHRASE!r} is already an entity: pick another phrase"

            # a new MISC pattern, typed as a user would
            page.locator(".widget-dropdown", has_text="label").locator("select").first.select_option("MISC")
            pattern_box.click()
            pattern_box.fill(PHRASE)
            pattern_box.press("Tab")  # continuous_update=False: the value syncs on blur
            page.locator("button[title='add this pattern']").click()

            expect(new_marks.first).to_be_visible(timeout=60_000)
            expect(page.locator(".kit-tuner-status.kit-tuner-ok", has_text=f"pattern {PHRASE}")).to_be_visible()
            assert "MISC" in new_marks.first.inner_text()
            new_marks.first.scroll_into_view_if_needed()
            page.screenshot(path=str(screenshot))
        except Exception:
            page.screenshot(path=str(ARTIFACTS / "tuner-failure.png"))
            print(lab["log"].read_text(errors="replace")[-5000:])
            raise
        finally:
            browser.close()
    assert screenshot.stat().st_size > 10_000
