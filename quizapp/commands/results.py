"""``quizapp results``: export results for a gradebook, and merge other desks' results into this one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizapp import plural
from quizapp.commands import add_db_option, send, usage
from quizapp.errors import QuizappError
from quizapp.outputs import OutputRefused, check_output
from quizapp.paths import database_path
from quizapp.store import ScoreStore


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "results",
        help="export results for a gradebook; merge results from other desks; send them to a Learning Record Store",
        description=(
            "Work with the score database of this desk. Each desk keeps its own database; a classroom "
            "combines desks by merging their databases or desk exports into one."
        ),
    )
    add_db_option(parser)
    parser.set_defaults(run=usage(parser))
    actions = parser.add_subparsers(title="actions", metavar="ACTION")

    export = actions.add_parser(
        "export",
        help="write a gradebook CSV and/or a desk export",
        description=(
            "Write one CSV row per attempt (student, login, class, session, attempt id, mode, banks, "
            "start, end, status, score, max score, percent), optionally only one class or classroom "
            "session; or a desk export (JSON) to merge on another computer."
        ),
    )
    export.add_argument("--csv", type=Path, metavar="FILE", help="write the gradebook CSV to FILE")
    export.add_argument("--desk", type=Path, metavar="FILE", help="write every result of this desk to FILE (JSON)")
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    export.add_argument("--class", dest="class_key", metavar="C", help="only students of class C (name or id)")
    export.add_argument("--session", dest="session_key", metavar="S", help="only classroom session S (name or id)")
    add_db_option(export, default=argparse.SUPPRESS)
    export.set_defaults(run=run_export)

    merge = actions.add_parser(
        "merge",
        help="fold other desks' databases or desk exports into this database",
        description=(
            "Add the students, attempts and answers of each FILE (a quizapp database or a desk export) "
            "that this database does not have yet. Merging the same file twice adds nothing."
        ),
    )
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE", help="databases or desk exports to merge")
    add_db_option(merge, default=argparse.SUPPRESS)
    merge.set_defaults(run=run_merge)

    send.add_parser(actions)


def _open(args: argparse.Namespace) -> ScoreStore:
    store = ScoreStore.open(args.db)
    if store.warning:
        print(f"quizapp results: warning: {store.warning}", file=sys.stderr)
    return store


def run_export(args: argparse.Namespace) -> int:
    if args.csv is None and args.desk is None:
        print("quizapp results export: say what to write: --csv FILE and/or --desk FILE", file=sys.stderr)
        return 2
    if args.desk is not None and (args.class_key or args.session_key):
        print("quizapp results export: --class and --session apply to --csv only", file=sys.stderr)
        return 2
    database = args.db or database_path()
    try:
        for path in (p for p in (args.csv, args.desk) if p is not None):
            check_output(path, inputs=[database], database=database, force=args.force)
        if args.csv is not None and args.desk is not None and args.csv.resolve() == args.desk.resolve():
            raise OutputRefused(f"{args.csv}: --csv and --desk name the same file")
    except OutputRefused as exc:
        print(f"quizapp results export: {exc}; nothing was written", file=sys.stderr)
        return 2
    with _open(args) as store:
        if args.csv is not None:
            count = store.export_csv(args.csv, args.class_key, args.session_key)
            print(f"wrote {plural.count(count, 'attempt')} to {args.csv}", file=sys.stderr)
        if args.desk is not None:
            store.export_desk(args.desk)
            print(f"wrote the desk export {args.desk}", file=sys.stderr)
    return 0


def run_merge(args: argparse.Namespace) -> int:
    failed = 0
    with _open(args) as store:
        for path in args.files:
            try:
                report = store.merge(path)
            except QuizappError as exc:
                print(f"quizapp results merge: {exc}", file=sys.stderr)
                failed += 1
                continue
            print(report.summary())
    return 1 if failed else 0
