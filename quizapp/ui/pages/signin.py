"""Sign-in: pick or create a student profile, or continue as a guest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
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

if TYPE_CHECKING:
    from quizapp.store.roster import Student


def _user_role() -> int:
    # Qt's namespace is large and slow to load; the sign-in screen only needs it once shown.
    return QtCore.Qt.ItemDataRole.UserRole


class SignInPage(QWidget):
    """Who is taking the quiz."""

    signedIn = Signal(object)  # Student, or None for a guest
    joinLiveRequested = Signal()
    sessionChosen = Signal(object)  # the uuid of a classroom session to start, or None

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        title = QLabel("<h1>Who is taking the quiz?</h1>")
        title.setAccessibleName("Sign in")
        self.students = QListWidget()
        self.students.setAccessibleName("Student profiles")
        self.students.itemActivated.connect(self._pick)
        self.sign_in = QPushButton("&Sign in")
        self.sign_in.setAccessibleName("Sign in as the selected student")
        self.sign_in.clicked.connect(lambda: self._pick(self.students.currentItem()))
        self.sign_in.setEnabled(False)  # until the profiles are listed
        self.loading = QLabel("Loading the profiles…")
        self.loading.setAccessibleName("Profiles are loading")
        self.guest = QPushButton("Continue as &guest")
        self.guest.setAccessibleName("Continue as guest for quick practice")
        self.guest.clicked.connect(self._guest)
        self.join_live = QPushButton("&Join a live session…")
        self.join_live.setAccessibleName("Join a live session on the school network")
        self.join_live.clicked.connect(self.joinLiveRequested.emit)

        self.name = QLineEdit()
        self.name.setPlaceholderText("First and last name")
        self.name.setAccessibleName("New student name")
        self.class_name = QLineEdit()
        self.class_name.setPlaceholderText("Optional, e.g. 9B")
        self.class_name.setAccessibleName("Class of the new student")
        self.create = QPushButton("&Create profile")
        self.create.setAccessibleName("Create the new student profile and sign in")
        self.create.clicked.connect(self._create)
        self.name.returnPressed.connect(self._create)
        self.class_name.returnPressed.connect(self._create)  # Enter after the class creates the profile too
        self.session = QComboBox()
        self.session.setAccessibleName("Classroom session (optional)")
        self.message = QLabel()
        self.message.setAccessibleName("Sign-in message")
        self.message.setWordWrap(True)

        existing = QGroupBox("Existing profiles")
        existing_layout = QVBoxLayout(existing)
        existing_layout.addWidget(self.loading)
        existing_layout.addWidget(self.students)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_in)
        buttons.addWidget(self.guest)
        buttons.addWidget(self.join_live)
        existing_layout.addLayout(buttons)
        new = QGroupBox("New profile")
        form = QFormLayout(new)
        form.addRow("&Name:", self.name)
        form.addRow("C&lass:", self.class_name)
        form.addRow(self.create)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        columns = QHBoxLayout()
        columns.addWidget(existing, 3)
        columns.addWidget(new, 2)
        layout.addLayout(columns)
        session_row = QHBoxLayout()
        self.session_label = QLabel("Classroom &session:")
        self.session_label.setBuddy(self.session)  # Alt+S goes to the list, and the & is not shown
        session_row.addWidget(self.session_label)
        session_row.addWidget(self.session, 1)
        layout.addLayout(session_row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        for first, second in [
            (self.students, self.sign_in),
            (self.sign_in, self.guest),
            (self.guest, self.join_live),
            (self.join_live, self.name),
            (self.name, self.class_name),
            (self.class_name, self.create),
        ]:
            QWidget.setTabOrder(first, second)

    def refresh(self) -> None:
        self.loading.hide()
        self.students.clear()
        for student in sorted(self.context.store.students(), key=lambda s: s.name.lower()):
            item = QListWidgetItem(student.name)
            item.setData(_user_role(), student)
            self.students.addItem(item)
        if self.students.count():
            self.students.setCurrentRow(0)
        self.sign_in.setEnabled(self.students.count() > 0)
        chosen = self.session.currentData()
        self.session.clear()
        self.session.addItem("None: choose my own quiz", None)
        for session in self.context.store.open_classroom_sessions():
            self.session.addItem(session.name, session.uuid)
        index = self.session.findData(chosen)
        self.session.setCurrentIndex(max(0, index))

    def focus_first(self) -> None:
        (self.students if self.students.count() else self.name).setFocus()

    def _pick(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.signedIn.emit(item.data(_user_role()))
            self.sessionChosen.emit(self.session.currentData())

    def _guest(self) -> None:
        self.signedIn.emit(None)
        self.sessionChosen.emit(self.session.currentData())

    def _create(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.message.setText("Type a name first.")
            self.name.setFocus()
            return
        try:
            student: Student = self.context.store.add_student(name)
            class_name = self.class_name.text().strip()
            if class_name:
                group = self.context.store.class_group(class_name) or self.context.store.add_class(class_name)
                self.context.store.enrol(group.uuid, student.uuid)
        except QuizappError as exc:
            self.message.setText(str(exc))
            return
        self.name.clear()
        self.class_name.clear()
        self.refresh()
        self.signedIn.emit(student)
        self.sessionChosen.emit(self.session.currentData())
