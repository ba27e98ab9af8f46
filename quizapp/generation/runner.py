"""Run the generator over many story files: batched parsing, worker processes, progress, --check."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from quizapp.articles import STORY_SUFFIXES, Article, read_article
from quizapp.banks import check_bank_file, dump_bank
from quizapp.banks.model import Bank
from quizapp.banks.save import schema_reference
from quizapp.errors import ArticleError
from quizapp.generation.analysis import analyse
from quizapp.generation.generator import GenerationOptions, bank_for, items_from
from quizapp.generation.merge import merge_banks
from quizapp.logs import log_unexpected

BATCH_PARAGRAPHS = 256


@dataclass(frozen=True)
class Outcome:
    """What happened to one input file: the bank text to write, or the reason it failed."""

    source: Path
    target: Path | None
    text: str | None = None
    items: int = 0
    error: str | None = None


def find_stories(inputs: Iterable[str | Path]) -> list[Path]:
    """Story files among `inputs`; folders are searched recursively, in sorted order."""
    found: list[Path] = []
    for entry in inputs:
        path = Path(entry)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in STORY_SUFFIXES))
        else:
            found.append(path)
    return found


def _parsed(articles: Iterable[Article]) -> Iterator[tuple[Article, list]]:
    """(article, docs) pairs, parsing all paragraphs in one `nlp.pipe` stream so batches span articles.

    Only the articles whose paragraphs are in flight are held in memory.
    """
    from quizapp.generation.nlp import pipeline

    waiting: dict[int, Article] = {}

    def stream() -> Iterator[tuple[str, int]]:
        for number, article in enumerate(articles):
            waiting[number] = article
            for paragraph in article.paragraphs:
                yield paragraph.text, number

    current_number, current = 0, []
    for doc, number in pipeline().pipe(stream(), as_tuples=True, batch_size=BATCH_PARAGRAPHS):
        if number != current_number:
            yield waiting.pop(current_number), current
            current_number, current = number, []
        current.append(doc)
    if current:
        yield waiting.pop(current_number), current


def render_bank(article: Article, docs: list, options: GenerationOptions, out_dir: Path) -> Outcome:
    """The bank text for `article` in `out_dir`, merged with the bank already there (or why there is none)."""
    target = out_dir / f"{article.slug}.yaml"
    items = items_from(analyse(article, docs), options)
    if not items:
        return Outcome(
            Path(article.source_path or ""), target, error="nothing to ask: no usable questions in this story"
        )
    bank: Bank = bank_for(article, items)
    if target.exists():
        existing = check_bank_file(target)
        if existing.bank is None:
            first = existing.problems[0] if existing.problems else "unreadable"
            return Outcome(
                Path(article.source_path or ""),
                target,
                error=f"the existing bank {target} has errors ({first}); fix it first so no edit is lost",
            )
        bank = merge_banks(existing.bank, bank)
    text = dump_bank(bank, schema_reference(target))
    return Outcome(Path(article.source_path or ""), target, text, len(bank.items))


# What a news story can be and still be read in reasonable time (the longest features run to some
# 60,000 characters in a few hundred paragraphs). A story over a limit is reported and skipped; the others
# are still written.
MAX_STORY_CHARS = 300_000
MAX_PARAGRAPHS = 2_000
MAX_PARAGRAPH_CHARS = 20_000  # far under spaCy's own max_length (1,000,000), which would raise


def over_limit(article: Article) -> str | None:
    """Why `article` is too large to generate questions from, or None."""
    paragraphs = article.paragraphs
    total = sum(len(p.text) for p in paragraphs)
    if total > MAX_STORY_CHARS:
        return f"the story is too long to make questions from ({total:,} characters; the limit is {MAX_STORY_CHARS:,})"
    if len(paragraphs) > MAX_PARAGRAPHS:
        return f"the story has too many paragraphs ({len(paragraphs):,}; the limit is {MAX_PARAGRAPHS:,})"
    longest = max((len(p.text) for p in paragraphs), default=0)
    if longest > MAX_PARAGRAPH_CHARS:
        return f"a paragraph is too long to be news text ({longest:,} characters; the limit is {MAX_PARAGRAPH_CHARS:,})"
    return None


def _readable(paths: list[Path], failures: list[Outcome]) -> Iterator[Article]:
    for path in paths:
        try:
            article = read_article(path)
        except ArticleError as exc:
            failures.append(Outcome(path, None, error=exc.reason))
            continue
        reason = over_limit(article)
        if reason:
            failures.append(Outcome(path, None, error=reason))
            continue
        yield article


def generate_serial(paths: list[Path], options: GenerationOptions, out_dir: Path) -> Iterator[Outcome]:
    """Outcomes in input order, parsing in one process."""
    failures: list[Outcome] = []
    for article, docs in _parsed(_readable(paths, failures)):
        while failures:
            yield failures.pop(0)
        try:
            yield render_bank(article, docs, options, out_dir)
        except Exception as exc:  # one story that trips the generator must not cost the others their banks
            log = log_unexpected(exc)
            yield Outcome(Path(article.source_path or ""), None, error=f"could not make questions (details in {log})")
    yield from failures


def _one(job: tuple[Path, GenerationOptions, Path]) -> Outcome:
    path, options, out_dir = job
    return next(iter(generate_serial([path], options, out_dir)))


def generate_outcomes(paths: list[Path], options: GenerationOptions, out_dir: Path, jobs: int = 1) -> Iterator[Outcome]:
    """Outcomes for every path; with `jobs` > 1, worker processes share the files."""
    if jobs <= 1 or len(paths) < 2:
        yield from generate_serial(paths, options, out_dir)
        return
    workers = min(jobs, len(paths), os.cpu_count() or 1)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_one, [(p, options, out_dir) for p in paths], chunksize=4)


Progress = Callable[[int, int, Path], None]
