"""File → Export bank…: write the selected banks in a format an LMS or quiz tool imports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from quizapp.banks import Bank
from quizapp.errors import QuizappError
from quizapp.interop.exporting import NothingToExportError, export_banks
from quizapp.interop.registry import EXPORTERS
from quizapp.outputs import check_output


class ExportDialog(QDialog):
    """Choose a format and a file; shows what was written and every item skipped, with the reason."""

    def __init__(self, banks: list[Bank], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banks = banks
        self._confirmed: Path | None = None
        self.setWindowTitle("Export bank")
        self.setAccessibleName("Export bank")
        self.resize(640, 460)
        self.format = QComboBox()
        self.format.setAccessibleName("Export format")
        for name, exporter in EXPORTERS.items():
            self.format.addItem(exporter.title, name)
        self.format.currentIndexChanged.connect(self._suggest)
        self.path = QLineEdit()
        self.path.setAccessibleName("File to write")
        browse = QPushButton("Choose…")
        browse.setAccessibleName("Choose the file to write")
        browse.clicked.connect(self._browse)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName("Export report")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton("&Export", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setAccessibleName("Export now")
        self.export_button.clicked.connect(lambda: self.export())
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        titles = "; ".join(bank.title for bank in banks)
        form.addRow(QLabel(f"<b>Banks:</b> {titles}"))
        form.addRow("&Format:", self.format)
        form.addRow("&File:", row)
        form.addRow(self.report)
        form.addRow(buttons)
        self._suggest()

    def _suggest(self) -> None:
        exporter = EXPORTERS[self.format.currentData()]
        stem = self.banks[0].id if len(self.banks) == 1 else "banks"
        folder = Path(self.path.text()).parent if self.path.text() else Path.home()
        self.path.setText(str(folder / f"{stem}{exporter.suffix}"))

    def _browse(self) -> None:
        exporter = EXPORTERS[self.format.currentData()]
        name, _ = QFileDialog.getSaveFileName(
            self, "Export to", self.path.text(), f"{exporter.title} (*{exporter.suffix})"
        )
        if name:
            self.path.setText(name)
            self._confirmed = Path(name)  # the file dialog already asked about replacing it

    def confirm_overwrite(self, path: Path) -> bool:
        """Ask before replacing an existing file (tests replace this)."""
        answer = QMessageBox.question(self, "Replace file?", f"{path} exists. Replace it?")
        return answer == QMessageBox.StandardButton.Yes

    def export(self) -> bool:
        if not self.path.text().strip():
            self.report.setPlainText("Choose a file to write first.")
            return False
        target = Path(self.path.text())
        if target.exists() and target != self._confirmed and not self.confirm_overwrite(target):
            return False
        try:
            inputs = [Path(bank.path) for bank in self.banks if bank.path]
            check_output(target, inputs=inputs, force=True)  # overwriting was confirmed; inputs never
            report = export_banks(self.banks, self.format.currentData(), target)
        except NothingToExportError as exc:
            self.report.setPlainText(str(exc))
            return False
        except QuizappError as exc:
            self.report.setPlainText(f"Not exported: {exc}")
            return False
        self.report.setPlainText(report.summary())
        return True
