"""Atomic file writes: a temporary file beside the target, flushed, then moved into place."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from quizapp.errors import QuizappError


class SaveError(QuizappError):
    """A file could not be written; the previous version (if any) is untouched."""


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write `text` as UTF-8 to `path` so that readers see either the old or the new file.

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
