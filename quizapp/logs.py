"""Logging to a file in the user's log folder."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from quizapp.paths import ensure_dir, log_dir

LOG_NAME = "quizapp.log"


def log_file() -> Path:
    """The app's log file."""
    return log_dir() / LOG_NAME


def log_unexpected(exc: BaseException) -> Path:
    """Append the traceback of an unexpected error to the log; return the log's path."""
    path = log_file()
    try:
        ensure_dir(path.parent)
        with path.open("a", encoding="utf-8") as handle:
            handle.write("".join(traceback.format_exception(exc)))
    except OSError:
        print(f"quizapp: could not write the log file {path}", file=sys.stderr)
        traceback.print_exception(exc)
    return path
