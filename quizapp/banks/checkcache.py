"""Remember the banks already found valid, so that an unchanged bank is never parsed and validated twice.

A bank file is known by the SHA-256 of its bytes (with its size as a second check). When an earlier
check by the same version of the app, against the same schema, found those bytes valid, the loader
builds the bank from the data that check kept, as JSON, without parsing the YAML again and without the
schema and meaning checks. Those are nearly all the time a large library takes to load.

Only valid banks are remembered: a file with problems is checked in full every time, so its messages are
always complete. Each bank is one small versioned JSON file in the cache folder, named by its hash, so an
edited bank simply gets a new one. A record that is missing, damaged, from another version of the app or
for another schema is ignored (and replaced), because everything in the cache can be rebuilt.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from quizapp import __version__
from quizapp.paths import bank_schema_path

CACHE_FORMAT = "quizapp-bank-check/1"
MAX_RECORDS = 5_000  # the oldest records beyond this are removed


def _checker() -> str:
    """What a check depends on besides the bank's bytes: the app's version and the schema."""
    schema = hashlib.sha256(bank_schema_path().read_bytes()).hexdigest()[:16]
    return f"{__version__}:{schema}"


def digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


class CheckCache:
    """Valid banks seen before, one JSON record per content hash in `folder`."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.checker = _checker()
        self._written = 0

    def _record(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def lookup(self, key: str, size: int) -> tuple[dict[str, Any], list[int]] | None:
        """The checked data and item lines of the valid bank with these bytes, or None."""
        try:
            record = json.loads(self._record(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if (
            not isinstance(record, dict)
            or record.get("format") != CACHE_FORMAT
            or record.get("checker") != self.checker
            or record.get("size") != size
            or not isinstance(record.get("data"), dict)
            or not isinstance(record.get("lines"), list)
        ):
            return None
        return record["data"], record["lines"]

    def remember(self, key: str, size: int, data: dict[str, Any], lines: list[int]) -> None:
        """Keep a valid bank's data (atomically; a cache that cannot be written is no error)."""
        try:
            body = json.dumps(
                {"format": CACHE_FORMAT, "checker": self.checker, "size": size, "data": data, "lines": lines},
                ensure_ascii=False,
            )
        except (TypeError, ValueError):
            return  # data JSON cannot hold (none in a valid bank, but never worth a failure)
        with contextlib.suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".record-", suffix=".tmp")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as stream:
                    stream.write(body)
                os.replace(temporary, self._record(key))
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
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
