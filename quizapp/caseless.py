"""Case-insensitive patterns that search lower-cased text.

With `re.IGNORECASE` the engine folds the case of every character it tries and cannot skip ahead to a pattern's
first letters, so a case-insensitive search of a sentence costs two to four times a plain one. The generator asks
dozens of such patterns of every sentence of every story. A `Caseless` pattern is written in lower case and
searched in the lower-cased text instead: the same matches, found faster.

Matches keep the positions of the text given, and their groups are read from that text, in its own case. Where
lower-casing would change the text's length (a few letters, such as "İ", become two), the flagged pattern is used.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

_ESCAPE = re.compile(r"\\.|\(\?P[<=]")  # escapes such as \S and \B, and named groups, are no letters to match


class CaselessMatch:
    """A match found in the lower-cased text, read back from the text as given."""

    __slots__ = ("_match", "string")

    def __init__(self, match: re.Match[str], string: str) -> None:
        self._match = match
        self.string = string

    def group(self, *names: int | str) -> str | tuple[str | None, ...] | None:
        if len(names) > 1:
            return tuple(self._one(name) for name in names)
        return self._one(names[0] if names else 0)

    def _one(self, name: int | str) -> str | None:
        start, end = self._match.span(name)
        return None if start < 0 else self.string[start:end]

    __getitem__ = _one

    def groups(self) -> tuple[str | None, ...]:
        return tuple(self._one(i) for i in range(1, (self._match.re.groups or 0) + 1))

    def groupdict(self) -> dict[str, str | None]:
        return {name: self._one(name) for name in self._match.re.groupindex}

    def start(self, name: int | str = 0) -> int:
        return self._match.start(name)

    def end(self, name: int | str = 0) -> int:
        return self._match.end(name)

    def span(self, name: int | str = 0) -> tuple[int, int]:
        return self._match.span(name)


class Caseless:
    """A pattern matched without regard to case, as `re.compile(pattern, re.IGNORECASE)` would match it.

    The pattern must be written in lower case (outside its escapes): an upper-case letter in it would never match
    lower-cased text, so it is refused when the module is imported. Offers the methods the generator uses:
    `search`, `match`, `fullmatch`, `finditer` and `findall` (through finditer), and `pattern` and `flags` for
    building other patterns from it."""

    __slots__ = ("_flagged", "_lower", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if any(char.isupper() for char in _ESCAPE.sub("", pattern)) or "(?-i" in pattern:
            raise ValueError(f"a caseless pattern is written in lower case and reads no case: {pattern[:60]!r}")
        self.pattern = pattern
        self.flags = flags | re.IGNORECASE
        self._lower = re.compile(pattern, flags)
        self._flagged = re.compile(pattern, self.flags)

    def _pick(self, text: str) -> tuple[re.Pattern[str], str]:
        lowered = text.lower()
        return (self._lower, lowered) if len(lowered) == len(text) else (self._flagged, text)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> CaselessMatch | None:
        pattern, target = self._pick(text)
        found = pattern.search(target, pos, endpos)
        return None if found is None else CaselessMatch(found, text)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> CaselessMatch | None:
        pattern, target = self._pick(text)
        found = pattern.match(target, pos, endpos)
        return None if found is None else CaselessMatch(found, text)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> CaselessMatch | None:
        pattern, target = self._pick(text)
        found = pattern.fullmatch(target, pos, endpos)
        return None if found is None else CaselessMatch(found, text)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[CaselessMatch]:
        pattern, target = self._pick(text)
        return (CaselessMatch(found, text) for found in pattern.finditer(target, pos, endpos))

    def findall(self, text: str) -> list:
        """As `re.Pattern.findall`: the whole matches, the one group, or tuples of the groups."""
        groups = self._lower.groups
        found = []
        for match in self.finditer(text):
            if groups == 0:
                found.append(match.group())
            elif groups == 1:
                found.append(match.group(1) or "")
            else:
                found.append(tuple(group or "" for group in match.groups()))
        return found

    def sub(self, replacement, text: str, count: int = 0) -> str:
        """Replacements keep the text's own case, so the flagged pattern does the work."""
        return self._flagged.sub(replacement, text, count)


def caseless(pattern: str, flags: int = 0) -> Caseless:
    """A `Caseless` pattern (see the module's notes)."""
    return Caseless(pattern, flags)
