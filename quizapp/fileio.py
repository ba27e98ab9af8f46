"""Atomic file writes: a temporary file beside the target, flushed, then moved into place."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from quizapp.errors import QuizappError


class SaveError(QuizappError):
    """A file could not be written; the previous version (if any) is untouched."""


def atomic_write_text(path: str | Path, text: str, *, durable: bool = True) -> None:
    """Write `text` as UTF-8 to `path` so that readers see either the old or the new file.

    `durable` flushes the data to the disk before the rename; a cache that can be rebuilt skips that wait.
    Raises `SaveError` naming the file on any OS error (disk full, permission, …).
    """
    target = Path(path)
    tmp_name: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp_name, target.stat().st_mode & 0o777)
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise SaveError(f"{target}: could not save ({reason}); the previous version is unchanged") from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


class UnreadableFile(QuizappError):
    """A file that must not or cannot be read; `reason` says why in words for the user."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


def check_regular(path: str | Path, limit: int | None = None, what: str = "file") -> None:
    """Raise `UnreadableFile` unless `path` is a regular file (of at most `limit` bytes): never a folder, a
    device (``/dev/zero``), a pipe (reading one waits for ever) or a link to any of them."""
    try:
        info = os.stat(path)  # follows links: what would really be read
    except FileNotFoundError:
        raise UnreadableFile(path, "the file does not exist") from None
    except PermissionError:
        raise UnreadableFile(path, "permission denied: the file cannot be read") from None
    except OSError as exc:
        raise UnreadableFile(path, f"the file cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableFile(path, "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFile(path, "is not a regular file (a device or a pipe); nothing was read")
    if limit is not None and info.st_size > limit:
        raise UnreadableFile(path, f"is too large to be a {what} ({_size(info.st_size)}; the limit is {_size(limit)})")


def read_limited(path: str | Path, limit: int, what: str = "file") -> bytes:
    """The bytes of a regular file of at most `limit` bytes (see `check_regular`); raises `UnreadableFile`."""
    check_regular(path, limit, what)
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(limit + 1)  # a file that grows while it is read stops at the limit
    except PermissionError:
        raise UnreadableFile(path, "permission denied: the file cannot be read") from None
    except OSError as exc:
        raise UnreadableFile(path, f"the file cannot be read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise UnreadableFile(path, f"is too large to be a {what} (over {_size(limit)})")
    return data


def _size(number: int) -> str:
    return f"{number / (1024 * 1024):.1f} MB" if number >= 1024 * 1024 else f"{number} bytes"
