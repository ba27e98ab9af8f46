"""``quizapp validate``: check bank files and report every problem with file, line and column."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizapp.banks import load_banks
from quizapp.paths import bundled_banks_dir
from quizapp.plural import count
from quizapp.quality import lint_bank


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check question banks and report every mistake",
        description=(
            "Check bank files (or every .yaml/.yml file in the given folders) against the bank "
            "format: schema, answers among choices, unique ids, evidence found in the article. With --lint, "
            "item-writing flaws are reported too, as warnings. "
            "Exit status: 0 when all are valid, 1 when any has a problem, 2 for usage errors."
        ),
    )
    parser.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="bank files or folders (default: questions/)"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only, no summary")
    parser.add_argument(
        "--lint",
        action="store_true",
        help="also report item-writing flaws (choices that give the key away, unclear prompts, explanations that "
        "teach nothing) as warnings; they never make validation fail",
    )
    parser.set_defaults(run=run)


def _default_paths() -> list[Path]:
    local = Path("questions")
    return [local if local.is_dir() else bundled_banks_dir()]


def run(args: argparse.Namespace) -> int:
    paths = args.paths or _default_paths()
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        print(f"quizapp validate: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    loaded = load_banks(paths)
    for problem in loaded.problems:
        print(problem)
    warnings = [warning for bank in loaded.banks for warning in lint_bank(bank)] if args.lint else []
    for warning in warnings:
        print(warning)
    if not loaded.checks:
        print("quizapp validate: no bank files (.yaml, .yml) found", file=sys.stderr)
        return 2
    if not args.quiet:
        failed = len(loaded.failed)
        items = sum(len(bank.items) for bank in loaded.banks)
        summary = (
            f"{count(len(loaded.checks), 'bank file')} checked: {len(loaded.banks)} valid ({count(items, 'item')})"
        )
        if failed:
            summary += f", {failed} with problems ({len(loaded.problems)} in all)"
        if args.lint:
            flawed = len({(w.path, w.item_id) for w in warnings})
            summary += f"; lint: {count(len(warnings), 'warning')} on {count(flawed, 'item')}"
        print(summary, file=sys.stderr)
    return 1 if loaded.failed else 0
