"""Names that packaged formats require: XML identifiers and file names, unique within a package."""

from __future__ import annotations

import re

_NOT_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def ncname(text: str, prefix: str = "item-") -> str:
    """`text` as an XML name (NCName): other characters become '-', a leading digit or sign gets `prefix`."""
    name = _NOT_NAME.sub("-", text).strip("-") or "x"
    return name if name[0].isalpha() or name[0] == "_" else prefix + name


class UniqueNames:
    """Hands out names, adding ``-2``, ``-3``… to any name already given (compared without case)."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def __call__(self, wanted: str) -> str:
        name, number = wanted, 1
        while name.casefold() in self._used:
            number += 1
            name = f"{wanted}-{number}"
        self._used.add(name.casefold())
        return name
