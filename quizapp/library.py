"""The bank library the app shows: every bank file in the bank folders, with the last good version.

A bank that breaks while the app runs (a teacher's edit with a mistake) keeps its last good
version usable and reports its problems until the file is fixed.

Before the banks are read, an unchanged library can be listed from the summaries its last read left
(`BankLibrary.preview`, see `quizapp.banks.summaries`): entries with a summary and no bank yet.
"""

from __future__ import annotations

import contextlib
import gc
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizapp.banks.checkcache import CheckCache, digest
from quizapp.banks.files import MAX_BANK_BYTES, find_bank_files
from quizapp.banks.summaries import BankSummary, SummaryIndex, summarize
from quizapp.fileio import UnreadableFile, read_limited

if TYPE_CHECKING:
    from quizapp.banks.loader import BankCheck, RawBank
    from quizapp.banks.model import Bank
    from quizapp.banks.problems import Problem


@dataclass
class BankEntry:
    """One bank file: its last good bank (if any) and its current problems.

    An entry of a preview has no bank yet, only the `summary` of the valid bank its unchanged bytes hold."""

    path: Path
    bundled: bool
    bank: Bank | None = None
    problems: list[Problem] = field(default_factory=list)
    summary: BankSummary | None = None
    content: tuple[str, int] | None = None  # SHA-256 and size of the bytes `bank` was read from

    @property
    def valid(self) -> bool:
        return self.bank is not None and not self.problems

    @property
    def state(self) -> str:
        """ "valid", "errors" or "errors, showing the last good version"."""
        if not self.problems:
            return "valid"
        return "errors, showing the last good version" if self.bank is not None else "errors"

    @property
    def title(self) -> str:
        if self.bank is not None:
            headline = self.bank.article.headline if self.bank.article else self.bank.title
        elif self.summary is not None:
            headline = self.summary.headline
        else:
            return self.path.stem
        return f"Example, not news: {headline}" if self.is_example else headline

    @property
    def is_example(self) -> bool:
        """A bank tagged "example" (the format tour): an invented story, never to be taken for news."""
        if self.bank is not None:
            return "example" in self.bank.tags
        return self.summary is not None and self.summary.example

    @property
    def publisher(self) -> str:
        if self.bank is None:
            return self.summary.publisher if self.summary else ""
        article = self.bank.article
        return (article.publisher or "") if article else ""

    @property
    def date(self) -> str:
        if self.bank is None:
            return self.summary.date if self.summary else ""
        article = self.bank.article
        return (article.date or article.metadata.get("date") or "") if article else ""

    def counts(self, by: str) -> Counter[str]:
        """Number of items per ``family`` or ``skill``."""
        if self.bank is None and self.summary is not None:
            return Counter({"family": self.summary.families, "skill": self.summary.skills}[by])
        items = self.bank.items if self.bank else ()
        return Counter(getattr(item, by) for item in items)

    def matches(self, query: str = "", skill: str | None = None, family: str | None = None) -> bool:
        """True when the entry fits a search text and an optional skill or family."""
        if query:
            from quizapp.textnorm import match_key

            haystack = match_key(" ".join([self.title, self.publisher, self.path.stem])).lower()
            if not all(word in haystack for word in match_key(query).lower().split()):
                return False
        if skill and not self.counts("skill").get(skill):
            return False
        return not (family and not self.counts("family").get(family))


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector held off while many banks are read: each read leaves thousands of new objects
    alive, and the collector would walk all of them again and again (a fifth of the time of a first read of a
    large library). Banks hold no cycles; whatever garbage there is waits for the next collection."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _listing_order(entry: BankEntry) -> tuple[bool, str, str]:
    return (not entry.bundled, entry.title.lower(), str(entry.path))


