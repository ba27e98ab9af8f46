"""The "Today's review" panel at the top of the library: the skills due for the signed-in student.

It lists the due skills with their mastery in words and starts one mixed review quiz across all banks
(items from stories the student has not seen first). When nothing is due it says when the next review
is, and offers to practise the weakest skills anyway. Guests have no history, so they see no panel.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from quizapp.banks.skills import SKILLS, skill_title
from quizapp.errors import QuizappError
from quizapp.plural import count
from quizapp.ui.context import AppContext
from quizapp.ui.theme import as_plain_text, plain_tooltip, with_icon

SHOWN = 4
"""Due skills named in the panel (the rest are counted, and listed in its tooltip), so it stays short."""


class ReviewPanel(QWidget):
    """Today's review for the signed-in student."""

    startRequested = Signal(object)  # QuizPlan

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setProperty("role", "panel")
        self.setAccessibleName("Today's review")
        self.heading = QLabel("<b>Today's review</b>")
        self.summary = QLabel()
        as_plain_text(self.summary)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleDescription("Skills due for review")
        self.start = QPushButton()
        self.start.setAccessibleName("Start the review quiz")
        self.start.clicked.connect(lambda: self._start(anyway=False))
        with_icon(self.start, "start")
        self.anyway = QPushButton("Practise &anyway")
        self.anyway.setAccessibleName("Practise the weakest skills anyway")
        self.anyway.clicked.connect(lambda: self._start(anyway=True))
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.addWidget(self.heading)
        text.addWidget(self.summary)
        row = QHBoxLayout(self)
        row.addLayout(text, 1)
        row.addWidget(self.start)
        row.addWidget(self.anyway)
        self._plan = None

    def refresh(self) -> None:
        student = self.context.student
        if student is None or not self.context.library_ready:
            self.hide()
            return
        try:
            plan = self.context.store.review_plan(student.uuid, tuple(SKILLS))
        except QuizappError as exc:
            self.summary.setText(f"The review plan cannot be read: {exc}")
            self.start.hide()
            self.anyway.hide()
            self.show()
            return
        self._plan = plan
        self.show()
        if plan.todays:
            shown = plan.todays[:SHOWN]
            due = ", ".join(f"{skill_title(s.skill)} (mastery: {s.words})" for s in shown)
            more = f", and {len(plan.todays) - len(shown)} more" if len(plan.todays) > len(shown) else ""
            lines = [f"Due today: {due}{more}."]
            self.summary.setToolTip(plain_tooltip("\n".join(f"{skill_title(s.skill)}: {s.words}" for s in plan.todays)))
            if plan.held_back:
                lines.append(f"{count(plan.held_back, 'more skill')} due later, to keep each day's review short.")
            self.summary.setText("\n".join(lines))
            self.start.setText(f"&Start review ({count(len(plan.todays), 'skill')})")
            self.start.show()
            self.anyway.hide()
            return
        self.start.hide()
        self.anyway.show()
        if plan.due:
            self.summary.setText(
                f"You practised enough skills for today: {count(len(plan.due), 'more skill')} due "
                "tomorrow, to keep each day's review short."
            )
        elif plan.next_review:
            self.summary.setText(f"All caught up — next review on {plan.next_review.isoformat()}.")
        else:
            self.summary.setText("Nothing to review yet: finish a quiz, and the skills you practise appear here.")

    def review_skills(self, *, anyway: bool) -> list[str]:
        """The skills a review quiz covers: today's, or the weakest ones when practising anyway."""
        plan = self._plan
        if plan is None:
            return []
        if not anyway:
            return [s.skill for s in plan.todays]
        weakest = sorted(plan.skills, key=lambda s: (s.mastery, s.skill))  # a skill not started counts as weak
        return [s.skill for s in weakest]

    def _start(self, *, anyway: bool) -> None:
        from quizapp.engine import Selection
        from quizapp.review import pick_review_items, review_questions
        from quizapp.ui.errors import show_error
        from quizapp.ui.pages.setup import QuizPlan

        student = self.context.student
        if student is None:
            return
        banks = self.context.library.usable()
        try:
            used, previous = self.context.store.review_history(student.uuid)
        except QuizappError as exc:
            show_error(self, "Cannot start the review", str(exc))
            return
        with_items = {item.skill for bank in banks for item in bank.items if "stale" not in item.tags}
        counts = review_questions([skill for skill in self.review_skills(anyway=anyway) if skill in with_items])
        keys = pick_review_items(banks, counts, used, previous, seed=self.context.new_seed())
        if not keys:
            show_error(self, "Cannot start the review", "No bank has items of these skills yet.")
            return
        wanted = {bank for bank, _item in keys}
        chosen = tuple(bank for bank in banks if bank.id in wanted)
        self.startRequested.emit(QuizPlan(chosen, "practice", Selection(items=tuple(keys)), None, True))
