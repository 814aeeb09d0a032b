"""The README works as written for a newcomer: its commands go through ./run, which knows them."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _shell_commands() -> list[str]:
    blocks = re.findall(r"```bash\n(.*?)```", README, re.S)
    return [line.split("#")[0].strip() for block in blocks for line in block.splitlines() if line.strip()]


def test_every_shell_command_of_the_readme_goes_through_run():
    commands = _shell_commands()
    assert commands and all(command.startswith("./run ") for command in commands), commands
    assert {command.split()[1] for command in commands} <= {"lab", "test", "kit"}


def test_run_knows_its_commands():
    result = subprocess.run(["bash", str(ROOT / "run"), "help"], capture_output=True, text=True)
    assert result.returncode == 2
    assert "./run lab" in result.stderr and "./run test" in result.stderr and "./run kit COMMAND" in result.stderr
    assert subprocess.run(["bash", "-n", str(ROOT / "run")]).returncode == 0