class BankLibrary:
    """The banks under a set of folders (the bundled one first), reloadable one file at a time."""

    def __init__(
        self,
        folders: list[Path],
        bundled: Path | None = None,
        cache: CheckCache | None = None,
        summaries: SummaryIndex | None = None,
    ) -> None:
        self.folders = [Path(f) for f in folders]
        self.cache = cache  # banks found valid before, by content hash and size
        self.summaries = summaries  # what a clean read listed, for the next start's preview
        self.bundled = Path(bundled) if bundled else None
        self._entries: dict[Path, BankEntry] = {}
        self._stamps: dict[Path, tuple[int, int]] = {}  # (mtime_ns, size) when each file was last checked
        self._found: dict[tuple[str, int], BankSummary] | None = None  # a clean read's summaries, not yet kept

    def reload_all(self, *, keep: bool = True) -> None:
        """Read every bank file again; files that vanished are dropped. What the read found (a record of each
        bank checked, the summaries of a clean read) is written for the next start at once, or with `keep`
        False only by `keep_found`, so that the banks can be listed before it is written."""
        if self.cache is not None:
            self.cache.hold()
        found = find_bank_files([f for f in self.folders if f.is_dir()])
        for path in list(self._entries):
            if path not in found:
                del self._entries[path]
                self._stamps.pop(path, None)
        from quizapp.banks.loader import BankCheck  # not for a preview, which checks nothing
        from quizapp.banks.parallel import Checker

        with _collector_paused():
            checker = Checker(len(found))  # banks to parse and check, shared with worker processes when many
            waiting: list[BankEntry] = []
            for path in found:
                entry, opened = self._open(path)
                if isinstance(opened, BankCheck):
                    self._take(entry, opened)
                elif opened is not None:
                    waiting.append(entry)
                    checker.add(opened)
            for entry, checked in zip(waiting, checker.results(), strict=True):
                self._take(entry, *checked)
        self._check_ids()
        self._found = self._summaries()
        if keep:
            self.keep_found()

    def keep_found(self) -> None:
        """Write what the last `reload_all` found for the next start (a cache: failing to write is no error)."""
        if self.cache is not None:
            self.cache.release()
            self.cache.prune()
        if self.summaries is not None and self._found is not None:
            self.summaries.save(self._found)
        self._found = None

    def _summaries(self) -> dict[tuple[str, int], BankSummary] | None:
        """After a read in which every bank is valid and no item id is in two banks: what the list shows."""
        entries = list(self._entries.values())
        if self.summaries is None or any(e.problems or e.bank is None or e.content is None for e in entries):
            return None
        summaries: dict[tuple[str, int], BankSummary] = {}
        for entry in entries:
            summary = summarize(entry.bank) if entry.bank is not None else None
            if summary is None or entry.content is None:
                return None
            summaries[entry.content] = summary
        return summaries

    def preview(self) -> list[BankEntry] | None:
        """The entries the last clean read listed, from their summaries, without reading a bank: when every bank
        file found now has the bytes of one of them and no item id is in two files. None otherwise (the banks
        must be read first). Reads and hashes every file, nothing more."""
        if self.summaries is None or not self.summaries.known():
            return None
        entries: list[BankEntry] = []
        seen: set[str] = set()
        for path in find_bank_files([f for f in self.folders if f.is_dir()]):
            try:
                raw = read_limited(path, MAX_BANK_BYTES, "question bank")
            except UnreadableFile:
                return None
            summary = self.summaries.lookup(digest(raw), len(raw))
            if summary is None or not seen.isdisjoint(summary.item_ids):
                return None
            seen.update(summary.item_ids)
            entries.append(BankEntry(path=path, bundled=self._is_bundled(path), summary=summary))
        return sorted(entries, key=_listing_order)

    def _is_bundled(self, path: Path) -> bool:
        return bool(self.bundled and path.is_relative_to(self.bundled))

    def reload(self, path: Path) -> BankEntry | None:
        """Read one file again (after an edit); None if it no longer exists."""
        path = Path(path)
        if not path.exists():
            self._entries.pop(path, None)
            self._check_ids()
            return None
        entry = self._check(path)
        self._check_ids()
        return entry

    def _check(self, path: Path) -> BankEntry:
        from quizapp.banks.loader import BankCheck, check_raw

        entry, opened = self._open(path)
        if isinstance(opened, BankCheck):
            self._take(entry, opened)
        elif opened is not None:
            self._take(entry, *check_raw(opened))
        return entry

    def _open(self, path: Path) -> tuple[BankEntry, BankCheck | RawBank | None]:
        """The entry of a bank file, and what reading it found: None when the file is unchanged since it was
        last read (no need to parse and validate it again), the bytes still to check, or the check."""
        entry = self._entries.setdefault(path, BankEntry(path=path, bundled=self._is_bundled(path)))
        try:
            stat = path.stat()
            stamp = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            stamp = None
        if stamp is not None and self._stamps.get(path) == stamp:
            return entry, None
        if stamp is not None:
            self._stamps[path] = stamp
        from quizapp.banks.loader import open_bank_file

        return entry, open_bank_file(path, self.cache)

    def _take(
        self, entry: BankEntry, result: BankCheck, data: dict[str, Any] | None = None, lines: list[int] | None = None
    ) -> None:
        """Keep a check's outcome; remember a valid bank checked just now (its `data`) for the next read."""
        entry.problems = list(result.problems)
        if result.bank is not None:
            entry.bank = result.bank
            entry.content = (result.sha256, result.size)
        if self.cache is not None and data is not None:
            self.cache.remember(result.sha256, result.size, data, lines or [])

    def _check_ids(self) -> None:
        from quizapp.banks.problems import Problem

        owners: dict[str, Path] = {}
        for entry in self.entries():
            entry.problems = [p for p in entry.problems if "already used in" not in p.message]
            if entry.bank is None:
                continue
            clashes = [item for item in entry.bank.items if item.id in owners and owners[item.id] != entry.path]
            for item in clashes:
                entry.problems.append(
                    Problem(str(entry.path), item.line, 1, f"id already used in {owners[item.id]}", item.id)
                )
            if not clashes:
                for item in entry.bank.items:
                    owners[item.id] = entry.path

    def entries(self) -> list[BankEntry]:
        """All entries, bundled banks first, then by title."""
        return sorted(self._entries.values(), key=_listing_order)

    def entry(self, path: Path) -> BankEntry | None:
        return self._entries.get(Path(path))

    def usable(self) -> list[Bank]:
        """Banks that can be quizzed on: valid ones, and the last good version of broken ones."""
        return [entry.bank for entry in self.entries() if entry.bank is not None]

    def problems(self) -> list[Problem]:
        return [problem for entry in self.entries() for problem in entry.problems]
