"""``quizapp results send``: send every answer the school's Learning Record Store has not acknowledged."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, date, datetime, time

from quizapp import plural
from quizapp.commands import add_db_option
from quizapp.store import ScoreStore


def add_parser(actions: argparse._SubParsersAction) -> None:
    send = actions.add_parser(
        "send",
        help="send answers as xAPI statements to a Learning Record Store",
        description=(
            "Send every answer, and the start and end of every attempt, that the LRS has not acknowledged "
            "yet, as xAPI 1.0.3 statements in batches. What the LRS acknowledged is recorded, so the next "
            "run sends only what is new; sending twice never duplicates a statement. The address, user "
            "and statement settings saved in Settings are used when not given here. The password can "
            "come from --password, the environment (QUIZAPP_LRS_PASSWORD) or the system keyring."
        ),
        epilog=(
            "Exit status: 0 when everything was sent, 1 when something is still waiting (or the database or the "
            "saved LRS settings cannot be used), 2 for bad usage (no address, no user or password, a malformed "
            "address)."
        ),
    )
    send.add_argument("--lrs", metavar="URL", help="the LRS's xAPI endpoint (default: Settings, or QUIZAPP_LRS)")
    send.add_argument("--user", metavar="U", help="the LRS user (default: QUIZAPP_LRS_USER, or Settings)")
    send.add_argument("--password", metavar="P", help="the password (default: QUIZAPP_LRS_PASSWORD, or the keyring)")
    send.add_argument("--since", metavar="DATE", type=_day, help="only what happened on DATE (YYYY-MM-DD) or later")
    send.add_argument("--homepage", metavar="URL", help="the school's home page for student accounts")
    send.add_argument(
        "--activity-base", metavar="URL", help="where item, skill and bank IRIs are named (the same on every desk)"
    )
    send.add_argument(
        "--pseudonymous",
        action="store_true",
        default=None,
        help="name students by a salted hash of their login (QUIZAPP_LRS_SALT or the salt in Settings)",
    )
    send.add_argument(
        "--new-identity",
        action="store_true",
        help="send although the home page, activity base or pseudonyms differ from this desk's first send to the LRS",
    )
    send.add_argument("--batch", type=_batch, default=200, metavar="N", help="statements per request (default 200)")
    add_db_option(send, default=argparse.SUPPRESS)
    send.set_defaults(run=run_send)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _batch(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 10_000:
        raise argparse.ArgumentTypeError("give a number of statements from 1 to 10000")
    return int(text)


def _since(day: date | None) -> str:
    """The start of `day` on this computer's clock, as the database's UTC times are written."""
    if day is None:
        return ""
    return datetime.combine(day, time()).astimezone().astimezone(UTC).isoformat(timespec="milliseconds")


def run_send(args: argparse.Namespace) -> int:
    from quizapp.xapi import SETTING_KEY
    from quizapp.xapi.config import ENV_ADDRESS, MIN_SALT, config_from_json, credentials
    from quizapp.xapi.lrs import LrsClient, LrsError, web_address_problem
    from quizapp.xapi.sender import send_waiting

    if args.db is not None and not args.db.is_file():
        print(f"quizapp results send: {args.db}: no such score database", file=sys.stderr)
        return 2
    with ScoreStore.open(args.db) as store:
        config = config_from_json(store.desk_setting(SETTING_KEY))
        address = args.lrs or os.environ.get(ENV_ADDRESS) or config.address
        if not address:
            print("quizapp results send: say where to send: --lrs URL (or QUIZAPP_LRS, or Settings)", file=sys.stderr)
            return 2
        changes: dict[str, object] = {"address": address}
        for option, field, what in (
            (args.homepage, "homepage", "the home page"),
            (args.activity_base, "activity_base", "the activity base"),
        ):
            if option:
                problem = web_address_problem(option, what)
                if problem:
                    print(f"quizapp results send: {problem}", file=sys.stderr)
                    return 2
                changes[field] = option
        if args.pseudonymous:
            changes["pseudonymous"] = True
            changes["salt"] = os.environ.get("QUIZAPP_LRS_SALT") or config.salt
            if len(str(changes["salt"])) < MIN_SALT:
                print(
                    f"quizapp results send: --pseudonymous needs the school's salt, at least {MIN_SALT} characters "
                    "that nobody can guess: set QUIZAPP_LRS_SALT (the same on every desk), or turn pseudonyms on "
                    "in Settings, which makes one",
                    file=sys.stderr,
                )
                return 2
        config = config.changed(**changes)
        try:
            user, password = credentials(address, args.user, args.password, config=config, command_line=True)
            client = LrsClient(address, user, password)
        except LrsError as error:
            print(f"quizapp results send: {error}", file=sys.stderr)
            return 2
        if client.unencrypted and not client.on_this_computer:
            print(
                f"quizapp results send: warning: {client.endpoint} is not https, so the password and the results "
                "travel unencrypted",
                file=sys.stderr,
            )
        report = send_waiting(
            store,
            client,
            config.statement_settings(),
            since=_since(args.since),
            batch=args.batch,
            new_identity=args.new_identity,
        )
    print(
        f"{plural.count(report.sent, 'statement')} sent, {report.already} already there, {report.failed} failed "
        f"(to {client.endpoint})"
    )
    if report.differing:
        print(
            f"quizapp results send: the LRS holds {plural.count(report.differing, 'statement')} as first sent, "
            "which differ from what this desk would send now (a name, class, bank title or setting changed "
            "since, or another desk sent them first); statements are never changed once stored",
            file=sys.stderr,
        )
    if report.rejected:
        print(
            f"quizapp results send: the LRS refused {plural.count(len(report.rejected), 'statement')}; the first "
            f"reason: {report.rejected[0].split(': ', 1)[-1]}",
            file=sys.stderr,
        )
    if report.stopped:
        print(f"quizapp results send: {report.stopped}", file=sys.stderr)
    if report.failed:
        when = "once that is put right" if report.lasting else "on the next run"
        print(
            f"quizapp results send: {plural.count(report.failed, 'statement')} not sent; they will be sent {when}",
            file=sys.stderr,
        )
        return 1
    return 0
