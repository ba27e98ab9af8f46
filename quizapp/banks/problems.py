"""A problem found in a bank file, reported as ``file:line:col: item ID: message``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in a bank file; `line` and `column` are 1-based (0 when unknown)."""

    path: str
    line: int
    column: int
    message: str
    item_id: str | None = None

    def __str__(self) -> str:
        where = self.path
        if self.line:
            where += f":{self.line}:{self.column or 1}"
        subject = f" item {self.item_id}:" if self.item_id else ""
        return f"{where}:{subject} {self.message}"
