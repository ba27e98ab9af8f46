"""What an export wrote and what it left out, item by item, for the command line and the GUI."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quizapp.plural import count


@dataclass(frozen=True)
class ItemRef:
    """An item of a bank, named by both ids."""

    bank_id: str
    item_id: str

    def __str__(self) -> str:
        return f"{self.bank_id}/{self.item_id}"


@dataclass(frozen=True)
class ItemNote:
    """An item with a reason: why it was skipped, or how the format changed it."""

    item: ItemRef
    reason: str

    def __str__(self) -> str:
        return f"{self.item}: {self.reason}"


@dataclass(frozen=True)
class ExportReport:
    """The outcome of one export: items written, items skipped (with reasons), and notes on items written."""

    format: str
    path: Path
    written: tuple[ItemRef, ...]
    skipped: tuple[ItemNote, ...] = ()
    notes: tuple[ItemNote, ...] = ()
    format_notes: tuple[str, ...] = ()

    def summary(self) -> str:
        """A few lines for people: counts first, then every skipped item and note."""
        lines = [f"{self.path}: {count(len(self.written), 'item')} written as {self.format}"]
        if self.skipped:
            lines.append(f"{count(len(self.skipped), 'item')} skipped:")
            lines.extend(f"  {note}" for note in self.skipped)
        if self.notes:
            lines.append("changed by the format:")
            lines.extend(f"  {note}" for note in self.notes)
        lines.extend(f"note: {note}" for note in self.format_notes)
        return "\n".join(lines)
