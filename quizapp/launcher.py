"""Start the app: the bundled banks and the user's own, ready for quizzes."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from quizapp import __version__
from quizapp.banks import load_banks
from quizapp.paths import bundled_banks_dir, user_banks_dir


def launch(argv: Sequence[str]) -> int:
    """Open the app. Until the desktop window exists, list the banks it would open."""
    if argv:
        print(f"quizapp: unknown option {argv[0]}; see quizapp --help", file=sys.stderr)
        return 2
    folders = [folder for folder in (bundled_banks_dir(), user_banks_dir()) if folder.is_dir()]
    loaded = load_banks(folders)
    print(f"quizapp {__version__}: {len(loaded.banks)} bank(s) ready")
    for bank in loaded.banks:
        headline = bank.article.headline if bank.article else "(no article)"
        print(f"  {bank.id}: {len(bank.items)} items - {headline}")
    for problem in loaded.problems:
        print(f"  problem: {problem}")
    return 0
