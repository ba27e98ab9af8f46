"""``import_file``: read questions from GIFT, Aiken or Moodle XML into a new bank.

As in Moodle, one bad question never costs the file: it is left out and reported with its line, and
every other question comes in. A file none of whose questions can be used is refused, and nothing is
written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quizapp.banks.loader import check_bank_text
from quizapp.banks.model import Bank
from quizapp.banks.save import dump_bank
from quizapp.banks.skills import SKILLS
from quizapp.fileio import UnreadableFile, read_limited
from quizapp.interop.categories import TAG_PREFIX, bank_title_of, category_segments, category_tag, is_own_layout
from quizapp.interop.drafts import draft_problems, item_id, slug, to_item
from quizapp.interop.errors import InteropError, SourceProblem
from quizapp.interop.formats import Draft
from quizapp.interop.identifiers import UniqueNames
from quizapp.interop.registry import importer
from quizapp.plural import count

MAX_BYTES = 50 * 1024 * 1024
MAX_QUESTIONS = 20_000  # a bank this size loads in a few seconds; a larger file is split into several banks
DEFAULT_SKILL = "detail"


@dataclass(frozen=True)
class ImportResult:
    """The new bank, the questions left out (by type, and for mistakes) and notes on questions changed to fit."""

    bank: Bank
    source: Path
    skipped: tuple[SourceProblem, ...] = ()
    notes: tuple[SourceProblem, ...] = ()
    mistakes: tuple[SourceProblem, ...] = ()

    def summary(self) -> str:
        """A few lines for people: what came in, then every question left out and every note."""
        lines = [f"{self.source}: {count(len(self.bank.items), 'question')} imported"]
        if self.mistakes:
            lines.append(f"{count(len(self.mistakes), 'question')} left out for a mistake (fix and import again):")
            lines.extend(f"  {problem}" for problem in self.mistakes)
        if self.skipped:
            lines.append(f"{count(len(self.skipped), 'question')} left out (type not supported):")
            lines.extend(f"  {problem}" for problem in self.skipped)
        lines.extend(f"note: {problem}" for problem in self.notes)
        return "\n".join(lines)


def _read_bytes(source: Path) -> bytes:
    try:
        return read_limited(source, MAX_BYTES, "question file")
    except UnreadableFile as exc:
        raise InteropError(str(exc)) from None


def bank_id_for(path: str | Path) -> str:
    """A bank id made from a file name (``My Quiz.yaml`` gives ``My-Quiz``)."""
    return slug(Path(path).stem) or "imported"


def import_file(
    path: str | Path,
    fmt: str,
    *,
    bank_id: str | None = None,
    title: str | None = None,
    default_skill: str = DEFAULT_SKILL,
) -> ImportResult:
    """Read every question of `path` in format `fmt` into a bank (items ``origin: authored``).

    A malformed question is left out and listed with its line in `ImportResult.mistakes`; questions of
    types the app has no equivalent for are left out and listed in `ImportResult.skipped`. When no
    question can be used, `InteropError` lists every problem and nothing is made.
    """
    source = Path(path)
    chosen = importer(fmt)
    if default_skill not in SKILLS:
        raise InteropError(f"unknown skill {default_skill!r}; choose from {', '.join(SKILLS)}")
    read = chosen.read(_read_bytes(source))
    name = str(source)
    mistakes = [SourceProblem(name, line, message) for line, message in read.errors]
    drafts = []
    for draft in read.drafts:
        found = list(draft_problems(draft))
        if found:
            mistakes.append(SourceProblem(name, draft.line, "; ".join(found)))
        else:
            drafts.append(draft)
    mistakes.sort(key=lambda problem: problem.line)
    if len(drafts) > MAX_QUESTIONS:
        raise InteropError(
            f"{source}: holds {len(drafts):,} questions; a bank holds at most {MAX_QUESTIONS:,}, "
            "so split the file into several; nothing was written"
        )
    skipped = tuple(SourceProblem(name, line, message) for line, message in read.skipped)
    if not drafts:
        raise InteropError(
            f"{source}: holds no question the app can use ({chosen.title}); nothing was written",
            sorted([*mistakes, *skipped], key=lambda problem: problem.line),
        )
    notes = [SourceProblem(name, line, message) for line, message in read.notes]
    from_categories = _keep_categories(drafts, notes, name)
    bank_title = title or from_categories or source.stem.replace("_", " ")
    identifier = bank_id or bank_id_for(source)
    taken = UniqueNames()
    items = tuple(
        to_item(draft, item_id(draft.name, identifier, number, taken), default_skill)
        for number, draft in enumerate(drafts, start=1)
    )
    bank = Bank(
        id=identifier,
        title=bank_title,
        items=items,
        description=f"Imported from {source.name} ({chosen.title}).",
    )
    _verify(bank, name)
    return ImportResult(bank, source, skipped, tuple(notes), tuple(mistakes))


def _keep_categories(drafts: list[Draft], notes: list[SourceProblem], name: str) -> str | None:
    """The bank title the categories give; categories that are not the app's own layout become item tags.

    One ``bank title/skill`` category (as the app exports) names the bank. Any other categories are
    kept on each item as a ``category: …`` tag, named in a note, and the bank is titled after the part
    all of them share.
    """
    paths = {draft.category: category_segments(draft.category) for draft in drafts if draft.category}
    segments = [parts for parts in paths.values() if parts]
    if not segments:
        return None
    if all(is_own_layout(parts) for parts in segments) and len({parts[0] for parts in segments}) == 1:
        return bank_title_of(segments[0])
    for draft in drafts:
        parts = paths.get(draft.category)
        if parts:  # the file's category is the truth: a kept tag from an earlier export gives way to it
            draft.tags = (*(tag for tag in draft.tags if not tag.startswith(TAG_PREFIX)), category_tag(parts))
    kept = sorted({category_tag(parts).removeprefix("category: ") for parts in segments})
    notes.append(
        SourceProblem(name, 0, f"{count(len(kept), 'category', 'categories')} kept as item tags: {'; '.join(kept)}")
    )
    shared: list[str] = []
    for names in zip(*segments, strict=False):
        if len(set(names)) > 1:
            break
        shared.append(names[0])
    return " / ".join(shared) or None


def _verify(bank: Bank, name: str) -> None:
    """Check the bank as `quizapp validate` would before anyone writes it."""
    check = check_bank_text(dump_bank(bank, "schema/bank.schema.json"), f"{name} (as a bank)")
    if check.problems:
        raise InteropError(
            f"{name}: the imported questions do not make a valid bank; nothing was written",
            [SourceProblem(problem.path, problem.line, problem.message) for problem in check.problems],
        )
