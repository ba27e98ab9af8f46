"""Attribution from a ``MANIFEST.tsv`` beside a story file (source address, date, licence)."""

from __future__ import annotations

import csv
import io
from functools import cache
from pathlib import Path
from typing import Any

from quizapp.fileio import UnreadableFile, read_limited

MANIFEST_NAME = "MANIFEST.tsv"
MAX_MANIFEST_BYTES = 5 * 1024 * 1024
_COLUMNS = {"original_url": "source_url", "original_title": "original_title", "date": "date", "licence": "licence"}


@cache
def _rows(manifest: Path, stamp: float) -> dict[str, dict[str, str]]:
    try:
        text = read_limited(manifest, MAX_MANIFEST_BYTES, "manifest").decode("utf-8")
        return {
            row["file"]: row for row in csv.DictReader(io.StringIO(text, newline=""), delimiter="\t") if row.get("file")
        }
    except (UnreadableFile, UnicodeDecodeError, csv.Error, KeyError):
        return {}  # a manifest that cannot be read (or a pipe, or /dev/zero) adds nothing


def manifest_metadata(story: Path) -> dict[str, Any]:
    """Metadata for `story` from the manifest in its folder, or an empty dict."""
    manifest = story.parent / MANIFEST_NAME
    try:
        stamp = manifest.stat().st_mtime
    except OSError:
        return {}
    row = _rows(manifest, stamp).get(story.name)
    if not row:
        return {}
    metadata = {key: row[column] for column, key in _COLUMNS.items() if row.get(column)}
    if row.get("source_repo") or row.get("licence"):
        site = "Wikinews" if "wikinews" in (row.get("original_url") or "") else None
        if site:
            metadata["publisher"] = site
        parts = [p for p in (site, row.get("licence")) if p]
        metadata["attribution"] = ", ".join(parts) + f"; see {MANIFEST_NAME}" if parts else MANIFEST_NAME
    return metadata
