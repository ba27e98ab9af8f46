"""Settings: theme, font size and data folder; saved between runs. In teacher mode, the school's LRS too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.settings import FONT_SIZES, THEMES, Settings

if TYPE_CHECKING:
    from quizapp.ui.lrs_settings import LrsSettingsBox
    from quizapp.xapi.config import LrsConfig


class SettingsDialog(QDialog):
    """Edit a copy of the settings; `result_settings()` gives the edited copy."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, *, lrs: LrsConfig | None = None) -> None:
        """`lrs`: the desk's LRS settings, shown only in teacher mode (None otherwise)."""
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setAccessibleName("Settings")
        self.theme = QComboBox()
        self.theme.setAccessibleName("Theme")
        for theme in THEMES:
            self.theme.addItem(theme.capitalize(), theme)
        self.theme.setCurrentIndex(THEMES.index(settings.theme))
        self.font_size = QSpinBox()
        self.font_size.setAccessibleName("Font size in points")
        self.font_size.setRange(FONT_SIZES.start, FONT_SIZES.stop - 1)
        self.font_size.setValue(settings.font_size)
        self.folder = QLineEdit(settings.data_folder)
        self.folder.setAccessibleName("Data folder")
        self.folder.setPlaceholderText("Default per-user folder")
        browse = QPushButton("C&hoose…")
        browse.setAccessibleName("Choose the data folder")
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        note = QLabel("A new data folder is used from the next start. Keep it on this computer, not a network share.")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        general = QWidget()
        form = QFormLayout(general)
        form.addRow("&Theme:", self.theme)
        form.addRow("&Font size:", self.font_size)
        folder_label = QLabel("&Data folder:")
        folder_label.setBuddy(self.folder)  # a label beside a row of widgets gets no buddy by itself
        form.addRow(folder_label, folder_row)
        form.addRow(note)
        column = QVBoxLayout(self)
        self.lrs_box: LrsSettingsBox | None = None
        self.tabs: QTabWidget | None = None
        if lrs is not None:  # two tabs, so that the dialog fits a laptop screen at a large font
            from quizapp.ui.lrs_settings import LrsSettingsBox

            self.lrs_box = LrsSettingsBox(lrs, self)
            self.tabs = QTabWidget()
            self.tabs.setAccessibleName("Settings pages")
            self.tabs.addTab(general, "General")
            self.tabs.addTab(self.lrs_box, "Learning Record Store")
            column.addWidget(self.tabs)
        else:
            lrs_note = QLabel("Sending results to the school's Learning Record Store is set up in teacher mode.")
            lrs_note.setWordWrap(True)
            form.addRow(lrs_note)
            column.addWidget(general)
        column.addWidget(buttons)
        self._settings = settings

    def _accept(self) -> None:
        problem = self.lrs_box.problem() if self.lrs_box is not None else None
        if problem and self.lrs_box is not None:  # said beside the test button, where the LRS settings are
            if self.tabs is not None:
                self.tabs.setCurrentWidget(self.lrs_box)
            self.lrs_box.test_result.setText(problem)
            self.lrs_box.address.setFocus()
            return
        self.accept()

    def done(self, result: int) -> None:
        if self.lrs_box is not None:
            self.lrs_box.wait()
        super().done(result)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Data folder", self.folder.text())
        if folder:
            self.folder.setText(folder)

    def result_settings(self) -> Settings:
        return self._settings.changed(
            theme=self.theme.currentData(), font_size=self.font_size.value(), data_folder=self.folder.text().strip()
        )
