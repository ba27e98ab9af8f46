"""What a class should revisit, and when; and how each skill went week by week (no Qt).

* the due grid: per student and skill, the date spaced review plans the skill for (see quizapp.review),
  with, per skill, how many students are due today and when the next are;
* the weekly trend: per skill, the share of points the scope's students earned in each of the last
  weeks (weeks start on Monday).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from quizapp.plural import count
from quizapp.store import ScopedAnswer, ScoreStore

WEEKS = 6
"""Weeks shown in the trend, the current one last."""


@dataclass(frozen=True)
class SkillDue:
    """One skill across the students of the scope."""

    skill: str
    due_now: int  # students for whom the skill is due today (or overdue)
    practised: int  # students who answered the skill at least once
    next_due: date | None  # the earliest date a student not due yet is due


@dataclass(frozen=True)
class DueGrid:
    """Students × skills: `dates[student][skill]` is the next review date (today for a skill still being
    learnt that was not practised today), None when never practised."""

    today: date
    students: list[str]
    names: dict[str, str]
    skills: list[str]
    dates: dict[str, dict[str, date | None]]

    def summary(self) -> list[SkillDue]:
        """The skills, those with the most students due first."""
        rows = []
        for skill in self.skills:
            dates = [self.dates[student][skill] for student in self.students]
            practised = [d for d in dates if d is not None]
            later = [d for d in practised if d > self.today]
            rows.append(
                SkillDue(skill, sum(1 for d in practised if d <= self.today), len(practised), min(later, default=None))
            )
        return sorted(rows, key=lambda row: (-row.due_now, row.next_due or date.max, self.skills.index(row.skill)))

    def words(self, student: str, skill: str) -> str:
        """A cell as a teacher reads it: "due", "due 3 days ago", "in 4 days (2026-12-02)", or ""."""
        when = self.dates[student][skill]
        if when is None:
            return ""
        days = (when - self.today).days
        if days < 0:
            return f"due {count(-days, 'day')} ago"
        if days == 0:
            return "due today"
        return f"in {count(days, 'day')} ({when.isoformat()})"


def due_grid(store: ScoreStore, students: Sequence[tuple[str, str]], skills: Sequence[str]) -> DueGrid:
    """The review dates of `students` ((uuid, name) pairs) for `skills`, from every answer they gave."""
    dates: dict[str, dict[str, date | None]] = {}
    today = None
    for uuid, _name in students:
        plan = store.review_plan(uuid, skills)
        today = plan.today
        by_skill = {row.skill: row.next_date(plan.today) if row.due else None for row in plan.skills}
        dates[uuid] = {skill: by_skill.get(skill) for skill in skills}
    return DueGrid(
        today or date.today(),
        [uuid for uuid, _ in students],
        dict(students),
        list(skills),
        dates,
    )


@dataclass(frozen=True)
class WeeklyTrend:
    """`values[skill][n]` is the share of points on `skill` in week `weeks[n]` (None without answers)."""

    weeks: list[date]  # the Mondays, oldest first
    skills: list[str]
    values: dict[str, list[float | None]]

    def direction(self, skill: str) -> str:
        """ "up", "down" or "steady" from the first to the last week with answers; "" with fewer than two."""
        points = [value for value in self.values[skill] if value is not None]
        if len(points) < 2:
            return ""
        change = points[-1] - points[0]
        return "up" if change >= 0.1 else ("down" if change <= -0.1 else "steady")


def weekly_trend(
    answers: Iterable[ScopedAnswer], skills: Sequence[str], today: date, weeks: int = WEEKS
) -> WeeklyTrend:
    """The share of points per skill in each of the last `weeks` weeks up to `today`."""
    this_monday = today - timedelta(days=today.weekday())
    mondays = [this_monday - timedelta(weeks=n) for n in reversed(range(weeks))]
    sums: dict[tuple[str, date], list[float]] = {}
    for answer in answers:
        if answer.skipped or not answer.max_score:
            continue
        day = datetime.fromisoformat(answer.answered_at).astimezone().date()
        monday = day - timedelta(days=day.weekday())
        if monday < mondays[0] or monday > this_monday:
            continue
        cell = sums.setdefault((answer.skill, monday), [0.0, 0.0])
        cell[0] += answer.score
        cell[1] += answer.max_score
    values = {
        skill: [
            (sums[(skill, monday)][0] / sums[(skill, monday)][1]) if (skill, monday) in sums else None
            for monday in mondays
        ]
        for skill in skills
    }
    return WeeklyTrend(mondays, list(skills), values)
