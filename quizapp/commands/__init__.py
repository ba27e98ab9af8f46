"""Headless subcommands of ``quizapp``; each module offers ``register(subparsers)``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable


def usage(parser: argparse.ArgumentParser) -> Callable[[argparse.Namespace], int]:
    """The run of a command group given no action: its help on standard error, exit status 2."""

    def run(_args: argparse.Namespace) -> int:
        parser.print_help(sys.stderr)
        return 2

    return run
