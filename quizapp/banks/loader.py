"""Load bank files: parse, check the format version, validate schema and meaning, build `Bank`s.

The parser and the checks are imported when a bank is checked, and the bank model when a bank is built, not
with this module: a bank found valid before is built from the record of that check (`quizapp.banks.checkcache`)
without PyYAML, and the library can list banks from their summaries (`quizapp.banks.summaries`) without either.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizapp.banks.checkcache import CheckCache, digest
from quizapp.banks.files import MAX_BANK_BYTES, find_bank_files
from quizapp.banks.problems import Problem
from quizapp.errors import BankError
from quizapp.fileio import UnreadableFile, read_limited

if TYPE_CHECKING:
    from quizapp.banks.model import Bank
    from quizapp.banks.yamldoc import Located


@dataclass
class BankCheck:
    """The outcome of checking one bank file: the bank when valid, and every problem found."""

    path: str
    bank: Bank | None
    problems: list[Problem] = field(default_factory=list)
    sha256: str = ""  # of the file's bytes, once they were read
    size: int = 0  # their number

    @property
    def ok(self) -> bool:
        return self.bank is not None and not self.problems


def _item_id(data: Any, path: tuple[Any, ...]) -> str | None:
    if len(path) >= 2 and path[0] == "items" and isinstance(path[1], int) and isinstance(data, dict):
        items = data.get("items")
        if isinstance(items, list) and 0 <= path[1] < len(items) and isinstance(items[path[1]], dict):
            item_id = items[path[1]].get("id")
            return str(item_id) if item_id is not None else f"#{path[1] + 1}"
    return None


class _Reporter:
    def __init__(self, path: str, located: Located) -> None:
        self.path = path
        self.located = located
        self.problems: list[Problem] = []

    def add(self, path: tuple[Any, ...], message: str, *, at_key: bool = False) -> None:
        line, column = self.located.where_key(path) if at_key else self.located.where(path)
        self.problems.append(Problem(self.path, line, column, message, _item_id(self.located.data, path)))


def _article_text(data: dict[str, Any]) -> str | None:
    article = data.get("article")
    if not isinstance(article, dict):
        return None
    parts: list[Any] = [article.get("headline")]
    for caption in article.get("captions") or []:
        parts.append(caption.get("text") if isinstance(caption, dict) else None)
    parts.extend(article.get("paragraphs") or [])
    parts.extend(article.get("end_matter") or [])
    return "\n\n".join(str(p) for p in parts if isinstance(p, str))


def _check_data(report: _Reporter, blanked: set[int]) -> None:
    from quizapp.banks import checks, schemacheck

    data = report.located.data
    items = data.get("items")
    items = items if isinstance(items, list) else []
    erroneous = set()
    for path, at_key, message in schemacheck.schema_errors(data):
        if len(path) >= 2 and path[0] == "items" and report.located.where(path[:2])[0] in blanked:
            continue
        erroneous.add(path)
        report.add(path, message, at_key=at_key)
    article_text = _article_text(data)
    first_line: dict[str, int] = {}
    for index, item in enumerate(items):
        if not isinstance(item, dict) or report.located.where(("items", index))[0] in blanked:
            continue
        item_id = item.get("id")
        if isinstance(item_id, str):
            if item_id in first_line:
                report.add(("items", index, "id"), f"duplicate id (also used on line {first_line[item_id]})")
            else:
                first_line[item_id] = report.located.where(("items", index, "id"))[0]
        for path, message in checks.check_item(item, ("items", index), article_text):
            if path not in erroneous:
                report.add(path, message)


def _build(data: dict[str, Any], lines: list[int], path: str) -> Bank:
    from quizapp.banks.model import Bank, article_from_dict, item_from_dict

    article = data.get("article")
    return Bank(
        id=str(data["id"]),
        title=str(data["title"]),
        format=str(data["format"]),
        language=str(data.get("language") or "en"),
        description=str(data.get("description") or "").strip(),
        tags=tuple(str(t) for t in data.get("tags") or []),
        article=article_from_dict(article, source=path) if isinstance(article, dict) else None,
        generator=dict(data.get("generator") or {}),
        items=tuple(item_from_dict(item, line=line) for item, line in zip(data.get("items") or [], lines, strict=True)),
        path=path,
    )


def _quick_check(node: Any, name: str) -> tuple[BankCheck, dict[str, Any], list[int]] | None:
    """The check of a bank with no problem at all, without the positions only a problem needs; None when the
    bank has any (the full check then finds each, with its line and column)."""
    from quizapp.banks import checks, schemacheck
    from quizapp.banks.versions import format_major, upgrade
    from quizapp.banks.yamldoc import item_lines, plain_from_node

    try:
        data = plain_from_node(node)
        if not isinstance(data, dict):
            return None
        data = upgrade(data, format_major(data.get("format")))
    except ValueError:  # a tree the quick way cannot take, or a format line with a problem (FormatVersionError)
        return None
    if not schemacheck.is_valid(data):
        return None
    items = data.get("items") or []
    lines = item_lines(node)
    if len(lines) != len(items) or len({item.get("id") for item in items}) != len(items):
        return None
    article_text = _article_text(data)
    for index, item in enumerate(items):
        if next(iter(checks.check_item(item, ("items", index), article_text)), None) is not None:
            return None
    return BankCheck(name, _build(data, lines, name), []), data, lines


def _check(text: str, name: str) -> tuple[BankCheck, dict[str, Any] | None, list[int]]:
    """The check of a bank's text, with its data (format upgraded) and the line of each item when valid."""
    from quizapp.banks.syntax import parse_yaml_text
    from quizapp.banks.versions import FormatVersionError, format_major, upgrade
    from quizapp.banks.yamldoc import located_from_node

    parsed = parse_yaml_text(text)
    if parsed.node is not None and not parsed.errors:
        quick = _quick_check(parsed.node, name)
        if quick is not None:
            return quick
    problems = [Problem(name, line, column, message) for line, column, message in parsed.errors]
    if parsed.node is None:
        return BankCheck(name, None, problems or [Problem(name, 1, 1, "the file holds no bank")]), None, []
    try:
        located = located_from_node(parsed.node)
    except RecursionError as exc:
        return BankCheck(name, None, [*problems, Problem(name, 1, 1, str(exc))]), None, []
    report = _Reporter(name, located)
    report.problems.extend(problems)
    report.problems.extend(Problem(name, line, col, message) for line, col, message in located.problems)
    data = located.data
    if not isinstance(data, dict):
        report.add((), "a bank must be a set of fields such as 'format:', 'id:', 'title:' and 'items:'")
        return BankCheck(name, None, report.problems), None, []
    try:
        major = format_major(data.get("format"))
    except FormatVersionError as exc:
        report.add(("format",) if "format" in data else (), str(exc))
        if exc.fatal:
            return BankCheck(name, None, report.problems), None, []
        major = 1
        data["format"] = "quizapp-bank/1"
    data = located.data = upgrade(data, major)
    _check_data(report, parsed.blanked_lines)
    problems = sorted(set(report.problems), key=lambda p: (p.line, p.column, p.message))
    if problems:
        return BankCheck(name, None, problems), None, []
    lines = [located.where(("items", index))[0] for index in range(len(data.get("items") or []))]
    return BankCheck(name, _build(data, lines, name), []), data, lines


