"""What a desk file may hold, checked before anything of it is merged.

A desk file (a desk export or another desk's database) comes from another computer, perhaps from an older
app, perhaps edited or broken on the way. Every row of every table is checked against the schema below:
the type of each value, its range (a score is never negative, a confidence lies between 0 and 1), the form
of ids (UUIDs, content hashes) and times (ISO 8601), and the size of every text and table. A file with any
problem is refused whole, with its first problems named; nothing of it is merged.

`fastjsonschema` answers "valid or not" fast (the schema is compiled once); `jsonschema` then words the
problems of a file that has some.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from quizapp.banks.skills import ITEM_TYPES

UUID = {"type": "string", "pattern": "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"}
HASH = {"type": "string", "pattern": "^[0-9a-f]{16,128}$"}
TIME = {
    "type": "string",
    "maxLength": 40,
    "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$",
}
FLAG = {"type": "integer", "enum": [0, 1]}
WHOLE = {"type": "integer", "minimum": -(2**63), "maximum": 2**63 - 1}  # what SQLite can hold
POINTS = {"type": "number", "minimum": 0, "maximum": 1_000_000}
MAX_ROWS = 2_000_000


def _text(limit: int) -> dict[str, Any]:
    return {"type": "string", "maxLength": limit}


NAME = _text(500)
JSON_TEXT = _text(2_000_000)  # lists and settings kept as JSON text


def _maybe(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _table(required: dict[str, Any], optional: dict[str, Any] | None = None) -> dict[str, Any]:
    row = {
        "type": "object",
        "properties": {**required, **(optional or {})},
        "required": sorted(required),
        "additionalProperties": False,
    }
    return {"type": "array", "maxItems": MAX_ROWS, "items": row}


TABLE_SCHEMAS: dict[str, dict[str, Any]] = {
    "students": _table({"uuid": UUID, "name": NAME, "login": NAME, "created_at": TIME}),
    "classes": _table({"uuid": UUID, "name": NAME, "created_at": TIME}),
    "class_members": _table({"class": UUID, "student": UUID}),
    "sessions": _table(
        {"uuid": UUID, "name": NAME, "created_at": TIME},
        {
            "class": _maybe(UUID),
            "banks": _maybe(JSON_TEXT),
            "settings": _maybe(JSON_TEXT),
            "seed": _maybe(WHOLE),
            "shuffle": FLAG,
            "closed_at": _maybe(TIME),
        },
    ),
    "item_snapshots": _table(
        {
            "hash": HASH,
            "bank": NAME,
            "item": NAME,
            "type": {"type": "string", "enum": list(ITEM_TYPES)},
            "skill": NAME,
            "prompt": _text(100_000),
            "choices": JSON_TEXT,
            "answer": JSON_TEXT,
            "data": JSON_TEXT,
        },
        {
            "family": _maybe(NAME),
            "difficulty": _maybe({"type": "integer", "minimum": 1, "maximum": 3}),
            "scoring": _maybe(NAME),
            "explanation": _maybe(_text(200_000)),
            "evidence": _maybe(JSON_TEXT),
        },
    ),
    "attempts": _table(
        {
            "uuid": UUID,
            "mode": {"type": "string", "enum": ["practice", "test", "timed"]},
            "seed": WHOLE,
            "settings": JSON_TEXT,
            "banks": JSON_TEXT,
            "started_at": TIME,
            "timed_out": FLAG,
        },
        {
            "student": _maybe(UUID),
            "session": _maybe(UUID),
            "ended_at": _maybe(TIME),
            "score": _maybe(POINTS),
            "max_score": _maybe(POINTS),
            "app_version": _maybe(_text(50)),
        },
    ),
    "answers": _table(
        {
            "uuid": UUID,
            "attempt": UUID,
            "position": {"type": "integer", "minimum": 0, "maximum": 100_000},
            "bank": NAME,
            "item": NAME,
            "item_hash": HASH,
            "skill": NAME,
            "correct": FLAG,
            "score": POINTS,
            "max_score": POINTS,
            "elapsed_ms": {"type": "integer", "minimum": 0, "maximum": 10**12},
            "answered_at": TIME,
            "skipped": FLAG,
        },
        {
            "student": _maybe(UUID),
            "response": _maybe(JSON_TEXT),
            "confidence": _maybe({"type": "number", "minimum": 0, "maximum": 1}),
        },
    ),
}

SCHEMA: dict[str, Any] = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object",
    "properties": TABLE_SCHEMAS,
    "additionalProperties": False,
}


@cache
def _fast() -> Any:
    import fastjsonschema

    return fastjsonschema.compile(SCHEMA)


# Columns that hold JSON text, and the kind of value that text must hold.
JSON_COLUMNS: dict[str, dict[str, type]] = {
    "sessions": {"banks": list, "settings": dict},
    "item_snapshots": {"choices": list, "answer": list, "evidence": list, "data": dict},  # scoring: a word
    "attempts": {"settings": dict, "banks": list},
    "answers": {"response": list},
}


def _json_problems(tables: dict[str, list[dict[str, Any]]], most: int) -> list[str]:
    """Cells that should hold JSON text of a list or a group of fields and do not."""
    problems = []
    for table, columns in JSON_COLUMNS.items():
        for number, row in enumerate(tables.get(table) or [], start=1):
            for column, kind in columns.items():
                text = row.get(column)
                if text is None:
                    continue
                try:
                    value = json.loads(text)
                except (ValueError, RecursionError):
                    value = None
                if not isinstance(value, kind):
                    problems.append(f"{table} row {number}, {column}: is not the JSON {kind.__name__} it should be")
                    if len(problems) >= most:
                        return problems
    return problems


def desk_problems(tables: dict[str, list[dict[str, Any]]], most: int = 5) -> list[str]:
    """The first `most` problems of a desk's tables, each naming the table, row and column; [] when valid."""
    import fastjsonschema

    try:
        _fast()(tables)
        return _json_problems(tables, most)
    except fastjsonschema.JsonSchemaException:
        pass
    except RecursionError:
        return ["the file is nested too deeply"]
    import jsonschema

    problems = []
    validator = jsonschema.Draft7Validator(SCHEMA)
    for error in sorted(validator.iter_errors(tables), key=lambda e: [str(p) for p in e.absolute_path])[:most]:
        where = _where(list(error.absolute_path))
        value = error.instance if not isinstance(error.instance, dict | list) else None
        shown = f" ({str(value)[:40]!r})" if value is not None else ""
        problems.append(f"{where}{shown}: {error.message if len(error.message) < 160 else error.validator}")
    return problems or ["the tables do not have the form of a desk export"]


def _where(path: list[Any]) -> str:
    if not path:
        return "the tables"
    table = path[0]
    if len(path) >= 2 and isinstance(path[1], int):
        column = f", {path[2]}" if len(path) >= 3 else ""
        return f"{table} row {path[1] + 1}{column}"
    return str(table)
