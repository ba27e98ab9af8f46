"""Import sqlite-utils without numpy and pandas.

sqlite-utils imports numpy and pandas whenever they are installed, only so that it can store their number
types. The score store never holds such values, and numpy (installed for spaCy) adds some 50 ms to every
start of the app. Hiding the two for the moment of that import keeps them out; a program that already
imported them (the generator) keeps its modules and sqlite-utils sees them as usual.
"""

from __future__ import annotations

import importlib
import sys

_OPTIONAL = ("numpy", "pandas")


def import_sqlite_utils() -> None:
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in _OPTIONAL if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "import numpy" now raises ImportError
    try:
        importlib.import_module("sqlite_utils")
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                del sys.modules[name]
