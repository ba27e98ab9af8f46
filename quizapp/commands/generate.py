"""``quizapp generate``: write question banks from news stories."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizapp.banks.skills import GENERATED, HAND_WRITTEN, SKILLS
from quizapp.fileio import SaveError, UnreadableFile, atomic_write_text, read_limited
from quizapp.outputs import OutputRefused, check_output, check_output_folder
from quizapp.paths import bank_schema_path
from quizapp.plural import count


def _skills(value: str) -> tuple[str, ...]:
    chosen = tuple(part.strip() for part in value.split(",") if part.strip())
    unknown = [s for s in chosen if s not in SKILLS]
    offered = GENERATED
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(
            f"unknown skill(s): {', '.join(unknown) or value!r}; choose from {', '.join(offered)}"
        )
    by_hand = [s for s in chosen if s in HAND_WRITTEN]
    if by_hand:
        raise argparse.ArgumentTypeError(
            f"{', '.join(by_hand)}: teachers write these by hand, the generator does not; "
            f"choose from {', '.join(offered)}"
        )
    return chosen


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "generate",
        help="write question banks from news stories",
        description=(
            "Read news stories (.txt with optional front matter, .html/.htm, or folders of them) and write one "
            "bank per story into OUTDIR, named after the story's file. Items a teacher edited, wrote, reviewed "
            "or approved in an existing bank are kept exactly as they are."
        ),
    )
    parser.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="story files or folders")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="OUTDIR", help="folder for the banks")
    parser.add_argument("--max-items", type=_positive, default=30, metavar="N", help="at most N items per bank")
    parser.add_argument(
        "--skills", type=_skills, metavar="a,b,…", help="only these skills (default: every skill the generator asks)"
    )
    parser.add_argument("--jobs", type=_positive, default=1, metavar="N", help="worker processes (default 1)")
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if the banks in OUTDIR differ from a fresh run"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress messages")
    parser.set_defaults(run=run)


def _ensure_schema(out_dir: Path) -> None:
    """Keep a copy of the bank schema beside the banks, so editors can check them."""
    target = out_dir / "schema" / "bank.schema.json"
    source = bank_schema_path().read_text(encoding="utf-8")
    check_output(target, force=True)  # never through a link onto the database, a device or a pipe
    try:
        current = read_limited(target, 1024 * 1024, "schema").decode("utf-8", errors="replace")
    except UnreadableFile:
        current = None
    if current != source:
        atomic_write_text(target, source)


def run(args: argparse.Namespace) -> int:
    from quizapp.generation.generator import GenerationOptions
    from quizapp.generation.runner import find_stories, generate_outcomes

    missing = [str(p) for p in args.inputs if not p.exists()]
    if missing:
        print(f"quizapp generate: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    paths = find_stories(args.inputs)
    if not paths:
        print("quizapp generate: no story files (.txt, .html) found", file=sys.stderr)
        return 2
    out_dir: Path = args.output
    try:
        check_output_folder(out_dir)
    except OutputRefused as exc:
        print(f"quizapp generate: {exc}", file=sys.stderr)
        return 2
    if not args.check:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            _ensure_schema(out_dir)
        except (OutputRefused, SaveError, OSError) as exc:
            print(f"quizapp generate: {exc}", file=sys.stderr)
            return 2
    options = GenerationOptions(skills=args.skills, max_items=args.max_items)
    failed = differ = written = 0
    targets: dict[Path, Path] = {}
    for done, outcome in enumerate(generate_outcomes(paths, options, out_dir, args.jobs), start=1):
        if not args.quiet and len(paths) > 1:
            print(f"[{done}/{len(paths)}] {outcome.source}", file=sys.stderr)
        if outcome.error or outcome.text is None or outcome.target is None:
            print(f"quizapp generate: {outcome.source}: {outcome.error}", file=sys.stderr)
            failed += 1
            continue
        if outcome.target in targets:
            print(
                f"quizapp generate: {outcome.source}: same bank name as {targets[outcome.target]} "
                f"({outcome.target.name}); rename one of the files",
                file=sys.stderr,
            )
            failed += 1
            continue
        targets[outcome.target] = outcome.source
        if args.check:
            current = outcome.target.read_text(encoding="utf-8") if outcome.target.exists() else None
            if current != outcome.text:
                print(f"quizapp generate: {outcome.target} is out of date with {outcome.source}", file=sys.stderr)
                differ += 1
            continue
        try:
            atomic_write_text(outcome.target, outcome.text)
        except SaveError as exc:
            print(f"quizapp generate: {exc}", file=sys.stderr)
            failed += 1
            continue
        written += 1
        if not args.quiet:
            print(f"{outcome.target}: {outcome.items} items", file=sys.stderr)
    if args.check and not args.quiet and not differ and not failed:
        print(f"quizapp generate: {count(len(targets), 'bank')} up to date", file=sys.stderr)
    return 1 if failed or differ else 0
