"""``quizapp review plan``: a student's skills with mastery, next review date and answers, due skills first."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizapp.banks.skills import SKILLS, skill_title
from quizapp.commands import add_db_option, usage
from quizapp.errors import QuizappError
from quizapp.paths import database_path
from quizapp.plural import count
from quizapp.review import DAILY_SKILLS


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "review",
        help="spaced review of skills: what a student should practise, and when",
        description="Show what spaced review plans for a student (see docs/review.md).",
    )
    parser.set_defaults(run=usage(parser))
    actions = parser.add_subparsers(title="actions", metavar="ACTION")
    plan = actions.add_parser(
        "plan",
        help="list a student's skills: mastery, next review date, answers",
        description=(
            "Print one line per skill: its name, the student's mastery in words and as a percentage, the "
            "next review date (YYYY-MM-DD, or 'not started') and the number of answers. Skills due today "
            "come first. Exit status: 0 printed, 1 unknown student or unreadable database, 2 usage errors."
        ),
    )
    plan.add_argument("--student", required=True, metavar="NAME", help="the student's name or login")
    add_db_option(plan)
    plan.set_defaults(run=run_plan)


def run_plan(args: argparse.Namespace) -> int:
    from quizapp.store import ScoreStore

    path = args.db or database_path()
    if not Path(path).is_file():
        print(f"quizapp review plan: {path}: there is no score database here", file=sys.stderr)
        return 1
    try:
        with ScoreStore.open(path) as store:
            student = store.find_student(args.student)
            if student is None:
                print(f"quizapp review plan: no student {args.student!r} in {path}", file=sys.stderr)
                return 1
            plan = store.review_plan(student.uuid, tuple(SKILLS))
    except QuizappError as exc:
        print(f"quizapp review plan: {exc}", file=sys.stderr)
        return 1
    width = max(len(skill_title(p.skill)) for p in plan.skills)
    print(f"{student.name}: {count(len(plan.due), 'skill')} due today ({len(plan.todays)} in today's review)")
    for skill in plan.skills:
        title = skill_title(skill.skill)
        due = skill.next_date(plan.today).isoformat() if skill.due else "not started"
        marker = "due" if skill.is_due(plan.today) else "   "
        percent = f"{skill.mastery:4.0%}" if skill.answers else "   —"
        print(f"{title:<{width}}  {skill.words:<13} {percent}  {marker} {due:<11}  {count(skill.answers, 'answer')}")
    if plan.held_back:
        print(
            f"{count(plan.held_back, 'more due skill')} wait for the next days: a day's review takes at most "
            f"{DAILY_SKILLS} skills, skills practised today included"
        )
    return 0
