"""Which skills a student should review today, in what order, and when the next review is.

A skill is due when FSRS says its time has come, and every day while it is still being learnt (practised,
but its mastery below LEARNT), as Anki shows a card in its learning steps again soon. Due skills come
first: the longest unpractised first (so a skill held back by the cap comes first the next day), then the
weakest.

At most DAILY_SKILLS skills are reviewed a day (skills already practised today count), taken in that
order, so that a desk that was off for a month starts again with one review of twelve questions instead
of every skill at once; the others stay due for the next days. Today's skills are then asked weakest
first: one question on each, then more rounds in the same order while the day's DAILY_QUESTIONS last, so
the questions left over after the first round go to the weakest skills.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from quizapp.review.mastery import mastery_words
from quizapp.review.schedule import ReviewAnswer, skill_state

DAILY_QUESTIONS = 12
"""The questions of one day's review."""
DAILY_SKILLS = DAILY_QUESTIONS
"""The most skills reviewed in one day: one question each."""
LEARNT = 0.95
"""Below this mastery a practised skill is still being learnt, and due every day."""
QUESTIONS_PER_SKILL = 3
"""The most questions on one skill in one review."""


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

    def next_date(self, today: date) -> date:
        """The next day the skill is due: tomorrow while it is being learnt, else its FSRS date."""
        assert self.due is not None
        if self.mastery < LEARNT:
            return min(self.due, today + timedelta(days=1)) if self.last_answered == today else today
        return self.due

    def is_due(self, today: date) -> bool:
        if self.due is None:
            return False
        return self.due <= today or (self.mastery < LEARNT and self.last_answered != today)


@dataclass(frozen=True)
class ReviewPlan:
    """A student's skills (due first), today's share of them, and the next review date."""

    today: date
    skills: tuple[SkillPlan, ...]
    # the due skills reviewed today, weakest first (at most DAILY_SKILLS, fewer if some were practised today)
    todays: tuple[SkillPlan, ...]
    held_back: int  # due skills that wait for the next days because of the daily cap

    @property
    def next_review(self) -> date | None:
        """When something is next due: today if anything is due, else the earliest due date."""
        dates = [plan.next_date(self.today) for plan in self.skills if plan.due is not None]
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
            return (2, plan.mastery, date.max, plan.skill)
        if plan.is_due(today):  # the longest unpractised first (held back yesterday: first today), then weakest
            return (0, plan.last_answered or date.min, plan.mastery, plan.skill)
        return (1, 0.0, plan.due, plan.skill)

    ordered = sorted(plans, key=order)
    due = [plan for plan in ordered if plan.is_due(today)]
    practised_today = sum(1 for plan in ordered if plan.last_answered == today)
    slots = max(0, daily_skills - practised_today)
    todays = sorted(due[:slots], key=lambda plan: (plan.mastery, plan.skill))  # the weakest get the extra rounds
    return ReviewPlan(today, tuple(ordered), tuple(todays), max(0, len(due) - slots))


def plan_reviews(
    answers: Iterable[ReviewAnswer], skills: Sequence[str], now: datetime, *, daily_skills: int = DAILY_SKILLS
) -> ReviewPlan:
    """The review plan of one student from all their answers (any mode), for the day of `now`."""
    return arrange(skill_plans(answers, skills), now, daily_skills=daily_skills)


def review_questions(
    skills: Sequence[str], *, total: int = DAILY_QUESTIONS, per_skill: int = QUESTIONS_PER_SKILL
) -> dict[str, int]:
    """How many questions each skill gets: one each in order, then more rounds, up to `total` in all."""
    counts = dict.fromkeys(skills[:total], 0)
    while sum(counts.values()) < total and any(n < per_skill for n in counts.values()):
        for skill in counts:
            if counts[skill] < per_skill and sum(counts.values()) < total:
                counts[skill] += 1
    return counts
