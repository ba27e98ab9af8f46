"""Load YAML safely into plain data while remembering where every key and value sits.

Only the standard YAML tags are accepted; any other tag (``!!python/object``, custom
``!tags``) is reported as a problem and nothing is constructed from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from quizapp.yamlsafe import SafeLoader

Path = tuple[Any, ...]
_STANDARD_TAGS = frozenset(
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq", "binary", "omap", "set")
)


@dataclass
class Located:
    """Plain data from a YAML document plus the 1-based (line, column) of its parts."""

    data: Any
    value_marks: dict[Path, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Path, tuple[int, int]] = field(default_factory=dict)
    problems: list[tuple[int, int, str]] = field(default_factory=list)

    def where(self, path: Path) -> tuple[int, int]:
        """The position of the value at `path`, or of its nearest located parent."""
        path = tuple(path)
        while path:
            if path in self.value_marks:
                return self.value_marks[path]
            path = path[:-1]
        return self.value_marks.get((), (1, 1))

    def where_key(self, path: Path) -> tuple[int, int]:
        """The position of the key that introduces `path` (falls back to the value)."""
        return self.key_marks.get(tuple(path)) or self.where(path)


def _position(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


_STR = "tag:yaml.org,2002:str"
MAX_REPEATS = 100_000  # values an alias may bring in again ("billion laughs" bring in billions)


class _Builder:
    def __init__(self) -> None:
        self.constructor = SafeConstructor()
        self.result = Located(data=None)
        self.active: set[int] = set()
        self.seen: set[int] = set()
        self.repeats = 0

    def build(self, node: Node, path: Path) -> Any:
        # Only what aliases bring in again is counted: a large honest file has no repeats at all.
        key = id(node)
        if key in self.seen:
            self.repeats += 1
            if self.repeats > MAX_REPEATS:
                raise RecursionError(
                    f"its aliases expand to too much data (over {MAX_REPEATS:,} repeated values; an alias bomb?)"
                )
        else:
            self.seen.add(key)
        mark = node.start_mark
        self.result.value_marks[path] = (mark.line + 1, mark.column + 1)
        if node.tag == _STR and type(node) is ScalarNode:
            return node.value  # most of a bank: text, which needs no constructing
        if key in self.active:
            raise RecursionError("an alias refers to the value that contains it")
        self.active.add(key)
        try:
            return self._build(node, path)
        finally:
            self.active.discard(key)

    def _build(self, node: Node, path: Path) -> Any:
        if node.tag not in _STANDARD_TAGS:
            line, column = _position(node)
            self.result.problems.append(
                (line, column, f"the tag {node.tag.replace('tag:yaml.org,2002:', '!!')} is not allowed in a bank")
            )
            return None
        if isinstance(node, MappingNode):
            return self._mapping(node, path)
        if isinstance(node, SequenceNode):
            return [self.build(child, (*path, index)) for index, child in enumerate(node.value)]
        assert isinstance(node, ScalarNode)
        try:
            value = self.constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError, TypeError) as exc:  # "2024-02-30", "!!int abc"
            line, column = _position(node)
            self.result.problems.append((line, column, f"this value cannot be read ({exc})"))
            return None
        if isinstance(value, bool) and node.value.lower() not in ("true", "false"):
            return node.value  # yes/no/on/off stay text, as in YAML 1.2
        if isinstance(value, datetime | date):
            return value.isoformat()
        if isinstance(value, bytes):
            return None
        return value

    def _mapping(self, node: MappingNode, path: Path) -> dict[Any, Any]:
        mapping: dict[Any, Any] = {}
        first_seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag not in _STANDARD_TAGS:
                line, column = _position(key_node)
                self.result.problems.append((line, column, "a key must be a plain word"))
                continue
            if key_node.tag == _STR:
                key = key_node.value
            else:
                key = self.constructor.construct_object(key_node)
                key = key if isinstance(key, str | int) else str(key)
            line, column = _position(key_node)
            if key in first_seen:
                self.result.problems.append(
                    (line, column, f"duplicate key '{key}' (it is already given on line {first_seen[key]})")
                )
                continue
            first_seen[key] = line
            self.result.key_marks[(*path, key)] = (line, column)
            mapping[key] = self.build(value_node, (*path, key))
        return mapping


def compose(text: str) -> Node | None:
    """Parse `text` to a YAML node tree (safe loader, C version when present)."""
    return yaml.compose(text, Loader=SafeLoader)


def located_from_node(node: Node | None) -> Located:
    """Turn a composed node tree into plain data with positions."""
    builder = _Builder()
    builder.result.data = builder.build(node, ()) if node is not None else None
    return builder.result
