"""An optional YAML front-matter block (``---`` … ``---``) at the top of a text story."""

from __future__ import annotations

import re
from typing import Any

import yaml

from quizapp.banks.yamldoc import compose, located_from_node
from quizapp.errors import ArticleError

_BLOCK = re.compile(r"\A---[ \t]*\n(?P<body>.*?)(?:\n)?^(?:---|\.\.\.)[ \t]*$\n?", re.DOTALL | re.MULTILINE)

# Spellings teachers use, mapped to the keys the app reads.
_ALIASES = {
    "url": "source_url",
    "source": "source_url",
    "link": "source_url",
    "license": "licence",
    "published": "date",
    "byline": "author",
    "site": "publisher",
    "site_name": "publisher",
    "sitename": "publisher",
    "headline": "title",
}


# Keys the app reads, and the kind of value each takes. Other keys are kept (as text, numbers or lists of
# them) and shown as the article's metadata.
TEXT_KEYS = frozenset({"title", "publisher", "author", "date", "source_url", "licence", "attribution", "language"})
_SCALAR = (str, int, float, bool)


def _check_value(path: object, key: str, value: Any, line: int) -> Any:
    """The value of a front-matter key, or `ArticleError` naming the key and its line when its kind is wrong."""
    if key in TEXT_KEYS:
        if value is None:
            return None  # "author:" left blank: as if it were not there
        if isinstance(value, list) and value and all(isinstance(v, _SCALAR) for v in value):
            return ", ".join(str(v) for v in value)  # "author: [Ana Ruiz, Ben Cole]"
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise ArticleError(path, f"line {line}: '{key}' must be text, not {_kind(value)}")
        return str(value)
    if value is None or isinstance(value, _SCALAR):
        return value
    if isinstance(value, list) and all(isinstance(v, _SCALAR) for v in value):
        return value
    raise ArticleError(path, f"line {line}: '{key}' must be text, a number or a list of them, not {_kind(value)}")


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "a group of fields"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return f"{type(value).__name__} {value!r}"


def split_front_matter(text: str, path: object) -> tuple[dict[str, Any], str, int]:
    """Return ``(metadata, rest_of_text, lines_consumed)``.

    The block is read with the same guarded YAML reader as banks: safe tags only, and aliases that expand
    to too much data ("billion laughs") refused at once. Raises `ArticleError` naming the line when the
    block is not valid YAML, not a mapping, or gives a key a value of the wrong kind.
    """
    match = _BLOCK.match(text)
    if not match:
        return {}, text, 0
    body = match["body"]
    try:
        node = compose(body)
        located = located_from_node(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 2) if mark else 2
        raise ArticleError(path, f"line {line}: the front matter is not valid YAML ({exc.problem})") from None
    except yaml.YAMLError as exc:
        raise ArticleError(path, f"the front matter is not valid YAML ({exc})") from None
    except RecursionError as exc:
        raise ArticleError(path, f"the front matter cannot be read: {exc}") from None
    if located.problems:
        line, _column, message = located.problems[0]
        raise ArticleError(path, f"line {line + 1}: {message.replace('in a bank', 'in front matter')}")
    data = located.data
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ArticleError(path, "line 2: the front matter must be a list of 'key: value' lines")
    metadata: dict[str, Any] = {}
    for key, value in data.items():
        name = str(key).strip().lower().replace("-", "_").replace(" ", "_")
        name = _ALIASES.get(name, name)
        line = located.where_key((key,))[0] + 1  # the block starts on the file's second line
        checked = _check_value(path, name, value, line)
        if checked is not None:
            metadata[name] = checked
    consumed = text[: match.end()].count("\n")
    return metadata, text[match.end() :], consumed
