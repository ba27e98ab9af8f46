"""Parse a bank's YAML text, reporting every syntax error a teacher is likely to make.

A YAML parser stops at the first error. To report all of them, the item that holds an
error is blanked out (its lines kept, so line numbers stay right) and the text is parsed
again, until it parses or the error lies outside the ``items`` list.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

import yaml
from yaml.nodes import Node

from quizapp.banks.yamldoc import compose

MAX_ROUNDS = 50
_ITEMS_KEY = re.compile(r"^items\s*:\s*(?:#.*)?$")
_LIST_ENTRY = re.compile(r"^(?P<indent>[ ]*)-(?:\s|$)")
_OPEN_QUOTE = re.compile(r"^\s*(?:-\s+)?(?:[\w.-]+\s*:\s+)?(?:-\s+)?(?P<quote>[\"'])(?P<rest>.*)$")


def _unclosed_quote(line: str) -> bool:
    match = _OPEN_QUOTE.match(line)
    if not match:
        return False
    quote, rest = match["quote"], match["rest"]
    if quote == '"':
        return re.search(r'(?<!\\)"', rest) is None
    return re.search(r"'(?!')", rest.replace("''", "")) is None


def _friendly(problem: str, line_text: str) -> str:
    text = problem.lower()
    if "tab" in text or ("cannot start any token" in text and "\t" in line_text):
        return "a tab character is used for indentation; indent with spaces only"
    if "mapping values are not allowed" in text:
        return "unexpected ':' on this line; check its indentation, or put the text in quotes if it contains ': '"
    if "did not find expected '-' indicator" in text or "expected <block end>" in text:
        return "this line's indentation does not line up with the lines above it"
    if "did not find expected key" in text or "could not find expected ':'" in text:
        return "this line does not fit here; check its indentation and that every quote is closed"
    return f"YAML syntax error: {problem}"


def _error_position(exc: yaml.MarkedYAMLError, lines: list[str]) -> tuple[int, int, str]:
    """Pick the line a teacher should look at, with a message in plain words (0-based line)."""
    problem = exc.problem or str(exc)
    context = exc.context or ""
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    if "quoted scalar" in context and context_mark is not None:
        return context_mark.line, context_mark.column, "a quote opened here is never closed"
    end = problem_mark.line if problem_mark else len(lines) - 1
    start = context_mark.line if context_mark else end
    for index in range(max(0, start), min(end + 1, len(lines))):
        if _unclosed_quote(lines[index]):
            column = lines[index].find('"') if '"' in lines[index] else lines[index].find("'")
            return index, max(column, 0), "a quote opened here is never closed"
    mark = problem_mark or context_mark
    line = mark.line if mark else 0
    column = mark.column if mark else 0
    line_text = lines[line] if 0 <= line < len(lines) else ""
    return line, column, _friendly(problem, line_text)


def _item_span(lines: list[str], line: int) -> tuple[int, int] | None:
    """The 0-based [start, end) lines of the entry of ``items:`` that holds `line`."""
    items_at = next((i for i, text in enumerate(lines) if _ITEMS_KEY.match(text)), None)
    if items_at is None or line <= items_at:
        return None
    indent: int | None = None
    starts: list[int] = []
    for index in range(items_at + 1, len(lines)):
        text = lines[index]
        lead = len(text) - len(text.lstrip(" "))
        if not text.strip() or text.lstrip().startswith("#") or text[lead : lead + 1] == "\t":
            continue
        is_entry = bool(_LIST_ENTRY.match(text))
        if indent is None:
            if not is_entry:
                return None
            indent = lead
        if lead <= indent:
            starts.append(index)
            if not is_entry and index > line:
                break
    else:
        starts.append(len(lines))
    for begin, end in itertools.pairwise(starts):
        if begin <= line < end:
            return begin, end
    return None


@dataclass
class ParsedText:
    """The node tree of a bank file (None if unusable), its syntax errors and the items blanked out."""

    node: Node | None
    errors: list[tuple[int, int, str]] = field(default_factory=list)
    blanked_lines: set[int] = field(default_factory=set)  # 1-based first lines of blanked items


def parse_yaml_text(text: str) -> ParsedText:
    """Compose `text`, collecting (line, column, message) syntax errors with 1-based positions."""
    lines = text.split("\n")
    result = ParsedText(node=None)
    errors = result.errors
    for _ in range(MAX_ROUNDS):
        try:
            result.node = compose("\n".join(lines))
            return result
        except yaml.MarkedYAMLError as exc:
            line, column, message = _error_position(exc, lines)
            errors.append((line + 1, column + 1, message))
            span = _item_span(lines, line)
            if span is None:
                return result
            begin, end = span
            if begin + 1 in result.blanked_lines:
                return result
            result.blanked_lines.add(begin + 1)
            indent = len(lines[begin]) - len(lines[begin].lstrip(" "))
            lines[begin] = " " * indent + "- {}"
            for index in range(begin + 1, end):
                lines[index] = ""
        except yaml.YAMLError as exc:
            errors.append((1, 1, f"YAML error: {exc}"))
            return result
    return result
