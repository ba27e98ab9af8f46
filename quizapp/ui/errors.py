"""Unexpected exceptions: logged, shown in a dialog with a copyable report, and the app keeps running."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from quizapp import __version__
from quizapp.logs import log_file, log_unexpected

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


def report_text(exc: BaseException) -> str:
    """The text a user can copy into a bug report."""
    import traceback  # here: the app starts without it

    details = "".join(traceback.format_exception(exc))
    return f"quizapp {__version__}, Python {sys.version.split()[0]}\n\n{details}"


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    """A modal error message with optional copyable details."""
    from PySide6.QtWidgets import QMessageBox

    show_message(parent, title, message, details, icon=QMessageBox.Icon.Warning)


def show_message(
    parent: QWidget | None,
    title: str,
    message: str,
    details: str = "",
    icon: QMessageBox.Icon | None = None,
) -> None:
    """A modal message shown as plain text: messages quote file names and file contents, never markup.

    `icon` is the information sign unless given."""
    from PySide6.QtCore import Qt  # Qt's namespace takes a while to load; the window shows without it
    from PySide6.QtWidgets import QMessageBox  # as its types: the window shows without a message

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information if icon is None else icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(message)
    if details:
        box.setDetailedText(details)
    box.setAccessibleName(title)
    box.exec()


def handle_unexpected(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook: log, then show a dialog; never end the app."""
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    exc.__traceback__ = tb
    path = log_unexpected(exc)
    app = QApplication.instance()
    if app is None or app.property("quizapp_testing"):
        sys.__excepthook__(exc_type, exc, tb)
        return
    show_error(
        QApplication.activeWindow(),
        "Something went wrong",
        f"quizapp hit an unexpected problem ({exc_type.__name__}: {exc}). Your answers so far are saved. "
        f"The details below are also in {path if path else log_file()}.",
        report_text(exc),
    )


def install_excepthook() -> None:
    sys.excepthook = handle_unexpected
