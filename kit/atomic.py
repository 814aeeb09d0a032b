"""Files written atomically: to a temporary file beside the target, then renamed over it.

Readers see the old file or the new one, never half of one; a failure leaves the old file as it
was and no temporary file behind. Every file the kit writes (rule files, the analysis cache,
tables, graphs, reports) goes through here.
"""

from __future__ import annotations

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
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        os.chmod(tmp, _mode(target))
        yield Path(tmp)
        if backup and target.exists():
            shutil.copy2(target, target.with_name(target.name + ".bak"))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
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
