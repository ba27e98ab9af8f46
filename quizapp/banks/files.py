"""Which files are banks: their suffixes, their largest size, and finding them in folders."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

BANK_SUFFIXES = (".yaml", ".yml")
MAX_BANK_BYTES = 10 * 1024 * 1024  # some 40,000 items, checked in about ten seconds; teachers' banks are far smaller


def find_bank_files(paths: Iterable[str | Path]) -> list[Path]:
    """Bank files among `paths`; folders are searched recursively (``schema/`` folders skipped)."""
    found: list[Path] = []
    for entry in paths:
        path = Path(entry)
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.suffix.lower() in BANK_SUFFIXES
                    and p.is_file()
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        else:
            found.append(path)
    return found
