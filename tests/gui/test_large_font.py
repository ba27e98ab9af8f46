"""At 18 pt the main window still fits a 1366×768 laptop screen, on every page."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from quizapp.ui.main_window import MainWindow

from .conftest import tour_copy

LAPTOP_WIDTH = 1366
LAPTOP_HEIGHT = 768 - 68  # less a title bar and a panel


def test_every_page_fits_a_laptop_at_18_pt(qtbot, context, user_folder):
    app = QApplication.instance()
    original = QFont(app.font())
    font = QFont(original)
    font.setPointSize(18)
    app.setFont(font)  # as at start-up with an 18 pt setting: before any widget is made
    try:
        app.setProperty("quizapp_testing", True)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window._loaded)
        bank_path = tour_copy(user_folder)
        window.reload_library()
        widths = {"signin": window.minimumSizeHint().width()}
        heights = {"signin": window.minimumSizeHint().height()}
        window.signin.guest.click()
        widths["library"] = window.minimumSizeHint().width()
        heights["library"] = window.minimumSizeHint().height()
        window.library.select_path(bank_path)
        window.library.start.click()
        widths["setup"] = window.minimumSizeHint().width()
        heights["setup"] = window.minimumSizeHint().height()
        window.setup.start.click()
        widths["quiz"] = window.minimumSizeHint().width()
        heights["quiz"] = window.minimumSizeHint().height()
        window.quiz.confirm_finish = lambda left: True
        window.quiz.end.click()
        widths["results"] = window.minimumSizeHint().width()
        heights["results"] = window.minimumSizeHint().height()
        window.show_history()
        widths["history"] = window.minimumSizeHint().width()
        heights["history"] = window.minimumSizeHint().height()
        too_wide = {page: width for page, width in widths.items() if width > LAPTOP_WIDTH}
        assert too_wide == {}
        too_tall = {page: height for page, height in heights.items() if height > LAPTOP_HEIGHT}
        assert too_tall == {}
        window.close()
    finally:
        app.setFont(original)


def test_settings_with_the_lrs_page_fit_a_laptop_at_18_pt(qtbot):
    from quizapp.settings import Settings
    from quizapp.ui.settings_dialog import SettingsDialog
    from quizapp.xapi.config import LrsConfig

    app = QApplication.instance()
    original = QFont(app.font())
    font = QFont(original)
    font.setPointSize(18)
    app.setFont(font)
    try:
        dialog = SettingsDialog(Settings(font_size=18), lrs=LrsConfig(address="https://lrs.school.example/xAPI/"))
        qtbot.addWidget(dialog)
        dialog.tabs.setCurrentWidget(dialog.lrs_box)
        hint = dialog.sizeHint()
        assert hint.width() <= LAPTOP_WIDTH and hint.height() <= LAPTOP_HEIGHT, hint
    finally:
        app.setFont(original)
