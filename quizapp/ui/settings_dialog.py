"""Settings: theme, font size and data folder; saved between runs."""

from __future__ import annotations

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
    QWidget,
)

from quizapp.settings import FONT_SIZES, THEMES, Settings


class SettingsDialog(QDialog):
    """Edit a copy of the settings; `result_settings()` gives the edited copy."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
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
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&Theme:", self.theme)
        form.addRow("&Font size:", self.font_size)
        folder_label = QLabel("&Data folder:")
        folder_label.setBuddy(self.folder)  # a label beside a row of widgets gets no buddy by itself
        form.addRow(folder_label, folder_row)
        form.addRow(note)
        form.addRow(buttons)
        self._settings = settings

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Data folder", self.folder.text())
        if folder:
            self.folder.setText(folder)

    def result_settings(self) -> Settings:
        return self._settings.changed(
            theme=self.theme.currentData(), font_size=self.font_size.value(), data_folder=self.folder.text().strip()
        )
