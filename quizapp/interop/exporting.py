"""``export_banks``: write banks in another format, and report what was written and what was left out."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from quizapp.banks.model import Bank
from quizapp.fileio import SaveError
from quizapp.interop.archive import atomic_write_bytes
from quizapp.interop.errors import InteropError
from quizapp.interop.registry import exporter
from quizapp.interop.report import ExportReport
from quizapp.interop.selection import select


class NothingToExportError(InteropError):
    """No item of the banks fits the format; nothing was written. `report` says why for each item."""

    def __init__(self, report: ExportReport) -> None:
        self.report = report
        reasons = "\n".join(f"  {note}" for note in report.skipped)
        super().__init__(f"no item can be written as {report.format}; nothing was written\n{reasons}".rstrip())


def export_banks(banks: Sequence[Bank], fmt: str, out_path: str | Path) -> ExportReport:
    """Write the items of `banks` that format `fmt` can hold to `out_path`, atomically.

    Items the format cannot express are skipped and listed in the report with the reason.
    Raises `NothingToExportError` when no item fits (nothing is written), `QuizappError` for an
    unknown format, and `InteropError` when the file cannot be written.
    """
    chosen = exporter(fmt)
    selection = select(banks, chosen.rules)
    target = Path(out_path)
    if not selection.groups:
        raise NothingToExportError(
            ExportReport(chosen.title, target, (), selection.skipped, format_notes=chosen.format_notes)
        )
    rendering = chosen.render(selection)
    try:
        atomic_write_bytes(target, rendering.payload)
    except SaveError as exc:
        raise InteropError(str(exc)) from None
    return ExportReport(
        chosen.title, target, selection.written, selection.skipped, rendering.notes, chosen.format_notes
    )
