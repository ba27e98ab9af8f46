"""Check bank data against the bank JSON Schema and word each error for a teacher."""

from __future__ import annotations

import difflib
import json
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jsonschema

from quizapp.paths import bank_schema_path

_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a group of fields",
    "null": "empty",
}


@cache
def bank_schema() -> dict[str, Any]:
    """The bank JSON Schema shipped with the app."""
    return json.loads(bank_schema_path().read_text(encoding="utf-8"))


@cache
def _validator() -> jsonschema.protocols.Validator:
    import jsonschema  # imported on first validation: it is slow to import

    schema = bank_schema()
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "a group of fields"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return repr(text if len(text) <= 40 else text[:37] + "...")


def field_name(path: tuple[Any, ...]) -> str:
    """A readable name for the field at `path`, e.g. ``answer`` or ``choices[2]``."""
    names = [p for p in path if isinstance(p, str)]
    if not names:
        return "the bank"
    name = names[-1]
    if isinstance(path[-1], int):
        return f"{name}[{path[-1] + 1}]"
    return name


def did_you_mean(word: str, options: list[str] | tuple[str, ...]) -> str:
    """`` (did you mean 'answer'?)`` when `word` is close to one of `options`."""
    close = difflib.get_close_matches(str(word), [str(o) for o in options], n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _types(expected: Any) -> str:
    names = expected if isinstance(expected, list) else [expected]
    return " or ".join(_TYPE_WORDS.get(n, n) for n in names)


def _explain(error: jsonschema.ValidationError) -> list[tuple[tuple[Any, ...], bool, str]]:
    """(path, at_key, message) for one schema error; at_key points at a key rather than its value."""
    path = tuple(error.absolute_path)
    kind = error.validator
    value = error.instance
    name = field_name(path)
    if kind == "required":
        missing = [p for p in error.validator_value if isinstance(value, dict) and p not in value]
        unknown = [k for k in value if k not in error.schema.get("properties", {})]
        # A misspelt key is reported as unknown with a hint; do not also call the field missing.
        return [(path, False, f"missing '{m}'") for m in missing if not did_you_mean(m, unknown)]
    if kind == "additionalProperties":
        known = list(error.schema.get("properties", {}))
        extras = [k for k in value if k not in known] if isinstance(value, dict) else []
        return [((*path, k), True, f"unknown field '{k}'{did_you_mean(k, known)}") for k in extras]
    if kind == "type":
        return [(path, False, f"{name} must be {_types(error.validator_value)}, not {_shown(value)}")]
    if kind == "enum":
        options = [str(o) for o in error.validator_value]
        hint = did_you_mean(value, options) if isinstance(value, str) else ""
        listed = ", ".join(options) if len(options) <= 6 else "one of the documented values"
        return [(path, False, f"{name} must be {listed}, not {_shown(value)}{hint}")]
    if kind in ("minimum", "maximum"):
        low, high = error.schema.get("minimum"), error.schema.get("maximum")
        return [(path, False, f"{name} must be between {low} and {high}, not {_shown(value)}")]
    if kind == "minLength":
        return [(path, False, f"{name} is empty")]
    if kind == "minItems":
        return [(path, False, f"{name} needs at least {error.validator_value} entries")]
    if kind == "pattern":
        if name == "format":
            return [(path, False, f"format must look like 'quizapp-bank/1', not {_shown(value)}")]
        return [(path, False, f"{name} may only hold letters, digits, '.', '_' and '-', not {_shown(value)}")]
    if kind in ("oneOf", "anyOf"):
        return [(path, False, f"{name} has the wrong kind of value ({_shown(value)}) for this item type")]
    return [(path, False, f"{name}: {error.message}")]


@cache
def _fast_validator() -> Any:
    """The bank schema compiled to Python by `fastjsonschema` (some 30 times faster than `jsonschema`, and quick
    to import). It speaks draft 7, which has every keyword the bank schema uses; the schema's own draft and
    id are swapped for that. It only answers "valid or not": the teacher's messages come from `jsonschema`."""
    import fastjsonschema

    schema = {**bank_schema(), "$schema": "http://json-schema.org/draft-07/schema#"}
    schema.pop("$id", None)
    return fastjsonschema.compile(schema)


def is_valid(data: Any) -> bool:
    """Whether `data` fits the bank schema, checked the fast way."""
    import fastjsonschema

    try:
        _fast_validator()(data)
    except fastjsonschema.JsonSchemaException:
        return False
    except Exception:  # data the compiled code did not expect: let the full validator decide
        return not list(_validator().iter_errors(data))
    return True


def schema_errors(data: Any) -> list[tuple[tuple[Any, ...], bool, str]]:
    """Every schema error in `data` as (path, at_key, message); `jsonschema` is imported only for a bank
    that has some."""
    if is_valid(data):
        return []
    found = []
    for error in _validator().iter_errors(data):
        found.extend(_explain(error))
    return found
