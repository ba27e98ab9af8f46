"""An optional YAML front-matter block (``---`` … ``---``) at the top of a text story."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

import yaml

from quizapp.errors import ArticleError
from quizapp.yamlsafe import SafeLoader

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


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def split_front_matter(text: str, path: object) -> tuple[dict[str, Any], str, int]:
    """Return ``(metadata, rest_of_text, lines_consumed)``.

    Raises `ArticleError` naming the line when the block is not valid YAML or not a mapping.
    """
    match = _BLOCK.match(text)
    if not match:
        return {}, text, 0
    body = match["body"]
    try:
        data = yaml.load(body, Loader=SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 2) if mark else 2
        raise ArticleError(path, f"line {line}: the front matter is not valid YAML ({exc.problem})") from None
    except yaml.YAMLError as exc:
        raise ArticleError(path, f"the front matter is not valid YAML ({exc})") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ArticleError(path, "line 2: the front matter must be a list of 'key: value' lines")
    metadata: dict[str, Any] = {}
    for key, value in data.items():
        name = str(key).strip().lower().replace("-", "_").replace(" ", "_")
        metadata[_ALIASES.get(name, name)] = _plain(value)
    consumed = text[: match.end()].count("\n")
    return metadata, text[match.end() :], consumed
