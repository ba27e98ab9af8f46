"""``quizapp classroom host``: host a live classroom session without a window."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from quizapp.commands import add_db_option, usage
from quizapp.errors import QuizappError
from quizapp.paths import database_path
from quizapp.plural import count


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "classroom",
        help="live classroom sessions across desks on the school network",
        description="Host a live classroom session that students' desks join over the local network.",
    )
    parser.set_defaults(run=usage(parser))
    actions = parser.add_subparsers(title="actions", metavar="ACTION")
    host = actions.add_parser(
        "host",
        help="host a live session of BANK until interrupted (Ctrl+C)",
        description=(
            "Serve a live session of BANK on this computer's local-network address and announce it by "
            "DNS-SD. Prints the address and the join code; answers go into the score database. Ctrl+C "
            "ends the session. Exit status: 0 ended, 1 the bank or database cannot be used, 2 usage errors."
        ),
    )
    host.add_argument("bank", type=Path, metavar="BANK", help="the bank file")
    host.add_argument("--port", type=int, default=0, help="the port (default: any free one)")
    host.add_argument("--code", help="the join code (default: a fresh random one)")
    host.add_argument("--bind", help="the local address to listen on (default: this computer's network address)")
    host.add_argument("--class", dest="class_key", metavar="CLASS", help="only students of this class join")
    host.add_argument("--name", help="the session's name (default: the bank's title)")
    host.add_argument("--pace", choices=("student", "teacher"), default="student", help="who sets the pace")
    host.add_argument("--resume", metavar="SESSION", help="continue a live session of this desk (name or id)")
    host.add_argument("--no-feedback", action="store_true", help="no feedback after each answer (test mode)")
    host.add_argument("--no-announce", action="store_true", help="do not announce the session on the network")
    add_db_option(host)
    host.set_defaults(run=run_host)


def _drive(live) -> None:
    """The teacher's pace from the keyboard: n, b, r (one per line)."""
    for line in sys.stdin:
        command = line.strip().lower()[:1]
        if command == "n":
            live.step(1)
        elif command == "b":
            live.step(-1)
        elif command == "r":
            shown = live.reveal()
            print(f"question {live.status.position + 1}: {sum(shown.values())} answers", flush=True)
        else:
            continue
        print(f"showing question {live.status.position + 1} of {len(live.order)}", flush=True)


def run_host(args: argparse.Namespace) -> int:
    from quizapp.banks import load_bank
    from quizapp.live.announce import Announcement, local_address
    from quizapp.live.host import LiveHost

    if args.db is not None and not args.db.parent.is_dir():
        print(f"quizapp classroom host: {args.db.parent}: there is no such folder for the database", file=sys.stderr)
        return 1
    try:
        bank = load_bank(args.bank)
        bind = args.bind or local_address()
        live = LiveHost(
            args.db or database_path(),
            bank,
            session_name=args.name or bank.title,
            class_key=args.class_key,
            pace=args.pace,
            feedback=not args.no_feedback,
            code=args.code,
            resume=args.resume,
        )
        address, port = live.start(bind, args.port)
    except QuizappError as exc:
        print(f"quizapp classroom host: {exc}", file=sys.stderr)
        return 1
    announcement = None
    if not args.no_announce:
        try:
            announcement = Announcement(live.title, address, port)
        except OSError as exc:
            print(
                f"quizapp classroom host: not announced on the network ({exc}); desks type the address", file=sys.stderr
            )
    # Ctrl+C and a stop request end the session cleanly from the moment anyone can see it is running.
    stop = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: stop.set())
    previous_term = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        print(f"live session {live.session.name!r} listening on {address}:{port}  join code {live.code}", flush=True)
        if live.pace == "teacher":
            print("teacher's pace: type n (next question), b (back), r (reveal the answer), then Enter", flush=True)
            threading.Thread(target=_drive, args=(live,), name="quizapp-live-keys", daemon=True).start()
        while not stop.wait(0.5):  # a timed wait, so that Ctrl+C is seen on every system
            pass
    finally:
        signal.signal(signal.SIGINT, previous)
        signal.signal(signal.SIGTERM, previous_term)
        if announcement is not None:
            announcement.close()
        try:
            live.end()
        except QuizappError as exc:
            print(f"quizapp classroom host: the session could not be closed ({exc})", file=sys.stderr)
            return 1
    answered = sum(live.status.answered.values())
    print(f"session ended: {count(len(live.status.joined), 'desk')} joined, {count(answered, 'answer')} received")
    return 0
