"""The bank library the app shows: every bank file in the bank folders, with the last good version.

A bank that breaks while the app runs (a teacher's edit with a mistake) keeps its last good
version usable and reports its problems until the file is fixed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.banks import Bank, Problem, check_bank_file, find_bank_files
from quizapp.banks.checkcache import CheckCache
from quizapp.textnorm import match_key


@dataclass
class BankEntry:
    """One bank file: its last good bank (if any) and its current problems."""

    path: Path
    bundled: bool
    bank: Bank | None = None
    problems: list[Problem] = field(default_factory=list)

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
        if self.bank is None:
            return self.path.stem
        headline = self.bank.article.headline if self.bank.article else self.bank.title
        return f"Example, not news: {headline}" if self.is_example else headline

    @property
    def is_example(self) -> bool:
        """A bank tagged "example" (the format tour): an invented story, never to be taken for news."""
        return self.bank is not None and "example" in self.bank.tags

    @property
    def publisher(self) -> str:
        article = self.bank.article if self.bank else None
        return (article.publisher or "") if article else ""

    @property
    def date(self) -> str:
        article = self.bank.article if self.bank else None
        return (article.date or article.metadata.get("date") or "") if article else ""

    def counts(self, by: str) -> Counter[str]:
        """Number of items per ``family`` or ``skill``."""
        items = self.bank.items if self.bank else ()
        return Counter(getattr(item, by) for item in items)

    def matches(self, query: str = "", skill: str | None = None, family: str | None = None) -> bool:
        """True when the entry fits a search text and an optional skill or family."""
        if query:
            haystack = match_key(" ".join([self.title, self.publisher, self.path.stem])).lower()
            if not all(word in haystack for word in match_key(query).lower().split()):
                return False
        if skill and not self.counts("skill").get(skill):
            return False
        return not (family and not self.counts("family").get(family))


class BankLibrary:
    """The banks under a set of folders (the bundled one first), reloadable one file at a time."""

    def __init__(self, folders: list[Path], bundled: Path | None = None, cache: CheckCache | None = None) -> None:
        self.folders = [Path(f) for f in folders]
        self.cache = cache  # banks found valid before, by path, size, time and content hash
        self.bundled = Path(bundled) if bundled else None
        self._entries: dict[Path, BankEntry] = {}
        self._stamps: dict[Path, tuple[int, int]] = {}  # (mtime_ns, size) when each file was last checked

    def reload_all(self) -> None:
        """Read every bank file again; files that vanished are dropped."""
        found = find_bank_files([f for f in self.folders if f.is_dir()])
        for path in list(self._entries):
            if path not in found:
                del self._entries[path]
                self._stamps.pop(path, None)
        for path in found:
            self._check(path)
        self._check_ids()
        if self.cache is not None:
            self.cache.prune()

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
        bundled = bool(self.bundled and path.is_relative_to(self.bundled))
        entry = self._entries.setdefault(path, BankEntry(path=path, bundled=bundled))
        try:
            stat = path.stat()
            stamp = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            stamp = None
        if stamp is not None and self._stamps.get(path) == stamp:
            return entry  # unchanged since it was last read: no need to parse and validate it again
        if stamp is not None:
            self._stamps[path] = stamp
        result = check_bank_file(path, self.cache)
        entry.problems = list(result.problems)
        if result.bank is not None:
            entry.bank = result.bank
        return entry

    def _check_ids(self) -> None:
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
        return sorted(self._entries.values(), key=lambda e: (not e.bundled, e.title.lower(), str(e.path)))

    def entry(self, path: Path) -> BankEntry | None:
        return self._entries.get(Path(path))

    def usable(self) -> list[Bank]:
        """Banks that can be quizzed on: valid ones, and the last good version of broken ones."""
        return [entry.bank for entry in self.entries() if entry.bank is not None]

    def problems(self) -> list[Problem]:
        return [problem for entry in self.entries() for problem in entry.problems]
