"""The main window: menus, the screens in a stack, status messages."""

from __future__ import annotations

import contextlib
import importlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QWidget

from quizapp import __version__
from quizapp.errors import QuizappError
from quizapp.logs import log_event
from quizapp.paths import bundled_banks_dir
from quizapp.plural import count
from quizapp.settings import save_settings
from quizapp.ui.context import AppContext
from quizapp.ui.errors import show_error, show_message
from quizapp.ui.pages.signin import SignInPage
from quizapp.ui.theme import apply_theme, as_plain_text

if TYPE_CHECKING:
    from quizapp.ui.import_flow import ImportFlow
    from quizapp.ui.pages.history import HistoryPage
    from quizapp.ui.pages.library import LibraryPage
    from quizapp.ui.pages.quiz import QuizPage
    from quizapp.ui.pages.results import ResultsPage
    from quizapp.ui.pages.setup import QuizPlan, SetupPage
    from quizapp.ui.teacher.gate import TeacherGate
    from quizapp.ui.watcher import BankWatcher


class MainWindow(QMainWindow):
    """Sign-in → library → setup → quiz → results, and history.

    Only the sign-in screen is built before the window shows; the score store, the bank
    library and the other screens are opened on first use, right after the window appears.
    """

    shown = Signal()
    libraryReloaded = Signal()
    libraryLoaded = Signal()  # the banks read in the background are in the library
    storeOpened = Signal(bool)  # True: the score store is open and the students are listed; False: it failed
    libraryListed = Signal(int)  # the library page lists every bank (their number), after sign-in

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle("quizapp")
        self.setAccessibleName("quizapp main window")
        self.resize(1200, 800)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._pages: dict[str, QWidget] = {}
        self.status = as_plain_text(QLabel())  # names of sessions and files: never markup
        self.status.setAccessibleName("Status")
        self.statusBar().addWidget(self.status, 1)
        self.lrs_status = QLabel()
        self.lrs_status.setAccessibleName("Answers waiting for the Learning Record Store")
        self.lrs_status.hide()
        self.statusBar().addPermanentWidget(self.lrs_status)
        self.lrs_sending = None  # quizapp.ui.lrs_sending.LrsSending, once a teacher turned sending on
        self._lrs_password: str | None = None  # typed in Settings where the system has no keyring
        self.signin = SignInPage(context)
        self.signin.signedIn.connect(self._signed_in)
        self.signin.sessionChosen.connect(self.start_classroom_session)
        self.signin.joinLiveRequested.connect(self.open_join_live)
        self.stack.addWidget(self.signin)
        self._importer: ImportFlow | None = None
        self._gate: TeacherGate | None = None
        self.pin_asker = None  # tests replace the PIN dialog with a function
        self.teacher_windows: list[QWidget] = []
        self.watcher: BankWatcher | None = None
        self._loaded = False
        self._library_job = None
        self._library_listed = threading.Event()  # set once the banks read in the background are listed
        self._store_job = None
        self._pace = None  # the teacher's pace in a teacher-paced live session
        self._live_resumed: list = []  # outboxes sending what a closed app left for a live session's host
        self._library_fallback = False  # only the bundled banks, after the user's could not be read
        self._shortcuts: list[tuple[QAction, object]] = []
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(5000)
        self._retry_timer.timeout.connect(self.retry_saving)
        self._menus()

    # -- screens, built on first use ----------------------------------------------------------------
    def _page(self, name: str) -> QWidget:
        page = self._pages.get(name)
        if page is None:
            page = self._build(name)
            self._pages[name] = page
            self.stack.addWidget(page)
        return page

    def _build(self, name: str) -> QWidget:
        if name == "library":
            from quizapp.ui.pages.library import LibraryPage

            library = LibraryPage(self.context)
            library.setupRequested.connect(self._setup)
            library.reviewRequested.connect(self.start_quiz)
            library.importRequested.connect(self._import)
            self._watch()
            return library
        if name == "setup":
            from quizapp.ui.pages.setup import SetupPage

            setup = SetupPage(self.context)
            setup.startRequested.connect(self.start_quiz)
            setup.backRequested.connect(self.show_library)
            return setup
        if name == "quiz":
            from quizapp.ui.pages.quiz import QuizPage

            quiz = QuizPage(self.context)
            quiz.finished.connect(self._finished)
            quiz.saveProblem.connect(self._save_problem)
            return quiz
        if name == "results":
            from quizapp.ui.pages.results import ResultsPage

            results = ResultsPage(self.context)
            results.retryRequested.connect(self._retry)
            results.libraryRequested.connect(self.show_library)
            results.historyRequested.connect(self.show_history)
            return results
        if name == "history":
            from quizapp.ui.pages.history import HistoryPage

            history = HistoryPage(self.context)
            history.libraryRequested.connect(self.show_library)
            return history
        raise KeyError(name)

    @property
    def library(self) -> LibraryPage:
        return self._page("library")  # type: ignore[return-value]

    @property
    def setup(self) -> SetupPage:
        return self._page("setup")  # type: ignore[return-value]

    @property
    def quiz(self) -> QuizPage:
        return self._page("quiz")  # type: ignore[return-value]

    @property
    def results(self) -> ResultsPage:
        return self._page("results")  # type: ignore[return-value]

    @property
    def history(self) -> HistoryPage:
        return self._page("history")  # type: ignore[return-value]

    @property
    def gate(self) -> TeacherGate:
        """Teacher mode and its PIN (the store is only touched when a teacher tool is asked for)."""
        if self._gate is None:
            from quizapp.ui.teacher.gate import TeacherGate

            self._gate = TeacherGate(self.context)
        return self._gate

    @property
    def importer(self) -> ImportFlow:
        if self._importer is None:
            from quizapp.ui.import_flow import ImportFlow

            self._importer = ImportFlow(self, self.context.user_banks())
            self._importer.imported.connect(self._imported)
        return self._importer

    def _watch(self) -> None:
        if self.watcher is None:
            from quizapp.ui.watcher import BankWatcher

            self.watcher = BankWatcher(self.context.library_folders(), self)
            self.watcher.changed.connect(self.reload_library)

    def _after_shown(self) -> None:
        """Read the banks and open the score store once the window is on screen, both off the UI thread."""
        if self._loaded:
            return
        self._loaded = True
        self._load_library()  # in the background: the window never waits for the banks
        self._open_store()
        # The menu keys load Qt's key tables (tens of milliseconds): after the first listing of the library, or
        # a quarter of a second at most, so that the first screen a student needs is not kept waiting.
        self.libraryListed.connect(self._attach_shortcuts)
        QTimer.singleShot(250, self, self._attach_shortcuts)

    def _open_store(self) -> None:
        """Load the store's code in the background (sqlite-utils takes a while to import), then open it here.

        The connection itself is made on the UI thread, which uses it; until then the sign-in page lists
        no students yet, and a guest can already start.
        """
        if self.context.store_ready:
            self._store_opened()
            return
        from quizapp.ui.workers import Job

        job = Job(lambda control: importlib.import_module("quizapp.teacher.access"), self)
        job.succeeded.connect(lambda _module: self._store_opened())
        job.failed.connect(lambda _message, _details: self._store_opened())  # opening it here reports the error
        self._store_job = job
        job.start()

    def _store_opened(self) -> None:
        self._store_job = None
        try:
            from quizapp.teacher.access import TeacherAccess

            if TeacherAccess(self.context.store, self.context.data_folder()).apply_reset_file():
                self.status.setText("The teacher PIN was reset; choose a new one under Teacher → Teacher mode.")
            self.signin.refresh()
            warning = self.context.store.warning
        except QuizappError as exc:
            show_error(
                self,
                "Scores cannot be opened",
                f"{exc}. You can still practise as a guest; answers are kept in memory and saving is retried.",
            )
            self.storeOpened.emit(False)
            return
        if warning:
            self.status.setText(warning)
        self._resume_live_sending()
        self._start_lrs_sending()
        if self.stack.currentWidget() is self.signin:
            self.signin.focus_first()
        self.storeOpened.emit(True)
        log_event("window ready")

    def _lrs_config(self, *, only_if_set: bool = False):
        """This desk's LRS settings (None, with a status line, when they cannot be read; None too when none
        were ever saved and `only_if_set`: a desk that never sends does not load the LRS code at start-up)."""
        from quizapp.xapi import SETTING_KEY

        try:
            saved = self.context.store.desk_setting(SETTING_KEY)
            if saved is None and only_if_set:
                return None
            from quizapp.xapi.config import config_from_json

            return config_from_json(saved)
        except QuizappError as exc:
            self.status.setText(f"Results are not sent to the LRS: {exc}.")
            return None

    def _start_lrs_sending(self, password: str | None = None) -> None:
        """Send answers to the school's LRS in the background, if a teacher turned that on."""
        config = self._lrs_config(only_if_set=self.lrs_sending is None)
        if self.lrs_sending is None:
            if config is None or not config.auto_send:
                return
            from quizapp.ui.lrs_sending import LrsSending

            self.lrs_sending = LrsSending(self.context.store.path, self, clock=self.context.clock)
            self.lrs_sending.statusChanged.connect(self._lrs_status_changed)
            self.context.saved_listeners.append(self.lrs_sending.answer_recorded)
        self.lrs_sending.configure(config, password or self._lrs_password)

    def _lrs_status_changed(self, text: str) -> None:
        self.lrs_status.setText(text)
        self.lrs_status.setToolTip(text)
        self.lrs_status.setVisible(bool(text))

    def _resume_live_sending(self) -> None:
        """Answers of a live session that the host had not received when the app closed: send them now."""
        try:
            waiting = self.context.store.live_waiting()
        except QuizappError:
            return
        if not waiting:
            return
        from quizapp.live.desk import resume_waiting

        self._live_resumed = resume_waiting(self.context.store)
        answers = sum(len(records) for records in waiting.values())
        self.status.setText(f"Sending {count(answers, 'record')} of a live session to the teacher's desk.")

    def _load_library(self) -> None:
        """Read the banks in the background, so that the window never waits for them."""
        if self.context.library_ready or self._library_job is not None:
            return
        from quizapp.ui.workers import Job

        # The library is listed as soon as it is read; the records of what was checked are written after.
        listed = self._library_listed
        job = Job(lambda control: self.context.read_library(control.deliver, listed), self)
        job.delivered.connect(self._library_loaded)
        job.failed.connect(self._library_failed)
        self._library_job = job
        job.start()

    def _library_failed(self, message: str, _details: str = "") -> None:
        """The banks could not be read (say, the data folder cannot be made): offer the bundled ones."""
        if self.context.library_ready:  # read and listed; only keeping the record of the checks failed after
            log_event(f"library: the records of the banks checked were not kept ({message})")
            return
        from quizapp.library import BankLibrary

        library = BankLibrary([bundled_banks_dir()], bundled=bundled_banks_dir())
        library.reload_all()
        self._library_fallback = True
        self._library_loaded(library)
        self.status.setText(
            f"Your banks could not be read ({message}); the bundled ones are listed. Ctrl+L tries again."
        )

    def finish_background_work(self) -> None:
        """Wait for the banks being read (a second or two at most): a thread must not outlive its window."""
        self._library_listed.set()  # a read still running writes what it checked without waiting for the list
        for job in (self._library_job, self._store_job):
            if job is not None and job.is_running():
                job.wait()
        if self._pace is not None:
            self._pace.stop()
        if self.lrs_sending is not None:
            self.lrs_sending.stop()
        for outbox in self._live_resumed:
            outbox.stop(1.0)
        live = self.context.live_desk
        if live is not None and live.outbox is not None:  # one last try to hand the host what waits
            live.outbox.stop(2.0)

    def _library_loaded(self, library) -> None:
        self.context.set_library(library)
        if "library" in self._pages:
            self.library.refresh()
            self._report_listed()
        problems = self.context.library.problems()
        if problems:
            self.status.setText(f"{count(len(problems), 'problem')} in bank files; see the library.")
        self.libraryLoaded.emit()
        self._library_listed.set()  # the job may write the records of the banks checked now

    # -- menus -----------------------------------------------------------------------------------
    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.import_action = self._action(file_menu, "&Import article…", "Ctrl+I", lambda: self._import(None))
        self._action(file_menu, "&Export bank…", "Ctrl+E", self.export_bank)
        file_menu.addSeparator()
        self._action(file_menu, "Export &results for the teacher…", None, self.export_results)
        self._action(file_menu, "Import &desk results…", None, self.import_results)
        file_menu.addSeparator()
        self._action(file_menu, "&Settings…", QKeySequence.StandardKey.Preferences, self._settings)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)
        go = self.menuBar().addMenu("&Go")
        self._action(go, "&Library", "Ctrl+L", self.show_library)
        self._action(go, "&History", "Ctrl+H", self.show_history)
        self._action(go, "&Sign out", "Ctrl+Shift+Q", self.show_signin)
        teacher = self.menuBar().addMenu("&Teacher")
        self.teacher_mode_action = self._action(teacher, "Teacher &mode…", "Ctrl+T", self.toggle_teacher_mode)
        teacher.addSeparator()
        self._action(teacher, "Results &dashboard…", "Ctrl+D", self.open_dashboard)
        self._action(teacher, "&Classes and sessions…", None, self.open_classes)
        self._action(teacher, "&Review and edit the selected bank…", None, self.open_editor)
        self._action(teacher, "&Worksheet and answer key…", "Ctrl+P", self.open_paper)
        self._action(teacher, "&Presenter mode", "F5", self.open_presenter)
        self._action(teacher, "Start &live session…", None, self.open_live_host)
        teacher.addSeparator()
        self._action(teacher, "Change teacher &PIN…", None, self.change_pin)
        help_menu = self.menuBar().addMenu("&Help")
        self._action(help_menu, "&About quizapp", None, self._about)

    def _action(self, menu, text, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            self._shortcuts.append((action, shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _attach_shortcuts(self, *_listed: object) -> None:
        """Give the menu actions their keys (set once the window is on screen: it loads Qt's key tables)."""
        for action, shortcut in self._shortcuts:
            action.setShortcut(QKeySequence(shortcut))
        self._shortcuts.clear()

    # -- navigation ------------------------------------------------------------------------------
    def _go(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        name = next((key for key, value in self._pages.items() if value is page), "signin")
        log_event(f"screen: {name}")
        focus = getattr(page, "focus_first", None)
        if focus:
            focus()

    def show_signin(self) -> None:
        """Sign out: forget the student, leave teacher mode, end a running quiz, show the sign-in screen."""
        if self._gate is not None and self._gate.unlocked and not self.toggle_teacher_mode():
            return  # a teacher window kept unsaved work open: stay signed in
        if "quiz" in self._pages:
            self.quiz.abandon()
        self.context.student = None
        if "setup" in self._pages:
            self.setup.reset()
        for name in ("results", "history"):
            page = self._pages.pop(name, None)
            if page is not None:
                self.stack.removeWidget(page)
                page.deleteLater()
        try:
            self.signin.refresh()
        except QuizappError as exc:
            self.status.setText(str(exc))
        self._go(self.signin)

    def show_library(self) -> None:
        if self._library_fallback:  # the last read failed: try the user's banks again
            try:
                self.context.set_library(self.context.read_library(), replace=True)
                self._library_fallback = False
                self.status.setText("")
            except (OSError, QuizappError) as exc:
                self.status.setText(f"Your banks still cannot be read ({exc}); the bundled ones are listed.")
        if "library" in self._pages:  # a page built now has just listed them
            self.library.refresh()
        self._go(self.library)
        self.library.table.setFocus()
        self._report_listed()

    def _report_listed(self) -> None:
        """Say the library page lists every bank: read, or from their last read while they are read again."""
        page = self._pages.get("library")
        if page is not None and page.listed and self.stack.currentWidget() is page:  # type: ignore[attr-defined]
            log_event(f"library: {self.library.table.rowCount()} banks listed")
            self.libraryListed.emit(self.library.table.rowCount())

    def show_history(self) -> None:
        self.history.refresh()
        self._go(self.history)
        self.history.back.setFocus()

    def _signed_in(self, student: object) -> None:
        self.context.student = student  # type: ignore[assignment]
        self.show_library()

    def _setup(self, banks: list) -> None:
        log_event(f"setup on: {', '.join(bank.id for bank in banks)}")
        self.setup.set_banks(banks)
        self._go(self.setup)

    def start_quiz(self, plan: QuizPlan, missed: frozenset | None = None) -> None:
        from quizapp.engine import QuizSession, SessionError

        student = self.context.student
        if missed is None and plan.selection.only_missed and student:
            missed = self.context.store.missed_items(student.uuid)
        try:
            session = QuizSession(
                plan.banks,
                mode=plan.mode,
                seed=self.context.new_seed(),
                selection=plan.selection,
                time_limit_s=plan.time_limit_s,
                missed=missed or frozenset(),
                student=student.uuid if student else None,
                clock=self.context.clock,
            )
            if not session.questions:
                raise SessionError("no questions match these settings")
        except (SessionError, ValueError) as exc:
            show_error(self, "Cannot start the quiz", str(exc))
            return
        self.quiz.start(plan, session)
        self._go(self.quiz)

    def _finished(self, result: object) -> None:
        session = self.quiz.session
        asked = [q.key for q in session.questions] if session else []
        self.results.show_result(result, asked)  # type: ignore[arg-type]
        self._go(self.results)

    def start_classroom_session(self, session_key: str | None) -> bool:
        """After sign-in with a classroom session: every student gets the session's items."""
        if not session_key:
            return False
        from quizapp.engine import Selection
        from quizapp.teacher.classroom import quiz_for_session
        from quizapp.ui.pages.setup import QuizPlan

        student = self.context.student
        try:
            plan = self.context.store.classroom_session_plan(session_key)
            session = quiz_for_session(
                plan,
                self.context.library.usable(),
                student=student.uuid if student else None,
                order_seed=self.context.new_seed(),
                clock=self.context.clock,
            )
        except QuizappError as exc:
            show_error(self, "Cannot join the session", str(exc))
            return False
        banks = tuple(b for b in self.context.library.usable() if b.id in plan.bank_ids)
        quiz_plan = QuizPlan(
            banks=banks,
            mode=str(session.mode),
            selection=Selection(),
            time_limit_s=session.time_limit_s,
            confidence=self.context.settings.confidence,
        )
        self.quiz.start(quiz_plan, session)
        self._go(self.quiz)
        self.status.setText(f"Classroom session: {plan.name}")
        return True

    def _retry(self, missed: list) -> None:
        from quizapp.engine import Selection
        from quizapp.ui.pages.setup import QuizPlan

        plan = self.quiz.plan
        if plan is None:
            return
        keys = frozenset(tuple(k) for k in missed)
        retry = QuizPlan(
            banks=plan.banks,
            mode=plan.mode,
            selection=Selection(count=len(keys), only_missed=True),
            time_limit_s=plan.time_limit_s,
            confidence=plan.confidence,
        )
        self.start_quiz(retry, keys)

    # -- library ---------------------------------------------------------------------------------
    def reload_library(self) -> None:
        self.context.library.reload_all()
        self.library.refresh()
        problems = self.context.library.problems()
        self.status.setText(f"{count(len(problems), 'problem')} in bank files; see the library." if problems else "")
        self.libraryReloaded.emit()

    def _import(self, path: Path | None) -> None:
        if path is None:
            self.importer.ask_and_start()
        else:
            self.importer.start(Path(path))

    def _imported(self, target: Path) -> None:
        self.reload_library()
        self.show_library()
        self.library.select_path(target)
        self.status.setText(f"Made a new bank: {target.name}")

    def _save_problem(self, message: str) -> None:
        if message:
            self.status.setText(message)
            self._saving_failed = True
            if not self._retry_timer.isActive():
                self._retry_timer.start()
        else:
            if getattr(self, "_saving_failed", False):  # saving works again: the problem line goes
                self.status.setText("")
                self._saving_failed = False
            self._retry_timer.stop()

    # -- teacher tools (behind the PIN) ---------------------------------------------------------------
    def _teacher(self) -> bool:
        """True when teacher mode is on, asking for the PIN if needed."""
        try:
            unlocked = self.gate.unlock(self, self.pin_asker)
        except QuizappError as exc:
            show_error(self, "Teacher mode", str(exc))
            return False
        self.teacher_mode_action.setText("Leave teacher &mode" if unlocked else "Teacher &mode…")
        if unlocked:
            self.status.setText("Teacher mode is on (Teacher → Leave teacher mode when you are done).")
        return unlocked

    def toggle_teacher_mode(self) -> bool:
        """Leave teacher mode (closing its windows first) or enter it; False if a window refused to close."""
        if self.gate.unlocked:
            from PySide6.QtWidgets import QDialog

            for window in list(self.teacher_windows):
                for dialog in window.findChildren(QDialog):
                    dialog.close()
                if not window.close():  # e.g. the bank editor's "unsaved changes" was cancelled
                    return False
                self.teacher_windows.remove(window)
            self.gate.lock()
            self.teacher_mode_action.setText("Teacher &mode…")
            self.status.setText("Teacher mode is off.")
            return True
        return self._teacher()

    def change_pin(self) -> None:
        if self._teacher() and self.gate.change_pin(self, self.pin_asker):
            self.status.setText("The teacher PIN was changed.")

    def _selected_bank(self):
        entries = [e for e in self.library.selected_entries() if e.bank is not None]
        if not entries:
            show_error(self, "No bank selected", "Select a bank in the library first.")
            return None
        return entries[0]

    def _keep(self, window: QWidget) -> QWidget:
        self.teacher_windows.append(window)
        window.show()
        return window

    def open_dashboard(self) -> QWidget | None:
        if not self._teacher():
            return None
        from quizapp.ui.teacher.dashboard import DashboardWindow

        window = DashboardWindow(self.context)
        selected = [e for e in self.library.selected_entries() if e.bank is not None]
        if len(selected) == 1:  # opened on the bank the teacher picked in the library
            window.select_scope("bank", selected[0].bank.id)
        return self._keep(window)

    def open_classes(self) -> QWidget | None:
        if not self._teacher():
            return None
        from quizapp.ui.teacher.classes import ClassesDialog

        dialog = ClassesDialog(self.context, self)
        dialog.finished.connect(lambda _: self.signin.refresh())
        return self._keep(dialog)

    def open_editor(self) -> QWidget | None:
        if not self._teacher():
            return None
        entry = self._selected_bank()
        if entry is None:
            return None
        from quizapp.ui.teacher.editor import BankEditorWindow

        try:
            window = BankEditorWindow(entry.path)
        except QuizappError as exc:
            show_error(self, "Bank cannot be edited", str(exc))
            return None
        window.saved.connect(lambda _: self.reload_library())
        return self._keep(window)

    def open_paper(self) -> QWidget | None:
        if not self._teacher():
            return None
        entry = self._selected_bank()
        if entry is None:
            return None
        from quizapp.ui.teacher.paper import PaperDialog

        return self._keep(PaperDialog(entry.bank, self))

    def open_join_live(self) -> QWidget:
        """A student joins a live session hosted on another desk."""
        from quizapp.ui.live_join import JoinLiveDialog

        dialog = JoinLiveDialog(self.context, self)
        dialog.joined.connect(self.start_live_quiz)
        dialog.show()
        dialog.search()
        return dialog

    def start_live_quiz(self, desk) -> None:
        """The quiz of a joined live session: saved here, and sent to the host until it has every record."""
        from quizapp.engine import Selection
        from quizapp.store.roster import Student
        from quizapp.ui.pages.setup import QuizPlan

        joined = desk.quiz.joined
        previous = self.context.live_desk
        if previous is not None and previous.outbox is not None:
            previous.outbox.stop(0.5)
        self.context.student = Student(joined.student_uuid, joined.student_name, joined.student_login)
        self.context.live_desk = desk
        desk.outbox.start()
        session = desk.new_session(seed=self.context.new_seed())
        plan = QuizPlan((desk.quiz.bank,), str(session.mode), Selection(items=session.selection.items), None, True)
        teacher_paced = joined.pace == "teacher"
        self.quiz.start(plan, session, teacher_paced=teacher_paced)
        if self._pace is not None:
            self._pace.stop()
        from quizapp.ui.live_pace import PaceFollower

        self._pace = PaceFollower(desk.client, joined.token, self)  # every desk learns when the session ends
        if teacher_paced:
            self._pace.moved.connect(self.quiz.follow)
            self._pace.revealed.connect(self.quiz.revealed)
        self._pace.ended.connect(lambda: self._live_ended(desk))
        self._pace.start()
        self._go(self.quiz)
        self.status.setText(f"Live session: {joined.session_name} (answers go to the teacher's desk)")
        log_event(f"live session joined: {joined.session_name}")

    def _live_ended(self, desk) -> None:
        """The teacher ended the session: answers from now on stay on this desk, and the student is told."""
        joined = desk.quiz.joined
        left = desk.outbox.waiting if desk.outbox is not None else 0
        if desk.outbox is not None:
            desk.outbox.stop(1.0)
        with contextlib.suppress(QuizappError):
            self.context.store.live_forget(joined.token)
        if self.context.live_desk is desk:
            self.context.live_desk = None
        kept = f" {count(left, 'answer')} did not reach it and stay saved on this desk." if left else ""
        show_message(
            self,
            "The live session has ended",
            f"Your teacher ended “{joined.session_name}”.{kept} Your answers are saved on this desk.",
        )
        log_event(f"live session ended: {joined.session_name}")

    def open_live_host(self, bind: str | None = None, announce: bool = True) -> QWidget | None:
        """Host a live session of the selected bank on this desk (teacher mode)."""
        if not self._teacher():
            return None
        entry = self._selected_bank()
        if entry is None:
            return None
        from quizapp.ui.teacher.live_host import LiveHostWindow

        window = LiveHostWindow(self.context, entry.bank, bind=bind, announce=announce)
        self.teacher_windows.append(window)
        window.show()
        return window

    def _live_host(self, bank_id: str):
        """The live session of this bank this desk hosts now, if any (quizapp.live.host.LiveHost)."""
        for window in self.teacher_windows:
            host = getattr(window, "host", None)
            if host is not None and host.bank.id == bank_id and not host.status.ended:
                return host
        return None

    def open_presenter(self) -> QWidget | None:
        if not self._teacher():
            return None
        entry = self._selected_bank()
        if entry is None:
            return None
        from quizapp.ui.teacher.presenter import PresenterWindow

        host = self._live_host(entry.bank.id)
        join = f"Join the live session: {host.address[0]}:{host.address[1]}   code {host.code}" if host else ""
        window = PresenterWindow(entry.bank, join=join, host=host)
        self.teacher_windows.append(window)
        window.showFullScreen()
        return window

    def export_bank(self) -> QWidget | None:
        if not self._teacher():  # exported files hold the answer keys
            return None
        entries = [e for e in self.library.selected_entries() if e.bank is not None]
        if not entries:
            show_error(self, "No bank selected", "Select one or more banks in the library first.")
            return None
        from quizapp.ui.export_dialog import ExportDialog

        return self._keep(ExportDialog([e.bank for e in entries], self))

    def export_results(self, path: Path | None = None) -> Path | None:
        """Write this desk's results to a file for the teacher to merge (teacher mode)."""
        if not self._teacher():
            return None
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            name, _ = QFileDialog.getSaveFileName(self, "Export results", "desk-results.json", "Desk results (*.json)")
            if not name:
                return None
            path = Path(name)
        try:
            from quizapp.outputs import check_output

            check_output(path, database=self.context.store.path, force=True)  # the file dialog asked about overwriting
            self.context.store.export_desk(path)
        except QuizappError as exc:
            show_error(self, "Results not exported", str(exc))
            return None
        self.status.setText(f"Results written to {path}")
        return path

    def import_results(self, paths: list[Path] | None = None) -> str | None:
        """Merge other desks' result files or databases into this desk (teacher mode)."""
        if not self._teacher():
            return None
        if paths is None:
            from PySide6.QtWidgets import QFileDialog

            names, _ = QFileDialog.getOpenFileNames(
                self, "Import desk results", "", "Desk results (*.json *.db *.sqlite);;All files (*)"
            )
            paths = [Path(n) for n in names]
        lines = []
        for path in paths:
            try:
                lines.append(self.context.store.merge(path).summary())
            except QuizappError as exc:
                lines.append(f"{path.name}: not merged ({exc})")
        message = "\n".join(lines)
        if lines:
            show_message(self, "Desk results", message)
        return message

    # -- dialogs ---------------------------------------------------------------------------------
    def _settings(self) -> None:
        dialog = self.settings_dialog()
        if dialog.exec():
            self.apply_settings(dialog)

    def settings_dialog(self):
        """The Settings dialog; its LRS part only in teacher mode."""
        from quizapp.ui.settings_dialog import SettingsDialog

        teacher = self._gate is not None and self._gate.unlocked
        return SettingsDialog(self.context.settings, self, lrs=self._lrs_config() if teacher else None)

    def apply_settings(self, dialog) -> None:
        """Use and keep what was chosen in an accepted Settings dialog."""
        settings = dialog.result_settings()
        self.context.settings = settings
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, settings.theme, settings.font_size)
        try:
            save_settings(settings)
        except QuizappError as exc:
            show_error(self, "Settings not saved", str(exc))
        if dialog.lrs_box is not None:
            self._save_lrs(*dialog.lrs_box.result())

    def _save_lrs(self, config, password: str | None) -> None:
        """Keep the LRS settings in this desk's database and the password in the system keyring."""
        from quizapp.xapi import SETTING_KEY
        from quizapp.xapi.config import config_to_json, save_password

        try:
            self.context.store.set_desk_setting(SETTING_KEY, config_to_json(config))
        except QuizappError as exc:
            show_error(self, "LRS settings not saved", str(exc))
            return
        if password:
            try:
                save_password(config.address, config.user, password)
                self._lrs_password = None
            except QuizappError as exc:
                self._lrs_password = password
                show_message(self, "Password kept until quizapp closes", f"{exc}. Until then it is used as typed.")
        self._start_lrs_sending(password)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            "About quizapp",
            f"<h3>quizapp {__version__}</h3><p>Media-literacy quizzes from news articles.</p>"
            f"<p>Bundled banks: {bundled_banks_dir()}</p><p>Your banks: {self.context.user_banks()}</p>",
        )

    # -- window events ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()
        if not self._loaded:
            QTimer.singleShot(0, self._after_shown)

    def retry_saving(self) -> None:
        """Try again to save answers that could not be saved (every few seconds while any wait)."""
        pending = self.context.pending_if_any()
        if pending is None or not pending.waiting:
            self._retry_timer.stop()
            return
        status = pending.retry()
        self._save_problem("" if status.ok else f"Not saved yet ({status.error}); saving will be retried.")

    def closeEvent(self, event: QCloseEvent) -> None:
        pending = self.context.pending_if_any()
        if pending is not None and pending.waiting and not pending.retry().ok:
            from PySide6.QtWidgets import QMessageBox  # here: the window opens without the type of messages

            answer = QMessageBox.warning(
                self,
                "Answers not saved",
                f"{count(len(pending.waiting), 'answer record')} could not be saved ({pending.last_error}). "
                "Quit anyway and lose them?",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self._retry_timer.stop()
        importer = self._importer
        if importer is not None and importer.job is not None and importer.job.is_running():
            importer.job.cancel()
            importer.job.wait()
        self.finish_background_work()
        if "quiz" in self._pages:
            self.quiz.tick.stop()
        super().closeEvent(event)
