"""The teacher's live session window: start hosting a bank, show the join code, follow the class live.

The host (`quizapp.live.host.LiveHost`) runs in its own thread; this window only reads its status a
few times a second. Teacher-paced sessions are driven from here: next, previous, reveal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.banks.model import Bank
from quizapp.errors import QuizappError
from quizapp.ui.context import AppContext
from quizapp.ui.errors import show_error
from quizapp.ui.theme import plain_tooltip


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):  # headers never clip, at any font size
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


class LiveHostWindow(QWidget):
    """Host a live session of one bank on this desk."""

    def __init__(self, context: AppContext, bank: Bank, *, bind: str | None = None, announce: bool = True) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.context = context
        self.bank = bank
        self.bind = bind
        self.announce = announce
        self.host = None
        self._announcement = None
        self.setWindowTitle(f"Live session — {bank.title}")
        self.setAccessibleName("Live session")
        self.resize(1000, 700)
        self.pace = QComboBox()
        self.pace.setAccessibleName("Pace")
        self.pace.addItem("Each student at their own pace", "student")
        self.pace.addItem("I set the pace (presenter)", "teacher")
        self.class_choice = QComboBox()
        self.class_choice.setAccessibleName("Class that may join")
        self.class_choice.addItem("Anyone with the code", None)
        try:
            for group in context.store.classes():
                self.class_choice.addItem(f"Class {group.name}", group.uuid)
        except QuizappError:
            pass
        self.resume = QComboBox()
        self.resume.setAccessibleName("New or continued session")
        self.resume.addItem("A new session", None)
        try:  # a live session of this bank that did not end (the app closed): continue it, same code
            from quizapp.live.host import LiveHost

            for session in context.store.open_live_sessions():
                running = session.uuid in LiveHost.running  # served by another window already
                if not running and self.bank.id in context.store.classroom_session_plan(session.uuid).bank_ids:
                    started = session.created_at[:16].replace("T", " ")
                    self.resume.addItem(f"Continue {session.name} (started {started})", session.uuid)
        except QuizappError:
            pass
        self.resume.setVisible(self.resume.count() > 1)
        self.start_button = QPushButton("&Start live session")
        self.start_button.setAccessibleName("Start the live session")
        self.start_button.clicked.connect(self.start)
        self.code = QLabel("")
        self.code.setAccessibleDescription("Join code")
        font = QFont(self.code.font())
        font.setPointSizeF(font.pointSizeF() * 3)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = QLabel("Choose the pace and who may join, then start.")
        self.where.setAccessibleDescription("Where desks join")
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setWordWrap(True)
        self.students = _table("Students who joined", ["Student", "Answers"])
        self.items = _table("Items, hardest first", ["Item", "Answers", "Right", "Choices picked"])
        self.previous_button = QPushButton("&Previous item")
        self.next_button = QPushButton("&Next item")
        self.reveal_button = QPushButton("&Reveal answer")
        for button, slot in (
            (self.previous_button, lambda: self._move(-1)),
            (self.next_button, lambda: self._move(1)),
            (self.reveal_button, self._reveal),
        ):
            button.clicked.connect(slot)
            button.setEnabled(False)
        self.release_button = QPushButton("Let the selected student join &again")
        self.release_button.setAccessibleName("Let the selected student join again from another desk")
        self.release_button.clicked.connect(self._release)
        self.release_button.setEnabled(False)
        self.end_button = QPushButton("&End session")
        self.end_button.setAccessibleName("End the live session")
        self.end_button.setEnabled(False)
        self.end_button.clicked.connect(self.end)
        setup = QHBoxLayout()
        setup.addWidget(self.resume)
        setup.addWidget(self.pace)
        setup.addWidget(self.class_choice)
        setup.addWidget(self.start_button)
        controls = QHBoxLayout()
        for button in (self.previous_button, self.next_button, self.reveal_button):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.release_button)
        controls.addWidget(self.end_button)
        tables = QHBoxLayout()
        tables.addWidget(self.students, 1)
        tables.addWidget(self.items, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(setup)
        layout.addWidget(self.code)
        layout.addWidget(self.where)
        layout.addLayout(tables, 1)
        layout.addLayout(controls)
        self.timer = QTimer(self)
        self.timer.setInterval(500)
        self.timer.timeout.connect(self.refresh)

    def start(self) -> bool:
        from quizapp.live.announce import Announcement, local_address
        from quizapp.live.host import LiveHost

        bind = self.bind or local_address()
        try:
            self.host = LiveHost(
                self.context.store.path,
                self.bank,
                session_name=f"Live: {self.bank.title}"[:120],
                class_key=self.class_choice.currentData(),
                pace=self.pace.currentData(),
                clock=self.context.clock,
                resume=self.resume.currentData(),
            )
            address, port = self.host.start(bind, self.host.preferred_port)
        except QuizappError as exc:
            show_error(self, "The live session cannot start", str(exc))
            self.host = None
            return False
        if self.announce:
            try:
                self._announcement = Announcement(self.host.title, address, port)
            except OSError:
                self._announcement = None
        self.code.setText(self.host.code)
        self.where.setText(
            f"Students: on the sign-in screen choose “Join a live session…”, pick “{self.host.title}” (or type "
            f"{address}:{port}) and enter the code {self.host.code}."
        )
        for widget in (self.resume, self.pace, self.class_choice, self.start_button):
            widget.setEnabled(False)
        teacher_paced = self.host.pace == "teacher"
        for button in (self.previous_button, self.next_button, self.reveal_button):
            button.setEnabled(teacher_paced)
        self.end_button.setEnabled(True)
        self.release_button.setEnabled(True)
        self.timer.start()
        return True

    def refresh(self) -> None:
        host = self.host
        if host is None:
            return
        if host.pace == "teacher":
            shown = f"Desks show question {host.status.position + 1} of {len(host.order)}"
            self.setWindowTitle(
                f"Live session — {self.bank.title} — {shown}{' (revealed)' if host.status.revealed else ''}"
            )
        status = host.snapshot()
        joined, answered, asked, right, picks = status.joined, status.answered, status.asked, status.right, status.picks
        self.students.setRowCount(len(joined))
        for row, (uuid, name) in enumerate(sorted(joined.items(), key=lambda pair: pair[1].casefold())):
            cell = QTableWidgetItem(name)
            cell.setData(Qt.ItemDataRole.UserRole, uuid)
            self.students.setItem(row, 0, cell)
            self.students.setItem(row, 1, QTableWidgetItem(f"{answered.get(uuid, 0)} of {len(host.items)}"))
        order = sorted(host.items, key=lambda item: (right.get(item, 0) / asked[item]) if asked.get(item) else 2.0)
        self.items.setRowCount(len(order))
        for row, item_id in enumerate(order):
            n = asked.get(item_id, 0)
            share = f"{100 * right.get(item_id, 0) / n:.0f}%" if n else ""
            chosen = ", ".join(f"{text}: {count}" for text, count in sorted(picks.get(item_id, {}).items()))
            cells = (host.items[item_id].prompt, str(n), share, chosen)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(plain_tooltip(text))  # a long prompt or list of choices is cut in the cell, whole here
                self.items.setItem(row, column, cell)

    def _release(self) -> None:
        cell = self.students.item(self.students.currentRow(), 0) if self.students.currentRow() >= 0 else None
        if self.host is not None and cell is not None:
            self.host.release(cell.data(Qt.ItemDataRole.UserRole))
            self.where.setText(f"{cell.text()} may join again (say, from another desk), with the same code.")

    def _move(self, step: int) -> None:
        if self.host is not None:
            self.host.step(step)

    def _reveal(self) -> None:
        if self.host is not None:
            self.host.reveal()

    def end(self) -> None:
        self.timer.stop()
        if self._announcement is not None:
            self._announcement.close()
            self._announcement = None
        if self.host is not None:
            self.refresh()
            try:
                self.host.end()
            except QuizappError as exc:  # it stopped serving; only noting the end in the database failed
                show_error(self, "The live session was not marked as ended", str(exc))
            self.where.setText("The session has ended; every answer received is in the results dashboard.")
            self.host = None
        for button in (self.previous_button, self.next_button, self.reveal_button, self.end_button):
            button.setEnabled(False)
        self.release_button.setEnabled(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.host is not None:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self,
                "End the live session?",
                "Closing this window ends the live session: desks can no longer send answers to it. "
                "Everything received so far is in the results.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.end()
        super().closeEvent(event)
