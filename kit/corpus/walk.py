"""The folder walk of :func:`kit.load_corpus`: which entries are article files, and why the others
are not.

Regular files and symbolic links to regular files are article candidates; folders are walked
(links to folders are not followed: no loops). Everything else is reported, never opened: broken
links, link loops, named pipes, sockets, devices, entries that cannot be looked at or listed.
Hidden entries (``.name``, ``_name``) are left out silently, as before. Two kinds of output are
left out and reported: paths given as ``exclude`` (a report's output folder inside its input),
and the files a kit export listed in the folder's hidden :data:`OUTPUTS_LIST`.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

#: the hidden list of files a kit export or report wrote in a folder (one name per line)
OUTPUTS_LIST = ".kit-outputs"


def kind_of(mode: int) -> str:
    """What a file mode describes, in words."""
    kinds = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
             (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
             (stat.S_ISDIR, "a folder"), (stat.S_ISREG, "a regular file"))
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def entry_problem(path: Path) -> str | None:
    """Why a folder entry cannot be read as an article file (None for files and folders)."""
    try:
        own = path.lstat()
    except OSError as err:
        return f"cannot look at it: {err.strerror or err}"
    if not stat.S_ISLNK(own.st_mode):
        if stat.S_ISREG(own.st_mode) or stat.S_ISDIR(own.st_mode):
            return None
        return f"not a regular file: {kind_of(own.st_mode)}"
    try:
        target = path.stat()
    except FileNotFoundError:
        return "broken symbolic link (its target does not exist)"
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "symbolic link loop (the link points back to itself)"
        return f"symbolic link that cannot be followed: {err.strerror or err}"
    if stat.S_ISDIR(target.st_mode):
        return "symbolic link to a folder (not followed)"
    if not stat.S_ISREG(target.st_mode):
        return f"symbolic link to {kind_of(target.st_mode)}, not to a regular file"
    return None


def kit_outputs(folder: Path) -> set[str]:
    """Names listed in the folder's :data:`OUTPUTS_LIST` (files a kit report or export wrote)."""
    try:
        return set((folder / OUTPUTS_LIST).read_text(encoding="utf-8").splitlines())
    except (OSError, UnicodeDecodeError):
        return set()


def real(path: str | os.PathLike) -> Path:
    """The absolute path with links resolved (how exclusions are compared)."""
    return Path(os.path.realpath(path))


def _inside(path: Path, folders: list[Path]) -> bool:
    if not folders:
        return False
    resolved = real(path)
    return any(resolved == folder or folder in resolved.parents for folder in folders)


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith((".", "_")) for part in path.relative_to(root).parts)


def walk(root: Path, exclude: list[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """The visible article candidates under ``root`` in name order, and (relative name, reason)
    for every entry that cannot be read or is left out. ``exclude``: resolved paths (:func:`real`)."""
    files: list[Path] = []
    problems: list[tuple[str, str]] = []
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as err:
            problems.append((folder.relative_to(root).as_posix(), f"cannot list the folder: {err.strerror or err}"))
            continue
        written_by_kit = kit_outputs(folder)
        for entry in entries:
            path = Path(entry.path)
            if _is_hidden(path, root):
                continue
            name = path.relative_to(root).as_posix()
            if _inside(path, exclude):
                problems.append((name, "left out: an output of this run (it lies inside the input)"))
            elif entry.name in written_by_kit:
                problems.append((name, f"left out: written by kit (listed in {OUTPUTS_LIST}), not articles"))
            elif problem := entry_problem(path):
                problems.append((name, problem))
            elif entry.is_dir(follow_symlinks=False):
                folders.append(path)
            else:
                files.append(path)
    return sorted(files, key=lambda p: p.relative_to(root).as_posix()), sorted(problems)
