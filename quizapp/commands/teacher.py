"""``quizapp teacher``: reset the teacher PIN, and import a class roster from a CSV file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizapp.commands import add_db_option
from quizapp.store import ScoreStore


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "teacher",
        help="teacher tools: reset the teacher PIN, import a class roster",
        description="Teacher tools that work without the window.",
    )
    parser.set_defaults(run=run, parser=parser)
    actions = parser.add_subparsers(title="actions", metavar="ACTION", dest="action")

    reset = actions.add_parser(
        "reset-pin",
        help="forget the teacher PIN; the next teacher to open the teacher tools chooses a new one",
        description=(
            "Clear the teacher PIN of this desk's score database. Anyone with a shell on this computer "
            "can do this, as anyone with access to the data folder can by creating a file named "
            "RESET-TEACHER-PIN in it; results and classes are kept."
        ),
    )
    add_db_option(reset)
    reset.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    reset.set_defaults(action="reset-pin")

    roster = actions.add_parser(
        "import-roster",
        help="add the students of a CSV file to a class",
        description=(
            "Read a CSV file with one student per row: a name and, optionally, a student id (used as the "
            "login). A header row is optional; commas, semicolons or tabs separate the cells. The class is "
            "created if needed. Rows that cannot be read are listed with their line numbers."
        ),
    )
    roster.add_argument("csv", type=Path, metavar="CSV", help="the roster file")
    roster.add_argument("--class", dest="class_name", required=True, metavar="NAME", help="the class to add them to")
    add_db_option(roster)
    roster.set_defaults(action="import-roster")


def _open(args: argparse.Namespace) -> ScoreStore:
    store = ScoreStore.open(args.db)
    if store.warning:
        print(f"quizapp teacher: warning: {store.warning}", file=sys.stderr)
    return store


def run(args: argparse.Namespace) -> int:
    action = getattr(args, "action", None)
    if action == "reset-pin":
        return run_reset_pin(args)
    if action == "import-roster":
        return run_import_roster(args)
    args.parser.print_help(sys.stderr)
    return 2


def _confirmed(question: str) -> bool:
    """Ask on the terminal; with no terminal to ask on, the answer is no."""
    if not sys.stdin.isatty():
        return False
    try:
        return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")
    except EOFError:
        return False


def run_reset_pin(args: argparse.Namespace) -> int:
    if not args.yes and not _confirmed("Clear the teacher PIN of this desk?"):
        print("quizapp teacher reset-pin: not confirmed; add --yes to clear the PIN without asking", file=sys.stderr)
        return 2
    with _open(args) as store:
        had_pin = store.teacher_pin_hash() is not None
        store.clear_teacher_pin()
        where = store.path
    if had_pin:
        print(f"The teacher PIN of {where} was cleared; the next teacher to open the teacher tools chooses a new one.")
    else:
        print(f"{where} has no teacher PIN; nothing to clear.")
    return 0


def run_import_roster(args: argparse.Namespace) -> int:
    from quizapp.teacher.roster_import import import_roster_csv

    with _open(args) as store:
        report = import_roster_csv(args.csv, store, args.class_name)
    for name in report.added:
        print(f"added: {name}")
    for name in report.already_there:
        print(f"already there: {name}")
    for problem in report.problems:
        print(f"{args.csv}: {problem}", file=sys.stderr)
    print(report.summary(), file=sys.stderr)
    return 1 if report.problems else 0
