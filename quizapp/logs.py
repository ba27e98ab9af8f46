"""Logging to a file in the user's log folder."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from quizapp.paths import ensure_dir, log_dir

LOG_NAME = "quizapp.log"
ECHO_ENV = "QUIZAPP_LOG_ECHO"  # set: every event line is also written to standard error


def _append(path: Path, text: str) -> None:
    """Append to the log, which is created readable by its user only (POSIX)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(descriptor, "a", encoding="utf-8") as handle:
        handle.write(text)


def log_file() -> Path:
    """The app's log file."""
    return log_dir() / LOG_NAME


def log_unexpected(exc: BaseException) -> Path:
    """Append the traceback of an unexpected error to the log; return the log's path."""
    import traceback  # here: the app starts without it

    path = log_file()
    try:
        ensure_dir(path.parent)
        _append(path, "".join(traceback.format_exception(exc)))
    except OSError:
        print(f"quizapp: could not write the log file {path}", file=sys.stderr)
        traceback.print_exception(exc)
    return path


def log_event(message: str) -> None:
    """Append one line about what the app did ("screen: library", "question 2 of 5: evidence") to the log.

    Tests that drive the real window wait on these lines; a person reading the log after a problem sees
    what led up to it. The lines never hold answers or names.
    """
    line = f"{time.strftime('%Y-%m-%d %H:%M:%S')} {message}\n"
    if os.environ.get(ECHO_ENV):
        sys.stderr.write(f"quizapp: {message}\n")  # for a test that drives the window and reads the output
        sys.stderr.flush()
    path = log_file()
    try:
        ensure_dir(path.parent)
        _append(path, line)
    except OSError:
        pass  # a log that cannot be written never stops the app
