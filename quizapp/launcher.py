"""Start the app window (the only core module that reaches into the UI, and only when asked)."""

from __future__ import annotations

from collections.abc import Sequence


def launch(argv: Sequence[str]) -> int:
    """Open the desktop app with `argv` options (``--smoke``, ``--screenshots DIR``, ``--db PATH``)."""
    from quizapp.ui.app import launch as launch_window

    return launch_window(argv)
