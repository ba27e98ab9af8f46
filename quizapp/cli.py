"""The ``quizapp`` command: no arguments opens the app; subcommands run headless."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from quizapp import __version__
from quizapp.errors import QuizappError
from quizapp.logs import log_unexpected

# Subcommand modules, imported only when a subcommand runs (the window starts without them).
COMMANDS = ("validate", "generate", "article", "results", "export", "import_", "teacher", "review", "classroom")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizapp",
        description=(
            "Media-literacy quizzes from news articles. Run without a command to open the app; "
            "the commands below work without a window."
        ),
        epilog=(
            "Options of the app window: --smoke (open the main window, print 'ready', exit), "
            "--screenshots DIR (render every main screen to PNG files in DIR), --db PATH (use this score "
            "database)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"quizapp {__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"quizapp.commands.{name}").register(subparsers)
    return parser


def _open_app(argv: Sequence[str]) -> int:
    from quizapp.launcher import launch

    return launch(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``quizapp`` console command."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0].startswith("--") and args_list[0] not in ("--help", "--version")):
        return _open_app(args_list)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    try:
        return int(args.run(args) or 0)
    except QuizappError as exc:
        print(f"quizapp: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader (say, `| head`) stopped reading: nothing is wrong
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("quizapp: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # last resort: a message, not a traceback; details go to the log
        log_path = log_unexpected(exc)
        print(f"quizapp: unexpected error ({exc.__class__.__name__}: {exc}); details in {log_path}", file=sys.stderr)
        return 70
