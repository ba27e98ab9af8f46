"""``quizapp import``: make a bank from a GIFT, Aiken or Moodle XML file; bad questions are left out and listed."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from quizapp.banks import save_bank
from quizapp.banks.skills import SKILLS
from quizapp.interop import IMPORTERS, bank_id_for, import_file
from quizapp.interop.importing import DEFAULT_SKILL
from quizapp.outputs import OutputRefused, check_output

SUFFIXES = {".gift": "gift", ".xml": "moodle-xml", ".aiken": "aiken"}
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def _bank_id(value: str) -> str:
    if not _ID.match(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not an id: use letters, digits, '.', '_' and '-'")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:
    choices = ", ".join(f"{name} ({importer.title})" for name, importer in IMPORTERS.items())
    parser = subparsers.add_parser(
        "import",
        help="make a bank from a Moodle (GIFT, Moodle XML) or Aiken question file",
        description=(
            f"Read the questions of FILE ({choices}) into a new bank file; its items are marked "
            "'origin: authored' and 'status: draft'. As in Moodle, a question with a mistake is left out and "
            "reported with its line, and the others are imported. Question types the app has no equivalent for "
            "(essay, matching, numerical, …) are left out and listed. Exit status: 0 written, 1 no question of "
            "FILE could be used (nothing written), 2 usage errors."
        ),
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the question file")
    parser.add_argument(
        "--format", "-f", choices=tuple(IMPORTERS), help="format of FILE (default: from .gift, .xml or .aiken)"
    )
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="BANK.yaml", help="the bank to write")
    parser.add_argument(
        "--id", dest="bank_id", type=_bank_id, metavar="ID", help="bank id (default: from the output file name)"
    )
    parser.add_argument("--title", help="bank title (default: from the file's category, or its name)")
    parser.add_argument(
        "--skill",
        default=DEFAULT_SKILL,
        choices=tuple(SKILLS),
        metavar="SKILL",
        help=f"skill of questions whose category names none (default: {DEFAULT_SKILL})",
    )
    parser.add_argument("--force", action="store_true", help="replace BANK.yaml if it exists")
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="print only the questions left out for a mistake, no summary"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    fmt = args.format or SUFFIXES.get(args.file.suffix.lower())
    if fmt is None:
        print(f"quizapp import: say which format {args.file} is with --format", file=sys.stderr)
        return 2
    if args.output.suffix.lower() not in (".yaml", ".yml"):
        print(f"quizapp import: the bank file must end in .yaml, not {args.output.name!r}", file=sys.stderr)
        return 2
    try:
        check_output(args.output, inputs=[args.file], force=args.force)
    except OutputRefused as exc:
        print(f"quizapp import: {exc}; nothing was written", file=sys.stderr)
        return 2
    bank_id = args.bank_id or bank_id_for(args.output)
    result = import_file(args.file, fmt, bank_id=bank_id, title=args.title, default_skill=args.skill)
    save_bank(result.bank, args.output)
    if not args.quiet:
        print(f"{result.summary()}\nwrote {args.output}", file=sys.stderr)
    elif result.mistakes:
        print("\n".join(f"left out: {problem}" for problem in result.mistakes), file=sys.stderr)
    return 0
