"""Headless subcommands of ``quizapp``; each module offers ``register(subparsers)``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

DB_HELP = "the score database (default: quizapp.db in the user data folder, or under QUIZAPP_HOME)"


def add_db_option(parser: argparse.ArgumentParser, *, default: object = None) -> None:
    """The ``--db PATH`` option every command on the score database takes (an action's own one keeps its
    group's value with ``default=argparse.SUPPRESS``)."""
    parser.add_argument("--db", type=Path, metavar="PATH", default=default, help=DB_HELP)


def usage(parser: argparse.ArgumentParser) -> Callable[[argparse.Namespace], int]:
    """The run of a command group given no action: its help on standard error, exit status 2."""

    def run(_args: argparse.Namespace) -> int:
        parser.print_help(sys.stderr)
        return 2

    return run
