"""Classes and classroom sessions: create classes, add students, import a roster, run and close sessions."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.banks.skills import SKILLS
from quizapp.engine import Selection, candidate_items, random_seed
from quizapp.errors import QuizappError
from quizapp.plural import count
from quizapp.teacher.classroom import session_settings
from quizapp.teacher.roster_import import import_roster_csv
from quizapp.ui.context import AppContext
from quizapp.ui.errors import show_error

MODES = (("test", "Test (no feedback until the end)"), ("practice", "Practice"), ("timed", "Timed test"))


def _named(widget: QWidget, name: str) -> QWidget:
    widget.setAccessibleName(name)
    return widget


class ClassesDialog(QDialog):
    """Two tabs: classes with their students, and classroom sessions."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle("Classes and classroom sessions")
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 640)
        tabs = QTabWidget()
        tabs.setAccessibleName("Classes and sessions")
        tabs.addTab(self._classes_tab(), "&Classes")
        tabs.addTab(self._sessions_tab(), "&Sessions")
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(close, alignment=Qt.AlignmentFlag.AlignRight)
        self.refresh()

    # -- classes ---------------------------------------------------------------------------------
    def _classes_tab(self) -> QWidget:
        self.class_list = _named(QListWidget(), "Classes")
        self.class_list.currentItemChanged.connect(lambda *_: self._show_members())
        self.members = _named(QListWidget(), "Students in the class")
        self.class_name = _named(QLineEdit(), "New class name")
        self.class_name.setPlaceholderText("e.g. 9B")
        add_class = _named(QPushButton("Add class"), "Add class")
        add_class.clicked.connect(self.add_class)
        self.student_name = _named(QLineEdit(), "New student name")
        self.student_name.setPlaceholderText("Name of a student to add to the class")
        add_student = _named(QPushButton("Add student"), "Add student to the class")
        add_student.clicked.connect(self.add_student)
        roster = _named(QPushButton("Import roster CSV…"), "Import a roster CSV into the class")
        roster.clicked.connect(lambda: self.import_roster())
        self.report = _named(QLabel(), "Roster import report")
        self.report.setWordWrap(True)
        self.report.setTextFormat(Qt.TextFormat.RichText)
        left = QVBoxLayout()
        left.addWidget(QLabel("<b>Classes</b>"))
        left.addWidget(self.class_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.class_name)
        row.addWidget(add_class)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(QLabel("<b>Students</b>"))
        right.addWidget(self.members, 1)
        row2 = QHBoxLayout()
        row2.addWidget(self.student_name)
        row2.addWidget(add_student)
        right.addLayout(row2)
        right.addWidget(roster)
        right.addWidget(self.report)
        tab = QWidget()
        columns = QHBoxLayout(tab)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        return tab

    def _current_class(self) -> str | None:
        item = self.class_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_members(self) -> None:
        self.members.clear()
        key = self._current_class()
        if key:
            for student in self.context.store.members(key):
                self.members.addItem(student.name + (f" ({student.login})" if student.login else ""))

    def add_class(self) -> None:
        name = self.class_name.text().strip()
        if not name:
            return
        try:
            self.context.store.add_class(name)
        except QuizappError as exc:
            show_error(self, "Class not added", str(exc))
            return
        self.class_name.clear()
        self.refresh(select_class=name)

    def add_student(self) -> None:
        key, name = self._current_class(), self.student_name.text().strip()
        if not key or not name:
            return
        store = self.context.store
        try:
            student = store.find_student(name) or store.add_student(name)
            store.enrol(key, student.uuid)
        except QuizappError as exc:
            show_error(self, "Student not added", str(exc))
            return
        self.student_name.clear()
        self._show_members()

    def import_roster(self, path: Path | None = None) -> None:
        item = self.class_list.currentItem()
        if item is None:
            self.report.setText("Choose or add a class first.")
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, "Import roster", "", "CSV files (*.csv *.txt);;All files (*)")
            if not name:
                return
            path = Path(name)
        try:
            report = import_roster_csv(path, self.context.store, item.text())
        except QuizappError as exc:
            self.report.setText(f"<span style='color:#c0392b'>{html.escape(str(exc))}</span>")
            return
        lines = [
            f"Added {count(len(report.added), 'student')}; {len(report.already_there)} "
            + ("was" if len(report.already_there) == 1 else "were")
            + " already there."
        ]
        if report.problems:
            lines.append("Rows not read:")
            lines.extend(html.escape(problem) for problem in report.problems)
        self.report.setText("<br>".join(lines))
        self._show_members()

    # -- sessions --------------------------------------------------------------------------------
    def _sessions_tab(self) -> QWidget:
        self.sessions = _named(QListWidget(), "Classroom sessions")
        close_session = _named(QPushButton("Close the selected session"), "Close the selected session")
        close_session.clicked.connect(self.close_session)
        self.session_name = _named(QLineEdit(), "Session name")
        self.session_name.setPlaceholderText("e.g. 9B, Monday: sources")
        self.session_class = _named(QComboBox(), "Class of the session")
        self.session_banks = _named(QListWidget(), "Banks of the session")
        self.session_mode = _named(QComboBox(), "Mode")
        for key, text in MODES:
            self.session_mode.addItem(text, key)
        self.session_count = _named(QSpinBox(), "Number of questions")
        self.session_count.setRange(1, 100)
        self.session_count.setValue(10)
        self.session_minutes = _named(QSpinBox(), "Time limit in minutes (timed mode)")
        self.session_minutes.setRange(1, 180)
        self.session_minutes.setValue(15)
        self.session_skill = _named(QComboBox(), "Only one skill (optional)")
        self.session_skill.addItem("All skills", None)
        for slug, skill in SKILLS.items():
            self.session_skill.addItem(skill.title, slug)
        self.session_shuffle = _named(QCheckBox("Shuffle the order for each student"), "Shuffle the order")
        self.session_shuffle.setChecked(True)
        create = _named(QPushButton("Create session"), "Create the classroom session")
        create.clicked.connect(self.create_session)
        self.session_message = _named(QLabel(), "Session message")
        self.session_message.setWordWrap(True)
        self.session_message.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow("Name:", self.session_name)
        form.addRow("Class:", self.session_class)
        form.addRow("Banks:", self.session_banks)
        form.addRow("Mode:", self.session_mode)
        form.addRow("Questions:", self.session_count)
        form.addRow("Time limit:", self.session_minutes)
        form.addRow("Skill:", self.session_skill)
        form.addRow(self.session_shuffle)
        form.addRow(create)
        form.addRow(self.session_message)
        left = QVBoxLayout()
        left.addWidget(QLabel("<b>Open sessions</b> (students choose one when they sign in)"))
        left.addWidget(self.sessions, 1)
        left.addWidget(close_session)
        tab = QWidget()
        columns = QHBoxLayout(tab)
        columns.addLayout(left, 1)
        columns.addLayout(form, 1)
        return tab

    def create_session(self) -> bool:
        name = self.session_name.text().strip()
        banks = [
            self.session_banks.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.session_banks.count())
            if self.session_banks.item(i).checkState() == Qt.CheckState.Checked
        ]
        if not name or not banks:
            self.session_message.setText("Give the session a name and tick at least one bank.")
            return False
        mode = self.session_mode.currentData()
        skill = self.session_skill.currentData()
        chosen = [b for b in self.context.library.usable() if b.id in banks]
        if not candidate_items(chosen, Selection(skills=(skill,) if skill else ())):
            self.session_message.setText("No question of these banks matches these settings; choose others.")
            return False
        try:
            settings = session_settings(
                mode=mode,
                count=self.session_count.value(),
                skills=(skill,) if skill else (),
                time_limit_s=self.session_minutes.value() * 60.0 if mode == "timed" else None,
            )
            self.context.store.create_classroom_session(
                name,
                self.session_class.currentData(),
                banks,
                settings,
                self.context.new_seed() if self.context.new_seed else random_seed(),
                self.session_shuffle.isChecked(),
            )
        except (QuizappError, ValueError) as exc:
            self.session_message.setText(str(exc))
            return False
        self.session_name.clear()
        self.session_message.setText(f"Session “{name}” is open.")
        self.refresh()
        return True

    def close_session(self) -> None:
        item = self.sessions.currentItem()
        if item is not None:
            self.context.store.close_classroom_session(item.data(Qt.ItemDataRole.UserRole))
            self.refresh()

    # -- shared ----------------------------------------------------------------------------------
    def refresh(self, select_class: str | None = None) -> None:
        store = self.context.store
        classes = store.classes()
        self.class_list.clear()
        self.session_class.clear()
        self.session_class.addItem("No class", None)
        for group in classes:
            item = QListWidgetItem(group.name)
            item.setData(Qt.ItemDataRole.UserRole, group.uuid)
            self.class_list.addItem(item)
            self.session_class.addItem(group.name, group.uuid)
            if group.name == select_class:
                self.class_list.setCurrentItem(item)
        if self.class_list.currentItem() is None and self.class_list.count():
            self.class_list.setCurrentRow(0)
        self.sessions.clear()
        for session in store.open_classroom_sessions():
            item = QListWidgetItem(session.name)
            item.setData(Qt.ItemDataRole.UserRole, session.uuid)
            self.sessions.addItem(item)
        if self.session_banks.count() == 0:
            for bank in self.context.library.usable():
                item = QListWidgetItem(bank.article.headline if bank.article else bank.title)
                item.setData(Qt.ItemDataRole.UserRole, bank.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.session_banks.addItem(item)
        self._show_members()
