"""Joining a live session from a student's desk: sessions found on the network, or an address typed in.

Finding sessions and joining talk to the network, so both run off the GUI thread; the desk's own
database is only written here, on the GUI thread, once the host has answered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.errors import QuizappError
from quizapp.ui.context import AppContext
from quizapp.ui.workers import Job


class JoinLiveDialog(QDialog):
    """Pick or type the host, give the code and your name, join."""

    joined = Signal(object)  # quizapp.live.desk.LiveDesk, joined

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, browse_seconds: float = 2.0) -> None:
        super().__init__(parent)
        self.context = context
        self.browse_seconds = browse_seconds
        self.setWindowTitle("Join a live session")
        self.setAccessibleName("Join a live session")
        self.found = QListWidget()
        self.found.setAccessibleName("Live sessions on this network")
        self.found.currentItemChanged.connect(self._picked)
        self.searching = QLabel("Looking for live sessions on this network…")
        self.searching.setAccessibleDescription("Search status")
        self.search_again = QPushButton("Look &again")
        self.search_again.clicked.connect(self.search)
        self.address = QLineEdit()
        self.address.setPlaceholderText("e.g. 192.168.1.20:40123")
        self.address.setAccessibleName("Host address")
        self.code = QLineEdit()
        self.code.setPlaceholderText("the code on the teacher's screen")
        self.code.setAccessibleName("Join code")
        self.name = QLineEdit()
        self.name.setPlaceholderText("your name as your teacher knows it")
        self.name.setAccessibleName("Your name")
        self.message = QLabel()
        self.message.setAccessibleDescription("Join message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.join_button = QPushButton("&Join")
        self.join_button.setDefault(True)
        self.join_button.setAccessibleName("Join the live session")
        self.join_button.clicked.connect(self.join)
        cancel = QPushButton("Cancel")
        cancel.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow("&Address:", self.address)
        form.addRow("&Code:", self.code)
        form.addRow("&Name:", self.name)
        search_row = QHBoxLayout()
        search_row.addWidget(self.searching, 1)
        search_row.addWidget(self.search_again)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.join_button)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.found)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._jobs: list[Job] = []
        if context.student is not None:
            self.name.setText(context.student.name)
        self.address.setFocus()

    def search(self) -> None:
        from quizapp.live.announce import browse

        self.searching.setText("Looking for live sessions on this network…")
        self.search_again.setEnabled(False)
        job = Job(lambda control: browse(self.browse_seconds), self)
        job.succeeded.connect(self._found)
        job.failed.connect(lambda message, _details: self._found([], message))
        self._jobs.append(job)
        job.start()

    def _found(self, sessions: list, problem: str = "") -> None:
        self.search_again.setEnabled(True)
        self.found.clear()
        for session in sessions:
            item = QListWidgetItem(f"{session.url}   {session.title}")
            item.setData(Qt.ItemDataRole.UserRole, session.url)
            self.found.addItem(item)
        if sessions:  # never picked for the student: a desk could announce itself under the same name
            self.searching.setText(f"Found {len(sessions)}: pick the one your teacher shows, or type its address.")
        else:
            self.searching.setText(
                problem or "No live session found here; type the address on the teacher's screen instead."
            )

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.address.setText(item.data(Qt.ItemDataRole.UserRole))

    def join(self) -> None:
        from quizapp.live.client import LiveClient
        from quizapp.live.protocol import LiveError

        address, code, name = self.address.text().strip(), self.code.text().strip(), self.name.text().strip()
        if not (address and code and name):
            self.message.setText("Give the host's address, the code and your name.")
            return
        if ":" not in address.rsplit("]", 1)[-1]:
            self.message.setText("Type the address with its port, as the teacher's screen shows it: 192.168.1.20:40123")
            return
        try:
            client = LiveClient(address)
        except LiveError as exc:
            self.message.setText(str(exc))
            return
        self.join_button.setEnabled(False)
        self.message.setText("Joining…")
        job = Job(lambda control: client.join(code, name), self)
        job.succeeded.connect(lambda answer: self._accepted(client, answer))
        job.failed.connect(self._refused)
        self._jobs.append(job)
        job.start()

    def _refused(self, message: str, _details: str = "") -> None:
        self.join_button.setEnabled(True)
        self.message.setText(message)

    def _accepted(self, client, answer) -> None:
        from quizapp.live.desk import LiveDesk

        desk = LiveDesk(self.context.store, client)
        try:
            desk.accept(answer)
        except QuizappError as exc:
            self._refused(str(exc))
            return
        self.joined.emit(desk)
        self.accept()

    def done(self, result: int) -> None:
        for job in self._jobs:
            job.wait(10000)
        super().done(result)
