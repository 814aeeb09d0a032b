"""Files written atomically: to a temporary file beside the target, then renamed over it.

Readers see the old file or the new one, never half of one; a failure leaves the old file as it
was and no temporary file behind. Every file the kit writes (rule files, the analysis cache,
tables, graphs, reports) goes through here. The ``.bak`` of a replaced file is written the same
way (a temporary copy renamed over the old backup), so it is never seen half-written and a
read-only backup never blocks the next save. :class:`StagedFiles` renames several files together
at the end, so a run that fails midway leaves all of its previous outputs as they were.
Temporary files are hidden (``.name.*.tmp``): a corpus reader never takes them for articles.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _mode(path: Path) -> int:
    """The permissions the file has now, or those a new file gets (umask applied)."""
    if path.exists():
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def replacing(path: str | os.PathLike, backup: bool = False) -> Iterator[Path]:
    """A temporary path to write ``path``'s new content to; on success it replaces ``path``.

    ``backup`` keeps the previous file as ``<name>.bak``. A symbolic link stays a link: the file it
    points to is replaced. Parent folders are created.
    """
    target = _target(path)
    tmp = _temporary(target)
    try:
        yield tmp
        if backup and target.exists():
            _backup(target)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _target(path: str | os.PathLike) -> Path:
    """The file to replace (a link's target), its folder created; a folder there is an error."""
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()
    if target.is_dir():
        raise IsADirectoryError(f"{target} is a folder; cannot write a file there")
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


def _temporary(target: Path) -> Path:
    """A new hidden temporary file beside ``target``, with the permissions ``target`` has (or gets)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        os.chmod(tmp, _mode(target))
    except BaseException:
        os.unlink(tmp)
        raise
    return Path(tmp)


def _backup(target: Path) -> None:
    """``target`` copied to ``<name>.bak`` atomically, writable by its owner."""
    backup = target.with_name(target.name + ".bak")
    tmp = _temporary(backup)
    try:
        shutil.copyfile(target, tmp)
        os.chmod(tmp, _mode(target) | 0o200)
        os.replace(tmp, backup)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: str | os.PathLike, data: str | bytes, backup: bool = False,
                 encoding: str = "utf-8") -> Path:
    """Write text or bytes to ``path`` atomically (flushed to disk first); returns the path."""
    content = data.encode(encoding) if isinstance(data, str) else data
    with replacing(path, backup) as tmp:
        with os.fdopen(os.open(tmp, os.O_WRONLY), "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
    return Path(path)


class StagedFiles:
    """Several files written to temporary names and renamed together when the block ends.

    ``with StagedFiles() as staged: write(staged.path(final))``: without an exception every
    temporary file is renamed over its final name at the end; with one they are all removed and
    the final files stay as they were.
    """

    def __init__(self) -> None:
        self._cleanup = contextlib.ExitStack()
        self._moves: list[tuple[Path, Path]] = []

    def path(self, final: str | os.PathLike) -> Path:
        """A temporary path for ``final``'s new content."""
        target = _target(final)
        tmp = _temporary(target)
        self._cleanup.callback(tmp.unlink, missing_ok=True)  # nothing left once renamed
        self._moves.append((tmp, target))
        return tmp

    def __enter__(self) -> StagedFiles:
        return self

    def __exit__(self, kind, error, trace) -> None:
        try:
            if kind is None:
                for tmp, target in self._moves:
                    os.replace(tmp, target)
        finally:
            self._cleanup.close()
