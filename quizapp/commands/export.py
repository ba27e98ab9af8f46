"""``quizapp export``: write banks as GIFT, Moodle XML, QTI 2.1, QTI 1.2 (Canvas), Aiken or CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizapp.banks import load_banks
from quizapp.interop import EXPORTERS, NothingToExportError, export_banks
from quizapp.outputs import OutputRefused, check_output


def register(subparsers: argparse._SubParsersAction) -> None:
    choices = ", ".join(f"{name} ({exporter.title})" for name, exporter in EXPORTERS.items())
    parser = subparsers.add_parser(
        "export",
        help="write banks for Moodle, Canvas and other quiz tools",
        description=(
            f"Write the items of bank files (or folders of them) in another format: {choices}. Items a format "
            "cannot hold (such as pick-the-sentence evidence items) are skipped and listed. Exit status: 0 when "
            "the file was written, 1 when a bank has problems or no item fits the format, 2 for usage errors."
        ),
    )
    parser.add_argument("banks", nargs="+", type=Path, metavar="BANK", help="bank files or folders")
    parser.add_argument("--format", "-f", required=True, choices=tuple(EXPORTERS), help="the format to write")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="OUT", help="the file to write")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    parser.add_argument("-q", "--quiet", action="store_true", help="print skipped items only, no summary")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    missing = [str(path) for path in args.banks if not path.exists()]
    if missing:
        print(f"quizapp export: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    loaded = load_banks(args.banks)
    try:
        check_output(args.output, inputs=[*args.banks, *(Path(c.path) for c in loaded.checks)], force=args.force)
    except OutputRefused as exc:
        print(f"quizapp export: {exc}; nothing was written", file=sys.stderr)
        return 2
    if not loaded.checks:
        print("quizapp export: no bank files (.yaml, .yml) found", file=sys.stderr)
        return 2
    if loaded.failed:
        for problem in loaded.problems:
            print(problem, file=sys.stderr)
        print("quizapp export: fix the banks above first; nothing was written", file=sys.stderr)
        return 1
    try:
        report = export_banks(loaded.banks, args.format, args.output)
    except NothingToExportError as exc:
        print(f"quizapp export: {exc}", file=sys.stderr)
        return 1
    if args.quiet:
        for note in report.skipped:
            print(f"skipped {note}", file=sys.stderr)
    else:
        print(report.summary(), file=sys.stderr)
    return 0
