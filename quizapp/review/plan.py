"""Which skills a student should review today, in what order, and when the next review is.

Due skills come first: the most overdue, then the weakest. At most DAILY_SKILLS skills are reviewed a
day (skills already practised today count), so that a desk that was off for a month starts again with
one short review instead of every skill at once; the others stay due and come on the following days.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from quizapp.review.mastery import mastery_words
from quizapp.review.schedule import ReviewAnswer, skill_state

DAILY_SKILLS = 4
"""The most skills reviewed in one day."""
QUESTIONS_PER_SKILL = 3
"""Questions per skill in a review quiz (a review of DAILY_SKILLS skills has at most 12 questions)."""


@dataclass(frozen=True)
class SkillPlan:
    """One skill of one student: mastery, answers so far, and when it is due."""

    skill: str
    mastery: float
    answers: int
    due: date | None  # None: never practised, so nothing to review yet
    last_answered: date | None

    @property
    def words(self) -> str:
        return mastery_words(self.mastery, self.answers)

    def is_due(self, today: date) -> bool:
        return self.due is not None and self.due <= today


@dataclass(frozen=True)
class ReviewPlan:
    """A student's skills (due first), today's share of them, and the next review date."""

    today: date
    skills: tuple[SkillPlan, ...]
    todays: tuple[SkillPlan, ...]  # the due skills reviewed today (at most DAILY_SKILLS, fewer if practised today)
    held_back: int  # due skills that wait for the next days because of the daily cap

    @property
    def next_review(self) -> date | None:
        """When something is next due: today if anything is due, else the earliest due date."""
        dates = [plan.due for plan in self.skills if plan.due is not None]
        return min(dates) if dates else None

    @property
    def due(self) -> tuple[SkillPlan, ...]:
        return tuple(plan for plan in self.skills if plan.is_due(self.today))


def _local_date(moment: datetime) -> date:
    return moment.astimezone().date()


def skill_plans(answers: Iterable[ReviewAnswer], skills: Sequence[str]) -> list[SkillPlan]:
    """Every skill of `skills` (and any other answered) with its mastery and due date, from all answers."""
    by_skill: dict[str, list[ReviewAnswer]] = {skill: [] for skill in skills}
    for answer in answers:
        by_skill.setdefault(answer.skill, []).append(answer)
    plans = []
    for skill, skill_answers in by_skill.items():
        state = skill_state(skill, skill_answers)
        plans.append(
            SkillPlan(
                skill,
                state.mastery,
                state.answers,
                _local_date(state.due) if state.due else None,
                _local_date(state.last_answered) if state.last_answered else None,
            )
        )
    return plans


def arrange(plans: Iterable[SkillPlan], now: datetime, *, daily_skills: int = DAILY_SKILLS) -> ReviewPlan:
    """The plan for the day of `now`: due skills first, today's share of them within the daily cap."""
    today = _local_date(now)

    def order(plan: SkillPlan) -> tuple:
        if plan.due is None:
            return (2, date.max, plan.mastery, plan.skill)
        return (0 if plan.is_due(today) else 1, plan.due, plan.mastery, plan.skill)

    ordered = sorted(plans, key=order)
    due = [plan for plan in ordered if plan.is_due(today)]
    practised_today = sum(1 for plan in ordered if plan.last_answered == today)
    slots = max(0, daily_skills - practised_today)
    return ReviewPlan(today, tuple(ordered), tuple(due[:slots]), max(0, len(due) - slots))


def plan_reviews(
    answers: Iterable[ReviewAnswer], skills: Sequence[str], now: datetime, *, daily_skills: int = DAILY_SKILLS
) -> ReviewPlan:
    """The review plan of one student from all their answers (any mode), for the day of `now`."""
    return arrange(skill_plans(answers, skills), now, daily_skills=daily_skills)