def check_bank_text(text: str, path: str | Path = "<bank>") -> BankCheck:
    """Check bank YAML text; return the bank (if valid) and every problem with its position."""
    return _check(text, str(path))[0]


@dataclass
class RawBank:
    """The bytes of a bank file that no record of an earlier check covers: they must be parsed and checked."""

    name: str
    raw: bytes
    key: str  # their SHA-256


def open_bank_file(path: str | Path, cache: CheckCache | None = None) -> BankCheck | RawBank:
    """Read one bank file: the bank built from the record of an earlier check of the same bytes (with a
    `cache`), the failed read's problem, or the bytes still to be checked (`check_raw`)."""
    name = str(path)
    try:
        raw = read_limited(path, MAX_BANK_BYTES, "question bank")
    except UnreadableFile as exc:
        return BankCheck(name, None, [Problem(name, 0, 0, exc.reason)])
    key = digest(raw)
    if cache is not None and (known := cache.lookup(key, len(raw))) is not None:
        try:
            return BankCheck(name, _build(known[0], known[1], name), [], key, len(raw))
        except Exception:  # a record that does not fit (edited by hand?): check the file in full instead
            pass
    return RawBank(name, raw, key)


def check_raw(bank: RawBank) -> tuple[BankCheck, dict[str, Any] | None, list[int]]:
    """Parse and check a bank's bytes: the check, and the data and item lines a cache keeps of a valid one."""
    name, raw = bank.name, bank.raw
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        message = f"the file is not UTF-8 text (byte offset {exc.start}); save it as UTF-8"
        return BankCheck(name, None, [Problem(name, 0, 0, message)], bank.key, len(raw)), None, []
    result, data, lines = _check(text.replace("\r\n", "\n"), name)
    result.sha256, result.size = bank.key, len(raw)
    return result, data, lines


def check_bank_file(path: str | Path, cache: CheckCache | None = None) -> BankCheck:
    """Read and check one bank file. With a `cache`, a bank whose bytes were found valid before is built from
    the data kept then, without parsing and validating it again."""
    opened = open_bank_file(path, cache)
    if isinstance(opened, BankCheck):
        return opened
    result, data, lines = check_raw(opened)
    if cache is not None and data is not None:
        cache.remember(result.sha256, result.size, data, lines)
    return result


def load_bank(path: str | Path) -> Bank:
    """Load one valid bank; raises `BankError` listing every problem otherwise."""
    result = check_bank_file(path)
    if result.bank is None:
        raise BankError(path, result.problems)
    return result.bank


@dataclass
class LoadedBanks:
    """Banks that loaded, and the problems of those that did not (checked together)."""

    banks: list[Bank] = field(default_factory=list)
    checks: list[BankCheck] = field(default_factory=list)

    @property
    def failed(self) -> list[BankCheck]:
        return [check for check in self.checks if not check.ok]

    @property
    def problems(self) -> list[Problem]:
        return [problem for check in self.checks for problem in check.problems]


def load_banks(paths: Iterable[str | Path]) -> LoadedBanks:
    """Load every bank under `paths`; item ids must be unique across all of them.

    A bank with any problem is rejected whole; the others still load.
    """
    result = LoadedBanks()
    owners: dict[str, tuple[str, int]] = {}
    for path in find_bank_files(paths):
        check = check_bank_file(path)
        result.checks.append(check)
        if check.bank is None:
            continue
        clashes = [
            Problem(check.path, item.line, 1, f"id already used in {owners[item.id][0]}:{owners[item.id][1]}", item.id)
            for item in check.bank.items
            if item.id in owners
        ]
        if clashes:
            check.problems.extend(clashes)
            check.bank = None
            continue
        for item in check.bank.items:
            owners[item.id] = (check.path, item.line)
        result.banks.append(check.bank)
    return result
