"""Worksheets and answer keys on paper: preview, print, or save as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from quizapp.banks import Bank
from quizapp.outputs import OutputRefused, check_output
from quizapp.teacher.worksheet import answer_key_html, worksheet_html
from quizapp.ui.errors import show_error


def save_pdf(html: str, path: Path) -> Path:
    """Lay out `html` on A4 pages and write a PDF (atomic: a temporary file, then a rename)."""
    target = Path(path)
    try:
        check_output(target, force=True)  # the file dialog asked about replacing; never the database or a device
    except OutputRefused as exc:
        raise OSError(str(exc)) from None  # the callers report OSError by name
    partial = target.with_name(f".{target.name}.part")
    writer = QPdfWriter(str(partial))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    document = QTextDocument()
    document.setHtml(html)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)
    del writer  # finishes the file
    if not partial.exists() or partial.stat().st_size == 0:
        raise OSError(f"{target}: the PDF could not be written")
    partial.replace(target)
    return target


class PaperDialog(QDialog):
    """Preview the worksheet and the answer key of a bank; print or save either as PDF."""

    def __init__(self, bank: Bank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bank = bank
        self.setWindowTitle(f"Worksheet: {bank.title}")
        self.setAccessibleName("Worksheet preview")
        self.resize(900, 800)
        self.worksheet = worksheet_html(bank)
        self.answer_key = answer_key_html(bank)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Worksheet and answer key")
        for title, html in (("Worksheet", self.worksheet), ("Answer key", self.answer_key)):
            view = QTextBrowser()
            view.setAccessibleName(f"{title} preview")
            view.setHtml(html)
            self.tabs.addTab(view, title)
        self.save_sheet = QPushButton("Save &worksheet as PDF…")
        self.save_sheet.clicked.connect(lambda: self._save(self.worksheet, "worksheet"))
        self.save_key = QPushButton("Save &answer key as PDF…")
        self.save_key.clicked.connect(lambda: self._save(self.answer_key, "answer-key"))
        self.print_button = QPushButton("&Print…")
        self.print_button.clicked.connect(self._print)
        close = QPushButton("&Close")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.save_sheet, self.save_key, self.print_button):
            button.setAccessibleName(button.text().replace("&", ""))
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    def _save(self, html: str, kind: str, path: Path | None = None) -> Path | None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, "Save as PDF", f"{self.bank.id}-{kind}.pdf", "PDF (*.pdf)")
            if not name:
                return None
            path = Path(name)
        try:
            return save_pdf(html, path)
        except OSError as exc:
            show_error(self, "PDF not saved", str(exc))
            return None

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec():
            document = QTextDocument()
            document.setHtml(self.worksheet if self.tabs.currentIndex() == 0 else self.answer_key)
            document.print_(printer)
