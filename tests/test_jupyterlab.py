"""The main command's server: JupyterLab starts headless, answers, serves notebooks/, and stops."""

from __future__ import annotations

import json
import os
import secrets
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
EXPECTED = {"01-one-article.ipynb", "02-corpus.ipynb", "03-rule-tuning.ipynb"}
START_TIMEOUT_S = 90

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str, token: str) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, response.read()


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[dict]:
    """``jupyter lab`` on the repository's notebooks/ (read only here), isolated settings."""
    port, token = _free_port(), secrets.token_hex(16)
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
           "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "workspaces"),
           "JUPYTER_CONFIG_DIR": str(tmp_path / "config")}
    log = tmp_path / "lab.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", f"--port={port}",
             "--ip=127.0.0.1", f"--ServerApp.token={token}", "--notebook-dir=notebooks"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        yield {"base": base, "token": token, "process": process, "log": log}
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)


def _wait_for_status(server: dict) -> dict:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server["process"].poll() is not None:
            pytest.fail(f"jupyter lab exited with {server['process'].returncode}:\n"
                        f"{server['log'].read_text(errors='replace')[-3000:]}")
        try:
            status, body = _get(f"{server['base']}/api/status", server["token"])
            if status == 200:
                return json.loads(body)
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    pytest.fail(f"no answer from /api/status in {START_TIMEOUT_S} s:\n"
                f"{server['log'].read_text(errors='replace')[-3000:]}")


def test_jupyterlab_serves_the_notebooks(server: dict) -> None:
    status = _wait_for_status(server)
    assert "started" in status and status.get("kernels") == 0
    _, body = _get(f"{server['base']}/api/contents", server["token"])
    listing = json.loads(body)
    served = {item["name"] for item in listing["content"] if item["type"] == "notebook"}
    assert EXPECTED <= served
    on_disk = {p.name for p in (ROOT / "notebooks").glob("*.ipynb")}
    assert served == on_disk
    _, body = _get(f"{server['base']}/api/contents/01-one-article.ipynb", server["token"])
    notebook = json.loads(body)
    assert notebook["type"] == "notebook" and notebook["content"]["cells"]
    status_code, page = _get(f"{server['base']}/lab", server["token"])
    assert status_code == 200 and b"JupyterLab" in page
    with pytest.raises(urllib.error.HTTPError) as denied:  # the token is required
        _get(f"{server['base']}/api/contents", "wrong-token")
    assert denied.value.code == 403
    os.killpg(server["process"].pid, signal.SIGTERM)  # stops cleanly, as on Ctrl+C
    assert server["process"].wait(timeout=30) is not None
