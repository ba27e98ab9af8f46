"""Quiz setup: mode, number of questions, families and skills, difficulty, missed only, confidence."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quizapp.banks import Bank
from quizapp.banks.skills import FAMILIES, SKILLS
from quizapp.engine import Selection, candidate_items
from quizapp.plural import count
from quizapp.ui.context import AppContext
from quizapp.ui.theme import with_icon


@dataclass(frozen=True)
class QuizPlan:
    """What the setup screen decided."""

    banks: tuple[Bank, ...]
    mode: str
    selection: Selection
    time_limit_s: float | None
    confidence: bool


class SetupPage(QWidget):
    """Choose how to be quizzed on the selected banks."""

    startRequested = Signal(object)  # QuizPlan
    backRequested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.banks: tuple[Bank, ...] = ()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName("Quiz setup heading")

        mode_box = QGroupBox("Mode")
        self.modes = QButtonGroup(self)
        mode_layout = QVBoxLayout(mode_box)
        for key, text, description in (
            ("practice", "&Practice", "See the answer, explanation and evidence after each question."),
            ("test", "&Test", "No feedback until the end."),
            ("timed", "T&imed test", "One time limit for the whole quiz."),
        ):
            button = QRadioButton(text)
            button.setAccessibleName(f"{key} mode")
            button.setAccessibleDescription(description)
            button.setProperty("mode", key)
            self.modes.addButton(button)
            mode_layout.addWidget(button)
            about = QLabel(description)  # wrapped under the button, so a large font never widens the window
            about.setWordWrap(True)
            about.setContentsMargins(24, 0, 0, 4)
            mode_layout.addWidget(about)
        self.modes.buttons()[0].setChecked(True)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 180)
        self.minutes.setValue(10)
        self.minutes.setSuffix(" min")
        self.minutes.setAccessibleName("Time limit in minutes")
        limit_row = QHBoxLayout()
        limit_row.addWidget(QLabel("Time limit:"))
        limit_row.addWidget(self.minutes)
        limit_row.addStretch(1)
        mode_layout.addLayout(limit_row)
        self.modes.buttonToggled.connect(lambda *_: self._update())

        self.count = QSpinBox()
        self.count.setRange(1, 200)
        self.count.setValue(10)
        self.count.setAccessibleName("Number of questions")
        self.count.valueChanged.connect(lambda *_: self._update())
        self.family_boxes = {family: QCheckBox(family.capitalize()) for family in FAMILIES}
        self.skill_boxes = {slug: QCheckBox(skill.title) for slug, skill in SKILLS.items()}
        self.difficulty_boxes = {level: QCheckBox(name) for level, name in ((1, "Easy"), (2, "Medium"), (3, "Hard"))}
        for box in [*self.family_boxes.values(), *self.skill_boxes.values(), *self.difficulty_boxes.values()]:
            box.setChecked(True)
            box.setAccessibleName(f"Include {box.text()}")
            box.toggled.connect(lambda *_: self._update())
        for slug, box in self.skill_boxes.items():
            box.setToolTip(SKILLS[slug].description)
        self.only_missed = QCheckBox("Only questions I &missed before")
        self.only_missed.setAccessibleName("Only questions I missed before")
        self.only_missed.toggled.connect(lambda *_: self._update())
        self.confidence = QCheckBox("Ask how &sure I am after each answer")
        self.confidence.setAccessibleName("Rate confidence after each answer")
        self.confidence.setChecked(context.settings.confidence)

        content = QGroupBox("Questions")
        form = QFormLayout(content)
        form.addRow("&Number of questions:", self.count)
        families = QHBoxLayout()
        for box in self.family_boxes.values():
            families.addWidget(box)
        families.addStretch(1)
        form.addRow("Families:", families)
        levels = QHBoxLayout()
        for box in self.difficulty_boxes.values():
            levels.addWidget(box)
        levels.addStretch(1)
        form.addRow("Difficulty:", levels)
        form.addRow(self.only_missed)
        form.addRow(self.confidence)
        skills_box = QWidget()
        skills_layout = QHBoxLayout(skills_box)
        skills_layout.setContentsMargins(0, 0, 0, 0)
        self.all_buttons: dict[str, QPushButton] = {}
        self.none_buttons: dict[str, QPushButton] = {}
        for family in FAMILIES:
            group = QGroupBox(f"{family.capitalize()} skills")
            grid = QGridLayout(group)
            every = QPushButton("All")
            every.setAccessibleName(f"Tick every {family} skill")
            every.clicked.connect(lambda _=False, f=family: self.tick_family(f, True))
            none = QPushButton("None")
            none.setAccessibleName(f"Untick every {family} skill")
            none.clicked.connect(lambda _=False, f=family: self.tick_family(f, False))
            self.all_buttons[family], self.none_buttons[family] = every, none
            row = QHBoxLayout()
            row.addWidget(every)
            row.addWidget(none)
            row.addStretch(1)
            grid.addLayout(row, 0, 0, 1, 2)
            boxes = [box for slug, box in self.skill_boxes.items() if SKILLS[slug].family == family]
            for index, box in enumerate(boxes):
                grid.addWidget(box, 1 + index // 2, index % 2)
            grid.setRowStretch(2 + (len(boxes) - 1) // 2, 1)  # rows packed at the top
            skills_layout.addWidget(group, 1)

        self.available = QLabel()
        self.available.setAccessibleName("Questions available")
        self.start = QPushButton("&Start quiz")
        self.start.setAccessibleName("Start the quiz")
        self.start.setDefault(True)
        self.start.clicked.connect(self._start)
        with_icon(self.start, "start")
        self.back = QPushButton("&Back to library")
        self.back.setAccessibleName("Back to the library")
        self.back.clicked.connect(self.backRequested.emit)
        with_icon(self.back, "back")
        buttons = QHBoxLayout()
        buttons.addWidget(self.available, 1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.start)

        top = QHBoxLayout()
        top.addWidget(mode_box, 1)
        top.addWidget(content, 1)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(top)
        content_layout.addWidget(skills_box)
        content_layout.addStretch(1)
        scroll = QScrollArea()  # at a large font the choices scroll; the heading and buttons stay in view
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def tick_family(self, family: str, ticked: bool) -> None:
        """All or None for one family's skills: picking one skill is then one click and one tick."""
        for slug, box in self.skill_boxes.items():
            if SKILLS[slug].family == family:
                box.blockSignals(True)
                box.setChecked(ticked)
                box.blockSignals(False)
        self._update()

    def reset(self) -> None:
        """Back to the defaults, for the next student (sign-out must not pass one student's filters on)."""
        self.modes.buttons()[0].setChecked(True)
        self.minutes.setValue(10)
        for box in [*self.family_boxes.values(), *self.skill_boxes.values(), *self.difficulty_boxes.values()]:
            box.setChecked(True)
        self.only_missed.setChecked(False)
        self.confidence.setChecked(self.context.settings.confidence)

    def set_banks(self, banks: list[Bank]) -> None:
        self.banks = tuple(banks)
        titles = "; ".join(b.article.headline if b.article else b.title for b in banks)
        self.heading.setText(f"<h1>Set up a quiz</h1><p>On: {html.escape(titles)}</p>")
        total = len(candidate_items(self.banks, Selection()))
        self.count.setValue(min(max(1, total), 10))
        self._update()

    def mode(self) -> str:
        checked = self.modes.checkedButton()
        return str(checked.property("mode")) if checked else "practice"

    def selection(self) -> Selection:
        def chosen(boxes: dict) -> tuple:
            picked = tuple(key for key, box in boxes.items() if box.isChecked())
            return () if len(picked) == len(boxes) else picked

        return Selection(
            families=chosen(self.family_boxes),
            skills=chosen(self.skill_boxes),
            difficulties=chosen(self.difficulty_boxes),
            count=self.count.value(),
            only_missed=self.only_missed.isChecked(),
        )

    def _missed(self) -> frozenset:
        student = self.context.student
        return self.context.store.missed_items(student.uuid) if student else frozenset()

    def _update(self) -> None:
        self.minutes.setEnabled(self.mode() == "timed")
        self.only_missed.setEnabled(self.context.student is not None)
        if self.context.student is None:
            self.only_missed.setChecked(False)
        empty = not all(
            any(box.isChecked() for box in boxes.values())
            for boxes in (self.family_boxes, self.skill_boxes, self.difficulty_boxes)
        )
        try:
            selection = self.selection()
        except ValueError:
            selection = None
        found = 0 if empty or selection is None else len(candidate_items(self.banks, selection, self._missed()))
        asked = min(found, self.count.value())
        self.available.setText(f"{count(found, 'matching question')}; the quiz will ask {asked}.")
        self.start.setEnabled(asked > 0)

    def _start(self) -> None:
        mode = self.mode()
        self.startRequested.emit(
            QuizPlan(
                banks=self.banks,
                mode=mode,
                selection=self.selection(),
                time_limit_s=self.minutes.value() * 60.0 if mode == "timed" else None,
                confidence=self.confidence.isChecked(),
            )
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused is not self.start:
                focused.click()  # Enter on "Back to library" goes back, it does not start
            elif self.start.isEnabled():
                self._start()
            return
        super().keyPressEvent(event)

    def focus_first(self) -> None:
        self.start.setFocus(Qt.FocusReason.OtherFocusReason)
