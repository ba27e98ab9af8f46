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


def _scalar(constructor: SafeConstructor, node: ScalarNode) -> tuple[Any, str | None]:
    """The plain value of a scalar other than text, or None and the reason it cannot be read."""
    try:
        value = constructor.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, OverflowError, TypeError) as exc:  # "2024-02-30", "!!int abc"
        return None, f"this value cannot be read ({exc})"
    if isinstance(value, bool) and node.value.lower() not in ("true", "false"):
        return node.value, None  # yes/no/on/off stay text, as in YAML 1.2
    if isinstance(value, datetime | date):
        return value.isoformat(), None
    if isinstance(value, bytes):
        return None, None
    return value, None


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
        value, problem = _scalar(self.constructor, node)
        if problem:
            line, column = _position(node)
            self.result.problems.append((line, column, problem))
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


_COLLECTION_TAGS = {MappingNode: SafeLoader.DEFAULT_MAPPING_TAG, SequenceNode: SafeLoader.DEFAULT_SEQUENCE_TAG}


class _Loader(SafeLoader):  # type: ignore[misc, valid-type]
    """The safe loader, told at once that a scalar is text when it cannot be anything else (quoted, or plain and
    starting with a character that begins no number, date, null or true/false) and that an untagged mapping or list
    is one. Most of a bank is such text, and the general look-up, called for every value, was a fifth of the time a
    bank takes to read."""

    _typed_starts = frozenset(key for key in SafeLoader.yaml_implicit_resolvers if key)
    _exact = None in SafeLoader.yaml_implicit_resolvers or bool(SafeLoader.yaml_path_resolvers)

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        # `implicit` is a pair for scalars only, and is looked at only when `kind` says it is one
        if (
            kind is ScalarNode
            and not self._exact
            and (not implicit[0] or (value and value[0] not in self._typed_starts))
        ):
            return _STR
        if kind is not ScalarNode and not self._exact:
            return _COLLECTION_TAGS[kind]  # a mapping or a list with no tag of its own
        return super().resolve(kind, value, implicit)  # type: ignore[no-any-return]


def compose(text: str) -> Node | None:
    """Parse `text` to a YAML node tree (safe loader, C version when present)."""
    return yaml.compose(text, Loader=_Loader)


def located_from_node(node: Node | None) -> Located:
    """Turn a composed node tree into plain data with positions."""
    builder = _Builder()
    builder.result.data = builder.build(node, ()) if node is not None else None
    return builder.result


class _NotPlain(Exception):
    """The tree holds something `located_from_node` must report or guard against."""


def plain_from_node(node: Node) -> Any:
    """The plain data of a composed tree, the quick way, without positions: the same data `located_from_node`
    builds when the tree holds nothing for it to report. Raises ValueError when it holds an alias, a duplicate
    key, a key that is not text, a tag that is not allowed or a value that cannot be read, or nests too deep:
    those need `located_from_node`, which reports each where it stands (and stops alias bombs).

    A valid bank is nearly all mappings, lists and text; skipping the positions of each of its values halves the
    time a large library takes to read the first time."""
    constructor = SafeConstructor()
    seen: set[int] = set()

    def build(node: Node) -> Any:
        kind = type(node)
        if kind is ScalarNode:
            if node.tag == _STR:
                return node.value
            if node.tag not in _STANDARD_TAGS:
                raise _NotPlain
            value, problem = _scalar(constructor, node)  # type: ignore[arg-type]
            if problem:
                raise _NotPlain
            return value
        if id(node) in seen or node.tag not in _STANDARD_TAGS:
            raise _NotPlain  # an alias: repeats must be counted
        seen.add(id(node))
        if kind is MappingNode:
            mapping: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if type(key_node) is not ScalarNode or key_node.tag != _STR or key_node.value in mapping:
                    raise _NotPlain
                mapping[key_node.value] = build(value_node)
            return mapping
        if kind is SequenceNode:
            return [build(child) for child in node.value]
        raise _NotPlain

    try:
        return build(node)
    except (_NotPlain, RecursionError):
        raise ValueError("the document needs a full read") from None


def item_lines(node: Node) -> list[int]:
    """The 1-based first line of each entry under the top-level key "items" (none when there is no such list)."""
    if isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode) and key_node.value == "items" and isinstance(value_node, SequenceNode):
                return [child.start_mark.line + 1 for child in value_node.value]
    return []
