"""Spaced review of skills: how well a student masters each skill, when to practise it again, and with which items.

Qt-free. The store feeds it the student's answers; the library screen, the ``review plan`` command and
the teacher dashboard show what it plans. See docs/review.md for the models and their parameters.
"""

from quizapp.review.mastery import MASTERY_WORDS, mastery_words
from quizapp.review.picker import ItemUse, pick_review_items
from quizapp.review.plan import (
    DAILY_QUESTIONS,
    DAILY_SKILLS,
    QUESTIONS_PER_SKILL,
    ReviewPlan,
    SkillPlan,
    arrange,
    plan_reviews,
    review_questions,
    skill_plans,
)
from quizapp.review.schedule import ReviewAnswer

__all__ = [
    "DAILY_QUESTIONS",
    "DAILY_SKILLS",
    "MASTERY_WORDS",
    "QUESTIONS_PER_SKILL",
    "ItemUse",
    "ReviewAnswer",
    "ReviewPlan",
    "SkillPlan",
    "arrange",
    "mastery_words",
    "pick_review_items",
    "plan_reviews",
    "review_questions",
    "skill_plans",
]
