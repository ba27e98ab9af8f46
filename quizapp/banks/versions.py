"""The bank format version: reading it, refusing newer ones, upgrading older ones."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from quizapp import __version__
from quizapp.banks.model import FORMAT, FORMAT_MAJOR, FORMAT_NAME

_FORMAT = re.compile(rf"^{FORMAT_NAME}/(?P<major>\d+)(?:\.(?P<minor>\d+))?$")

Upgrade = Callable[[dict[str, Any]], dict[str, Any]]
# UPGRADES[n] turns a bank of format major version n into major version n + 1.
UPGRADES: dict[int, Upgrade] = {}


class FormatVersionError(ValueError):
    """The bank's format line is missing, malformed, or from a newer app."""

    def __init__(self, message: str, *, fatal: bool) -> None:
        super().__init__(message)
        self.fatal = fatal


def format_major(value: Any) -> int:
    """The major version of a ``format:`` value; raises `FormatVersionError`."""
    if value is None:
        raise FormatVersionError(f"missing 'format: {FORMAT}' (the first field of every bank)", fatal=False)
    match = _FORMAT.match(str(value).strip())
    if not match:
        raise FormatVersionError(f"format must be '{FORMAT}', not {str(value)!r}; is this a quizapp bank?", fatal=True)
    major = int(match["major"])
    if major > FORMAT_MAJOR:
        raise FormatVersionError(
            f"this bank uses format {value}, but this version of quizapp ({__version__}) reads up to "
            f"{FORMAT}; update quizapp to open it",
            fatal=True,
        )
    if major < FORMAT_MAJOR and any(step not in UPGRADES for step in range(major, FORMAT_MAJOR)):
        raise FormatVersionError(f"format {value} is too old to upgrade; no upgrade step is known", fatal=True)
    return major


def upgrade(data: dict[str, Any], major: int) -> dict[str, Any]:
    """Apply the upgrade steps that bring `data` from format `major` to the current one."""
    for step in range(major, FORMAT_MAJOR):
        data = UPGRADES[step](data)
    if major < FORMAT_MAJOR:
        data["format"] = f"{FORMAT_NAME}/{FORMAT_MAJOR}"
    return data
