"""Remember the banks already found valid, so that an unchanged bank is never parsed and validated twice.

A bank file is known by the SHA-256 of its bytes (with its size as a second check). When an earlier
check by the same checking code, against the same schema, found those bytes valid, the loader
builds the bank from the data that check kept, as JSON, without parsing the YAML again and without the
schema and meaning checks. Those are nearly all the time a large library takes to load.

Only valid banks are remembered: a file with problems is checked in full every time, so its messages are
always complete. Each bank is one small versioned JSON file in the cache folder, named by its hash, so an
edited bank simply gets a new one. A record is ignored (and replaced), because everything in the cache can
be rebuilt, when it is missing, not a regular file, too large or damaged (unreadable, nested too deep, or
its own checksum does not match), or when it was written by another version of the checking code or for
another schema. The cache folder is the user's own, like their banks: a record forged there with a
matching checksum would be believed, as an edited bank would.

The library also keeps, from the same reads, the summaries its list shows (`quizapp.banks.summaries`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from quizapp import __version__
from quizapp.fileio import SaveError, UnreadableFile, atomic_write_text, read_limited
from quizapp.paths import bank_schema_path, package_dir

CACHE_FORMAT = "quizapp-bank-check/1"
MAX_RECORDS = 5_000  # the oldest records beyond this are removed
MAX_RECORD_BYTES = 64 * 1024 * 1024  # a record of the largest bank is a few times its size; anything larger is not one


# The modules whose code decides whether a bank is valid and what it holds: a change to any of them, even
# without a new version number, makes every record stale.
CHECKING_MODULES = (
    "quizapp.banks.checks",
    "quizapp.banks.loader",
    "quizapp.banks.model",
    "quizapp.banks.schemacheck",
    "quizapp.banks.skills",
    "quizapp.banks.summaries",
    "quizapp.banks.syntax",
    "quizapp.banks.versions",
    "quizapp.banks.yamldoc",
    "quizapp.articles.model",
)


def _checker() -> str:
    """What a check depends on besides the bank's bytes: the app's version, the schema and the source of the
    checking modules. In a frozen bundle, which ships no source, the bundle's own program file stands for it."""
    digest_ = hashlib.sha256(__version__.encode() + bank_schema_path().read_bytes())
    for name in CHECKING_MODULES:
        # Read from the package folder, not through the import system, which would import the module's
        # package (quizapp.articles and its model) just to find the file.
        path = package_dir().joinpath(*name.split(".")[1:]).with_suffix(".py")
        try:
            source = path.read_bytes()
        except OSError:
            source = None
        if source is None:
            with contextlib.suppress(OSError):
                stat = os.stat(sys.executable)
                source = f"{sys.executable}:{stat.st_size}:{stat.st_mtime_ns}".encode()
        digest_.update(source or name.encode("utf-8"))
    return digest_.hexdigest()[:32]


def _data_sum(data: dict[str, Any], lines: list[int]) -> str:
    """A checksum of a record's content, so that a record damaged on disk is never taken for a valid bank."""
    text = json.dumps([data, lines], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


class CheckCache:
    """Valid banks seen before, one JSON record per content hash in `folder`."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.checker = _checker()
        self._written = 0
        self._held: list[tuple[str, int, dict[str, Any], list[int]]] | None = None

    def _record(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def lookup(self, key: str, size: int) -> tuple[dict[str, Any], list[int]] | None:
        """The checked data and item lines of the valid bank with these bytes, or None."""
        try:
            record = json.loads(read_limited(self._record(key), MAX_RECORD_BYTES, "record of a bank check"))
            if (
                not isinstance(record, dict)
                or record.get("format") != CACHE_FORMAT
                or record.get("checker") != self.checker
                or record.get("size") != size
                or not isinstance(record.get("data"), dict)
                or not isinstance(record.get("lines"), list)
                or record.get("sum") != _data_sum(record["data"], record["lines"])
            ):
                return None
        except (UnreadableFile, ValueError, RecursionError):  # missing, a pipe or a device, damaged, nested too deep
            return None
        return record["data"], record["lines"]

    def hold(self) -> None:
        """Keep what `remember` is given in memory until `release` (a read lists the banks before writing)."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """Write the records held since `hold`, and write each record at once again from now on."""
        held, self._held = self._held or [], None
        for record in held:
            self.remember(*record)

    def remember(self, key: str, size: int, data: dict[str, Any], lines: list[int]) -> None:
        """Keep a valid bank's data (atomically; a cache that cannot be written is no error)."""
        if self._held is not None:
            self._held.append((key, size, data, lines))
            return
        try:
            body = json.dumps(
                {
                    "format": CACHE_FORMAT,
                    "checker": self.checker,
                    "size": size,
                    "sum": _data_sum(data, lines),
                    "data": data,
                    "lines": lines,
                },
                ensure_ascii=False,
            )
        except (TypeError, ValueError):
            return  # data JSON cannot hold (none in a valid bank, but never worth a failure)
        try:
            atomic_write_text(self._record(key), body, durable=False)
        except SaveError:
            return  # a cache that cannot be written is no error: the bank is checked again next time
        self._written += 1

    def prune(self) -> None:
        """Remove the oldest records beyond `MAX_RECORDS` (edited banks leave their old ones behind)."""
        if not self._written:
            return
        with contextlib.suppress(OSError):
            records = sorted(self.folder.glob("*.json"), key=lambda p: p.stat().st_mtime)
            for old in records[: max(0, len(records) - MAX_RECORDS)]:
                old.unlink(missing_ok=True)
        self._written = 0
