"""Start the desktop app: ``quizapp`` (window), ``--smoke`` (start-up check), ``--screenshots DIR``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from quizapp.settings import Settings, SettingsError, load_settings
from quizapp.ui.context import AppContext
from quizapp.ui.errors import install_excepthook, show_error
from quizapp.ui.main_window import MainWindow
from quizapp.ui.theme import apply_theme


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quizapp", description="Open the quizapp window.")
    parser.add_argument(
        "--smoke",
        nargs="?",
        const="window",
        choices=("window", "library"),
        help="open the main window, print 'ready' and exit; --smoke=library also signs in a guest, waits until "
        "the library lists every bank, and prints 'ready N banks'",
    )
    parser.add_argument("--screenshots", type=Path, metavar="DIR", help="render every main screen to PNG in DIR")
    parser.add_argument("--db", type=Path, metavar="PATH", help="use this score database")
    return parser


def application() -> QApplication:
    """The QApplication, created once."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("quizapp")
    app.setOrganizationName("quizapp")
    app.setApplicationDisplayName("quizapp")
    return app


def launch(argv: Sequence[str]) -> int:
    """Run the app; returns the exit status."""
    args = _parser().parse_args(list(argv))
    if QApplication.instance() is None and not args.screenshots:
        from quizapp.ui.platform_check import missing_library_message

        message = missing_library_message()
        if message:
            print(message, file=sys.stderr)  # instead of Qt's own abort, which names no package
            return 1
    app = application()
    try:
        settings = load_settings()
    except SettingsError as exc:
        show_error(None, "Settings not loaded", str(exc))
        settings = Settings()
    apply_theme(app, settings.theme, settings.font_size)
    if args.screenshots:
        from quizapp.ui.screenshots import render_screenshots

        written = render_screenshots(args.screenshots)
        print("\n".join(str(p) for p in written))
        return 0
    context = AppContext(settings, db_path=args.db)
    install_excepthook()
    window = MainWindow(context)
    if args.smoke == "window":
        window.shown.connect(lambda: QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit())))
    elif args.smoke == "library":

        def listed(banks: int) -> None:
            window.libraryListed.disconnect(listed)  # once: the list of the last read, then the banks read
            print(f"ready {banks} banks", flush=True)
            app.quit()

        window.libraryListed.connect(listed)
        window.shown.connect(lambda: QTimer.singleShot(0, window.signin.guest.click))
    window.show()
    status = app.exec()
    window.close()
    window.finish_background_work()
    context.close()
    return status
