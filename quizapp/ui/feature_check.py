"""A cheaper form of the check PySide6 makes on every module imported after it.

PySide6 lets a module switch on optional "features" (``from __feature__ import snake_case``). To know which
modules may do so, it looks at each module the first time an import statement names it after Qt is loaded:
does its source mention PySide6? It reads that source through ``inspect.getsource``, which for a module also
walks every loaded module to match the file back to it. With the eighty or so modules the app imports after
Qt on its way to the library, that walk cost about 10 ms of a start-up of some 130 ms.

`install` puts in its place the same test made on the file itself: a module whose source file mentions
PySide6 uses it; a module without a Python source file (built in, compiled, or whose file cannot be read)
does not, as before. The app switches on no feature, so nothing else depends on the answer. When a PySide6
release no longer has the check where it was, `install` leaves that release alone.
"""

from __future__ import annotations

import sys
from types import ModuleType

_FEATURE_MODULE = "PySide6.support.feature"


def uses_pyside(module: ModuleType) -> bool:
    """Whether the module's Python source file mentions PySide6 (False when it has none, or it cannot be read)."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def install() -> bool:
    """Make PySide6's per-module check use `uses_pyside`; True when it was put in place."""
    import PySide6.QtCore  # noqa: F401  (loads PySide6's support modules)

    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
