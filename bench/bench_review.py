"""Does skill-level spaced review help? Simulated students, spaced review against random practice.

The learner model (one simulated student, per skill; abilities on the logit scale):

- An unpractised skill has a base ability drawn from N(-1.0, 0.6) (about one answer in four right).
- Each item practised adds LEARN = 0.25 to the learned part L of the ability (at most L_MAX = 4).
- The learned part fades between practice days: L(t) = L · exp(-FORGET · Δt / S), Δt in days since the
  skill was last practised, S its stability in days (1 at first).
- Spacing effect: on each day a skill is practised, S grows by S · SPACING · (1 - r), r the share of L
  still there; practice on a nearly forgotten skill strengthens memory most, practice the same day little.
- An answer is right with probability sigmoid(base + L). The student's confidence is that probability
  plus noise N(0, 0.15), clipped to 0 … 1.
- A skill is mastered when that probability is at least THRESHOLD at the start of a day.

Policies, ITEMS_PER_DAY items a day, each student drawn once and given both:
1. spaced: today's review as the app plans it (its mastery model, FSRS, the learning rule and the daily
   cap; today's skills weakest first, questions allotted by `review_questions`: one each, then more
   rounds); if it has fewer questions than the day's, the rest go to the weakest skills, as "Practise
   anyway" does;
2. random: every item on a skill drawn at random.

Printed: the mean number of items until every skill is mastered under each policy (a student still not
there after DAYS days counts DAYS · ITEMS_PER_DAY), with the forgetting rate halved and doubled too. The
last line is ``ratio R``: spaced items / random items at the model's own forgetting rate. Target: R ≤ 0.75.

At the time of writing R = 0.81 (0.81 with forgetting halved, 0.81 doubled; 0.93, 0.96 and 0.92 with
the first version's knowledge tracing). Three students here have a skill that cannot reach THRESHOLD
within DAYS days and count the full DAYS under both policies. docs/review.md says why 0.75 is out of
reach for a planner that sees only the answers.
"""

from __future__ import annotations

import math
import random
import statistics
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quizapp.review import DAILY_QUESTIONS, ReviewAnswer, plan_reviews, review_questions

SKILLS = tuple(f"skill-{n}" for n in range(8))
STUDENTS = 100
DAYS = 120
ITEMS_PER_DAY = DAILY_QUESTIONS
LEARN = 0.25
L_MAX = 4.0
FORGET = 1.0
SPACING = 1.5
THRESHOLD = 0.8
GUESS = 0.25
START = datetime(2026, 1, 5, 16, 0, tzinfo=UTC)


def sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x))


@dataclass
class Skill:
    base: float
    learned: float = 0.0
    stability: float = 1.0
    last_day: int | None = None

    def retention(self, day: int, forget: float) -> float:
        return 1.0 if self.last_day is None else math.exp(-forget * (day - self.last_day) / self.stability)

    def ability(self, day: int, forget: float) -> float:
        return sigmoid(self.base + self.learned * self.retention(day, forget))

    def practise(self, day: int, forget: float) -> None:
        kept = self.retention(day, forget)
        if self.last_day != day:
            self.stability += self.stability * SPACING * (1 - kept)
        self.learned = min(L_MAX, self.learned * kept + LEARN)
        self.last_day = day


@dataclass
class Student:
    skills: dict[str, Skill]
    rng: random.Random
    answers: list[ReviewAnswer] = field(default_factory=list)

    def answer(self, skill: str, day: int, number: int, forget: float) -> None:
        chance = self.skills[skill].ability(day, forget)
        right = self.rng.random() < chance
        confidence = min(1.0, max(0.0, chance + self.rng.gauss(0, 0.15)))
        at = START + timedelta(days=day, minutes=number)
        self.answers.append(ReviewAnswer(skill, right, at, confidence, GUESS))
        self.skills[skill].practise(day, forget)

    def mastered(self, day: int, forget: float) -> bool:
        return all(skill.ability(day, forget) >= THRESHOLD for skill in self.skills.values())


def new_student(seed: int) -> Student:
    rng = random.Random(seed)
    return Student({name: Skill(rng.gauss(-1.0, 0.6)) for name in SKILLS}, random.Random(seed * 7919 + 1))


def spaced_day(student: Student, day: int) -> list[str]:
    """The day's skills, one per item, as the app plans them."""
    plan = plan_reviews(student.answers, SKILLS, START + timedelta(days=day, hours=-1))
    items = [skill for skill, n in review_questions([s.skill for s in plan.todays]).items() for _ in range(n)]
    if len(items) < ITEMS_PER_DAY:  # "Practise anyway": the weakest skills
        weakest = [s.skill for s in sorted(plan.skills, key=lambda s: (s.mastery, s.skill))]
        extra = review_questions(weakest, total=ITEMS_PER_DAY - len(items))
        items += [skill for skill, n in extra.items() for _ in range(n)]
    return items


def random_day(student: Student, _day: int) -> list[str]:
    return [student.rng.choice(SKILLS) for _ in range(ITEMS_PER_DAY)]


def items_to_mastery(seed: int, policy, forget: float) -> int:
    student = new_student(seed)
    for day in range(DAYS):
        if student.mastered(day, forget):
            return day * ITEMS_PER_DAY
        for number, skill in enumerate(policy(student, day)):
            student.answer(skill, day, number, forget)
    return DAYS * ITEMS_PER_DAY


def compare(forget: float) -> tuple[float, float, int, int]:
    spaced = [items_to_mastery(seed, spaced_day, forget) for seed in range(STUDENTS)]
    drawn = [items_to_mastery(seed, random_day, forget) for seed in range(STUDENTS)]
    cap = DAYS * ITEMS_PER_DAY
    return statistics.mean(spaced), statistics.mean(drawn), spaced.count(cap), drawn.count(cap)


def main() -> None:
    print(f"{STUDENTS} simulated students, {len(SKILLS)} skills, {ITEMS_PER_DAY} items a day, up to {DAYS} days")
    results = {}
    for label, factor in (("forgetting halved", 0.5), ("forgetting doubled", 2.0), ("model's forgetting", 1.0)):
        spaced, drawn, spaced_left, drawn_left = compare(FORGET * factor)
        results[factor] = spaced / drawn
        print(
            f"{label:>20}: spaced review {spaced:7.1f} items, random practice {drawn:7.1f} items, "
            f"ratio {spaced / drawn:.2f} (not there after {DAYS} days: {spaced_left} spaced, {drawn_left} random)"
        )
    print(f"ratio {results[1.0]:.2f}")


if __name__ == "__main__":
    main()
