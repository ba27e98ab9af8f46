"""At 18 pt the main window still fits a 1366×768 laptop screen, on every page."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from quizapp.ui.main_window import MainWindow

from .conftest import tour_copy

LAPTOP_WIDTH = 1366


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
        window.signin.guest.click()
        widths["library"] = window.minimumSizeHint().width()
        window.library.select_path(bank_path)
        window.library.start.click()
        widths["setup"] = window.minimumSizeHint().width()
        window.setup.start.click()
        widths["quiz"] = window.minimumSizeHint().width()
        window.quiz.confirm_finish = lambda left: True
        window.quiz.end.click()
        widths["results"] = window.minimumSizeHint().width()
        window.show_history()
        widths["history"] = window.minimumSizeHint().width()
        too_wide = {page: width for page, width in widths.items() if width > LAPTOP_WIDTH}
        assert too_wide == {}
        window.close()
    finally:
        app.setFont(original)
