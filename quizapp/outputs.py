"""Where a command may write: never over its own inputs, the score database, or anything but a regular file.

Every command that writes a file asks `check_output` first:
- a path that exists and is not a regular file (a folder, a device such as /dev/full, a pipe) is refused,
  even with ``--force``: writing there would replace it with a plain file;
- a path that is one of the command's inputs, or the score database, is refused, even with ``--force``;
- an existing regular file is refused unless ``--force`` is given.
A refusal is an `OutputRefused` naming the file; the commands print it and exit 2, having written nothing.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from quizapp.errors import QuizappError
from quizapp.paths import database_path


class OutputRefused(QuizappError):
    """The file a command was asked to write must not be written."""


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def check_output(
    path: Path,
    *,
    inputs: Iterable[Path] = (),
    database: Path | None = None,
    force: bool = False,
) -> None:
    """Raise `OutputRefused` unless `path` may be written (see the module's rules)."""
    path = Path(path)
    for db in {database_path(), *([Path(database)] if database else [])}:
        for part in (db, *(db.with_name(db.name + side) for side in ("-wal", "-shm", "-journal"))):
            if _same(path, part):
                raise OutputRefused(f"{path}: this is (part of) the score database; write to another file")
    for source in inputs:
        if _same(path, Path(source)):
            raise OutputRefused(f"{path}: this is an input of the command; write to another file")
    try:
        mode = os.stat(path).st_mode  # follows a symbolic link: what would really be written over
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputRefused(f"{path}: cannot be written ({exc.strerror or exc})") from None
    if stat.S_ISDIR(mode):
        raise OutputRefused(f"{path}: is a folder; give a file name")
    if not stat.S_ISREG(mode):
        raise OutputRefused(f"{path}: is not a regular file (a device or a pipe); give a file name")
    if not force:
        raise OutputRefused(f"{path}: exists; add --force to replace it")


def check_output_folder(path: Path) -> None:
    """Raise `OutputRefused` unless `path` is a folder or does not exist yet (``generate -o OUTDIR``)."""
    if Path(path).exists() and not Path(path).is_dir():
        raise OutputRefused(f"{path}: is a file; -o takes a folder for the banks")
